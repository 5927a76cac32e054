// Compiler-style text output: `path:line:col severity rule-id message`, then a summary line.
import type { Finding, ScanSummary, Severity } from '../model';
import { describeRuleError } from './sarif';

const COLOURS: Record<Severity | 'dim' | 'bold', [string, string]> = {
  error: ['\x1b[31m', '\x1b[39m'],
  warning: ['\x1b[33m', '\x1b[39m'],
  info: ['\x1b[36m', '\x1b[39m'],
  dim: ['\x1b[2m', '\x1b[22m'],
  bold: ['\x1b[1m', '\x1b[22m'],
};

export interface TextOptions {
  colour: boolean;
  relativePath: (file: string) => string;
  /** Also list suppressed findings and skipped files (otherwise only counted). */
  verbose?: boolean;
}

export function summarise(summary: ScanSummary) {
  const all = summary.files.flatMap((f) => f.findings);
  const active = all.filter((f) => !f.suppressed);
  const count = (s: Severity) => active.filter((f) => f.severity === s).length;
  return { total: active.length, error: count('error'), warning: count('warning'), info: count('info'), suppressed: all.length - active.length };
}

export function formatText(summary: ScanSummary, options: TextOptions): string {
  const paint = (kind: keyof typeof COLOURS, text: string) => (options.colour ? COLOURS[kind][0] + text + COLOURS[kind][1] : text);
  const lines: string[] = [];
  const line = (f: Finding) =>
    `${options.relativePath(f.file)}:${f.range.start.line + 1}:${f.range.start.character + 1} ${paint(f.severity, f.severity)} ${paint('bold', f.ruleId)} ${f.message} [${f.cwe}]`;
  for (const file of summary.files) {
    for (const f of file.findings) {
      if (!f.suppressed) lines.push(line(f));
      else if (options.verbose) lines.push(paint('dim', `${line(f)} (suppressed, ${f.suppressed.kind}: ${f.suppressed.justification || 'no reason'})`));
    }
  }
  for (const e of summary.ruleErrors) lines.push(`${paint('error', 'rule error')} ${describeRuleError(e)}`);
  if (options.verbose) for (const s of summary.skipped) lines.push(paint('dim', `skipped ${options.relativePath(s.file)}: ${s.reason}${s.detail ? ` (${s.detail})` : ''}`));
  const s = summarise(summary);
  const scanned = summary.files.length;
  lines.push(
    `${s.total} finding${s.total === 1 ? '' : 's'} (${s.error} error, ${s.warning} warning, ${s.info} info), ${s.suppressed} suppressed; ` +
      `${scanned} file${scanned === 1 ? '' : 's'}, ${summary.linesScanned} lines in ${Math.round(summary.durationMs)} ms; ` +
      `${summary.skipped.length} skipped${summary.cancelled ? '; CANCELLED' : ''}`,
  );
  return lines.join('\n') + '\n';
}
