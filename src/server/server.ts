// The Vigil language server: open documents -> incremental parse -> engine scan -> diagnostics;
// hover and code actions over the findings; a workspace scan request. Hosts the engine, adds no
// analysis of its own. startServer() reads as the list of what the server does.
import {
  CodeActionKind, DidChangeConfigurationNotification, TextDocumentSyncKind,
  type Connection, type InitializeParams, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActionsFor } from './codeActions';
import { OpenDocument } from './documents';
import { hoverFor } from './hover';
import { enabledLanguages, engineLanguage } from './languages';
import { LiveScanner } from './liveScan';
import { Methods, type FindingParams, type FindingResult, type InitializationOptions, type RuleDocParams, type RuleDocResult, type ScanWorkspaceParams, type ServerSettings } from './protocol';
import { ruleDocMarkdown } from './ruleDocs';
import { RuleErrorReporter } from './ruleErrors';
import { normaliseSettings } from './settings';
import { WorkspaceScanner } from './workspaceScan';
import { Workspaces } from './workspaces';

export interface ServerOptions {
  /** Folder with grammars/ and rules/ (default: found above the bundle). */
  assetRoot?: string;
}

export function startServer(connection: Connection, options: ServerOptions = {}): void {
  let settings: ServerSettings = normaliseSettings(undefined);
  const workspaces = new Workspaces(true, settings, options.assetRoot);
  const open = new Map<string, OpenDocument>();
  const ruleErrors = new RuleErrorReporter(connection);
  const live = new LiveScanner(connection, () => settings, (doc) => ruleErrors.check(doc.engine));
  const workspaceScan = new WorkspaceScanner(connection, workspaces, () => settings, (uri) => open.has(uri));
  let supportsFolderEvents = false;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    settings = normaliseSettings(init.settings);
    workspaces.configure(init.trustWorkspace ?? true, settings);
    const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
    workspaces.setFolders(folders);
    supportsFolderEvents = !!params.capabilities.workspace?.workspaceFolders;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
      },
      serverInfo: { name: 'vigil' },
    };
  });

  connection.onInitialized(() => {
    if (supportsFolderEvents) {
      connection.workspace.onDidChangeWorkspaceFolders((e) => {
        workspaces.addFolders(e.added.map((f) => f.uri), e.removed.map((f) => f.uri));
        rebindAll();
      });
    }
  });

  // Settings: `{ settings: { vigil: {...} } }`, as VS Code, Neovim and Helix send them.
  connection.onNotification(DidChangeConfigurationNotification.type, (params) => {
    const raw = (params.settings as { vigil?: unknown } | undefined)?.vigil;
    if (raw === undefined) return;
    const before = settings;
    settings = normaliseSettings(raw, before);
    const rulesChanged = workspaces.configure(workspaces.isTrusted, settings);
    if (rulesChanged) rebindAll();
    else for (const doc of open.values()) refreshOrClear(doc);
  });

  connection.onDidOpenTextDocument(({ textDocument: t }) => {
    const previous = open.get(t.uri);
    if (previous) { open.delete(t.uri); live.cancel(t.uri); void previous.close(); } // re-opened without a close: free its tree
    const engine = workspaces.engineFor(t.uri);
    const languageId = engineLanguage(engine, t.languageId, t.uri);
    if (!languageId || !enabledLanguages(settings.languages).has(languageId)) return; // not scanned: keep nothing
    const doc = new OpenDocument(TextDocument.create(t.uri, t.languageId, t.version, t.text), t.languageId, languageId, engine);
    open.set(t.uri, doc);
    refreshOrClear(doc);
  });

  connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
    const doc = open.get(textDocument.uri);
    if (!doc) return;
    doc.applyChanges(contentChanges, textDocument.version);
    if (settings.enable) live.changed(doc);
  });

  connection.onDidSaveTextDocument(({ textDocument }) => {
    const doc = open.get(textDocument.uri);
    if (doc && live.isLarge(doc)) refreshOrClear(doc); // small documents are already current
  });

  connection.onDidCloseTextDocument(({ textDocument }) => {
    const doc = open.get(textDocument.uri);
    if (!doc) return;
    open.delete(textDocument.uri);
    live.clear(textDocument.uri);
    void doc.close();
  });

  connection.onHover(async ({ textDocument, position }) => {
    const doc = open.get(textDocument.uri);
    if (!doc || !settings.enable) return null;
    return hoverFor(doc, await live.findingsNow(doc), position, settings);
  });

  connection.onCodeAction((params) => {
    const doc = open.get(params.textDocument.uri);
    if (!doc || !settings.enable) return [];
    // Only findings of the current version: a diagnostic from an older one gets no action.
    return codeActionsFor(doc, doc.findingsVersion === doc.version ? doc.findings : [], params, { settings, trusted: workspaces.isTrusted });
  });

  connection.onRequest(Methods.scanWorkspace, (params: ScanWorkspaceParams, token) =>
    workspaceScan.scan(params ?? {}, token, connection.languages.attachWorkDoneProgress(params ?? {})));

  connection.onRequest(Methods.clearFindings, () => {
    workspaceScan.clear();
    for (const doc of open.values()) live.clear(doc.uri);
  });

  connection.onRequest(Methods.ruleDoc, ({ ruleId, uri }: RuleDocParams): RuleDocResult | null => {
    const engine = uri ? workspaces.engineFor(uri) : workspaces.all[0]?.engine ?? workspaces.engineFor('file:///');
    const rule = engine.rules.get(ruleId);
    return rule ? { ruleId, title: rule.title, markdown: ruleDocMarkdown(rule) } : null;
  });

  connection.onRequest(Methods.finding, async ({ uri, fingerprint, version }: FindingParams): Promise<FindingResult | null> => {
    const doc = open.get(uri);
    if (!doc || (version !== undefined && version !== doc.version)) return null;
    const finding = (await live.findingsNow(doc)).find((f) => f.fingerprint === fingerprint);
    const rule = finding && doc.engine.rules.get(finding.ruleId);
    return finding && rule && doc.findingsVersion === doc.version ? { version: doc.version, finding, rule } : null;
  });

  connection.onShutdown(() => {
    for (const doc of open.values()) void doc.close();
    open.clear();
    workspaces.dispose();
  });

  function refreshOrClear(doc: OpenDocument): void {
    if (settings.enable && enabledLanguages(settings.languages).has(doc.languageId)) live.refresh(doc);
    else live.clear(doc.uri);
  }

  /** Rules or folders changed: every open document moves to its (new) engine and is rescanned. */
  function rebindAll(): void {
    for (const doc of open.values()) {
      doc.setEngine(workspaces.engineFor(doc.uri));
      refreshOrClear(doc);
    }
  }

  connection.listen();
}
