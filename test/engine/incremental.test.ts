// Incremental re-scans must give exactly what a full scan gives: same findings, ranges, messages,
// fixes, scopes, fingerprints and suppressions, after any sequence of edits. Checked against a
// fresh scan after each of many random edits, in two languages, plus the root-type reader.
import assert from 'node:assert/strict';
import { Edit, queryRootTypes, type Finding, type Tree } from '../../src/engine';
import { makeEngine } from '../helpers/engine';

function positionAt(text: string, index: number) {
  const before = text.slice(0, index);
  const row = before.split('\n').length - 1;
  return { row, column: index - (before.lastIndexOf('\n') + 1) };
}

function comparable(findings: Finding[]) {
  return findings.map((f) => ({ rule: f.ruleId, range: f.range, start: f.startIndex, end: f.endIndex, message: f.message, scope: f.scope, fingerprint: f.fingerprint, fix: f.fix, suppressed: f.suppressed?.justification }));
}

async function fuzz(languageId: string, file: string, initial: string, pieces: string[], seedStart: number, rounds: number) {
  const engine = makeEngine();
  let text = initial;
  let tree: Tree = await engine.parse(languageId, text);
  let findings = await engine.scanTree(file, languageId, text, tree);
  let seed = seedStart;
  const rand = (n: number) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  let incrementalScans = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const edits: Edit[] = [];
      // One to three edits between scans, like keystrokes that arrive during the debounce.
      for (let k = 1 + rand(3); k > 0; k--) {
        const start = rand(text.length + 1);
        const oldEnd = Math.min(text.length, start + rand(8));
        const insert = pieces[rand(pieces.length)];
        const edit = new Edit({
          startIndex: start, oldEndIndex: oldEnd, newEndIndex: start + insert.length,
          startPosition: positionAt(text, start), oldEndPosition: positionAt(text, oldEnd),
          newEndPosition: positionAt(text.slice(0, start) + insert, start + insert.length),
        });
        text = text.slice(0, start) + insert + text.slice(oldEnd);
        tree.edit(edit);
        edits.push(edit);
      }
      const next = await engine.parse(languageId, text, tree);
      const changedRanges = tree.getChangedRanges(next);
      tree.delete();
      tree = next;
      const { planIncremental } = await import('../../src/engine');
      const compiled = engine.rules.forLanguage(languageId, await engine.registry.load(languageId));
      if (planIncremental(tree, compiled, { previous: findings, edits, changedRanges })) incrementalScans++;
      findings = await engine.scanTree(file, languageId, text, tree, { previous: findings, edits, changedRanges });
      const fresh = await engine.scanText(file, languageId, text);
      assert.deepEqual(comparable(findings), comparable(fresh), `round ${round}: incremental scan differs from a full scan of:\n${text}`);
    }
  } finally {
    tree.delete();
  }
  return incrementalScans;
}

describe('incremental re-scan', function () {
  this.timeout(60000);

  it('matches a full scan after random edits to JavaScript', async () => {
    const initial = [
      'function handler(req, res) {',
      '  const result = eval(req.query.expr);',
      '  setTimeout(`refresh(${req.query.id})`, 100);',
      '}',
      'class Jobs {',
      '  run(code) { return new Function("a", code); }',
      '  // vigil-ignore: js-eval-injection -- fixture',
      '  other(x) { return eval(x); }',
      '}',
      'const run = (req) => eval(req.body);',
      '',
    ].join('\n').repeat(3);
    const pieces = ['eval(x)', 'eval(', ')', ';', '\n', '{', '}', '"', '`${a}`', 'req.q', ' ', '', 'function f() {', '// vigil-ignore -- ok\n', 'x'];
    const incremental = await fuzz('javascript', 'a.js', initial, pieces, 11, 120);
    assert.ok(incremental > 60, `only ${incremental} of 120 rounds were incremental: the plan falls back too often`);
  });

  it('matches a full scan after random edits to Python (rule with a deterministic fix)', async () => {
    const initial = ['import yaml', '', 'def load(stream):', '    return yaml.load(stream)', '', 'class C:', '    def f(self, s):', '        yaml.load_all(s)  # vigil-ignore: py-yaml-unsafe-load -- fixture', '        yaml.load(s, Loader=yaml.FullLoader)', ''].join('\n').repeat(3);
    const pieces = ['yaml.load(s)', 'yaml.', 'load', '(', ')', '\n', '    ', ':', 'def g():\n', '# vigil-ignore\n', ', Loader=yaml.SafeLoader', ''];
    const incremental = await fuzz('python', 'a.py', initial, pieces, 5, 120);
    assert.ok(incremental > 60, `only ${incremental} of 120 rounds were incremental`);
  });

  it('reads the root node types of query patterns', () => {
    assert.deepEqual([...(queryRootTypes('(call_expression function: (identifier) @f (#eq? @f "eval")) @finding\n(new_expression) @finding') as Set<string>)], ['call_expression', 'new_expression']);
    assert.deepEqual([...(queryRootTypes('; comment (x)\n[(call) (attribute)] @finding\n((string) @s (#match? @s "x"))\n"return" @kw') as Set<string>)].sort(), ['attribute', 'call', 'return', 'string']);
    assert.equal(queryRootTypes('(_ (identifier)) @finding'), 'any');
    assert.equal(queryRootTypes('(call) @a _ @b'), 'any');
  });
});
