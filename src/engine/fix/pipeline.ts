// One AI fix, end to end: (prepared, previewable request) → model → restore secrets → gate →
// one retry with the failure reasons → verified fix with its receipt, or a withdrawn fix with the
// reason. Nothing here writes the document: hosts apply a verified fix only after a human says so.
import type { Engine } from '../engine';
import { locateEdits } from './apply';
import { FixCache, fixCacheKey } from './cache';
import type { FixTarget, PreparedFixRequest } from './context';
import type { Finding } from '../model';
import { fixScope } from './scope';
import { addUsage, estimateCost, NO_USAGE, type CostEstimate, type DailyBudget } from './cost';
import { GATE_VERSION, runGate, type GateLimits, type TypeCheckHook } from './gate';
import type { FixModel, ModelReply } from './model';
import { buildFeedback, PROMPT_VERSION } from './prompt';
import type { Change } from './apply';
import { FixError, type AnchoredEdit, type FixErrorCode, type FixProposal, type GateCheck, type Receipt } from './types';

export interface FixOptions {
  model: FixModel;
  signal?: AbortSignal;
  cache?: FixCache;
  budget?: DailyBudget;
  typeCheck?: TypeCheckHook;
  limits?: Partial<GateLimits>;
  /** 2 = one retry with the reasons (default). */
  maxAttempts?: number;
}

export interface FixAttempt {
  explanation: string;
  receipt: Receipt;
}

interface Common {
  attempts: FixAttempt[];
  cost: CostEstimate;
  promptVersion: string;
  model: string;
  /** Things the user should know regardless of the outcome (stripped invisible characters, redactions). */
  notes: string[];
}

export type FixOutcome =
  | (Common & {
    status: 'verified'; fixedText: string; changes: Change[];
    /** Real (restored) anchored edits, to re-verify on newer text. */ edits: AnchoredEdit[];
    explanation: string; receipt: Receipt; fromCache: boolean;
    /** Where the human should look hardest: what the gate cannot judge for this fix. */
    reviewHints: string[];
  })
  | (Common & { status: 'withdrawn'; reason: string; receipt?: Receipt })
  | (Common & { status: 'failed'; code: FixErrorCode; message: string });

/** Validates the tool input against the schema by hand (the model's output is untrusted data). */
export function parseProposal(input: unknown): FixProposal | string {
  if (!input || typeof input !== 'object' || Array.isArray(input)) return 'tool input is not an object';
  const o = input as Record<string, unknown>;
  const extra = Object.keys(o).filter((k) => k !== 'edits' && k !== 'explanation');
  if (extra.length) return `unexpected field(s) ${extra.join(', ')}`;
  if (typeof o.explanation !== 'string') return '"explanation" must be a string';
  if (!Array.isArray(o.edits) || o.edits.length === 0) return '"edits" must be a non-empty array';
  const edits: AnchoredEdit[] = [];
  for (const [i, e] of o.edits.entries()) {
    if (!e || typeof e !== 'object') return `edit ${i + 1} is not an object`;
    const { old_text, new_text, ...rest } = e as Record<string, unknown>;
    if (typeof old_text !== 'string' || typeof new_text !== 'string') return `edit ${i + 1} needs string old_text and new_text`;
    if (Object.keys(rest).length) return `edit ${i + 1} has unexpected field(s) ${Object.keys(rest).join(', ')}`;
    edits.push({ old_text, new_text });
  }
  // Plain text only: control characters other than newline/tab are dropped; hosts never render it as markup.
  const explanation = o.explanation.replace(/[\u0000-\u0008\u000B-\u001F\u007F]/g, '').slice(0, 4000);
  return { edits, explanation };
}

