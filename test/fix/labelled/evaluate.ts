// Runs the verification gate over the labelled candidate fixes in cases/*.yaml and counts how
// often it accepts a wrong fix and rejects a right one. Shared by the mocha test (which guards the
// recorded figures) and scripts/fix-gate-report.mjs (which prints them).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { Engine, verifyCandidate } from '../../../src/engine';

export interface LabelledCase {
  id: string;
  rule: string;
  label: 'right' | 'wrong';
  kind: string;
  accepted: boolean;
  /** Checks that failed (for rejected candidates). */
  failed: string[];
}

interface CaseFile {
  groups: Array<{
    file: string;
    language: string;
    rule: string;
    original: string;
    candidates: Array<{ name: string; label: 'right' | 'wrong'; kind: string; candidate: string }>;
  }>;
}

export function caseDir(repoRoot: string): string {
  return join(repoRoot, 'test', 'fix', 'labelled');
}

export async function evaluateLabelled(repoRoot: string): Promise<LabelledCase[]> {
  const dir = caseDir(repoRoot);
  const engine = new Engine({ assetRoot: repoRoot, workspaceRoot: repoRoot, trustWorkspace: false, builtinRuleDirs: [join(repoRoot, 'rules'), join(dir, 'rules')] });
  const out: LabelledCase[] = [];
  try {
    for (const name of readdirSync(join(dir, 'cases')).filter((f) => f.endsWith('.yaml')).sort()) {
      const data = parse(readFileSync(join(dir, 'cases', name), 'utf8')) as CaseFile;
      for (const g of data.groups) {
        for (const c of g.candidates) {
          const id = `${g.rule}/${g.file}/${c.name}`;
          const verdicts = await verifyCandidate(engine, { path: g.file, languageId: g.language, original: g.original, candidate: c.candidate, ruleId: g.rule });
          if (!verdicts.length) throw new Error(`${id}: the original has no ${g.rule} finding (broken test data)${engine.ruleErrors.map((e) => `; ${e.file}: ${e.message}`).join('')}`);
          const accepted = verdicts.every((v) => v.receipt.accepted);
          const failed = [...new Set(verdicts.flatMap((v) => v.receipt.checks.filter((k) => k.status === 'fail').map((k) => k.id)))];
          out.push({ id, rule: g.rule, label: c.label, kind: c.kind, accepted, failed });
        }
      }
    }
    const errors = engine.ruleErrors;
    if (errors.length) throw new Error(`rule errors: ${errors.map((e) => `${e.file}: ${e.message}`).join('; ')}`);
  } finally {
    engine.dispose();
  }
  return out;
}

export interface Figures {
  right: number;
  wrong: number;
  rightRejected: string[];
  wrongAccepted: string[];
}

export function figures(cases: LabelledCase[]): Figures {
  return {
    right: cases.filter((c) => c.label === 'right').length,
    wrong: cases.filter((c) => c.label === 'wrong').length,
    rightRejected: cases.filter((c) => c.label === 'right' && !c.accepted).map((c) => c.id),
    wrongAccepted: cases.filter((c) => c.label === 'wrong' && c.accepted).map((c) => c.id),
  };
}
