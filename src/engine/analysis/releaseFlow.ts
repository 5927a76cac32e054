// Where a C/C++ pointer is used or released again after `free`/`delete`, following the function's
// statements in order: blocks, if/else, loops (a second pass along the back edge), switch cases,
// goto into cleanup labels, early returns. Backs `#vigil-after-release?` (rules c-double-free,
// c-use-after-free, c-double-delete, c-use-after-delete).
//
// Precision first. A pointer counts as released at a point when either
//  - it was released on EVERY path reaching that point (must), or
//  - some path runs from the release to the point without entering a branch arm that the point
//    is in but the release was not (forced): `if (err) free(p); … free(p);`,
//    `free(p); goto out; … out: free(p);`, a `case` falling through. Each branch arm (if/else,
//    loop body, switch body, catch, #if alternative) gets an id; a release remembers the stack of
//    arms open at it, and counts at a later point when the point's stack is a prefix of it.
// So releases on mutually exclusive branches, on paths that return early, or before a reassignment
// (`p = NULL`, `p = malloc(…)`, `init(&p)`, a redeclaration) are never reported; nor are uses that
// sit inside a condition of their own (`if (a) free(p); if (b) use(p);`: a and b may exclude each other).
// A loop body is walked a second time starting from the state at its back edge ("if the loop runs
// again"), which is how `for (…) { free(buf); }` on a loop-invariant pointer is found.
// Also followed, within one file: locals copied from the pointer (`q = p`), helpers that free a
// parameter on every path where it is not NULL (`entry_free(e)`), and functions that never return
// (declared noreturn, or ending in exit()). Paths two fields deep (`a->b->c`) are not tracked.
import type { Node, Tree } from 'web-tree-sitter';

export type ReleaseKind = 'free' | 'delete';
export type ReleaseHit = 'again' | 'use';

/** 'null': on this path the pointer is known to be NULL (`if (!p) return;`), which a helper need not free. */
type Fact = ReleaseKind | 'null';
/** A release reached straight from where it happened: the arm stacks (`/1/4/`) open at it. */
interface Forced {
  kind: ReleaseKind;
  stacks: string[];
}
interface State {
  must: Map<string, Fact>;
  forced: Map<string, Forced>;
  /** `q = p` / `T *q = p`: the local q holds the pointer named by p (until either changes). */
  aliases: Map<string, string>;
}
/** Local functions that release some of their parameters: name → kind per parameter position. */
type Helpers = Map<string, Array<ReleaseKind | undefined>>;
/** null: no path reaches this point. */
type Flow = State | null;

