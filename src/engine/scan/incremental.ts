// Incremental re-scans for editors. After an edit, only the part of the tree that the edit can
// affect is queried again; findings elsewhere are carried over, shifted to their new position.
//
// Why this is exact for pattern rules: every capture of a match lies inside the node the
// pattern's root matched (R). A match can only change if R contains a changed span (an edited
// span, widened by one character, or a range tree-sitter reports as structurally changed). For each
// span we take the smallest node covering it and climb to the HIGHEST ancestor whose type can be a
// pattern root (S); any R containing the span is then inside S, so querying S alone re-finds every
// match that may have changed, and a finding outside every S keeps its text, message and match.
// Its scope (function names around it) may change, so that is recomputed from the new tree.
// A wildcard root `(_ …)` can be any ancestor: S is then the top-level node around the span.
// Matches rooted at the file's root node can depend on any edit: they are found apart on every
// scan (cheaply, with maxStartDepth 0), and findings only they produced are never carried over.
import type { Edit, Node, QueryMatch, Tree } from 'web-tree-sitter';
import type { Finding, Range, TextEdit } from '../model';
import type { CompiledLanguage } from '../rules/compile';
import { findingKey } from './scanTree';
import { isFunctionNode, isScopeNode, scopeChain } from './scope';
import { patternShapes } from '../rules/queryShape';

export interface TreeChanges {
  /** Findings of the text before the edits, as the previous `Engine.scanTree` returned them. */
  previous: Finding[];
  /** The edits from the previous text to the current one, in the order they were applied. */
  edits: Edit[];
  /** `oldTree.getChangedRanges(newTree)` (old tree already edited), in new-text indices. */
  changedRanges: Array<{ startIndex: number; endIndex: number }>;
}

export interface IncrementalPlan {
  /** Subtrees to query again. */
  within: Node[];
  /** Previous findings outside them, moved to the new text. */
  keep: Finding[];
  /**
   * Taint rules: the outermost functions around the edits, to analyse again (undefined = the
   * whole file, e.g. an edit at top level). Taint findings outside them are carried over in `keep`.
   * A flow that crosses functions (a helper's summary) is refreshed by the next full scan (open, save).
   */
  taintRange?: { startIndex: number; endIndex: number };
}

interface RootTypes {
  /** Node types a pattern's root can have. */
  types: Set<string>;
  /** Some pattern's root is `_`: any node can be a match root. */
  wildcard: boolean;
}

const rootTypeCache = new WeakMap<CompiledLanguage, RootTypes>();
/** Findings this module saw come out of a scan; only those can be carried over. */
const scanned = new WeakSet<Finding>();
/** Findings produced only by a match rooted at the tree's root node: recomputed on every re-scan. */
const rootLevel = new WeakSet<Finding>();

function rootCapable(compiled: CompiledLanguage, tree: Tree): boolean {
  const roots = patternRootTypes(compiled);
  return roots.wildcard || roots.types.has(tree.rootNode.type);
}

/**
 * Matches rooted at the root node itself (a pattern like `(module (expression_statement …))`
 * looks at the whole file's top level, so any edit may change it). Cheap: the query starts
 * matches at depth 0 only. Undefined when no pattern of the language can be rooted there.
 */
export function rootLevelMatches(tree: Tree, compiled: CompiledLanguage): QueryMatch[] | undefined {
  if (compiled.queries.empty || !rootCapable(compiled, tree)) return undefined;
  return compiled.queries.matchNode(tree.rootNode, { maxStartDepth: 0 });
}

/** Remembers a scan's findings, and which of them only root-level matches produced. */
export function recordScan(findings: Finding[], compiled: CompiledLanguage, rootMatches: QueryMatch[] | undefined, matchCounts: Map<string, number>, kept: Finding[] = []): void {
  const rootCounts = new Map<string, number>();
  for (const match of rootMatches ?? []) {
    const entry = compiled.patterns[match.patternIndex];
    const target = match.captures.find((c) => c.name === 'finding');
    if (!entry || !target || (entry.check && !entry.check(match.captures))) continue;
    const key = findingKey(entry.rule.id, target.node.startIndex, target.node.endIndex);
    rootCounts.set(key, (rootCounts.get(key) ?? 0) + 1);
  }
  const keptSet = new Set(kept);
  for (const f of findings) {
    scanned.add(f);
    if (keptSet.has(f) || rootCounts.size === 0) continue;
    const key = findingKey(f.ruleId, f.startIndex, f.endIndex);
    const fromRoot = rootCounts.get(key) ?? 0;
    if (fromRoot > 0 && fromRoot === matchCounts.get(key)) rootLevel.add(f);
  }
}

