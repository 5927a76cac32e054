// `npm run bench`: Vigil's speed, measured side by side with a peer in the same run.
//  1. Workspace scan of real JavaScript (sources of packages in node_modules): Vigil vs ESLint with
//     eslint-plugin-security (the usual Node security linter), same files, same process, warm.
//  2. One 5,000-line file per language, warm: parse, full scan (all rules), median of 15 runs.
//  3. The same on 5,000 lines of real, well-maintained code per language (where installed).
// Figures are printed, never asserted: speed is tracked here, not in tests.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { Engine } = require(join(root, 'out/src/engine/index.js'));
const { Edit } = require('web-tree-sitter');

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const time = async (fn) => { const t = performance.now(); await fn(); return performance.now() - t; };

function jsFiles(dir, out = []) {
  for (const e of readdirSync(dir)) {
    const full = join(dir, e);
    const st = statSync(full);
    if (st.isDirectory()) { if (e !== 'node_modules' && e !== 'test') jsFiles(full, out); }
    else if (/\.(c|m)?js$/.test(e) && !/\.min\.js$/.test(e) && st.size < 400_000) out.push(full);
  }
  return out;
}

const PACKAGES = ['eslint/lib', 'mocha/lib', 'yaml/dist', 'ajv/dist', '@anthropic-ai/sdk', 'vscode-languageserver/lib', 'ignore'];
// Copied out of node_modules so that neither tool treats them as dependencies to skip.
const corpus = join(tmpdir(), 'vigil-bench-corpus');
rmSync(corpus, { recursive: true, force: true });
for (const p of PACKAGES) { mkdirSync(join(corpus, p), { recursive: true }); cpSync(join(root, 'node_modules', p), join(corpus, p), { recursive: true }); }
const files = PACKAGES.flatMap((p) => jsFiles(join(corpus, p)));
const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);

console.log(`Corpus: ${files.length} JavaScript files, ${lines} lines from ${PACKAGES.join(', ')}\n`);

// --- 1. Vigil vs ESLint + eslint-plugin-security -------------------------------------------
const engine = new Engine({ assetRoot: root, workspaceRoot: root, trustWorkspace: false });
await engine.scanFiles(files, { baseline: false }); // warm: grammars loaded, queries compiled
const vigilRuns = [];
let vigilFindings = 0;
for (let i = 0; i < 3; i++) {
  vigilRuns.push(await time(async () => {
    const s = await engine.scanFiles(files, { baseline: false, workers: 2 });
    vigilFindings = s.files.reduce((n, f) => n + f.findings.length, 0);
  }));
}

const { ESLint } = require('eslint');
const security = require('eslint-plugin-security');
const eslint = new ESLint({
  cwd: corpus,
  overrideConfigFile: true,
  overrideConfig: [{ ...security.configs.recommended, languageOptions: { ecmaVersion: 'latest', sourceType: 'module' } }],
  ignore: false,
});
await eslint.lintFiles(files);
const eslintRuns = [];
let eslintFindings = 0;
for (let i = 0; i < 3; i++) {
  eslintRuns.push(await time(async () => {
    const results = await eslint.lintFiles(files);
    eslintFindings = results.reduce((n, r) => n + r.messages.filter((m) => m.ruleId?.startsWith('security/')).length, 0);
  }));
}
const singleRuns = [];
for (let i = 0; i < 3; i++) singleRuns.push(await time(() => engine.scanFiles(files, { baseline: false, workers: 1 })));
const v1 = median(singleRuns);
const v = median(vigilRuns);
const e = median(eslintRuns);
console.log('Workspace scan (median of 3, warm)');
console.log(`  Vigil, 2 worker threads (${engine.rules.rules.length} rules) ${v.toFixed(0).padStart(6)} ms  ${(lines / v * 1000).toFixed(0).padStart(8)} lines/s  ${vigilFindings} findings`);
console.log(`  Vigil, one thread              ${v1.toFixed(0).padStart(6)} ms  ${(lines / v1 * 1000).toFixed(0).padStart(8)} lines/s`);
console.log(`  ESLint + eslint-plugin-security ${e.toFixed(0).padStart(6)} ms  ${(lines / e * 1000).toFixed(0).padStart(8)} lines/s  ${eslintFindings} findings`);
console.log(`  ratio: Vigil (default, one thread) takes ${(v1 / e).toFixed(2)}× the time of ESLint+security\n`);

// --- 2. One 5,000-line file per language -----------------------------------------------------
const SAMPLES = {
  javascript: 'test/fixtures/demo-app/web/server.js',
  typescript: 'test/fixtures/demo-app/api/reports.ts',
  python: 'test/fixtures/demo-app/worker/importer.py',
  java: 'test/fixtures/demo-app/billing/src/main/java/com/example/billing/InvoiceRepository.java',
  go: 'test/fixtures/demo-app/gateway/main.go',
  c: 'test/fixtures/demo-app/native/thumbnail.c',
};
console.log('One 5,000-line file, warm (median of 15): full parse, incremental reparse after a one-character edit, all rules on the tree');
console.log('  language     parse ms   reparse ms   rules ms   findings');
for (const [lang, sample] of Object.entries(SAMPLES)) {
  const text = bigFile(readFileSync(join(root, sample), 'utf8'), lang);
  await engine.scanText('bench', lang, text);
  const parse = [];
  const reparse = [];
  const rules = [];
  let count = 0;
  const at = Math.floor(text.length / 2);
  const edited = text.slice(0, at) + ' ' + text.slice(at);
  for (let i = 0; i < 15; i++) {
    let tree;
    parse.push(await time(async () => { tree = await engine.parse(lang, text); }));
    rules.push(await time(async () => { count = (await engine.scanTree('bench', lang, text, tree)).length; }));
    reparse.push(await time(async () => {
      tree.edit(editAt(text, at));
      const next = await engine.parse(lang, edited, tree);
      next.delete();
    }));
    tree.delete();
  }
  console.log(`  ${lang.padEnd(12)} ${median(parse).toFixed(1).padStart(8)}   ${median(reparse).toFixed(1).padStart(10)}   ${median(rules).toFixed(1).padStart(8)}   ${String(count).padStart(8)}`);
}

