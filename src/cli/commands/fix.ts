// `vigil fix FILE --line N`: ask the model for a fix of one finding, verify it, print the patch
// and the receipt. Writes the file only with --apply, and only if it did not change meanwhile.
// The API key comes from ANTHROPIC_API_KEY, read here by the host (the engine never reads env).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPatch } from 'diff';
import { AnthropicFixModel, DailyBudget, FixCache, formatReceipt, prepareFixRequest, previewFixRequest, proposeFix } from '../../engine';
import { parse, UsageError, type Command } from '../args';
import { describeFindings, engineFor, languageOf, positiveLine, resolveAll } from './fixShared';

export const DEFAULT_MODEL = 'claude-sonnet-5-5';

const usage = `Usage: vigil fix FILE --line N [options]

Asks an AI model (Anthropic) for a fix of the finding at line N, verifies it (re-parse, re-scan,
scope and anti-laundering checks) and prints the patch and the verification receipt. Hard-coded
secrets are replaced by placeholders before anything is sent. Nothing is written without --apply.

Options:
  --line N             1-based line of the finding (required)
  --rule ID            the rule, when several findings start on that line
  --dry-run            print the patch only (default)
  --apply              write the verified fix (refused if the file changed since it was read)
  --show-prompt        print exactly what would be sent, and send nothing
  --model M            model id (default ${DEFAULT_MODEL})
  --base-url URL       Messages API base URL (default: Anthropic's)
  --rules DIR          add a rule pack folder (repeatable)
  --root DIR           workspace root (default: cwd)
  --cache-dir DIR      keep verified fixes in DIR and reuse them
  --budget-file FILE   track estimated daily spend in FILE (with --daily-cap)
  --daily-cap USD      refuse once today's estimated spend reaches USD
  -h, --help           show this help

Environment: ANTHROPIC_API_KEY (required unless --show-prompt).
Exit codes: 0 verified fix printed (or applied), 1 no verified fix, 2 usage or configuration error.`;

export const fixCommand: Command = {
  name: 'fix',
  summary: 'propose a verified AI fix for one finding (prints a patch and a receipt)',
  usage,
  async run(argv, io) {
    const { values, positionals } = parse(argv, {
      line: { type: 'string' }, rule: { type: 'string' }, 'dry-run': { type: 'boolean' }, apply: { type: 'boolean' },
      'show-prompt': { type: 'boolean' }, model: { type: 'string' }, 'base-url': { type: 'string' }, rules: { type: 'string', multiple: true },
      root: { type: 'string' }, 'cache-dir': { type: 'string' }, 'budget-file': { type: 'string' }, 'daily-cap': { type: 'string' },
    }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    if (positionals.length !== 1) throw new UsageError(`expected exactly one FILE\n\n${usage}`);
    if (values.apply && values['dry-run']) throw new UsageError('--apply and --dry-run exclude each other');
    const line = positiveLine(values.line);
    if (line === undefined) throw new UsageError(`--line is required\n\n${usage}`);
    const cap = values['daily-cap'] === undefined ? undefined : Number(values['daily-cap']);
    if (cap !== undefined && (!Number.isFinite(cap) || cap < 0)) throw new UsageError('--daily-cap must be a non-negative number of US dollars');

    const file = resolve(io.cwd, positionals[0]);
    const engine = engineFor(resolve(io.cwd, values.root ?? '.'), resolveAll(io.cwd, values.rules));
    try {
      const languageId = languageOf(engine, file);
      const text = readFileSync(file, 'utf8');
      const all = await engine.scanText(file, languageId, text);
      const here = all.filter((f) => f.range.start.line + 1 === line && (!values.rule || f.ruleId === values.rule));
      if (!here.length) {
        io.err(`vigil fix: no finding${values.rule ? ` of ${values.rule}` : ''} starts at line ${line}${all.length ? `; findings in this file:\n${describeFindings(all)}` : ''}\n`);
        return 2;
      }
      if (new Set(here.map((f) => f.ruleId)).size > 1) {
        io.err(`vigil fix: several rules report line ${line}; choose one with --rule:\n${describeFindings(here)}\n`);
        return 2;
      }
      const prepared = await prepareFixRequest(engine, { path: file, languageId, text, finding: here[0] });
      if (values['show-prompt']) { io.out(previewFixRequest(prepared)); return 0; }

      const apiKey = process.env.ANTHROPIC_API_KEY;
      if (!apiKey) { io.err('vigil fix: set ANTHROPIC_API_KEY to your Anthropic API key (or use --show-prompt to see what would be sent)\n'); return 2; }
      const model = new AnthropicFixModel({ apiKey, model: values.model ?? DEFAULT_MODEL, baseURL: values['base-url'] });
      const controller = new AbortController();
      const onSigint = () => controller.abort();
      process.once('SIGINT', onSigint);
      let outcome;
      try {
        outcome = await proposeFix(engine, prepared, {
          model,
          signal: controller.signal,
          cache: values['cache-dir'] ? new FixCache(resolve(io.cwd, values['cache-dir'])) : undefined,
          budget: values['budget-file'] ? new DailyBudget(resolve(io.cwd, values['budget-file']), cap ?? 0) : undefined,
        });
      } finally {
        process.removeListener('SIGINT', onSigint);
      }
      for (const note of outcome.notes) io.err(`vigil fix: note: ${note}\n`);
      const cost = `${outcome.status === 'verified' && outcome.fromCache ? 'from cache, no call made; ' : ''}estimated cost $${outcome.cost.usd.toFixed(4)} (${outcome.cost.usage.inputTokens} input, ${outcome.cost.usage.outputTokens} output tokens; ${outcome.cost.basis})`;
      if (outcome.status === 'failed') { io.err(`vigil fix: ${outcome.message}\n`); return 1; }
      if (outcome.status === 'withdrawn') {
        if (outcome.receipt) io.out(formatReceipt(outcome.receipt));
        io.err(`vigil fix: fix withdrawn: ${outcome.reason}\n`);
        io.err(`vigil fix: ${cost}\n`);
        return 1;
      }
      const rel = engine.relativePath(file);
      io.out(createPatch(rel, text, outcome.fixedText, 'original', 'verified AI fix'));
      io.out('\n' + formatReceipt(outcome.receipt));
      io.out(`\nExplanation (from the model, plain text):\n${outcome.explanation}\n`);
      if (outcome.reviewHints.length) io.out(`\nReview before applying:\n${outcome.reviewHints.map((h) => `  - ${h}`).join('\n')}\n`);
      io.out(`\n${cost}\n`);
      if (!values.apply) return 0;
      if (readFileSync(file, 'utf8') !== text) { io.err(`vigil fix: ${rel} changed since it was read; the fix was not applied\n`); return 1; }
      writeFileSync(file, outcome.fixedText);
      io.err(`vigil fix: applied to ${rel}\n`);
      return 0;
    } finally {
      engine.dispose();
    }
  },
};
