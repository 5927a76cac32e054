// Trigger-guided scanning (rules/triggers.ts, rules/patternQueries.ts): the text every match must
// contain, and the claim that querying only around it finds exactly what a whole-tree walk finds.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { QueryMatch } from 'web-tree-sitter';
import { patternShapes } from '../../src/engine/rules/queryShape';
import { requiredLiterals } from '../../src/engine/rules/regions';
import { necessaryRegex, TriggerIndex, triggerOf } from '../../src/engine/rules/triggers';
import { makeEngine, sampleSourceFiles } from '../helpers/engine';

describe('query shapes', () => {
  it('splits top-level patterns and keeps their predicates', () => {
    const shapes = patternShapes(`
      ; a comment with (parens
      (call_expression function: (identifier) @fn (#eq? @fn "eval")) @finding
      ([(string) (template_string)] @s (#match? @s "AKIA"))
    `);
    assert.equal(shapes.length, 2);
    assert.deepEqual(shapes[0].predicates, [{ op: 'eq?', args: [{ capture: 'fn' }, { string: 'eval' }] }]);
    assert.deepEqual([...shapes[0].mandatory].sort(), ['finding', 'fn']);
    assert.deepEqual([...shapes[0].captureTypes.get('fn')!], ['identifier']);
    assert.deepEqual([...shapes[1].captureTypes.get('s')!].sort(), ['string', 'template_string']);
  });

  it('knows a capture in one alternative, or under ? and *, may be missing from a match', () => {
    const [shape] = patternShapes(`(call
      function: [(identifier) @a (member_expression property: (property_identifier) @a) (subscript) @b]
      arguments: (arguments (string)? @c (identifier)* @d (number)+ @e))`);
    assert.equal(shape.mandatory.has('b'), false);
    assert.equal(shape.mandatory.has('a'), false, '@a is missing when the third alternative matches');
    assert.equal(shape.mandatory.has('c'), false);
    assert.equal(shape.mandatory.has('d'), false);
    assert.equal(shape.mandatory.has('e'), true);
  });

  it('takes no trigger from a predicate on an optional capture', () => {
    const [shape] = patternShapes(`(call function: (identifier) @f arguments: (arguments (identifier)? @x) (#eq? @x "secret"))`);
    assert.equal(triggerOf(shape), undefined);
    const [anchored] = patternShapes(`(call function: (identifier) @f (#any-of? @f "exec" "spawn"))`);
    assert.deepEqual(triggerOf(anchored), { literalSets: [{ literals: ['exec', 'spawn'], word: true }], regexes: [], regions: [] });
  });
});

describe('necessary regular expressions', () => {
  it('drops edge assertions, which only look at the node boundary', () => {
    assert.equal(necessaryRegex('^(md5|sha1)$')?.source, '(md5|sha1)');
    assert.equal(necessaryRegex('\\bpassword\\b')?.source, 'password');
    assert.equal(necessaryRegex('a[\\^$]')?.source, 'a[\\^$]', 'inside a class ^ and $ are characters');
  });

  it('starts the search at a literal character when leading classes allow it', () => {
    assert.equal(necessaryRegex('[A-Za-z_$][\\w$.]*\\[[a-z]+\\]\\s*=')?.source, '\\[[a-z]+\\]\\s*=');
    assert.equal(necessaryRegex('[a-z]+|foo')?.source, '[a-z]+|foo', 'not across alternatives');
    assert.equal(necessaryRegex(`^['"][Nn][Oo][Nn][Ee]['"]$`)?.source, `['"][Nn][Oo][Nn][Ee]['"]`, 'no plain character: the classes are the evidence');
  });

  it('refuses lookarounds and expressions that match nothing', () => {
    assert.equal(necessaryRegex('^(?!test)secret'), undefined);
    assert.equal(necessaryRegex("^['\"](?=[^'\"]*[0-9])"), undefined);
    assert.equal(necessaryRegex('^x*$'), undefined);
  });

  it('refuses classes that cross lines without bound, which a whole-file search could try from every position', () => {
    assert.equal(necessaryRegex('^\\(?\\s*([\\w$]+)[^)=]*\\)?\\s*=>'), undefined);
    assert.equal(necessaryRegex('begin[\\s\\S]+end'), undefined);
    assert.equal(necessaryRegex('key[^\\s"]{8,}')?.source, 'key[^\\s"]{8,}', 'stops at whitespace');
    assert.equal(necessaryRegex('a.*b')?.source, 'a.*b', 'a dot stops at the end of the line');
  });

  it('finds spans for word and text triggers, and none when a required literal is absent', () => {
    const [a, b] = patternShapes(`
      (call function: (identifier) @f (#eq? @f "eval"))
      (pair key: (string) @k (#match? @k "^.password.$"))`).map(triggerOf);
    const index = new TriggerIndex([a, b]);
    // Far apart, so that the two spans are not merged into one.
    const text = `evaluate(x); eval(y);${' '.repeat(300)}o = { "password": 1 }`;
    assert.deepEqual(index.spans(text), [{ startIndex: 13, endIndex: 17 }, { startIndex: 328, endIndex: 337 }]);
    assert.deepEqual(index.spans('nothing here'), []);
  });
});

