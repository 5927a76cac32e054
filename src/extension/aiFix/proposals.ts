// Read-only virtual documents (scheme `vigil-fix`) holding proposed fixes, so VS Code's own diff
// editor can show original ↔ proposal without touching the real document.
import * as vscode from 'vscode';

export const PROPOSAL_SCHEME = 'vigil-fix';

export class ProposalDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  private counter = 0;

  /** A new URI for `text`; keeps the original's file name so the diff tab reads naturally. */
  add(original: vscode.Uri, text: string): vscode.Uri {
    const name = original.path.split('/').pop() ?? 'proposal';
    const uri = vscode.Uri.from({ scheme: PROPOSAL_SCHEME, path: `/${++this.counter}/${name}` });
    this.contents.set(uri.toString(), text);
    return uri;
  }

  remove(uri: vscode.Uri): void {
    this.contents.delete(uri.toString());
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
    this.contents.clear();
  }
}
