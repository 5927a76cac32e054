// The AI-fix vocabulary shared by the pipeline, the gate and every host. Plain JSON data, like
// the rest of the engine's model, so a host can show or store any of it.

/** One replacement anchored to exact text: the model never gives line numbers or diffs. */
export interface AnchoredEdit {
  old_text: string;
  new_text: string;
}

/** What the model must return through the forced tool call. */
export interface FixProposal {
  edits: AnchoredEdit[];
  explanation: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  cacheReadTokens: number;
  cacheWriteTokens: number;
}

export type CheckStatus = 'pass' | 'fail' | 'skip';

/** One line of the receipt: what was checked, the verdict and the evidence behind it. */
export interface GateCheck {
  id: string;
  title: string;
  status: CheckStatus;
  evidence: string;
}

/** The evidence a human sees before deciding. `accepted` is true only when no check failed. */
export interface Receipt {
  gateVersion: string;
  accepted: boolean;
  checks: GateCheck[];
  /** Lines of the original that the fix changes (added + removed), for the size limit. */
  changedLines: number;
}

/** Why a fix could not be produced, in words a developer can act on. */
export type FixErrorCode =
  | 'auth'
  | 'rate-limit'
  | 'server'
  | 'timeout'
  | 'idle-timeout'
  | 'cancelled'
  | 'refusal'
  | 'malformed'
  | 'connection'
  | 'bad-request'
  | 'blocked-file'
  | 'budget'
  | 'no-finding'
  | 'config';

export class FixError extends Error {
  constructor(readonly code: FixErrorCode, message: string, readonly retryAfterSeconds?: number) {
    super(message);
    this.name = 'FixError';
  }
}
