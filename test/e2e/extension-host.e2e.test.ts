// The extension-host suite (test/vscode/suite, mocha inside VS Code's extension host, written for
// @vscode/test-electron) run inside code-server instead: @vscode/test-electron needs to download
// VS Code, which is impossible here. A test-only runner extension (test/e2e/vstest-runner) loads
// the suite, and its outcome and mocha report come back through a JSON file.
import assert from 'node:assert/strict';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { resetArtifacts, saveLogs } from './harness/artifacts';
import { CodeServer } from './harness/codeServer';
import { REPO_ROOT } from './harness/paths';
import { poll } from './harness/poll';
import { announceSkip, ensurePrerequisites, E2E_REQUIRED } from './harness/prerequisites';
import { buildRunnerVsix } from './harness/runnerVsix';
import { buildVsix } from './harness/vsix';
import { Workbench } from './harness/workbench';

const SUITE_DIR = join(REPO_ROOT, 'out', 'test', 'vscode', 'suite');

interface Outcome { done: boolean; failures: number; error?: string; tests: { title: string; state: string; error?: string; ms?: number }[] }

describe('Vigil extension-host suite (test/vscode) inside code-server (e2e)', function () {
  this.timeout(240000);
  let server: CodeServer | undefined;
  let wb: Workbench | undefined;
  let runnerVsix: string | undefined;

  before(function () {
    const readiness = ensurePrerequisites();
    if (readiness.ready && !existsSync(join(SUITE_DIR, 'extension.vstest.js'))) {
      Object.assign(readiness, { ready: false, reason: `${SUITE_DIR}/extension.vstest.js is missing (run \`npx tsc -p .\`)` });
    }
    if (!readiness.ready) {
      const reason = (readiness as { reason: string }).reason;
      if (E2E_REQUIRED) throw new Error(`VIGIL_E2E_REQUIRED=1 but the e2e suite cannot run: ${reason}`);
      announceSkip(reason);
      this.skip();
    }
  });

  afterEach(async function () {
    if (this.currentTest?.state === 'failed' && server) {
      await wb?.screenshot('FAILED-extension-host-suite').catch(() => undefined);
      console.log(`      e2e logs saved in ${saveLogs(server.logFile, server.userDataDir, 'logs-extension-host')}`);
    }
  });

  after(async function () {
    this.timeout(30000);
    await wb?.close();
    await server?.stop();
    if (runnerVsix) rmSync(dirname(runnerVsix), { recursive: true, force: true });
  });

  it('passes in the extension host of VS Code 1.100 (code-server)', async () => {
    resetArtifacts();
    const vsix = buildVsix();
    runnerVsix = buildRunnerVsix();
    const resultFile = join(REPO_ROOT, 'test-artifacts', 'e2e', 'extension-host-suite.json');
    rmSync(resultFile, { force: true });
    server = await CodeServer.start({
      vsix: [vsix, runnerVsix],
      workspaceSource: join(REPO_ROOT, 'test', 'vscode', 'workspace'),
      settings: {
        'workbench.startupEditor': 'none',
        'telemetry.telemetryLevel': 'off',
        'security.workspace.trust.enabled': false,
        'extensions.autoUpdate': false,
        'extensions.autoCheckUpdates': false,
        'git.enabled': false,
      },
      env: { VIGIL_VSTEST_MOCHA: require.resolve('mocha'), VIGIL_VSTEST_RESULT: resultFile },
    });
    // The suite goes INSIDE the installed Vigil extension, as with @vscode/test-electron (whose
    // extensionDevelopmentPath is the repository): VS Code hands `require('vscode')` the API object
    // of the extension owning the requiring file, and the suite patches window.showInputBox on the
    // object Vigil itself uses.
    const installed = readdirSync(server.extensionsDir).find((d) => d.startsWith('vigil.vigil-security-'));
    assert.ok(installed, `Vigil is installed in ${server.extensionsDir}`);
    const suiteCopy = join(server.extensionsDir, installed, 'vstest');
    cpSync(SUITE_DIR, suiteCopy, { recursive: true, filter: (src) => !src.endsWith('.map') });
    // The extension host starts when a window connects.
    wb = await Workbench.open(server.url, join(server.scratch, 'browser-profile'), join(server.scratch, 'browser-home'));
    const outcome = await poll('the extension-host suite to finish', async () => {
      if (!existsSync(resultFile)) return undefined;
      return JSON.parse(readFileSync(resultFile, 'utf8')) as Outcome;
    }, 170000, 500);
    await wb.screenshot('extension-host-suite-done');
    const report = outcome.tests.map((t) => `${t.state === 'passed' ? '✔' : t.state === 'failed' ? '✘' : '-'} ${t.title}${t.error ? `\n    ${t.error.split('\n').slice(0, 6).join('\n    ')}` : ''}`).join('\n');
    console.log(report.replace(/^/gm, '      | '));
    assert.equal(outcome.error, undefined, outcome.error);
    assert.ok(outcome.tests.length > 0, 'the suite ran tests');
    assert.deepEqual(outcome.tests.filter((t) => t.state !== 'passed').map((t) => t.title), [], report);
    assert.equal(outcome.failures, 0);
  });
});
