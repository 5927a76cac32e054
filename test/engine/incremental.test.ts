// Incremental re-scans must give exactly what a full scan gives: same findings, ranges, messages,
// fixes, scopes, fingerprints and suppressions, after any sequence of edits. Checked against a
// fresh scan after each of many random edits, in two languages, plus the root-type reader.
import assert from 'node:assert/strict';
import { Edit, planIncremental, queryRootTypes, type Finding, type Tree } from '../../src/engine';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeEngine } from '../helpers/engine';

/** A pack with the pattern shapes that need care: a wildcard root and a root at the file's root node. */
function trickyPack(): string {
  const dir = mkdtempSync(join(tmpdir(), 'vigil-inc-pack-'));
  const meta = (id: string, lang: string) => `id: ${id}\ntitle: t\nlanguages: [${lang}]\nseverity: warning\nconfidence: high\nmessage: m {{name}}\ncwe: CWE-798\nowasp: A07:2021-Identification and Authentication Failures\nexplanation: e\nreferences: [https://cwe.mitre.org/data/definitions/798.html]\n`;
  mkdirSync(join(dir, 'js'));
  writeFileSync(join(dir, 'js', 'x-wild-secret.yaml'), meta('x-wild-secret', 'javascript') + 'query: |\n  (_ (identifier) @name . "=" . (string) @finding (#match? @name "[Pp]ass"))\n');
  writeFileSync(join(dir, 'js', 'x-first-statement.yaml'), meta('x-first-statement', 'javascript') + 'query: |\n  (program . (expression_statement (call_expression function: (identifier) @name)) @finding)\n');
  mkdirSync(join(dir, 'py'));
  writeFileSync(join(dir, 'py', 'x-module-debug.yaml'), meta('x-module-debug', 'python') + 'query: |\n  (module (expression_statement (assignment left: (identifier) @name (#eq? @name "DEBUG") right: (true))) @finding)\n  (assignment left: (identifier) @name (#eq? @name "DEBUG") right: (true)) @finding\n');
  return dir;
}

function positionAt(text: string, index: number) {
  const before = text.slice(0, index);
  const row = before.split('\n').length - 1;
  return { row, column: index - (before.lastIndexOf('\n') + 1) };
}

function comparable(findings: Finding[]) {
  return findings.map((f) => ({ rule: f.ruleId, range: f.range, start: f.startIndex, end: f.endIndex, message: f.message, scope: f.scope, fingerprint: f.fingerprint, fix: f.fix, suppressed: f.suppressed?.justification, trace: f.trace }));
}

