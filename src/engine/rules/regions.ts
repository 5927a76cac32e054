// Region triggers: where a pattern can match when nothing inside the match is certain text, but
// one of its predicates confines it to a region of the tree. Two kinds:
//  - `(#vigil-ancestor-match? @x "for_in_statement" "^for\\b…")`: the match lies inside an ancestor
//    whose text holds a literal of the regex ("for"). The literal's occurrences in the file, each
//    followed down the tree to the outermost node of that type around it, give the regions.
//  - `(#vigil-after-release? @x "free" "use")`: the match holds a node the release analysis marked,
//    so the regions are those nodes (the analysis walks the functions that release anything).
// A scan queries these regions instead of walking the whole tree: a whole-tree walk costs several
// milliseconds on a 5,000-line file, whatever the pattern.
import type { Node } from 'web-tree-sitter';
import { releasedRanges, RELEASE_TEXT, type ReleaseHit, type ReleaseKind } from '../analysis/releaseFlow';
import type { FileText, Hits } from './fileText';
import type { PredicateShape } from './queryShape';

export interface Span { startIndex: number; endIndex: number }

export interface RegionTrigger {
  /** How many places the cheap evidence points to; 0 when the pattern cannot match in this file. */
  estimate(scan: FileText): number;
  /** The regions, or undefined when they cannot be told (the caller walks instead). */
  spans(scan: FileText, root: Node): Span[] | undefined;
}

/** Ancestors resolved per file at most this many times: each costs a walk down the tree. */
const MAX_ANCESTOR_HITS = 400;

/** The region a predicate on a capture every match has confines the pattern to, if any. */
export function regionTriggerOf(p: PredicateShape): RegionTrigger | undefined {
  const strings = p.args.filter((a): a is { string: string } => 'string' in a).map((a) => a.string);
  if (p.op === 'vigil-after-release?' && strings.length === 2) return releaseRegion(strings[0] as ReleaseKind, strings[1] as ReleaseHit);
  // The "before" forms test a prefix of the same ancestor's text: its literals are in the ancestor too.
  if ((p.op === 'vigil-ancestor-match?' || p.op === 'vigil-before-match?') && strings.length >= 2) {
    const evidence = requiredLiterals(strings[strings.length - 1]);
    if (!evidence) return undefined;
    const fields = new Map<string, string | undefined>();
    for (const s of strings.slice(0, -1)) {
      const [type, field] = s.split('.');
      if (!fields.has(type)) fields.set(type, field);
    }
    return ancestorRegion(fields, evidence);
  }
  return undefined;
}

function releaseRegion(kind: ReleaseKind, hit: ReleaseHit): RegionTrigger {
  return {
    // Nothing released in a file without release text (helpers free too, so they have it).
    estimate: (scan) => { const h = scan.regexHits(RELEASE_TEXT_G); return h === 'many' ? Infinity : h.length; },
    spans: (_scan, root) => releasedRanges(root.tree, kind, hit).map(([startIndex, endIndex]) => ({ startIndex, endIndex })),
  };
}
const RELEASE_TEXT_G = new RegExp(RELEASE_TEXT.source, 'g');

function ancestorRegion(fields: Map<string, string | undefined>, evidence: LiteralEvidence): RegionTrigger {
  const hitsOf = (scan: FileText): Hits => (evidence.word ? scan.wordHits(evidence.literals) : scan.literalHits(evidence.literals));
  return {
    estimate: (scan) => (evidence.word ? scan.wordCount(evidence.literals) : hitsOf(scan).length),
    spans: (scan, root) => {
      const hits = hitsOf(scan);
      if (hits.length > MAX_ANCESTOR_HITS) return undefined;
      const out: Span[] = [];
      const cursor = root.walk();
      try {
        for (const [start, end] of hits) {
          const region = outermostAround(cursor, root, start, end, fields, evidence.anchored);
          if (region) out.push(region);
        }
      } finally {
        cursor.delete();
      }
      return out;
    },
  };
}

/**
 * Walks down from the root towards `start` and returns the first (so outermost) node of a listed
 * type whose text, or whose listed field's text, holds [start, end) — starting exactly at `start`
 * when the regex is anchored. Every ancestor the predicate could test is inside it.
 */
