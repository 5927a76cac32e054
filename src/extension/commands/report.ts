// `vigil.showReport`: the last workspace scan as a read-only markdown preview.
import * as vscode from 'vscode';
import { reportMarkdown } from '../reportMarkdown';
import type { ScanState } from '../state';
import type { VirtualDocs } from '../views/virtualDocs';

export function registerShowReport(context: vscode.ExtensionContext, deps: { state: ScanState; docs: VirtualDocs }): void {
  context.subscriptions.push(vscode.commands.registerCommand('vigil.showReport', async () => {
    const report = deps.state.lastReport;
    if (!report) {
      const choice = await vscode.window.showInformationMessage('Vigil: no workspace scan yet.', 'Scan workspace');
      if (choice) await vscode.commands.executeCommand('vigil.scanWorkspace');
      return;
    }
    await deps.docs.show('/Vigil report.md', reportMarkdown(report, (uri) => vscode.workspace.asRelativePath(vscode.Uri.parse(uri))));
  }));
}
