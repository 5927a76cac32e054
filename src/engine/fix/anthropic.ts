// FixModel over Anthropic's Messages API (@anthropic-ai/sdk). Streams the forced tool call and
// guards the stream with an idle timeout of its own: the SDK's timeout covers only the wait for
// response headers, so a stream that stalls after message_start would otherwise hang forever.
// Retries are ours, not the SDK's, so that a long retry-after is refused instead of waited out.
import Anthropic, { APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import type { ModelCall, ModelReply, FixModel } from './model';
import { FIX_TOOL, FIX_TOOL_NAME } from './prompt';
import { FixError, type TokenUsage } from './types';

export interface AnthropicFixModelOptions {
  apiKey: string;
  model: string;
  baseURL?: string;
  /** Wait for response headers (ms). */
  requestTimeoutMs?: number;
  /** Longest silence allowed between stream events (ms). */
  idleTimeoutMs?: number;
  /** A 429 whose retry-after is at most this is waited out once; longer ones are reported (ms). */
  maxRetryAfterMs?: number;
  /** Pause before the single retry of a 5xx/connection error (ms). */
  serverRetryDelayMs?: number;
  maxTokens?: number;
}

export class AnthropicFixModel implements FixModel {
  readonly modelId: string;
  private readonly client: Anthropic;
  private readonly opts: Required<Omit<AnthropicFixModelOptions, 'baseURL' | 'apiKey' | 'model'>>;

  constructor(options: AnthropicFixModelOptions) {
    if (!options.apiKey) throw new FixError('auth', 'no Anthropic API key was given');
    this.modelId = options.model;
    this.opts = {
      requestTimeoutMs: options.requestTimeoutMs ?? 60_000,
      idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
      maxRetryAfterMs: options.maxRetryAfterMs ?? 20_000,
      serverRetryDelayMs: options.serverRetryDelayMs ?? 1_000,
      maxTokens: options.maxTokens ?? 4096,
    };
    // baseURL undefined → the SDK's default endpoint; the engine never reads the environment.
    this.client = new Anthropic({ apiKey: options.apiKey, baseURL: options.baseURL ?? null, maxRetries: 0, timeout: this.opts.requestTimeoutMs });
  }

  async propose(call: ModelCall): Promise<ModelReply> {
    let rateLimited = false;
    let serverFailed = false;
    for (;;) {
      try {
        return await this.once(call);
      } catch (err) {
        const mapped = mapError(err, call.signal);
        if (mapped.code === 'rate-limit' && !rateLimited && mapped.retryAfterSeconds !== undefined && mapped.retryAfterSeconds * 1000 <= this.opts.maxRetryAfterMs) {
          rateLimited = true;
          await sleep(mapped.retryAfterSeconds * 1000, call.signal);
          continue;
        }
        if ((mapped.code === 'server' || mapped.code === 'connection') && !serverFailed) {
          serverFailed = true;
          await sleep(this.opts.serverRetryDelayMs, call.signal);
          continue;
        }
        throw mapped;
      }
    }
  }

  private async once(call: ModelCall): Promise<ModelReply> {
    const controller = new AbortController();
    const onAbort = () => controller.abort();
    call.signal?.addEventListener('abort', onAbort, { once: true });
    if (call.signal?.aborted) controller.abort();
    let idle = false;
    let timer: NodeJS.Timeout | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => { idle = true; controller.abort(); }, this.opts.idleTimeoutMs);
    };
    const messages: Anthropic.MessageParam[] = [{ role: 'user', content: call.user }];
    if (call.retry) {
      messages.push({ role: 'assistant', content: [{ type: 'tool_use', id: call.retry.toolUseId, name: FIX_TOOL_NAME, input: call.retry.input as Record<string, unknown> }] });
      messages.push({ role: 'user', content: [{ type: 'tool_result', tool_use_id: call.retry.toolUseId, is_error: true, content: call.retry.feedback }] });
    }
    try {
      const stream = await this.client.messages.create({
        model: this.modelId,
        max_tokens: this.opts.maxTokens,
        system: [{ type: 'text', text: call.system, cache_control: { type: 'ephemeral' } }],
        tools: [FIX_TOOL as unknown as Anthropic.Tool],
        tool_choice: { type: 'tool', name: FIX_TOOL_NAME, disable_parallel_tool_use: true },
        messages,
        stream: true,
      }, { signal: controller.signal, maxRetries: 0, timeout: this.opts.requestTimeoutMs });
      arm(); // headers are in (the SDK's timeout covered that wait); from here on, silence is ours to bound
      const usage: TokenUsage = { inputTokens: 0, outputTokens: 0, cacheReadTokens: 0, cacheWriteTokens: 0 };
      let model = this.modelId;
      let toolUseId = '';
      let toolJson = '';
      let sawTool = false;
      let stopReason: string | null = null;
      for await (const event of stream) {
        arm();
        switch (event.type) {
          case 'message_start':
            model = event.message.model || model;
            usage.inputTokens = event.message.usage.input_tokens ?? 0;
            usage.cacheReadTokens = event.message.usage.cache_read_input_tokens ?? 0;
            usage.cacheWriteTokens = event.message.usage.cache_creation_input_tokens ?? 0;
            usage.outputTokens = event.message.usage.output_tokens ?? 0;
            break;
          case 'content_block_start':
            if (event.content_block.type === 'tool_use' && event.content_block.name === FIX_TOOL_NAME && !sawTool) {
              sawTool = true;
              toolUseId = event.content_block.id;
              const initial = event.content_block.input as Record<string, unknown> | undefined;
              if (initial && Object.keys(initial).length) toolJson = JSON.stringify(initial);
            }
            break;
          case 'content_block_delta':
            if (event.delta.type === 'input_json_delta') toolJson += event.delta.partial_json;
            break;
          case 'message_delta':
            stopReason = event.delta.stop_reason ?? stopReason;
            if (event.usage?.output_tokens != null) usage.outputTokens = event.usage.output_tokens;
            break;
          default:
            break;
        }
      }
      // An aborted SSE stream may simply end instead of throwing: decide by who aborted.
      if (call.signal?.aborted) throw new FixError('cancelled', 'cancelled');
      if (controller.signal.aborted) throw new FixError('idle-timeout', `the model's response stalled for ${Math.round(this.opts.idleTimeoutMs / 1000)} s; the request was abandoned`);
      if (stopReason === 'refusal') throw new FixError('refusal', 'the model declined to propose a fix for this code (stop_reason: refusal)');
      if (stopReason === 'max_tokens') throw new FixError('malformed', 'the model ran out of output tokens before finishing the fix (stop_reason: max_tokens)');
      if (stopReason !== 'tool_use' || !sawTool) throw new FixError('refusal', `the model did not call ${FIX_TOOL_NAME} (stop_reason: ${stopReason ?? 'none'})`);
      let input: unknown;
      try {
        input = toolJson ? JSON.parse(toolJson) : {};
      } catch {
        throw new FixError('malformed', 'the model\'s tool input is not valid JSON');
      }
      return { input, toolUseId, usage, model };
    } catch (err) {
      if (call.signal?.aborted) throw new FixError('cancelled', 'cancelled');
      if (idle) throw new FixError('idle-timeout', `the model's response stalled for ${Math.round(this.opts.idleTimeoutMs / 1000)} s; the request was abandoned`);
      throw err;
    } finally {
      clearTimeout(timer);
      call.signal?.removeEventListener('abort', onAbort);
    }
  }
}

