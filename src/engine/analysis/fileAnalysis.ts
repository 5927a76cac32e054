// Taint analysis of one file: find sources (one query, run around its triggers), drop request
// look-alikes, read the file's functions only if sources remain, pick the functions worth
// analysing (those holding a source, and their callers), match sinks/sanitizers/propagators only
// inside those functions, run the dataflow core, and turn facts that reach sinks into findings.
import type { Node, QueryMatch, Tree } from 'web-tree-sitter';
import type { Finding, TraceStep } from '../model';
import { clip, makeFinding, nodeRange } from '../scan/findings';
import { adapterFor, forgetChildren, type Adapter } from './adapters';
import type { CompiledTaint, PatternInfo, TaintRuleInfo } from './compileTaint';
import { CLEAN, traceList, type Fact, type Facts } from './facts';
import { FileText, holdsAnyWord } from '../rules/fileText';
import { definitionsInContainers, FileStructure } from './fileStructure';
import { FunctionRun, type Summary } from './interpreter';

export interface SourceHit { name: string; label: string; node: Node; start: number; end: number }
export interface SinkHit { pattern: PatternInfo; node: Node }
export interface SanitizerHit { name: string; requires?: string; node: Node; targets: Node[]; start?: number; end?: number }
export interface PropagatorHit { name: string; node: Node; from: Node[]; to: Node[]; into: Node[] }

export interface TaintScanInput {
  file: string;
  languageId: string;
  text: string;
  tree: Tree;
  taint: CompiledTaint;
  /** Only analyse functions overlapping this byte range (incremental re-scans); whole file when omitted. */
  range?: { startIndex: number; endIndex: number };
}

const MAX_CALLER_ROUNDS = 3;
const MAX_UNITS = 2000;
const MAX_OVERRIDES = 4;
/** Methods run because they read a field another method filled with tainted data, at most. */
const MAX_FIELD_READERS = 50;

export function scanTaint(input: TaintScanInput): Finding[] {
  const adapter = adapterFor(input.languageId);
  const compiled = input.taint;
  if (!adapter || !compiled.sources || compiled.rules.length === 0) return [];
  const analysis = new FileAnalysis(input, adapter);
  try {
    return analysis.run();
  } finally {
    analysis.dispose();
    forgetChildren(input.tree);
  }
}

export class FileAnalysis {
  readonly sources = new Map<number, SourceHit[]>();
  readonly sinks = new Map<number, SinkHit[]>();
  readonly sanitizers = new Map<number, SanitizerHit[]>();
  readonly propagators = new Map<number, PropagatorHit[]>();
  private readonly sourceList: SourceHit[] = [];
  private readonly sanitizerList: SanitizerHit[] = [];
  private readonly definitions = new Map<string, Node[]>();
  private readonly structure: FileStructure;
  private readonly matched = new Set<number>();
  private readonly seenFlow = new Set<string>();
  private readonly summaries = new Map<number, Summary | 'pending'>();
  private readonly findings = new Map<string, Finding>();
  private readonly pathTypes: Set<string>;
  private callIndex?: Map<string, number[]>;
  /** Sorted offsets of calls to this file's functions (whole-file scans only). */
  private localCalls?: number[];
  private sourceStarts?: number[];
  private presentFlow?: Uint8Array;
  /** Functions holding a source, and their callers (see addCallers). */
  private unitIds?: Set<number>;
  /** Sorted offsets of the sources outside every function. */
  private topLevelSources?: number[];
  /** Fields of an object that a method filled with tainted data (see noteFieldTaint), by class start and path. */
  private readonly fieldTaint = new Map<string, { cls: { start: number; end: number }; path: string; facts: Facts }>();
  private readonly classes = new Map<number, { start: number; end: number } | null>();
  /** `this.x = …` / `self.x = …` in a function's text. */
  private readonly storesField?: RegExp;

  constructor(readonly input: TaintScanInput, readonly adapter: Adapter) {
    this.pathTypes = new Set([...Object.keys(adapter.members), ...Object.keys(adapter.subscripts), ...adapter.identifiers]);
    this.structure = new FileStructure(input.tree.rootNode, adapter);
    const selves = [...adapter.selfNames];
    this.storesField = selves.length ? new RegExp(`(?<![\\w$.])(?:${selves.join('|')})\\.[\\w$]+\\s*=(?!=)`) : undefined;
  }

  dispose(): void {
    this.structure.dispose();
  }

  isPathType(type: string): boolean {
    return this.pathTypes.has(type);
  }

