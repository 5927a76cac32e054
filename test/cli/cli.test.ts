// The `vigil` CLI as users run it: the built bin, exit codes, SARIF valid against the schema,
// broken workspace rule packs, help for every command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { DEMO_APP, REPO_ROOT } from '../helpers/engine';

const BIN = join(REPO_ROOT, 'bin', 'vigil.js');

function vigil(args: string[], cwd = REPO_ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('vigil CLI', function () {
  this.timeout(60000);

  it('prints compiler-style findings and a summary for the demo app', () => {
    const r = vigil(['scan', DEMO_APP, '--fail-on', 'none']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^test\/fixtures\/demo-app\/\S+:\d+:\d+ (error|warning|info) [a-z0-9.-]+ .+ \[CWE-\d+\]$/m);
    assert.match(r.stdout, /\d+ findings? \(\d+ error, \d+ warning, \d+ info\), \d+ suppressed; \d+ files?, \d+ lines in \d+ ms; \d+ skipped\n$/);
  });

  it('exits by --fail-on threshold', () => {
    assert.equal(vigil(['scan', DEMO_APP, '--fail-on', 'error']).code, 1);
    assert.equal(vigil(['scan', DEMO_APP, '--fail-on', 'none']).code, 0);
    const dir = mkdtempSync(join(tmpdir(), 'vigil-clean-'));
    writeFileSync(join(dir, 'ok.js'), 'console.log(JSON.parse("{}"));\n');
    assert.equal(vigil(['scan', dir, '--fail-on', 'info']).code, 0);
  });

  it('exits 2 on usage errors', () => {
    assert.equal(vigil(['scan', '--format', 'xml']).code, 2);
    assert.equal(vigil(['scan', '--no-such-flag']).code, 2);
    assert.equal(vigil(['frobnicate']).code, 2);
  });

  it('has --help for every command', () => {
    for (const args of [['--help'], ['scan', '--help'], ['rules', '--help'], ['baseline', '--help']]) {
      const r = vigil(args);
      assert.equal(r.code, 0, args.join(' '));
      assert.match(r.stdout, /Usage: vigil/);
    }
  });

  it('writes SARIF 2.1.0 that validates against the official schema', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'vigil-sarif-')), 'demo.sarif');
    const r = vigil(['scan', DEMO_APP, '--format', 'sarif', '--output', out, '--fail-on', 'none']);
    assert.equal(r.code, 0, r.stderr);
    const text = readFileSync(out, 'utf8');
    const sarif = JSON.parse(text);
    const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'test', 'schemas', 'sarif-schema-2.1.0.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(JSON.parse(text)), JSON.stringify(validate.errors?.slice(0, 5), null, 2));
    const run = sarif.runs[0];
    assert.ok(run.results.length > 0);
    for (const res of run.results) {
      const rule = run.tool.driver.rules[res.ruleIndex];
      assert.equal(rule.id, res.ruleId);
      assert.ok(rule.properties.tags.includes('security'));
      assert.ok(rule.properties.tags.some((t: string) => /^external\/cwe\/cwe-\d+$/.test(t)));
      assert.match(rule.properties['security-severity'], /^\d+\.\d$/);
      assert.equal(res.locations[0].physicalLocation.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(!res.locations[0].physicalLocation.artifactLocation.uri.startsWith('/'));
      assert.match(res.partialFingerprints['vigilFingerprint/v1'], /^[0-9a-f]{32}$/);
    }
    assert.ok(run.results.some((res: { suppressions?: unknown[] }) => res.suppressions?.length), 'the demo has a suppressed finding');
  });

  it('reports a broken workspace rule with file and position, and the other rules still report', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-ws-'));
    mkdirSync(join(dir, '.vigil', 'rules'), { recursive: true });
    const good = readFileSync(join(REPO_ROOT, 'rules', 'javascript', 'js-eval-injection.yaml'), 'utf8');
    writeFileSync(join(dir, '.vigil', 'rules', 'ws-broken.yaml'), good.replace('js-eval-injection', 'ws-broken').replace('(call_expression\n', '(call_expresion\n'));
    copyFileSync(join(DEMO_APP, 'web', 'server.js'), join(dir, 'server.js'));
    const r = vigil(['scan', '.'], dir);
    assert.equal(r.code, 2);
    assert.match(r.stdout, /rule error .*ws-broken\.yaml:\d+:\d+: rule ws-broken: invalid query: Bad node name 'call_expresion'/);
    assert.match(r.stdout, /server\.js:\d+:\d+ error js-eval-injection/);
  });

  it('writes a baseline that suppresses the accepted findings on the next scan', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-bl-'));
    copyFileSync(join(DEMO_APP, 'web', 'server.js'), join(dir, 'server.js'));
    assert.equal(vigil(['scan', '.'], dir).code, 1);
    const b = vigil(['baseline'], dir);
    assert.equal(b.code, 0, b.stderr);
    assert.match(b.stdout, /wrote \d+ accepted findings to \.vigil\/baseline\.json/);
    const r = vigil(['scan', '.'], dir);
    assert.equal(r.code, 0, r.stdout);
    assert.match(r.stdout, /0 findings .*, [1-9]\d* suppressed/);
  });

  it('runs rule fixtures with `rules test`', () => {
    const r = vigil(['rules', 'test', 'rules']);
    assert.equal(r.code, 0, r.stdout + r.stderr);
    assert.match(r.stdout, /\d+ rules, \d+ fixtures, \d+ checks, 0 failures/);
  });
});
