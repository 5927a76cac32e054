// `vigil fix` and `vigil verify-fix` in process (the fake server shares the event loop), with the
// key read by the CLI host from ANTHROPIC_API_KEY.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { main } from '../../src/cli/main';
import type { Io } from '../../src/cli/args';
import { FakeAnthropic, type Reply } from './fake-anthropic';
import { fixtureSource, plantedSecrets, readBytes, TEST_RULES, writeTemp } from './helpers';

const GOOD: Reply = { kind: 'tool', input: { edits: [{ old_text: 'const result = eval(req.query.expr);', new_text: 'const result = JSON.parse(req.query.expr);' }], explanation: 'Parse as JSON.' } };
const BAD: Reply = { kind: 'tool', input: { edits: [{ old_text: 'const result = eval(req.query.expr);', new_text: 'const result = req.query.expr;' }], explanation: 'Removed eval.' } };

async function vigil(args: string[], cwd: string) {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => { out += t; }, err: (t) => { err += t; }, isTty: false, cwd };
  const code = await main(args, io);
  return { code, out, err };
}

describe('vigil fix / verify-fix', function () {
  this.timeout(30000);
  let fake: FakeAnthropic;
  let baseURL: string;
  let savedKey: string | undefined;
  let file: string;

  before(async () => { fake = new FakeAnthropic(); baseURL = await fake.start(); savedKey = process.env.ANTHROPIC_API_KEY; });
  after(async () => { await fake.close(); if (savedKey === undefined) delete process.env.ANTHROPIC_API_KEY; else process.env.ANTHROPIC_API_KEY = savedKey; });
  beforeEach(() => {
    fake.requests.length = 0;
    fake.violations.length = 0;
    fake.forbidden = Object.values(plantedSecrets());
    process.env.ANTHROPIC_API_KEY = fake.apiKey;
    file = writeTemp('app.js', fixtureSource());
  });
  afterEach(() => { assert.deepEqual(fake.violations, []); assert.equal(fake.pending, 0); });

  const fix = (...extra: string[]) => vigil(['fix', file, '--line', '27', '--rules', TEST_RULES, '--base-url', baseURL, '--root', dirname(file), ...extra], dirname(file));

  it('prints a unified patch, the receipt, the explanation and the cost; writes nothing', async () => {
    const before = readBytes(file);
    fake.script(GOOD);
    const r = await fix();
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^--- app\.js\toriginal$/m);
    assert.match(r.out, /^-  const result = eval\(req\.query\.expr\);$/m);
    assert.match(r.out, /^\+  const result = JSON\.parse\(req\.query\.expr\);$/m);
    assert.match(r.out, /Verification receipt \(vigil-gate\/1\): ACCEPTED/);
    assert.match(r.out, /Parse as JSON\./);
    assert.match(r.out, /Review before applying:\n  - the rule has medium confidence/);
    assert.match(r.out, /estimated cost \$\d+\.\d{4}/);
    assert.ok(readBytes(file).equals(before));
  });

  it('--apply writes the verified fix', async () => {
    fake.script(GOOD);
    const r = await fix('--apply');
    assert.equal(r.code, 0, r.err);
    assert.equal(readFileSync(file, 'utf8'), fixtureSource().replace('eval(req.query.expr)', 'JSON.parse(req.query.expr)'));
  });

  it('--apply refuses when the file changed while the fix was computed', async () => {
    const edited = fixtureSource().replace('function other', '// edited meanwhile\nfunction other');
    fake.script(() => { writeFileSync(file, edited); return GOOD; });
    const r = await fix('--apply');
    assert.equal(r.code, 1);
    assert.match(r.err, /changed since it was read; the fix was not applied/);
    assert.equal(readFileSync(file, 'utf8'), edited);
  });

  it('a withdrawn fix exits 1 with the reason and the receipt; the file is untouched', async () => {
    const before = readBytes(file);
    fake.script(BAD, BAD);
    const r = await fix('--apply');
    assert.equal(r.code, 1);
    assert.match(r.err, /fix withdrawn: the fix did not pass verification after 2 attempt\(s\)/);
    assert.match(r.out, /REJECTED/);
    assert.ok(readBytes(file).equals(before));
  });

  it('--show-prompt prints exactly what would be sent and sends nothing', async () => {
    delete process.env.ANTHROPIC_API_KEY;
    const r = await fix('--show-prompt');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /=== system prompt \(constant, cached\) ===/);
    assert.match(r.out, /const token = '__VIGIL_SECRET_\d+__';/);
    for (const s of Object.values(plantedSecrets())) assert.ok(!r.out.includes(s));
    assert.equal(fake.requests.length, 0);
  });

  it('clear errors: no key, no finding at the line, no --line', async () => {
    delete process.env.ANTHROPIC_API_KEY;
    let r = await fix();
    assert.equal(r.code, 2);
    assert.match(r.err, /set ANTHROPIC_API_KEY/);
    process.env.ANTHROPIC_API_KEY = fake.apiKey;
    r = await vigil(['fix', file, '--line', '3', '--rules', TEST_RULES, '--base-url', baseURL], dirname(file));
    assert.equal(r.code, 2);
    assert.match(r.err, /no finding starts at line 3; findings in this file:\n(  line \d+: .*\n)*  line 27: js-eval-injection/);
    r = await vigil(['fix', file], dirname(file));
    assert.equal(r.code, 2);
    assert.match(r.err, /--line is required/);
    assert.equal(fake.requests.length, 0);
  });

  describe('verify-fix', () => {
    const dirOf = () => dirname(file);
    function candidate(text: string): string {
      const p = join(dirOf(), 'candidate.js');
      writeFileSync(p, text);
      return p;
    }

    it('exit 0 and an accepted receipt for a right fix', async () => {
      const r = await vigil(['verify-fix', file, candidate(fixtureSource().replace('eval(req.query.expr)', 'JSON.parse(req.query.expr)')), '--line', '27'], dirOf());
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /app\.js:27 js-eval-injection\nVerification receipt \(vigil-gate\/1\): ACCEPTED/);
    });

    it('exit 1 and the failing checks as JSON for laundering', async () => {
      const r = await vigil(['verify-fix', file, candidate(fixtureSource().replace('eval(req.query.expr)', 'req.query.expr')), '--rule', 'js-eval-injection', '--format', 'json'], dirOf());
      assert.equal(r.code, 1);
      const json = JSON.parse(r.out);
      assert.equal(json.accepted, false);
      assert.equal(json.results.length, 1);
      assert.equal(json.results[0].receipt.checks.find((c: any) => c.id === 'not-laundered').status, 'fail');
    });

    it('exit 2 when the original has no finding there', async () => {
      const r = await vigil(['verify-fix', file, candidate(fixtureSource()), '--line', '5'], dirOf());
      assert.equal(r.code, 2);
      assert.match(r.err, /has no finding at line 5/);
    });
  });
});