  run(): Finding[] {
    const { tree, taint } = this.input;
    const root = tree.rootNode;
    // With a range (re-scanning the edited function) only sources inside it are looked for.
    const range = this.input.range;
    for (const m of taint.sources!.matchFile(root, this.input.text, range)) {
      const p = taint.sourcePatterns[m.patternIndex];
      if (!p || (p.check && !p.check(m.captures))) continue;
      for (const c of m.captures) {
        if (c.name !== 'source') continue;
        const hit = { name: p.name, label: p.label, node: c.node, start: c.node.startIndex, end: c.node.endIndex };
        const list = this.sources.get(c.node.id) ?? [];
        if (list.some((h) => h.name === p.name)) continue;
        list.push(hit);
        this.sources.set(c.node.id, list);
        this.sourceList.push(hit);
      }
    }
    if (this.sourceList.length === 0) return [];
    this.dropLocalLookalikes();
    if (this.sourceList.length === 0) return [];
    const walked = range ? undefined : definitionsInContainers(root, this.adapter);
    if (walked) for (const [name, fn] of walked) this.addDefinition(name, fn);
    else for (const m of taint.structure?.matches(root, range) ?? []) this.addMatchedDefinition(m);
    this.sourceList.sort((a, b) => a.start - b.start);
    const units = new Map<number, Node>();
    this.topLevelSources = [];
    for (const s of this.sourceList) {
      const fn = this.structure.functionAt(s.start, s.end);
      if (!fn) this.topLevelSources.push(s.start);
      units.set((fn ?? root).id, fn ?? root);
    }
    // Callers, and the units whose call brought each one in.
    const calls = new Map<number, Node[]>();
    if (!range) this.addCallers(units, calls);
    this.unitIds = new Set(units.keys());
    const localCalls = range ? undefined : (this.localCalls = this.localCallSites());
    // In order: functions holding sources, then their callers round by round. A caller gets source
    // data only through a unit it calls (its return value, or a buffer or object it filled): when
    // every such unit ran and gave nothing tainted, the caller has nothing to analyse.
    // Callees are decided before their callers, wherever they were found. A unit not worth
    // running for its own sake still runs when a caller needs to know what it returns (one
    // function is cheaper than its callers). A unit in a cycle of calls counts as returning taint
    // while it is being decided.
    const returnsTaint = new Map<number, boolean | undefined>();
    const deciding = new Set<number>();
    const decide = (unit: Node, needed: boolean): boolean | undefined => {
      if (returnsTaint.has(unit.id)) return returnsTaint.get(unit.id);
      if (deciding.has(unit.id)) return undefined;
      deciding.add(unit.id);
      const idle = !!localCalls && !this.worthRunning(unit, localCalls);
      let result: boolean | undefined;
      if (range && (unit.endIndex < range.startIndex || unit.startIndex > range.endIndex)) result = undefined;
      else if (calls.get(unit.id)?.every((f) => decide(f, true) === false)) result = false;
      else if (idle && !this.mayGiveData(unit)) result = false;
      else if (idle && !needed) { deciding.delete(unit.id); return undefined; } // a caller may still ask
      else {
        // What a caller can get: the return value, or source data written into what it passed.
        const run = new FunctionRun(this, unit, false).run();
        result = run.returns.length > 0 || run.filledParams().length > 0;
      }
      deciding.delete(unit.id);
      returnsTaint.set(unit.id, result);
      return result;
    };
    for (const unit of units.values()) decide(unit, false);
    if (!range) this.runFieldReaders(units);
    return [...this.findings.values()];
  }

  /**
   * `setFilter(req) { this.owner = req.query.owner }` … `list() { query(… this.owner …) }`: data a
   * method stored in a field of its object reaches the other methods of the class that read it.
   * Recorded while the functions above ran; the methods reading such a field run now, once, with
   * the field holding that data (whatever the order the methods are called in).
   */
  noteFieldTaint(fn: Node, path: string, facts: Facts): void {
    const cls = this.classAround(fn);
    if (!cls) return;
    const key = `${cls.start}:${path}`;
    const entry = this.fieldTaint.get(key);
    if (entry) entry.facts = [...entry.facts, ...facts.filter((f) => !entry.facts.includes(f))];
    else this.fieldTaint.set(key, { cls, path, facts });
  }

