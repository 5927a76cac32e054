// `vigil.scanWorkspace`: asks the server to scan every folder, with a cancellable progress
// notification showing file counts. Results land in the Problems panel (the server publishes
// them), the findings tree and the report.
import * as vscode from 'vscode';
import { WorkDoneProgress, type WorkDoneProgressReport, type WorkDoneProgressBegin } from 'vscode-languageclient/node';
import { Methods, type ScanWorkspaceParams, type WorkspaceScanReport } from '../../server/protocol';
import type { VigilClient } from '../client';
import type { ScanState } from '../state';

/** files.exclude as gitignore-style globs: the keys set to true. */
function filesExclude(): string[] {
  const map = vscode.workspace.getConfiguration('files').get<Record<string, boolean>>('exclude', {});
  return Object.entries(map).filter(([, on]) => on === true).map(([glob]) => glob);
}

export async function scanWorkspace(deps: { client: VigilClient; state: ScanState }): Promise<WorkspaceScanReport | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Vigil: open a folder to scan a workspace.');
    return undefined;
  }
  const client = await deps.client.get();
  deps.state.setScanning(true);
  try {
    return await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Vigil: scanning workspace', cancellable: true },
      async (progress, token) => {
        const workDoneToken = `vigil-scan-${Date.now()}`;
        let last = 0;
        const sub = client.onProgress(WorkDoneProgress.type, workDoneToken, (p: WorkDoneProgressBegin | WorkDoneProgressReport | { kind: 'end' }) => {
          if (p.kind === 'end') return;
          const pct = p.percentage ?? last;
          progress.report({ message: p.message, increment: Math.max(0, pct - last) });
          last = pct;
        });
        try {
          const params: ScanWorkspaceParams = { exclude: filesExclude(), workDoneToken };
          const report = await client.sendRequest<WorkspaceScanReport>(Methods.scanWorkspace, params, token);
          deps.state.setReport(report);
          const total = report.bySeverity.error + report.bySeverity.warning + report.bySeverity.info;
          const verb = report.cancelled ? 'Scan cancelled after' : 'Scanned';
          void vscode.window.showInformationMessage(`Vigil: ${verb} ${report.filesScanned} files: ${total} findings (${report.bySeverity.error} errors), ${report.suppressed} suppressed, ${report.skipped.length} skipped.`, 'Show report')
            .then((choice) => { if (choice) void vscode.commands.executeCommand('vigil.showReport'); });
          return report;
        } finally {
          sub.dispose();
        }
      },
    );
  } catch (err) {
    if (!(err instanceof vscode.CancellationError) && !/cancel/i.test((err as Error).message)) void vscode.window.showErrorMessage(`Vigil: workspace scan failed: ${(err as Error).message}`);
    return undefined;
  } finally {
    deps.state.setScanning(false);
  }
}

export function registerScanWorkspace(context: vscode.ExtensionContext, deps: { client: VigilClient; state: ScanState }): void {
  context.subscriptions.push(vscode.commands.registerCommand('vigil.scanWorkspace', () => scanWorkspace(deps)));
}
