// Where a C/C++ pointer is used or released again after `free`/`delete`, following the function's
// statements in order: blocks, if/else, loops (a second pass along the back edge), switch cases,
// goto into cleanup labels, early returns. Backs `#vigil-after-release?` (rules c-double-free,
// c-use-after-free, c-double-delete, c-use-after-delete).
//
// Precision first. A pointer counts as released at a point when either
//  - it was released on EVERY path reaching that point (must), or
//  - some path reaches the point straight from the release, without passing any branch decision
//    (forced): `if (err) free(p); … free(p);`, `free(p); goto out; … out: free(p);`.
// So releases on mutually exclusive branches, on paths that return early, or before a reassignment
// (`p = NULL`, `p = malloc(…)`, `init(&p)`, a redeclaration) are never reported; nor are uses whose
// only connection to the release runs through a condition the analysis cannot evaluate.
// A loop body is walked a second time starting from the state at its back edge ("if the loop runs
// again"), which is how `for (…) { free(buf); }` on a loop-invariant pointer is found.
import type { Node, Tree } from 'web-tree-sitter';

export type ReleaseKind = 'free' | 'delete';
export type ReleaseHit = 'again' | 'use';

interface State {
  must: Map<string, ReleaseKind>;
  forced: Map<string, ReleaseKind>;
}
/** null: no path reaches this point. */
type Flow = State | null;

const FREE_FUNCTIONS = new Set(['free', 'std::free', '::free', 'g_free']);
/** Calls that never return: the path ends there (like `return`). */
const NO_RETURN = /^(std::)?(exit|_exit|_Exit|quick_exit|abort|terminate|longjmp|siglongjmp|err|errx|verr|verrx|__builtin_unreachable|__builtin_trap|die|fatal|panic|BUG|g_error)$/;
/** Calls that neither dereference their pointer arguments nor can reset a pointer held elsewhere. */
const NOT_A_USE = new Set(['assert', 'free', 'std::free', '::free', 'sizeof']);
const PURE_LIBRARY = /^(std::)?(f?printf|s?n?printf|puts|fputs|strlen|strcmp|strncmp|memcmp|memcpy|memmove|memset|strcpy|strncpy|strcat|strncat|perror|close|fclose|assert|malloc|calloc|realloc|strdup)$/;
/** Expressions whose operands are not evaluated (or evaluated elsewhere). */
const NOT_EVALUATED = new Set(['sizeof_expression', 'alignof_expression', 'offsetof_expression', 'decltype', 'lambda_expression',
  'string_literal', 'raw_string_literal', 'concatenated_string', 'char_literal', 'number_literal', 'type_descriptor']);
/** Statements that change no pointer and release nothing. */
const INERT = new Set(['comment', 'empty_statement', 'type_definition', 'struct_specifier', 'enum_specifier', 'union_specifier',
  'class_specifier', 'alias_declaration', 'using_declaration', 'static_assert_declaration', 'namespace_alias_definition', ';', 'preproc_call', 'preproc_def', 'preproc_function_def', 'preproc_include']);

/** node id → hits recorded there, e.g. "free:again", "delete:use". */
type Hits = Map<number, Set<string>>;
const cache = new WeakMap<Tree, Hits>();

/** True when the analysis found @node released (by `kind`) before this point and `hit` describes how it is touched. */
export function isAfterRelease(node: Node, kind: ReleaseKind, hit: ReleaseHit): boolean {
  let hits = cache.get(node.tree);
  if (!hits) {
    hits = analyseTree(node.tree);
    cache.set(node.tree, hits);
  }
  return hits.get(node.id)?.has(`${kind}:${hit}`) ?? false;
}

function analyseTree(tree: Tree): Hits {
  const hits: Hits = new Map();
  for (const fn of functionsOf(tree.rootNode)) {
    const body = fn.childForFieldName('body');
    if (!body || !RELEASE_TEXT.test(body.text)) continue;
    try {
      new FunctionWalk(hits, fn).run(body);
    } catch {
      // A grammar shape this walk does not expect: report nothing for this function rather than guess.
    }
  }
  return hits;
}

