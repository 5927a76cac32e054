// The seam between the pipeline and an LLM. The pipeline builds the prompt and checks the answer;
// a FixModel only carries it. Everything it needs (key, model, URL, timeouts) comes from the host.
import type { TokenUsage } from './types';

export interface ModelCall {
  system: string;
  user: string;
  /** Present on the second attempt: the model's first answer and why Vigil rejected it. */
  retry?: { toolUseId: string; input: unknown; feedback: string };
  signal?: AbortSignal;
}

export interface ModelReply {
  /** The forced tool call's raw input, not yet validated. */
  input: unknown;
  toolUseId: string;
  usage: TokenUsage;
  model: string;
}

export interface FixModel {
  /** Model id, part of the cache key and the cost estimate. */
  readonly modelId: string;
  propose(call: ModelCall): Promise<ModelReply>;
}
