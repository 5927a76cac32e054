// What the extension knows between commands: the last workspace scan report, and whether a scan
// is running (status bar spinner). Findings themselves live in the diagnostics (one source of truth).
import * as vscode from 'vscode';
import type { WorkspaceScanReport } from '../server/protocol';

export class ScanState implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  lastReport?: WorkspaceScanReport;
  scanning = false;

  setScanning(scanning: boolean): void {
    this.scanning = scanning;
    this.changed.fire();
  }

  setReport(report: WorkspaceScanReport | undefined): void {
    this.lastReport = report;
    this.changed.fire();
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** One Vigil diagnostic, flattened for the tree view and the status bar. */
export interface ShownFinding {
  uri: vscode.Uri;
  diagnostic: vscode.Diagnostic;
  ruleId: string;
  cwe: string;
  severity: 'error' | 'warning' | 'info';
}

const SEVERITY: Record<number, ShownFinding['severity']> = {
  [vscode.DiagnosticSeverity.Error]: 'error',
  [vscode.DiagnosticSeverity.Warning]: 'warning',
  [vscode.DiagnosticSeverity.Information]: 'info',
  [vscode.DiagnosticSeverity.Hint]: 'info',
};

/** Every Vigil diagnostic in the workspace (open files and the last workspace scan). */
export function shownFindings(): ShownFinding[] {
  const out: ShownFinding[] = [];
  for (const [uri, diagnostics] of vscode.languages.getDiagnostics()) {
    for (const d of diagnostics) {
      if (d.source !== 'Vigil' || typeof d.code !== 'object') continue; // the large-file note has a plain code
      const ruleId = String(d.code.value);
      const cwe = /definitions\/(\d+)\.html/.exec(d.code.target.toString())?.[1];
      out.push({ uri, diagnostic: d, ruleId, cwe: cwe ? `CWE-${cwe}` : 'CWE-?', severity: SEVERITY[d.severity] });
    }
  }
  return out;
}
