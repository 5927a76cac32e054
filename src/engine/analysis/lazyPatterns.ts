// Lazy matching of flow patterns (sinks, sanitizers, propagators). web-tree-sitter evaluates
// text predicates (#eq?, #any-of?) in JavaScript after marshalling every raw match, so one query
// over a whole file costs time per call expression × pattern. Instead, the dataflow core asks
// "which flow patterns match at this node?" only for nodes that carry tainted data. A cheap
// necessary condition (the pattern's root node type, and for each #eq?/#any-of? one of its
// literals occurring in the node's text) picks the candidate patterns; they are compiled once
// into a small query per candidate set (cached) and run with maxStartDepth 0.
import { Query, type Language, type QueryMatch, type Node } from 'web-tree-sitter';

interface PatternShape {
  /** Root node types the pattern can start at; null when unknown (wildcard or anonymous node). */
  roots: Set<string> | null;
  /** For each positive #eq?/#any-of? predicate: the literals one of which must occur in the text. */
  literals: string[][];
  source: string;
}

const MAX_CACHED = 256;
const MAX_FILTER_TEXT = 400;
const WORD = /^[A-Za-z_$][\w$]*$/;
/** Around a literal occurrence, how far a match may reach (decorator → parameter, `main(` → argv). */
const WINDOW_BEFORE = 120;
const WINDOW_AFTER = 240;
const MERGE_GAP = 40;
const MAX_WINDOWS = 1500;

export class LazyPatterns {
  private readonly shapes: PatternShape[] = [];
  private readonly byRoot = new Map<string, number[]>();
  private readonly anyRoot: number[] = [];
  private readonly cache = new Map<string, { query: Query; indices: number[] } | null>();

  constructor(private readonly language: Language, entryQueries: string[], patternCounts: number[]) {
    entryQueries.forEach((text, k) => {
      const split = splitPatterns(text);
      const ok = split.length === patternCounts[k];
      for (let i = 0; i < patternCounts[k]; i++) {
        // If splitting disagrees with tree-sitter's count, fall back to "always a candidate".
        const source = ok ? split[i] : text;
        const shape: PatternShape = ok ? { roots: rootTypes(source), literals: literalSets(source), source } : { roots: null, literals: [], source };
        if (!ok && i > 0) shape.source = '';
        this.shapes.push(shape);
      }
    });
    this.shapes.forEach((s, i) => {
      if (!s.roots) this.anyRoot.push(i);
      else for (const r of s.roots) { const list = this.byRoot.get(r) ?? []; list.push(i); this.byRoot.set(r, list); }
    });
  }

  /**
   * Whole-file matching for patterns whose literals all occur in `text` (sources): patterns that
   * cannot match are left out of the query, which is compiled once per set and cached.
   */
  matchFile(root: Node, text: string, range?: { startIndex: number; endIndex: number }): Array<{ patternIndex: number; match: QueryMatch }> {
    const scope = range ? text.slice(range.startIndex, range.endIndex) : text;
    const offset = range?.startIndex ?? 0;
    // One pass collecting the words of the text beats scanning it once per literal.
    const words = new Set(scope.match(/[A-Za-z_$][\w$]*/g) ?? []);
    const present = (lit: string) => (WORD.test(lit) ? words.has(lit) : scope.includes(lit));
    const anchored: number[] = [];
    const free: number[] = [];
    this.shapes.forEach((s, i) => {
      if (!s.literals.every((set) => set.some(present))) return;
      (s.literals.length ? anchored : free).push(i);
    });
    const out: Array<{ patternIndex: number; match: QueryMatch }> = [];
    const run = (indices: number[], windows: Array<{ startIndex: number; endIndex: number }> | undefined) => {
      if (indices.length === 0) return;
      const entry = this.cached('file:' + indices.join(','), indices);
      if (!entry) return;
      const seen = new Set<string>();
      for (const w of windows ?? [range ?? {}]) {
        for (const m of entry.query.matches(root, w)) {
          if (windows) {
            // Neighbouring windows can both return a match that spans them.
            const key = `${m.patternIndex}:${m.captures.map((c) => c.node.startIndex + ':' + c.node.endIndex).join(',')}`;
            if (seen.has(key)) continue;
            seen.add(key);
          }
          out.push({ patternIndex: entry.indices[m.patternIndex], match: m });
        }
      }
    };
    run(free, undefined);
    // A pattern with an #eq?/#any-of? literal captures a node at an occurrence of that literal:
    // look only around those occurrences instead of marshalling every raw match of the file.
    const windows = this.windowsAround(scope, offset, anchored);
    run(anchored, windows && windows.length ? windows : windows ? [] : undefined);
    return out;
  }

