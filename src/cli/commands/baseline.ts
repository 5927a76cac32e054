// `vigil baseline`: accept the current findings, so that only new ones fail CI.
import { resolve } from 'node:path';
import { BASELINE_FILE, Engine, writeBaseline } from '../../engine';
import { parse, type Command, resolveAll } from '../args';

const usage = `Usage: vigil baseline [paths…] [--output FILE] [--root DIR]

Scans like \`vigil scan\` and writes every unsuppressed finding's fingerprint to the baseline
(default .vigil/baseline.json under the root). Later scans report those findings as suppressed.
Review the file before committing it: each entry is a risk the team accepts.`;

export const baselineCommand: Command = {
  name: 'baseline',
  summary: 'write a baseline of accepted findings',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, { output: { type: 'string' }, root: { type: 'string' }, rules: { type: 'string', multiple: true } }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    const root = resolve(io.cwd, values.root ?? '.');
    const engine = new Engine({ workspaceRoot: root, extraRuleDirs: resolveAll(io.cwd, values.rules) });
    const summary = await engine.scanFiles((positionals.length ? positionals : ['.']).map((p) => resolve(io.cwd, p)), { baseline: false });
    const file = resolve(root, values.output ?? BASELINE_FILE);
    const baseline = writeBaseline(file, summary.files.flatMap((f) => f.findings), (f) => engine.relativePath(f.file));
    io.out(`wrote ${baseline.entries.length} accepted findings to ${engine.relativePath(file)}\n`);
    for (const e of summary.ruleErrors) io.err(`vigil: rule error: ${e.file}: ${e.message}\n`);
    return summary.ruleErrors.length ? 2 : 0;
  },
};