async function fuzz(languageId: string, file: string, initial: string, pieces: string[], seedStart: number, rounds: number, extraRuleDirs: string[] = []) {
  const engine = makeEngine({ extraRuleDirs });
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
        // Half the edits land on or just before a current finding, where matches are made and lost.
        const near = findings.length > 0 && rand(2) === 0 ? findings[rand(findings.length)] : undefined;
        const start = near ? Math.max(0, Math.min(text.length, near.startIndex - 12 + rand(near.endIndex - near.startIndex + 16))) : rand(text.length + 1);
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

  it('re-analyses taint only in the edited function and matches a full scan (flows within functions)', async () => {
    const initial = [
      'const db = require("./db");',
      'const { exec } = require("child_process");',
      'function users(req, res) {',
      '  const name = req.query.name;',
      '  db.query("SELECT * FROM users WHERE name = \'" + name + "\'");',
      '}',
      'function ping(req, res) {',
      '  const host = req.body.host;',
      '  exec(`ping -c 1 ${host}`);',
      '}',
      'function safe(req, res) {',
      '  const id = Number(req.query.id);',
      '  db.query("SELECT * FROM t WHERE id = " + id);',
      '}',
      '',
    ].join('\n').repeat(3);
    const pieces = ['\n', ' ', '// note\n', 'const x = 1;\n', 'name', '"a"', ' + host', 'Number(', ')', ';', 'req.query.q', ''];
    const incremental = await fuzz('javascript', 't.js', initial, pieces, 21, 80);
    assert.ok(incremental > 40, `only ${incremental} of 80 rounds were incremental`);
  });

  it('plans taint for the edited function only, and for the whole file after a top-level edit', async () => {
    const engine = makeEngine();
    const before = 'function a(req) {\n  return req.query.x;\n}\nfunction b(req) {\n  const v = 1;\n}\n';
    const plan = async (start: number, insert: string) => {
      const tree = await engine.parse('javascript', before);
      const previous = await engine.scanTree('p.js', 'javascript', before, tree);
      const after = before.slice(0, start) + insert + before.slice(start);
      const edit = new Edit({ startIndex: start, oldEndIndex: start, newEndIndex: start + insert.length, startPosition: positionAt(before, start), oldEndPosition: positionAt(before, start), newEndPosition: positionAt(after, start + insert.length) });
      tree.edit(edit);
      const next = await engine.parse('javascript', after, tree);
      const compiled = engine.rules.forLanguage('javascript', await engine.registry.load('javascript'));
      const p = planIncremental(next, compiled, { previous, edits: [edit], changedRanges: tree.getChangedRanges(next) });
      tree.delete();
      next.delete();
      return { p, after };
    };
    const inside = await plan(before.indexOf('const v'), ' ');
    assert.deepEqual(inside.p?.taintRange, { startIndex: inside.after.indexOf('function b'), endIndex: inside.after.length - 1 });
    const top = await plan(before.length, 'x;\n');
    assert.ok(top.p, 'still incremental for pattern rules');
    assert.equal(top.p.taintRange, undefined, 'a top-level edit re-analyses the whole file');
  });

  it('matches a full scan with wildcard-rooted and root-level patterns', async () => {
    const pack = trickyPack();
    const js = ['f(1);', 'let password = "hunter22";', 'function g() { const Pass = "x"; eval(y); }', 'class K { m() { pass = "q"; } }', ''].join('\n').repeat(4);
    const jsPieces = ['password = "abc"', 'f(2);\n', '\n', ';', '{', '}', '"', 'let Pass', ' = ', 'eval(x)', ''];
    assert.ok(await fuzz('javascript', 'w.js', js, jsPieces, 3, 100, [pack]) > 40);
    const py = ['DEBUG = True', 'def f():', '    DEBUG = True', '    return 1', 'DEBUG = False', ''].join('\n').repeat(4);
    const pyPieces = ['DEBUG = True\n', 'DEBUG', ' = ', 'True', 'False', '\n', '    ', 'def h():\n', ':', '#', ''];
    assert.ok(await fuzz('python', 'w.py', py, pyPieces, 9, 100, [pack]) > 40);
  });

  it('redoes matches rooted at the file root when a far-away edit changes them', async () => {
    const engine = makeEngine({ extraRuleDirs: [trickyPack()] });
    // Each case: text, then one edit [start, end, insert]; the x-first-statement finding must follow
    // whichever call is first, although the edit does not touch either call.
    const cases: Array<[string, [number, number, string]]> = [
      ['\n\n\nf(1);\n', [0, 0, 'h(0);\n']], // a new first statement: the old finding must go
      ['f(1);\n\n\n\ng(2);\n', [0, 5, '']], // the first statement deleted: g becomes first
    ];
    for (const [before, [start, end, insert]] of cases) {
      const tree = await engine.parse('javascript', before);
      const previous = await engine.scanTree('r.js', 'javascript', before, tree);
      const after = before.slice(0, start) + insert + before.slice(end);
      const edit = new Edit({ startIndex: start, oldEndIndex: end, newEndIndex: start + insert.length, startPosition: positionAt(before, start), oldEndPosition: positionAt(before, end), newEndPosition: positionAt(after, start + insert.length) });
      tree.edit(edit);
      const next = await engine.parse('javascript', after, tree);
      const incremental = await engine.scanTree('r.js', 'javascript', after, next, { previous, edits: [edit], changedRanges: tree.getChangedRanges(next) });
      const full = await engine.scanText('r.js', 'javascript', after);
      assert.deepEqual(comparable(incremental), comparable(full), JSON.stringify(after));
      assert.equal(full.filter((f) => f.ruleId === 'x-first-statement').length, 1);
      tree.delete();
      next.delete();
    }
  });

  it('reads the root node types of query patterns', () => {
    assert.deepEqual([...(queryRootTypes('(call_expression function: (identifier) @f (#eq? @f "eval")) @finding\n(new_expression) @finding') as Set<string>)], ['call_expression', 'new_expression']);
    assert.deepEqual([...(queryRootTypes('; comment (x)\n[(call) (attribute)] @finding\n((string) @s (#match? @s "x"))\n"return" @kw') as Set<string>)].sort(), ['attribute', 'call', 'return', 'string']);
    assert.equal(queryRootTypes('(_ (identifier)) @finding'), 'any');
    assert.equal(queryRootTypes('(call) @a _ @b'), 'any');
  });
});