  /** Byte windows around occurrences of each pattern's first literal set; undefined = too many, scan all. */
  private windowsAround(scope: string, offset: number, indices: number[]): Array<{ startIndex: number; endIndex: number }> | undefined {
    const literals = new Set<string>();
    for (const i of indices) for (const lit of this.shapes[i].literals[0]) literals.add(lit);
    if (literals.size === 0) return [];
    const alternation = [...literals].sort((a, b) => b.length - a.length).map((l) => l.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    const re = new RegExp(`(?<![\\w$])(?:${alternation})(?![\\w$])`, 'g');
    const windows: Array<{ startIndex: number; endIndex: number }> = [];
    for (let m = re.exec(scope); m; m = re.exec(scope)) {
      const start = offset + Math.max(0, m.index - WINDOW_BEFORE);
      const end = offset + Math.min(scope.length, m.index + m[0].length + WINDOW_AFTER);
      const last = windows[windows.length - 1];
      if (last && start <= last.endIndex + MERGE_GAP) last.endIndex = Math.max(last.endIndex, end);
      else {
        if (windows.length >= MAX_WINDOWS) return undefined;
        windows.push({ startIndex: start, endIndex: end });
      }
    }
    return windows;
  }

  private cached(key: string, indices: number[]): { query: Query; indices: number[] } | null {
    let entry = this.cache.get(key);
    if (entry === undefined) {
      entry = this.compile(indices);
      this.cache.set(key, entry);
    }
    return entry;
  }

  /** Node types at which some flow pattern may start. */
  isRoot(type: string): boolean {
    return this.anyRoot.length > 0 || this.byRoot.has(type);
  }

  /** Matches of the flow patterns starting at `node`, with global pattern indices. */
  matchAt(node: Node): Array<{ patternIndex: number; match: QueryMatch }> {
    const candidates = [...(this.byRoot.get(node.type) ?? []), ...this.anyRoot];
    if (candidates.length === 0) return [];
    // Long nodes (a call whose argument is a whole callback) would make the text test cost more
    // than it saves: let the query decide.
    const text = node.endIndex - node.startIndex <= MAX_FILTER_TEXT ? node.text : undefined;
    const chosen = text === undefined ? candidates : candidates.filter((i) => this.shapes[i].literals.every((set) => set.some((lit) => text.includes(lit))));
    if (chosen.length === 0) return [];
    chosen.sort((a, b) => a - b);
    const key = chosen.join(',');
    let entry = this.cache.get(key);
    if (entry === undefined) {
      entry = this.compile(chosen);
      if (this.cache.size >= MAX_CACHED) {
        const [oldKey, old] = this.cache.entries().next().value as [string, { query: Query } | null];
        old?.query.delete();
        this.cache.delete(oldKey);
      }
      this.cache.set(key, entry);
    }
    if (!entry) return [];
    const { query, indices } = entry;
    return query.matches(node, { maxStartDepth: 0 }).map((m) => ({ patternIndex: indices[m.patternIndex], match: m }));
  }

  private compile(indices: number[]): { query: Query; indices: number[] } | null {
    // A pattern whose source could not be isolated makes the whole entry a candidate; keep order.
    const sources = indices.map((i) => this.shapes[i].source).filter((s) => s !== '');
    if (sources.length !== indices.length) return null;
    try {
      return { query: new Query(this.language, sources.join('\n')), indices };
    } catch {
      return null;
    }
  }

  dispose(): void {
    for (const e of this.cache.values()) e?.query.delete();
    this.cache.clear();
  }
}

/** Splits query text into its top-level patterns (as tree-sitter numbers them). */
export function splitPatterns(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = -1;
  let i = 0;
  const flush = (end: number) => { if (start >= 0) out.push(text.slice(start, end).trim()); start = -1; };
  while (i < text.length) {
    const ch = text[i];
    if (ch === ';') { while (i < text.length && text[i] !== '\n') i++; continue; }
    if (ch === '"') {
      i++;
      while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
      i++;
      continue;
    }
    if (ch === '(' || ch === '[') {
      if (depth === 0) { flush(i); start = i; }
      depth++;
    } else if (ch === ')' || ch === ']') depth--;
    i++;
  }
  flush(text.length);
  return out.filter((s) => s.length > 0);
}

function rootTypes(pattern: string): Set<string> | null {
  let p = pattern.trim();
  // ((node …) (#pred …)) grouping: the root is the first inner node.
  while (p.startsWith('((')) p = p.slice(1);
  if (p.startsWith('[')) {
    const inner = splitPatterns(p.slice(1, p.lastIndexOf(']')));
    const types = new Set<string>();
    for (const alt of inner) {
      const t = rootTypes(alt);
      if (!t) return null;
      for (const x of t) types.add(x);
    }
    return types.size ? types : null;
  }
  const m = /^\(\s*([A-Za-z_][\w]*)/.exec(p);
  if (!m || m[1] === '_') return null;
  return new Set([m[1]]);
}

function literalSets(pattern: string): string[][] {
  const out: string[][] = [];
  const re = /\(#(eq|any-of)\?\s+@[\w.-]+((?:\s+"(?:[^"\\]|\\.)*")+)\s*\)/g;
  for (let m = re.exec(pattern); m; m = re.exec(pattern)) {
    const lits = [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => x[1].replace(/\\(.)/g, '$1'));
    if (lits.length) out.push(lits);
  }
  return out;
}
