// Loading rule packs from disk: one YAML file per rule, named by the rule's id. Every problem is
// reported with its file and line and only that rule is dropped; all other rules keep working.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { LineCounter, parseDocument, isMap, isScalar, isSeq, type Node as YamlNode, type Document } from 'yaml';
import type { Confidence, RuleLoadError, Severity } from '../model';
import type { FixTemplate, Rule, TaintPattern, TaintSpec } from './rule';

const SEVERITIES: Severity[] = ['error', 'warning', 'info'];
const CONFIDENCES: Confidence[] = ['high', 'medium', 'low'];
const OWASP_2021 = /^A(0[1-9]|10):2021-/;
const KNOWN_KEYS = new Set([
  'id', 'title', 'languages', 'severity', 'confidence', 'message', 'explanation', 'cwe', 'owasp', 'references',
  'query', 'taint', 'fix', 'fixGuidance', 'postcondition', 'tags',
]);

export interface LoadedPack {
  rules: Rule[];
  errors: RuleLoadError[];
}

/** Rule files are `*.yaml` / `*.yml` not starting with `_` (those are shared libraries, e.g. taint sets). */
export function isRuleFile(name: string): boolean {
  return /\.ya?ml$/.test(name) && !name.startsWith('_');
}

/** Loads every rule file under `dir` (recursively). `pack` labels where the rules came from. */
export function loadRuleDir(dir: string, pack: string): LoadedPack {
  const out: LoadedPack = { rules: [], errors: [] };
  if (!existsSync(dir)) {
    out.errors.push({ file: dir, message: 'rule folder does not exist' });
    return out;
  }
  for (const file of listFiles(dir)) {
    if (!isRuleFile(basename(file))) continue;
    const { rule, errors } = loadRuleFile(file, pack);
    if (rule) out.rules.push(rule);
    out.errors.push(...errors);
  }
  return out;
}

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (statSync(full).isDirectory()) files.push(...listFiles(full));
    else files.push(full);
  }
  return files;
}

export function loadRuleFile(file: string, pack: string): { rule?: Rule; errors: RuleLoadError[] } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { errors: [{ file, message: `cannot read rule file: ${(err as Error).message}` }] };
  }
  return parseRule(text, file, pack);
}

/** Parses one rule from YAML text. Exported for tests and for hosts that hold unsaved rule files. */
export function parseRule(text: string, file: string, pack: string): { rule?: Rule; errors: RuleLoadError[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const pos = lines.linePos(e.pos[0]);
    return { errors: [{ file, line: pos?.line, column: pos?.col, message: `invalid YAML: ${e.message.split('\n')[0]}` }] };
  }
  const reader = new FieldReader(doc, lines, file, text);
  if (!isMap(doc.contents)) return { errors: [{ file, line: 1, column: 1, message: 'a rule file must be a YAML mapping' }] };

  for (const item of doc.contents.items) {
    const key = isScalar(item.key) ? String(item.key.value) : '';
    if (!KNOWN_KEYS.has(key)) reader.fail(`unknown field '${key}'`, item.key as YamlNode);
  }

  const id = reader.string('id', true);
  const expectedId = basename(file).replace(/\.ya?ml$/, '');
  if (id && id !== expectedId) reader.fail(`rule id '${id}' must match its file name '${expectedId}'`, doc.get('id', true) as YamlNode);
  if (id && !/^[a-z0-9][a-z0-9._-]*$/.test(id)) reader.fail(`rule id '${id}' may use only a-z, 0-9, '.', '_' and '-'`, doc.get('id', true) as YamlNode);

  const severity = reader.oneOf('severity', SEVERITIES);
  const confidence = reader.oneOf('confidence', CONFIDENCES);
  const cwe = reader.string('cwe', true);
  if (cwe && !/^CWE-\d+$/.test(cwe)) reader.fail(`cwe must look like CWE-89, got '${cwe}'`, doc.get('cwe', true) as YamlNode);
  const owasp = reader.string('owasp', true);
  if (owasp && !OWASP_2021.test(owasp)) reader.fail(`owasp must be an OWASP Top 10 2021 category such as 'A03:2021-Injection', got '${owasp}'`, doc.get('owasp', true) as YamlNode);
  const message = reader.string('message', true);
  if (message?.includes('\n')) reader.fail('message must be one line', doc.get('message', true) as YamlNode);

  const query = reader.string('query', false);
  const taint = reader.taint();
  if (!query && !taint) reader.fail("a rule needs a 'query' (pattern rule) or a 'taint' section (dataflow rule)");
  if (query && taint) reader.fail("a rule has either 'query' or 'taint', not both");
  if (query && !/@finding\b/.test(query)) reader.fail("the query must capture the reported node as @finding", doc.get('query', true) as YamlNode);

  const fix = reader.fix();
  const postconditionNode = doc.get('postcondition', true) as YamlNode | undefined;
  let postcondition: Rule['postcondition'];
  if (postconditionNode) {
    const description = reader.nestedString(postconditionNode, 'description', true);
    const mustMatch = reader.nestedString(postconditionNode, 'mustMatch', false);
    if (description) postcondition = { description, mustMatch };
  }

  if (reader.errors.length) return { errors: reader.errors };
  const rule: Rule = {
    id: id!,
    title: reader.string('title', true) ?? '',
    languages: reader.stringList('languages', true),
    severity: severity!,
    confidence: confidence!,
    message: message!,
    explanation: reader.string('explanation', true) ?? '',
    cwe: cwe!,
    owasp: owasp!,
    references: reader.stringList('references', false),
    query,
    taint,
    fix,
    fixGuidance: reader.string('fixGuidance', false),
    postcondition,
    tags: reader.stringList('tags', false),
    file,
    queryLine: reader.queryLine(),
    queryIndent: 0,
    pack,
  };
  if (reader.errors.length) return { errors: reader.errors };
  // Block scalars strip their indentation; keep it so query error columns point into the file.
  rule.queryIndent = /^\s*/.exec(text.split('\n')[rule.queryLine - 1] ?? '')![0].length;
  if (rule.languages.length === 0) return { errors: [{ file, message: 'languages must list at least one language id' }] };
  return { rule, errors: [] };
}