const FREE_FUNCTIONS = new Set(['free', 'std::free', '::free', 'g_free']);
/** Calls that never return: the path ends there (like `return`). */
const NO_RETURN = /^(std::)?(exit|_exit|_Exit|quick_exit|abort|terminate|longjmp|siglongjmp|err|errx|verr|verrx|__builtin_unreachable|__builtin_trap|die|fatal|panic|BUG|g_error)$/;
/** `x = y;`, `T *x = (T *)y->z;`: statements that may copy a pointer. */
const PLAIN_COPY = /=\s*(\([^()]*\)\s*)?[A-Za-z_][\w]*(\s*(->|\.)\s*[A-Za-z_]\w*)?\s*;\s*$/;
const NO_RETURN_TEXT = /\b(exit|_exit|_Exit|quick_exit|abort|terminate|longjmp|siglongjmp|err|errx|verr|verrx|__builtin_unreachable|__builtin_trap|die|fatal|panic|BUG|g_error)\s*\(/;
/** Calls that neither dereference their pointer arguments nor can reset a pointer held elsewhere. */
const NOT_A_USE = new Set(['assert', 'free', 'std::free', '::free', 'sizeof']);
const PURE_LIBRARY = /^(std::)?(f?printf|s?n?printf|puts|fputs|strlen|strcmp|strncmp|memcmp|memcpy|memmove|memset|strcpy|strncpy|strcat|strncat|perror|close|fclose|assert|malloc|calloc|realloc|strdup)$/;
/** Expressions whose operands are not evaluated (or evaluated elsewhere). */
const NOT_EVALUATED = new Set(['sizeof_expression', 'alignof_expression', 'offsetof_expression', 'decltype', 'lambda_expression',
  'string_literal', 'raw_string_literal', 'concatenated_string', 'char_literal', 'number_literal', 'type_descriptor']);
/** Jumps are never skipped: they end the path or feed a loop, exit or label join. */
const IDLE_NEVER = new Set(['return_statement', 'throw_statement', 'break_statement', 'continue_statement', 'goto_statement', 'co_return_statement']);
/** Statements that change no pointer and release nothing. */
const INERT = new Set(['comment', 'empty_statement', 'type_definition', 'struct_specifier', 'enum_specifier', 'union_specifier',
  'class_specifier', 'alias_declaration', 'using_declaration', 'static_assert_declaration', 'namespace_alias_definition', ';', 'preproc_call', 'preproc_def', 'preproc_function_def', 'preproc_include']);

/** node id → its range and the hits recorded there, e.g. "free:again", "delete:use". */
type Hits = Map<number, { start: number; end: number; keys: Set<string> }>;

/**
 * One tree's analysis. Helpers (round 1) are found for the whole file at once; the other
 * functions (round 2) are walked only when a match inside them is asked about, so an editor's
 * re-scan of one edited function does not walk every function of the file again.
 */
interface TreeAnalysis {
  hits: Hits;
  fns: Array<{ fn: Node; body: Node | null; start: number; end: number }>;
  texts: string[];
  helpers: Helpers;
  names: string[];
  quick: RegExp;
  noReturn: Set<string>;
  /** Functions walked in round 1, and how many helpers were known then. */
  walked: Map<number, number>;
  /** Functions whose round 2 has run (or was not needed). */
  done: Set<number>;
}
const cache = new WeakMap<Tree, TreeAnalysis>();

/** True when the analysis found @node released (by `kind`) before this point and `hit` describes how it is touched. */
export function isAfterRelease(node: Node, kind: ReleaseKind, hit: ReleaseHit): boolean {
  const analysis = analysisOf(node.tree);
  const i = functionIndexAt(analysis.fns, node.startIndex, node.endIndex);
  if (i >= 0 && !analysis.done.has(i)) {
    analysis.done.add(i);
    walkRoundTwo(analysis, i);
  }
  return analysis.hits.get(node.id)?.keys.has(`${kind}:${hit}`) ?? false;
}

/**
 * Where in the tree `kind` / `hit` holds: the ranges of every node the analysis marks, after
 * walking every function that releases anything. A scan queries only these (see rules/regions.ts).
 */
export function releasedRanges(tree: Tree, kind: ReleaseKind, hit: ReleaseHit): Array<[number, number]> {
  const analysis = analysisOf(tree);
  for (let i = 0; i < analysis.fns.length; i++) {
    if (analysis.done.has(i)) continue;
    analysis.done.add(i);
    walkRoundTwo(analysis, i);
  }
  const key = `${kind}:${hit}`;
  const out: Array<[number, number]> = [];
  for (const h of analysis.hits.values()) if (h.keys.has(key)) out.push([h.start, h.end]);
  return out.sort((a, b) => a[0] - b[0]);
}

function analysisOf(tree: Tree): TreeAnalysis {
  let analysis = cache.get(tree);
  if (!analysis) {
    analysis = prepareTree(tree);
    cache.set(tree, analysis);
  }
  return analysis;
}

function prepareTree(tree: Tree): TreeAnalysis {
  const hits: Hits = new Map();
  const fns = functionsOf(tree.rootNode)
    .map((fn) => ({ fn, body: fn.childForFieldName('body'), start: fn.startIndex, end: fn.endIndex }))
    .sort((x, y) => x.start - y.start);
  const texts = fns.map(({ body }) => body?.text ?? '');
  const noReturn = noReturnFunctions(tree.rootNode.text, fns, texts);
  // Round 1, in source order: helpers such as `entry_free(e) { free(e->key); free(e); }` that release a
  // parameter on every path where it is not NULL. Calls to them then release their argument.
  const helpers: Helpers = new Map();
  const walked = new Map<number, number>();
  fns.forEach(({ fn, body }, i) => {
    if (!body || !RELEASE_TEXT.test(texts[i])) return;
    const name = functionName(fn);
    const params = paramNames(fn);
    const named = params.filter((p) => p !== '').map(escapeRegex).join('|');
    if (!name || !named) return;
    const releases = new RegExp(`\\b(?:g_)?free\\s*\\(\\s*(?:\\([^()]*\\)\\s*)?(?:${named})\\b|\\bdelete\\s*(?:\\[\\s*\\])?\\s*(?:${named})\\b`);
    if (!releases.test(texts[i])) return;
    try {
      const walk = new FunctionWalk(hits, fn, helpers, RELEASE_TEXT).withNoReturn(noReturn);
      walk.run(body);
      walked.set(i, helpers.size);
      const kinds = params.map((p) => (p ? walk.releasedOnEveryExit(p) : undefined));
      if (kinds.some((k) => k)) helpers.set(name, kinds);
    } catch {
      // not a helper this analysis understands
    }
  });
  const names = [...helpers.keys()];
  const quick = names.length ? new RegExp(`${RELEASE_TEXT.source}|\\b(?:${names.map(escapeRegex).join('|')})\\s*\\(`) : RELEASE_TEXT;
  return { hits, fns, texts, helpers, names, quick, noReturn, walked, done: new Set() };
}

/** Round 2 for one function: every function that releases something or calls a helper. */
function walkRoundTwo(a: TreeAnalysis, i: number): void {
  const { fn, body } = a.fns[i];
  const known = a.walked.get(i);
  // Walked in round 1 and no helper found later is called here: its hits are complete.
  if (known !== undefined && !a.names.slice(known).some((h) => a.texts[i].includes(h))) return;
  if (!body || !(RELEASE_TEXT.test(a.texts[i]) || a.names.some((h) => a.texts[i].includes(h)))) return;
  try {
    new FunctionWalk(a.hits, fn, a.helpers, a.quick).withNoReturn(a.noReturn).run(body);
  } catch {
    // A grammar shape this walk does not expect: report nothing for this function rather than guess.
  }
}

/** The function (sorted by start) containing the range: the innermost of those starting before it. */
function functionIndexAt(fns: TreeAnalysis['fns'], start: number, end: number): number {
  let lo = 0;
  let hi = fns.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (fns[mid].start <= start) lo = mid + 1; else hi = mid; }
  for (let i = lo - 1; i >= 0; i--) if (fns[i].end >= end) return i;
  return -1;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function functionName(fn: Node): string | null {
  const d = findFunctionDeclarator(fn.childForFieldName('declarator'))?.childForFieldName('declarator');
  return d && (d.type === 'identifier' || d.type === 'field_identifier') ? d.text : null;
}
function paramNames(fn: Node): string[] {
  const params = findFunctionDeclarator(fn.childForFieldName('declarator'))?.childForFieldName('parameters');
  return (params?.namedChildren ?? []).map((p) => (p ? declaredName(p.childForFieldName('declarator')) ?? '' : ''));
}

/** Text that can hold a release; statements without it are skipped while nothing is released. */
export const RELEASE_TEXT = /free\b|\bdelete\b/;
/** Containers that can hold function definitions (walking only these is much cheaper than every node). */
const CONTAINERS = new Set(['translation_unit', 'preproc_if', 'preproc_ifdef', 'preproc_else', 'preproc_elif', 'namespace_definition',
  'declaration_list', 'linkage_specification', 'template_declaration', 'class_specifier', 'struct_specifier', 'union_specifier',
  'field_declaration_list', 'export_declaration']);

function functionsOf(root: Node): Node[] {
  const out: Node[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of n.namedChildren) {
      if (!c) continue;
      if (c.type === 'function_definition') out.push(c);
      else if (CONTAINERS.has(c.type) || c.type === 'declaration' && c.text.includes('{')) stack.push(c);
    }
  }
  return out;
}

