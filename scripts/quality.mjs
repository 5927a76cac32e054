// Precision / recall / false-positive rate over test/corpus, per language and per CWE.
// Usage: npx tsc -p . && node scripts/quality.mjs [--write-baseline]
// (--write-baseline records the current figures as the new minimums; review the diff.)
import { existsSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const helper = join(root, 'out', 'test', 'helpers', 'quality.js');
if (!existsSync(helper)) {
  console.error('quality: run `npx tsc -p .` first (needs out/test/helpers/quality.js)');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const { measureQuality, formatQuality, regressions } = require(helper);
const { makeEngine } = require(join(root, 'out', 'test', 'helpers', 'engine.js'));
const corpus = join(root, 'test', 'corpus');
const report = await measureQuality(makeEngine(), corpus);
console.log(`${report.files} corpus files\n`);
console.log(formatQuality(report));
const baselineFile = join(corpus, 'quality-baseline.json');
const pick = (o) => Object.fromEntries(Object.entries(o).map(([k, f]) => [k, { precision: f.precision, recall: f.recall, fpr: f.fpr }]));
if (process.argv.includes('--write-baseline')) {
  writeFileSync(baselineFile, JSON.stringify({ languages: pick(report.languages), cwes: pick(report.cwes) }, null, 2) + '\n');
  console.log(`\nwrote ${baselineFile}`);
} else if (existsSync(baselineFile)) {
  const { readFileSync } = await import('node:fs');
  const problems = regressions(report, JSON.parse(readFileSync(baselineFile, 'utf8')));
  console.log(problems.length ? `\nBELOW BASELINE:\n${problems.join('\n')}` : '\nat or above baseline');
  process.exitCode = problems.length ? 1 : 0;
}
