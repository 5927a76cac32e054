// The expected findings for a workspace, from the `vigil` CLI (the same engine and rules, another
// host). Comparing the editor against it proves the editor shows what the engine finds, without
// hard-coding a list that would rot as rule packs grow.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

export interface ExpectedFinding {
  /** Workspace-relative path with forward slashes. */
  file: string;
  languageId: string;
  ruleId: string;
  cwe: string;
  severity: string;
  /** One-based, as the editor shows it. */
  line: number;
}

interface JsonReport {
  files: { file: string; languageId: string; findings: { ruleId: string; cwe: string; severity: string; range: { start: { line: number } }; suppressed?: unknown }[] }[];
}

/** Unsuppressed findings of `vigil scan` over `workspace` (dist/cli.js, built by `npm run package`). */
export function cliFindings(workspace: string): ExpectedFinding[] {
  const r = spawnSync(process.execPath,
    [join(REPO_ROOT, 'bin', 'vigil.js'), 'scan', '.', '--root', '.', '--format', 'json', '--fail-on', 'none'],
    { cwd: workspace, encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0) throw new Error(`vigil scan failed (exit ${r.status}): ${r.stderr}`);
  const report = JSON.parse(r.stdout) as JsonReport;
  return report.files.flatMap((f) => f.findings.filter((x) => !x.suppressed).map((x) => ({
    file: f.file.replace(/\\/g, '/'),
    languageId: f.languageId,
    ruleId: x.ruleId,
    cwe: x.cwe,
    severity: x.severity,
    line: x.range.start.line + 1,
  })));
}
