// The language-neutral dataflow core: walks one function's statements in order, keeping an
// environment of taint facts (flow-sensitive), and reports when a fact reaches a sink.
// Branches are joined by union, constant-false branches are skipped, loops run twice, and a
// guard that exits when a validator fails sanitises the tested value for the rest of the block.
import type { Node } from 'web-tree-sitter';
import { childrenNamed, typeOf, type Adapter } from './adapters';
import { addMark, addStep, CLEAN, Env, union, unionAll, type Fact, type Facts } from './facts';
import { AccessPaths, subscriptIndex } from './paths';
import type { FileAnalysis, SanitizerHit, SinkHit } from './fileAnalysis';
import { fileConstant } from './fileConstants';
import { holdsAnyWord } from '../rules/fileText';

/** A parameter reaching a sink inside a function: applied at each call site by its summary. */
export interface ParamSink {
  param: number;
  fact: Fact;
  hit: SinkHit;
  node: Node;
}

export interface Summary {
  returns: Facts;
  paramSinks: ParamSink[];
  /** Parameters the function fills with source data (C `read_line(fd, buf, cap)`, `parse_header(f, &hdr)`). */
  filled: Array<{ param: number; facts: Facts }>;
}

interface CallParts { receiver: Node | null; callee: Node | null; name: string; args: Node[] }
/** A check in a condition, and whether it passed when the condition is false. */
interface Guard { hit: SanitizerHit; negated: boolean }

const PARAM = 'param:';
const MAX_INLINE_DEPTH = 4;
const MAX_DEPTH = 600;
const OPERATOR_WRAPPERS = /^(unary_expression|not_operator|parenthesized_expression|boolean_operator)$/;
const STATEMENT_LIKE = /(_statement|_clause|_case|_block|_body|_group|_rule|^block|^default_case)$/;

export class FunctionRun {
  env = new Env();
  returns: Facts = CLEAN;
  readonly paramSinks: ParamSink[] = [];
  /** Facts of every expression evaluated so far (propagators read their @from nodes here). */
  private readonly values = new Map<number, Facts>();
  private inlineDepth = 0;
  private depth = 0;
  /** Names of storage locations (x, obj.field, map.key) for nodes, computed once per node. */
  private readonly paths: AccessPaths;
  private readonly parts = new Map<number, CallParts>();
  /** Variables holding the outcome of a check (see noteGuardVariable). */
  private readonly guardVars = new Map<string, Guard[]>();
  private readonly a: Adapter;

  constructor(private readonly file: FileAnalysis, private readonly fn: Node, private readonly symbolic: boolean) {
    this.a = file.adapter;
    this.paths = new AccessPaths(this.a);
  }

  /** Analyses the function (or the top level when `fn` is the root). */
  run(): this {
    const spec = this.a.functions[typeOf(this.fn)];
    if (!spec) {
      this.execTopLevel(this.fn);
      return this;
    }
    this.bindParams(this.fn, this.symbolic);
    const body = this.fn.childForFieldName(spec.body);
    if (body) {
      if (this.isStatement(body)) this.exec(body);
      else this.returns = union(this.returns, this.visit(body));
    }
    return this;
  }

  // ---------------------------------------------------------------- statements

  /**
   * The file's top level (analysed when a source sits outside every function). Most of it is
   * definitions, analysed on their own when they hold sources; statements that cannot make, move
   * or use taint are not executed (see FileAnalysis.mayCarryTaint).
   */
  private execTopLevel(node: Node): void {
    if (node.id !== this.file.input.tree.rootNode.id) { this.exec(node); return; }
    for (const s of childrenNamed(node)) {
      if (!this.file.mayCarryTaint(s, this.taintedNames())) continue;
      if (this.exec(s)) return;
    }
  }

  /** For a summary: parameters that hold source data (not only their own) when the function ends. */
  filledParams(): Array<{ param: number; facts: Facts }> {
    const out: Array<{ param: number; facts: Facts }> = [];
    if (!this.a.functions[typeOf(this.fn)]) return out;
    this.a.params(this.fn, this.a).forEach((p, i) => {
      const name = this.paths.pathOf(this.a.patternTarget(p));
      const facts = name ? (this.env.readWhole(name) ?? CLEAN).filter((f) => !f.source.startsWith(PARAM)) : [];
      if (facts.length) out.push({ param: i, facts });
    });
    return out;
  }

  /** Variables (first segment of their access paths) that hold tainted data now. */
  private taintedNames(): Set<string> {
    const out = new Set<string>();
    for (const [path, facts] of this.env.vars) if (facts.length) out.add(path.split('.', 1)[0]);
    return out;
  }

  /** Executes a statement; true when every path through it leaves the block (return, throw, …). */
  private exec(node: Node): boolean {
    if (this.depth > MAX_DEPTH) return false;
    this.depth++;
    try {
      return this.execTracked(node);
    } finally {
      this.depth--;
    }
  }

  private execTracked(node: Node): boolean {
    const a = this.a;
    const t = typeOf(node);
    if (t === 'comment') return false;
    if (a.skipStatements.has(t)) {
      // A function declared in the one running reads that one's variables when it is called: if it
      // names one holding tainted data now, analyse it here, as a callback is.
      if (a.functions[t] && holdsAnyWord(node.text, this.taintedNames())) this.inlineFunction(node);
      return false;
    }
    if (a.blocks.has(t)) return this.execBlock(childrenNamed(node));
    if (a.ifs[t]) return this.execIf(node);
    if (a.elses.has(t)) return this.execBlock(childrenNamed(node));
    if (a.loops.has(t) || a.forEach[t]) { this.execLoop(node); return false; }
    if (a.returns.has(t)) {
      const facts = unionAll(childrenNamed(node).map((c) => this.visit(c)));
      this.returns = union(this.returns, facts);
      // A returned value can be a sink itself (a Spring handler returning HTML).
      if (facts.length && this.file.isFlowRoot(t)) this.checkNewSinks(node, this.file.matchAt(node));
      return true;
    }
    if (a.exits.has(t)) {
      for (const c of childrenNamed(node)) this.visit(c);
      return true;
    }
    if (a.branches.has(t)) return this.execBranches(node);
    if (STATEMENT_LIKE.test(t) && !a.functions[t] && !a.assignments[t] && !a.augmented[t] && !a.declarators[t] && t !== 'expression_statement') return this.execBlock(childrenNamed(node));
    this.visit(node);
    return this.isExitCall(node);
  }