function emptyState(): State {
  return { must: new Map(), forced: new Map(), aliases: new Map() };
}
function clone(s: Flow): Flow {
  return s && { must: new Map(s.must), forced: new Map(s.forced), aliases: new Map(s.aliases) };
}
/** Paths meet: released on all incoming paths (must), or straight from a release on one of them (forced). */
function join(a: Flow, b: Flow): Flow {
  if (!a) return clone(b);
  if (!b) return clone(a);
  const must = new Map([...a.must].filter(([k]) => b.must.has(k)));
  const forced = new Map(a.forced);
  for (const [k, f] of b.forced) {
    const other = forced.get(k);
    forced.set(k, other ? { kind: other.kind, stacks: [...new Set([...other.stacks, ...f.stacks])] } : f);
  }
  const aliases = new Map([...a.aliases].filter(([k, v]) => b.aliases.get(k) === v));
  return { must, forced, aliases };
}
function isEmpty(s: State): boolean {
  return s.must.size === 0 && s.forced.size === 0;
}
/** Forgets `path` and everything reached through it (`p`, `p->buf`, `p.items`). */
function kill(s: Flow, path: string, selfToo = true): void {
  if (!s) return;
  const hit = (k: string) => (selfToo && k === path) || k.startsWith(`${path}->`) || k.startsWith(`${path}.`);
  for (const map of [s.must, s.forced]) {
    for (const k of [...map.keys()]) if (hit(k)) map.delete(k);
  }
  for (const [k, v] of [...s.aliases]) if (hit(k) || hit(v)) s.aliases.delete(k);
}
function rootOf(path: string): string {
  return path.split(/->|\./)[0];
}

/** `p`, `e->data`, `s.buf`, `this->buf_`: a location the analysis can name; null for anything else. */
function pathOf(node: Node | null): string | null {
  if (!node) return null;
  switch (node.type) {
    case 'identifier': case 'this': case 'field_identifier':
      return node.text;
    case 'parenthesized_expression':
      return node.namedChildCount === 1 ? pathOf(node.namedChildren[0]) : null;
    case 'field_expression': {
      const base = pathOf(node.childForFieldName('argument'));
      const field = node.childForFieldName('field');
      const op = node.childForFieldName('operator')?.text ?? (node.text.includes('->') ? '->' : '.');
      return base && field && field.type === 'field_identifier' ? `${base}${op}${field.text}` : null;
    }
    default:
      return null;
  }
}

