// The language server as editors use it: a real JSON-RPC client over stdio against dist/server.js.
// Diagnostics must arrive for the right document version and move with edits; hover and code
// actions must describe and fix the finding; stale versions get nothing; close clears.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Diagnostic, Hover, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { makeEngine, REPO_ROOT } from '../helpers/engine';
import { TestClient, uri } from './lspClient';

const EVAL_JS = [
  'function handler(req, res) {',
  '  const result = eval(req.query.expr);',
  '  res.send(String(result));',
  '}',
  '',
].join('\n');

const YAML_PY = ['import yaml', '', 'def load(stream):', '    return yaml.load(stream)', ''].join('\n');

function byRule(diags: Diagnostic[], rule: string): Diagnostic[] {
  return diags.filter((d) => d.code === rule);
}

function workspace(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-lsp-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('language server (stdio)', function () {
  this.timeout(30000);
  let client: TestClient;
  let root: string;

  beforeEach(async () => {
    root = workspace();
    client = await TestClient.start({ folders: [root] });
  });
  afterEach(async () => {
    await client.stop();
  });

  it('declares incremental sync, hover and quick fixes', () => {
    const caps = client.initializeResult.capabilities;
    assert.deepEqual(caps.textDocumentSync && typeof caps.textDocumentSync === 'object' ? caps.textDocumentSync.change : undefined, 2);
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual((caps.codeActionProvider as { codeActionKinds: string[] }).codeActionKinds, ['quickfix']);
  });

  it('publishes a finding as a diagnostic with rule id, CWE link, source, version and data', async () => {
    const u = uri(join(root, 'handler.js'));
    client.open(u, 'javascript', EVAL_JS, 1);
    const [d] = byRule(await client.diagnosticsFor(u, 1), 'js-eval-injection');
    assert.ok(d, 'eval finding published');
    assert.deepEqual(d.range, { start: { line: 1, character: 17 }, end: { line: 1, character: 37 } });
    assert.equal(d.severity, 1);
    assert.equal(d.source, 'Vigil');
    assert.equal(d.codeDescription?.href, 'https://cwe.mitre.org/data/definitions/95.html');
    assert.match(d.message, /\(CWE-95\)$/);
    const data = d.data as { ruleId: string; fingerprint: string; version: number };
    assert.equal(data.ruleId, 'js-eval-injection');
    assert.equal(data.version, 1);
    assert.match(data.fingerprint, /^[0-9a-f]{32}$/);
  });

  it('moves diagnostics with incremental edits and tracks each version', async () => {
    const u = uri(join(root, 'handler.js'));
    client.open(u, 'javascript', EVAL_JS, 1);
    const first = byRule(await client.diagnosticsFor(u, 1), 'js-eval-injection');
    assert.equal(first[0].range.start.line, 1);
    // Two lines inserted above the function: the finding moves down by two, same fingerprint.
    client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '// header\n// more\n' }]);
    const moved = byRule(await client.diagnosticsFor(u, 2), 'js-eval-injection');
    assert.equal(moved.length, 1);
    assert.equal(moved[0].range.start.line, 3);
    assert.equal(moved[0].range.start.character, first[0].range.start.character);
    assert.equal((moved[0].data as { fingerprint: string }).fingerprint, (first[0].data as { fingerprint: string }).fingerprint);
    // Replace the argument with a constant: the finding goes away.
    client.change(u, 3, [{ range: { start: { line: 3, character: 22 }, end: { line: 3, character: 36 } }, text: "'1 + 2'" }]);
    assert.deepEqual(byRule(await client.diagnosticsFor(u, 3), 'js-eval-injection'), []);
    // Type a second eval on a new line, in two keystroke-sized changes in one notification.
    client.change(u, 4, [
      { range: { start: { line: 4, character: 27 }, end: { line: 4, character: 27 } }, text: '\n  eval(' },
      { range: { start: { line: 5, character: 7 }, end: { line: 5, character: 7 } }, text: 'req.body);' },
    ]);
    const typed = byRule(await client.diagnosticsFor(u, 4), 'js-eval-injection');
    assert.deepEqual(typed.map((d) => d.range), [{ start: { line: 5, character: 2 }, end: { line: 5, character: 16 } }]);
  });

  it('after many random edits, the incremental tree gives the same findings as a fresh scan', async () => {
    const u = uri(join(root, 'fuzz.js'));
    let doc = TextDocument.create(u, 'javascript', 1, EVAL_JS.repeat(5));
    client.open(u, 'javascript', doc.getText(), 1);
    await client.diagnosticsFor(u, 1);
    const pieces = ['eval(x)', ';', '\n', 'eval(req.q)', '}', '{', '"', ' ', 'setTimeout(`a${b}`, 1)', ''];
    let seed = 7;
    const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
    for (let version = 2; version <= 40; version++) {
      const text = doc.getText();
      const a = rand(text.length + 1);
      const b = Math.min(text.length, a + rand(6));
      const change = { range: { start: doc.positionAt(a), end: doc.positionAt(b) }, text: pieces[rand(pieces.length)] };
      doc = TextDocument.update(doc, [change], version);
      client.change(u, version, [change]);
    }
    const live = await client.diagnosticsFor(u, 40);
    const fresh = (await makeEngine().scanText(join(root, 'fuzz.js'), 'javascript', doc.getText())).filter((f) => !f.suppressed);
    assert.deepEqual(live.map((d) => [d.code, d.range]), fresh.map((f) => [f.ruleId, f.range]));
  });

  it('hovers with title, explanation, CWE and OWASP links and how to fix', async () => {
    const u = uri(join(root, 'job.py'));
    client.open(u, 'python', YAML_PY, 1);
    await client.diagnosticsFor(u, 1);
    const hover = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 3, character: 14 } });
    assert.ok(hover);
    const md = (hover.contents as { kind: string; value: string }).value;
    assert.match(md, /Unsafe YAML deserialisation/);
    assert.match(md, /\[CWE-502\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/502\.html\)/);
    assert.match(md, /https:\/\/owasp\.org\/Top10\/A08_2021-Software_and_Data_Integrity_Failures\//);
    assert.match(md, /arbitrary Python objects/);
    assert.match(md, /\*\*How to fix\*\*[\s\S]*Use yaml\.safe_load/);
    const nothing = await client.connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: u }, position: { line: 0, character: 2 } });
    assert.equal(nothing, null);
  });

  it('offers the rule fix as a versioned edit that fixes the code, plus suppress and docs; no AI when untrusted', async () => {
    const u = uri(join(root, 'job.py'));
    client.open(u, 'python', YAML_PY, 1);
    const diagnostics = byRule(await client.diagnosticsFor(u, 1), 'py-yaml-unsafe-load');
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diagnostics[0].range, context: { diagnostics } });
    const fix = actions.find((a) => a.isPreferred);
    assert.ok(fix, 'preferred deterministic fix');
    assert.equal(fix.title, 'Use yaml.safe_load');
    const change = fix.edit!.documentChanges![0] as TextDocumentEdit;
    assert.deepEqual(change.textDocument, { uri: u, version: 1 });
    const fixed = TextDocument.applyEdits(TextDocument.create(u, 'python', 1, YAML_PY), change.edits);
    assert.equal(fixed, YAML_PY.replace('yaml.load(', 'yaml.safe_load('));
    const suppress = actions.find((a) => a.command?.command === 'vigil.suppress');
    assert.deepEqual(suppress?.command?.arguments, [{ uri: u, version: 1, ruleId: 'py-yaml-unsafe-load', line: 3, commentStart: '#', commentEnd: '' }]);
    const doc = actions.find((a) => a.command?.command === 'vigil.showRuleDoc');
    assert.deepEqual(doc?.command?.arguments, [{ ruleId: 'py-yaml-unsafe-load', uri: u }]);
    assert.equal(actions.some((a) => a.command?.command === 'vigil.fixWithAI'), false, 'no AI in an untrusted workspace');
  });

  it('refuses code actions for a diagnostic of an older version', async () => {
    const u = uri(join(root, 'job.py'));
    client.open(u, 'python', YAML_PY, 1);
    const old = byRule(await client.diagnosticsFor(u, 1), 'py-yaml-unsafe-load');
    client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    await client.diagnosticsFor(u, 2);
    const actions = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: old[0].range, context: { diagnostics: old } });
    assert.deepEqual(actions, []);
  });

  it('a newer change supersedes the pending scan: only the latest version is published', async () => {
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vigil: { debounceMs: 300 } } });
    const u = uri(join(root, 'handler.js'));
    client.open(u, 'javascript', EVAL_JS, 1);
    await client.diagnosticsFor(u, 1);
    const since = client.published.length;
    client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    client.change(u, 3, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    const latest = byRule(await client.diagnosticsFor(u, 3, since), 'js-eval-injection');
    assert.equal(latest[0].range.start.line, 3);
    await new Promise((r) => setTimeout(r, 400));
    assert.deepEqual(client.published.slice(since).filter((p) => p.uri === u).map((p) => p.version), [3]);
  });

  it('clears diagnostics when the document closes', async () => {
    const u = uri(join(root, 'handler.js'));
    client.open(u, 'javascript', EVAL_JS, 1);
    assert.ok((await client.diagnosticsFor(u, 1)).length > 0);
    const since = client.published.length;
    client.close(u);
    const cleared = await client.waitFor(() => client.published.slice(since).find((p) => p.uri === u), 'clear on close');
    assert.deepEqual(cleared.diagnostics, []);
  });

  it('filters by minimum severity and stops when disabled', async () => {
    const u = uri(join(root, 'handler.js'));
    client.open(u, 'javascript', EVAL_JS, 1);
    assert.equal(byRule(await client.diagnosticsFor(u, 1), 'js-eval-injection').length, 1);
    let since = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vigil: { enable: false } } });
    assert.deepEqual(await client.waitFor(() => client.published.slice(since).find((p) => p.uri === u)?.diagnostics, 'cleared when disabled'), []);
    since = client.published.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vigil: { enable: true, minimumSeverity: 'error' } } });
    assert.equal(byRule(await client.diagnosticsFor(u, 1, since), 'js-eval-injection').length, 1, 'errors pass an error threshold');
  });

  it('understands other editors\' language ids and honours the languages setting', async () => {
    const emacs = uri(join(root, 'emacs.js'));
    client.open(emacs, 'js', EVAL_JS, 1); // eglot's id for js-mode
    assert.equal(byRule(await client.diagnosticsFor(emacs, 1), 'js-eval-injection').length, 1);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vigil: { languages: ['python'] } } });
    const since = client.published.length;
    const off = uri(join(root, 'off.js'));
    client.open(off, 'javascript', EVAL_JS, 1);
    const py = uri(join(root, 'on.py'));
    client.open(py, 'python', YAML_PY, 1);
    await client.diagnosticsFor(py, 1, since);
    assert.equal(client.published.slice(since).some((p) => p.uri === off), false, 'javascript is switched off');
  });

  it('returns one finding with its rule for the AI fix flow, and null once the document moved on', async () => {
    const u = uri(join(root, 'job.py'));
    client.open(u, 'python', YAML_PY, 1);
    const [d] = byRule(await client.diagnosticsFor(u, 1), 'py-yaml-unsafe-load');
    const fingerprint = (d.data as { fingerprint: string }).fingerprint;
    const got = await client.connection.sendRequest<{ version: number; finding: { ruleId: string; range: unknown; scope: string }; rule: { id: string; cwe: string } } | null>('vigil/finding', { uri: u, fingerprint, version: 1 });
    assert.ok(got);
    assert.equal(got.version, 1);
    assert.equal(got.finding.ruleId, 'py-yaml-unsafe-load');
    assert.deepEqual(got.finding.range, d.range);
    assert.match(got.finding.scope, /(^|\.)load$/);
    assert.equal(got.rule.cwe, 'CWE-502');
    client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
    await client.diagnosticsFor(u, 2);
    assert.equal(await client.connection.sendRequest('vigil/finding', { uri: u, fingerprint, version: 1 }), null);
    const moved = await client.connection.sendRequest<{ version: number; finding: { range: { start: { line: number } } } } | null>('vigil/finding', { uri: u, fingerprint });
    assert.equal(moved?.version, 2);
    assert.equal(moved?.finding.range.start.line, 4);
  });

  it('serves rule documentation', async () => {
    const doc = await client.connection.sendRequest<{ title: string; markdown: string } | null>('vigil/ruleDoc', { ruleId: 'js-eval-injection' });
    assert.ok(doc);
    assert.match(doc.markdown, /^# Code injection through eval or new Function/);
    assert.match(doc.markdown, /CWE-95\]\(https:\/\/cwe\.mitre\.org\/data\/definitions\/95\.html\)/);
    assert.match(doc.markdown, /vigil-ignore: js-eval-injection -- <reason>/);
    assert.equal(await client.connection.sendRequest('vigil/ruleDoc', { ruleId: 'no-such-rule' }), null);
  });
});

