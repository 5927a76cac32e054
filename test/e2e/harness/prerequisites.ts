// Decides whether the e2e suite can run here. Missing chromium means SKIP with a loud message
// (a newcomer's `npm test` still works), unless VIGIL_E2E_REQUIRED=1 (CI), where it means FAIL.
// Missing code-server is installed on the spot by .ci/install-e2e.sh (the npm registry is
// reachable); if that fails, the same skip-or-fail rule applies.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, CODE_SERVER_ENTRY, INSTALL_SCRIPT, REPO_ROOT } from './paths';

export const E2E_REQUIRED = process.env.VIGIL_E2E_REQUIRED === '1';

export type Readiness = { ready: true } | { ready: false; reason: string };

export function ensurePrerequisites(): Readiness {
  if (process.env.VIGIL_E2E_SKIP === '1') {
    return { ready: false, reason: 'VIGIL_E2E_SKIP=1 is set' };
  }
  if (!process.env.VIGIL_E2E_VSIX && !existsSync(join(REPO_ROOT, 'src', 'extension', 'extension.ts'))) {
    return { ready: false, reason: 'the VS Code extension (src/extension/extension.ts) is not on this branch' };
  }
  if (!existsSync(CHROMIUM)) {
    return {
      ready: false,
      reason: `${CHROMIUM} not found. Install it with \`sudo apt-get install chromium\` `
        + '(or run `bash .ci/install-e2e.sh`, which also installs code-server).',
    };
  }
  if (!existsSync(CODE_SERVER_ENTRY)) {
    console.log('      e2e: code-server is not installed yet; running .ci/install-e2e.sh (about a minute)…');
    const r = spawnSync('bash', [INSTALL_SCRIPT], { cwd: REPO_ROOT, stdio: 'inherit' });
    if (r.status !== 0 || !existsSync(CODE_SERVER_ENTRY)) {
      return { ready: false, reason: `.ci/install-e2e.sh failed (exit ${r.status}); run it by hand to see why.` };
    }
  }
  return { ready: true };
}

/** Prints a banner nobody can miss, so a skipped suite is never mistaken for a passing one. */
export function announceSkip(reason: string): void {
  const line = '!'.repeat(78);
  console.log(`\n${line}\n!! VIGIL E2E SUITE SKIPPED: ${reason}\n`
    + '!! The editor end-to-end tests did NOT run. Set VIGIL_E2E_REQUIRED=1 to make this a failure.\n'
    + `${line}\n`);
}
