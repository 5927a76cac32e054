// The baseline: findings a team has accepted (`vigil baseline` writes it). A finding whose
// rule, file and fingerprint are in the baseline is reported as suppressed, not hidden.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Finding } from '../model';

export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
  /** Why the finding is accepted (optional; editable by hand). */
  note?: string;
}

export interface Baseline {
  version: 1;
  entries: BaselineEntry[];
}

export function readBaseline(path: string): Baseline {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as Baseline;
  if (raw.version !== 1 || !Array.isArray(raw.entries)) throw new Error(`${path}: not a Vigil baseline (expected {"version":1,"entries":[…]})`);
  return raw;
}

export function writeBaseline(path: string, findings: Finding[], relativeFile: (f: Finding) => string): Baseline {
  const baseline: Baseline = {
    version: 1,
    entries: findings
      .filter((f) => f.suppressed?.kind !== 'inline')
      .map((f) => ({ ruleId: f.ruleId, file: relativeFile(f), fingerprint: f.fingerprint }))
      .sort((a, b) => a.file.localeCompare(b.file) || a.ruleId.localeCompare(b.ruleId) || a.fingerprint.localeCompare(b.fingerprint)),
  };
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(baseline, null, 2) + '\n');
  return baseline;
}

export function applyBaseline(findings: Finding[], baseline: Baseline, relativeFile: (f: Finding) => string): void {
  const index = new Map(baseline.entries.map((e) => [`${e.ruleId}\u0000${e.file}\u0000${e.fingerprint}`, e]));
  for (const f of findings) {
    if (f.suppressed) continue;
    const entry = index.get(`${f.ruleId}\u0000${relativeFile(f)}\u0000${f.fingerprint}`);
    if (entry) f.suppressed = { kind: 'baseline', justification: entry.note ?? 'accepted in the baseline' };
  }
}