  /** Whether this function bound the field `path` (or a field it lies in) itself. */
  private boundField(path: string): boolean {
    for (let p = path; p.includes('.'); p = p.slice(0, p.lastIndexOf('.'))) if (this.env.has(p)) return true;
    return false;
  }

  /** A field of the object the method runs on: this.x, self.x. */
  private isSelfPath(path: string): boolean {
    const dot = path.indexOf('.');
    return dot > 0 && this.a.selfNames.has(path.slice(0, dot));
  }

  private isStatement(node: Node): boolean {
    return this.a.blocks.has(typeOf(node)) || STATEMENT_LIKE.test(typeOf(node));
  }

  private execBlock(stmts: Node[]): boolean {
    for (const s of stmts) if (this.exec(s)) return true;
    return false;
  }

  private isExitCall(node: Node): boolean {
    let n: Node | null = node;
    if (typeOf(n) === 'expression_statement') n = n.namedChildren.find((c) => c !== null) ?? null;
    if (!n || !this.a.calls[typeOf(n)]) return false;
    const callee = n.childForFieldName('function');
    if (callee) return this.a.exitCalls.has(callee.text);
    const obj = n.childForFieldName('object');
    const name = n.childForFieldName('name');
    return !!name && this.a.exitCalls.has(obj ? `${obj.text}.${name.text}` : name.text);
  }

  private execIf(node: Node): boolean {
    const spec = this.a.ifs[typeOf(node)];
    const init = spec.initializer ? node.childForFieldName(spec.initializer) : null;
    if (init && this.exec(init)) return true;
    const cond = node.childForFieldName(spec.condition);
    const consequence = node.childForFieldName(spec.consequence);
    const alternatives = node.childrenForFieldName(spec.alternative).filter((c): c is Node => c !== null);
    return this.execIfParts(cond, consequence, alternatives);
  }

  private execIfParts(cond: Node | null, consequence: Node | null, alternatives: Node[]): boolean {
    if (cond) this.visit(cond);
    const constant = cond ? this.constantTruth(cond) : undefined;
    const guards = cond ? this.guardsIn(cond) : [];
    const pre = this.env;
    let thenEnv = pre.clone();
    let elseEnv = pre.clone();
    for (const g of guards) this.applyGuard(g.negated ? elseEnv : thenEnv, g.hit);

    let thenExits = true;
    if (constant !== false && consequence) {
      this.env = thenEnv;
      thenExits = this.exec(consequence);
      thenEnv = this.env;
    } else if (constant !== false) thenExits = false;

    let elseExits = false;
    if (constant === true) elseExits = true;
    else if (alternatives.length) {
      this.env = elseEnv;
      const [first, ...rest] = alternatives;
      const spec = this.a.ifs[typeOf(first)];
      elseExits = spec && rest.length >= 0 && !first.childForFieldName(spec.alternative)
        ? this.execIfParts(first.childForFieldName(spec.condition), first.childForFieldName(spec.consequence), rest)
        : this.exec(first);
      elseEnv = this.env;
    }
    const live = [...(thenExits ? [] : [thenEnv]), ...(elseExits ? [] : [elseEnv])];
    this.env = live.length ? Env.join(live) : elseEnv;
    return live.length === 0;
  }

  /** true/false when the condition is a literal (if (false), if False:, if (0)) or a boolean
   *  constant declared once in the file (const DEBUG = false); undefined otherwise. */
  private constantTruth(cond: Node): boolean | undefined {
    let n: Node = cond;
    while (n.namedChildCount === 1 && (typeOf(n) === 'parenthesized_expression' || typeOf(n) === 'condition_clause')) n = n.namedChildren[0]!;
    if (typeOf(n) === 'identifier') return fileConstant(this.file.input.tree, this.file.input.text, n.text);
    if (!this.a.literals.has(typeOf(n)) && !['true', 'false', 'none', 'null', 'nil', 'undefined'].includes(typeOf(n))) return undefined;
    if (this.a.falseLiterals.test(n.text)) return false;
    if (this.a.trueLiterals.test(n.text)) return true;
    return undefined;
  }

  private execLoop(node: Node): void {
    const pre = this.env.clone();
    const each = this.a.forEach[typeOf(node)];
    const passes = () => {
      if (each) {
        const right = node.childForFieldName(each.right);
        const left = node.childForFieldName(each.left);
        const facts = right ? this.visit(right) : CLEAN;
        if (left) this.bindPattern(left, addStep(facts, `element of ${clipText(right?.text ?? '')}`, left), right ?? undefined, true);
        const body = node.childForFieldName(each.body);
        if (body) this.exec(body);
        return;
      }
      for (const c of childrenNamed(node)) {
        if (this.isStatement(c)) this.exec(c);
        else this.visit(c);
      }
    };
    passes();
    passes(); // a second pass lets data flow around the back edge (x = y; y = source)
    this.env = Env.join([pre, this.env]);
  }

