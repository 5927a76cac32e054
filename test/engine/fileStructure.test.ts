// FileStructure (analysis/fileStructure.ts): the function around a position, found by going down the
// tree, and named definitions read from declaration containers, checked against what a whole-tree
// query finds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { Query } from 'web-tree-sitter';
import { adapterFor, DEFINITION_QUERIES } from '../../src/engine/analysis/adapters';
import { definitionsInContainers, FileStructure } from '../../src/engine/analysis/fileStructure';
import { makeEngine, sampleSourceFiles } from '../helpers/engine';

describe('file structure', () => {
  const engine = makeEngine();

  it('finds the innermost function around a range, never the range itself, and none at the top level', async () => {
    const text = 'const top = 1;\nfunction outer(a) {\n  const inner = (b) => b + a;\n  return inner(a);\n}\n';
    const tree = await engine.parse('javascript', text);
    const structure = new FileStructure(tree.rootNode, adapterFor('javascript')!);
    try {
      const at = (s: string) => { const i = text.indexOf(s); return structure.functionAt(i, i + s.length); };
      assert.equal(at('b + a')?.type, 'arrow_function');
      assert.equal(at('return inner(a)')?.type, 'function_declaration');
      assert.equal(at('top'), null);
      const arrow = at('b + a')!;
      assert.equal(structure.functionAt(arrow.startIndex, arrow.endIndex)?.type, 'function_declaration', 'a function asks for the one around it');
    } finally {
      structure.dispose();
      tree.delete();
    }
  });

  it('reads the same named definitions from containers as the definitions query finds in the whole tree (Go, C/C++)', async function () {
    this.timeout(120000);
    const all = sampleSourceFiles(engine);
    let compared = 0;
    let definitions = 0;
    for (const file of all) {
      const lang = engine.languageForPath(file)!.id;
      const adapter = adapterFor(lang);
      if (!adapter?.definitionContainers) continue;
      const tree = await engine.parse(lang, readFileSync(file, 'utf8'));
      const query = new Query(await engine.registry.load(lang), DEFINITION_QUERIES[lang]);
      const key = (name: string, start: number) => `${name}@${start}`;
      const queried = query.matches(tree.rootNode).map((m) => key(m.captures.find((c) => c.name === 'name')!.node.text, m.captures.find((c) => c.name === 'fn')!.node.startIndex)).sort();
      const walked = definitionsInContainers(tree.rootNode, adapter)!.map(([name, fn]) => key(name, fn.startIndex)).sort();
      assert.deepEqual(walked, queried, file);
      query.delete();
      tree.delete();
      compared++;
      definitions += queried.length;
    }
    assert.ok(compared > 80, `only ${compared} files compared`);
    assert.ok(definitions > 300, `only ${definitions} definitions compared`);
  });
});
