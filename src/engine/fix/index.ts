// Public API of AI fixes (re-exported by the engine façade). Explicit names, prefixed where a
// generic one could collide with another module's exports at merge time.
export { FixError, type AnchoredEdit, type FixProposal, type TokenUsage, type CheckStatus as FixCheckStatus, type GateCheck, type Receipt, type FixErrorCode } from './types';
export type { FixModel, ModelCall, ModelReply } from './model';
export { AnthropicFixModel, type AnthropicFixModelOptions } from './anthropic';
export { prepareFixRequest, previewFixRequest, detectFramework, type FixTarget, type PreparedFixRequest } from './context';
export { proposeFix, reverifyEdits, reviewHints, parseProposal, type FixOptions, type FixOutcome, type FixAttempt } from './pipeline';
export { runGate, changesFromCandidate, GATE_VERSION, DEFAULT_LIMITS as DEFAULT_GATE_LIMITS, type GateInput, type GateResult, type GateLimits, type TypeCheckHook } from './gate';
export { applyChanges as applyFixChanges, type Change as FixChange } from './apply';
export { PROMPT_VERSION, SYSTEM_PROMPT, FIX_TOOL, FIX_TOOL_NAME } from './prompt';
export { Redactor, findSecrets, isBlockedFile } from './redact';
export { findInvisible, stripInvisible } from './invisible';
export { newSuppressionMarkers } from './laundering';
export { FixCache, fixCacheKey } from './cache';
export { DailyBudget, estimateCost, type CostEstimate } from './cost';
export { formatReceipt } from './receipt';
export { verifyCandidate, type CandidateInput, type CandidateVerdict } from './candidate';