// --- 3. Real code: 5,000 lines of well-maintained sources, where present on this machine ----
// The demo files above are dense worst cases (every function a vulnerable handler). Real code is
// what a developer mostly has open: few sources, few sinks. Debian packages provide the non-JS
// samples (python3-django, golang-1.19-src, openjdk-17-source, bluez-source); missing ones are skipped.
const REAL = [
  ['javascript', 'acorn/dist/acorn.js', () => read(join(root, 'node_modules/acorn/dist/acorn.js'))],
  ['typescript', 'zod/src/v3/types.ts', () => read(join(root, 'node_modules/zod/src/v3/types.ts'))],
  ['python', 'django/db/models (sql/query.py, query.py, base.py)', () => ['sql/query.py', 'query.py', 'base.py'].map((f) => read(`/usr/lib/python3/dist-packages/django/db/models/${f}`)).join('\n')],
  ['java', 'java/util/Collections.java (OpenJDK 17)', () => sh('unzip', ['-p', '/usr/lib/jvm/openjdk-17/lib/src.zip', 'java.base/java/util/Collections.java'])],
  ['go', 'net/http (server.go, transport.go)', () => read('/usr/share/go-1.19/src/net/http/server.go') + read('/usr/share/go-1.19/src/net/http/transport.go').replace(/^package .*$/m, '')],
  ['c', 'bluez src/adapter.c', () => sh('tar', ['-xjOf', '/usr/src/bluez.tar.bz2', 'bluez-source/src/adapter.c'])],
];
console.log('\nReal code, first 5,000 lines, warm (median of 15): all rules on the tree');
console.log('  language     rules ms   findings   source');
for (const [lang, label, load] of REAL) {
  let text;
  try { text = load(); } catch { text = ''; }
  if (!text) { console.log(`  ${lang.padEnd(12)} skipped: ${label} not installed`); continue; }
  text = text.split('\n').slice(0, 5000).join('\n');
  const rules = [];
  let count = 0;
  for (let i = 0; i < 15; i++) {
    // A fresh tree each time, as after an edit: analyses cached per tree must not flatter the figure.
    const tree = await engine.parse(lang, text);
    rules.push(await time(async () => { count = (await engine.scanTree('bench', lang, text, tree)).length; }));
    tree.delete();
  }
  console.log(`  ${lang.padEnd(12)} ${median(rules).toFixed(1).padStart(8)}   ${String(count).padStart(8)}   ${label}`);
}

function read(file) {
  return readFileSync(file, 'utf8');
}

function sh(cmd, args) {
  return execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'ignore'] });
}

function editAt(text, index) {
  const before = text.slice(0, index).split('\n');
  const row = before.length - 1;
  const column = before[row].length;
  return new Edit({
    startIndex: index, oldEndIndex: index, newEndIndex: index + 1,
    startPosition: { row, column }, oldEndPosition: { row, column }, newEndPosition: { row, column: column + 1 },
  });
}

/** Repeats a realistic file's body up to 5,000 lines; Java/Go/C keep one header. */
function bigFile(text, lang) {
  const out = [];
  let n = 0;
  let i = 0;
  while (n < 5000) {
    let chunk = text;
    if (i > 0 && lang === 'java') chunk = text.replace(/^package[^\n]*\n|^import[^\n]*\n/gm, '').replace(/class (\w+)/, `class $1${i}`);
    if (i > 0 && lang === 'go') chunk = text.replace(/^package[^\n]*\n/m, '').replace(/import \([^)]*\)/, '').replace(/func (\w+)/g, `func $1${i}`).replace(/var db \*sql\.DB/, '');
    if (i > 0 && (lang === 'c')) chunk = text.replace(/^#include[^\n]*\n/gm, '').replace(/(\w+)\(/g, (m, f) => (/^(set_title|set_title_safe|log_caption|read_answer|read_answer_safe)$/.test(f) ? `${f}_${i}(` : m));
    if (i > 0 && lang === 'python') chunk = text.replace(/^def (\w+)/gm, `def $1_${i}`);
    if (i > 0 && (lang === 'javascript' || lang === 'typescript')) chunk = text.replace(/\bfunction (\w+)/g, `function $1_${i}`).replace(/^(const|let) (\w+) =/gm, `$1 $2_${i} =`).replace(/^export function (\w+)/gm, `export function $1_${i}`).replace(/^import[^\n]*\n/gm, '');
    if (n + chunk.split('\n').length > 5000 && i > 0) break;
    out.push(chunk);
    n += chunk.split('\n').length;
    i++;
  }
  // Whole copies only (a copy cut in the middle would leave a syntax error across the file),
  // padded with comment lines to exactly 5,000.
  const comment = lang === 'python' ? '#' : '//';
  const lines = out.join('\n').split('\n');
  while (lines.length < 5000) lines.push(`${comment} padding`);
  return lines.join('\n');
}
engine.dispose();
