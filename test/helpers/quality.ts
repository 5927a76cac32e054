// Precision, recall and false-positive rate of the rules over the labelled corpus in
// test/corpus/<language>/. Labels are the fixture annotations (`ruleid:` / `ok:`); a finding of
// a labelled rule on an unannotated line counts as a false positive. Adding a corpus file needs
// no code: drop an annotated file into the language's folder.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Engine } from '../../src/engine';
import { parseAnnotations } from '../../src/engine/rules/fixtures';

export interface Counts { tp: number; fp: number; fn: number; tn: number }
export interface Figures extends Counts { precision: number; recall: number; fpr: number }
export interface QualityReport { languages: Record<string, Figures>; cwes: Record<string, Figures>; files: number }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const full = join(dir, n);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

function figures(c: Counts): Figures {
  const ratio = (a: number, b: number, empty: number) => (b === 0 ? empty : Math.round((a / b) * 1000) / 1000);
  return { ...c, precision: ratio(c.tp, c.tp + c.fp, 1), recall: ratio(c.tp, c.tp + c.fn, 1), fpr: ratio(c.fp, c.fp + c.tn, 0) };
}

export async function measureQuality(engine: Engine, corpusDir: string): Promise<QualityReport> {
  const byLang = new Map<string, Counts>();
  const byCwe = new Map<string, Counts>();
  const add = (map: Map<string, Counts>, key: string, field: keyof Counts) => {
    const c = map.get(key) ?? { tp: 0, fp: 0, fn: 0, tn: 0 };
    c[field]++;
    map.set(key, c);
  };
  let count = 0;
  for (const file of files(corpusDir).sort()) {
    const lang = engine.languageForPath(file);
    if (!lang) continue;
    const text = readFileSync(file, 'utf8');
    const labels = parseAnnotations(text);
    if (labels.length === 0) continue; // not a labelled corpus file (e.g. the baseline itself)
    count++;
    const rules = new Set(labels.map((l) => l.ruleId));
    const findings = (await engine.scanText(file, lang.id, text)).filter((f) => rules.has(f.ruleId) && !f.suppressed);
    const family = file.slice(corpusDir.length + 1).split(/[\\/]/)[0];
    const cweOf = (ruleId: string) => engine.rules.get(ruleId)?.cwe ?? 'unknown';
    const record = (ruleId: string, field: keyof Counts) => { add(byLang, family, field); add(byCwe, cweOf(ruleId), field); };
    const labelled = new Set<string>();
    for (const l of labels) {
      labelled.add(`${l.ruleId}:${l.line}`);
      const hit = findings.some((f) => f.ruleId === l.ruleId && f.range.start.line === l.line);
      if (l.kind === 'ruleid') record(l.ruleId, hit ? 'tp' : 'fn');
      else record(l.ruleId, hit ? 'fp' : 'tn');
    }
    for (const f of findings) if (!labelled.has(`${f.ruleId}:${f.range.start.line}`)) record(f.ruleId, 'fp');
  }
  const toObj = (m: Map<string, Counts>) => Object.fromEntries([...m].sort().map(([k, v]) => [k, figures(v)]));
  return { languages: toObj(byLang), cwes: toObj(byCwe), files: count };
}

export function formatQuality(report: QualityReport): string {
  const rows = [['scope', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'FP rate']];
  for (const [group, data] of [['', report.languages], ['', report.cwes]] as const) {
    void group;
    for (const [k, f] of Object.entries(data)) rows.push([k, f.tp, f.fp, f.fn, f.tn, f.precision.toFixed(3), f.recall.toFixed(3), f.fpr.toFixed(3)].map(String));
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  return rows.map((r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ')).join('\n');
}

export interface Baseline { languages: Record<string, { precision: number; recall: number; fpr: number }>; cwes: Record<string, { precision: number; recall: number; fpr: number }> }

/** Every recorded figure that got worse: precision/recall below, FP rate above the baseline. */
export function regressions(report: QualityReport, baseline: Baseline): string[] {
  const out: string[] = [];
  for (const kind of ['languages', 'cwes'] as const) {
    for (const [key, min] of Object.entries(baseline[kind])) {
      const now = report[kind][key];
      if (!now) { out.push(`${kind}.${key}: no longer measured`); continue; }
      if (now.precision < min.precision) out.push(`${kind}.${key}: precision ${now.precision} < ${min.precision}`);
      if (now.recall < min.recall) out.push(`${kind}.${key}: recall ${now.recall} < ${min.recall}`);
      if (now.fpr > min.fpr) out.push(`${kind}.${key}: false-positive rate ${now.fpr} > ${min.fpr}`);
    }
  }
  return out;
}
