// The `vigil/scanWorkspace` request: every folder with its own engine and config, progress with
// file counts, cancellation keeping partial results, exclusions, diagnostics for files never opened.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CancellationTokenSource } from 'vscode-jsonrpc/node';
import type { WorkspaceScanReport } from '../../src/server/protocol';
import { TestClient, uri } from './lspClient';

const EVAL = 'function h(req) {\n  return eval(req.query.x);\n}\n';
const YAML_LOAD = 'import yaml\nyaml.load(open("f"))\n';

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-ws-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('language server: workspace scan', function () {
  this.timeout(60000);

  it('scans every folder with its own config, reports progress and publishes diagnostics for unopened files', async () => {
    const a = workspace({ 'src/app.js': EVAL, 'src/generated/gen.js': EVAL, 'job.py': YAML_LOAD, '.gitignore': 'ignored/\n', 'ignored/x.js': EVAL });
    // Folder b switches the eval rule off in its own .vigil/config.json: per-folder engines.
    const b = workspace({ 'lib/run.js': EVAL, 'task.py': YAML_LOAD, '.vigil/config.json': JSON.stringify({ disable: ['js-eval-injection'] }) });
    const client = await TestClient.start({ folders: [a, b], initializationOptions: { trustWorkspace: true, settings: { debounceMs: 0 } } });
    try {
      const report = await client.connection.sendRequest<WorkspaceScanReport>('vigil/scanWorkspace', { exclude: ['**/generated'], workDoneToken: 'scan-1' });
      assert.equal(report.cancelled, false);
      // app.js, job.py, run.js, task.py, and b/.vigil/config.json (JSON is a scanned language too).
      assert.equal(report.filesScanned, 5, JSON.stringify(report, null, 1));
      const found = report.findings.map((f) => `${f.uri.replace(uri(a), 'A').replace(uri(b), 'B')}:${f.line}:${f.ruleId}`).sort();
      assert.deepEqual(found, ['A/job.py:1:py-yaml-unsafe-load', 'A/src/app.js:1:js-eval-injection', 'B/task.py:1:py-yaml-unsafe-load']);
      assert.deepEqual(report.bySeverity, { error: 3, warning: 0, info: 0 });
      const reasons = Object.fromEntries(report.skipped.map((s) => [s.uri.replace(uri(a), 'A').replace(uri(b), 'B'), s.reason]));
      assert.equal(reasons['A/src/generated'], 'excluded-by-config');
      assert.equal(reasons['A/ignored'], 'ignored-by-gitignore');
      // Progress: begin, reports carrying file counts, end.
      const kinds = client.progress.filter((p) => p.token === 'scan-1').map((p) => p.value.kind);
      assert.equal(kinds[0], 'begin');
      assert.equal(kinds[kinds.length - 1], 'end');
      const messages = client.progress.filter((p) => p.value.kind === 'report').map((p) => p.value.message as string);
      assert.ok(messages.some((m) => /\b3\/3 files$/.test(m)), messages.join(' | '));
      // Diagnostics for a file that was never opened.
      const diags = await client.diagnosticsFor(uri(join(a, 'src/app.js')));
      assert.deepEqual(diags.map((d) => d.code), ['js-eval-injection']);
      // Clearing removes them.
      const since = client.published.length;
      await client.connection.sendRequest('vigil/clearFindings');
      assert.deepEqual(await client.diagnosticsFor(uri(join(a, 'src/app.js')), undefined, since), []);
    } finally {
      await client.stop();
    }
  });

  it('warns once about a broken workspace rule while the other rules keep working', async () => {
    const root = workspace({ '.vigil/rules/bad-rule.yaml': 'id: bad-rule\ntitle: [unclosed\n', 'app.js': EVAL });
    const client = await TestClient.start({ folders: [root], initializationOptions: { trustWorkspace: true, settings: { debounceMs: 0 } } });
    try {
      const u = uri(join(root, 'app.js'));
      client.open(u, 'javascript', EVAL, 1);
      assert.deepEqual((await client.diagnosticsFor(u, 1)).map((d) => d.code), ['js-eval-injection']);
      const warning = await client.waitFor(() => client.messages.find((m) => m.type === 2), 'a warning');
      assert.match(warning.message, /bad-rule\.yaml:\d+(:\d+)?: .*The other rules still run\.$/);
      client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
      await client.diagnosticsFor(u, 2);
      assert.equal(client.messages.filter((m) => m.type === 2).length, 1, 'not repeated on every scan');
    } finally {
      await client.stop();
    }
  });

  it('stops when the request is cancelled and returns the partial result', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 400; i++) files[`f${String(i).padStart(3, '0')}.js`] = EVAL.repeat(20);
    const root = workspace(files);
    const client = await TestClient.start({ folders: [root] });
    try {
      const source = new CancellationTokenSource();
      const pending = client.connection.sendRequest<WorkspaceScanReport>('vigil/scanWorkspace', { workDoneToken: 'scan-2' }, source.token);
      await client.waitFor(() => client.progress.find((p) => p.token === 'scan-2' && p.value.kind === 'report'), 'first progress report');
      source.cancel();
      const report = await pending;
      assert.equal(report.cancelled, true);
      assert.ok(report.filesScanned < 400, `scanned ${report.filesScanned} of 400`);
      assert.equal(client.progress.filter((p) => p.token === 'scan-2').at(-1)?.value.kind, 'end');
    } finally {
      await client.stop();
    }
  });
});