function mapError(err: unknown, signal?: AbortSignal): FixError {
  if (err instanceof FixError) return err;
  if (signal?.aborted || err instanceof APIUserAbortError) return new FixError('cancelled', 'cancelled');
  if (err instanceof Anthropic.APIConnectionTimeoutError) return new FixError('timeout', 'the model did not answer in time (request timeout)');
  if (err instanceof Anthropic.APIConnectionError) return new FixError('connection', `cannot reach the model endpoint: ${err.message}`);
  if (err instanceof APIError) {
    const status = err.status ?? 0;
    const detail = apiMessage(err);
    if (status === 401) return new FixError('auth', `the Anthropic API key was rejected (401)${detail}; set a valid key`);
    if (status === 403) return new FixError('auth', `the API key may not use this model (403)${detail}`);
    if (status === 429) {
      const after = retryAfterSeconds(err.headers);
      return new FixError('rate-limit', `rate limited by the model provider (429)${after !== undefined ? `; retry after ${after} s` : ''}${detail}`, after);
    }
    if (status === 408) return new FixError('timeout', `the model provider timed out (408)${detail}`);
    if (status >= 500) return new FixError('server', `the model provider failed (${status})${detail}; try again later`);
    return new FixError('bad-request', `the model provider refused the request (${status})${detail}`);
  }
  return new FixError('connection', `model call failed: ${(err as Error)?.message ?? String(err)}`);
}

function apiMessage(err: APIError): string {
  const body = err.error as { error?: { message?: string } } | undefined;
  const msg = body?.error?.message;
  return msg ? `: ${msg}` : '';
}

function retryAfterSeconds(headers: Headers | undefined): number | undefined {
  const raw = headers?.get('retry-after-ms');
  if (raw && !Number.isNaN(Number(raw))) return Number(raw) / 1000;
  const value = headers?.get('retry-after');
  if (!value) return undefined;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return seconds;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, (date - Date.now()) / 1000);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) { reject(new FixError('cancelled', 'cancelled')); return; }
    const t = setTimeout(() => { signal?.removeEventListener('abort', onAbort); resolve(); }, ms);
    const onAbort = () => { clearTimeout(t); reject(new FixError('cancelled', 'cancelled')); };
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
