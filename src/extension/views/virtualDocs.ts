// Read-only markdown documents under the `vigil-doc:` scheme (the report, rule documentation),
// shown in the markdown preview. Nothing is written to disk.
import * as vscode from 'vscode';

export const DOC_SCHEME = 'vigil-doc';

export class VirtualDocs implements vscode.TextDocumentContentProvider {
  private readonly docs = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.docs.get(uri.path) ?? '# Not available\n\nThis Vigil document is no longer available.';
  }

  /** Stores the markdown and opens it in the preview (source stays read-only). */
  async show(path: string, markdown: string): Promise<vscode.Uri> {
    const uri = vscode.Uri.from({ scheme: DOC_SCHEME, path });
    this.docs.set(uri.path, markdown);
    this.changed.fire(uri);
    try {
      await vscode.commands.executeCommand('markdown.showPreview', uri);
    } catch {
      // No markdown preview (a minimal editor build): show the source, which is still read-only.
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: true });
    }
    return uri;
  }
}

export function registerVirtualDocs(context: vscode.ExtensionContext): VirtualDocs {
  const docs = new VirtualDocs();
  context.subscriptions.push(vscode.workspace.registerTextDocumentContentProvider(DOC_SCHEME, docs));
  return docs;
}