function declaredName(declarator: Node | null): string | null {
  for (let d = declarator; d; ) {
    if (d.type === 'identifier' || d.type === 'field_identifier') return d.text;
    d = d.childForFieldName('declarator') ?? d.namedChildren.find((c) => c !== null && c.type !== 'attribute_declaration') ?? null;
  }
  return null;
}

class FunctionWalk {
  private readonly breaks: Flow[][] = [];
  private readonly continues: Flow[][] = [];
  private readonly labels = new Map<string, Flow>();
  private readonly scopes: string[][] = [[]];
  private readonly locals = new Set<string>();
  /** Paths already reported as used in the current statement (one finding per statement and pointer). */
  private usedHere = new Set<string>();
  private conditional = 0;
  /** The branch arms open at the current point, outermost first (`/3/7/`). */
  private arms = '/';
  private armCount = 0;
  /** States at each `return` and at the end of the body (for helper summaries). */
  private readonly exits: Flow[] = [];
  /** Same-file functions that never return, and a quick text test for calls to them. */
  private noReturn = new Set<string>();
  private noReturnText: RegExp | undefined;

  constructor(private readonly hits: Hits, fn: Node, private readonly helpers: Helpers, private readonly releaseText: RegExp) {
    const params = fn.type === 'lambda_expression' ? fn.childForFieldName('declarator') : findFunctionDeclarator(fn.childForFieldName('declarator'));
    for (const p of params?.childForFieldName('parameters')?.namedChildren ?? []) {
      const name = p ? declaredName(p.childForFieldName('declarator')) : null;
      if (name) this.locals.add(name);
    }
  }

  /** Calls to these same-file functions end the path like exit(). */
  withNoReturn(names: Set<string>): this {
    this.noReturn = names;
    this.noReturnText = names.size ? new RegExp(`\\b(${[...names].map(escapeRegex).join('|')})\\s*\\(`) : undefined;
    return this;
  }

  private isNoReturnCall(e: Node): boolean {
    if (e.type !== 'call_expression') return false;
    const fn = e.childForFieldName('function')?.text;
    return fn !== undefined && (NO_RETURN.test(fn) || this.noReturn.has(fn));
  }

  run(body: Node): void {
    const end = this.exec(body, emptyState());
    this.exits.push(end);
  }

  /** The kind that releases parameter `name` on every way out of the function where it is not NULL. */
  releasedOnEveryExit(name: string): ReleaseKind | undefined {
    let kind: ReleaseKind | undefined;
    for (const e of this.exits) {
      if (!e) continue;
      const fact = e.must.get(name);
      if (!fact) return undefined;
      if (fact !== 'null') kind = fact;
    }
    return kind;
  }

  private record(node: Node, kind: ReleaseKind, hit: ReleaseHit): void {
    let h = this.hits.get(node.id);
    if (!h) this.hits.set(node.id, (h = { start: node.startIndex, end: node.endIndex, keys: new Set() }));
    h.keys.add(`${kind}:${hit}`);
  }

  /** How `path` was released, if it counts as released at the current point (see the file comment). */
  private released(s: State, path: string): ReleaseKind | undefined {
    const fact = s.must.get(path);
    if (fact && fact !== 'null') return fact;
    const f = s.forced.get(path);
    return f && f.stacks.some((stack) => stack.startsWith(this.arms)) ? f.kind : undefined;
  }

  /** True when `text` cannot touch a tracked pointer: it names none of them and, if some are not
   *  local (a callee could reassign those), calls nothing. */
  private untouched(s: State, text: string): boolean {
    // A plain copy (`q = p;`, `T *q = e->buf;`) may create an alias: walk it.
    if (PLAIN_COPY.test(text)) return false;
    for (const [k, v] of s.aliases) if (text.includes(k) || text.includes(rootOf(v))) return false;
    for (const map of [s.must, s.forced]) {
      for (const k of map.keys()) {
        const root = rootOf(k);
        if (text.includes(root) || (!this.locals.has(root) && text.includes('('))) return false;
      }
    }
    return true;
  }

  /** Runs `fn` inside a new branch arm. */
  private arm<T>(fn: () => T): T {
    const saved = this.arms;
    this.arms = `${saved}${++this.armCount}/`;
    try {
      return fn();
    } finally {
      this.arms = saved;
    }
  }

  private use(node: Node | null, s: State): void {
    const path = pathOf(node);
    if (!node || !path || this.usedHere.has(path)) return;
    const kind = this.released(s, path);
    if (!kind) return;
    this.usedHere.add(path);
    this.record(node, kind, 'use');
  }

  private declare(name: string | null, s: Flow): void {
    if (!name) return;
    kill(s, name);
    this.locals.add(name);
    this.scopes[this.scopes.length - 1].push(name);
  }

  // ---- statements ----