  private execBranches(node: Node): boolean {
    // One case of a switch (or match): its statements run in order, like a block.
    if (/(case|default|group|rule)$/.test(typeOf(node)) && !/clause$/.test(typeOf(node))) {
      for (const child of childrenNamed(node)) {
        if (this.isStatement(child) || this.a.blocks.has(typeOf(child))) { if (this.exec(child)) return true; } else this.visit(child);
      }
      return false;
    }
    const pre = this.env;
    const outs: Env[] = [];
    let alternatives = 0;
    // `switch (x) { case "a": case "b": …; default: x = "a" }`: inside a case whose labels are all
    // constants, x equals one of them, as if checked against an allow-list.
    const isSwitch = /switch_(statement|expression)$/.test(typeOf(node));
    const subject = isSwitch ? this.switchSubject(node) : undefined;
    let hasDefault = false;
    const visitAlternative = (child: Node) => {
      alternatives++;
      this.env = pre.clone();
      if (this.isDefaultCase(child)) hasDefault = true;
      else if (subject && this.hasConstantLabels(child)) this.env.vars.set(subject, addMark(this.env.lookup(subject) ?? CLEAN, 'allow-list'));
      // A case that ends in `break` leaves the switch, not the function: its state flows on.
      if (!this.exec(child) || (isSwitch && childrenNamed(child).at(-1)?.type === 'break_statement')) outs.push(this.env);
    };
    for (const child of childrenNamed(node)) {
      const kids = childrenNamed(child);
      if (kids.length && kids.every((k) => /case|default|clause|rule|group/.test(typeOf(k)))) kids.forEach(visitAlternative);
      else if (this.isStatement(child) || this.a.blocks.has(typeOf(child))) visitAlternative(child);
      else { this.env = pre; this.visit(child); }
    }
    // A switch or try may run none of its alternatives to completion; the state before stays
    // possible — except after a switch with a default, where one alternative always runs.
    this.env = Env.join(isSwitch && hasDefault && outs.length ? outs : [pre, ...outs]);
    return alternatives > 0 && outs.length === 0 && typeOf(node).startsWith('try');
  }

  /** The access path a switch statement tests (`switch (x)` / `switch x`), if it has one. */
  private switchSubject(node: Node): string | undefined {
    let value = node.childForFieldName('value') ?? node.childForFieldName('condition');
    while (value && typeOf(value) === 'parenthesized_expression') value = childrenNamed(value)[0] ?? null;
    return value ? this.paths.pathOf(value) : undefined;
  }

  private isDefaultCase(child: Node): boolean {
    if (/default/.test(typeOf(child))) return true;
    const label = childrenNamed(child)[0];
    return !!label && typeOf(label) === 'switch_label' && label.namedChildCount === 0;
  }

  /** A case labelled only by literals (`case "a", "b":`). */
  private hasConstantLabels(child: Node): boolean {
    let labels: Node[] = [];
    const value = child.childForFieldName('value');
    if (value) labels = typeOf(value) === 'expression_list' ? childrenNamed(value) : [value];
    else for (const l of childrenNamed(child)) if (typeOf(l) === 'switch_label') labels.push(...childrenNamed(l));
    return labels.length > 0 && labels.every((l) => this.a.literals.has(typeOf(l)));
  }


  // ---------------------------------------------------------------- guards

  private guardsIn(cond: Node): Guard[] {
    const out: Guard[] = [];
    for (const hit of this.file.sanitizersWithin(cond)) {
      const negated = this.throughCondition(hit.node, cond, /\bnot\s+in\b/.test(typeOf(hit.node) === 'comparison_operator' ? hit.node.text : ''), hit);
      if (negated !== undefined) out.push({ hit, negated });
    }
    // `const ok = ALLOWED.has(x); if (!ok) return;`: a variable holding a check's outcome.
    if (this.guardVars.size) {
      for (const name of this.identifiersIn(cond)) {
        for (const g of this.guardVars.get(name.text) ?? []) {
          const negated = this.throughCondition(name, cond, g.negated, g.hit);
          if (negated !== undefined) out.push({ hit: g.hit, negated });
        }
      }
    }
    return out;
  }

  /**
   * Whether the check at `node` passed when `cond` is false (true) or true (false); undefined when
   * `cond` does not tell. `negated` says the same of `node` itself. Through `a && b` it survives
   * only when true (both hold); through `a || b` only when false (neither holds).
   */
  private throughCondition(node: Node, cond: Node, negated: boolean, hit: SanitizerHit): boolean | undefined {
    const targets = new Set(hit.targets.map((t) => t.text));
    for (let n: Node | null = node.parent, from: Node = node; n && n.id !== cond.parent?.id; from = n, n = n.parent) {
      const op = n.childForFieldName('operator')?.text ?? (typeOf(n) === 'not_operator' ? 'not' : undefined);
      if (op && this.a.negations.has(op) && (typeOf(n).includes('unary') || typeOf(n) === 'not_operator')) negated = !negated;
      // `x && !ok(x)` false: either ok(x), or x is empty and carries nothing.
      else if (op === '&&' || op === 'and') { if (negated && !childrenNamed(n).every((c) => c.id === from.id || this.falseMeansEmpty(c, targets))) return undefined; }
      else if ((op === '||' || op === 'or') && !negated) return undefined;
    }
    return negated;
  }

  /** Identifiers in an expression (a condition: small). */
  private identifiersIn(node: Node): Node[] {
    const out: Node[] = [];
    const stack = [node];
    while (stack.length) {
      const n = stack.pop()!;
      if (typeOf(n) === 'identifier') out.push(n);
      else stack.push(...childrenNamed(n));
    }
    return out;
  }

  /**
   * After `name = value`: remember the checks whose outcome `name` now holds (`ok := valid(x)`,
   * `allowed = x in ALLOWED`, Go's `matched, err := regexp.MatchString(…)`: the first of several
   * names given one call), or forget those it held.
   */
  private noteGuardVariable(targets: Node[], value: Node | null): void {
    for (const t of targets) if (typeOf(t) === 'identifier') this.guardVars.delete(t.text);
    if (targets.length === 0 || targets[0].type !== 'identifier' || !value || this.a.lists.has(typeOf(value))) return;
    const guards = this.guardsIn(value);
    if (guards.length) this.guardVars.set(targets[0].text, guards);
  }

