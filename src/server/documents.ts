// Open documents as versioned state: the text, the tree-sitter tree kept for incremental parsing,
// and the findings last computed. Trees exist only for open documents and are deleted on close
// and whenever a newer tree replaces them (WASM memory never shrinks on its own).
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { Edit, type Engine, type Finding, type Tree } from '../engine';

export class OpenDocument {
  /** Tree of the text at `treeVersion`, with `pendingEdits` not yet applied to it. */
  private tree?: Tree;
  private treeVersion = -1;
  private pendingEdits: Edit[] = [];
  /** Set when the kept tree cannot be reused (full-text change, new engine); it is deleted in the parse chain. */
  private reset = false;
  /** Serialises reparses so that edits are applied to the tree in the order they happened. */
  private parsing: Promise<unknown> = Promise.resolve();
  /** Findings of `findingsVersion` (all, suppressed included: hosts decide what to show). */
  findings: Finding[] = [];
  findingsVersion = -1;
  closed = false;

  constructor(
    public doc: TextDocument,
    /** The editor's language id (e.g. typescriptreact). */
    readonly editorLanguageId: string,
    /** The engine's language id (e.g. tsx). */
    readonly languageId: string,
    public engine: Engine,
  ) {}

  get uri(): string {
    return this.doc.uri;
  }

  get version(): number {
    return this.doc.version;
  }

  /** Applies LSP content changes to the text and records the matching tree edits. */
  applyChanges(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if (!('range' in change) || !change.range) {
        // A full-text change: nothing of the old tree can be reused.
        this.resetTree();
        this.doc = TextDocument.create(this.doc.uri, this.doc.languageId, version, change.text);
        continue;
      }
      const startIndex = this.doc.offsetAt(change.range.start);
      const oldEndIndex = this.doc.offsetAt(change.range.end);
      // Positions as the document really has them (offsetAt clamps out-of-range positions).
      const startPosition = this.doc.positionAt(startIndex);
      const oldEndPosition = this.doc.positionAt(oldEndIndex);
      this.doc = TextDocument.update(this.doc, [change], version);
      const newEndIndex = startIndex + change.text.length;
      const newEnd = this.doc.positionAt(newEndIndex);
      this.pendingEdits.push(new Edit({
        startIndex,
        oldEndIndex,
        newEndIndex,
        startPosition: { row: startPosition.line, column: startPosition.character },
        oldEndPosition: { row: oldEndPosition.line, column: oldEndPosition.character },
        newEndPosition: { row: newEnd.line, column: newEnd.character },
      }));
    }
    this.doc = TextDocument.update(this.doc, [], version);
  }

  /**
   * Runs `use` with the tree of the current text, reparsed incrementally from the kept tree. Runs
   * are serialised per document, so no other run edits or deletes the tree while `use` holds it.
   */
  withTree<T>(use: (tree: Tree, version: number, text: string, delta?: TreeDelta) => Promise<T> | T): Promise<T> {
    const next = this.parsing.then(async () => {
      if (this.closed) throw new DocumentClosed();
      const text = this.doc.getText();
      const version = this.doc.version;
      let delta: TreeDelta | undefined;
      if (!this.tree || this.reset || this.treeVersion !== version || this.pendingEdits.length > 0) {
        if (this.reset) this.dropTree();
        const old = this.tree;
        const edits = this.pendingEdits.splice(0);
        if (old) for (const e of edits) old.edit(e);
        const tree = await this.engine.parse(this.languageId, text, old);
        if (old) delta = { fromVersion: this.treeVersion, edits, changedRanges: old.getChangedRanges(tree) };
        old?.delete();
        this.tree = tree;
        this.treeVersion = version;
      }
      return use(this.tree!, version, text, delta);
    });
    this.parsing = next.catch(() => undefined);
    return next;
  }

  /** The next parse starts from scratch (full-text change, another engine, a big file between saves). */
  resetTree(): void {
    this.reset = true;
    this.pendingEdits = [];
  }

  /** Switches to another engine (rules or trust changed); its grammar objects are its own. */
  setEngine(engine: Engine): void {
    this.engine = engine;
    this.resetTree();
  }

  /** Frees the tree once runs in flight are done (big files keep no tree between saves). */
  releaseTree(): void {
    this.parsing = this.parsing.then(() => this.dropTree());
  }

  /** Only ever called inside the parse chain, so no parse is using the tree. */
  private dropTree(): void {
    this.tree?.delete();
    this.tree = undefined;
    this.treeVersion = -1;
    this.reset = false;
  }

  close(): Promise<void> {
    this.closed = true;
    // Wait for a parse in flight so that its tree is deleted too.
    const done = this.parsing.then(() => this.dropTree());
    this.parsing = done;
    return done;
  }
}

/** How the current tree differs from the one before the last reparse (for incremental scans). */
export interface TreeDelta {
  fromVersion: number;
  edits: Edit[];
  changedRanges: Array<{ startIndex: number; endIndex: number }>;
}

export class DocumentClosed extends Error {
  constructor() {
    super('document closed');
  }
}