/** Runs the checks that need the redaction map, then the gate. */
async function verifyProposal(engine: Engine, prepared: PreparedFixRequest, proposal: FixProposal, options: FixOptions) {
  const { target, redactor, scope } = prepared;
  const restored: AnchoredEdit[] = [];
  const problems: string[] = [];
  const mayDrop = target.finding.cwe === 'CWE-798';
  for (const [i, e] of proposal.edits.entries()) {
    const r = redactor.restore(e.old_text, e.new_text, mayDrop);
    if ('problem' in r) problems.push(`edit ${i + 1}: ${r.problem}`);
    else restored.push({ old_text: r.oldText, new_text: r.newText });
  }
  const placeholders: GateCheck = {
    id: 'placeholders',
    title: 'Redacted secrets come back unchanged',
    status: problems.length ? 'fail' : 'pass',
    evidence: problems.length ? problems.join('; ') : `${redactor.count} secret(s) redacted before sending; every placeholder returned intact`,
  };
  if (problems.length) return { receipt: { gateVersion: GATE_VERSION, accepted: false, checks: [placeholders], changedLines: 0 } as Receipt };
  const { changes, check: anchors } = locateEdits(target.text, restored, scope);
  if (anchors.status === 'fail') return { receipt: { gateVersion: GATE_VERSION, accepted: false, checks: [placeholders, anchors], changedLines: 0 } as Receipt };
  const gate = await runGate({
    engine, path: target.path, languageId: target.languageId, original: target.text, finding: target.finding, changes,
    priorChecks: [placeholders, anchors], editCount: proposal.edits.length, limits: options.limits, typeCheck: options.typeCheck, originalFindings: prepared.findings,
  });
  return { receipt: gate.receipt, fixedText: gate.fixedText, changes, edits: restored };
}

/**
 * Re-verifies already-restored edits against a newer text of the document (the user typed while
 * the fix was being computed). The finding is found again by fingerprint, else by rule and line.
 */
export async function reverifyEdits(engine: Engine, target: Omit<FixTarget, 'finding'> & { finding: Finding }, edits: AnchoredEdit[], options: Pick<FixOptions, 'limits' | 'typeCheck'> = {}): Promise<{ receipt: Receipt; fixedText?: string; changes?: Change[] } | { problem: string }> {
  const findings = await engine.scanText(target.path, target.languageId, target.text);
  const finding = findings.find((f) => f.fingerprint === target.finding.fingerprint) ?? findings.find((f) => f.ruleId === target.finding.ruleId && f.range.start.line === target.finding.range.start.line);
  if (!finding) return { problem: 'the finding is no longer in the document' };
  const tree = await engine.parse(target.languageId, target.text);
  let scope;
  try { scope = fixScope(tree, target.text, finding); } finally { tree.delete(); }
  const { changes, check } = locateEdits(target.text, edits, scope);
  if (check.status === 'fail') return { receipt: { gateVersion: GATE_VERSION, accepted: false, checks: [check], changedLines: 0 } };
  const gate = await runGate({ engine, path: target.path, languageId: target.languageId, original: target.text, finding, changes, priorChecks: [check], editCount: edits.length, ...options });
  return { receipt: gate.receipt, fixedText: gate.fixedText, changes };
}

