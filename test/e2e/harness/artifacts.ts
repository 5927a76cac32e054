// What a failed CI run leaves behind to debug from: screenshots (taken by the tests) plus the
// code-server log and VS Code's own logs (extension host, the Vigil output channel).
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ARTIFACTS } from './paths';

let reset = false;

/** Empties test-artifacts/e2e once per test run (several e2e files write there). */
export function resetArtifacts(): void {
  if (reset) return;
  reset = true;
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
}

export function saveLogs(codeServerLog: string, userDataDir: string, name = 'logs'): string {
  const target = join(ARTIFACTS, name);
  mkdirSync(target, { recursive: true });
  if (existsSync(codeServerLog)) cpSync(codeServerLog, join(target, 'code-server.log'));
  const vscodeLogs = join(userDataDir, 'logs');
  if (existsSync(vscodeLogs) && readdirSync(vscodeLogs).length > 0) cpSync(vscodeLogs, join(target, 'vscode'), { recursive: true });
  return target;
}
