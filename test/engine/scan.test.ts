// scanText: findings carry everything a host needs; fingerprints survive edits above them;
// inline suppressions are honoured in each language's comment syntax and reported, not dropped.
import assert from 'node:assert/strict';
import { makeEngine } from '../helpers/engine';

describe('scanText', () => {
  const engine = makeEngine();

  it('reports rule id, severity, CWE, OWASP, UTF-16 range and snippet', async () => {
    const text = 'const s = "😀";\nfunction run(input) {\n  return eval(input);\n}\n';
    const [f] = await engine.scanText('src/run.js', 'javascript', text);
    assert.equal(f.ruleId, 'js-eval-injection');
    assert.equal(f.severity, 'error');
    assert.equal(f.cwe, 'CWE-95');
    assert.equal(f.owasp, 'A03:2021-Injection');
    assert.equal(f.file, 'src/run.js');
    assert.deepEqual(f.range, { start: { line: 2, character: 9 }, end: { line: 2, character: 20 } });
    assert.equal(f.snippet, 'eval(input)');
    assert.equal(text.slice(f.startIndex, f.endIndex), 'eval(input)');
    assert.equal(f.scope, 'run');
    assert.match(f.fingerprint, /^[0-9a-f]{32}$/);
  });

  it('keeps the fingerprint when lines are added above, and changes it for other code', async () => {
    const body = 'function run(input) {\n  return eval(input);\n}\n';
    const [a] = await engine.scanText('x.js', 'javascript', body);
    const [b] = await engine.scanText('x.js', 'javascript', '// header\nimport fs from "fs";\n\n' + body);
    const [c] = await engine.scanText('x.js', 'javascript', body.replace('eval(input)', 'eval(other)'));
    assert.equal(a.fingerprint, b.fingerprint);
    assert.notEqual(a.range.start.line, b.range.start.line);
    assert.notEqual(a.fingerprint, c.fingerprint);
  });

  it('distinguishes identical code in two functions and twice in one function', async () => {
    const text = 'function a(x) { eval(x); eval(x); }\nfunction b(x) { eval(x); }\n';
    const prints = (await engine.scanText('x.js', 'javascript', text)).map((f) => f.fingerprint);
    assert.equal(new Set(prints).size, 3);
  });

  it('honours vigil-ignore on the line or alone on the line above, with a reason', async () => {
    const text = [
      'function a(x) {',
      '  eval(x); // vigil-ignore: js-eval-injection -- sandboxed REPL, input is the operator',
      '  // vigil-ignore -- trusted build script',
      '  eval(x);',
      '  eval(x); // vigil-ignore: some-other-rule -- wrong rule, must not suppress',
      '  const s = "vigil-ignore"; eval(x);',
      '}',
    ].join('\n');
    const findings = await engine.scanText('x.js', 'javascript', text);
    const byLine = new Map(findings.map((f) => [f.range.start.line, f]));
    assert.equal(findings.length, 4);
    assert.deepEqual(byLine.get(1)?.suppressed, { kind: 'inline', justification: 'sandboxed REPL, input is the operator', range: byLine.get(1)!.suppressed!.range });
    assert.equal(byLine.get(3)?.suppressed?.justification, 'trusted build script');
    assert.equal(byLine.get(4)?.suppressed, undefined);
    assert.equal(byLine.get(5)?.suppressed, undefined, 'a string that mentions vigil-ignore is not a comment');
  });

  it('uses the language\'s own comment syntax (Python #)', async () => {
    const text = 'import yaml\n# vigil-ignore: py-yaml-unsafe-load -- fixture generator, trusted input\ndata = yaml.load(f)\nother = yaml.load(g)\n';
    const findings = await engine.scanText('x.py', 'python', text);
    assert.equal(findings.length, 2);
    assert.equal(findings[0].suppressed?.kind, 'inline');
    assert.equal(findings[1].suppressed, undefined);
  });

  it('instantiates a rule\'s deterministic fix', async () => {
    const text = 'import yaml\ndata = yaml.load(f)\n';
    const [f] = await engine.scanText('x.py', 'python', text);
    assert.equal(f.fix?.title, 'Use yaml.safe_load');
    const e = f.fix!.edits[0];
    assert.equal(text.slice(0, e.startIndex) + e.newText + text.slice(e.endIndex), 'import yaml\ndata = yaml.safe_load(f)\n');
  });

  it('treats UPPER_CASE names declared once with a plain literal as constants', async () => {
    const js = 'const EXPR = "1 + 2";\nconst DYN = `${input}`;\nlet expr = "1 + 2";\neval(EXPR);\neval(DYN);\neval(expr);\n';
    assert.deepEqual((await engine.scanText('c.js', 'javascript', js)).map((f) => f.range.start.line), [4, 5]);
  });

  it('does not flag constant arguments', async () => {
    assert.deepEqual(await engine.scanText('x.js', 'javascript', 'eval("1+2"); eval(`3` + "4");\n'), []);
  });
});

describe('code that can never run', () => {
  const engine = makeEngine();

  it('reports nothing in the body of if (false) or of an if on a boolean constant declared false', async () => {
    const py = 'import yaml\nLEGACY = False\n\ndef f(s):\n    if False:\n        yaml.load(s)\n    if LEGACY:\n        yaml.load(s)\n    else:\n        yaml.load(s)\n';
    assert.deepEqual((await engine.scanText('d.py', 'python', py)).map((f) => f.range.start.line), [9], 'only the else branch runs');
    const js = [
      'const { exec } = require("child_process");',
      'const DEBUG_SHELL = false;',
      'let toggled = false;',
      'function run(req) {',
      '  if (DEBUG_SHELL) { exec("sh -c " + req.query.cmd); }',
      '  if (toggled) { exec("sh -c " + req.query.cmd); }',
      '}',
    ].join('\n');
    const findings = await engine.scanText('d.js', 'javascript', js);
    assert.deepEqual(findings.filter((f) => f.ruleId === 'js-command-injection').map((f) => f.range.start.line), [5], 'a mutable flag may be true');
  });

  it('does not treat a name assigned twice as a constant (Python)', async () => {
    const py = 'import yaml\nLEGACY = False\nLEGACY = True\n\ndef f(s):\n    if LEGACY:\n        yaml.load(s)\n';
    assert.equal((await engine.scanText('d.py', 'python', py)).length, 1);
  });
});

describe('robustness', () => {
  const engine = makeEngine();

  it('handles a 20,000-term string concatenation without exhausting the stack', async () => {
    const constant = 'eval(' + Array.from({ length: 20000 }, (_, i) => `"${i}"`).join(' + ') + ');\n';
    assert.deepEqual(await engine.scanText('gen.js', 'javascript', constant), []);
    const dynamic = 'eval(' + Array.from({ length: 20000 }, (_, i) => `"${i}"`).join(' + ') + ' + x);\n';
    assert.equal((await engine.scanText('gen.js', 'javascript', dynamic)).length, 1);
  });

  it('scans a file with syntax errors, counts them, and still reports what it can parse', async () => {
    const result = await engine.scanDocument('broken.js', 'javascript', 'function (( {\n }}} ))) class\nfunction ok(x) { return eval(x); }\n');
    assert.ok(result.parseErrors > 0, 'the syntax errors are counted');
    assert.deepEqual(result.findings.map((f) => f.ruleId), ['js-eval-injection']);
  });
});
