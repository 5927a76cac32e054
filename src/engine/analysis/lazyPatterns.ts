// Lazy matching of flow patterns (sinks, sanitizers, propagators). web-tree-sitter evaluates
// text predicates (#eq?, #any-of?) in JavaScript after marshalling every raw match, so one query
// over a whole file costs time per call expression × pattern. Instead, the dataflow core asks
// "which flow patterns match at this node?" only for nodes that carry tainted data. A cheap
// necessary condition (the pattern's root node type, and for each #eq?/#any-of? one of its
// literals occurring in the node's text) picks the candidate patterns; they are compiled once
// into a small query per candidate set (cached) and run with maxStartDepth 0.
import { Query, type Language, type QueryMatch, type Node } from 'web-tree-sitter';
import { patternShapes } from '../rules/queryShape';
import { FileText } from '../rules/fileText';
import { triggerOf } from '../rules/triggers';

interface PatternShape {
  /** Root node types the pattern can start at; null when unknown (wildcard or anonymous node). */
  roots: Set<string> | null;
  /** For each #eq?/#any-of? on a capture every match has: the literals one of which must occur in the text. */
  literals: string[][];
  /** Per literal set: its capture is an identifier, so its text is a whole word of the file. */
  words: boolean[];
  /** For each #match? on such a capture: an expression the text must match (see rules/triggers.ts). */
  regexes: RegExp[];
  source: string;
}

const MAX_CACHED = 256;
const MAX_FILTER_TEXT = 400;

export class LazyPatterns {
  private readonly shapes: PatternShape[] = [];
  private readonly byRoot = new Map<string, number[]>();
  private readonly anyRoot: number[] = [];
  private readonly cache = new Map<string, { query: Query; indices: number[] } | null>();

  constructor(private readonly language: Language, entryQueries: string[], patternCounts: number[]) {
    entryQueries.forEach((text, k) => {
      let split: ReturnType<typeof patternShapes> = [];
      try { split = patternShapes(text); } catch { /* not understood: always a candidate */ }
      const ok = split.length === patternCounts[k];
      for (let i = 0; i < patternCounts[k]; i++) {
        // If splitting disagrees with tree-sitter's count, fall back to "always a candidate".
        const source = ok ? split[i].source : text;
        const trigger = ok ? triggerOf(split[i]) : undefined;
        const literals = (trigger?.literalSets ?? []).map((set) => set.literals);
        const words = (trigger?.literalSets ?? []).map((set) => set.word);
        const regexes = (trigger?.regexes ?? []).map((r) => r.search).filter((r): r is RegExp => !!r);
        const shape: PatternShape = ok ? { roots: split[i].roots, literals, words, regexes, source } : { roots: null, literals: [], words: [], regexes: [], source };
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
   * Which patterns could match somewhere in a file: all their literal sets occur in its text
   * (identifier literals as whole words). Computed once per analysed file; the others are never
   * candidates there.
   */
  presentIn(text: string): Uint8Array {
    const file = FileText.of(text);
    const known = new Map<string, boolean>();
    const occurs = (lit: string, word: boolean) => {
      const key = (word ? 'w:' : 't:') + lit;
      let yes = known.get(key);
      if (yes === undefined) { yes = word ? file.hasWord(lit) : text.includes(lit); known.set(key, yes); }
      return yes;
    };
    return Uint8Array.from(this.shapes, (s) => (s.literals.every((set, k) => set.some((lit) => occurs(lit, s.words[k]))) ? 1 : 0));
  }

  /** Whether one of these patterns could match somewhere in `text` (all its literal sets occur). */
  couldMatchIn(text: string, indices: number[], present?: Uint8Array): boolean {
    return indices.some((i) => {
      if (present && !present[i]) return false;
      const shape = this.shapes[i];
      return shape.literals.every((set) => set.some((lit) => text.includes(lit))) && shape.regexes.every((re) => { re.lastIndex = 0; return re.test(text); });
    });
  }

  /** Node types at which some flow pattern may start. */
  isRoot(type: string): boolean {
    return this.anyRoot.length > 0 || this.byRoot.has(type);
  }

  /** Matches of the flow patterns starting at `node`, with global pattern indices. */
  matchAt(node: Node, present?: Uint8Array): Array<{ patternIndex: number; match: QueryMatch }> {
    let candidates = [...(this.byRoot.get(node.type) ?? []), ...this.anyRoot];
    if (present) candidates = candidates.filter((i) => present[i]);
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
