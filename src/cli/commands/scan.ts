// `vigil scan`: scan files and folders, print text / JSON / SARIF, exit by threshold.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Engine, formatText, SEVERITY_RANK, summarise, toSarif, type Severity } from '../../engine';
import { oneOf, parse, UsageError, type Command, resolveAll } from '../args';
import { VERSION } from '../version';

const usage = `Usage: vigil scan [paths…] [options]

Scans files and folders (default: the current folder) and prints the findings.

Options:
  --format text|json|sarif   output format (default text)
  --output FILE              write the report to FILE instead of stdout
  --fail-on LEVEL            exit 1 when a finding at or above LEVEL is present:
                             error, warning, info or none (default error)
  --rules DIR                add a rule pack folder (repeatable)
  --baseline FILE            baseline of accepted findings (default .vigil/baseline.json if present)
  --no-baseline              ignore any baseline
  --root DIR                 workspace root for config, rule packs and relative paths (default: cwd)
  --jobs N                   scan on N worker threads (default 1; pays off only for very large trees)
  --verbose                  also list suppressed findings and skipped files
  -h, --help                 show this help

Exit codes: 0 nothing at or above the threshold, 1 findings at or above it, 2 usage or configuration error.`;

export const scanCommand: Command = {
  name: 'scan',
  summary: 'scan files and folders for security problems',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      format: { type: 'string' },
      output: { type: 'string' },
      'fail-on': { type: 'string' },
      rules: { type: 'string', multiple: true },
      baseline: { type: 'string' },
      'no-baseline': { type: 'boolean' },
      root: { type: 'string' },
      verbose: { type: 'boolean' },
      jobs: { type: 'string' },
    }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    const format = oneOf(values.format, ['text', 'json', 'sarif'] as const, '--format', 'text');
    const failOn = oneOf(values['fail-on'], ['error', 'warning', 'info', 'none'] as const, '--fail-on', 'error');
    const root = resolve(io.cwd, values.root ?? '.');
    const engine = new Engine({ workspaceRoot: root, extraRuleDirs: resolveAll(io.cwd, values.rules) });
    const paths = (positionals.length ? positionals : ['.']).map((p) => resolve(io.cwd, p));
    const baseline = values['no-baseline'] ? false : values.baseline ? resolve(io.cwd, values.baseline) : undefined;
    const jobs = values.jobs === undefined ? 1 : Number(values.jobs);
    if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError(`--jobs must be a positive whole number; got '${values.jobs}'`);
    const summary = await engine.scanFiles(paths, { baseline, workers: jobs });
    const rel = (f: string) => engine.relativePath(f);
    let report: string;
    if (format === 'sarif') report = JSON.stringify(toSarif(summary, { rules: engine.rules.rules, root, relativePath: rel, version: VERSION }), null, 2) + '\n';
    else if (format === 'json') report = JSON.stringify({ version: VERSION, ...summary, files: summary.files.map((f) => ({ ...f, file: rel(f.file), findings: f.findings.map((x) => ({ ...x, file: rel(x.file) })) })), skipped: summary.skipped.map((s) => ({ ...s, file: rel(s.file) })) }, null, 2) + '\n';
    else report = formatText(summary, { colour: io.isTty && !values.output, relativePath: rel, verbose: values.verbose });
    if (values.output) {
      writeFileSync(resolve(io.cwd, values.output), report);
      const s = summarise(summary);
      io.err(`vigil: wrote ${format} report to ${values.output}: ${s.total} findings (${s.error} error, ${s.warning} warning, ${s.info} info), ${s.suppressed} suppressed\n`);
    } else io.out(report);
    if (format !== 'text') for (const e of summary.ruleErrors) io.err(`vigil: rule error: ${e.file}${e.line ? `:${e.line}` : ''}${e.column ? `:${e.column}` : ''}: ${e.message}\n`);
    engine.dispose();
    if (summary.ruleErrors.length) return 2;
    if (failOn === 'none') return 0;
    const threshold = SEVERITY_RANK[failOn as Severity];
    const failing = summary.files.some((f) => f.findings.some((x) => !x.suppressed && SEVERITY_RANK[x.severity] >= threshold));
    return failing ? 1 : 0;
  },
};
