// The workspace scan report as markdown. No 'vscode' import: plain data in, text out (tested in Node).
import type { WorkspaceScanReport } from '../server/protocol';

function table(header: [string, string], rows: Array<[string, number]>): string[] {
  if (rows.length === 0) return ['_None._', ''];
  return [`| ${header[0]} | ${header[1]} |`, '|---|---:|', ...rows.map(([k, n]) => `| ${k.replace(/\|/g, '\\|')} | ${n} |`), ''];
}

function countBy<T>(items: T[], key: (t: T) => string): Array<[string, number]> {
  const m = new Map<string, number>();
  for (const i of items) m.set(key(i), (m.get(key(i)) ?? 0) + 1);
  return [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** `relative` turns a file URI into the path shown to the user (workspace-relative in the editor). */
export function reportMarkdown(report: WorkspaceScanReport, relative: (uri: string) => string, when = new Date()): string {
  const shown = report.findings.filter((f) => !f.suppressed);
  const total = report.bySeverity.error + report.bySeverity.warning + report.bySeverity.info;
  return [
    '# Vigil workspace scan',
    '',
    `${when.toISOString().replace('T', ' ').slice(0, 19)} UTC · ${report.filesScanned} files, ${report.linesScanned} lines in ${(report.durationMs / 1000).toFixed(1)} s${report.cancelled ? ' · **cancelled: partial results**' : ''}`,
    '',
    `**${total} findings**: ${report.bySeverity.error} error, ${report.bySeverity.warning} warning, ${report.bySeverity.info} info; ${report.suppressed} suppressed; ${report.skipped.length} files skipped; ${report.ruleErrors.length} rule errors.`,
    '',
    '## By severity',
    '',
    ...table(['Severity', 'Findings'], (['error', 'warning', 'info'] as const).map((s) => [s, report.bySeverity[s]] as [string, number])),
    '## By CWE',
    '',
    ...table(['CWE', 'Findings'], countBy(shown, (f) => f.cwe)),
    '## By file',
    '',
    ...table(['File', 'Findings'], countBy(shown, (f) => relative(f.uri))),
    '## By rule',
    '',
    ...table(['Rule', 'Findings'], countBy(shown, (f) => f.ruleId)),
    '## Skipped files',
    '',
    ...(report.skipped.length
      ? ['| File | Reason |', '|---|---|', ...report.skipped.map((s) => `| ${relative(s.uri)} | ${s.reason}${s.detail ? ` (${s.detail.replace(/\|/g, '\\|')})` : ''} |`), '']
      : ['_None._', '']),
    '## Rule errors',
    '',
    ...(report.ruleErrors.length
      ? report.ruleErrors.map((e) => `- \`${e.file}${e.line ? `:${e.line}${e.column ? `:${e.column}` : ''}` : ''}\`${e.ruleId ? ` (${e.ruleId})` : ''}: ${e.message}`)
      : ['_None._']),
    '',
  ].join('\n');
}
