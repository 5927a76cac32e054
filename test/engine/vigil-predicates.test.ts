// Vigil's structural predicates: nearest-ancestor text checks (with field selection, (?i) and
// capture interpolation) and "not reassigned between two nodes", exercised through real rules.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES, makeEngine } from '../helpers/engine';

describe('Vigil predicates', () => {
  const engine = makeEngine({ builtinRuleDirs: [join(FIXTURES, 'predicate-rules')] });
  const lines = async (id: string, text: string) =>
    (await engine.scanText('x.c', 'c', text)).filter((f) => f.ruleId === id).map((f) => f.range.start.line);

  it('#vigil-ancestor-match? tests the nearest listed ancestor (or its field), case-insensitively with (?i)', async () => {
    const text = [
      'void load_SECRET(int k) { use(k); }',
      'void load_public(int k) { use(k); }',
      'int top = 0;',
    ].join('\n');
    assert.deepEqual(await lines('t-ancestor', text), [0]);
  });

  it('#vigil-ancestor-not-match? substitutes {{capture}} text, regex-escaped', async () => {
    const text = [
      'void secret_a(int k) { guard(k); use(k); }',
      'void secret_b(int k, int j) { guard(j); use(k); }',
      'void secret_c(int k) { guard(k.x); use(k); }',
    ].join('\n');
    assert.deepEqual(await lines('t-ancestor', text), [1, 2]);
  });

  it('#vigil-not-reassigned-between? fails when the variable is assigned or redeclared in between', async () => {
    const text = [
      'void f(int *p, int *q) {',
      '  drop(p);',
      '  drop(q);',
      '  drop(p);', // reported: p untouched since the first drop
      '}',
      'void g(int *p) {',
      '  drop(p);',
      '  p = 0;',
      '  drop(p);', // not reported: reassigned
      '}',
      'void h(int *p) {',
      '  drop(p);',
      '  *p = 1;',
      '  drop(p);', // reported: writing through p does not reassign p
      '}',
      'void k(int *p) {',
      '  drop(p);',
      '  { int *p = 0; }',
      '  drop(p);', // not reported: conservative, a declaration of the same name counts
      '}',
    ].join('\n');
    assert.deepEqual(await lines('t-reassign', text), [3, 13]);
  });

  it('rejects malformed uses with a clear error', async () => {
    const errors = await makeEngine({ builtinRuleDirs: [join(FIXTURES, 'predicate-rules-bad')] }).compileAll();
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /#vigil-ancestor-match\? needs a capture, at least one ancestor type and a regex/);
  });
});
