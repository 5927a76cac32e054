// A scripted fake of Anthropic's Messages API on 127.0.0.1, driven through the REAL SDK. Each
// request takes the next scripted reply (JSON or SSE, errors, stalls). It records every request
// and flags any planted secret that arrives in a request body.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingMessage['headers'];
  raw: string;
  body: any;
}

export type Reply =
  /** A forced tool call answer; `input` may be anything (malformed scenarios). */
  | { kind: 'tool'; input: unknown; stopReason?: string; chunks?: number; usage?: { input: number; output: number; cacheRead?: number } }
  /** A plain text answer (e.g. a refusal). */
  | { kind: 'text'; text: string; stopReason: string }
  | { kind: 'error'; status: number; type: string; message: string; headers?: Record<string, string> }
  /** Sends message_start, then nothing: the SDK's own timeout never fires for this. */
  | { kind: 'stall' }
  /** Never sends response headers. */
  | { kind: 'hang' };

export type Script = Reply | ((req: RecordedRequest) => Reply);

export class FakeAnthropic {
  readonly requests: RecordedRequest[] = [];
  readonly violations: string[] = [];
  /** Byte strings that must never arrive (planted secrets). */
  forbidden: string[] = [];
  apiKey = 'test-key-not-a-secret';
  /** Called after message_start is flushed for a streamed reply (cancellation tests). */
  onStreamStarted?: () => void;
  private queue: Script[] = [];
  private server?: Server;
  private readonly sockets = new Set<Socket>();

  script(...replies: Script[]): this {
    this.queue.push(...replies);
    return this;
  }

  get pending(): number {
    return this.queue.length;
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => { this.handle(req, res).catch((err) => { res.statusCode = 500; res.end(String(err)); }); });
    this.server.on('connection', (s) => { this.sockets.add(s); s.on('close', () => this.sockets.delete(s)); });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    let body: any;
    try { body = JSON.parse(raw); } catch { body = undefined; }
    const recorded: RecordedRequest = { path: req.url ?? '', headers: req.headers, raw, body };
    this.requests.push(recorded);
    for (const secret of this.forbidden) {
      if (raw.includes(secret)) this.violations.push(`request ${this.requests.length} contains planted secret ${secret.slice(0, 12)}…`);
    }
    const key = req.headers['x-api-key'] ?? (req.headers.authorization ?? '').replace(/^Bearer\s+/i, '');
    if (req.method !== 'POST' || req.url?.split('?')[0] !== '/v1/messages') return this.error(res, { kind: 'error', status: 404, type: 'not_found_error', message: `no route ${req.method} ${req.url}` });
    if (key !== this.apiKey) return this.error(res, { kind: 'error', status: 401, type: 'authentication_error', message: 'invalid x-api-key' });
    const next = this.queue.shift();
    if (!next) return this.error(res, { kind: 'error', status: 500, type: 'api_error', message: 'fake server: no scripted reply left' });
    const reply = typeof next === 'function' ? next(recorded) : next;
    switch (reply.kind) {
      case 'error': return this.error(res, reply);
      case 'hang': return; // keep the socket open; close() destroys it
      case 'stall':
        this.sse(res, [['message_start', this.messageStart(body, 10)]]);
        this.onStreamStarted?.();
        return;
      default: return body?.stream ? this.stream(res, body, reply) : this.json(res, body, reply);
    }
  }

  private error(res: ServerResponse, e: Extract<Reply, { kind: 'error' }>): void {
    res.writeHead(e.status, { 'content-type': 'application/json', ...e.headers });
    res.end(JSON.stringify({ type: 'error', error: { type: e.type, message: e.message } }));
  }

  private messageStart(body: any, input: number, cacheRead = 0) {
    return { type: 'message_start', message: { id: `msg_${this.requests.length}`, type: 'message', role: 'assistant', model: body?.model ?? 'unknown', content: [], stop_reason: null, stop_sequence: null, usage: { input_tokens: input, output_tokens: 1, cache_read_input_tokens: cacheRead, cache_creation_input_tokens: 0 } } };
  }

  private json(res: ServerResponse, body: any, reply: Extract<Reply, { kind: 'tool' | 'text' }>): void {
    const content = reply.kind === 'tool' ? [{ type: 'tool_use', id: `toolu_${this.requests.length}`, name: body.tool_choice?.name ?? 'propose_fix', input: reply.input }] : [{ type: 'text', text: reply.text }];
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: `msg_${this.requests.length}`, type: 'message', role: 'assistant', model: body.model, content, stop_reason: reply.stopReason ?? 'tool_use', stop_sequence: null, usage: { input_tokens: 100, output_tokens: 50 } }));
  }

  private stream(res: ServerResponse, body: any, reply: Extract<Reply, { kind: 'tool' | 'text' }>): void {
    const usage = reply.kind === 'tool' ? reply.usage : undefined;
    const events: Array<[string, unknown]> = [['message_start', this.messageStart(body, usage?.input ?? 1200, usage?.cacheRead ?? 0)], ['ping', { type: 'ping' }]];
    if (reply.kind === 'tool') {
      events.push(['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'tool_use', id: `toolu_${this.requests.length}`, name: body.tool_choice?.name ?? 'propose_fix', input: {} } }]);
      const json = JSON.stringify(reply.input);
      const n = Math.max(1, reply.chunks ?? 4);
      const size = Math.ceil(json.length / n);
      for (let i = 0; i < json.length; i += size) events.push(['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: json.slice(i, i + size) } }]);
    } else {
      events.push(['content_block_start', { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } }]);
      events.push(['content_block_delta', { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: reply.text } }]);
    }
    events.push(['content_block_stop', { type: 'content_block_stop', index: 0 }]);
    events.push(['message_delta', { type: 'message_delta', delta: { stop_reason: reply.stopReason ?? (reply.kind === 'tool' ? 'tool_use' : 'end_turn'), stop_sequence: null }, usage: { output_tokens: usage?.output ?? 180 } }]);
    events.push(['message_stop', { type: 'message_stop' }]);
    this.sse(res, events);
    res.end();
  }

  private sse(res: ServerResponse, events: Array<[string, unknown]>): void {
    if (!res.headersSent) res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
    for (const [event, data] of events) res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
  }
}