/** What must be re-queried and what can be kept; undefined means "do a full scan". */
export function planIncremental(tree: Tree, compiled: CompiledLanguage, changes: TreeChanges): IncrementalPlan | undefined {
  const patternRules = new Set(compiled.patterns.map((p) => p.rule.id));
  // Findings from elsewhere (another process, JSON) carry no root-level mark: start afresh.
  if (changes.previous.some((f) => patternRules.has(f.ruleId) && !scanned.has(f))) return undefined;
  const roots = patternRootTypes(compiled);
  const root = tree.rootNode;
  const length = root.endIndex;
  const spans: Array<[number, number]> = changes.changedRanges.map((r) => [r.startIndex, r.endIndex]);
  changes.edits.forEach((edit, i) => {
    let start = edit.startIndex;
    let end = edit.newEndIndex;
    for (const later of changes.edits.slice(i + 1)) {
      start = mapIndex(start, later, 'start');
      end = mapIndex(end, later, 'end');
    }
    spans.push([start, end]);
  });
  const within: Node[] = [];
  for (const [a, b] of spans) {
    // Widen by a character: text typed right next to a node can change what matches it.
    const start = Math.max(0, a - 1);
    const end = Math.min(length, Math.max(b + 1, start + 1));
    const covering = root.descendantForIndex(start, end);
    if (!covering) return undefined;
    if (covering.id === root.id) {
      // The span crosses top-level nodes: every match below the root that can change is rooted
      // inside one of the top-level nodes the span touches (root-level matches are redone apart).
      for (const child of root.children) if (child && child.endIndex >= start && child.startIndex <= end) within.push(child);
      continue;
    }
    let target = covering;
    for (let n: Node | null = covering; n && n.id !== root.id; n = n.parent) if (roots.wildcard || roots.types.has(n.type)) target = n;
    within.push(target);
  }
  const unique = [...new Map(within.map((n) => [n.id, n])).values()];
  const outer = unique.filter((n) => !unique.some((m) => m.id !== n.id && m.startIndex <= n.startIndex && m.endIndex >= n.endIndex && (m.startIndex < n.startIndex || m.endIndex > n.endIndex)));
  const taintRange = compiled.taint ? functionsAround(root, spans) : undefined;
  const keep: Finding[] = [];
  for (const f of changes.previous) {
    if (!patternRules.has(f.ruleId)) {
      // A taint finding is kept, moved, when its whole trace lies outside the functions analysed again.
      if (!taintRange || !scanned.has(f)) continue;
      const moved = shiftFinding(f, changes.edits);
      const touches = (a: number, b: number) => b > taintRange.startIndex && a < taintRange.endIndex;
      if (moved && !touches(moved.startIndex, moved.endIndex)) keep.push(rescope(moved, tree));
      continue;
    }
    if (rootLevel.has(f)) continue; // root-level matches are recomputed on every scan
    const moved = shiftFinding(f, changes.edits);
    if (!moved) continue;
    if (outer.some((n) => moved.endIndex > n.startIndex && moved.startIndex < n.endIndex)) continue;
    keep.push(rescope(moved, tree));
  }
  return { within: outer, keep, taintRange };
}

/** The span covering the outermost function around every span, or undefined when one is outside all functions. */
function functionsAround(root: Node, spans: Array<[number, number]>): { startIndex: number; endIndex: number } | undefined {
  let startIndex = Infinity;
  let endIndex = -Infinity;
  for (const [a, b] of spans) {
    let outermost: Node | null = null;
    for (let n = root.descendantForIndex(a, Math.max(a, b)); n && n.id !== root.id; n = n.parent) if (isFunctionNode(n)) outermost = n;
    if (!outermost) return undefined;
    startIndex = Math.min(startIndex, outermost.startIndex);
    endIndex = Math.max(endIndex, outermost.endIndex);
  }
  return spans.length ? { startIndex, endIndex } : undefined;
}

