// Starts the bundled language server (dist/server.js over node-ipc) and keeps it in step with
// settings and workspace trust. Everything else talks to the server through `VigilClient`.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { DidChangeConfigurationNotification } from 'vscode-languageclient/node';
import type { InitializationOptions } from '../server/protocol';
import { onConfigChange, readConfig, toServerSettings } from './config';

export class VigilClient implements vscode.Disposable {
  private client?: LanguageClient;
  private starting?: Promise<LanguageClient>;
  private readonly onDidRestartEmitter = new vscode.EventEmitter<LanguageClient>();
  /** Fires after every (re)start, so features can re-attach handlers. */
  readonly onDidRestart = this.onDidRestartEmitter.event;

  constructor(private readonly context: vscode.ExtensionContext, private readonly output: vscode.OutputChannel) {}

  /** The running client, started on first use. */
  get(): Promise<LanguageClient> {
    if (this.client?.isRunning()) return Promise.resolve(this.client);
    this.starting ??= this.start().finally(() => { this.starting = undefined; });
    return this.starting;
  }

  async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    await old?.dispose().catch(() => undefined);
    await this.get();
  }

  private async start(): Promise<LanguageClient> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const config = readConfig();
    const initializationOptions: InitializationOptions = { trustWorkspace: vscode.workspace.isTrusted, settings: toServerSettings(config) };
    const clientOptions: LanguageClientOptions = {
      documentSelector: config.languages.flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
      initializationOptions,
      diagnosticCollectionName: 'vigil',
      outputChannel: this.output,
    };
    const client = new LanguageClient('vigil', 'Vigil', serverOptions, clientOptions);
    await client.start();
    this.client = client;
    this.onDidRestartEmitter.fire(client);
    return client;
  }

  /** Pushes the current settings to the server (it re-scans open documents itself). */
  async pushSettings(): Promise<void> {
    if (!this.client?.isRunning()) return;
    await this.client.sendNotification(DidChangeConfigurationNotification.type, { settings: { vigil: toServerSettings(readConfig()) } });
  }

  dispose(): void {
    void this.client?.dispose();
    this.onDidRestartEmitter.dispose();
  }
}

/** Starts the server and wires settings and trust changes to it. */
export function registerLanguageClient(context: vscode.ExtensionContext, client: VigilClient): void {
  context.subscriptions.push(client);
  void client.get().catch((err) => void vscode.window.showErrorMessage(`Vigil: the language server did not start: ${(err as Error).message}`));
  context.subscriptions.push(
    onConfigChange((changed) => {
      // The document selector is fixed at start: a new language list needs a new client.
      if (changed.includes('languages')) void client.restart();
      else void client.pushSettings();
    }),
    // Trust granted: workspace rule packs and AI become available; the server reloads its engines.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client.restart()),
  );
}
