// Where the e2e suite finds its tools and puts its output.
import { join } from 'node:path';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
export const CHROMIUM = process.env.VIGIL_E2E_CHROMIUM ?? '/usr/bin/chromium';
export const INSTALL_SCRIPT = join(REPO_ROOT, '.ci', 'install-e2e.sh');
export const CODE_SERVER_ENTRY = join(
  REPO_ROOT, '.e2e', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js',
);
export const DEMO_APP = join(REPO_ROOT, 'test', 'fixtures', 'demo-app');
/** Screenshots of every step; git-ignored, kept by CI as artifacts. */
export const ARTIFACTS = join(REPO_ROOT, 'test-artifacts', 'e2e');
