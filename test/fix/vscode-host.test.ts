// The VS Code host's flow against a fake `vscode` module (see fake-vscode.ts) and the fake
// Anthropic server: consent and preview before the first send, the diff and the receipt, apply
// only on "Apply fix" as one edit, re-verification when the document changed, refusals.
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEngine, REPO_ROOT } from '../helpers/engine';
import { FakeAnthropic, type Reply } from './fake-anthropic';
import { fakeContext, FakeDocument, FakeUri, installFakeVscode } from './fake-vscode';
import { fixtureSource, plantedSecrets } from './helpers';

const GOOD: Reply = { kind: 'tool', input: { edits: [{ old_text: 'const result = eval(req.query.expr);', new_text: 'const result = JSON.parse(req.query.expr);' }], explanation: 'Parse as JSON. <b>not markup</b>' } };
const BAD: Reply = { kind: 'tool', input: { edits: [{ old_text: 'const result = eval(req.query.expr);', new_text: 'const result = req.query.expr;' }], explanation: 'x' } };

describe('VS Code host: vigil.fixWithAI (fake vscode API)', function () {
  this.timeout(30000);
  let fake: FakeAnthropic;
  let baseURL: string;
  let vs: ReturnType<typeof installFakeVscode>;
  let doc: FakeDocument;
  let args: { uri: string; version: number; fingerprint: string; ruleId: string; line: number };
  let secrets: Record<string, string>;

  before(async () => { fake = new FakeAnthropic(); baseURL = await fake.start(); });
  after(async () => { await fake.close(); });

  beforeEach(async () => {
    fake.requests.length = 0;
    fake.violations.length = 0;
    fake.forbidden = Object.values(plantedSecrets());
    vs = installFakeVscode();
    vs.state.settings['vigil.ai.baseUrl'] = baseURL;
    const uri = FakeUri.file(join(mkdtempSync(join(tmpdir(), 'vigil-vs-')), 'app.js'));
    doc = new FakeDocument(uri, fixtureSource(), 'javascript');
    vs.state.documents.set(uri.toString(), doc);
    const engine = makeEngine();
    const f = (await engine.scanText(uri.fsPath, 'javascript', doc.text)).find((x) => x.ruleId === 'js-eval-injection')!;
    engine.dispose();
    args = { uri: uri.toString(), version: doc.version, fingerprint: f.fingerprint, ruleId: f.ruleId, line: f.range.start.line };
    secrets = { 'vigil.anthropicApiKey': fake.apiKey };
    // Fresh module so that it binds to this test's fake vscode.
    // (src/extension/config.ts too: the AI settings are read through it since the lsp merge.)
    for (const k of Object.keys(require.cache)) if (k.includes(`${join('src', 'extension')}`)) delete require.cache[k];
    // require, not import(): with module node16 tsc keeps import() native, and the ESM loader's
    // cache would ignore the require.cache purge above. (e2e merge with main's tsconfig)
    const { registerAiFix } = require('../../src/extension/aiFix/index') as typeof import('../../src/extension/aiFix/index.js');
    const context = fakeContext(mkdtempSync(join(tmpdir(), 'vigil-gs-')), REPO_ROOT, secrets);
    registerAiFix(context as never);
  });

  afterEach(() => {
    vs.restore();
    assert.deepEqual(fake.violations, []);
    assert.equal(fake.pending, 0);
  });

  const run = () => vs.state.commands.get('vigil.fixWithAI')!(args) as Promise<void>;
  const messages = () => vs.state.shown.map((s) => `${s.kind}: ${s.message}`);

  it('preview, send, diff with receipt, then "Apply fix" applies one edit', async () => {
    fake.script(GOOD);
    vs.state.answers.push('Preview what will be sent', 'Send', 'Apply fix');
    await run();
    assert.equal(vs.state.opened.length, 1, 'the preview was opened');
    assert.match(vs.state.opened[0], /=== system prompt/);
    assert.match(vs.state.opened[0], /__VIGIL_SECRET_\d+__/);
    const diff = vs.state.executed.find((e) => e.command === 'vscode.diff')!;
    assert.ok(diff, 'the diff editor was opened');
    const proposalUri = diff.args[1] as FakeUri;
    assert.equal(proposalUri.scheme, 'vigil-fix');
    const confirm = vs.state.shown.find((s) => s.message === 'Apply the verified AI fix?')!;
    assert.deepEqual(confirm.items, ['Apply fix', 'Discard']);
    assert.match(confirm.detail!, /ACCEPTED/);
    assert.match(confirm.detail!, /Parse as JSON\. <b>not markup<\/b>/);
    assert.match(confirm.detail!, /Cost: about \$/);
    assert.equal(vs.state.applied, 1);
    assert.equal(doc.text, fixtureSource().replace('eval(req.query.expr)', 'JSON.parse(req.query.expr)'));
  });

  it('"Discard" leaves the document untouched; the second run skips the consent modal and reuses the verified fix', async () => {
    fake.script(GOOD);
    vs.state.answers.push('Send', 'Discard', 'Discard');
    await run();
    await run();
    assert.equal(fake.requests.length, 1, 'the second run is answered from the fix cache');
    assert.match(vs.state.shown.filter((s) => s.message === 'Apply the verified AI fix?')[1].detail!, /Cost: none \(verified fix reused from the cache\)/);
    assert.equal(vs.state.applied, 0);
    assert.equal(doc.text, fixtureSource());
    assert.equal(vs.state.shown.filter((s) => s.message === 'Send code to the AI model?').length, 1);
  });

  it('closing the consent modal sends nothing', async () => {
    vs.state.answers.push(undefined);
    await run();
    assert.equal(fake.requests.length, 0);
  });

  it('the document changed before "Apply fix": re-verified against the new text', async () => {
    fake.script(GOOD);
    vs.state.answers.push('Send', 'Apply fix');
    vs.state.duringProgress = () => doc.type(doc.text.replace('function other', '// typed meanwhile\nfunction other'));
    await run();
    assert.equal(vs.state.applied, 1);
    assert.equal(doc.text, fixtureSource().replace('function other', '// typed meanwhile\nfunction other').replace('eval(req.query.expr)', 'JSON.parse(req.query.expr)'));
  });

  it('the vulnerable line was edited meanwhile: nothing is applied, with the reason', async () => {
    fake.script(GOOD);
    vs.state.answers.push('Send', 'Apply fix');
    vs.state.duringProgress = () => doc.type(doc.text.replace('eval(req.query.expr)', 'eval(req.query.expr2)'));
    await run();
    assert.equal(vs.state.applied, 0);
    assert.match(messages().join('\n'), /warning: Vigil: the document changed and the fix no longer verifies/);
  });

  it('a withdrawn fix is a warning; nothing is applied', async () => {
    fake.script(BAD, BAD);
    vs.state.answers.push('Send', undefined);
    await run();
    assert.equal(vs.state.applied, 0);
    assert.match(messages().join('\n'), /warning: Vigil withdrew the AI fix: it did not pass verification/);
  });

  it('cancelling the progress aborts quietly', async () => {
    fake.script({ kind: 'stall' });
    vs.state.answers.push('Send');
    vs.state.duringProgress = (cancel) => { fake.onStreamStarted = () => cancel(); };
    await run();
    fake.onStreamStarted = undefined;
    assert.equal(vs.state.applied, 0);
    assert.deepEqual(messages().filter((m) => m.startsWith('error')), []);
  });

  it('no API key: explains how to set it, with a button running vigil.setApiKey', async () => {
    delete secrets['vigil.anthropicApiKey'];
    vs.state.answers.push('Set API key', 'sk-typed-by-user');
    await run();
    assert.match(messages()[0], /needs an Anthropic API key/);
    assert.ok(vs.state.executed.some((e) => e.command === 'vigil.setApiKey'));
    assert.equal(secrets['vigil.anthropicApiKey'], 'sk-typed-by-user');
    assert.equal(fake.requests.length, 0);
  });

  it('untrusted workspace or AI disabled: refused, nothing sent', async () => {
    vs.state.trusted = false;
    await run();
    vs.state.trusted = true;
    vs.state.settings['vigil.ai.enabled'] = false;
    await run();
    assert.match(messages().join('\n'), /disabled in untrusted workspaces[\s\S]*turned off \(setting vigil\.ai\.enabled\)/);
    assert.equal(fake.requests.length, 0);
  });
});