function mapIndex(index: number, edit: Edit, side: 'start' | 'end'): number {
  if (index < edit.startIndex || (index === edit.startIndex && side === 'start')) return index;
  if (index >= edit.oldEndIndex) return index + edit.newEndIndex - edit.oldEndIndex;
  return side === 'start' ? edit.startIndex : edit.newEndIndex;
}

/** The finding moved through the edits, or undefined when an edit touches it. */
function shiftFinding(f: Finding, edits: Edit[]): Finding | undefined {
  let startIndex = f.startIndex;
  let endIndex = f.endIndex;
  let range = f.range;
  let fixEdits = f.fix?.edits;
  let trace = f.trace;
  for (const e of edits) {
    if (endIndex >= e.startIndex && startIndex <= e.oldEndIndex) return undefined;
    // Trace steps carry no offsets: a step on or after the edit's lines cannot be placed exactly.
    if (trace?.some((t) => t.range.end.line >= e.startPosition.row && t.range.start.line <= e.oldEndPosition.row)) return undefined;
    trace = trace?.map((t) => (t.range.start.line > e.oldEndPosition.row ? { ...t, range: shiftRange(t.range, e) } : t));
    if (startIndex > e.oldEndIndex) {
      const delta = e.newEndIndex - e.oldEndIndex;
      startIndex += delta;
      endIndex += delta;
      range = shiftRange(range, e);
      fixEdits = fixEdits?.map((t): TextEdit => ({ ...t, startIndex: t.startIndex + delta, endIndex: t.endIndex + delta, range: shiftRange(t.range, e) }));
    }
  }
  return {
    ...f,
    startIndex,
    endIndex,
    range,
    fix: f.fix && fixEdits ? { ...f.fix, edits: fixEdits } : f.fix,
    trace,
    suppressed: undefined, // suppression comments are applied afresh to the whole file
  };
}

/** Moves a range that lies after the edit (rows by the line delta; columns too on the edit's last line). */
function shiftRange(r: Range, e: Edit): Range {
  const move = (p: { line: number; character: number }) => {
    if (p.line > e.oldEndPosition.row) return { line: p.line + e.newEndPosition.row - e.oldEndPosition.row, character: p.character };
    return { line: e.newEndPosition.row, character: p.character - e.oldEndPosition.column + e.newEndPosition.column };
  };
  return { start: move(r.start), end: move(r.end) };
}

function rescope(f: Finding, tree: Tree): Finding {
  let node = tree.rootNode.descendantForIndex(f.startIndex, f.endIndex);
  while (node?.parent && node.parent.startIndex === node.startIndex && node.parent.endIndex === node.endIndex && !isScopeNode(node.parent)) node = node.parent;
  return node ? { ...f, scope: scopeChain(node) } : f;
}

/** Node types that can be the root of a match of any of the language's patterns. */
export function patternRootTypes(compiled: CompiledLanguage): RootTypes {
  let cached = rootTypeCache.get(compiled);
  if (!cached) {
    cached = { types: new Set<string>(), wildcard: false };
    for (const rule of new Set(compiled.patterns.map((p) => p.rule))) {
      const r = queryRootTypes(rule.query ?? '');
      if (r === 'any') cached.wildcard = true;
      else for (const t of r) cached.types.add(t);
    }
    rootTypeCache.set(compiled, cached);
  }
  return cached;
}

/**
 * Root node types of each top-level pattern in a tree-sitter query source: `(call …)` → call,
 * `[(a) (b)]` → a, b, `((a) (b))` groupings → a, b, `"str"` → str; `(_)` or `_` → 'any'.
 * (Read by rules/queryShape.ts; text it cannot follow counts as 'any', which is always safe.)
 */
export function queryRootTypes(source: string): Set<string> | 'any' {
  const types = new Set<string>();
  let shapes;
  try {
    shapes = patternShapes(source);
  } catch {
    return 'any';
  }
  for (const shape of shapes) {
    if (!shape.roots) return 'any';
    for (const t of shape.roots) types.add(t);
  }
  return types;
}