describe('literals a regular expression requires', () => {
  it('takes the longest plain run of the top-level sequence, or a required group of plain alternatives', () => {
    assert.deepEqual(requiredLiterals('^(Object\\.(keys|entries)|Reflect\\.ownKeys)\\([^)]*\\)\\s*\\.forEach\\('), { literals: ['.forEach('], word: false, anchored: false });
    assert.deepEqual(requiredLiterals('^(Object\\.keys)\\('), { literals: ['Object.keys'], word: false, anchored: true });
    assert.deepEqual(requiredLiterals('[(,]\\s*(path|keys)\\s*[?:,)=]'), { literals: ['path', 'keys'], word: true, anchored: false });
    assert.deepEqual(requiredLiterals('^for\\b\\s*\\(\\s*{{k}}\\b'), { literals: ['for'], word: true, anchored: true });
  });

  it('never relies on optional parts, placeholders, alternatives or case-insensitive text', () => {
    assert.deepEqual(requiredLiterals('(async)?\\s*fetchy?'), { literals: ['fetch'], word: false, anchored: false }, 'y? is optional');
    assert.equal(requiredLiterals('(keys|entries)?x'), undefined);
    assert.equal(requiredLiterals('{{name}}\\s*=\\s*{{value}}'), undefined);
    assert.equal(requiredLiterals('update|insert'), undefined);
    assert.equal(requiredLiterals('(?i)password'), undefined);
    assert.equal(requiredLiterals('a\\(\\s*b'), undefined, 'too short to be worth a search');
    assert.deepEqual(requiredLiterals('secret+x'), { literals: ['secret'], word: false, anchored: false }, 'a repeated character ends the run');
  });

  it('calls a literal a word only when the expression bounds it', () => {
    assert.equal(requiredLiterals('path')?.word, false, 'may sit inside filepath');
    assert.equal(requiredLiterals('\\bpath\\b')?.word, true);
    assert.equal(requiredLiterals('[a-z]path\\b')?.word, false);
  });
});

