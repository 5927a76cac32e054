// Every built-in rule: its query compiles against every grammar it names, and its annotated
// fixtures hold (true positives flagged, safe look-alikes not, no unannotated findings).
import assert from 'node:assert/strict';
import { runFixtures } from '../../src/engine';
import { makeEngine } from '../helpers/engine';

describe('built-in rule packs', () => {
  const engine = makeEngine();

  it('has rules', () => {
    assert.ok(engine.rules.rules.length >= 2, `only ${engine.rules.rules.length} rules loaded`);
  });

  it('loads and compiles every rule without errors', async () => {
    const errors = await engine.compileAll();
    assert.deepEqual(errors.map((e) => `${e.file}:${e.line ?? ''} ${e.message}`), []);
  });

  it('passes every annotated fixture', async function () {
    this.timeout(120000);
    const report = await runFixtures(engine);
    const failures = report.failures.map((f) => `${f.ruleId} ${f.file}:${f.line ?? ''} ${f.message}`);
    assert.deepEqual(failures, []);
    assert.equal(report.rules, engine.rules.rules.length);
    assert.ok(report.checks >= report.rules * 2, `only ${report.checks} checks for ${report.rules} rules`);
  });

  it('gives every rule one CWE, an OWASP 2021 category, an explanation and a reference', () => {
    for (const r of engine.rules.rules) {
      assert.match(r.cwe, /^CWE-\d+$/, r.id);
      assert.match(r.owasp, /^A\d\d:2021-/, r.id);
      assert.ok(r.explanation.length > 80, `${r.id}: explanation too short`);
      assert.ok(r.references.length > 0, `${r.id}: no references`);
    }
  });
});