export async function proposeFix(engine: Engine, prepared: PreparedFixRequest, options: FixOptions): Promise<FixOutcome> {
  const { model, signal } = options;
  const maxAttempts = Math.max(1, options.maxAttempts ?? 2);
  const attempts: FixAttempt[] = [];
  let usage = NO_USAGE;
  let modelName = model.modelId;
  const notes: string[] = [];
  if (prepared.redactionCount) notes.push(`${prepared.redactionCount} secret(s) were replaced by placeholders before sending`);
  if (prepared.invisible.count) notes.push(`the code contains ${prepared.invisible.count} invisible or bidi control character(s) (${prepared.invisible.codePoints.join(', ')}); they were stripped before sending and may hide what the code really does`);
  const common = (): Common => ({ attempts, cost: estimateCost(modelName, usage), promptVersion: PROMPT_VERSION, model: modelName, notes });

  const cacheKey = fixCacheKey({ user: prepared.user, delimiter: prepared.delimiter, ruleId: prepared.rule.id, model: model.modelId, promptVersion: PROMPT_VERSION, gateVersion: GATE_VERSION });
  const cached = options.cache?.get(cacheKey);
  if (cached) {
    const v = await verifyProposal(engine, prepared, cached.proposal, options);
    if (v.receipt.accepted && v.fixedText !== undefined) {
      attempts.push({ explanation: cached.proposal.explanation, receipt: v.receipt });
      return { ...common(), status: 'verified', fixedText: v.fixedText, changes: v.changes!, edits: v.edits!, explanation: cached.proposal.explanation, receipt: v.receipt, fromCache: true, reviewHints: reviewHints(prepared, v.receipt) };
    }
  }

  let retry: { toolUseId: string; input: unknown; feedback: string } | undefined;
  let lastReceipt: Receipt | undefined;
  let lastReason = '';
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    let reply: ModelReply;
    try {
      options.budget?.assertAvailable();
      const call = { system: prepared.system, user: prepared.user, retry, signal };
      assertNoSecrets(prepared, call);
      reply = await model.propose(call);
    } catch (err) {
      if (err instanceof FixError) return { ...common(), status: 'failed', code: err.code, message: err.message };
      throw err;
    }
    usage = addUsage(usage, reply.usage);
    modelName = reply.model || modelName;
    options.budget?.record(estimateCost(modelName, reply.usage).usd);

    const proposal = parseProposal(reply.input);
    let reasons: string[];
    if (typeof proposal === 'string') {
      lastReason = `the model's answer was malformed: ${proposal}`;
      reasons = [lastReason];
      if (attempt === maxAttempts) return { ...common(), status: 'failed', code: 'malformed', message: lastReason };
    } else {
      const v = await verifyProposal(engine, prepared, proposal, options);
      attempts.push({ explanation: proposal.explanation, receipt: v.receipt });
      lastReceipt = v.receipt;
      if (v.receipt.accepted && v.fixedText !== undefined) {
        options.cache?.set(cacheKey, { proposal, model: modelName });
        return { ...common(), status: 'verified', fixedText: v.fixedText, changes: v.changes!, edits: v.edits!, explanation: proposal.explanation, receipt: v.receipt, fromCache: false, reviewHints: reviewHints(prepared, v.receipt) };
      }
      reasons = v.receipt.checks.filter((c) => c.status === 'fail').map((c) => `${c.title}: ${c.evidence}`);
      lastReason = reasons.join('; ');
    }
    // Feedback may quote code from the fixed text: redact it like everything else sent.
    retry = { toolUseId: reply.toolUseId, input: reply.input, feedback: prepared.redactor.text(buildFeedback(reasons)) };
  }
  return { ...common(), status: 'withdrawn', reason: `the fix did not pass verification after ${maxAttempts} attempt(s): ${lastReason}`, receipt: lastReceipt };
}

/**
 * The gate proves what it can; these say what it could not. The higher the impact, the more a
 * human must look: a verified receipt is evidence for a decision, not the decision.
 */
export function reviewHints(prepared: PreparedFixRequest, receipt: Receipt): string[] {
  const hints: string[] = [];
  const { rule, target } = prepared;
  if (!rule.postcondition?.mustMatch) hints.push(`the rule ${rule.id} declares no postcondition: the gate checked that the alert is gone and the sink was not deleted, not that the new code is safe`);
  if (target.finding.confidence !== 'high') hints.push(`the rule has ${target.finding.confidence} confidence: confirm the finding was real before changing behaviour`);
  if (/in import lines/.test(receipt.checks.find((c) => c.id === 'confined')?.evidence ?? '')) hints.push('the fix adds or changes an import: check that the dependency exists and is one you want');
  if (receipt.changedLines > 10) hints.push(`a larger change (${receipt.changedLines} changed lines): read the whole diff, not just the flagged line`);
  if (receipt.checks.find((c) => c.id === 'type-check')?.status === 'skip') hints.push('not type-checked: no type checker was configured');
  if (target.finding.severity === 'error') hints.push('high-severity finding: a behaviour change here can matter; run the tests that cover this function');
  return hints;
}

/** Last line of defence: no secret value found during redaction may appear in an outgoing request. */
function assertNoSecrets(prepared: PreparedFixRequest, call: { system: string; user: string; retry?: { input: unknown; feedback: string } }): void {
  const body = `${call.system}\u0000${call.user}\u0000${JSON.stringify(call.retry?.input ?? '')}\u0000${call.retry?.feedback ?? ''}`;
  if (prepared.redactor.secrets.some((s) => s.length >= 4 && body.includes(s))) {
    throw new FixError('config', 'internal safety check: a redacted secret would have been sent; the request was stopped');
  }
}
