// Status bar: Vigil's finding counts (open files + last workspace scan), a spinner while a
// workspace scan runs; a click opens the report.
import * as vscode from 'vscode';
import { shownFindings, type ScanState } from '../state';

export function registerStatusBar(context: vscode.ExtensionContext, deps: { state: ScanState }): void {
  const item = vscode.window.createStatusBarItem('vigil.status', vscode.StatusBarAlignment.Left, 10);
  item.name = 'Vigil';
  item.command = 'vigil.showReport';
  let timer: NodeJS.Timeout | undefined;
  const update = () => {
    if (deps.state.scanning) {
      item.text = '$(sync~spin) Vigil: scanning…';
      item.tooltip = 'Vigil is scanning the workspace';
    } else {
      const counts = { error: 0, warning: 0, info: 0 };
      for (const f of shownFindings()) counts[f.severity]++;
      const total = counts.error + counts.warning + counts.info;
      item.text = total ? `$(shield) Vigil $(error) ${counts.error} $(warning) ${counts.warning} $(info) ${counts.info}` : '$(shield) Vigil';
      item.tooltip = `Vigil: ${counts.error} errors, ${counts.warning} warnings, ${counts.info} info in open files and the last workspace scan. Click for the report.`;
    }
    item.show();
  };
  // Diagnostics change in bursts (a workspace scan publishes one file at a time): coalesce.
  const schedule = () => { clearTimeout(timer); timer = setTimeout(update, 100); };
  context.subscriptions.push(item, vscode.languages.onDidChangeDiagnostics(schedule), deps.state.onDidChange(update), { dispose: () => clearTimeout(timer) });
  update();
}
