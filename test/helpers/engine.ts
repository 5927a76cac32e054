// Shared test helpers: an engine over the repository's assets, and paths into test fixtures.
import { join } from 'node:path';
import { Engine, type EngineOptions } from '../../src/engine';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
export const DEMO_APP = join(FIXTURES, 'demo-app');

export function makeEngine(options: EngineOptions = {}): Engine {
  return new Engine({ assetRoot: REPO_ROOT, workspaceRoot: REPO_ROOT, trustWorkspace: false, ...options });
}
