// `vigil verify-fix ORIGINAL CANDIDATE`: run the verification gate on a fix produced elsewhere.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatReceipt, verifyCandidate } from '../../engine';
import { oneOf, parse, UsageError, type Command } from '../args';
import { engineFor, languageOf, positiveLine, resolveAll } from './fixShared';

const usage = `Usage: vigil verify-fix ORIGINAL CANDIDATE [options]

Runs Vigil's fix verification gate on CANDIDATE, a fixed version of ORIGINAL produced elsewhere,
and prints one receipt per finding of ORIGINAL it is meant to fix.

Options:
  --line N             only the findings starting at this 1-based line (default: all)
  --rule ID            only findings of this rule
  --format text|json   output format (default text)
  --rules DIR          add a rule pack folder (repeatable)
  --root DIR           workspace root (default: cwd)
  -h, --help           show this help

Exit codes: 0 every receipt accepted, 1 a receipt rejected, 2 usage error or no such finding.`;

export const verifyFixCommand: Command = {
  name: 'verify-fix',
  summary: 'verify a candidate fix with the gate (receipt per finding)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      line: { type: 'string' }, rule: { type: 'string' }, format: { type: 'string' }, rules: { type: 'string', multiple: true }, root: { type: 'string' },
    }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    if (positionals.length !== 2) throw new UsageError(`expected ORIGINAL and CANDIDATE\n\n${usage}`);
    const format = oneOf(values.format, ['text', 'json'] as const, '--format', 'text');
    const line = positiveLine(values.line);
    const [originalPath, candidatePath] = positionals.map((p) => resolve(io.cwd, p));
    const engine = engineFor(resolve(io.cwd, values.root ?? '.'), resolveAll(io.cwd, values.rules));
    try {
      const languageId = languageOf(engine, originalPath);
      const original = readFileSync(originalPath, 'utf8');
      const candidate = readFileSync(candidatePath, 'utf8');
      const verdicts = await verifyCandidate(engine, { path: originalPath, languageId, original, candidate, line, ruleId: values.rule });
      if (!verdicts.length) {
        io.err(`vigil verify-fix: ${engine.relativePath(originalPath)} has no finding${values.rule ? ` of ${values.rule}` : ''}${line ? ` at line ${line}` : ''} to verify a fix for\n`);
        return 2;
      }
      if (format === 'json') {
        io.out(JSON.stringify({ accepted: verdicts.every((v) => v.receipt.accepted), results: verdicts.map((v) => ({ ruleId: v.finding.ruleId, line: v.finding.range.start.line + 1, fingerprint: v.finding.fingerprint, receipt: v.receipt })) }, null, 2) + '\n');
      } else {
        for (const v of verdicts) io.out(`${engine.relativePath(originalPath)}:${v.finding.range.start.line + 1} ${v.finding.ruleId}\n${formatReceipt(v.receipt)}\n`);
      }
      return verdicts.every((v) => v.receipt.accepted) ? 0 : 1;
    } finally {
      engine.dispose();
    }
  },
};