  private exec(node: Node | null, s: Flow): Flow {
    if (!node) return s;
    const type = node.type; // each read of a node property is a call into WASM
    if (type === 'labeled_statement') {
      const label = node.childForFieldName('label')?.text ?? '';
      const inner = node.namedChildren.filter((c) => c !== null && c.type !== 'statement_identifier');
      return this.seq(inner, join(s, this.labels.get(label) ?? null));
    }
    if (type === 'compound_statement') return this.block(node.namedChildren, s);
    if (!s) return null;
    this.usedHere = new Set();
    // A statement that releases nothing, mentions no tracked pointer and holds no jump (whose
    // `continue`/`break`/`return`/`goto` states feed loop, exit and label joins) changes nothing but
    // the names it declares: skip its expressions. This is most statements of most functions.
    if (!IDLE_NEVER.has(type)) {
      const text = node.text;
      const simple = type === 'expression_statement' || type === 'declaration';
      if (!this.releaseText.test(text) && (simple || !/\b(goto|continue|break|return)\b/.test(text)) && this.untouched(s, text)) {
        if (type === 'declaration') this.declaration(node, s, false);
        if (type !== 'expression_statement' || !(NO_RETURN_TEXT.test(text) || this.noReturnText?.test(text))) return s;
        const e = node.namedChildren[0];
        return e && this.isNoReturnCall(e) ? null : s;
      }
    }
    switch (type) {
      case 'expression_statement': {
        const e = node.namedChildren[0];
        if (!e) return s;
        this.expr(e, s);
        return this.isNoReturnCall(e) ? null : s;
      }
      case 'declaration':
        this.declaration(node, s);
        return s;
      case 'return_statement': case 'throw_statement': case 'co_return_statement':
        for (const c of node.namedChildren) {
          if (!c) continue;
          // `free(buf); return buf;` hands a dangling pointer to the caller.
          if (node.type === 'return_statement' && pathOf(c)) this.use(c, s);
          this.expr(c, s);
        }
        if (node.type === 'return_statement') this.exits.push(s);
        return null;
      case 'break_statement':
        this.breaks[this.breaks.length - 1]?.push(s);
        return null;
      case 'continue_statement':
        this.continues[this.continues.length - 1]?.push(s);
        return null;
      case 'goto_statement': {
        const label = node.childForFieldName('label')?.text ?? '';
        this.labels.set(label, join(this.labels.get(label) ?? null, s));
        return null;
      }
      case 'if_statement':
        return this.ifStatement(node, s);
      case 'while_statement':
        return this.loop(s, { cond: node.childForFieldName('condition'), body: node.childForFieldName('body') });
      case 'for_statement':
        return this.forStatement(node, s);
      case 'for_range_loop': {
        this.expr(node.childForFieldName('right'), s);
        const name = declaredName(node.childForFieldName('declarator'));
        if (name) this.locals.add(name);
        return this.loop(s, { body: node.childForFieldName('body'), eachIteration: name ?? undefined, infinite: false });
      }
      case 'do_statement':
        return this.doStatement(node, s);
      case 'switch_statement':
        return this.switchStatement(node, s);
      case 'try_statement':
        return this.tryStatement(node, s);
      case 'preproc_if': case 'preproc_ifdef':
        return this.preprocBranches(node, s);
      case 'attributed_statement':
        return this.seq(node.namedChildren.filter((c) => c !== null && c.type !== 'attribute_declaration'), s);
      default:
        if (INERT.has(node.type)) return s;
        // Something this walk does not model (error recovery, an unknown statement): forget everything.
        return emptyState();
    }
  }

  private seq(nodes: Array<Node | null>, s: Flow): Flow {
    for (const n of nodes) s = this.exec(n, s);
    return s;
  }

  private block(nodes: Array<Node | null>, s: Flow): Flow {
    this.scopes.push([]);
    const out = this.seq(nodes, s);
    for (const name of this.scopes.pop()!) kill(out, name);
    return out;
  }

  private declaration(node: Node, s: State, evaluate = true): void {
    for (const c of node.namedChildren) {
      if (!c) continue;
      if (c.type === 'init_declarator') {
        if (evaluate) this.expr(c.childForFieldName('value'), s);
        const name = declaredName(c.childForFieldName('declarator'));
        this.declare(name, s);
        if (name && evaluate) this.alias(name, c.childForFieldName('value'), s);
      } else if (/declarator$/.test(c.type) || c.type === 'identifier') {
        this.declare(declaredName(c), s);
      } else if (evaluate && node.childForFieldName('value')?.id === c.id) {
        this.expr(c, s);
      }
    }
  }