  /** Whether `cond` being false means one of `targets` is empty (`x`, `(x || other)`, `x or y`). */
  private falseMeansEmpty(cond: Node, targets: Set<string>): boolean {
    let c = cond;
    while (typeOf(c) === 'parenthesized_expression') c = childrenNamed(c)[0] ?? c;
    if (targets.has(c.text)) return true;
    const op = c.childForFieldName('operator')?.text;
    return (op === '||' || op === 'or') && childrenNamed(c).some((k) => this.falseMeansEmpty(k, targets));
  }

  private applyGuard(env: Env, hit: SanitizerHit): void {
    const saved = this.env;
    this.env = env;
    for (const target of hit.targets) {
      const path = this.paths.pathOf(target);
      if (!path) continue;
      const facts = this.values.get(target.id) ?? this.visit(target);
      env.vars.set(path, addMark(facts, hit.name, hit.requires));
    }
    this.env = saved;
  }

  // ---------------------------------------------------------------- expressions

  visit(node: Node): Facts {
    // Generated code can nest thousands deep (a + b + c …); stay far from the stack limit.
    if (this.depth > MAX_DEPTH) return CLEAN;
    this.depth++;
    try {
      return this.visitTracked(node);
    } finally {
      this.depth--;
    }
  }

  private visitTracked(node: Node): Facts {
    const t = typeOf(node);
    if (this.a.plainLiterals.has(t) && !this.file.sinks.has(node.id)) {
      this.values.set(node.id, CLEAN);
      return CLEAN;
    }
    let facts = this.visitSanitized(node);
    // Calls and `new` match their flow patterns inside visitCall/visitNew, before their value is
    // computed; other roots (comparisons used as guards, `a / b` path joins) match here.
    if (!this.a.calls[t] && !this.a.news[t] && this.file.isFlowRoot(t) && (facts.length || this.childTainted(node))) {
      this.checkNewSinks(node, this.file.matchAt(node));
      for (const h of this.file.sanitizers.get(node.id) ?? []) facts = addMark(facts, h.name, h.requires);
      facts = union(facts, this.applyPropagators(node));
    }
    this.values.set(node.id, facts);
    const sinks = this.file.sinks.get(node.id);
    if (sinks && facts.length) this.checkSinks(node, facts, sinks);
    return facts;
  }

  private visitSanitized(node: Node): Facts {
    let facts = this.visitExpr(node);
    const hits = this.file.sanitizers.get(node.id); // after visitExpr: calls match their patterns lazily
    if (hits) {
      if (facts.length === 0 && this.a.calls[typeOf(node)]) facts = this.argumentFacts(node);
      for (const h of hits) facts = addMark(facts, h.name, h.requires);
    }
    return facts;
  }

  /** A sanitizer call's own result is its inputs, marked: parseInt(x) is x, made numeric. */
  private argumentFacts(call: Node): Facts {
    const { receiver, args } = this.callParts(call);
    return unionAll([receiver ? this.values.get(receiver.id) ?? CLEAN : CLEAN, ...args.map((a) => this.values.get(a.id) ?? CLEAN)]);
  }