function outermostAround(cursor: ReturnType<Node['walk']>, root: Node, start: number, end: number, fields: Map<string, string | undefined>, anchored: boolean): Span | undefined {
  cursor.reset(root);
  const holds = (s: number, e: number) => e >= end && (anchored ? s === start : s <= start);
  // The root itself may be the ancestor ("source_file", "program", "translation_unit").
  let parent: { type: string; startIndex: number; endIndex: number } | undefined = { type: root.type, startIndex: root.startIndex, endIndex: root.endIndex };
  if (fields.has(parent.type) && fields.get(parent.type) === undefined && holds(parent.startIndex, parent.endIndex)) {
    return { startIndex: parent.startIndex, endIndex: parent.endIndex };
  }
  while (cursor.gotoFirstChildForIndex(start)) {
    const startIndex = cursor.startIndex;
    if (startIndex > start) return undefined; // `start` lies between children (whitespace)
    const endIndex = cursor.endIndex;
    const type = cursor.nodeType;
    if (parent && fields.get(parent.type) !== undefined && cursor.currentFieldName === fields.get(parent.type) && holds(startIndex, endIndex)) {
      return { startIndex: parent.startIndex, endIndex: parent.endIndex };
    }
    if (fields.has(type) && fields.get(type) === undefined && holds(startIndex, endIndex)) return { startIndex, endIndex };
    parent = { type, startIndex, endIndex };
  }
  return undefined;
}

export interface LiteralEvidence {
  /** One of these occurs in any text the regex matches. */
  literals: string[];
  /** They occur as whole words (bounded by non-word characters or the text's edges). */
  word: boolean;
  /** They start the text (the regex begins with `^` and then the literal). */
  anchored: boolean;
}

type Atom =
  | { kind: 'char'; ch: string; optional: boolean; repeat: boolean }
  | { kind: 'set'; literals: string[]; optional: boolean }
  | { kind: 'class'; word: boolean | undefined; optional: boolean }
  | { kind: 'edge' } // ^ $ \b: a word boundary where it stands
  | { kind: 'other' };

const WORD_CHAR = /^[A-Za-z0-9_$]$/;
/** Shortest literal worth searching for: shorter ones ("(", "=") are everywhere. */
const MIN_LITERAL = 3;

/**
 * Literal text that any match of `source` contains: the longest run of plain characters in its
 * top-level sequence, or a required group of plain alternatives (`(keys|entries)`). Undefined for
 * case-insensitive expressions, top-level alternatives, and when nothing is long enough.
 * `{{capture}}` placeholders match unknown text.
 */
export function requiredLiterals(source: string): LiteralEvidence | undefined {
  if (source.startsWith('(?i)')) return undefined;
  const atoms = parseAtoms(source);
  if (!atoms) return undefined;
  let best: { literals: string[]; from: number; to: number } | undefined;
  const offer = (literals: string[], from: number, to: number) => {
    const score = Math.min(...literals.map((l) => l.length));
    if (score >= MIN_LITERAL && (!best || score > Math.min(...best.literals.map((l) => l.length)))) best = { literals, from, to };
  };
  let run = '';
  let runFrom = 0;
  for (let i = 0; i <= atoms.length; i++) {
    const a = atoms[i];
    if (a?.kind === 'char' && !a.optional) {
      if (!run) runFrom = i;
      run += a.ch;
      if (!a.repeat) continue;
      offer([run], runFrom, i + 1);
      run = '';
      continue;
    }
    if (run) offer([run], runFrom, i);
    run = '';
    if (a?.kind === 'set' && !a.optional) offer(a.literals, i, i + 1);
  }
  if (!best) return undefined;
  const allWord = best.literals.every((l) => [...l].every((c) => WORD_CHAR.test(c)));
  const word = allWord && boundary(atoms, best.from - 1, -1) && boundary(atoms, best.to, 1);
  const anchored = best.from === 1 && source.startsWith('^');
  return { literals: best.literals, word, anchored };
}

