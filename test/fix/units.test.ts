// Small pieces of the AI-fix engine: secret detection and placeholders, invisible characters,
// tool-input validation, cost estimate and daily cap, candidate diffs.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyFixChanges as applyChanges, changesFromCandidate, DailyBudget, estimateCost, findInvisible, findSecrets, isBlockedFile, parseProposal, Redactor, stripInvisible } from '../../src/engine';
import { fixtureSource, plantedSecrets } from './helpers';

describe('AI fix: redaction', () => {
  it('finds every planted secret format in the fixture', () => {
    const text = fixtureSource();
    const spans = findSecrets(text);
    const found = spans.map((s) => text.slice(s.start, s.end));
    const s = plantedSecrets();
    for (const [name, value] of Object.entries(s)) {
      assert.ok(found.some((f) => f.includes(value)), `${name} not detected`);
    }
    const kinds = new Set(spans.map((x) => x.kind));
    for (const k of ['aws-access-key-id', 'aws-secret-access-key', 'gcp-api-key', 'github-token', 'slack-token', 'anthropic-key', 'stripe-key', 'jwt', 'connection-string-password', 'private-key', 'high-entropy-string']) {
      assert.ok(kinds.has(k), `kind ${k}`);
    }
    // Only the password of a connection string is secret; the URL's shape stays readable.
    assert.ok(found.includes(s.dbPassword));
  });

  it('leaves ordinary code alone', () => {
    const code = [
      "const path = 'src/engine/fix/redact.ts';",
      "const type = 'application/json; charset=utf-8';",
      "const sql = 'SELECT * FROM users WHERE id = ?';",
      "const url = 'https://example.com/api/v1/users?page=2';",
      "const hash = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';",
      "const camel = 'thisIsAFairlyLongIdentifierName';",
      "const db = 'postgres://localhost:5432/app';",
    ].join('\n');
    assert.deepEqual(findSecrets(code).map((s) => code.slice(s.start, s.end)), []);
  });

  it('numbers secrets consistently and restores edits only when placeholders are intact', () => {
    const key = 'sk_live_' + 'a1B2c3D4e5F6g7H8i9J0';
    const text = `const k = '${key}';\nconst j = '${key}';\n`;
    const r = Redactor.forFile(text);
    const sent = r.slice(0, text.length);
    assert.equal(sent, "const k = '__VIGIL_SECRET_1__';\nconst j = '__VIGIL_SECRET_1__';\n");
    assert.deepEqual(r.restore("'__VIGIL_SECRET_1__'", "process.env.K ?? '__VIGIL_SECRET_1__'", false), { oldText: `'${key}'`, newText: `process.env.K ?? '${key}'` });
    assert.match((r.restore('x', '__VIGIL_SECRET_2__', false) as any).problem, /unknown secret placeholder/);
    assert.match((r.restore('__VIGIL_SECRET_1__', '__VIGIL_SECRET_1_', false) as any).problem, /altered/);
    assert.match((r.restore('__VIGIL_SECRET_1__', 'VIGIL_SECRET_1', false) as any).problem, /altered/);
    assert.match((r.restore('a', '__VIGIL_SECRET_1__', false) as any).problem, /copies/);
    assert.match((r.restore('__VIGIL_SECRET_1__', 'process.env.K', false) as any).problem, /drops/);
    assert.ok('newText' in r.restore('__VIGIL_SECRET_1__', 'process.env.K', true), 'a hard-coded-credential fix may move the secret out');
    assert.equal(r.text(`message mentions ${key}`), 'message mentions __VIGIL_SECRET_1__');
  });

  it('never sends secrets files', () => {
    for (const f of ['.env', '.env.production', 'server.pem', 'tls.key', 'id_rsa', 'id_ed25519.pub', '/home/u/.npmrc']) assert.ok(isBlockedFile(f), f);
    for (const f of ['env.js', 'keys.ts', 'main.py', 'pem.go']) assert.ok(!isBlockedFile(f), f);
  });
});

describe('AI fix: invisible characters', () => {
  it('finds and strips zero-width and bidi controls', () => {
    const t = 'a\u202Eb\u2066c\u200Bd\uFEFFe';
    assert.deepEqual(findInvisible(t), { count: 4, codePoints: ['U+202E', 'U+2066', 'U+200B', 'U+FEFF'] });
    assert.equal(stripInvisible(t), 'abcde');
    assert.equal(findInvisible('plain ünïcödé 😀').count, 0);
  });
});