  private visitExpr(node: Node): Facts {
    const a = this.a;
    const t = typeOf(node);
    // A source first, even where its variable is bound already: recv(sock, buf, …) fills `buf`.
    const sources = this.file.sources.get(node.id);
    if (!sources && this.file.isPathType(t)) {
      const path = this.paths.pathOf(node);
      if (path && this.env.has(path)) return this.env.vars.get(path)!;
    }
    if (sources) {
      // A call that is a source (requests.get(url)) still evaluates its arguments, where sinks of
      // other rules may sit (the URL is an SSRF sink).
      if (a.calls[t]) this.visitCall(node);
      else for (const c of childrenNamed(node)) if (a.calls[typeOf(c)] || a.functions[typeOf(c)]) this.visit(c);
      const facts: Fact[] = sources.map((s) => ({ source: s.name, label: s.label, marks: [], trace: { kind: 'source', message: s.label, node } }));
      // C fgets(buf, …), Go c.ShouldBind(&obj): a source in argument position fills that variable.
      // (A request field passed along, cleanPath(r.URL.Path), is read, not filled.)
      const parent = node.parent;
      if (parent && /^(arguments|argument_list)$/.test(typeOf(parent)) && !this.a.members[t]) {
        const path = this.paths.pathOf(node);
        if (path) this.env.assign(path, facts);
      }
      return facts;
    }
    if (a.identifiers.has(t)) {
      const name = t === 'this' ? 'this' : node.text;
      return this.env.readWhole(name) ?? CLEAN;
    }
    if (a.members[t]) {
      const path = this.paths.pathOf(node);
      const obj = node.childForFieldName(a.members[t].object);
      if (path && !this.chainHasSource(obj)) {
        // this.x never set in this function: what other methods of the class stored there.
        const field = this.isSelfPath(path) && !this.boundField(path) ? this.file.fieldFacts(this.fn, path) : undefined;
        if (field) return field;
        const v = this.env.lookup(path);
        if (v !== undefined) return v;
      }
      return obj ? this.visit(obj) : CLEAN;
    }
    if (a.subscripts[t]) {
      const spec = a.subscripts[t];
      const obj = node.childForFieldName(spec.object);
      const index = subscriptIndex(node, spec.index);
      if (index) this.visit(index);
      const objPath = obj ? this.paths.pathOf(obj) : undefined;
      const key = index ? this.paths.constKey(index) : undefined;
      if (objPath && !this.chainHasSource(obj)) {
        const v = key !== undefined ? this.env.lookup(`${objPath}.${key}`) : this.env.readWhole(objPath);
        if (v !== undefined) return v;
      }
      return obj ? this.visit(obj) : CLEAN;
    }
    if (a.calls[t]) return this.visitCall(node);
    if (a.news[t]) return this.visitNew(node);
    if (a.binaries[t]) {
      const spec = a.binaries[t];
      const l = node.childForFieldName(spec.left);
      const r = node.childForFieldName(spec.right);
      const lf = l ? this.visit(l) : CLEAN;
      const rf = r ? this.visit(r) : CLEAN;
      const op = node.childForFieldName('operator')?.text ?? '';
      if (a.numericOperators?.has(op)) return addMark(union(lf, rf), 'numeric-conversion');
      // Python `"… %d …" % x`: when every conversion is numeric, x arrives as digits.
      if (op === '%' && l && typeOf(l) === 'string' && numericFormat(l.text)) return addMark(union(lf, rf), 'numeric-conversion');
      return a.propagatingOperators.has(op) ? union(lf, rf) : CLEAN;
    }
    if (a.ternaries[t]) {
      const cond = a.ternaries[t].condition;
      const kids = childrenNamed(node);
      const condNode = typeof cond === 'number' ? kids[cond] : node.childForFieldName(cond);
      if (condNode) this.visit(condNode);
      const branches = kids.filter((k) => k.id !== condNode?.id);
      // `ALLOWED.has(x) ? x : DEFAULT`: each branch sees what its side of the test proves, as an if does.
      const guards = condNode ? this.guardsIn(condNode) : [];
      let out: Facts = CLEAN;
      if (guards.length === 0 || branches.length !== 2) {
        for (const k of branches) out = union(out, this.visit(k));
        return out;
      }
      const pre = this.env;
      const envs = branches.map((k, i) => {
        this.env = pre.clone();
        for (const g of guards) if (g.negated === (i === 1)) this.applyGuard(this.env, g.hit);
        out = union(out, this.visit(k));
        return this.env;
      });
      this.env = Env.join(envs);
      return out;
    }
    if (a.declarators[t]) {
      const spec = a.declarators[t];
      const value = node.childForFieldName(spec.value);
      const names = node.childrenForFieldName(spec.name).filter((c): c is Node => c !== null);
      const facts = value ? this.visit(value) : CLEAN;
      this.bindList(names, value, facts, node);
      this.noteGuardVariable(names, value);
      return facts;
    }
    if (a.assignments[t]) {
      const spec = a.assignments[t];
      const right = node.childForFieldName(spec.right);
      const left = node.childForFieldName(spec.left);
      const facts = right ? this.visit(right) : CLEAN;
      const targets = left ? (a.lists.has(typeOf(left)) ? childrenNamed(left) : [left]) : [];
      if (left) this.bindList(targets, right, facts, node);
      this.noteGuardVariable(targets, right && a.lists.has(typeOf(right)) && right.namedChildCount === 1 ? childrenNamed(right)[0] : right);
      return facts;
    }
    if (a.augmented[t]) {
      const spec = a.augmented[t];
      const right = node.childForFieldName(spec.right);
      const left = node.childForFieldName(spec.left);
      const facts = union(left ? this.visit(left) : CLEAN, right ? this.visit(right) : CLEAN);
      const path = left ? this.paths.pathOf(left) : undefined;
      if (path) this.env.vars.set(path, addStep(facts, `${clipText(left!.text)} extended`, node));
      return facts;
    }
    if (a.functions[t]) {
      this.inlineFunction(node);
      return CLEAN;
    }
    if (t === 'keyword_argument') {
      const v = node.childForFieldName('value');
      return v ? this.visit(v) : CLEAN;
    }
    const obj = a.objectLiterals[t];
    if (obj) {
      let out: Facts = CLEAN;
      for (const c of childrenNamed(node)) {
        if (typeOf(c) === obj.pair) {
          const v = c.childForFieldName(obj.value);
          const k = c.childForFieldName(obj.key);
          if (k && !this.paths.constKeyOfPair(k)) this.visit(k);
          if (v) out = union(out, this.visit(v));
        } else out = union(out, this.visit(c));
      }
      return out;
    }
    const kids = childrenNamed(node);
    if (a.cleanTypes.has(t)) {
      for (const c of kids) this.visit(c);
      return CLEAN;
    }
    let out: Facts = CLEAN;
    for (const c of kids) out = union(out, this.visit(c));
    return out;
  }

  /** True when a source sits on the access chain (req.query.id): sources beat a bound prefix like `req`. */
  private chainHasSource(node: Node | null): boolean {
    for (let n = node; n; ) {
      if (this.file.sources.has(n.id)) return true;
      const m = this.a.members[typeOf(n)] ?? this.a.subscripts[typeOf(n)];
      n = m ? n.childForFieldName(m.object) : null;
    }
    return false;
  }

  private callParts(call: Node): CallParts {
    let parts = this.parts.get(call.id);
    if (!parts) { parts = this.computeCallParts(call); this.parts.set(call.id, parts); }
    return parts;
  }

  private computeCallParts(call: Node): CallParts {
    const spec = this.a.calls[typeOf(call)];
    const argList = call.childForFieldName(spec.arguments);
    const args = childrenNamed(argList);
    if (spec.function) {
      const fn = call.childForFieldName(spec.function);
      const member = fn ? this.a.members[typeOf(fn)] : undefined;
      if (fn && member) {
        return { receiver: fn.childForFieldName(member.object), callee: fn, name: fn.childForFieldName(member.property)?.text ?? '', args };
      }
      return { receiver: null, callee: fn, name: fn?.text ?? '', args };
    }
    return { receiver: spec.object ? call.childForFieldName(spec.object) : null, callee: null, name: spec.name ? call.childForFieldName(spec.name)?.text ?? '' : '', args };
  }