/** Reads typed fields from a YAML document, recording every problem with its position. */
class FieldReader {
  readonly errors: RuleLoadError[] = [];

  constructor(private readonly doc: Document, private readonly lines: LineCounter, private readonly file: string, private readonly text = '') {}

  fail(message: string, node?: YamlNode | null): void {
    const offset = node?.range?.[0];
    const pos = offset !== undefined ? this.lines.linePos(offset) : undefined;
    this.errors.push({ file: this.file, line: pos?.line, column: pos?.col, message });
  }

  private node(key: string): YamlNode | undefined {
    return (this.doc.get(key, true) as YamlNode | undefined) ?? undefined;
  }

  string(key: string, required: boolean): string | undefined {
    const node = this.node(key);
    if (node === undefined) {
      if (required) this.fail(`missing required field '${key}'`);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') {
      this.fail(`'${key}' must be a non-empty string`, node);
      return undefined;
    }
    return node.value;
  }

  nestedString(parent: YamlNode, key: string, required: boolean): string | undefined {
    if (!isMap(parent)) { this.fail('expected a mapping', parent); return undefined; }
    const node = parent.get(key, true) as YamlNode | undefined;
    if (node === undefined) {
      if (required) this.fail(`missing required field '${key}'`, parent);
      return undefined;
    }
    if (!isScalar(node) || typeof node.value !== 'string') { this.fail(`'${key}' must be a string`, node); return undefined; }
    return node.value;
  }

  oneOf<T extends string>(key: string, allowed: T[]): T | undefined {
    const value = this.string(key, true);
    if (value !== undefined && !allowed.includes(value as T)) {
      this.fail(`'${key}' must be one of ${allowed.join(', ')}; got '${value}'`, this.node(key));
      return undefined;
    }
    return value as T | undefined;
  }

  stringList(key: string, required: boolean): string[] {
    const node = this.node(key);
    if (node === undefined) {
      if (required) this.fail(`missing required field '${key}'`);
      return [];
    }
    if (!isSeq(node) || !node.items.every((i) => isScalar(i) && typeof i.value === 'string')) {
      this.fail(`'${key}' must be a list of strings`, node);
      return [];
    }
    return node.items.map((i) => String((i as { value: unknown }).value));
  }

  /** 1-based line where the query text itself starts (the line after `query: |`). */
  queryLine(): number {
    const node = this.node('query');
    if (!node?.range) return 1;
    const pos = this.lines.linePos(node.range[0]);
    return isScalar(node) && (node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED') ? pos.line + 1 : pos.line;
  }

  fix(): FixTemplate | undefined {
    const node = this.node('fix');
    if (!node) return undefined;
    const title = this.nestedString(node, 'title', true);
    const replace = this.nestedString(node, 'replace', false) ?? 'finding';
    const withText = this.nestedString(node, 'with', true);
    if (title === undefined || withText === undefined) return undefined;
    return { title, replace, with: withText };
  }

  taint(): TaintSpec | undefined {
    const node = this.node('taint');
    if (!node) return undefined;
    if (!isMap(node)) { this.fail("'taint' must be a mapping with sources, sinks and sanitizers", node); return undefined; }
    const refs: NonNullable<TaintSpec['refs']> = [];
    const list = (key: 'sources' | 'sinks' | 'sanitizers', required: boolean): Array<string | TaintPattern> => {
      const seq = node.get(key, true) as YamlNode | undefined;
      if (!seq) { if (required) this.fail(`taint needs '${key}'`, node); return []; }
      if (!isSeq(seq)) { this.fail(`taint.${key} must be a list`, seq); return []; }
      const out: Array<string | TaintPattern> = [];
      for (const item of seq.items as YamlNode[]) {
        if (isScalar(item) && typeof item.value === 'string') {
          const at = this.lines.linePos(item.range![0]);
          refs.push({ name: item.value, line: at.line, column: at.col });
          out.push(item.value);
          continue;
        }
        const query = isMap(item) ? (item.get('query', true) as YamlNode | undefined) : undefined;
        if (!query || !isScalar(query) || typeof query.value !== 'string') {
          this.fail(`each taint.${key} entry is a library name or a mapping with 'query'`, item);
          continue;
        }
        const label = isMap(item) ? item.get('label') : undefined;
        const pos = this.lines.linePos(query.range![0]);
        const block = query.type === 'BLOCK_LITERAL' || query.type === 'BLOCK_FOLDED';
        const line = block ? pos.line + 1 : pos.line;
        const indent = block ? /^\s*/.exec(this.text.split('\n')[line - 1] ?? '')![0].length : pos.col - 1;
        out.push({ query: query.value, label: typeof label === 'string' ? label : undefined, line, indent });
      }
      return out;
    };
    return { sources: list('sources', true), sinks: list('sinks', true), sanitizers: list('sanitizers', false), refs };
  }
}
