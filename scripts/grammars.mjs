// Copies the pinned grammar .wasm files from node_modules into grammars/ and checks each
// against the sha256 recorded in grammars/languages.json. `--update` rewrites the manifest's
// package versions and hashes (run it after bumping a grammar package on purpose).
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const manifestPath = join(root, 'grammars', 'languages.json');

export function syncGrammars({ update = false } = {}) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  const problems = [];
  for (const lang of manifest.languages) {
    const pkgDir = join(root, 'node_modules', lang.package);
    const src = join(pkgDir, lang.packageFile ?? lang.wasm);
    if (!existsSync(src)) { problems.push(`${lang.id}: ${src} is missing (run npm ci)`); continue; }
    const bytes = readFileSync(src);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const version = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).version;
    if (update) { lang.sha256 = sha256; lang.version = version; }
    else if (sha256 !== lang.sha256 || version !== lang.version) {
      problems.push(`${lang.id}: ${lang.package}@${version} sha256 ${sha256} does not match the manifest (${lang.version}, ${lang.sha256}); run node scripts/grammars.mjs --update if the bump is intended`);
      continue;
    }
    copyFileSync(src, join(root, 'grammars', lang.wasm));
  }
  // The web-tree-sitter runtime itself travels with the grammars so every host finds it in one place.
  copyFileSync(join(root, 'node_modules', 'web-tree-sitter', 'web-tree-sitter.wasm'), join(root, 'grammars', 'web-tree-sitter.wasm'));
  if (update) writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  if (problems.length) throw new Error('grammar sync failed:\n  ' + problems.join('\n  '));
  return manifest.languages.length;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = syncGrammars({ update: process.argv.includes('--update') });
  console.log(`grammars: ${n} languages copied and verified`);
}
