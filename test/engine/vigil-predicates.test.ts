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

  it('#vigil-before-not-match? only looks at the text before the capture', async () => {
    const text = [
      'void a(int k) { use(k); guard(k); }', // reported: the guard comes after
      'void b(int k) { guard(k); use(k); }',
      'void c(int k, int j) { guard(j); use(k); }', // reported: another variable is guarded
    ].join('\n');
    assert.deepEqual(await lines('t-before', text), [0, 2]);
  });

  it('#vigil-after-release? follows branches, loops, early returns and reassignment', async () => {
    const text = [
      'void a(char *p, int c) { free(p); if (c) { use(p); } }', // 0: freed on every path
      'void b(char *p, int c) { if (c) free(p); use(p); }', // 1: straight from the free
      'void c(char *p, int c) { if (c) { free(p); return; } use(p); }', // early return
      'void d(char *p, int c) { if (c) free(p); else use(p); }', // exclusive branches
      'void e(char *p, int n) { for (int i = 0; i < n; i++) { use(p); free(p); } }', // 4: next turn of the loop
      'void f(char *p) { free(p); p = 0; use(p); }', // reassigned
      'void g(char *p, int c) { if (c) free(p); if (!c) use(p); }', // only through another decision: not reported
      'void h(char *p) { free(p); goto out; out: use(p); }', // 7: straight through the jump
    ].join('\n');
    assert.deepEqual(await lines('t-release', text), [0, 1, 4, 7]);
  });

  it('#vigil-format-verb? maps each argument to the conversion that consumes it', async () => {
    const text = [
      'void f(int n, char *a) {',
      '  logf("%d %s", n, a);', // 1: a is printed by %s (n by %d is not)
      '  logf("%q %d", a, n);', // no %s
      '  logf("%*s|%%|%s", n, a);', // 3: * takes n, %s takes a; %% takes nothing
      '  logf(fmt_of(a), a);', // not a literal format: this call has none to read
      '}',
    ].join('\n');
    assert.deepEqual(await lines('t-format', text), [1, 3]);
  });

  it('rejects malformed uses with a clear error', async () => {
    const errors = await makeEngine({ builtinRuleDirs: [join(FIXTURES, 'predicate-rules-bad')] }).compileAll();
    assert.equal(errors.length, 1);
    assert.match(errors[0].message, /#vigil-ancestor-match\? needs a capture, at least one ancestor type and a regex/);
  });
});
