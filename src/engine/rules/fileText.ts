// One file's text and the searches a whole-file scan makes in it, each done at most once: pattern
// triggers, taint source triggers, the taint engine's flow-pattern filter and its call index all
// share one pass that collects the file's words.

/** Hit ranges [start, end) in the text. */
export type Hits = Array<readonly [number, number]>;

/** A trigger matching more often than this is no better than walking the tree (compare MAX_SPANS). */
const MAX_HITS = 500;
/**
 * Identifier-like words, a superset of every supported language's identifiers: a letter, `_`, `$`
 * or any code unit from U+00C0 up, then those or digits. Per ASCII code: 2 starts a word, 1 only
 * continues one (a table lookup per character: twice as fast as a regular expression's matches).
 */
const WORD_CLASS = (() => {
  const t = new Uint8Array(128);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    t[c] = /[A-Za-z_$]/.test(ch) ? 2 : /[0-9]/.test(ch) ? 1 : 0;
  }
  return t;
})();
const wordClass = (code: number) => (code < 128 ? WORD_CLASS[code] : code >= 0xc0 ? 2 : 0);

/** Whether `text` holds one of `words` as a whole word (not part of a longer identifier). */
export function holdsAnyWord(text: string, words: Iterable<string>): boolean {
  for (const word of words) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      if (i > 0 && wordClass(text.charCodeAt(i - 1)) !== 0) continue;
      const after = i + word.length;
      if (after < text.length && wordClass(text.charCodeAt(after)) !== 0) continue;
      return true;
    }
  }
  return false;
}

/** A #match? expression tested on whole words as web-tree-sitter tests node text; answers are kept (files share most words). */
export class WordTest {
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
      const words = (this.words = new Map());
      const text = this.text;
      const n = text.length;
      for (let i = 0; i < n; ) {
        if (wordClass(text.charCodeAt(i)) !== 2) { i++; continue; }
        let j = i + 1;
        while (j < n && wordClass(text.charCodeAt(j)) !== 0) j++;
        const w = text.slice(i, j);
        const list = words.get(w);
        if (list) list.push(i);
        else words.set(w, [i]);
        i = j;
      }
    }
    return this.words;
  }

  /** How many times these words occur (without listing where). */
  wordCount(literals: string[]): number {
    const words = this.wordMap();
    let n = 0;
    for (const l of literals) n += words.get(l)?.length ?? 0;
    return n;
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
