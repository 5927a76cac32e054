// Triggers: text that must occur inside every match of a pattern. A pattern whose captured node
// must equal "eval" can only match where the file's text contains "eval"; one with
// `#match? @name "[Ss]ecret"` only where that regular expression matches. Searching the text is far
// cheaper than walking the tree, so a whole-file scan queries only the spans around triggers
// (see scan/triggerWindows.ts) and walks the whole tree only for patterns that have none.
import type { PatternShape } from './queryShape';

export interface Trigger {
  /** Each: one of these strings is the text of a node inside the match (from #eq? / #any-of?). */
  literalSets: Array<{ literals: string[]; word: boolean }>;
  /**
   * Each: a regular expression a node's text inside the match satisfies (from #match?), and the
   * expression to search the whole text with when one can be derived (see necessaryRegex).
   */
  regexes: Array<{ source: string; word: boolean; search?: RegExp }>;
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
  for (const p of shape.predicates) {
    const [subject, ...rest] = p.args;
    if (!subject || !('capture' in subject) || !shape.mandatory.has(subject.capture)) continue;
    if (rest.length === 0 || rest.some((a) => !('string' in a))) continue; // compares two captures
    const strings = rest.map((a) => (a as { string: string }).string);
    const types = shape.captureTypes.get(subject.capture);
    const word = !!types && types.size > 0 && [...types].every(isWordType);
    if ((p.op === 'eq?' || p.op === 'any-of?') && strings.every((s) => s.length > 0)) literalSets.push({ literals: strings, word });
    const search = p.op === 'match?' && strings.length === 1 ? necessaryRegex(strings[0]) : undefined;
    if (p.op === 'match?' && strings.length === 1 && (word || search)) regexes.push({ source: strings[0], word, search });
  }
  return literalSets.length || regexes.length ? { literalSets, regexes } : undefined;
}

/**
 * A regular expression that matches the FILE text wherever `source` matches a node's text inside
 * it. Assertions that look at the node's edges (^ $ \b \B) are dropped: without them the expression
 * only matches more.
 */
