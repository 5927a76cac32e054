// Builds exactly what will be sent for one finding: the system prompt (constant) and the user
// message (finding, rule text, imports, the enclosing function), redacted and stripped of
// invisible characters. Hosts show this text verbatim in "Preview what will be sent".
import { basename, isAbsolute } from 'node:path';
import type { Engine } from '../engine';
import type { Finding } from '../model';
import type { Rule } from '../rules/rule';
import { findInvisible, stripInvisible, type InvisibleReport } from './invisible';
import { buildUserMessage, newDelimiter, SYSTEM_PROMPT } from './prompt';
import { isBlockedFile, Redactor, type SecretSpan } from './redact';
import { fixScope, importText, type FixScope } from './scope';
import { FixError } from './types';

export interface FixTarget {
  path: string;
  languageId: string;
  /** The document's text now (the fix is computed and verified against exactly this). */
  text: string;
  finding: Finding;
}

export interface PreparedFixRequest {
  target: FixTarget;
  rule: Rule;
  scope: FixScope;
  /** Sent as the system prompt, with cache_control (it never varies). */
  system: string;
  /** Sent as the user message. */
  user: string;
  delimiter: string;
  redactor: Redactor;
  /** Secrets replaced by placeholders. */
  redactionCount: number;
  /** Invisible/bidi characters stripped from the code before sending. */
  invisible: InvisibleReport;
  /** Every finding in `target.text` (the gate compares against these). */
  findings: Finding[];
}

const FRAMEWORKS: Array<[string, RegExp]> = [
  ['Express', /['"]express['"]/], ['Koa', /['"]koa['"]/], ['Fastify', /['"]fastify['"]/], ['Next.js', /['"]next(\/[^'"]*)?['"]/],
  ['React', /['"]react(-dom)?['"]/], ['Vue', /['"]vue['"]/], ['Angular', /@angular\//], ['Django', /\bdjango\b/], ['Flask', /\bflask\b/],
  ['FastAPI', /\bfastapi\b/], ['Spring', /org\.springframework/], ['Gin', /gin-gonic/], ['Rails', /\brails\b/], ['Laravel', /Illuminate\\/],
];

export function detectFramework(imports: string): string | undefined {
  const found = FRAMEWORKS.filter(([, re]) => re.test(imports)).map(([name]) => name);
  return found.length ? found.join(', ') : undefined;
}

/** Secret spans inside findings of hard-coded-credential rules (CWE-798): their string literals. */
function credentialSpans(text: string, findings: Finding[]): SecretSpan[] {
  const spans: SecretSpan[] = [];
  for (const f of findings.filter((x) => x.cwe === 'CWE-798')) {
    const body = text.slice(f.startIndex, f.endIndex);
    const literals = [...body.matchAll(/(["'`])((?:\\.|(?!\1).)+)\1/g)];
    if (!literals.length) spans.push({ start: f.startIndex, end: f.endIndex, kind: 'hard-coded-credential' });
    for (const m of literals) spans.push({ start: f.startIndex + m.index! + 1, end: f.startIndex + m.index! + 1 + m[2].length, kind: 'hard-coded-credential' });
  }
  return spans;
}

export async function prepareFixRequest(engine: Engine, target: FixTarget): Promise<PreparedFixRequest> {
  const { path, languageId, text, finding } = target;
  if (isBlockedFile(path)) throw new FixError('blocked-file', `${path} is a secrets file (.env, key or certificate); Vigil never sends it to a model`);
  const rule = engine.rules.rules.find((r) => r.id === finding.ruleId);
  if (!rule) throw new FixError('no-finding', `rule ${finding.ruleId} is not loaded`);
  const tree = await engine.parse(languageId, text);
  let scope: FixScope;
  let allFindings: Finding[];
  try {
    scope = fixScope(tree, text, finding);
    allFindings = await engine.scanTree(path, languageId, text, tree);
  } finally {
    tree.delete();
  }
  const redactor = Redactor.forFile(text, credentialSpans(text, allFindings));
  const imports = importText(text, scope.importRows);
  const importsSent = imports.ranges.map(([s, e]) => redactor.slice(s, e)).join('\n');
  const regionSent = redactor.slice(scope.startIndex, scope.endIndex);
  const invisible = findInvisible(regionSent + importsSent);
  const region = stripInvisible(regionSent);
  const importsClean = stripInvisible(importsSent);
  const delimiter = newDelimiter(region + importsClean);
  // redactor.text() over the whole message: a secret value that also occurs outside its span
  // (a short CWE-798 literal reused elsewhere) is replaced everywhere, not just where it was found.
  const user = stripInvisible(redactor.text(buildUserMessage({
    delimiter,
    file: redactor.text(sentPath(engine, path)),
    languageId,
    framework: detectFramework(importsClean),
    ruleId: rule.id,
    ruleTitle: rule.title,
    cwe: finding.cwe,
    message: redactor.text(finding.message),
    explanation: rule.explanation,
    fixGuidance: rule.fixGuidance,
    postcondition: rule.postcondition?.description,
    findingSnippet: redactor.text(redactor.slice(finding.startIndex, finding.endIndex)),
    findingLineInBlock: finding.range.start.line - scope.startRow + 1,
    trace: (finding.trace ?? []).map((s) => redactor.text(`${s.kind} (line ${s.range.start.line + 1}): ${s.message}: ${s.snippet}`)),
    imports: importsClean,
    regionKind: scope.kind,
    region,
  })));
  return { target, rule, scope, system: SYSTEM_PROMPT, user, delimiter, redactor, redactionCount: redactor.count, invisible, findings: allFindings };
}

/** Workspace-relative path; only the file name for files outside the workspace (no home-folder layout leaks). */
function sentPath(engine: Engine, path: string): string {
  const rel = engine.relativePath(path);
  return rel.startsWith('..') || isAbsolute(rel) ? basename(path) : rel;
}

/** Exactly the text that the first request sends, for "Preview what will be sent". */
export function previewFixRequest(prepared: PreparedFixRequest): string {
  return `=== system prompt (constant, cached) ===\n${prepared.system}\n\n=== user message ===\n${prepared.user}\n`;
}