  /** What methods of `fn`'s class stored in the field `path` (this.x, self.x), if anything tainted. */
  fieldFacts(fn: Node, path: string): Facts | undefined {
    if (this.fieldTaint.size === 0) return undefined;
    const cls = this.classAround(fn);
    for (let p = path; cls; ) {
      const entry = this.fieldTaint.get(`${cls.start}:${p}`);
      if (entry) return entry.facts;
      const cut = p.lastIndexOf('.');
      if (cut <= p.indexOf('.')) return undefined;
      p = p.slice(0, cut);
    }
    return undefined;
  }

  private runFieldReaders(ran: Map<number, Node>): void {
    const text = this.input.text;
    const readers = new Map<number, Node>();
    for (const { cls, path } of this.fieldTaint.values()) {
      for (let at = text.indexOf(path, cls.start); at >= 0 && at < cls.end && readers.size < MAX_FIELD_READERS; at = text.indexOf(path, at + 1)) {
        if (/[\w$]/.test(text[at + path.length] ?? '') || /[\w$.]/.test(text[at - 1] ?? '')) continue;
        const fn = this.structure.functionAt(at, at + path.length);
        if (fn && !ran.has(fn.id) && !readers.has(fn.id)) readers.set(fn.id, fn);
      }
    }
    for (const fn of readers.values()) new FunctionRun(this, fn, false).run();
  }

  /** The range of the class around `node` (parent walks, few: remembered per node). */
  private classAround(node: Node): { start: number; end: number } | undefined {
    let known = this.classes.get(node.id);
    if (known === undefined) {
      let n: Node | null = node.parent;
      for (let up = 0; n && up < 40 && !/class/.test(n.type); up++) n = n.parent;
      known = n && /class/.test(n.type) ? { start: n.startIndex, end: n.endIndex } : null;
      this.classes.set(node.id, known);
    }
    return known ?? undefined;
  }

  /**
   * `const ctx = this.makeContext(input); … ctx.path`: a source matched by the name of its object
   * (req, ctx, request) is no source when the function declared that name itself before the use.
   */
  private dropLocalLookalikes(): void {
    const declared = this.adapter.localDeclaration;
    if (!declared) return;
    const text = this.input.text;
    const keep = this.sourceList.filter((s) => {
      const base = /^[A-Za-z_$][\w$]*/.exec(text.slice(s.start, s.start + 64))?.[0];
      if (!base || !this.declaredLocally(base, s.node, declared(base.replace(/\$/g, '\\$')))) return true;
      const list = this.sources.get(s.node.id)?.filter((h) => h !== s) ?? [];
      if (list.length) this.sources.set(s.node.id, list); else this.sources.delete(s.node.id);
      return false;
    });
    this.sourceList.length = 0;
    this.sourceList.push(...keep);
  }

  /**
   * Whether `name`, used at `node`, is a variable some enclosing function declared before the use
   * (closures included), rather than a parameter (the framework hands handlers their request).
   */
  private declaredLocally(name: string, node: Node, declaration: RegExp): boolean {
    const text = this.input.text;
    const word = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
    // Innermost first (a copy: the structure keeps its list).
    const served = this.adapter.requestParameter;
    for (const n of [...this.structure.functionsAround(node.startIndex, node.endIndex)].reverse()) {
      if (this.adapter.params(n, this.adapter).some((p) => word.test(p.text))) return false;
      if (served?.test(n.childForFieldName(this.adapter.functions[n.type].params)?.text ?? '')) return false;
      if (declaration.test(text.slice(n.startIndex, node.startIndex))) return true;
    }
    return false;
  }

  private addMatchedDefinition(m: QueryMatch): void {
    const fn = m.captures.find((c) => c.name === 'fn')?.node;
    const name = m.captures.find((c) => c.name === 'name')?.node.text;
    if (fn && name) this.addDefinition(name, fn);
  }

  private addDefinition(name: string, fn: Node): void {
    const list = this.definitions.get(name) ?? [];
    if (!list.some((n) => n.id === fn.id)) list.push(fn);
    this.definitions.set(name, list);
  }

  /** Functions calling a unit by name may receive its tainted return value: analyse them too. */
  private addCallers(units: Map<number, Node>, calls: Map<number, Node[]>): void {
    let frontier = [...units.values()];
    for (let round = 0; round < MAX_CALLER_ROUNDS && frontier.length && units.size < MAX_UNITS; round++) {
      const next: Node[] = [];
      for (const fn of frontier) {
        const name = this.adapter.functions[fn.type] ? this.adapter.functionName(fn) : undefined;
        if (!name || !this.definitions.get(name)?.some((d) => d.id === fn.id)) continue;
        for (const index of this.callSites(name)) {
          const caller = this.structure.functionAt(index, index + 1) ?? this.input.tree.rootNode;
          if (caller.id === fn.id) continue;
          const brought = calls.get(caller.id);
          if (brought && !brought.some((f) => f.id === fn.id)) brought.push(fn);
          if (units.has(caller.id)) continue;
          units.set(caller.id, caller);
          calls.set(caller.id, [fn]);
          next.push(caller);
        }
      }
      frontier = next;
    }
  }

