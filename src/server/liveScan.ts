// Scanning open documents as they change: debounced per document, a newer version cancels the
// older scan, diagnostics are published with the version they were computed for. Documents above
// the size setting are scanned on open and save only, and say so.
import { CancellationTokenSource, DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { SOURCE, toDiagnostics } from './diagnostics';
import { DocumentClosed, type OpenDocument } from './documents';
import type { ServerSettings } from './protocol';
import { uriToPath } from './uri';

export const LARGE_FILE_CODE = 'vigil-large-file';

interface Pending {
  timer?: NodeJS.Timeout;
  cancel: CancellationTokenSource;
}

export class LiveScanner {
  private readonly pending = new Map<string, Pending>();

  constructor(
    private readonly connection: Connection,
    private readonly settings: () => ServerSettings,
    /** Called after each scan: the first scan of a language compiles its rules. */
    private readonly afterScan: (doc: OpenDocument) => void = () => undefined,
  ) {}

  isLarge(doc: OpenDocument): boolean {
    // UTF-16 length is close enough to bytes for a threshold measured in kilobytes.
    return doc.doc.getText().length > this.settings().maxFileSizeKb * 1024;
  }

  /** A keystroke: scan after the debounce, unless the document is large (then wait for save). */
  changed(doc: OpenDocument): void {
    this.cancel(doc.uri);
    if (this.isLarge(doc)) return;
    this.schedule(doc, this.settings().debounceMs);
  }

  /** Open, save, or new settings/rules: a full scan now (large documents too). */
  refresh(doc: OpenDocument): void {
    this.cancel(doc.uri);
    this.schedule(doc, 0, true);
  }

  cancel(uri: string): void {
    const p = this.pending.get(uri);
    if (!p) return;
    clearTimeout(p.timer);
    p.cancel.cancel();
    this.pending.delete(uri);
  }

  /** The findings of the document's current version, scanning now if the last scan is older. */
  async findingsNow(doc: OpenDocument): Promise<Finding[]> {
    if (doc.findingsVersion === doc.version) return doc.findings;
    await this.run(doc, new CancellationTokenSource(), false, false);
    return doc.findings;
  }

  private schedule(doc: OpenDocument, delay: number, full = false): void {
    const cancel = new CancellationTokenSource();
    const p: Pending = { cancel };
    this.pending.set(doc.uri, p);
    p.timer = setTimeout(() => {
      this.run(doc, cancel, true, full)
        .catch((err) => { if (!(err instanceof DocumentClosed)) this.connection.console.error(`Vigil: scanning ${doc.uri} failed: ${(err as Error).stack ?? err}`); })
        .finally(() => { if (this.pending.get(doc.uri) === p) this.pending.delete(doc.uri); });
    }, delay);
  }

  private async run(doc: OpenDocument, cancel: CancellationTokenSource, publish: boolean, full: boolean): Promise<void> {
    const large = this.isLarge(doc);
    await doc.withTree(async (tree, version, text, delta) => {
      // A newer change arrived while this one waited for the parse chain: its own scan will publish.
      if (cancel.token.isCancellationRequested || version !== doc.version) return;
      // Re-query only what the edits can affect when the last findings belong to the previous tree.
      const changes = !full && delta && doc.findingsVersion === delta.fromVersion
        ? { previous: doc.findings, edits: delta.edits, changedRanges: delta.changedRanges }
        : undefined;
      const findings = await doc.engine.scanTree(uriToPath(doc.uri) ?? doc.uri, doc.languageId, text, tree, changes);
      if (cancel.token.isCancellationRequested || doc.closed) return;
      doc.findings = findings;
      doc.findingsVersion = version;
      if (publish) this.publish(doc, version, large);
    });
    if (large) doc.releaseTree();
    this.afterScan(doc);
  }

  publish(doc: OpenDocument, version = doc.findingsVersion, large = this.isLarge(doc)): void {
    const s = this.settings();
    const diagnostics: Diagnostic[] = toDiagnostics(doc.findings, doc.uri, version, s.minimumSeverity);
    if (large) diagnostics.unshift(largeFileNote(s.maxFileSizeKb));
    void this.connection.sendDiagnostics({ uri: doc.uri, version, diagnostics });
  }

  clear(uri: string): void {
    this.cancel(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }
}

function largeFileNote(maxKb: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    code: LARGE_FILE_CODE,
    message: `Vigil scans this file when it is opened or saved, not as you type: it is larger than vigil.maxFileSizeKb (${maxKb} KB).`,
  };
}