  private ifStatement(node: Node, s: State): Flow {
    this.scopes.push([]);
    const cond = node.childForFieldName('condition');
    this.condition(cond, s);
    const nullTest = cond ? nullTestOf(cond.text) : null;
    const thenStart = clone(s)!;
    const elseStart = clone(s)!;
    if (nullTest && !this.released(s, nullTest.name)) (nullTest.nullWhenTrue ? thenStart : elseStart).must.set(nullTest.name, 'null');
    const thenFlow = this.arm(() => this.exec(node.childForFieldName('consequence'), thenStart));
    const alt = node.childForFieldName('alternative');
    const elseFlow = alt ? this.arm(() => this.seq(alt.type === 'else_clause' ? alt.namedChildren : [alt], elseStart)) : elseStart;
    const out = join(thenFlow, elseFlow);
    for (const name of this.scopes.pop()!) kill(out, name);
    return out;
  }

  private condition(cond: Node | null, s: State): void {
    if (!cond) return;
    if (cond.type === 'condition_clause' || cond.type === 'parenthesized_expression') {
      for (const c of cond.namedChildren) {
        if (c?.type === 'declaration') this.declaration(c, s);
        else this.expr(c, s);
      }
    } else if (cond.type === 'declaration') {
      this.declaration(cond, s);
    } else {
      this.expr(cond, s);
    }
  }

  private forStatement(node: Node, s: State): Flow {
    this.scopes.push([]);
    const init = node.childForFieldName('initializer');
    if (init?.type === 'declaration') this.declaration(init, s);
    else this.expr(init, s);
    const cond = node.childForFieldName('condition');
    const out = this.loop(s, { cond, update: node.childForFieldName('update'), body: node.childForFieldName('body'), infinite: !cond });
    for (const name of this.scopes.pop()!) kill(out, name);
    return out;
  }

  private doStatement(node: Node, s: State): Flow {
    const cond = node.childForFieldName('condition');
    const once = cond !== null && /^\(?\s*(0|false)\s*\)?$/.test(cond.text);
    if (!once) return this.loop(s, { body: node.childForFieldName('body'), cond, bodyFirst: true });
    this.breaks.push([]);
    this.continues.push([]);
    let out = this.exec(node.childForFieldName('body'), s);
    for (const c of this.continues.pop()!) out = join(out, c);
    for (const b of this.breaks.pop()!) out = join(out, b);
    return out;
  }

  /**
   * Two passes: the first from the state before the loop, the second from the state at the back
   * edge (end of body and `continue`s), i.e. what the next iteration sees. The loop is left when
   * its condition fails (after a decision) or through `break`.
   */
  private loop(before: State, spec: { cond?: Node | null; update?: Node | null; body: Node | null; eachIteration?: string; infinite?: boolean; bodyFirst?: boolean }): Flow {
    const infinite = spec.infinite ?? (!spec.cond || /^\(?\s*(1|true)\s*\)?$/.test(spec.cond.text));
    let exits: Flow = null;
    let entry: Flow = before;
    for (let pass = 0; pass < 2 && entry; pass++) {
      const at: Flow = clone(entry);
      if (!spec.bodyFirst) {
        this.usedHere = new Set();
        this.condition(spec.cond ?? null, at!);
        if (!infinite) exits = join(exits, at);
      }
      if (spec.eachIteration) kill(at, spec.eachIteration);
      this.breaks.push([]);
      this.continues.push([]);
      // The body is an arm when a decision precedes it: the condition, or the back edge (pass 2).
      let end = spec.bodyFirst && pass === 0 ? this.exec(spec.body, at) : this.arm(() => this.exec(spec.body, at));
      for (const c of this.continues.pop()!) end = join(end, c);
      for (const b of this.breaks.pop()!) exits = join(exits, b);
      if (end) {
        this.usedHere = new Set();
        this.expr(spec.update ?? null, end);
        if (spec.bodyFirst) {
          this.condition(spec.cond ?? null, end);
          if (!infinite) exits = join(exits, end);
        }
      }
      entry = end;
      if (entry && isEmpty(entry)) {
        // Nothing released reaches the next turn: it would see what this one saw, with an empty start.
        if (!infinite) exits = join(exits, emptyState());
        break;
      }
    }
    return exits;
  }

  private switchStatement(node: Node, s: State): Flow {
    this.condition(node.childForFieldName('condition'), s);
    const body = node.childForFieldName('body');
    this.breaks.push([]);
    this.scopes.push([]);
    let fall: Flow = null;
    let hasDefault = false;
    // One arm for all cases: a case entered by falling through is reached straight from the one above.
    this.arm(() => {
      for (const c of body?.namedChildren ?? []) {
        if (c?.type !== 'case_statement') continue;
        if (!c.childForFieldName('value')) hasDefault = true;
        const stmts = c.namedChildren.filter((k) => k !== null && k.id !== c.childForFieldName('value')?.id);
        fall = this.seq(stmts, join(clone(s), fall));
      }
    });
    let out = hasDefault ? fall : join(fall, s);
    for (const b of this.breaks.pop()!) out = join(out, b);
    for (const name of this.scopes.pop()!) kill(out, name);
    return out;
  }