describe('AI fix: tool input validation', () => {
  it('accepts the schema and rejects everything else with a reason', () => {
    assert.deepEqual(parseProposal({ edits: [{ old_text: 'a', new_text: 'b' }], explanation: 'x\u0007y' }), { edits: [{ old_text: 'a', new_text: 'b' }], explanation: 'xy' });
    assert.match(parseProposal(null) as string, /not an object/);
    assert.match(parseProposal({ edits: [], explanation: '' }) as string, /non-empty array/);
    assert.match(parseProposal({ edits: [{ old_text: 'a' }], explanation: '' }) as string, /needs string old_text and new_text/);
    assert.match(parseProposal({ edits: [{ old_text: 'a', new_text: 'b', line: 3 }], explanation: '' }) as string, /unexpected field\(s\) line/);
    assert.match(parseProposal({ edits: [{ old_text: 'a', new_text: 'b' }], explanation: '', run: 'rm -rf /' }) as string, /unexpected field\(s\) run/);
  });
});

describe('AI fix: cost estimate and daily cap', () => {
  it('prices by model family and says it is an estimate', () => {
    const usage = { inputTokens: 1_000_000, outputTokens: 1_000_000, cacheReadTokens: 0, cacheWriteTokens: 0 };
    assert.equal(estimateCost('claude-sonnet-5-5', usage).usd, 18);
    assert.equal(estimateCost('claude-haiku-9', usage).usd, 6);
    assert.match(estimateCost('mystery-model', usage).basis, /^estimate: unknown model mystery-model priced as the most expensive family/);
    assert.equal(estimateCost('claude-sonnet-5-5', { ...usage, inputTokens: 0, outputTokens: 0, cacheReadTokens: 1_000_000 }).usd, 0.3);
  });

  it('refuses once the cap is reached and starts afresh the next UTC day', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vigil-budget-')), 'b.json');
    let now = new Date('2026-11-29T23:00:00Z');
    const b = new DailyBudget(file, 0.05, () => now);
    b.assertAvailable();
    b.record(0.03);
    b.assertAvailable();
    b.record(0.03);
    assert.throws(() => b.assertAvailable(), /budget is used up \(estimated \$0\.0600 of \$0\.05\)/);
    now = new Date('2026-11-30T00:01:00Z');
    b.assertAvailable();
    assert.equal(b.spentToday(), 0);
    writeFileSync(file, '{broken');
    assert.equal(b.spentToday(), 0, 'a damaged state file does not block forever');
    assert.doesNotThrow(() => new DailyBudget(file, 0).assertAvailable(), 'cap 0 means no cap');
  });
});

describe('AI fix: candidate diffs', () => {
  it('turns a candidate into changes that reproduce it', () => {
    const a = 'one\ntwo\nthree\nfour\n';
    for (const b of ['one\nTWO\nthree\nfour\n', 'zero\none\ntwo\nthree\nfour\nfive\n', 'one\nfour\n', '', 'one\ntwo\nthree\nfour']) {
      assert.equal(applyChanges(a, changesFromCandidate(a, b)), b);
    }
  });
});

describe('AI fix: hard-coded credential findings are redacted whatever they look like', () => {
  it('a CWE-798 finding\'s literal becomes a placeholder even when it has low entropy', async () => {
    const { makeFixEngine } = await import('./helpers.js');
    const { prepareFixRequest } = await import('../../src/engine/index.js');
    const engine = makeFixEngine();
    const text = "function login(req) {\n  const password = 'hunter2';\n  if (req.body.user === 'hunter2') return false;\n  return eval(req.body.expr) && password;\n}\n";
    const finding = (await engine.scanText('login.js', 'javascript', text)).find((f) => f.ruleId === 'js-eval-injection')!;
    const prepared = await prepareFixRequest(engine, { path: 'login.js', languageId: 'javascript', text, finding });
    assert.ok(!prepared.user.includes('hunter2'));
    assert.match(prepared.user, /const password = '__VIGIL_SECRET_1__';/);
    assert.match(prepared.user, /req\.body\.user === '__VIGIL_SECRET_1__'/, 'the same value elsewhere is replaced too');
    engine.dispose();
  });
});

describe('AI fix: the VS Code command argument', () => {
  it('accepts exactly the shape the code action passes', async () => {
    const { parseFixArgs } = await import('../../src/extension/aiFix/args.js');
    const good = { uri: 'file:///w/a.js', version: 3, fingerprint: 'abc', ruleId: 'js-eval-injection', line: 26 };
    assert.deepEqual(parseFixArgs(good), good);
    assert.equal(parseFixArgs({ ...good, version: '3' }), undefined);
    assert.equal(parseFixArgs({ uri: 'file:///w/a.js' }), undefined);
    assert.equal(parseFixArgs(undefined), undefined);
  });
});