  /**
   * A function whose text holds no sink's literals and calls no function of this file cannot
   * bring its data to a sink: skip it. (What it returns reaches its callers, analysed on their own.)
   */
  private worthRunning(unit: Node, localCalls: number[]): boolean {
    const sinks = this.input.taint.sinkIndices;
    const text = unit.text;
    if (this.input.taint.flow?.couldMatchIn(text, sinks, this.flowPresent())) return true;
    // It may fill a field of its object that other methods read (see noteFieldTaint).
    if (this.storesField?.test(text)) return true;
    // Calls in its body: its own name in the header (`func kept(`) reads like one to the text search.
    const spec = this.adapter.functions[unit.type];
    const body = (spec && unit.childForFieldName(spec.body)) || unit;
    return anyWithin(localCalls, body.startIndex, body.endIndex);
  }

  /**
   * Whether `fn` can hand data back to its caller: a value it returns, or a buffer, array or
   * object behind a pointer parameter it may fill (`void read_line(int fd, char *buf)`).
   */
  private mayGiveData(fn: Node): boolean {
    if (this.mayReturnValue(fn)) return true;
    const spec = this.adapter.functions[fn.type];
    const params = spec ? fn.childForFieldName(spec.params)?.text ?? '' : '';
    return /[*&[]/.test(params);
  }

  /**
   * Whether `fn` can hand a value back to its caller: its body is an expression (an arrow
   * function), it has a `return` or `yield` with a value, or it declares Go results (a bare
   * `return` returns named ones).
   */
  private mayReturnValue(fn: Node): boolean {
    const spec = this.adapter.functions[fn.type];
    if (!spec) return true;
    const body = fn.childForFieldName(spec.body);
    if (!body || !this.adapter.blocks.has(body.type)) return true;
    if (fn.childForFieldName('result')) return true;
    return /\b(?:return|yield)\b[ \t]*[^\s;}]/.test(body.text);
  }

  /**
   * Whether a top-level statement can make, move or use taint: it holds a source, calls a function
   * of this file, or names a variable that is tainted now. One that does none of these cannot
   * change what reaches a sink. (Incremental re-scans do not know every local function: always yes.)
   */
  mayCarryTaint(node: Node, taintedNames: Set<string>): boolean {
    // Definitions are analysed as units of their own, except a function naming a variable that is
    // tainted now: it runs where it is declared (see FunctionRun.execTracked).
    if (this.adapter.skipStatements.has(node.type)) return !!this.adapter.functions[node.type] && taintedNames.size > 0 && holdsAnyWord(node.text, taintedNames);
    if (!this.localCalls || !this.topLevelSources) return true;
    const { startIndex, endIndex } = node;
    // Sources and calls inside functions count only when the function runs: it is then inlined
    // (a callback) because it names tainted data, or analysed as a unit of its own.
    if (anyWithin(this.topLevelSources, startIndex, endIndex)) return true;
    for (let i = firstAtOrAfter(this.localCalls, startIndex); i < this.localCalls.length && this.localCalls[i] < endIndex; i++) {
      if (!this.structure.functionAt(this.localCalls[i], this.localCalls[i] + 1)) return true;
    }
    return taintedNames.size > 0 && holdsAnyWord(node.text, taintedNames);
  }

  /** Sorted offsets of calls by name to functions defined in this file. */
  private localCallSites(): number[] {
    const out: number[] = [];
    for (const name of this.definitions.keys()) out.push(...this.callSites(name));
    return out.sort((a, b) => a - b);
  }

  /** Byte offsets of `name(` in the text (from the scan's shared word pass). */
  private callSites(name: string): number[] {
    let list = this.callIndex?.get(name);
    if (!list) {
      list = FileText.of(this.input.text).callsOf(name);
      (this.callIndex ??= new Map()).set(name, list);
    }
    return list;
  }


  /**
   * Whether calling `fn` with clean arguments can return source data: only if it holds a source
   * or (within the rounds addCallers follows) calls a function that does.
   */
  mayReturnSourceData(fn: Node): boolean {
    return this.unitIds?.has(fn.id) ?? true;
  }