/** True when the atoms from `i` in direction `step` make a word boundary next to a literal. */
function boundary(atoms: Atom[], i: number, step: 1 | -1): boolean {
  for (; i >= 0 && i < atoms.length; i += step) {
    const a = atoms[i];
    if (a.kind === 'edge') return true;
    if (a.kind === 'char') { if (a.optional) continue; return !WORD_CHAR.test(a.ch); }
    if (a.kind === 'class' && a.word === false) { if (a.optional) continue; return true; }
    return false;
  }
  return false;
}

/** The top-level sequence of a regex; undefined for a top-level alternation or text it does not follow. */
function parseAtoms(source: string): Atom[] | undefined {
  const atoms: Atom[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    let atom: Atom;
    if (source.startsWith('{{', i)) {
      const close = source.indexOf('}}', i);
      if (close < 0) return undefined;
      i = close + 2;
      atom = { kind: 'other' };
    } else if (c === '^' || c === '$') {
      i++;
      atom = { kind: 'edge' };
    } else if (c === '|') {
      return undefined;
    } else if (c === '\\') {
      const n = source[i + 1];
      i += 2;
      if (n === undefined) return undefined;
      if (n === 'b') atom = { kind: 'edge' };
      else if (n === 's') atom = { kind: 'class', word: false, optional: false };
      else if (n === 'w' || n === 'd') atom = { kind: 'class', word: true, optional: false };
      else if (/[A-Za-z0-9]/.test(n)) atom = { kind: 'other' }; // \B \S \W \D \n \t \x.. \u.. \1
      else atom = { kind: 'char', ch: n, optional: false, repeat: false };
    } else if (c === '[') {
      const close = classEnd(source, i);
      if (close < 0) return undefined;
      const body = source.slice(i + 1, close);
      i = close + 1;
      const word = body.startsWith('^') ? undefined : /[A-Za-z0-9_$]|\\[wdWDS]|-/.test(body.replace(/\\s/g, '')) ? undefined : false;
      atom = { kind: 'class', word, optional: false };
    } else if (c === '(') {
      const close = groupEnd(source, i);
      if (close < 0) return undefined;
      const body = source.slice(i + 1, close);
      i = close + 1;
      if (body.startsWith('?') && !body.startsWith('?:')) atom = { kind: 'other' }; // lookaround, named group
      else {
        const alternatives = (body.startsWith('?:') ? body.slice(2) : body).split('|');
        atom = alternatives.every((a) => a.length > 0 && /^(?:[A-Za-z0-9_$ ]|\\[^A-Za-z0-9])+$/.test(a))
          ? { kind: 'set', literals: alternatives.map((a) => a.replace(/\\(.)/g, '$1')), optional: false }
          : { kind: 'other' };
      }
    } else if (c === '.') {
      i++;
      atom = { kind: 'other' };
    } else if (c === ')' || c === ']' || c === '*' || c === '+' || c === '?' || c === '{') {
      return undefined; // unbalanced, or a quantifier with nothing before it
    } else {
      i++;
      atom = { kind: 'char', ch: c, optional: false, repeat: false };
    }
    // Quantifiers: optional atoms cannot be relied on; a repeated one ends its literal run.
    const q = /^(?:[*+?]|\{(\d*)(?:,\d*)?\})\??/.exec(source.slice(i));
    if (q) {
      i += q[0].length;
      const min = q[0][0] === '+' ? 1 : q[0][0] === '{' ? Number(q[1] || 0) : 0;
      if (atom.kind === 'char' || atom.kind === 'set' || atom.kind === 'class') {
        if (min === 0) atom.optional = true;
        else if (atom.kind === 'char') atom.repeat = true;
        else if (atom.kind === 'set') atom = { kind: 'other' }; // (a|b)+: the literal is there, but runs next to it are not
      }
    }
    atoms.push(atom);
  }
  return atoms;
}

function classEnd(source: string, open: number): number {
  for (let i = open + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']' && i > open + 1) return i;
  }
  return -1;
}

function groupEnd(source: string, open: number): number {
  let depth = 0;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') { i = classEnd(source, i); if (i < 0) return -1; continue; }
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}
