// Triggers: text that must occur inside every match of a pattern. A pattern whose captured node
// must equal "eval" can only match where the file's text contains "eval"; one with
// `#match? @name "[Ss]ecret"` only where that regular expression matches. Searching the text is far
// cheaper than walking the tree, so a whole-file scan queries only the spans around triggers
// and walks the whole tree only for patterns that have none. When nothing inside the match is
// certain, a predicate may still confine it to a region (an ancestor holding some text, a node the
// release analysis marked): see regions.ts.
import type { Node } from 'web-tree-sitter';
import { FileText, WordTest, type Hits } from './fileText';
import type { PatternShape } from './queryShape';
import { regionTriggerOf, type RegionTrigger, type Span } from './regions';

export type { Span } from './regions';

export interface Trigger {
  /** Each: one of these strings is the text of a node inside the match (from #eq? / #any-of?). */
  literalSets: Array<{ literals: string[]; word: boolean }>;
  /**
   * Each: a regular expression a node's text inside the match satisfies (from #match?), and the
   * expression to search the whole text with when one can be derived (see necessaryRegex).
   */
  regexes: Array<{ source: string; word: boolean; search?: RegExp }>;
  /** Each: a region of the tree the match lies in (from ancestor and release predicates). */
  regions: RegionTrigger[];
}

/**
 * Identifier nodes: their text is a whole word of the file (a lexer never ends an identifier next
 * to another identifier character), so a file's words, collected once, answer for all of them.
 */
const isWordType = (type: string) => type.endsWith('identifier') && !type.startsWith('scoped') && !type.startsWith('private');

/** What every match of the pattern must contain; undefined when nothing is certain. */
export function triggerOf(shape: PatternShape): Trigger | undefined {
  const literalSets: Trigger['literalSets'] = [];
  const regexes: Trigger['regexes'] = [];
  const regions: RegionTrigger[] = [];
  for (const p of shape.predicates) {
    const [subject, ...rest] = p.args;
    if (!subject || !('capture' in subject) || !shape.mandatory.has(subject.capture)) continue;
    const region = regionTriggerOf(p);
    if (region) regions.push(region);
    if (rest.length === 0 || rest.some((a) => !('string' in a))) continue; // compares two captures
    const strings = rest.map((a) => (a as { string: string }).string);
    const types = shape.captureTypes.get(subject.capture);
    const word = !!types && types.size > 0 && [...types].every(isWordType);
    if ((p.op === 'eq?' || p.op === 'any-of?') && strings.every((s) => s.length > 0)) literalSets.push({ literals: strings, word });
    const search = p.op === 'match?' && strings.length === 1 ? necessaryRegex(strings[0]) : undefined;
    if (p.op === 'match?' && strings.length === 1 && (word || search)) regexes.push({ source: strings[0], word, search });
  }
  return literalSets.length || regexes.length || regions.length ? { literalSets, regexes, regions } : undefined;
}

/**
 * A regular expression that matches the FILE text wherever `source` matches a node's text inside
 * it. Assertions that look at the node's edges (^ $ \b \B) are dropped: without them the expression
 * only matches more. Refused when the search could take time quadratic in the file's length.
 */
export function necessaryRegex(source: string): RegExp | undefined {
  if (scansAcrossLines(source)) return undefined;
  // Lookarounds: negative ones could fail with more text around; positive ones, tried at every
  // position of a file, can cost time quadratic in its length.
  if (/\(\?<?[!=]/.test(source)) return undefined;
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const n = source[i + 1];
      i++;
      if (!inClass && (n === 'b' || n === 'B')) continue;
      out += c + (n ?? '');
      continue;
    }
    if (inClass) { if (c === ']') inClass = false; out += c; continue; }
    if (c === '[') { inClass = true; out += c; continue; }
    if (c === '^' || c === '$') continue;
    out += c;
  }
  out = withoutLeadingClasses(out);
  try {
    const re = new RegExp(out, 'g');
    // A trigger that can match nothing at all would point everywhere: it is no trigger.
    if (re.test('')) return undefined;
    return re;
  } catch {
    return undefined;
  }
}

/**
 * A class that also matches line breaks, repeated without bound (`[^)=]*`, `[\s\S]+`): fine on a
 * node's text, but searched from every position of a whole file it can run to the end of the file
 * and back each time (one such expression took 0.6 s on a 5,000-line file).
 */
function scansAcrossLines(source: string): boolean {
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') { i++; continue; }
    if (source[i] !== '[') continue;
    let j = i + 1;
    while (j < source.length && !(source[j] === ']' && j > i + 1)) j += source[j] === '\\' ? 2 : 1;
    const body = source.slice(i + 1, j);
    const rest = source.slice(j + 1);
    const unbounded = /^(?:[*+]|\{\d+,\})/.test(rest);
    const anyLine = (body.startsWith('^') && !/\\[sn]/.test(body)) || /\\s\\S|\\S\\s|\\w\\W|\\W\\w|\\d\\D|\\D\\d/.test(body);
    if (unbounded && anyLine) return true;
    i = j;
  }
  return false;
}

/**
 * Drops leading character classes (`[A-Za-z_$][\\w$]*x…` → `x…`): whatever matched them, the rest
 * still matches right after, inside the same node, and a search starting from a literal character
 * is many times faster. Only for a single alternative, and never past a group or a literal.
 */
