// A small in-memory stand-in for the parts of the `vscode` API that src/extension/aiFix uses, so
// the host's flow (consent, preview, diff, confirmation, apply, version checks) can be tested in
// plain Node. It is NOT VS Code: the real editor is exercised by the code-server e2e suite.
import Module from 'node:module';

export interface Shown { kind: 'info' | 'warning' | 'error'; message: string; detail?: string; items: string[] }

export class FakeDocument {
  version = 1;
  constructor(readonly uri: FakeUri, public text: string, readonly languageId: string) {}
  getText(): string { return this.text; }
  positionAt(offset: number) {
    const before = this.text.slice(0, offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length, offset };
  }
  /** Simulates the user typing. */
  type(newText: string): void { this.text = newText; this.version++; }
}

export class FakeUri {
  constructor(readonly scheme: string, readonly path: string) {}
  get fsPath(): string { return this.path; }
  toString(): string { return `${this.scheme}://${this.path}`; }
  static parse(value: string): FakeUri { const m = /^(\w[\w+.-]*):\/\/(.*)$/.exec(value)!; return new FakeUri(m[1], m[2]); }
  static file(path: string): FakeUri { return new FakeUri('file', path); }
  static from(parts: { scheme: string; path: string }): FakeUri { return new FakeUri(parts.scheme, parts.path); }
}

export function installFakeVscode() {
  const state = {
    trusted: true,
    settings: {} as Record<string, unknown>,
    documents: new Map<string, FakeDocument>(),
    shown: [] as Shown[],
    /** Answers for the next showXMessage calls, in order (undefined = dismissed). */
    answers: [] as Array<string | undefined>,
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    executed: [] as Array<{ command: string; args: unknown[] }>,
    providers: new Map<string, { provideTextDocumentContent(uri: FakeUri): string }>(),
    opened: [] as string[],
    applied: 0,
    /** Called inside withProgress, to cancel or to type while the fix is computed. */
    duringProgress: undefined as undefined | ((cancel: () => void) => void),
  };
  const show = (kind: Shown['kind']) => async (message: string, ...rest: unknown[]) => {
    const options = typeof rest[0] === 'object' && rest[0] !== null ? rest.shift() as { detail?: string } : undefined;
    state.shown.push({ kind, message, detail: options?.detail, items: rest as string[] });
    return state.answers.shift();
  };
  class EventEmitter<T> { private listeners: Array<(e: T) => void> = []; event = (l: (e: T) => void) => { this.listeners.push(l); return { dispose() {} }; }; fire(e: T) { this.listeners.forEach((l) => l(e)); } dispose() {} }
  class Range { constructor(readonly start: { offset: number }, readonly end: { offset: number }) {} }
  class WorkspaceEdit { readonly edits: Array<{ uri: FakeUri; range: Range; text: string }> = []; replace(uri: FakeUri, range: Range, text: string) { this.edits.push({ uri, range, text }); } }
  const api = {
    Uri: FakeUri, EventEmitter, Range, WorkspaceEdit,
    ProgressLocation: { Notification: 15 },
    window: {
      createOutputChannel: () => ({ appendLine() {}, append() {}, show() {}, dispose() {} }),
      showInformationMessage: show('info'), showWarningMessage: show('warning'), showErrorMessage: show('error'),
      showInputBox: async () => state.answers.shift(),
      showTextDocument: async (doc: FakeDocument) => { state.opened.push(doc.text); },
      withProgress: async (_o: unknown, task: (p: unknown, token: unknown) => Promise<unknown>) => {
        const listeners: Array<() => void> = [];
        const token = { onCancellationRequested: (l: () => void) => { listeners.push(l); return { dispose() {} }; } };
        const running = task({ report() {} }, token);
        state.duringProgress?.(() => listeners.forEach((l) => l()));
        return running;
      },
    },
    workspace: {
      get isTrusted() { return state.trusted; },
      registerTextDocumentContentProvider: (scheme: string, p: { provideTextDocumentContent(uri: FakeUri): string }) => { state.providers.set(scheme, p); return { dispose() {} }; },
      onDidGrantWorkspaceTrust: () => ({ dispose() {} }),
      getConfiguration: (section: string) => ({ get: (key: string, fallback: unknown) => state.settings[`${section}.${key}`] ?? fallback }),
      openTextDocument: async (arg: FakeUri | { content: string }) => {
        if (arg instanceof FakeUri) return state.documents.get(arg.toString());
        return new FakeDocument(new FakeUri('untitled', '/preview'), arg.content, 'plaintext');
      },
      getWorkspaceFolder: () => undefined,
      asRelativePath: (u: FakeUri) => u.path,
      applyEdit: async (edit: WorkspaceEdit) => {
        state.applied++;
        const doc = state.documents.get(edit.edits[0].uri.toString())!;
        let text = doc.text;
        for (const e of [...edit.edits].sort((a, b) => b.range.start.offset - a.range.start.offset)) text = text.slice(0, e.range.start.offset) + e.text + text.slice(e.range.end.offset);
        doc.type(text);
        return true;
      },
    },
    commands: {
      registerCommand: (id: string, fn: (...args: unknown[]) => unknown) => { state.commands.set(id, fn); return { dispose() {} }; },
      executeCommand: async (command: string, ...args: unknown[]) => { state.executed.push({ command, args }); return state.commands.get(command)?.(...args); },
    },
  };
  const mod = Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown };
  const original = mod._load;
  mod._load = function (request: string, ...rest: unknown[]) { return request === 'vscode' ? api : original.call(this, request, ...rest); };
  return { state, restore: () => { mod._load = original; } };
}

export function fakeContext(storage: string, extensionPath: string, secrets: Record<string, string> = {}) {
  const workspace = new Map<string, unknown>();
  return {
    subscriptions: [] as Array<{ dispose(): void }>,
    extensionPath,
    globalStorageUri: { fsPath: storage },
    secrets: { get: async (k: string) => secrets[k], store: async (k: string, v: string) => { secrets[k] = v; }, delete: async (k: string) => { delete secrets[k]; } },
    workspaceState: { get: (k: string) => workspace.get(k), update: async (k: string, v: unknown) => { workspace.set(k, v); } },
  };
}
