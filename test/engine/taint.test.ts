// The dataflow engine on small programs: exact findings and traces, not just counts.
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Finding } from '../../src/engine';
import { FunctionRun } from '../../src/engine/analysis/interpreter';
import { parseTaintLibrary } from '../../src/engine/analysis/library';
import { scanTree } from '../../src/engine/scan/scanTree';
import { makeEngine } from '../helpers/engine';

const engine = makeEngine();

async function scan(code: string, languageId = 'javascript', file = 'handler.js'): Promise<Finding[]> {
  return (await engine.scanText(file, languageId, code)).filter((f) => f.ruleId.includes('injection') || f.ruleId.includes('traversal'));
}

/** "rule@line" for each finding (1-based lines), sorted. */
function where(findings: Finding[]): string[] {
  return findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}`).sort();
}

function trace(f: Finding): string[] {
  return (f.trace ?? []).map((s) => `${s.kind}:${s.range.start.line + 1}:${s.message}`);
}

describe('taint engine', () => {
  it('traces source → assignment → sink with ranges and snippets; the finding is the sink expression', async () => {
    const findings = await scan([
      'app.get("/u", (req, res) => {',
      '  const id = req.query.id;',
      '  const sql = "SELECT * FROM u WHERE id = " + id;',
      '  db.query(sql);',
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@4']);
    const f = findings[0];
    assert.equal(f.snippet, 'sql');
    assert.deepEqual(f.range, { start: { line: 3, character: 11 }, end: { line: 3, character: 14 } });
    assert.deepEqual(trace(f), [
      'source:2:HTTP request data',
      'step:2:assigned to id',
      'step:3:assigned to sql',
      'sink:4:SQL query text',
    ]);
    assert.equal(f.trace![0].snippet, 'req.query');
    assert.match(f.message, /^HTTP request data reaches the text of a SQL query/);
  });

  it('starts a finding at its call when the tainted argument is on a later line', async () => {
    const findings = await scan([
      'app.get("/u", (req, res) => {',
      '  db.query(',
      '    "SELECT * FROM u WHERE id = " + req.query.id,',
      '    (err, rows) => res.json(rows),',
      '  );',
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@2']);
    assert.deepEqual(findings[0].range, { start: { line: 1, character: 2 }, end: { line: 2, character: 48 } });
    assert.equal(findings[0].snippet, '"SELECT * FROM u WHERE id = " + req.query.id');
    assert.deepEqual(trace(findings[0]).at(-1), 'sink:3:SQL query text');
  });

  it('kills taint when a variable is reassigned a constant, and keeps it when reassigned tainted data', async () => {
    const findings = await scan([
      'function h(req) {',
      '  let a = req.body.a;',
      '  a = "fixed";',
      '  db.query("X" + a);',
      '  let b = "fixed";',
      '  b = req.body.b;',
      '  db.query("X" + b);',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@7']);
  });

  it('skips constant-false branches and joins both sides of real ones', async () => {
    const findings = await scan([
      'function h(req, flag) {',
      '  let q = "SELECT 1";',
      '  if (false) { q = req.query.q; }',
      '  db.query(q);',
      '  if (flag) { q = req.query.q; } else { q = "SELECT 2"; }',
      '  db.query(q);',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@6']);
  });

  it('treats a failed validator that exits as a guard for the rest of the block', async () => {
    const findings = await scan([
      'const ALLOWED = ["a", "b"];',
      'function h(req, res) {',
      '  const col = req.query.col;',
      '  if (!ALLOWED.includes(col)) return res.status(400).end();',
      '  db.query("SELECT " + col);',
      '}',
      'function g(req, res) {',
      '  const col = req.query.col;',
      '  if (!ALLOWED.includes(col)) { console.log("bad"); }',
      '  db.query("SELECT " + col);',
      '}',
      'function k(req) {',
      '  const col = req.query.col;',
      '  if (ALLOWED.includes(col)) { db.query("SELECT " + col); }',
      '  db.query("SELECT x" + col);',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@10', 'js-sql-injection@15']);
  });

  it('applies function summaries: parameter → return, parameter → sink, sanitising helpers, recursion', async () => {
    const findings = await scan([
      'function pass(x) { return x; }',
      'function clean(x) { return parseInt(x, 10); }',
      'function loop(x) { return loop(x); }',
      'function run(sql) { return db.query(sql); }',
      'function h(req) {',
      '  db.query("A" + pass(req.query.a));',
      '  db.query("B" + clean(req.query.b));',
      '  db.query("C" + loop(req.query.c));',
      '  run("D" + req.query.d);',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@4', 'js-sql-injection@6']);
    const viaRun = findings.find((f) => f.range.start.line === 3)!;
    assert.deepEqual(trace(viaRun), ['source:9:HTTP request data', 'step:9:passed to run()', 'step:4:parameter sql', 'sink:4:SQL query text']);
  });

  it('lets each branch of a conditional expression see what its side of the test proves', async () => {
    const findings = await scan([
      'const SORTS = new Set(["name", "date"]);',
      'app.get("/u", (req, res) => {',
      '  const col = req.query.col;',
      '  db.query("SELECT * FROM t ORDER BY " + (SORTS.has(col) ? col : "name"));',
      '  db.query("SELECT * FROM t ORDER BY " + (!SORTS.has(col) ? "name" : col));',
      '  db.query("SELECT * FROM t ORDER BY " + (!SORTS.has(col) ? col : "name"));',
      '  db.query("SELECT * FROM t ORDER BY " + (col.length > 3 ? col : "name"));',
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@6', 'js-sql-injection@7']);
  });

  it('reads guards through && and ||: a check proves something only on the side where it must have passed', async () => {
    const findings = await scan([
      'const SORTS = new Set(["name", "date"]);',
      'app.get("/u", (req, res) => {',
      '  const col = req.query.col;',
      '  if (SORTS.has(col) && col.length < 10) db.query("SELECT * FROM t ORDER BY " + col);',
      '  if (SORTS.has(col) || req.query.debug) db.query("SELECT * FROM t ORDER BY " + col);',
      '  if (!SORTS.has(col) || col.length > 10) return;',
      '  db.query("SELECT * FROM t ORDER BY " + col);',
      '});',
      'app.get("/v", (req, res) => {',
      '  const col = req.query.col;',
      '  if (!SORTS.has(col) && col.length > 10) return;',
      '  db.query("SELECT * FROM t ORDER BY " + col);',
      '});',
      'app.get("/w", (req, res) => {',
      '  let col = req.query.col;',
      '  if (col && !SORTS.has(col)) col = "name";', // kept only if allowed, or empty
      '  db.query("SELECT * FROM t ORDER BY " + col);',
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@12', 'js-sql-injection@5']);
  });

  it('reads a check kept in a variable as the check itself, until the variable is assigned again', async () => {
    const findings = await scan([
      'const SORTS = new Set(["name", "date"]);',
      'app.get("/a", (req, res) => {',
      '  const sort = req.query.sort;',
      '  const allowed = SORTS.has(sort);',
      '  if (!allowed) return res.sendStatus(400);',
      '  db.query("SELECT * FROM t ORDER BY " + sort);', // guarded
      '});',
      'app.get("/b", (req, res) => {',
      '  const sort = req.query.sort;',
      '  let allowed = SORTS.has(sort);',
      '  allowed = true;',
      '  if (!allowed) return res.sendStatus(400);',
      '  db.query("SELECT * FROM t ORDER BY " + sort);', // the variable no longer holds the check
      '});',
      'app.get("/c", (req, res) => {',
      '  const sort = req.query.sort;',
      '  const unknown = !SORTS.has(sort);',
      '  if (unknown || req.query.debug) return res.sendStatus(400);',
      '  db.query("SELECT * FROM t ORDER BY " + sort);', // failed check exits, through ||
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@13']);
  });

  it('follows data one method stores in a field of its object into the other methods of the class that read it', async () => {
    const js = await scan([
      'class Accounts {',
      '  setFilter(req) { this.owner = req.query.owner; this.limit = Number(req.query.limit); }',
      '  list() { return db.query(`SELECT * FROM a WHERE owner = \'${this.owner}\' LIMIT ${this.limit}`); }', // owner is request data
      '  mine() { this.owner = "me"; return db.query(`SELECT * FROM a WHERE owner = \'${this.owner}\'`); }', // set here first
      '  count() { return db.query(`SELECT count(*) FROM a WHERE owner = \'${this.name}\'`); }', // another field
      '}',
      'class Other {',
      '  list() { return db.query(`SELECT * FROM a WHERE owner = \'${this.owner}\'`); }', // another class
      '}',
    ].join('\n'));
    assert.deepEqual(where(js), ['js-sql-injection@3']);
    const py = await scan([
      'class Repo:',
      '    def set_filter(self, request):',
      '        self.owner = request.args.get("owner")',
      '    def rows(self):',
      '        return self.db.execute("SELECT * FROM t WHERE owner = \'%s\'" % self.owner)',
    ].join('\n'), 'python', 'repo.py');
    assert.deepEqual(where(py), ['py-sql-injection@5']);
  });

  it('runs a switch case by case: constant labels allow-list the subject, break flows on, a default means some case ran', async () => {
    const findings = await scan([
      'app.get("/u", (req, res) => {',
      '  let kind = req.query.kind;',
      '  switch (kind) { case "in": case "out": break; default: kind = "in"; }',
      '  db.query("SELECT * FROM t WHERE k = " + kind);', // one of the constants
      '  let other = req.query.other;',
      '  switch (other) { case "a": break; }',
      '  db.query("SELECT * FROM t WHERE k = " + other);', // no default: any value gets through
      '  let sql = "SELECT 1";',
      '  switch (mode) { case 1: sql = "SELECT " + req.query.col; break; default: sql = "SELECT 2"; }',
      '  db.query(sql);', // tainted in case 1, which ends in break
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@10', 'js-sql-injection@7']);
    const go = (await engine.scanText('h.go', 'go', [
      'package main',
      'func Book(w http.ResponseWriter, r *http.Request) {',
      '\tkind := r.PostFormValue("kind")',
      '\tswitch kind {',
      '\tcase "inbound", "outbound":',
      '\tdefault:',
      '\t\tkind = "inbound"',
      '\t}',
      '\tdb.Exec(fmt.Sprintf("INSERT INTO b VALUES (\'%s\')", kind))',
      '\tdb.Exec(fmt.Sprintf("INSERT INTO b VALUES (\'%s\')", r.PostFormValue("other")))',
      '}',
    ].join('\n'))).filter((f) => f.ruleId === 'go-sql-injection');
    assert.deepEqual(where(go), ['go-sql-injection@10']);
  });

  it('takes req/ctx for the framework request only when the function did not declare the name itself', async () => {
    const findings = await scan([
      'router.get("/a", async (ctx) => { db.query("SELECT * FROM t WHERE p = \'" + ctx.path + "\'"); });',
      'function parse(input) {',
      '  const ctx = makeContext(input);',
      '  db.query("SELECT * FROM t WHERE p = \'" + ctx.path + "\'");',
      '}',
      'function walk(input) {',
      '  const { ctx: parent } = input;',
      '  db.query("SELECT * FROM t WHERE p = \'" + ctx.path + "\'");', // ctx is not the declared name here
      '}',
      'function each(input) {',
      '  const { ctx } = prepare(input);',
      '  input.items.map((item) => db.query("SELECT * FROM t WHERE p = \'" + ctx.path + "\'"));', // a closure over the local
      '  input.items.map((ctx) => db.query("SELECT * FROM t WHERE p = \'" + ctx.path + "\'"));', // a parameter again
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@1', 'js-sql-injection@13', 'js-sql-injection@8']);
  });

  it('tells collection entries apart by constant key', async () => {
    const findings = await scan([
      'function h(req) {',
      '  const m = new Map();',
      '  m.set("user", req.query.user);',
      '  m.set("table", "accounts");',
      '  db.query("FROM " + m.get("table"));',
      '  db.query("WHERE " + m.get("user"));',
      '  const o = { t: "x", u: req.query.u };',
      '  db.query(o.t);',
      '  db.query(o.u);',
      '  const arr = ["safe", req.query.v];',
      '  db.query(arr[0]);',
      '  db.query(arr[1]);',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@12', 'js-sql-injection@6', 'js-sql-injection@9']);
  });

  it('follows loops, destructuring, template literals and string methods', async () => {
    const findings = await scan([
      'function h(req) {',
      '  const { name, n } = req.body;',
      '  let q = "";',
      '  for (const part of [1, 2]) { q = q + "," + name.trim(); }',
      '  db.query(`SELECT ${q}`);',
      '  db.query(`SELECT ${Number(n)}`);',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@5']);
  });

  it('re-scans only the functions overlapping a range, still using summaries of helpers outside it', async () => {
    const code = [
      'function wrap(x) { return "SELECT " + x; }',
      'function a(req) { db.query(wrap(req.query.a)); }',
      'function b(req) { db.query(wrap(req.query.b)); }',
    ].join('\n');
    const tree = await engine.parse('javascript', code);
    try {
      const compiled = engine.rules.forLanguage('javascript', await engine.registry.load('javascript'));
      const whole = scanTree({ file: 'r.js', languageId: 'javascript', text: code, tree, compiled });
      assert.deepEqual(where(whole), ['js-sql-injection@2', 'js-sql-injection@3']);
      const start = code.indexOf('function b');
      const ranged = scanTree({ file: 'r.js', languageId: 'javascript', text: code, tree, compiled, taintRange: { startIndex: start, endIndex: code.length } });
      assert.deepEqual(where(ranged.filter((f) => f.ruleId === 'js-sql-injection')), ['js-sql-injection@3']);
      assert.deepEqual(trace(ranged.find((f) => f.ruleId === 'js-sql-injection')!), ['source:3:HTTP request data', 'step:3:through wrap()', 'sink:3:SQL query text']);
    } finally {
      tree.delete();
    }
  });

  it('follows a module-level source into the handlers that name it, not into those that do not', async () => {
    const findings = await scan([
      'const target = process.argv[2];', // a source outside every function: the top level is analysed
      'const label = "report";',
      'app.get("/a", (req, res) => { db.query("SELECT * FROM t WHERE x = \'" + target + "\'"); });',
      'app.get("/b", (req, res) => { db.query("SELECT * FROM t WHERE x = \'" + label + "\'"); });',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@3']);
  });

  it('follows tainted variables into functions declared inside the function that holds them', async () => {
    const findings = await scan([
      'function page(req, res) {',
      '  const name = req.query.name;',
      '  function lookup() { return db.query("SELECT * FROM t WHERE n = \'" + name + "\'"); }',
      '  function constant() { return db.query("SELECT * FROM t WHERE n = \'admin\'"); }',
      '  function shadowed(name) { return db.query("SELECT * FROM t WHERE n = \'" + name + "\'"); }',
      '  return lookup();',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@3']);
    // The same at the top level of a module.
    const moduleLevel = await scan([
      'const target = process.argv[2];',
      'function run() { db.query("SELECT * FROM t WHERE x = \'" + target + "\'"); }',
      'function safe() { db.query("SELECT * FROM t WHERE x = 1"); }',
    ].join('\n'));
    assert.deepEqual(where(moduleLevel), ['js-sql-injection@2']);
  });

  it('summarises a helper called with clean arguments only when it reads a source itself', async () => {
    const findings = await scan([
      'function fromRequest(req) { return req.query.name; }',
      'function constantName() { return "admin"; }',
      'app.get("/u", (req, res) => {',
      '  db.query("SELECT * FROM u WHERE n = \'" + fromRequest(req) + "\'");',
      '  db.query("SELECT * FROM u WHERE n = \'" + constantName() + "\'");',
      '});',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@4']);
  });

  it('follows source data returned through two callers; callers of a function returning nothing tainted find nothing', async () => {
    const findings = await scan([
      'function argument() { return process.argv[2]; }', // holds the source, returns it
      'function wrapped() { return "name=" + argument(); }', // caller: returns it on
      'function run() { db.query("SELECT * FROM t WHERE " + wrapped()); }', // caller of the caller: the sink
      'function logOnly() { console.log(process.argv[2]); return 1; }', // holds the source, returns nothing tainted
      'function count() { db.query("SELECT * FROM t LIMIT " + logOnly()); }', // its caller: clean
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@3']);
    assert.deepEqual(trace(findings[0]), ['source:1:command-line argument', 'step:2:returned by argument()', 'step:3:returned by wrapped()', 'sink:3:SQL query text']);
  });

  it('decides callees before their callers, wherever they are found, and skips callers of functions that return nothing', async () => {
    const analysed: string[] = [];
    const original = FunctionRun.prototype.run;
    FunctionRun.prototype.run = function (this: FunctionRun) {
      const run = this as unknown as { fn: { text: string }; symbolic: boolean };
      if (!run.symbolic) analysed.push(/func(?:tion)? (\w+)/.exec(run.fn.text)?.[1] ?? '?');
      return original.call(this);
    };
    try {
      // `before` is found as a caller of `logged` in the same round as `after`, which it also
      // calls: `after` must be decided first.
      const js = [
        'function before() { logged(); after(); }',
        'function after() { logged(); }',
        'function logged() { console.log(process.argv[2]); return 1; }',
        'function run() { db.query("SELECT * FROM t WHERE " + wrapped()); }',
        'function wrapped() { return "name=" + process.argv[4]; }',
      ].join('\n');
      assert.deepEqual(where(await scan(js)), ['js-sql-injection@4']);
      assert.deepEqual(analysed.sort(), ['logged', 'run', 'wrapped']);
      // `kept` holds a source but no sink and returns no value: it need not run, nor its caller.
      analysed.length = 0;
      const go = [
        'package main',
        'import ("database/sql"; "os")',
        'func after() { kept() }',
        'func kept() { name := os.Args[2]; _ = name }',
        'func run(db *sql.DB) { db.Query("SELECT * FROM t WHERE n = \'" + os.Args[1] + "\'") }',
      ].join('\n');
      assert.deepEqual(where(await scan(go, 'go', 'main.go')), ['go-sql-injection@5']);
      assert.deepEqual(analysed, ['run']);
    } finally {
      FunctionRun.prototype.run = original;
    }
  });

  it('resolves this.f() to the class around the call when several classes define f', async () => {
    const findings = await scan([
      'class Safe {',
      '  find(req) { return this.lookup(req.query.id); }',
      '  lookup(id) { return db.query("SELECT 1 WHERE id = ?", [id]); }',
      '}',
      'class Fixed {', // its lookup is unsafe, but only ever called with a constant
      '  find() { return this.lookup("1"); }',
      '  lookup(id) { return db.query("SELECT 1 WHERE id = " + id); }',
      '}',
      'class Unsafe {',
      '  find(req) { return this.search(req.query.id); }',
      '  search(id) { return db.query("SELECT 2 WHERE id = " + id); }',
      '}',
    ].join('\n'));
    assert.deepEqual(where(findings), ['js-sql-injection@11']);
  });

  it('keeps a source visible through a parameter of the same name (Django request.POST.get)', async () => {
    const findings = await scan([
      'def search(request):',
      '    term = request.POST.get("term", "")',
      '    filters = {"status": "open"}',
      '    filters["term"] = term',
      '    cursor.execute("SELECT %s" % filters["status"])',
      '    cursor.execute("SELECT %s" % filters["term"])',
    ].join('\n'), 'python', 'views.py');
    assert.deepEqual(where(findings), ['py-sql-injection@6']);
    assert.deepEqual(trace(findings[0]).map((t) => t.replace(/^\w+:\d+:/, '')), ['HTTP request data', 'assigned to term', 'assigned to filters["term"]', 'SQL query text']);
  });

  it('keeps pattern findings and reports the problem when the dataflow analysis fails on a file', async () => {
    const e = makeEngine();
    const compiled = e.rules.forLanguage('javascript', await e.registry.load('javascript'));
    const broken = { ...compiled.taint!, sources: { matchFile: () => { throw new Error('boom'); } } } as unknown as typeof compiled.taint;
    const code = 'function h(req) { eval(req.query.x); db.query(req.query.y); }';
    const tree = await e.parse('javascript', code);
    try {
      const findings = scanTree({ file: 'f.js', languageId: 'javascript', text: code, tree, compiled: { ...compiled, taint: broken } });
      assert.deepEqual(findings.map((f) => f.ruleId), ['js-eval-injection']);
      assert.deepEqual(compiled.errors.filter((x) => x.file === 'f.js').map((x) => x.message), ['taint analysis skipped for this file: boom']);
    } finally {
      tree.delete();
    }
  });

  it('lets a separate rule pack use the built-in library names, with inline sinks', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-taint-pack-'));
    writeFileSync(join(dir, 'my-ssrf.yaml'), [
      'id: my-ssrf',
      'title: SSRF through fetch',
      'languages: [javascript]',
      'severity: warning',
      'confidence: medium',
      'message: "{{source}} chooses the URL fetched ({{sink}})"',
      'cwe: CWE-918',
      'owasp: A10:2021-Server-Side Request Forgery',
      'explanation: The server fetches a URL chosen by the client.',
      'references: [https://cwe.mitre.org/data/definitions/918.html]',
      'taint:',
      '  sources: [express-request]',
      '  sinks:',
      '    - label: URL fetched by the server',
      '      query: |',
      '        (call_expression function: (identifier) @f (#eq? @f "fetch") arguments: (arguments . (_) @sink))',
      '  sanitizers: [url-allow-list]',
    ].join('\n'));
    const e = makeEngine({ builtinRuleDirs: [dir] });
    assert.deepEqual(await e.compileAll(), []);
    const findings = await e.scanText('p.js', 'javascript', [
      'const HOSTS = new Set(["api.example.com"]);',
      'async function proxy(req, res) {',
      '  await fetch(req.query.url);',
      '  const u = new URL(req.query.url);',
      '  if (!HOSTS.has(u.hostname)) return res.sendStatus(400);',
      '  await fetch(u);',
      '}',
    ].join('\n'));
    assert.deepEqual(findings.map((f) => `${f.ruleId}@${f.range.start.line + 1}: ${f.message}`), ['my-ssrf@3: HTTP request data chooses the URL fetched (URL fetched by the server)']);
  });

  it('reports library errors with file, line and column', () => {
    const text = [
      'languages: [javascript]',
      'sources:',
      '  good:',
      '    query: "(identifier) @source"',
      '  bad-capture:',
      '    query: "(identifier) @x"',
      '  unknown-field:',
      '    quer: "(identifier) @source"',
      'sinkz: {}',
    ].join('\n');
    const { library, errors } = parseTaintLibrary(text, '/lib/_taint.yaml');
    assert.deepEqual(library?.entries.map((e) => e.name), ['good']);
    assert.deepEqual(errors.map((e) => `${e.line}:${e.column} ${e.message}`), [
      "9:1 unknown field 'sinkz' (a taint library has languages, sources, sinks, sanitizers, propagators)",
      '6:12 sources.bad-capture: the query must capture @source',
      "8:5 unknown field 'quer' in sources.unknown-field (allowed: label, query, languages, requires)",
      'sources.unknown-field needs a non-empty \'query\''.replace(/^/, '7:3 '),
    ]);
  });

  it('reports an invalid library query at its position in the library file and unknown names in rules', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vigil-taint-'));
    writeFileSync(join(dir, '_taint.yaml'), [
      'languages: [javascript]',
      'sources:',
      '  user-input:',
      '    query: |',
      '      (call_expression function: (identifer) @f) @source',
      'sinks:',
      '  sql:',
      '    query: |',
      '      (call_expression arguments: (arguments (_) @sink))',
    ].join('\n'));
    writeFileSync(join(dir, 'my-taint.yaml'), [
      'id: my-taint',
      'title: t',
      'languages: [javascript]',
      'severity: error',
      'confidence: high',
      'message: "m"',
      'cwe: CWE-89',
      'owasp: A03:2021-Injection',
      'explanation: x',
      'references: [https://cwe.mitre.org/data/definitions/89.html]',
      'taint:',
      '  sources: [user-input, nothing-here]',
      '  sinks: [sql]',
    ].join('\n'));
    const e = makeEngine({ builtinRuleDirs: [dir] });
    const errors = await e.compileAll();
    const text = errors.map((x) => `${x.file.slice(dir.length + 1)}:${x.line}:${x.column} ${x.message}`);
    assert.equal(text.length, 2, text.join('\n'));
    assert.match(text[0], /^_taint\.yaml:5:35 sources\.user-input: invalid query: Bad node name 'identifer'/);
    assert.match(text[1], /^my-taint\.yaml:12:25 unknown taint source 'nothing-here' for javascript/);
  });
});
