// `vigil/scanWorkspace`: every workspace folder through its own engine (files.exclude globs from the
// client, .gitignore and .vigil/config.json by the engine), with work-done progress (file counts)
// and cancellation. Findings are published as diagnostics for every scanned file that is not open
// (open documents show their live scan) and returned as a summary for the report and tree view.
import { basename } from 'node:path';
import type { CancellationToken, Connection, WorkDoneProgressReporter } from 'vscode-languageserver';
import { SEVERITY_RANK, type Finding, type ScanSummary } from '../engine';
import { toDiagnostics } from './diagnostics';
import type { ReportFinding, ScanWorkspaceParams, ServerSettings, WorkspaceScanReport } from './protocol';
import { pathToUri } from './uri';
import type { Workspaces } from './workspaces';

export class WorkspaceScanner {
  /** Findings of the last workspace scan per file URI (suppressed ones included). */
  private results = new Map<string, Finding[]>();
  private running?: AbortController;

  constructor(
    private readonly connection: Connection,
    private readonly workspaces: Workspaces,
    private readonly settings: () => ServerSettings,
    private readonly isOpen: (uri: string) => boolean,
  ) {}

  async scan(params: ScanWorkspaceParams, token: CancellationToken, progress: WorkDoneProgressReporter): Promise<WorkspaceScanReport> {
    this.running?.abort(); // a new scan replaces one in flight
    const abort = new AbortController();
    this.running = abort;
    const cancelled = token.onCancellationRequested(() => abort.abort());
    const started = performance.now();
    const folders = this.workspaces.all.filter((f) => !params.folders?.length || params.folders.includes(f.uri));
    const exclude = [...(params.exclude ?? []), ...this.settings().exclude];
    const summaries: ScanSummary[] = [];
    progress.begin('Vigil: scanning workspace', 0, `${folders.length} folder(s)`, true);
    try {
      for (const [i, folder] of folders.entries()) {
        if (abort.signal.aborted) break;
        summaries.push(await folder.engine.scanFiles([folder.path], {
          signal: abort.signal,
          exclude,
          onProgress: ({ done, total }) => {
            const pct = Math.floor(((i + (total ? done / total : 1)) / folders.length) * 100);
            progress.report(pct, `${folders.length > 1 ? basename(folder.path) + ': ' : ''}${done}/${total} files`);
          },
        }));
      }
    } finally {
      cancelled.dispose();
      progress.done();
      if (this.running === abort) this.running = undefined;
    }
    const report = this.publish(summaries, folders.map((f) => f.uri), abort.signal.aborted);
    report.durationMs = Math.round(performance.now() - started);
    return report;
  }

  /** The last workspace scan's findings for a file (used when an open document closes). */
  resultsFor(uri: string): Finding[] | undefined {
    return this.results.get(uri);
  }

  republish(uri: string): void {
    const findings = this.results.get(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: findings ? toDiagnostics(findings, uri, 0, this.settings().minimumSeverity) : [] });
  }

  clear(): void {
    this.running?.abort();
    for (const uri of this.results.keys()) if (!this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.results.clear();
  }

  private publish(summaries: ScanSummary[], folders: string[], cancelled: boolean): WorkspaceScanReport {
    const previous = this.results;
    this.results = new Map();
    const minimum = this.settings().minimumSeverity;
    const report: WorkspaceScanReport = {
      folders, filesScanned: 0, linesScanned: 0, findings: [], bySeverity: { error: 0, warning: 0, info: 0 }, suppressed: 0,
      skipped: [], ruleErrors: [], cancelled, durationMs: 0,
    };
    for (const s of summaries) {
      report.filesScanned += s.files.length;
      report.linesScanned += s.linesScanned;
      report.skipped.push(...s.skipped.map((k) => ({ uri: pathToUri(k.file), reason: k.reason, detail: k.detail })));
      report.ruleErrors.push(...s.ruleErrors);
      for (const file of s.files) {
        const uri = pathToUri(file.file);
        this.results.set(uri, file.findings);
        for (const f of file.findings) {
          if (f.suppressed) report.suppressed++;
          else if (SEVERITY_RANK[f.severity] >= SEVERITY_RANK[minimum]) report.bySeverity[f.severity]++;
          report.findings.push(toReportFinding(uri, f));
        }
        if (!this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: toDiagnostics(file.findings, uri, 0, minimum) });
      }
    }
    // Files found last time but not this time (deleted, now excluded) lose their diagnostics,
    // unless the scan was cancelled and simply did not reach them.
    for (const [uri, findings] of previous) {
      if (this.results.has(uri)) continue;
      if (cancelled) this.results.set(uri, findings);
      else if (!this.isOpen(uri)) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    }
    return report;
  }
}

function toReportFinding(uri: string, f: Finding): ReportFinding {
  return {
    uri, ruleId: f.ruleId, severity: f.severity, message: f.message, cwe: f.cwe, owasp: f.owasp,
    line: f.range.start.line, character: f.range.start.character, endLine: f.range.end.line, endCharacter: f.range.end.character,
    suppressed: !!f.suppressed,
  };
}