describe('language server: trust, AI action, big files', function () {
  this.timeout(30000);

  it('offers "Fix with AI (verified)…" with its arguments in a trusted workspace, and not when ai.enabled is false', async () => {
    const root = workspace();
    const client = await TestClient.start({ folders: [root], initializationOptions: { trustWorkspace: true, settings: { debounceMs: 0 } } });
    try {
      const u = uri(join(root, 'handler.js'));
      client.open(u, 'javascript', EVAL_JS, 1);
      const diagnostics = byRule(await client.diagnosticsFor(u, 1), 'js-eval-injection');
      const ask = () => client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diagnostics[0].range, context: { diagnostics } });
      const ai = (await ask()).find((a) => a.command?.command === 'vigil.fixWithAI');
      assert.ok(ai);
      assert.equal(ai.title, 'Fix with AI (verified)…');
      const fingerprint = (diagnostics[0].data as { fingerprint: string }).fingerprint;
      assert.deepEqual(ai.command!.arguments, [{ uri: u, version: 1, fingerprint, ruleId: 'js-eval-injection', line: 1 }]);
      assert.equal((await ask()).some((a) => a.isPreferred), false, 'js-eval-injection has no deterministic fix');
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { vigil: { ai: { enabled: false } } } });
      assert.equal((await ask()).some((a) => a.command?.command === 'vigil.fixWithAI'), false);
    } finally {
      await client.stop();
    }
  });

  it('scans a file above maxFileSizeKb on open and save only, with a note', async () => {
    const root = workspace();
    const client = await TestClient.start({ folders: [root], initializationOptions: { settings: { debounceMs: 0, maxFileSizeKb: 1 } } });
    try {
      const u = uri(join(root, 'big.js'));
      const text = '// padding\n'.repeat(150) + EVAL_JS;
      client.open(u, 'javascript', text, 1);
      const diags = await client.diagnosticsFor(u, 1);
      assert.equal(diags[0].code, 'vigil-large-file');
      assert.equal(diags[0].severity, 3);
      assert.deepEqual(diags[0].range.start, { line: 0, character: 0 });
      assert.equal(byRule(diags, 'js-eval-injection').length, 1);
      const since = client.published.length;
      client.change(u, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '\n' }]);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(client.published.slice(since).filter((p) => p.uri === u).length, 0, 'no scan while typing');
      void client.connection.sendNotification('textDocument/didSave', { textDocument: { uri: u } });
      const saved = byRule(await client.diagnosticsFor(u, 2, since), 'js-eval-injection');
      assert.equal(saved[0].range.start.line, 152);
    } finally {
      await client.stop();
    }
  });

  it('runs as `vigil lsp --stdio` from the CLI', async () => {
    const root = workspace();
    const client = await TestClient.start({ folders: [root], argv: [join(REPO_ROOT, 'bin', 'vigil.js'), 'lsp', '--stdio'] });
    try {
      const u = uri(join(root, 'job.py'));
      client.open(u, 'python', YAML_PY, 1);
      assert.equal(byRule(await client.diagnosticsFor(u, 1), 'py-yaml-unsafe-load').length, 1);
    } finally {
      await client.stop();
    }
    assert.equal(client.process.exitCode, 0);
  });
});

export { workspace, EVAL_JS, YAML_PY, byRule };
