// Builds the extension package exactly as a release does (`npm run package`: minified bundles +
// vsce), so the e2e suite tests the .vsix users install, not the development tree.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';

let built: string | undefined;

/** The packaged extension, built once per test run (every e2e file installs the same package). */
export function buildVsix(): string {
  built ??= packageExtension();
  return built;
}

function packageExtension(): string {
  // A pre-built package (e.g. a release candidate) can be tested as is.
  if (process.env.VIGIL_E2E_VSIX) return process.env.VIGIL_E2E_VSIX;
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    version: string; scripts?: Record<string, string>;
  };
  if (!manifest.scripts?.package) {
    throw new Error('package.json has no "package" script: the VS Code extension is not on this branch');
  }
  const vsix = join(REPO_ROOT, `vigil-${manifest.version}.vsix`);
  const started = Date.now();
  const r = spawnSync('npm', ['run', '--silent', 'package'], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 120000 });
  if (r.status !== 0 || !existsSync(vsix) || statSync(vsix).mtimeMs < started - 1000) {
    throw new Error(`npm run package did not produce ${vsix} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  }
  return vsix;
}
