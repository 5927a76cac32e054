// Median latency of one AI fix end to end against the local fake Anthropic server (real SDK,
// streaming): prepare (parse, scan, redact) + model call + gate (re-parse, re-scan). The model's
// own thinking time is NOT included: a real API adds seconds. Run after `npx tsc -p .`.
// Usage: node scripts/bench-fix.mjs [runs=40]
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const out = (p) => require(join(root, 'out', p));
const { AnthropicFixModel, prepareFixRequest, proposeFix, runGate } = out('src/engine/index.js');
const { FakeAnthropic } = out('test/fix/fake-anthropic.js');
const { makeFixEngine, fixtureSource, findingAt } = out('test/fix/helpers.js');

const runs = Number(process.argv[2] ?? 40);
const fake = new FakeAnthropic();
const baseURL = await fake.start();
const engine = makeFixEngine();
const model = new AnthropicFixModel({ apiKey: fake.apiKey, model: 'claude-sonnet-5-5', baseURL });
// A larger file too: the fixture followed by ~2,000 lines of ordinary functions.
const filler = Array.from({ length: 250 }, (_, i) => `function helper${i}(a, b) {\n  const sum = a + b * ${i};\n  if (sum > ${i}) return String(sum);\n  const parts = [a, b].map((x) => x * 2);\n  console.log(parts.join(','));\n  return parts.length;\n}\n`).join('\n');
const sizes = process.argv.includes('--large') ? [fixtureSource() + filler] : [fixtureSource(), fixtureSource() + filler];
for (const text of sizes) {
const finding = await findingAt(engine, 'app.js', 'javascript', text, 27);
const reply = { kind: 'tool', input: { edits: [{ old_text: 'const result = eval(req.query.expr);', new_text: 'const result = JSON.parse(req.query.expr);' }], explanation: 'Parse as JSON.' } };

const total = [];
const gate = [];
for (let i = 0; i < runs + 3; i++) {
  fake.script(reply);
  const t0 = performance.now();
  const prepared = await prepareFixRequest(engine, { path: 'app.js', languageId: 'javascript', text, finding });
  const outcome = await proposeFix(engine, prepared, { model });
  const t1 = performance.now();
  if (outcome.status !== 'verified') throw new Error(`unexpected outcome ${outcome.status}`);
  const g0 = performance.now();
  await runGate({ engine, path: 'app.js', languageId: 'javascript', original: text, finding, changes: outcome.changes });
  const g1 = performance.now();
  if (i >= 3) { total.push(t1 - t0); gate.push(g1 - g0); } // first runs warm up WASM and the SDK
}
const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(1)} ms, p90 ${q(0.9).toFixed(1)} ms, min ${s[0].toFixed(1)} ms`;
};
console.log(`AI fix end to end against the fake server (${runs} runs, ${text.split('\n').length}-line file): ${stats(total)}`);
console.log(`verification gate alone (re-parse + re-scan + checks):                ${stats(gate)}`);
}
engine.dispose();
await fake.close();
