// Build: copy and verify the grammars, then bundle each host with esbuild into dist/.
// Tests run from tsc's output in out/ (see `npm test`); dist/ is what ships.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { syncGrammars } from './grammars.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
syncGrammars();

// One bundle per host; each entry is built when its source exists.
const entries = [
  { in: 'src/cli/main.ts', out: 'cli' },
  { in: 'src/engine/scan/scan-worker.ts', out: 'scan-worker' },
  { in: 'src/server/main.ts', out: 'server' },
  { in: 'src/extension/extension.ts', out: 'extension' },
].filter((e) => existsSync(join(root, e.in)));

const watch = process.argv.includes('--watch');
await build({
  absWorkingDir: root,
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  minify: process.argv.includes('--minify'),
  external: ['vscode'],
  // The ESM build of web-tree-sitter needs import.meta.url, which a CJS bundle lacks.
  alias: { 'web-tree-sitter': './node_modules/web-tree-sitter/web-tree-sitter.cjs' },
  logLevel: watch ? 'info' : 'warning',
});
console.log(`build: ${entries.map((e) => `dist/${e.out}.js`).join(', ')}`);
