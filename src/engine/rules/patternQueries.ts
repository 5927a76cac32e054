// The pattern rules of one language, as two folded queries: rules whose every pattern has a
// trigger (text that must occur in any match, see triggers.ts) and the rest. A whole-file scan
// walks the whole tree only with the second; the first runs only over the spans around its
// triggers. Both give the same matches as one query over the whole tree: a match's root contains
// its trigger, so it intersects a span, and tree-sitter returns every match whose root intersects
// the queried range (a test compares the two on every rule fixture).
import type { Node, Query, QueryMatch, QueryOptions } from 'web-tree-sitter';
import type { PredicateCheck } from './predicates';
import type { Rule } from './rule';
import { patternShapes } from './queryShape';
import { TriggerIndex, triggerOf, type Span, type Trigger } from './triggers';

export interface PatternEntry {
  rule: Rule;
  check?: PredicateCheck;
}

/**
 * One query and the triggers of its patterns: a whole-file match walks only the spans around the
 * triggers found in the text (the whole tree when some pattern has none, or they are everywhere).
 */
export class GuidedQuery {
  constructor(readonly query: Query, private readonly triggers: TriggerIndex) {}

  /** Triggers read from the query's own text (none for all if the reading disagrees with tree-sitter). */
  static of(query: Query, source: string): GuidedQuery {
    let triggers: Array<Trigger | undefined> = [];
    try {
      triggers = patternShapes(source).map(triggerOf);
    } catch {
      // Text the reader does not follow: walk the whole tree.
    }
    if (triggers.length !== query.patternCount()) triggers = [undefined];
    return new GuidedQuery(query, new TriggerIndex(triggers));
  }

  /** Every match in the file, or those intersecting `range`. */
  matchFile(root: Node, text: string, range?: Span): QueryMatch[] {
    // With a range, only triggers inside it are looked for (the caller wants what lies there).
    const offset = range?.startIndex ?? 0;
    const found = range ? this.triggers.spans(text.slice(range.startIndex, range.endIndex)) : this.triggers.spans(text, root);
    if (!found) return this.query.matches(root, range);
    const spans = offset ? found.map((s) => ({ startIndex: s.startIndex + offset, endIndex: s.endIndex + offset })) : found;
    const out: QueryMatch[] = [];
    const seen = new Set<string>();
    for (const span of spans) {
      for (const m of this.query.matches(root, span)) {
        // A match spanning two neighbouring spans is returned for both.
        const key = `${m.patternIndex}:${m.captures.map((c) => `${c.name}@${c.node.startIndex}:${c.node.endIndex}`).join(',')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(m);
      }
    }
    return out;
  }
}

export class PatternQueries {
  /** Global pattern index → rule and Vigil predicates: the guided query's patterns, then the others. */
  readonly patterns: PatternEntry[];

  constructor(
    private readonly anchored: { guided?: GuidedQuery; patterns: PatternEntry[] },
    private readonly free: { query?: Query; patterns: PatternEntry[] },
  ) {
    this.patterns = [...anchored.patterns, ...free.patterns];
  }

  get empty(): boolean {
    return !this.anchored.guided && !this.free.query;
  }

  /** Every match in the file (whole-file scan). */
  matchFile(root: Node, text: string): QueryMatch[] {
    return [...(this.anchored.guided?.matchFile(root, text) ?? []), ...this.run(this.free.query, root, this.anchored.patterns.length)];
  }

  /** Matches rooted inside `node` (incremental re-scans), or only at it with maxStartDepth 0. */
  matchNode(node: Node, options?: QueryOptions): QueryMatch[] {
    return [...this.run(this.anchored.guided?.query, node, 0, options), ...this.run(this.free.query, node, this.anchored.patterns.length, options)];
  }

  private run(query: Query | undefined, node: Node, offset: number, options?: QueryOptions): QueryMatch[] {
    if (!query) return [];
    const matches = query.matches(node, options);
    if (offset) for (const m of matches) m.patternIndex += offset;
    return matches;
  }

  delete(): void {
    this.anchored.guided?.query.delete();
    this.free.query?.delete();
  }
}
