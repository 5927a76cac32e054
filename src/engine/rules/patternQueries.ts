// The pattern rules of one language, as two folded queries: rules whose every pattern has a
// trigger (text that must occur in any match, see triggers.ts) and the rest. A whole-file scan
// walks the whole tree only with the second; the first runs only over the spans around its
// triggers. Both give the same matches as one query over the whole tree: a match's root contains
// its trigger, so it intersects a span, and tree-sitter returns every match whose root intersects
// the queried range (a test compares the two on every rule fixture).
import type { Node, Query, QueryMatch, QueryOptions } from 'web-tree-sitter';
import type { PredicateCheck } from './predicates';
import type { Rule } from './rule';
import { TriggerIndex } from './triggers';

export interface PatternEntry {
  rule: Rule;
  check?: PredicateCheck;
}

export class PatternQueries {
  /** Global pattern index → rule and Vigil predicates: the anchored query's patterns, then the others. */
  readonly patterns: PatternEntry[];
  private readonly triggerIndex: TriggerIndex;

  constructor(
    private readonly anchored: { query?: Query; patterns: PatternEntry[]; triggers: TriggerIndex },
    private readonly free: { query?: Query; patterns: PatternEntry[] },
  ) {
    this.patterns = [...anchored.patterns, ...free.patterns];
    this.triggerIndex = anchored.triggers;
  }

  get empty(): boolean {
    return !this.anchored.query && !this.free.query;
  }

  /** Every match in the file (whole-file scan). */
  matchFile(root: Node, text: string): QueryMatch[] {
    const out = this.run(this.free.query, root, this.anchored.patterns.length);
    if (this.anchored.query) {
      const spans = this.triggerIndex.spans(text);
      if (!spans) out.push(...this.run(this.anchored.query, root, 0));
      else {
        const seen = new Set<string>();
        for (const span of spans) {
          for (const m of this.run(this.anchored.query, root, 0, span)) {
            // A match spanning two neighbouring spans is returned for both.
            const key = `${m.patternIndex}:${m.captures.map((c) => `${c.name}@${c.node.startIndex}:${c.node.endIndex}`).join(',')}`;
            if (seen.has(key)) continue;
            seen.add(key);
            out.push(m);
          }
        }
      }
    }
    return out;
  }

  /** Matches rooted inside `node` (incremental re-scans), or only at it with maxStartDepth 0. */
  matchNode(node: Node, options?: QueryOptions): QueryMatch[] {
    return [...this.run(this.anchored.query, node, 0, options), ...this.run(this.free.query, node, this.anchored.patterns.length, options)];
  }

  private run(query: Query | undefined, node: Node, offset: number, options?: QueryOptions): QueryMatch[] {
    if (!query) return [];
    const matches = query.matches(node, options);
    if (offset) for (const m of matches) m.patternIndex += offset;
    return matches;
  }

  delete(): void {
    this.anchored.query?.delete();
    this.free.query?.delete();
  }
}
