// Query dialects (rules/dialects.ts): a C pattern for `name(…)` also matches `std::name(…)` in C++.
import assert from 'node:assert/strict';
import { Query } from 'web-tree-sitter';
import { queryForLanguage } from '../../src/engine/rules/dialects';
import { makeEngine } from '../helpers/engine';

describe('query dialects', () => {
  const engine = makeEngine();
  const written = '(call_expression function: (identifier) @fn (#eq? @fn "strcpy")) @finding';

  it('leaves C (and every other language) as written', () => {
    assert.equal(queryForLanguage(written, 'c'), written);
    assert.equal(queryForLanguage(written, 'javascript'), written);
  });

  it('lets a plain C callee match a namespace-qualified call in C++', async () => {
    const query = new Query(await engine.registry.load('cpp'), queryForLanguage(written, 'cpp'));
    const tree = await engine.parse('cpp', 'void f(char *d, const char *s) { strcpy(d, s); std::strcpy(d, s); ::strcpy(d, s); std::strncpy(d, s, 4); }');
    const found = query.matches(tree.rootNode).map((m) => m.captures.find((c) => c.name === 'finding')!.node.text);
    assert.deepEqual(found, ['strcpy(d, s)', 'std::strcpy(d, s)', '::strcpy(d, s)']);
    query.delete();
    tree.delete();
  });
});