  private tryStatement(node: Node, s: State): Flow {
    let out = this.exec(node.childForFieldName('body'), clone(s));
    for (const c of node.namedChildren) {
      if (c?.type === 'catch_clause') out = join(out, this.arm(() => this.exec(c.childForFieldName('body'), clone(s))));
    }
    return out;
  }

  /** `#if A … #elif B … #else … #endif` inside a function: exactly one alternative is compiled. */
  private preprocBranches(node: Node, s: State): Flow {
    const alt = node.childForFieldName('alternative');
    const own = node.namedChildren.filter((c) => c !== null && c.id !== alt?.id && c.id !== node.childForFieldName('name')?.id && c.id !== node.childForFieldName('condition')?.id);
    const out = this.arm(() => this.block(own, clone(s)));
    if (!alt) return join(out, s);
    if (alt.type === 'preproc_else') return join(out, this.arm(() => this.block(alt.namedChildren, clone(s))));
    return join(out, this.preprocBranches(alt, s));
  }

  // ---- expressions (evaluated left to right, which is close enough for statements) ----

  private expr(node: Node | null, s: State): void {
    if (!node || NOT_EVALUATED.has(node.type)) return;
    switch (node.type) {
      case 'call_expression':
        return this.call(node, s);
      case 'delete_expression': {
        const target = node.namedChildren[node.namedChildCount - 1];
        this.expr(target, s);
        this.release(target, 'delete', s);
        return;
      }
      case 'field_expression': {
        const arg = node.childForFieldName('argument');
        if (node.childForFieldName('operator')?.text === '->' || node.text.includes('->')) this.use(arg, s);
        this.expr(arg, s);
        return;
      }
      case 'subscript_expression': {
        const arg = node.childForFieldName('argument');
        this.use(arg, s);
        this.expr(arg, s);
        for (const c of node.namedChildren) if (c && c.id !== arg?.id) this.expr(c, s);
        return;
      }
      case 'pointer_expression': {
        const arg = node.childForFieldName('argument');
        const op = node.childForFieldName('operator')?.text ?? node.text.trim()[0];
        if (op === '&') {
          // Taking the address: no memory is read, and whoever receives it may store a new pointer.
          const path = pathOf(arg);
          if (path) kill(s, path);
          else this.expr(arg, s);
          return;
        }
        this.use(arg, s);
        this.expr(arg, s);
        return;
      }
      case 'assignment_expression': {
        const left = node.childForFieldName('left');
        const right = node.childForFieldName('right');
        // `*out = p;`, `prev->next = p;` after free(p): the dangling pointer is stored where others will use it.
        if (left && left.type !== 'identifier' && pathOf(right)) this.use(right, s);
        this.expr(right, s);
        const path = pathOf(left);
        if (path && left?.type === 'field_expression') this.expr(left, s); // `p->next = …` writes through p
        else if (!path) this.expr(left, s);
        if (path) kill(s, path);
        if (path && left?.type === 'identifier' && node.childForFieldName('operator')?.text !== '+=') this.alias(path, node.childForFieldName('right'), s);
        return;
      }
      case 'update_expression': {
        const path = pathOf(node.childForFieldName('argument'));
        if (path) kill(s, path);
        else this.expr(node.childForFieldName('argument'), s);
        return;
      }
      case 'conditional_expression': {
        this.expr(node.childForFieldName('condition'), s);
        this.conditional++;
        this.expr(node.childForFieldName('consequence'), s);
        this.expr(node.childForFieldName('alternative'), s);
        this.conditional--;
        return;
      }
      case 'binary_expression': {
        const op = node.childForFieldName('operator')?.text;
        this.expr(node.childForFieldName('left'), s);
        if (op === '&&' || op === '||') this.conditional++;
        this.expr(node.childForFieldName('right'), s);
        if (op === '&&' || op === '||') this.conditional--;
        return;
      }
      default:
        for (const c of node.namedChildren) this.expr(c, s);
    }
  }

