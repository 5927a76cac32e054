// A real LSP client over stdio for the server tests: spawns `node dist/server.js --stdio`, speaks
// JSON-RPC with vscode-jsonrpc, and records what the server publishes.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import type { Diagnostic, PublishDiagnosticsParams, InitializeResult } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from '../helpers/engine';
import type { InitializationOptions } from '../../src/server/protocol';

export const SERVER = join(REPO_ROOT, 'dist', 'server.js');

export interface StartOptions {
  folders?: string[];
  initializationOptions?: InitializationOptions;
  /** Command line to start the server; default node dist/server.js --stdio. */
  argv?: string[];
}

export class TestClient {
  readonly published: PublishDiagnosticsParams[] = [];
  readonly progress: Array<{ token: string | number; value: any }> = [];
  readonly messages: Array<{ type: number; message: string }> = [];
  private waiters: Array<() => void> = [];
  initializeResult!: InitializeResult;
  stderr = '';

  private constructor(readonly process: ChildProcess, readonly connection: MessageConnection) {}

  static async start(options: StartOptions = {}): Promise<TestClient> {
    const argv = options.argv ?? [SERVER, '--stdio'];
    const child = spawn(process.execPath, argv, { stdio: ['pipe', 'pipe', 'pipe'], cwd: REPO_ROOT });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const client = new TestClient(child, connection);
    child.stderr!.on('data', (d) => { client.stderr += d; });
    connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => { client.published.push(p); client.wake(); });
    connection.onNotification('$/progress', (p: { token: string | number; value: unknown }) => { client.progress.push(p); client.wake(); });
    connection.onNotification('window/showMessage', (p: { type: number; message: string }) => { client.messages.push(p); client.wake(); });
    connection.onNotification('window/logMessage', () => undefined);
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    const folders = options.folders ?? [];
    client.initializeResult = await connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: folders[0] ? uri(folders[0]) : null,
      workspaceFolders: folders.map((f) => ({ uri: uri(f), name: f })),
      capabilities: { workspace: { workspaceFolders: true }, window: { workDoneProgress: true }, textDocument: { publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: true, dataSupport: true } } },
      initializationOptions: options.initializationOptions ?? { trustWorkspace: false, settings: { debounceMs: 0 } },
    });
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves with the first value `check` returns that is not undefined, re-checked on every message. */
  waitFor<T>(check: () => T | undefined, what: string, timeoutMs = 10000): Promise<T> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr: ${this.stderr.slice(-2000)}`)), timeoutMs);
      const attempt = () => {
        const v = check();
        if (v !== undefined) { clearTimeout(timer); resolve(v); } else this.waiters.push(attempt);
      };
      attempt();
    });
  }

  /** The first diagnostics published for `uri` at `version` (after `since` notifications). */
  diagnosticsFor(uri: string, version?: number, since = 0): Promise<Diagnostic[]> {
    return this.waitFor(() => this.published.slice(since).find((p) => p.uri === uri && (version === undefined || p.version === version))?.diagnostics, `diagnostics of ${uri} v${version}`);
  }

  open(uri: string, languageId: string, text: string, version = 1): void {
    void this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  change(uri: string, version: number, changes: Array<{ range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }>): void {
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      void this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    await new Promise<void>((resolve) => {
      if (this.process.exitCode !== null) return resolve();
      const t = setTimeout(() => { this.process.kill(); resolve(); }, 2000);
      this.process.once('exit', () => { clearTimeout(t); resolve(); });
    });
    this.connection.dispose();
  }
}

export function uri(path: string): string {
  return pathToFileURL(path).href;
}