function withoutLeadingClasses(source: string): string {
  if (topLevelAlternation(source)) return source;
  const atom = /^(?:\[(?:\\.|[^\]\\])*\]|\\[wWsSdD]|\.)(?:[*+?]|\{\d*,?\d*\})?\??/;
  let rest = source;
  for (let m = atom.exec(rest); m && m[0].length < rest.length; m = atom.exec(rest)) {
    rest = rest.slice(m[0].length);
    // Stop at the first plain character; with none left, keep the classes (they are the evidence).
    if (/^(?:[^[\\().*+?{|^$]|\\[^A-Za-z0-9])/.test(rest)) return rest;
  }
  return source;
}

function topLevelAlternation(source: string): boolean {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (inClass) { if (c === ']') inClass = false; continue; }
    if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return true;
  }
  return false;
}

/** Spans closer than this are queried together: one query call costs more than a few nodes. */
const MERGE_GAP = 256;
/** Beyond this many spans a single walk of the whole tree is cheaper. */
const MAX_SPANS = 300;
/**
 * A trigger with at most this many hits is good enough: a whole-text search costs about as much as
 * querying 10 spans with a large folded query (50 µs each on a 5,000-line file).
 */
const FEW_HITS = 10;

/**
 * Finds, in a file's text, the spans where patterns with triggers may match. Built once per
 * compiled language; `spans` is called once per whole-file scan. Cheap evidence first: the file's
 * words (one pass) answer identifier triggers; other literals are searched with indexOf; a
 * regular expression over the whole text runs only for a pattern with no other trigger.
 */
export class TriggerIndex {
  private readonly wordTests = new Map<string, WordTest>();
  private readonly textTests = new Map<string, RegExp>();

  constructor(private readonly triggers: Array<Trigger | undefined>) {
    for (const t of triggers) {
      for (const r of t?.regexes ?? []) {
        if (r.word) this.wordTests.set(r.source, new WordTest(r.source));
        else this.textTests.set(r.source, r.search!);
      }
    }
  }

  /**
   * Spans to query, sorted and merged; undefined when the whole tree should be walked instead.
   * Without `root` (a range of the file) region triggers cannot be resolved and count as none.
   */
  spans(text: string, root?: Node): Span[] | undefined {
    if (this.triggers.some((t) => !t)) return undefined;
    const scan = FileText.of(text);
    const spans: Span[] = [];
    for (const trigger of this.triggers as Trigger[]) {
      // Every certain condition must hold somewhere, or the pattern cannot match in this file.
      // Counted first; only the chosen evidence's hits are listed.
      let best: { count: number; hits: () => Hits } | undefined;
      let impossible = false;
      const consider = (count: number, hits: () => Hits) => {
        if (count === 0) impossible = true;
        else if (!best || count < best.count) best = { count, hits };
      };
      for (const set of trigger.literalSets) {
        if (set.word) consider(scan.wordCount(set.literals), () => scan.wordHits(set.literals));
        else { const hits = scan.literalHits(set.literals); consider(hits.length, () => hits); }
      }
      for (const r of trigger.regexes) if (r.word) { const hits = scan.wordMatches(this.wordTests.get(r.source)!); consider(hits.length, () => hits); }
      if (impossible) continue;
      // A whole-text search costs a pass over the file: only when the cheap evidence is weak.
      if (!best || best.count > FEW_HITS) {
        for (const r of trigger.regexes) {
          if (r.word) continue;
          const hits = scan.regexHits(this.textTests.get(r.source)!);
          if (hits !== 'many') consider(hits.length, () => hits);
        }
      }
      if (impossible) continue;
      const chosen = best as { count: number; hits: () => Hits } | undefined;
      if (root && trigger.regions.length && (!chosen || chosen.count > FEW_HITS)) {
        const region = this.narrowestRegion(trigger.regions, scan, chosen?.count ?? Infinity);
        if (region === 'impossible') continue;
        const found = region?.spans(scan, root);
        // A region that is the whole file says nothing the text's own evidence does not say better.
        const whole = found?.some((f) => f.startIndex <= root.startIndex && f.endIndex >= root.endIndex);
        if (found && !(whole && chosen)) { spans.push(...found); continue; }
      }
      if (!chosen) return undefined; // only triggers that match nearly everywhere
      for (const [startIndex, endIndex] of chosen.hits()) spans.push({ startIndex, endIndex });
    }
    spans.sort((a, b) => a.startIndex - b.startIndex);
    const merged: Span[] = [];
    for (const s of spans) {
      const last = merged[merged.length - 1];
      if (last && s.startIndex <= last.endIndex + MERGE_GAP) last.endIndex = Math.max(last.endIndex, s.endIndex);
      else {
        if (merged.length >= MAX_SPANS) return undefined;
        merged.push({ ...s });
      }
    }
    return merged;
  }

  /** The region trigger with the fewest places to look at, if fewer than `than`. */
  private narrowestRegion(regions: RegionTrigger[], scan: FileText, than: number): RegionTrigger | 'impossible' | undefined {
    let best: RegionTrigger | undefined;
    let fewest = than;
    for (const r of regions) {
      const n = r.estimate(scan);
      if (n === 0) return 'impossible';
      if (n < fewest) { best = r; fewest = n; }
    }
    return best;
  }
}

