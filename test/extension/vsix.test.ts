// What the .vsix would carry (vsce's own listing, offline): only what runs. No source maps, no
// sources, no tests or rule fixtures, no node_modules.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from '../helpers/engine';

describe('vsix contents', function () {
  this.timeout(60000);

  it('lists only the bundles, grammars, rule YAML, media and top-level docs', () => {
    const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    const r = spawnSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: REPO_ROOT, encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const files = r.stdout.split('\n').map((l) => l.trim()).filter(Boolean);
    const allowed = [/^dist\/[\w-]+\.js$/, /^grammars\/[\w-]+\.wasm$/, /^grammars\/languages\.json$/, /^rules\/[\w-]+\/[\w.-]+\.ya?ml$/, /^media\/[\w-]+\.(png|svg)$/, /^(README\.md|LICENSE|package\.json)$/];
    assert.deepEqual(files.filter((f) => !allowed.some((re) => re.test(f))), []);
    for (const needed of ['dist/extension.js', 'dist/server.js', 'grammars/web-tree-sitter.wasm', 'grammars/languages.json', 'media/icon.png', 'package.json']) {
      assert.ok(files.includes(needed), `${needed} is packaged`);
    }
  });
});