  /**
   * Whether an operand holds tainted data, looking through nested operators: in
   * `x != null && x.startsWith("/") && !x.startsWith("//")` the tainted calls are two levels down,
   * and the whole condition is where a check spanning them matches.
   */
  private childTainted(node: Node, depth = 0): boolean {
    for (const c of childrenNamed(node)) {
      if ((this.values.get(c.id)?.length ?? 0) > 0) return true;
      const t = typeOf(c);
      if (depth < 3 && (this.a.binaries[t] || OPERATOR_WRAPPERS.test(t)) && this.childTainted(c, depth + 1)) return true;
    }
    return false;
  }

  /** Sinks found after their argument was evaluated: check the argument's facts now. */
  private checkNewSinks(root: Node, hits: SinkHit[]): void {
    for (const hit of hits) {
      if (hit.node.id === root.id) continue; // checked by visit() once the root's value is known
      const facts = this.values.get(hit.node.id);
      if (facts?.length) this.checkSinks(hit.node, facts, [hit]);
    }
  }

  private visitCall(call: Node): Facts {
    const a = this.a;
    const { receiver, callee, name, args } = this.callParts(call);
    const recvFacts = receiver ? this.visit(receiver) : CLEAN;
    if (callee && !receiver && !a.identifiers.has(typeOf(callee))) this.visit(callee);
    // ids.forEach((id) => …), list.stream().map(x -> …): the callback's first parameter is each
    // element of the receiver.
    const callbacks = !!receiver && !!a.elementCallbacks?.has(name);
    const elements = callbacks && recvFacts.length ? addStep(recvFacts, `element of ${clipText(receiver!.text)}`, call) : undefined;
    let returned: Facts = CLEAN;
    const argFacts = args.map((arg) => {
      if (!callbacks || !a.functions[typeOf(arg)]) return this.visit(arg);
      returned = union(returned, this.inlineFunction(arg, elements));
      return CLEAN;
    });
    // `P.matcher(x).matches()`: a check on a value derived from tainted data by the receiver call.
    const recvArgsTainted = !!receiver && !!a.calls[typeOf(receiver)] && this.callParts(receiver).args.some((r) => (this.values.get(r.id)?.length ?? 0) > 0);
    if (recvFacts.length || recvArgsTainted || argFacts.some((f) => f.length) || this.deepTainted(args)) this.checkNewSinks(call, this.file.matchAt(call));
    let result = this.applyPropagators(call);
    // ids.map((id) => …): what the callback returns, not the elements (`ids.map(() => "?")` is clean).
    if (callbacks && (name === 'map' || name === 'flatMap')) result = union(result, returned);
    const recvPath = receiver ? this.paths.pathOf(receiver) : undefined;
    const write = a.collectionWrites[name];
    const read = a.collectionReads[name];
    if (receiver && write && recvPath && args.length > write.value) {
      const key = write.key !== undefined && args[write.key] ? this.paths.constKey(args[write.key]) : undefined;
      const facts = addStep(argFacts[write.value], `stored in ${clipText(receiver.text)}`, call);
      if (write.key !== undefined && key !== undefined) this.env.assign(`${recvPath}.${key}`, facts);
      else this.env.addTo(recvPath, facts);
    } else if (receiver && read) {
      const key = read.key !== undefined && args[read.key] ? this.paths.constKey(args[read.key]) : undefined;
      const exact = recvPath && key !== undefined && !this.chainHasSource(receiver) ? this.env.lookup(`${recvPath}.${key}`) : undefined;
      result = union(result, exact ?? recvFacts);
    }
    const local = this.file.resolveFunction(name, receiver, callee);
    if (local.length) {
      for (const fn of local) result = union(result, this.applySummary(call, fn, name, args, argFacts));
    }
    return result;
  }

  private visitNew(node: Node): Facts {
    const spec = this.a.news[typeOf(node)];
    const args = childrenNamed(node.childForFieldName(spec.arguments));
    const facts = args.map((arg) => this.visit(arg));
    if (facts.some((f) => f.length)) this.checkNewSinks(node, this.file.matchAt(node));
    return this.applyPropagators(node);
  }

  /** Python keyword arguments and similar wrappers: their inner value may be the tainted one. */
  private deepTainted(args: Node[]): boolean {
    return args.some((a) => a.namedChildren.some((c) => c !== null && (this.values.get(c.id)?.length ?? 0) > 0));
  }

  private applyPropagators(node: Node): Facts {
    const props = this.file.propagators.get(node.id);
    if (!props) return CLEAN;
    let result: Facts = CLEAN;
    for (const p of props) {
      const from = unionAll(p.from.map((n) => this.values.get(n.id) ?? this.visit(n)));
      result = union(result, from);
      for (const to of p.to) this.addToTarget(to, addStep(from, `${clipText(to.text)} extended by ${clipText(node.text)}`, node));
      // @into overwrites (sprintf, strcpy): the old contents, tainted or not, are gone.
      for (const into of p.into) {
        const path = this.paths.pathOf(into);
        if (path) this.env.assign(path, addStep(from, `${clipText(into.text)} filled by ${clipText(node.text)}`, node));
      }
    }
    return result;
  }

  /** sb.append(x).append(y): the target of an outer append is the inner call's own target. */
  private addToTarget(node: Node, facts: Facts): void {
    if (facts.length === 0) return;
    const path = this.paths.pathOf(node);
    if (path) { this.env.addTo(path, facts); return; }
    // The inner call carried no taint, so its patterns were never matched: match them now.
    if (!this.file.propagators.has(node.id)) this.file.matchAt(node);
    for (const p of this.file.propagators.get(node.id) ?? []) for (const to of p.to) this.addToTarget(to, facts);
  }