/** Text that can hold a release; statements without it are skipped while nothing is released. */
const RELEASE_TEXT = /free\b|\bdelete\b/;
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
  return { must: new Map(), forced: new Map() };
}
function clone(s: Flow): Flow {
  return s && { must: new Map(s.must), forced: new Map(s.forced) };
}
/** Paths meet: released on all incoming paths (must), or straight from a release on one of them (forced). */
function join(a: Flow, b: Flow): Flow {
  if (!a) return clone(b);
  if (!b) return clone(a);
  const must = new Map([...a.must].filter(([k]) => b.must.has(k)));
  return { must, forced: new Map([...a.forced, ...b.forced]) };
}
/** After a branch decision only facts true on every path remain certain. */
function decide(s: Flow): Flow {
  return s && { must: new Map(s.must), forced: new Map() };
}
function released(s: State, path: string): ReleaseKind | undefined {
  return s.must.get(path) ?? s.forced.get(path);
}
/** Forgets `path` and everything reached through it (`p`, `p->buf`, `p.items`). */
function kill(s: Flow, path: string, selfToo = true): void {
  if (!s) return;
  for (const map of [s.must, s.forced]) {
    for (const k of [...map.keys()]) {
      if ((selfToo && k === path) || k.startsWith(`${path}->`) || k.startsWith(`${path}.`)) map.delete(k);
    }
  }
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

  constructor(private readonly hits: Hits, fn: Node) {
    const params = fn.type === 'lambda_expression' ? fn.childForFieldName('declarator') : findFunctionDeclarator(fn.childForFieldName('declarator'));
    for (const p of params?.childForFieldName('parameters')?.namedChildren ?? []) {
      const name = p ? declaredName(p.childForFieldName('declarator')) : null;
      if (name) this.locals.add(name);
    }
  }

  run(body: Node): void {
    this.exec(body, emptyState());
  }

  private record(node: Node, kind: ReleaseKind, hit: ReleaseHit): void {
    let set = this.hits.get(node.id);
    if (!set) this.hits.set(node.id, (set = new Set()));
    set.add(`${kind}:${hit}`);
  }

  private use(node: Node | null, s: State): void {
    const path = pathOf(node);
    if (!node || !path || this.usedHere.has(path)) return;
    const kind = released(s, path);
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
    if (node.type === 'labeled_statement') {
      const label = node.childForFieldName('label')?.text ?? '';
      const inner = node.namedChildren.filter((c) => c !== null && c.type !== 'statement_identifier');
      return this.seq(inner, join(s, this.labels.get(label) ?? null));
    }
    if (node.type === 'compound_statement') return this.block(node.namedChildren, s);
    if (!s) return null;
    this.usedHere = new Set();
    // Nothing released yet and nothing to release here: only the names a declaration introduces matter.
    const idle = s.must.size === 0 && s.forced.size === 0 && (node.type === 'expression_statement' || node.type === 'declaration') && !RELEASE_TEXT.test(node.text);
    if (idle) {
      if (node.type === 'declaration') this.declaration(node, s, false);
      return node.type === 'expression_statement' && node.namedChildren[0] && isNoReturnCall(node.namedChildren[0]) ? null : s;
    }
    switch (node.type) {
      case 'expression_statement': {
        const e = node.namedChildren[0];
        if (!e) return s;
        this.expr(e, s);
        return isNoReturnCall(e) ? null : s;
      }
      case 'declaration':
        this.declaration(node, s);
        return s;
      case 'return_statement': case 'throw_statement': case 'co_return_statement':
        for (const c of node.namedChildren) if (c) this.expr(c, s);
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
        this.declare(declaredName(c.childForFieldName('declarator')), s);
      } else if (/declarator$/.test(c.type) || c.type === 'identifier') {
        this.declare(declaredName(c), s);
      } else if (evaluate && node.childForFieldName('value')?.id === c.id) {
        this.expr(c, s);
      }
    }
  }

  private ifStatement(node: Node, s: State): Flow {
    this.scopes.push([]);
    this.condition(node.childForFieldName('condition'), s);
    const branch = decide(s);
    const thenFlow = this.exec(node.childForFieldName('consequence'), clone(branch));
    const alt = node.childForFieldName('alternative');
    const elseFlow = alt ? this.seq(alt.type === 'else_clause' ? alt.namedChildren : [alt], clone(branch)) : branch;
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
      let at: Flow = clone(entry);
      if (!spec.bodyFirst) {
        this.usedHere = new Set();
        this.condition(spec.cond ?? null, at!);
        if (!infinite) exits = join(exits, decide(at));
        at = decide(at);
      }
      if (spec.eachIteration) kill(at, spec.eachIteration);
      this.breaks.push([]);
      this.continues.push([]);
      let end = this.exec(spec.body, at);
      for (const c of this.continues.pop()!) end = join(end, c);
      for (const b of this.breaks.pop()!) exits = join(exits, b);
      if (end) {
        this.usedHere = new Set();
        this.expr(spec.update ?? null, end);
        if (spec.bodyFirst) {
          this.condition(spec.cond ?? null, end);
          if (!infinite) exits = join(exits, decide(end));
        }
      }
      entry = end;
      if (entry && entry.must.size === 0 && entry.forced.size === 0) {
        // Nothing released reaches the next turn: it would see what this one saw, with an empty start.
        if (!infinite) exits = join(exits, emptyState());
        break;
      }
    }
    return exits;
  }

  private switchStatement(node: Node, s: State): Flow {
    this.condition(node.childForFieldName('condition'), s);
    const branch = decide(s);
    const body = node.childForFieldName('body');
    this.breaks.push([]);
    this.scopes.push([]);
    let fall: Flow = null;
    let hasDefault = false;
    for (const c of body?.namedChildren ?? []) {
      if (c?.type !== 'case_statement') continue;
      if (!c.childForFieldName('value')) hasDefault = true;
      const stmts = c.namedChildren.filter((k) => k !== null && k.id !== c.childForFieldName('value')?.id);
      fall = this.seq(stmts, join(clone(branch), fall));
    }
    let out = hasDefault ? fall : join(fall, branch);
    for (const b of this.breaks.pop()!) out = join(out, b);
    for (const name of this.scopes.pop()!) kill(out, name);
    return out;
  }

  private tryStatement(node: Node, s: State): Flow {
    let out = this.exec(node.childForFieldName('body'), clone(s));
    for (const c of node.namedChildren) {
      if (c?.type === 'catch_clause') out = join(out, this.exec(c.childForFieldName('body'), decide(s)));
    }
    return out;
  }

  /** `#if A … #elif B … #else … #endif` inside a function: exactly one alternative is compiled. */
  private preprocBranches(node: Node, s: State): Flow {
    const branch = decide(s);
    const alt = node.childForFieldName('alternative');
    const own = node.namedChildren.filter((c) => c !== null && c.id !== alt?.id && c.id !== node.childForFieldName('name')?.id && c.id !== node.childForFieldName('condition')?.id);
    let out = this.block(own, clone(branch));
    if (!alt) return join(out, branch);
    if (alt.type === 'preproc_else') return join(out, this.block(alt.namedChildren, clone(branch)));
    return join(out, this.preprocBranches(alt, branch!));
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
        this.expr(node.childForFieldName('right'), s);
        const path = pathOf(left);
        if (path && left?.type === 'field_expression') this.expr(left, s); // `p->next = …` writes through p
        else if (!path) this.expr(left, s);
        if (path) kill(s, path);
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
    this.expr(fn, s);
    for (const a of args) {
      if (!NOT_A_USE.has(name)) this.use(a, s);
      this.expr(a, s);
      // The callee may reset fields of a struct it receives (`reset(e)` may set e->buf = NULL).
      const path = pathOf(a);
      if (path) kill(s, path, false);
    }
    // A called function may also reassign pointers that are not local to this function.
    if (!PURE_LIBRARY.test(name)) {
      for (const map of [s.must, s.forced]) for (const k of [...map.keys()]) if (!this.locals.has(rootOf(k))) map.delete(k);
    }
  }

  private release(target: Node | null, kind: ReleaseKind, s: State): void {
    const path = pathOf(target);
    if (!target || !path) return;
    const before = released(s, path);
    if (before === kind) this.record(target, kind, 'again');
    if (this.conditional > 0) return; // `ok ? free(p) : …`: not certain enough to track
    s.must.set(path, kind);
    s.forced.set(path, kind);
  }
}

function findFunctionDeclarator(d: Node | null): Node | null {
  for (let n = d; n; n = n.childForFieldName('declarator')) {
    if (n.type === 'function_declarator') return n;
  }
  return null;
}

function isNoReturnCall(e: Node): boolean {
  if (e.type !== 'call_expression') return false;
  const fn = e.childForFieldName('function');
  return fn !== null && NO_RETURN.test(fn.text);
}