export function necessaryRegex(source: string): RegExp | undefined {
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
 * Drops leading character classes (`[A-Za-z_$][\\w$]*x…` → `x…`): whatever matched them, the rest
 * still matches right after, inside the same node, and a search starting from a literal character
 * is many times faster. Only for a single alternative, and never past a group or a literal.
 */
function withoutLeadingClasses(source: string): string {
  if (topLevelAlternation(source)) return source;
  const atom = /^(?:\[(?:\\.|[^\]\\])*\]|\\[wWsSdD]|\.)(?:[*+?]|\{\d*,?\d*\})?\??/;
  let rest = source;
  for (let m = atom.exec(rest); m && m[0].length < rest.length; m = atom.exec(rest)) rest = rest.slice(m[0].length);
  return rest;
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

export interface Span { startIndex: number; endIndex: number }

/** Spans closer than this are queried together: one query call costs more than a few nodes. */
const MERGE_GAP = 256;
/** Beyond this many spans a single walk of the whole tree is cheaper. */
const MAX_SPANS = 300;
/** A trigger matching more often than this is no better than walking the tree. */
const MAX_HITS = 2000;
/** A trigger with at most this many hits is good enough: a whole-text search costs about as much as 25 spans. */
const FEW_HITS = 64;
/** Identifier-like words, a superset of every supported language's identifiers. */
const WORD = /[A-Za-z_$\u00C0-\uFFFF][\w$\u00C0-\uFFFF]*/g;

type Hits = Array<readonly [number, number]>;

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

  /** Spans to query, sorted and merged; undefined when the whole tree should be walked instead. */
  spans(text: string): Span[] | undefined {
    if (this.triggers.some((t) => !t)) return undefined;
    const scan = FileText.of(text);
    const spans: Span[] = [];
    for (const trigger of this.triggers as Trigger[]) {
      // Every certain condition must hold somewhere, or the pattern cannot match in this file.
      let best: Hits | undefined;
      let impossible = false;
      const consider = (hits: Hits) => {
        if (hits.length === 0) impossible = true;
        else if (!best || hits.length < best.length) best = hits;
      };
      for (const set of trigger.literalSets) consider(set.word ? scan.wordHits(set.literals) : scan.literalHits(set.literals));
      for (const r of trigger.regexes) if (r.word) consider(scan.wordMatches(this.wordTests.get(r.source)!));
      if (impossible) continue;
      // A whole-text search costs a pass over the file: only when the cheap evidence is weak.
      if (!best || best.length > FEW_HITS) {
        for (const r of trigger.regexes) {
          if (r.word) continue;
          const hits = scan.regexHits(this.textTests.get(r.source)!);
          if (hits !== 'many') consider(hits);
        }
      }
      if (impossible) continue;
      if (!best) return undefined; // only triggers that match nearly everywhere
      for (const [startIndex, endIndex] of best as Hits) spans.push({ startIndex, endIndex });
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
}

/** A #match? expression tested on whole words as web-tree-sitter tests node text; answers are kept (files share most words). */
class WordTest {
  readonly re: RegExp;
  private readonly known = new Map<string, boolean>();

  constructor(source: string) {
    this.re = new RegExp(source);
  }

  accepts(word: string): boolean {
    let yes = this.known.get(word);
    if (yes === undefined) {
      if (this.known.size >= 50_000) this.known.clear();
      yes = this.re.test(word);
      this.known.set(word, yes);
    }
    return yes;
  }
}

/**
 * One file's text with the searches a scan needs, each done at most once: pattern triggers, source
 * triggers, the taint engine's flow-pattern filter and its call index all share one word pass.
 */
export class FileText {
  private static last?: FileText;
  private words?: Map<string, number[]>;
  private readonly regexCache = new Map<RegExp, Hits | 'many'>();

  private constructor(readonly text: string) {}

  /** The searches of `text`, shared by the callers of one scan (see begin/end). */
  static of(text: string): FileText {
    if (FileText.last?.text !== text) FileText.last = new FileText(text);
    return FileText.last;
  }

  /** Ends the sharing: the next scan, even of the same text, searches afresh (honest timings, no stale memory). */
  static forget(): void {
    FileText.last = undefined;
  }

  hasWord(word: string): boolean {
    return this.wordMap().has(word);
  }

  /** Offsets of `name(` (calls by that name, `a.name (` included). */
  callsOf(name: string): number[] {
    const out: number[] = [];
    for (const at of this.wordMap().get(name) ?? []) {
      let i = at + name.length;
      while (i < this.text.length && /\s/.test(this.text[i])) i++;
      if (this.text[i] === '(') out.push(at);
    }
    return out;
  }

  wordMap(): Map<string, number[]> {
    if (!this.words) {
      this.words = new Map();
      WORD.lastIndex = 0;
      for (let m = WORD.exec(this.text); m; m = WORD.exec(this.text)) {
        const list = this.words.get(m[0]);
        if (list) list.push(m.index);
        else this.words.set(m[0], [m.index]);
      }
    }
    return this.words;
  }

  wordHits(literals: string[]): Hits {
    const words = this.wordMap();
    return literals.flatMap((l) => (words.get(l) ?? []).map((p) => [p, p + l.length] as const));
  }

  /** Words the node-level expression accepts. */
  wordMatches(test: WordTest): Hits {
    let hits = this.regexCache.get(test.re);
    if (!hits) {
      const out: Array<readonly [number, number]> = [];
      for (const [w, at] of this.wordMap()) if (test.accepts(w)) for (const p of at) out.push([p, p + w.length]);
      hits = out;
      this.regexCache.set(test.re, hits);
    }
    return hits as Hits;
  }

  literalHits(literals: string[]): Hits {
    const out: Array<readonly [number, number]> = [];
    for (const l of literals) for (let i = this.text.indexOf(l); i >= 0; i = this.text.indexOf(l, i + 1)) out.push([i, i + l.length]);
    return out;
  }

  /** Matches of a whole-text expression; 'many' when they are too many to be worth it. */
  regexHits(re: RegExp): Hits | 'many' {
    let hits = this.regexCache.get(re);
    if (!hits) {
      const out: Array<readonly [number, number]> = [];
      re.lastIndex = 0;
      for (let m = re.exec(this.text); m; m = re.exec(this.text)) {
        if (m[0].length === 0 || out.length >= MAX_HITS) { hits = 'many'; break; }
        out.push([m.index, m.index + m[0].length]);
      }
      hits ??= out;
      this.regexCache.set(re, hits);
    }
    return hits;
  }
}