describe('AI fix: the gate\'s incremental re-parse', () => {
  it('gives the same tree as a full parse, for single, multiple and multi-line changes', async () => {
    const { makeFixEngine } = await import('./helpers.js');
    const { editedCopy } = await import('../../src/engine/fix/gate.js');
    const engine = makeFixEngine();
    const original = "import x from 'y';\nfunction f(a) {\n  const s = '😀';\n  return eval(a);\n}\nfunction g() { return 1; }\n";
    const candidates = [
      original.replace('eval(a)', 'JSON.parse(a)'),
      original.replace("import x from 'y';", "import x from 'y';\nimport z from 'z';").replace('eval(a)', 'z(a)'),
      original.replace('  return eval(a);\n', '  if (!a) {\n    return null;\n  }\n  return JSON.parse(a);\n'),
      original.replace('return 1;', 'return (;'),
    ];
    const tree = await engine.parse('javascript', original);
    for (const fixed of candidates) {
      const changes = changesFromCandidate(original, fixed);
      const copy = editedCopy(tree, original, changes);
      const incremental = await engine.parse('javascript', fixed, copy);
      const full = await engine.parse('javascript', fixed);
      assert.equal(incremental.rootNode.toString(), full.rootNode.toString());
      for (const t of [copy, incremental, full]) t.delete();
    }
    tree.delete();
    engine.dispose();
  });
});

describe('AI fix: rule postconditions', () => {
  it('every postcondition query (built-in and test-local packs) compiles for each of its languages', async () => {
    const { makeFixEngine } = await import('./helpers.js');
    // require: native import() would load web-tree-sitter's ESM build, a second, uninitialised
    // copy. (e2e merge with main's node16 tsconfig)
    const { Query } = require('web-tree-sitter') as typeof import('web-tree-sitter');
    const engine = makeFixEngine();
    const withPost = engine.rules.rules.filter((r) => r.postcondition?.mustMatch);
    assert.ok(withPost.some((r) => r.id === 'js-eval-injection'), 'the built-in eval rule declares one');
    for (const rule of withPost) {
      for (const lang of rule.languages) {
        const q = new Query(await engine.registry.load(lang), rule.postcondition!.mustMatch!);
        q.delete();
      }
    }
    engine.dispose();
  });
});

describe('the fake Anthropic server itself', () => {
  it('answers non-streaming requests through the real SDK and accepts x-api-key', async () => {
    const { FakeAnthropic } = await import('./fake-anthropic.js');
    const Anthropic = (await import('@anthropic-ai/sdk')).default;
    const fake = new FakeAnthropic();
    const baseURL = await fake.start();
    try {
      fake.script({ kind: 'tool', input: { edits: [], explanation: 'x' } });
      const client = new Anthropic({ apiKey: fake.apiKey, baseURL, maxRetries: 0 });
      const msg = await client.messages.create({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], tool_choice: { type: 'tool', name: 'propose_fix' }, tools: [{ name: 'propose_fix', input_schema: { type: 'object' } }] });
      assert.equal(msg.stop_reason, 'tool_use');
      assert.deepEqual(msg.content[0].type === 'tool_use' && msg.content[0].input, { edits: [], explanation: 'x' });
      const viaHeader = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'x-api-key': fake.apiKey, 'content-type': 'application/json' }, body: '{}' });
      assert.equal(viaHeader.status, 500, 'authenticated (no scripted reply left), not 401');
      const wrong = await fetch(`${baseURL}/v1/messages`, { method: 'POST', headers: { 'x-api-key': 'nope' }, body: '{}' });
      assert.equal(wrong.status, 401);
    } finally {
      await fake.close();
    }
  });
});

describe('AI fix: the path sent', () => {
  it('is workspace-relative inside the workspace and only the file name outside it', async () => {
    const { prepareFixRequest, Engine } = await import('../../src/engine/index.js');
    const { REPO_ROOT } = await import('../helpers/engine.js');
    const text = 'function f(x) {\n  return eval(x);\n}\n';
    const engine = new Engine({ assetRoot: REPO_ROOT, workspaceRoot: join(REPO_ROOT, 'test'), trustWorkspace: false });
    for (const [path, shown] of [[join(REPO_ROOT, 'test', 'src', 'a.js'), 'src/a.js'], ['/home/someone/private/project/b.js', 'b.js']]) {
      const finding = (await engine.scanText(path, 'javascript', text))[0];
      const prepared = await prepareFixRequest(engine, { path, languageId: 'javascript', text, finding });
      assert.match(prepared.user, new RegExp(`^File: ${shown.replace('.', '\\.')} \\(language: javascript\\)$`, 'm'));
      assert.ok(!prepared.user.includes('someone'));
    }
    engine.dispose();
  });
});
