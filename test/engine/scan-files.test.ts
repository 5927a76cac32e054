// scanFiles: bounded, cancellable, honours .gitignore and default excludes, and reports every
// skipped file with its reason (a 5 MB minified file, a binary, invalid UTF-8 …) without crashing.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeBaseline } from '../../src/engine';
import { makeEngine } from '../helpers/engine';

function makeTree(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-files-'));
  const put = (rel: string, content: string | Buffer) => {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), content);
  };
  put('src/app.js', 'function run(x) { return eval(x); }\n');
  put('src/util.py', 'import yaml\nconf = yaml.load(open("c"))\n');
  put('src/big.min.js', 'var a=1;'.repeat(5 * 1024 * 1024 / 8));
  put('src/bundle.js', ('function f(a){return a+1};').repeat(4000));
  put('src/logo.js', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]));
  put('src/latin1.py', Buffer.from('x = "caf\xe9"\n', 'latin1'));
  put('src/notes.txt', 'eval(x)');
  put('node_modules/dep/index.js', 'eval(x)');
  put('generated/out.js', 'eval(x)');
  put('.gitignore', 'generated/\n');
  return dir;
}

describe('scanFiles', () => {
  it('scans supported files and reports each skipped file with its reason', async () => {
    const dir = makeTree();
    const engine = makeEngine({ workspaceRoot: dir });
    const summary = await engine.scanFiles([dir], { baseline: false });
    const scanned = summary.files.map((f) => engine.relativePath(f.file));
    assert.deepEqual(scanned, ['src/app.js', 'src/util.py']);
    const reasons = Object.fromEntries(summary.skipped.map((s) => [engine.relativePath(s.file), s.reason]));
    assert.deepEqual(reasons, {
      'node_modules': 'excluded-directory',
      'generated': 'ignored-by-gitignore',
      'src/big.min.js': 'too-large',
      'src/bundle.js': 'minified',
      'src/logo.js': 'binary',
      'src/latin1.py': 'invalid-utf8',
      'src/notes.txt': 'unsupported-language',
    });
    assert.deepEqual(summary.files.flatMap((f) => f.findings.map((x) => x.ruleId)).sort(), ['js-eval-injection', 'py-yaml-unsafe-load']);
  });

  it('reports progress for every file and stops when cancelled', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-cancel-'));
    for (let i = 0; i < 40; i++) writeFileSync(join(dir, `f${i}.js`), 'eval(x)\n');
    const engine = makeEngine({ workspaceRoot: dir });
    const progress: number[] = [];
    const all = await engine.scanFiles([dir], { onProgress: (p) => progress.push(p.done), concurrency: 2 });
    assert.equal(all.files.length, 40);
    assert.deepEqual(progress, Array.from({ length: 40 }, (_, i) => i + 1));

    const controller = new AbortController();
    const partial = await engine.scanFiles([dir], { signal: controller.signal, concurrency: 1, onProgress: (p) => { if (p.done === 5) controller.abort(); } });
    assert.equal(partial.cancelled, true);
    assert.ok(partial.files.length >= 5 && partial.files.length < 40, `scanned ${partial.files.length}`);
  });

  it('gives the same results on worker threads as in-process', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-workers-'));
    for (let i = 0; i < 150; i++) writeFileSync(join(dir, `f${i}.${i % 2 ? 'js' : 'py'}`), i % 2 ? `function f${i}(x) { return eval(x + ${i}); }\n` : `import yaml\nv${i} = yaml.load(s)\n`);
    const brief = (s: Awaited<ReturnType<ReturnType<typeof makeEngine>['scanFiles']>>) =>
      s.files.flatMap((f) => f.findings.map((x) => `${f.file}:${x.range.start.line}:${x.ruleId}:${x.fingerprint}`));
    const inProcess = await makeEngine({ workspaceRoot: dir }).scanFiles([dir], { workers: 1 });
    const progress: number[] = [];
    const pooled = await makeEngine({ workspaceRoot: dir }).scanFiles([dir], { workers: 2, onProgress: (p) => progress.push(p.done) });
    assert.equal(inProcess.files.length, 150);
    assert.deepEqual(brief(pooled), brief(inProcess));
    assert.equal(progress.length, 150);
    assert.equal(pooled.cancelled, false);
  });

  it('marks baselined findings as suppressed and still reports new ones', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-baseline-'));
    writeFileSync(join(dir, 'a.js'), 'function a(x) { eval(x); }\n');
    const engine = makeEngine({ workspaceRoot: dir });
    const first = await engine.scanFiles([dir], { baseline: false });
    const baseline = writeBaseline(join(dir, '.vigil', 'baseline.json'), first.files.flatMap((f) => f.findings), (f) => engine.relativePath(f.file));
    assert.equal(baseline.entries.length, 1);
    writeFileSync(join(dir, 'a.js'), '// moved down by a comment\nfunction a(x) { eval(x); }\nfunction b(y) { eval(y); }\n');
    const second = await engine.scanFiles([dir]);
    const findings = second.files.flatMap((f) => f.findings);
    assert.equal(findings.length, 2);
    assert.equal(findings[0].suppressed?.kind, 'baseline');
    assert.equal(findings[1].suppressed, undefined);
  });

  it('honours exclude globs from .vigil/config.json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-config-'));
    mkdirSync(join(dir, '.vigil'));
    mkdirSync(join(dir, 'scripts'));
    writeFileSync(join(dir, '.vigil', 'config.json'), JSON.stringify({ exclude: ['scripts/'], disable: ['py-yaml-unsafe-load'] }));
    writeFileSync(join(dir, 'scripts', 'x.js'), 'eval(x)\n');
    writeFileSync(join(dir, 'a.py'), 'import yaml\nyaml.load(s)\n');
    const engine = makeEngine({ workspaceRoot: dir, trustWorkspace: true });
    const summary = await engine.scanFiles([dir]);
    assert.deepEqual(summary.files.flatMap((f) => f.findings), []);
    assert.ok(summary.skipped.some((s) => s.reason === 'excluded-by-config' && s.file.endsWith('scripts')));
  });
});
