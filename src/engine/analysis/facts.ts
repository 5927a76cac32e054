// Taint facts and the environment that maps variables and access paths to them.
// A fact says "this value may carry data from source S, having passed sanitizers M"; sanitizers
// add marks instead of erasing taint, so one analysis serves every rule (each rule decides which
// marks make data safe for its sinks).
import type { Node } from 'web-tree-sitter';

/** One link of a trace, newest first; shared between facts so traces cost O(1) to extend. */
export interface TraceLink {
  kind: 'source' | 'step';
  message: string;
  node: Node;
  prev?: TraceLink;
}

export interface Fact {
  /** Source name from the library/rule, or `param:N` while computing a function summary. */
  source: string;
  /** Human label of the source (for messages), or the parameter's name. */
  label: string;
  /** Names of sanitizers the data passed, sorted. */
  marks: readonly string[];
  trace: TraceLink;
}

export type Facts = readonly Fact[];
export const CLEAN: Facts = [];
/** Bound on distinct facts per value: keeps pathological code linear. */
const MAX_FACTS = 12;

function key(f: Fact): string {
  return f.marks.length ? `${f.source}|${f.marks.join(',')}` : f.source;
}

export function union(a: Facts, b: Facts): Facts {
  if (a.length === 0) return b;
  if (b.length === 0 || a === b) return a;
  const seen = new Set(a.map(key));
  let out: Fact[] | undefined;
  for (const f of b) {
    const k = key(f);
    if (seen.has(k)) continue;
    seen.add(k);
    (out ??= [...a]).push(f);
    if (out.length >= MAX_FACTS) break;
  }
  return out ?? a;
}

export function unionAll(list: Facts[]): Facts {
  let out: Facts = CLEAN;
  for (const f of list) out = union(out, f);
  return out;
}

export function addMark(facts: Facts, mark: string, requires?: string): Facts {
  if (facts.length === 0) return facts;
  return facts.map((f) => {
    if (f.marks.includes(mark) || (requires && !f.marks.includes(requires))) return f;
    return { ...f, marks: [...f.marks, mark].sort() };
  });
}

export function addStep(facts: Facts, message: string, node: Node): Facts {
  if (facts.length === 0) return facts;
  return facts.map((f) => ({ ...f, trace: { kind: 'step', message, node, prev: f.trace } }));
}

export function traceList(link: TraceLink | undefined): TraceLink[] {
  const out: TraceLink[] = [];
  for (let l = link; l; l = l.prev) out.push(l);
  return out.reverse();
}

/**
 * Variables and access paths ("x", "this.user.name", "params.0") to facts. Reading a path that
 * was never bound falls back to its longest bound prefix: a field of tainted data is tainted.
 */
export class Env {
  constructor(readonly vars = new Map<string, Facts>()) {}

  clone(): Env {
    return new Env(new Map(this.vars));
  }

  /** The facts bound to `path` or, failing that, to its longest bound prefix; undefined if none. */
  lookup(path: string): Facts | undefined {
    for (let p = path; ;) {
      const v = this.vars.get(p);
      if (v !== undefined) return v;
      const cut = p.lastIndexOf('.');
      if (cut < 0) return undefined;
      p = p.slice(0, cut);
    }
  }

  has(path: string): boolean {
    return this.vars.has(path);
  }

  /** The whole value at `path`: its own facts plus those of every field or entry under it. */
  readWhole(path: string): Facts | undefined {
    let out = this.lookup(path);
    const prefix = path + '.';
    for (const [k, v] of this.vars) if (v.length && k.startsWith(prefix)) out = union(out ?? CLEAN, v);
    return out;
  }

  /** Strong update: `path` now holds exactly `facts`; its old fields are forgotten. */
  assign(path: string, facts: Facts): void {
    const prefix = path + '.';
    for (const k of [...this.vars.keys()]) if (k.startsWith(prefix)) this.vars.delete(k);
    this.vars.set(path, facts);
  }

  /** Weak update: `path` may now also hold `facts` (push, append, non-constant index). */
  addTo(path: string, facts: Facts): void {
    if (facts.length === 0) return;
    this.vars.set(path, union(this.lookup(path) ?? CLEAN, facts));
  }

  /** Copies the fields of `from` under `to` (b = a keeps a's per-field knowledge). */
  copyFields(from: string, to: string): void {
    const prefix = from + '.';
    for (const [k, v] of [...this.vars]) if (k.startsWith(prefix)) this.vars.set(to + k.slice(from.length), v);
  }

  /** Union of two environments at a join point (if/else, loop exit). */
  static join(envs: Env[]): Env {
    if (envs.length === 1) return envs[0];
    const keys = new Set<string>();
    for (const e of envs) for (const k of e.vars.keys()) keys.add(k);
    const out = new Env();
    for (const k of keys) {
      let facts: Facts | undefined;
      let bound = false;
      for (const e of envs) {
        const v = e.lookup(k);
        if (v !== undefined) { bound = true; facts = union(facts ?? CLEAN, v); }
      }
      if (bound) out.vars.set(k, facts ?? CLEAN);
    }
    return out;
  }
}