  /** Flow patterns whose literals occur in this file (the others are never tried here). */
  private flowPresent(): Uint8Array | undefined {
    // A ranged re-scan (one edited function) would pay a pass over the whole file for little.
    if (this.input.range) return undefined;
    if (!this.presentFlow && this.input.taint.flow) this.presentFlow = this.input.taint.flow.presentIn(this.input.text);
    return this.presentFlow;
  }

  isFlowRoot(type: string): boolean {
    return this.input.taint.flow?.isRoot(type) ?? false;
  }

  /**
   * Matches the flow patterns (sinks, sanitizers, propagators) starting at `node`, once per node.
   * Called by the core only where tainted data is involved. Returns the sinks found.
   */
  matchAt(node: Node): SinkHit[] {
    const flow = this.input.taint.flow;
    if (!flow || this.matched.has(node.id)) return [];
    this.matched.add(node.id);
    const found: SinkHit[] = [];
    for (const { patternIndex, match: m } of flow.matchAt(node, this.flowPresent())) {
      const p = this.input.taint.flowPatterns[patternIndex];
      if (!p || (p.check && !p.check(m.captures))) continue;
      const capture = p.role === 'sinks' ? 'sink' : p.role === 'sanitizers' ? 'sanitizer' : 'propagator';
      const main = m.captures.find((c) => c.name === capture)?.node;
      if (!main) continue;
      const nodes = (name: string) => m.captures.filter((c) => c.name === name).map((c) => c.node);
      const key = `${p.name}:${main.id}`;
      if (this.seenFlow.has(key)) {
        // `(arguments (_) @from)` yields one match per argument: merge them into one propagator.
        if (p.role === 'propagators') {
          const prev = this.propagators.get(main.id)?.find((h) => h.name === p.name);
          if (prev) { prev.from.push(...nodes('from').filter((n) => !prev.from.some((f) => f.id === n.id))); prev.to.push(...nodes('to').filter((n) => !prev.to.some((f) => f.id === n.id))); }
        } else if (p.role === 'sanitizers') {
          const prev = this.sanitizers.get(main.id)?.find((h) => h.name === p.name);
          if (prev) prev.targets.push(...nodes('target').filter((n) => !prev.targets.some((f) => f.id === n.id)));
        }
        continue;
      }
      this.seenFlow.add(key);
      if (p.role === 'sinks') {
        const hit = { pattern: p, node: main };
        push(this.sinks, main.id, hit);
        found.push(hit);
      } else if (p.role === 'sanitizers') {
        const targets = nodes('target');
        const hit: SanitizerHit = { name: p.name, requires: p.requires, node: main, targets: targets.length ? targets : this.defaultGuardTargets(main), start: main.startIndex, end: main.endIndex };
        push(this.sanitizers, main.id, hit);
        this.sanitizerList.push(hit);
      } else push(this.propagators, main.id, { name: p.name, node: main, from: nodes('from'), to: nodes('to'), into: nodes('into') });
    }
    return found;
  }

  /** Without an explicit @target, a validator used as a guard vouches for its arguments. */
  private defaultGuardTargets(node: Node): Node[] {
    const spec = this.adapter.calls[node.type];
    if (!spec) return [];
    const args = node.childForFieldName(spec.arguments);
    return args ? args.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment') : [];
  }

  sanitizersWithin(node: Node): SanitizerHit[] {
    const { startIndex, endIndex } = node;
    return this.sanitizerList.filter((h) => h.start! >= startIndex && h.end! <= endIndex);
  }

  /** Source facts declared inside a parameter (Spring @RequestParam, NestJS @Query(), C argv). */
  sourceFactsWithin(node: Node): Facts {
    const { startIndex, endIndex } = node;
    const starts = (this.sourceStarts ??= this.sourceList.map((s) => s.start));
    const out: Fact[] = [];
    for (let i = firstAtOrAfter(starts, startIndex); i < starts.length && starts[i] < endIndex; i++) {
      const s = this.sourceList[i];
      if (s.end <= endIndex) out.push({ source: s.name, label: s.label, marks: [], trace: { kind: 'source', message: s.label, node: s.node } });
    }
    return out.length ? out : CLEAN;
  }

