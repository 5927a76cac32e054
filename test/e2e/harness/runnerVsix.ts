// Packs test/e2e/vstest-runner (a test-only extension) into a .vsix with vsce, in a scratch folder.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO_ROOT } from './paths';
import { onAbnormalExit } from './processes';

export function buildRunnerVsix(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-vstest-runner-'));
  onAbnormalExit(() => rmSync(dir, { recursive: true, force: true }));
  cpSync(join(REPO_ROOT, 'test', 'e2e', 'vstest-runner'), dir, { recursive: true });
  writeFileSync(join(dir, 'README.md'), 'Test-only extension: runs Vigil\'s extension-host suite inside code-server.\n');
  const out = join(dir, 'runner.vsix');
  const vsce = join(REPO_ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  const r = spawnSync(process.execPath, [vsce, 'package', '--allow-missing-repository', '--skip-license', '--out', out],
    { cwd: dir, encoding: 'utf8', timeout: 60000 });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`vsce could not pack the runner (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  return out;
}