  private applySummary(call: Node, fn: Node, name: string, args: Node[], argFacts: Facts[]): Facts {
    // With clean arguments only what the callee reads from sources itself can come back; a
    // function that neither holds a source nor calls one that does has nothing to give.
    if (argFacts.every((f) => f.length === 0) && !this.file.mayReturnSourceData(fn)) return CLEAN;
    const summary = this.file.summaryOf(fn);
    // Python methods: `self.f(x)` passes x as the second parameter.
    const offset = this.a.skipFirstParam?.(fn) ? 1 : 0;
    let result: Facts = CLEAN;
    for (const r of summary.returns) {
      if (!r.source.startsWith(PARAM)) {
        result = union(result, addStep([r], `returned by ${name}()`, call));
        continue;
      }
      const i = Number(r.source.slice(PARAM.length)) - offset;
      for (const f of argFacts[i] ?? CLEAN) {
        result = union(result, [{ ...f, marks: mergeMarks(f.marks, r.marks), trace: { kind: 'step', message: `through ${name}()`, node: call, prev: f.trace } }]);
      }
    }
    // read_selector(fd, selector, cap): the buffer the caller passed now holds what the callee read.
    for (const { param, facts } of summary.filled) {
      const arg = args[param - offset];
      const path = arg ? this.paths.pathOf(arg) : undefined;
      if (path) this.env.addTo(path, addStep(facts, `filled by ${name}()`, call));
    }
    for (const ps of summary.paramSinks) {
      const i = ps.param - offset;
      const arg = args[i];
      for (const f of argFacts[i] ?? CLEAN) {
        let trace = { kind: 'step' as const, message: `passed to ${name}()`, node: arg ?? call, prev: f.trace };
        const inner: Array<{ kind: 'source' | 'step'; message: string; node: Node }> = [];
        for (let l: Fact['trace'] | undefined = ps.fact.trace; l; l = l.prev) inner.unshift(l);
        for (const s of inner) trace = { kind: 'step', message: s.message, node: s.node, prev: trace };
        const combined: Fact = { ...f, marks: mergeMarks(f.marks, ps.fact.marks), trace };
        this.checkSinks(ps.node, [combined], [ps.hit]);
      }
    }
    return result;
  }

  private checkSinks(node: Node, facts: Facts, hits: SinkHit[]): void {
    for (const f of facts) {
      if (f.source.startsWith(PARAM)) {
        if (this.symbolic) for (const hit of hits) this.paramSinks.push({ param: Number(f.source.slice(PARAM.length)), fact: f, hit, node });
        continue;
      }
      for (const hit of hits) {
        for (const info of hit.pattern.rules) {
          if (!info.sources.has(f.source)) continue;
          if (f.marks.some((m) => info.sanitizers.has(m))) continue;
          this.file.report(info, hit, f, node);
        }
      }
    }
  }

  /**
   * Analyses a closure in place and gives what it returns. `firstParam`: what its first parameter
   * receives (each element, for a callback of forEach/map/filter…).
   */
  private inlineFunction(fn: Node, firstParam?: Facts): Facts {
    if (this.inlineDepth >= MAX_INLINE_DEPTH) return CLEAN;
    const spec = this.a.functions[typeOf(fn)];
    const saved = this.env;
    const savedReturns = this.returns;
    this.returns = CLEAN;
    this.inlineDepth++;
    this.env = saved.clone();
    this.bindParams(fn, false);
    const first = firstParam ? this.a.params(fn, this.a)[0] : undefined;
    if (first) this.bindPattern(first, firstParam!, undefined, false);
    const body = fn.childForFieldName(spec.body);
    let returned: Facts = CLEAN;
    if (body) {
      if (this.isStatement(body)) this.exec(body);
      else returned = this.visit(body);
    }
    returned = union(returned, this.returns);
    this.inlineDepth--;
    this.env = Env.join([saved, this.env]);
    this.returns = savedReturns;
    return returned;
  }

  // ---------------------------------------------------------------- binding

  private bindParams(fn: Node, symbolic: boolean): void {
    const params = this.a.params(fn, this.a);
    params.forEach((p, i) => {
      let facts: Facts = this.file.sourceFactsWithin(p);
      if (symbolic) {
        const target = this.a.patternTarget(p);
        facts = union(facts, [{ source: PARAM + i, label: target.text, marks: [], trace: { kind: 'step', message: `parameter ${clipText(target.text)}`, node: p } }]);
      }
      this.bindPattern(p, facts, undefined, false);
    });
  }

  private bindList(targets: Node[], value: Node | null, facts: Facts, stepNode: Node): void {
    if (value && this.a.lists.has(typeOf(value)) && value.namedChildCount === 1) value = childrenNamed(value)[0] ?? value;
    if (targets.length === 1) {
      this.bindPattern(targets[0], facts, value ?? undefined, true, stepNode);
      return;
    }
    // a, b = x, y  /  id, err := f()
    const values = value && this.a.lists.has(typeOf(value)) ? childrenNamed(value) : [];
    targets.forEach((t, i) => {
      const v = values.length === targets.length ? values[i] : undefined;
      this.bindPattern(t, v ? this.values.get(v.id) ?? CLEAN : facts, v, true, stepNode);
    });
  }

