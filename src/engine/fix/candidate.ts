// Verifying a candidate produced elsewhere (another tool, a human, a saved model answer): the
// gate runs once per finding of the original that the candidate is meant to fix.
import type { Engine } from '../engine';
import type { Finding } from '../model';
import { changesFromCandidate, runGate, type GateLimits, type TypeCheckHook } from './gate';
import type { Receipt } from './types';

export interface CandidateInput {
  path: string;
  languageId: string;
  original: string;
  candidate: string;
  /** 1-based line: only findings starting there. */
  line?: number;
  ruleId?: string;
  limits?: Partial<GateLimits>;
  typeCheck?: TypeCheckHook;
}

export interface CandidateVerdict {
  finding: Finding;
  receipt: Receipt;
}

/** One receipt per targeted finding; an empty list means the original has no such finding. */
export async function verifyCandidate(engine: Engine, input: CandidateInput): Promise<CandidateVerdict[]> {
  const findings = (await engine.scanText(input.path, input.languageId, input.original))
    .filter((f) => (input.line === undefined || f.range.start.line + 1 === input.line) && (!input.ruleId || f.ruleId === input.ruleId));
  const changes = changesFromCandidate(input.original, input.candidate);
  const out: CandidateVerdict[] = [];
  for (const finding of findings) {
    const anchors = { id: 'anchors', title: 'Edits located in the original', status: 'skip' as const, evidence: `candidate file supplied whole; ${changes.length} changed hunk(s) found by line diff` };
    const { receipt } = await runGate({ engine, path: input.path, languageId: input.languageId, original: input.original, finding, changes, priorChecks: [anchors], limits: input.limits, typeCheck: input.typeCheck });
    out.push({ finding, receipt });
  }
  return out;
}