describe('region triggers', () => {
  const engine = makeEngine();

  it('queries only the outermost ancestor around a literal of an ancestor predicate', async () => {
    const [shape] = patternShapes(`(assignment_expression left: (subscript_expression index: (identifier) @k) @lhs
      (#vigil-ancestor-match? @lhs "for_in_statement" "^for\\\\b\\\\s*\\\\(\\\\s*((const|let)\\\\s+)?{{k}}\\\\b")) @finding`);
    const trigger = triggerOf(shape)!;
    assert.equal(trigger.regions.length, 1);
    const filler = 'let a = 1;\n'.repeat(60);
    const loop = 'for (const k in src) { for (const j of k) { t[k] = src[k]; } }';
    const text = `${filler}${loop}\n${filler}// before it\n`;
    const tree = await engine.parse('javascript', text);
    const spans = new TriggerIndex([trigger]).spans(text, tree.rootNode);
    assert.deepEqual(spans, [{ startIndex: filler.length, endIndex: filler.length + loop.length }]);
    assert.deepEqual(new TriggerIndex([trigger]).spans(filler, tree.rootNode), [], 'no "for": the pattern cannot match');
    assert.equal(new TriggerIndex([trigger]).spans(text), undefined, 'without the tree (a range) the region is unknown: walk');
    tree.delete();
  });

  it('takes the root itself as the ancestor a region names (source_file), and prefers the text when that region is the whole file', async () => {
    // Many Intn calls (more than a trigger with few hits allows) make the import the narrowest evidence.
    const [shape] = patternShapes(`((call_expression function: (selector_expression operand: (identifier) @pkg field: (field_identifier) @fn (#eq? @fn "Intn")))
      (#vigil-ancestor-match? @pkg "source_file" "\\"math/rand\\"")) @finding`);
    const calls = Array.from({ length: 15 }, (_, i) => `func f${i}() int { return rand.Intn(${i + 2}) }`).join('\n');
    const text = `package p\n\nimport "math/rand"\n\n${calls}\n`;
    const tree = await engine.parse('go', text);
    const spans = new TriggerIndex([triggerOf(shape)!]).spans(text, tree.rootNode)!;
    const calledAt = [...text.matchAll(/Intn/g)].map((m) => m.index!);
    assert.equal(calledAt.length, 15);
    for (const at of calledAt) assert.ok(spans.some((s) => s.startIndex <= at && at + 4 <= s.endIndex), `Intn at ${at} is queried`);
    assert.ok(spans.every((s) => s.startIndex > text.indexOf('import')), 'the import alone is not queried: the Intn words are');
    // Without such words the root is the region: the whole file is queried.
    const bare = 'package p\n\nimport "math/rand"\n\nvar x = 1\n';
    const bareTree = await engine.parse('go', bare);
    const [other] = patternShapes(`((call_expression function: (selector_expression operand: (identifier) @pkg))
      (#vigil-ancestor-match? @pkg "source_file" "\\"math/rand\\"")) @finding`);
    assert.deepEqual(new TriggerIndex([triggerOf(other)!]).spans(bare, bareTree.rootNode), [{ startIndex: 0, endIndex: bareTree.rootNode.endIndex }]);
    tree.delete();
    bareTree.delete();
  });

  it('queries only the nodes the release analysis marks', async () => {
    const [shape] = patternShapes(`(call_expression arguments: (argument_list . (identifier) @finding (#vigil-after-release? @finding "free" "again")))`);
    const text = `#include <stdlib.h>\nvoid f(char *p, char *q) {\n  free(q);\n  free(p);\n  use(q);\n  free(p);\n}\n`;
    const tree = await engine.parse('c', text);
    const second = text.lastIndexOf('free(p)') + 5;
    assert.deepEqual(new TriggerIndex([triggerOf(shape)!]).spans(text, tree.rootNode), [{ startIndex: second, endIndex: second + 1 }]);
    tree.delete();
  });
});

describe('trigger-guided whole-file scan', () => {
  const engine = makeEngine();

  it('confines every bundled pattern rule by its text or a region: none walks the whole tree', async () => {
    // A pattern without a trigger (a predicate whose regex gives no literal, say) sends its whole
    // rule to a whole-tree query: on net/http one such Go pattern cost 7 ms.
    for (const lang of ['javascript', 'typescript', 'tsx', 'python', 'java', 'go', 'c', 'cpp']) {
      const compiled = engine.rules.forLanguage(lang, await engine.registry.load(lang));
      const unguided = [...new Set(compiled.queries.unguided.map((p) => p.rule.id))];
      assert.deepEqual(unguided, [], `${lang}: rules with a pattern that no text or region confines`);
    }
  });

  it('finds the same accepted matches as one walk over the whole tree, on every fixture and corpus file', async function () {
    this.timeout(180000);
    const all = sampleSourceFiles(engine);
    let compared = 0;
    let matches = 0;
    for (const file of all) {
      const lang = engine.languageForPath(file)!.id;
      const text = readFileSync(file, 'utf8');
      const tree = await engine.parse(lang, text);
      const compiled = engine.rules.forLanguage(lang, await engine.registry.load(lang));
      const key = (m: QueryMatch) => {
        const entry = compiled.patterns[m.patternIndex];
        if (entry.check && !entry.check(m.captures)) return undefined;
        return `${entry.rule.id} ${m.captures.map((c) => `${c.name}@${c.node.startIndex}-${c.node.endIndex}`).join(' ')}`;
      };
      const keys = (ms: QueryMatch[]) => [...new Set(ms.map(key).filter((k): k is string => !!k))].sort();
      const whole = keys(compiled.queries.matchNode(tree.rootNode));
      const guided = keys(compiled.queries.matchFile(tree.rootNode, text));
      assert.deepEqual(guided, whole, file);
      tree.delete();
      compared++;
      matches += whole.length;
    }
    assert.ok(compared > 300, `only ${compared} files compared`);
    assert.ok(matches > 400, `only ${matches} matches compared`);
  });
});
