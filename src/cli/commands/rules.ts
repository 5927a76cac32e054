// `vigil rules list` and `vigil rules test [DIR]`.
import { resolve } from 'node:path';
import { Engine, runFixtures } from '../../engine';
import { describeRuleError } from '../../engine/report/sarif';
import { oneOf, parse, UsageError, type Command, resolveAll } from '../args';

const usage = `Usage: vigil rules list [--format text|json] [--rules DIR]
       vigil rules test [DIR] [--rule ID]

list   prints every rule in force (built-in, workspace and --rules packs).
test   runs the annotated fixtures beside each rule (\`ruleid:\` lines must be flagged,
       \`ok:\` lines must not); with DIR, only that pack's rules. Exit 1 when a check fails.`;

export const rulesCommand: Command = {
  name: 'rules',
  summary: 'list rules, or test a rule pack against its fixtures',
  usage,
  async run(argv, io) {
    const [sub, ...rest] = argv;
    if (!sub || sub === '--help' || sub === '-h') { io.out(usage + '\n'); return sub ? 0 : 2; }
    const { values, positionals } = parse(rest, { format: { type: 'string' }, rules: { type: 'string', multiple: true }, rule: { type: 'string', multiple: true } }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    if (sub === 'list') {
      const engine = new Engine({ workspaceRoot: io.cwd, extraRuleDirs: resolveAll(io.cwd, values.rules) });
      const errors = await engine.compileAll();
      if (oneOf(values.format, ['text', 'json'] as const, '--format', 'text') === 'json') {
        io.out(JSON.stringify(engine.rules.rules.map(({ query: _q, taint: _t, ...r }) => r), null, 2) + '\n');
      } else {
        for (const r of engine.rules.rules) io.out(`${r.id.padEnd(40)} ${r.severity.padEnd(8)} ${r.cwe.padEnd(9)} ${r.languages.join(',').padEnd(24)} ${r.pack}\n`);
        io.out(`${engine.rules.rules.length} rules\n`);
      }
      for (const e of errors) io.err(`vigil: rule error: ${describeRuleError(e)}\n`);
      return errors.length ? 2 : 0;
    }
    if (sub === 'test') {
      if (positionals.length > 1) throw new UsageError(usage);
      const engine = positionals[0]
        ? new Engine({ workspaceRoot: io.cwd, trustWorkspace: false, builtinRuleDirs: [resolve(io.cwd, positionals[0])] })
        : new Engine({ workspaceRoot: io.cwd });
      const errors = await engine.compileAll();
      for (const e of errors) io.err(`vigil: rule error: ${describeRuleError(e)}\n`);
      const report = await runFixtures(engine, values.rule);
      for (const f of report.failures) io.out(`FAIL ${f.ruleId} ${f.file}${f.line ? `:${f.line}` : ''}: ${f.message}\n`);
      io.out(`${report.rules} rules, ${report.fixtures} fixtures, ${report.checks} checks, ${report.failures.length} failures\n`);
      return errors.length ? 2 : report.failures.length ? 1 : 0;
    }
    throw new UsageError(`unknown subcommand 'rules ${sub}'\n\n${usage}`);
  },
};
