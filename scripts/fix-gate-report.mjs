// Reports the AI-fix verification gate's error rates on the labelled candidate fixes in
// test/fix/labelled/cases/: how often it ACCEPTS a wrong fix and REJECTS a right one.
// Run after `npx tsc -p .` (it uses the compiled out/ tree). `--write` records the figures in
// test/fix/labelled/recorded.json, which a mocha test guards against regressions.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { evaluateLabelled, figures } = require(join(root, 'out', 'test', 'fix', 'labelled', 'evaluate.js'));

const cases = await evaluateLabelled(root);
const pct = (n, d) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
const byRule = new Map();
for (const c of cases) {
  const r = byRule.get(c.rule) ?? { right: 0, wrong: 0, rightRejected: 0, wrongAccepted: 0 };
  r[c.label]++;
  if (c.label === 'right' && !c.accepted) r.rightRejected++;
  if (c.label === 'wrong' && c.accepted) r.wrongAccepted++;
  byRule.set(c.rule, r);
}
console.log('rule                   right  rejected   wrong  accepted');
for (const [rule, r] of byRule) {
  console.log(`${rule.padEnd(22)} ${String(r.right).padStart(5)} ${String(r.rightRejected).padStart(9)} ${String(r.wrong).padStart(7)} ${String(r.wrongAccepted).padStart(9)}`);
}
const f = figures(cases);
console.log(`\nwrong-fix acceptance: ${f.wrongAccepted.length}/${f.wrong} = ${pct(f.wrongAccepted.length, f.wrong)}`);
console.log(`right-fix rejection:  ${f.rightRejected.length}/${f.right} = ${pct(f.rightRejected.length, f.right)}`);
const show = (title, ids) => {
  if (!ids.length) return;
  console.log(`\n${title}:`);
  for (const id of ids) {
    const c = cases.find((x) => x.id === id);
    console.log(`  ${id}  (${c.kind})${c.failed.length ? `  failed: ${c.failed.join(', ')}` : ''}`);
  }
};
show('wrong fixes the gate ACCEPTS', f.wrongAccepted);
show('right fixes the gate REJECTS', f.rightRejected);
if (process.argv.includes('--write')) {
  writeFileSync(join(root, 'test', 'fix', 'labelled', 'recorded.json'), JSON.stringify(f, null, 2) + '\n');
  console.log('\nrecorded in test/fix/labelled/recorded.json');
}
