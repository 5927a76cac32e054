// Annotated fixtures, the way every rule is tested (the test suite and `vigil rules test` share
// this). Beside `X.yaml` live fixtures `X.<ext>`: a comment `ruleid: X` above a line that must be
// flagged, `ok: X` above a look-alike that must not. Any unannotated finding of X is a failure.
// An optional `X.fixed.<ext>` is the expected result of applying X's deterministic fixes.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { Engine } from '../engine';
import type { Finding } from '../model';

export interface FixtureFailure {
  ruleId: string;
  file: string;
  /** 1-based line in the fixture. */
  line?: number;
  message: string;
}

export interface FixtureReport {
  rules: number;
  fixtures: number;
  /** Checked expectations: annotated lines plus fixed-file comparisons. */
  checks: number;
  failures: FixtureFailure[];
}

const ANNOTATION = /(?:\/\/|#|\/\*|<!--|--|;)\s*(ruleid|ok):\s*([A-Za-z0-9._\-]+(?:\s*,\s*[A-Za-z0-9._\-]+)*)/;

interface Expectation { kind: 'ruleid' | 'ok'; ruleId: string; line: number; annotationLine: number }

/** Parses annotations: each applies to the next line that is neither blank nor an annotation. */
export function parseAnnotations(text: string): Expectation[] {
  const lines = text.split('\n');
  const out: Expectation[] = [];
  for (let i = 0; i < lines.length; i++) {
    const m = ANNOTATION.exec(lines[i]);
    if (!m) continue;
    let target = i + 1;
    while (target < lines.length && (lines[target].trim() === '' || ANNOTATION.test(lines[target]))) target++;
    // An annotation written at the end of a code line applies to that line.
    const inline = lines[i].slice(0, m.index).trim() !== '';
    for (const id of m[2].split(',').map((s) => s.trim())) {
      out.push({ kind: m[1] as 'ruleid' | 'ok', ruleId: id, line: inline ? i : target, annotationLine: i });
    }
  }
  return out;
}

export function fixturesFor(ruleFile: string): { fixtures: string[]; fixed: string[] } {
  const dir = dirname(ruleFile);
  const id = basename(ruleFile).replace(/\.ya?ml$/, '');
  const files = readdirSync(dir).filter((f) => f.startsWith(id + '.') && !/\.ya?ml$/.test(f));
  return {
    fixtures: files.filter((f) => !f.slice(id.length).startsWith('.fixed.')).map((f) => join(dir, f)),
    fixed: files.filter((f) => f.slice(id.length).startsWith('.fixed.')).map((f) => join(dir, f)),
  };
}

export async function runFixtures(engine: Engine, ruleIds?: string[]): Promise<FixtureReport> {
  const report: FixtureReport = { rules: 0, fixtures: 0, checks: 0, failures: [] };
  const rules = engine.rules.rules.filter((r) => !ruleIds || ruleIds.includes(r.id));
  for (const rule of rules) {
    report.rules++;
    const { fixtures, fixed } = fixturesFor(rule.file);
    const fail = (message: string, file = rule.file, line?: number) => report.failures.push({ ruleId: rule.id, file, line, message });
    if (fixtures.length === 0) { fail('no fixture file beside the rule'); continue; }
    let positives = 0;
    let negatives = 0;
    for (const fixture of fixtures) {
      const lang = engine.languageForPath(fixture);
      if (!lang) { fail(`no grammar for fixture ${basename(fixture)}`, fixture); continue; }
      report.fixtures++;
      const text = readFileSync(fixture, 'utf8');
      const all = await engine.scanText(fixture, lang.id, text);
      const expectations = parseAnnotations(text).filter((e) => e.ruleId === rule.id);
      const mine = all.filter((f) => f.ruleId === rule.id);
      const onLine = (line: number) => mine.filter((f) => f.range.start.line === line);
      for (const e of expectations) {
        report.checks++;
        const hits = onLine(e.line);
        if (e.kind === 'ruleid') {
          positives++;
          if (hits.length === 0) fail(`expected a finding on line ${e.line + 1}, got none`, fixture, e.line + 1);
        } else {
          negatives++;
          if (hits.length > 0) fail(`false positive on line ${e.line + 1} (annotated ok): ${hits[0].message}`, fixture, e.line + 1);
        }
      }
      const expectedLines = new Set(expectations.filter((e) => e.kind === 'ruleid').map((e) => e.line));
      const okLines = new Set(expectations.filter((e) => e.kind === 'ok').map((e) => e.line));
      for (const f of mine) {
        if (!expectedLines.has(f.range.start.line) && !okLines.has(f.range.start.line) && !f.suppressed) {
          fail(`unannotated finding on line ${f.range.start.line + 1}: ${f.message}`, fixture, f.range.start.line + 1);
        }
      }
      const fixedFile = fixed.find((f) => extname(f) === extname(fixture));
      if (fixedFile) {
        report.checks++;
        const actual = applyFixes(text, mine);
        if (actual !== readFileSync(fixedFile, 'utf8')) fail(`applying the rule's fixes does not give ${basename(fixedFile)}`, fixture);
      }
    }
    if (positives === 0) fail('fixtures have no `ruleid:` annotation (a true positive)');
    if (negatives === 0) fail('fixtures have no `ok:` annotation (a safe look-alike)');
  }
  return report;
}

/** Applies every deterministic fix of the given findings, back to front. */
export function applyFixes(text: string, findings: Finding[]): string {
  const edits = findings.flatMap((f) => (f.suppressed ? [] : f.fix?.edits ?? [])).sort((a, b) => b.startIndex - a.startIndex);
  let out = text;
  let lastStart = Infinity;
  for (const e of edits) {
    if (e.endIndex > lastStart) continue; // overlapping edits: keep the later one only
    out = out.slice(0, e.startIndex) + e.newText + out.slice(e.endIndex);
    lastStart = e.startIndex;
  }
  return out;
}