  /** Local functions a call may run: plain calls and calls on this/self, resolved by name in this file. */
  resolveFunction(name: string, receiver: Node | null, callee: Node | null): Node[] {
    if (!name) return [];
    if (receiver && !this.adapter.selfNames.has(receiver.text)) return [];
    if (!receiver && callee && !this.adapter.identifiers.has(callee.type) && this.adapter.calls[callee.type] === undefined && callee.type !== 'identifier') return [];
    const known = this.definitions.get(name);
    if (known && known.length > 1 && receiver) return this.sameClass(known, receiver);
    if (known || !this.input.range) return known ?? [];
    // Ranged re-scan: definitions outside the range were not matched; find this one by its name.
    const found: Node[] = [];
    const re = this.adapter.definitionRegex(name);
    for (let m = re.exec(this.input.text); m && found.length < 4; m = re.exec(this.input.text)) {
      const at = m.index + m[0].search(new RegExp(`${name.replace(/[$]/g, '\\$')}`));
      let n = this.input.tree.rootNode.descendantForIndex(Math.max(at, m.index));
      for (let up = 0; n && up < 4; up++, n = n.parent) {
        if (this.adapter.functions[n.type] && this.adapter.functionName(n) === name) { found.push(n); break; }
      }
    }
    this.definitions.set(name, found);
    return found;
  }

  /**
   * `this.f()` / `self.f()` where several classes of the file define f: the class around the call
   * has the one that runs (an override elsewhere is not followed). When none is there, all of them
   * if they are few.
   */
  private sameClass(defs: Node[], at: Node): Node[] {
    const cls = this.classAround(at);
    if (!cls) return defs;
    const inside = defs.filter((d) => d.startIndex >= cls.start && d.endIndex <= cls.end);
    // Dispatch among many overrides (an abstract method) is not followed: summarising every
    // subclass's version at every call costs more than the rare flow it could show.
    return inside.length ? inside : defs.length <= MAX_OVERRIDES ? defs : [];
  }

  /** Parameter → return and parameter → sink summary of a local function, memoised; recursion yields nothing. */
  summaryOf(fn: Node): Summary {
    const known = this.summaries.get(fn.id);
    if (known === 'pending') return { returns: CLEAN, paramSinks: [], filled: [] };
    if (known) return known;
    this.summaries.set(fn.id, 'pending');
    const run = new FunctionRun(this, fn, true).run();
    const summary: Summary = { returns: run.returns, paramSinks: run.paramSinks, filled: run.filledParams() };
    this.summaries.set(fn.id, summary);
    return summary;
  }

  /**
   * The call a sink argument belongs to when the call starts on an earlier line
   * (`db.query(⏎ "SELECT …" + id ⏎)`): the finding starts there.
   */
  private callOnEarlierLine(node: Node): Node | undefined {
    let n: Node | null = node.parent;
    for (let up = 0; n && up < 3 && ARGUMENT_CONTAINERS.has(n.type); up++) n = n.parent;
    if (!n || n === node.parent || !(this.adapter.calls[n.type] || this.adapter.news[n.type])) return undefined;
    return n.startPosition.row < node.startPosition.row ? n : undefined;
  }

  report(info: TaintRuleInfo, hit: SinkHit, fact: Fact, node: Node): void {
    const key = `${info.rule.id}:${node.startIndex}:${node.endIndex}`;
    if (this.findings.has(key)) return;
    const trace: TraceStep[] = traceList(fact.trace).map((l) => ({ kind: l.kind, message: l.message, range: nodeRange(l.node), snippet: clip(l.node.text) }));
    trace.push({ kind: 'sink', message: hit.pattern.label, range: nodeRange(node), snippet: clip(node.text) });
    const message = info.rule.message
      .replace(/\{\{\s*source\s*\}\}/g, fact.label)
      .replace(/\{\{\s*sink\s*\}\}/g, hit.pattern.label);
    const finding = makeFinding(info.rule, node, this.input.file, this.input.languageId, message, trace, this.callOnEarlierLine(node));
    this.findings.set(key, finding);
  }
}

/** What lies between a call and one of its arguments, per grammar. */
const ARGUMENT_CONTAINERS = new Set(['arguments', 'argument_list', 'keyword_argument', 'spread_element', 'list_splat', 'dictionary_splat']);

/** Whether the sorted offsets hold one in [start, end). */
function anyWithin(sorted: number[], start: number, end: number): boolean {
  const i = firstAtOrAfter(sorted, start);
  return i < sorted.length && sorted[i] < end;
}

function firstAtOrAfter(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) { const mid = (lo + hi) >> 1; if (sorted[mid] < value) lo = mid + 1; else hi = mid; }
  return lo;
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value); else map.set(key, [value]);
}
