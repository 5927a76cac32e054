// The pattern rules of one language, as a few folded queries: rules whose every pattern has a
// trigger (text that must occur in any match, or a region a predicate confines it to: see
// triggers.ts, regions.ts), in groups, and the rest. A whole-file scan walks the whole tree only
// with the last; each group runs only over the spans around its own triggers. Together they give
// the same matches as one query over the whole tree: a match's root contains its trigger (or lies
// in its region), so it intersects a span, and tree-sitter returns every match whose root
// intersects the queried range (a test compares the two on every rule fixture).
import type { Node, Query, QueryMatch, QueryOptions, TreeCursor } from 'web-tree-sitter';
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
    const add = (matches: QueryMatch[]) => {
      for (const m of matches) {
        // A match spanning two neighbouring spans is returned for both.
        const key = `${m.patternIndex}:${m.captures.map((c) => `${c.name}@${c.node.startIndex}:${c.node.endIndex}`).join(',')}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(m);
      }
    };
    if (spans.length === 0) return out;
    // Queried from the root, each span costs a step over every top-level node before it (837 in
    // a flat 5,000-line module: 0.4 ms a span). Queried from the top-level node that holds it, it
    // costs only its own nodes; the matches rooted at the root itself are asked for once.
    add(this.query.matches(root, { ...range, maxStartDepth: 0 }));
    const cursor = root.walk();
    try {
      for (const span of spans) add(this.query.matches(topLevelAround(cursor, root, span) ?? root, span));
    } finally {
      cursor.delete();
    }
    return out;
  }
}

/** The child of the root that holds all of `span`, if one does. */
function topLevelAround(cursor: TreeCursor, root: Node, span: Span): Node | undefined {
  cursor.reset(root);
  if (!cursor.gotoFirstChildForIndex(span.startIndex)) return undefined;
  return cursor.startIndex <= span.startIndex && cursor.endIndex >= span.endIndex ? cursor.currentNode : undefined;
}

/** Folded patterns queried around their triggers: patterns[i] is the query's pattern i. */
export interface GuidedGroup {
  guided?: GuidedQuery;
  patterns: PatternEntry[];
}

export class PatternQueries {
  /** Global pattern index → rule and Vigil predicates: each guided group's patterns in order, then the others. */
  readonly patterns: PatternEntry[];
  private readonly offsets: number[] = [];

  /**
   * `groups` are queried around their triggers, each over its own spans (text triggers give small
   * spans for a large query; region triggers give whole loops or functions for a small one, and
   * mixing them would run the large query over the large spans); `free` walks the whole tree.
   */
  constructor(private readonly groups: GuidedGroup[], private readonly free: { query?: Query; patterns: PatternEntry[] }) {
    let offset = 0;
    for (const g of groups) { this.offsets.push(offset); offset += g.patterns.length; }
    this.offsets.push(offset);
    this.patterns = [...groups.flatMap((g) => g.patterns), ...free.patterns];
  }

  /** Patterns of rules that have a pattern no trigger confines: these walk the whole tree. */
  get unguided(): readonly PatternEntry[] {
    return this.free.patterns;
  }

  get empty(): boolean {
    return this.groups.every((g) => !g.guided) && !this.free.query;
  }

  /** Every match in the file (whole-file scan). */
  matchFile(root: Node, text: string): QueryMatch[] {
    const out: QueryMatch[] = [];
    this.groups.forEach((g, i) => { if (g.guided) out.push(...withOffset(g.guided.matchFile(root, text), this.offsets[i])); });
    out.push(...this.run(this.free.query, root, this.offsets[this.groups.length]));
    return out;
  }

  /** Matches rooted inside `node` (incremental re-scans), or only at it with maxStartDepth 0. */
  matchNode(node: Node, options?: QueryOptions): QueryMatch[] {
    const out: QueryMatch[] = [];
    this.groups.forEach((g, i) => out.push(...this.run(g.guided?.query, node, this.offsets[i], options)));
    out.push(...this.run(this.free.query, node, this.offsets[this.groups.length], options));
    return out;
  }

  private run(query: Query | undefined, node: Node, offset: number, options?: QueryOptions): QueryMatch[] {
    return query ? withOffset(query.matches(node, options), offset) : [];
  }

  delete(): void {
    for (const g of this.groups) g.guided?.query.delete();
    this.free.query?.delete();
  }
}

function withOffset(matches: QueryMatch[], offset: number): QueryMatch[] {
  if (offset) for (const m of matches) m.patternIndex += offset;
  return matches;
}