  private call(node: Node, s: State): void {
    const fn = node.childForFieldName('function');
    const args = (node.childForFieldName('arguments')?.namedChildren ?? []).filter((a): a is Node => a !== null && a.type !== 'comment');
    const name = fn && (fn.type === 'identifier' || fn.type === 'qualified_identifier') ? fn.text : '';
    if (FREE_FUNCTIONS.has(name) && args.length === 1) {
      this.expr(args[0], s);
      this.release(args[0], 'free', s);
      return;
    }
    const helper = this.helpers.get(name);
    // `log("freed %p", p)`: printing the pointer's value reads no freed memory.
    const printsAddress = args.some((a) => a.type === 'string_literal' && a.text.includes('%p'));
    this.expr(fn, s);
    args.forEach((a, i) => {
      if (!NOT_A_USE.has(name) && !helper?.[i] && !printsAddress) this.use(a, s);
      this.expr(a, s);
      // The callee may reset fields of a struct it receives (`reset(e)` may set e->buf = NULL).
      const path = pathOf(a);
      if (path) kill(s, path, false);
    });
    // A called function may also reassign pointers that are not local to this function.
    if (!PURE_LIBRARY.test(name)) {
      for (const map of [s.must, s.forced]) for (const k of [...map.keys()]) if (!this.locals.has(rootOf(k))) map.delete(k);
    }
    // `entry_free(e)`, a local helper that frees its parameter: e is released like by free(e). Only
    // for plain variables: a helper handed `owner->child` may also unlink it from `owner` (lists,
    // back-pointers), so the field may hold something else afterwards.
    helper?.forEach((kind, i) => { if (kind && args[i]?.type === 'identifier') this.release(args[i], kind, s); });
  }

  /** `q = p`: remember that q holds p's pointer (plain copies only; casts and arithmetic are not followed). */
  private alias(name: string, value: Node | null, s: State): void {
    let v = value;
    while (v && v.type === 'cast_expression') v = v.childForFieldName('value');
    const path = pathOf(v);
    if (path && path !== name && rootOf(path) !== name) s.aliases.set(name, path);
  }

  /** `path` and the locals known to hold the same pointer. */
  private sameAs(path: string, s: State): string[] {
    const target = s.aliases.get(path) ?? path;
    const out = new Set([path, target]);
    for (const [k, v] of s.aliases) if (v === target) out.add(k);
    return [...out];
  }

  private release(target: Node | null, kind: ReleaseKind, s: State): void {
    const path = pathOf(target);
    // `a->b->c`: any call may relink such a structure through another pointer; too uncertain to track.
    if (!target || !path || (path.match(/->|\./g)?.length ?? 0) > 1) return;
    const before = this.released(s, path);
    if (before === kind) this.record(target, kind, 'again');
    if (this.conditional > 0) return; // `ok ? free(p) : …`: not certain enough to track
    for (const p of this.sameAs(path, s)) {
      if ((p.match(/->|\./g)?.length ?? 0) > 1) continue;
      s.must.set(p, kind);
      s.forced.set(p, { kind, stacks: [this.arms] });
    }
  }
}

function findFunctionDeclarator(d: Node | null): Node | null {
  for (let n = d; n; n = n.childForFieldName('declarator')) {
    if (n.type === 'function_declarator') return n;
  }
  return null;
}

/** `!p`, `p == NULL`, `NULL == p` (p is NULL when true) and `p`, `p != NULL` (NULL when false). */
function nullTestOf(text: string): { name: string; nullWhenTrue: boolean } | null {
  const t = text.replace(/^\(\s*|\s*\)$/g, '').trim();
  let m = /^!\s*([A-Za-z_]\w*)$/.exec(t) ?? /^([A-Za-z_]\w*)\s*==\s*(NULL|nullptr|0)$/.exec(t) ?? /^(?:NULL|nullptr|0)\s*==\s*([A-Za-z_]\w*)$/.exec(t);
  if (m) return { name: m[1], nullWhenTrue: true };
  m = /^([A-Za-z_]\w*)$/.exec(t) ?? /^([A-Za-z_]\w*)\s*!=\s*(NULL|nullptr|0)$/.exec(t);
  return m ? { name: m[1], nullWhenTrue: false } : null;
}

/** Functions of this file that never return: declared noreturn, or ending in exit()/abort() with no `return`. */
function noReturnFunctions(fileText: string, fns: Array<{ fn: Node; body: Node | null }>, texts: string[]): Set<string> {
  const out = new Set<string>();
  const declared = /(?:_Noreturn|\[\[\s*noreturn\s*\]\]|__attribute__\s*\(\(\s*(?:__)?noreturn(?:__)?\s*\)\))[^;{(]*?\b([A-Za-z_]\w*)\s*\(|\b([A-Za-z_]\w*)\s*\([^;{)]*\)\s*__attribute__\s*\(\(\s*(?:__)?noreturn/g;
  if (/noreturn|_Noreturn/.test(fileText)) {
    for (let m = declared.exec(fileText); m; m = declared.exec(fileText)) out.add(m[1] ?? m[2]);
  }
  fns.forEach(({ fn, body }, i) => {
    if (!body || /\breturn\b/.test(texts[i]) || !NO_RETURN_TEXT.test(texts[i])) return;
    const last = body.namedChildren.filter((c) => c !== null && c.type !== 'comment').pop();
    const call = last?.type === 'expression_statement' ? last.namedChildren[0] : null;
    const callee = call?.type === 'call_expression' ? call.childForFieldName('function')?.text : undefined;
    const name = functionName(fn);
    if (name && callee && (NO_RETURN.test(callee) || out.has(callee))) out.add(name);
  });
  return out;
}