  private bindPattern(pattern: Node, facts: Facts, rhs: Node | undefined, step: boolean, stepNode?: Node): void {
    const target = this.a.patternTarget(pattern);
    if (target.id !== pattern.id) return this.bindPattern(target, facts, rhs, step, stepNode);
    const t = typeOf(pattern);
    const path = this.file.isPathType(t) || this.a.identifiers.has(t) ? this.paths.pathOf(pattern) : undefined;
    if (path) {
      const stepped = step ? addStep(facts, `assigned to ${clipText(pattern.text)}`, stepNode ?? pattern) : facts;
      const sub = this.a.subscripts[t];
      const index = sub ? subscriptIndex(pattern, sub.index) : null;
      if (sub && index && this.paths.constKey(index) === undefined) {
        const objPath = this.paths.pathOf(pattern.childForFieldName(sub.object)!);
        if (objPath) this.env.addTo(objPath, stepped);
        return;
      }
      this.env.assign(path, stepped);
      if (!this.symbolic && stepped.length && this.isSelfPath(path)) this.file.noteFieldTaint(this.fn, path, stepped);
      if (rhs) this.assignFields(path, rhs, stepNode ?? pattern);
      return;
    }
    if (this.a.subscripts[t]) {
      // x[i] = v with a computed index: the collection may now hold v.
      const sub = this.a.subscripts[t];
      const obj = pattern.childForFieldName(sub.object);
      const objPath = obj ? this.paths.pathOf(obj) : undefined;
      if (objPath) this.env.addTo(objPath, step ? addStep(facts, `stored in ${clipText(obj!.text)}`, stepNode ?? pattern) : facts);
      return;
    }
    const kids = childrenNamed(pattern);
    if (t === 'object_pattern') {
      for (const k of kids) {
        if (typeOf(k) === 'pair_pattern') {
          const key = k.childForFieldName('key');
          const value = k.childForFieldName('value');
          if (key && value) this.bindPattern(value, this.fieldFacts(rhs, key.text, facts), undefined, step, stepNode);
        } else if (typeOf(k) === 'object_assignment_pattern') {
          const left = k.childForFieldName('left');
          if (left) this.bindPattern(left, this.fieldFacts(rhs, left.text, facts), undefined, step, stepNode);
        } else this.bindPattern(k, typeOf(k) === 'rest_pattern' ? facts : this.fieldFacts(rhs, k.text, facts), undefined, step, stepNode);
      }
      return;
    }
    if (t === 'array_pattern' || this.a.lists.has(t) || t === 'list_pattern') {
      kids.forEach((k, i) => this.bindPattern(k, this.fieldFacts(rhs, String(i), facts), undefined, step, stepNode));
      return;
    }
    // Unknown shape (e.g. a typed or annotated parameter): bind the names it declares.
    const name = pattern.childForFieldName('name') ?? pattern.childForFieldName('pattern') ?? pattern.childForFieldName('declarator');
    if (name) this.bindPattern(name, facts, rhs, step, stepNode);
  }

  /** The facts of field `key` of the value `rhs` (an object literal, a tuple, or a bound path). */
  private fieldFacts(rhs: Node | undefined, key: string, whole: Facts): Facts {
    if (!rhs) return whole;
    const lit = this.a.objectLiterals[typeOf(rhs)];
    if (lit) {
      for (const c of childrenNamed(rhs)) {
        if (typeOf(c) === lit.pair && this.paths.constKeyOfPair(c.childForFieldName(lit.key)) === key) {
          const v = c.childForFieldName(lit.value);
          return v ? this.values.get(v.id) ?? CLEAN : CLEAN;
        }
        if (lit.shorthand && typeOf(c) === lit.shorthand && c.text === key) return this.values.get(c.id) ?? CLEAN;
      }
      return CLEAN;
    }
    if (this.a.arrayLiterals.has(typeOf(rhs)) || this.a.lists.has(typeOf(rhs))) {
      const el = childrenNamed(rhs)[Number(key)];
      return el ? this.values.get(el.id) ?? CLEAN : whole;
    }
    const path = this.paths.pathOf(rhs);
    if (path && !this.chainHasSource(rhs)) return this.env.lookup(`${path}.${key}`) ?? whole;
    return whole;
  }

  /** After `path = rhs`: remember per-field facts of object/array literals, or copy an alias's fields. */
  private assignFields(path: string, rhs: Node, stepNode: Node): void {
    const stepped = (facts: Facts, key: string) => addStep(facts, `assigned to ${clipText(path)}.${key}`, stepNode);
    const lit = this.a.objectLiterals[typeOf(rhs)] ?? (typeOf(rhs) === 'composite_literal' ? this.a.objectLiterals[rhs.childForFieldName('body')?.type ?? ''] : undefined);
    const body = typeOf(rhs) === 'composite_literal' ? rhs.childForFieldName('body') : rhs;
    if (lit && body) {
      for (const c of childrenNamed(body)) {
        if (typeOf(c) === lit.pair) {
          const key = this.paths.constKeyOfPair(c.childForFieldName(lit.key));
          const v = c.childForFieldName(lit.value);
          if (key !== undefined && v) this.env.vars.set(`${path}.${key}`, stepped(this.values.get(v.id) ?? this.valueDeep(v), key));
        } else if (lit.shorthand && typeOf(c) === lit.shorthand) {
          this.env.vars.set(`${path}.${c.text}`, stepped(this.values.get(c.id) ?? CLEAN, c.text));
        }
      }
      return;
    }
    if (this.a.arrayLiterals.has(typeOf(rhs))) {
      childrenNamed(rhs).forEach((el, i) => this.env.vars.set(`${path}.${i}`, stepped(this.values.get(el.id) ?? CLEAN, String(i))));
      return;
    }
    const from = this.paths.pathOf(rhs);
    if (from) this.env.copyFields(from, path);
  }

  private valueDeep(node: Node): Facts {
    for (let n: Node | null = node; n; n = n.namedChildren.length === 1 ? n.namedChildren[0] : null) {
      const v = this.values.get(n.id);
      if (v) return v;
    }
    return CLEAN;
  }
}

function mergeMarks(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])].sort();
}

function clipText(text: string): string {
  const one = text.replace(/\s+/g, ' ');
  return one.length > 40 ? one.slice(0, 39) + '…' : one;
}

/** A printf-style format whose conversions are all numeric (`%d`, `%05.2f`, `%(n)i`; `%%` is text). */
function numericFormat(format: string): boolean {
  const verbs = [...format.matchAll(/%(?:\([^)]*\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([a-zA-Z%])/g)].map((m) => m[1]).filter((v) => v !== '%');
  return verbs.length > 0 && verbs.every((v) => 'diouxXeEfFgG'.includes(v));
}
