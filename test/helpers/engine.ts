// Shared test helpers: an engine over the repository's assets, and paths into test fixtures.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Engine, type EngineOptions } from '../../src/engine';

export const REPO_ROOT = join(__dirname, '..', '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
export const DEMO_APP = join(FIXTURES, 'demo-app');

export function makeEngine(options: EngineOptions = {}): Engine {
  return new Engine({ assetRoot: REPO_ROOT, workspaceRoot: REPO_ROOT, trustWorkspace: false, ...options });
}

/** Every source file the engine can parse under rules/, test/corpus and the demo app (rule fixtures, corpus, demo). */
export function sampleSourceFiles(engine: Engine): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir)) {
      const full = join(dir, e);
      if (statSync(full).isDirectory()) walk(full);
      else if (engine.languageForPath(full)) out.push(full);
    }
  };
  for (const dir of [join(REPO_ROOT, 'rules'), join(REPO_ROOT, 'test', 'corpus'), DEMO_APP]) walk(dir);
  return out;
}
