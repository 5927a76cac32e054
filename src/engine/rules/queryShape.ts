// Reading tree-sitter query text, just enough to know what every match of a pattern must contain.
// For each top-level pattern: its source, its predicates, and the captures that every match has.
// A capture inside one branch of an alternation `[…]`, or under `?` / `*`, can be missing from a
// match, and web-tree-sitter treats a text predicate on a missing capture as true — so only
// predicates on mandatory captures say anything certain about the text a match covers.

export interface PredicateShape {
  /** Operator without the '#': 'eq?', 'any-of?', 'match?', 'not-eq?', 'vigil-constant?', … */
  op: string;
  args: Array<{ capture: string } | { string: string }>;
}

export interface PatternShape {
  source: string;
  predicates: PredicateShape[];
  /** Captures present in every match of the pattern. */
  mandatory: Set<string>;
  /** Capture → the node types it can be; null when any (a wildcard, an anonymous node). */
  captureTypes: Map<string, Set<string> | null>;
  /**
   * Node types a match of this pattern can be rooted at: `(call …)` → call, `[(a) (b)]` → a, b,
   * a grouping `((a) (b))` → a, b, `"return"` → return; null when any node can (`_`, `(_ …)`).
   */
  roots: Set<string> | null;
}

type Token =
  | { kind: '(' | ')' | '[' | ']' | '?' | '*' | '+' | '.' }
  | { kind: 'string'; value: string }
  | { kind: 'capture'; value: string }
  | { kind: 'word'; value: string };

/** Splits query text into top-level patterns, in tree-sitter's order. Throws on unbalanced text. */
export function patternShapes(source: string): PatternShape[] {
  const tokens: Array<Token & { at: number; end: number }> = tokenize(source);
  let i = 0;
  const out: PatternShape[] = [];

  const peek = () => tokens[i];
  const expect = (kind: string) => {
    if (tokens[i]?.kind !== kind) throw new Error(`query text: expected '${kind}' at offset ${tokens[i]?.at ?? source.length}`);
    i++;
  };

  let captureTypes = new Map<string, Set<string> | null>();
  const noteCapture = (name: string, types: Set<string> | null) => {
    const known = captureTypes.get(name);
    if (known === undefined) captureTypes.set(name, types && new Set(types));
    else if (known === null || types === null) captureTypes.set(name, null);
    else for (const t of types) known.add(t);
  };

  /** One item with its suffixes (captures, quantifiers): its mandatory captures, node types and roots. */
  function itemTyped(predicates: PredicateShape[]): { mandatory: Set<string>; types: Set<string> | null; roots: Set<string> | null } {
    const t = peek();
    if (!t) throw new Error('query text: unexpected end');
    let mandatory = new Set<string>();
    let types: Set<string> | null = null;
    let roots: Set<string> | null = null;
    const addRoots = (more: Set<string> | null) => { roots = roots === null || more === null ? null : new Set([...roots, ...more]); };
    if (t.kind === '(') {
      i++;
      const head = peek();
      if (head?.kind === 'word' && head.value.startsWith('#')) {
        // A predicate: (#op? @capture "string" …)
        i++;
        const args: PredicateShape['args'] = [];
        while (peek() && peek().kind !== ')') {
          const a = tokens[i++];
          if (a.kind === 'capture') args.push({ capture: a.value });
          else if (a.kind === 'string') args.push({ string: a.value });
          else if (a.kind === 'word') args.push({ string: a.value });
        }
        expect(')');
        predicates.push({ op: head.value.slice(1), args });
        return { mandatory, types, roots: new Set() }; // a predicate matches no node
      }
      // A node `(type child…)` or a grouping `((a) (b))`: every child is required.
      const grouping = !(head?.kind === 'word' && !head.value.endsWith(':'));
      if (!grouping) {
        if (head.value !== '_') types = new Set([head.value]);
        roots = types;
        i++;
      } else roots = new Set(); // each sibling of a grouping can be where a match starts
      while (peek() && peek().kind !== ')') {
        const c = peek();
        if (c.kind === 'word' && (c.value.endsWith(':') || c.value.startsWith('!'))) { i++; continue; } // field name / negated field
        if (c.kind === '.') { i++; continue; } // anchor
        const child = itemTyped(predicates);
        for (const name of child.mandatory) mandatory.add(name);
        if (grouping) addRoots(child.roots);
      }
      expect(')');
    } else if (t.kind === '[') {
      i++;
      let first = true;
      types = new Set();
      roots = new Set();
      while (peek() && peek().kind !== ']') {
        const alt = itemTyped(predicates);
        addRoots(alt.roots);
        mandatory = first ? alt.mandatory : new Set([...mandatory].filter((n) => alt.mandatory.has(n)));
        if (alt.types === null) types = null;
        else if (types) for (const x of alt.types) types.add(x);
        first = false;
      }
      expect(']');
    } else if (t.kind === 'string' || t.kind === 'word') {
      // an anonymous node "=" or a wildcard _
      roots = t.kind === 'string' ? new Set([t.value]) : null;
      i++;
    } else {
      throw new Error(`query text: unexpected '${t.kind}' at offset ${t.at}`);
    }
    // Suffixes: captures name this item; `?` and `*` make all of it optional.
    let optional = false;
    for (let s = peek(); s && (s.kind === 'capture' || s.kind === '?' || s.kind === '*' || s.kind === '+'); s = peek()) {
      if (s.kind === 'capture') { mandatory.add(s.value); noteCapture(s.value, types); }
      if (s.kind === '?' || s.kind === '*') optional = true;
      i++;
    }
    return { mandatory: optional ? new Set() : mandatory, types, roots };
  }

  while (i < tokens.length) {
    const start = tokens[i].at;
    const predicates: PredicateShape[] = [];
    captureTypes = new Map();
    const { mandatory, roots } = itemTyped(predicates);
    out.push({ source: source.slice(start, tokens[i - 1].end), predicates, mandatory, captureTypes, roots });
  }
  return out;
}

function tokenize(source: string): Array<Token & { at: number; end: number }> {
  const out: Array<Token & { at: number; end: number }> = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (/\s/.test(c)) { i++; continue; }
    if (c === ';') { while (i < source.length && source[i] !== '\n') i++; continue; }
    const at = i;
    if ('()[]?*+.'.includes(c)) { out.push({ kind: c as '(', at, end: ++i }); continue; }
    if (c === '"') {
      let value = '';
      i++;
      while (i < source.length && source[i] !== '"') {
        if (source[i] === '\\') {
          const n = source[i + 1];
          value += n === 'n' ? '\n' : n === 't' ? '\t' : n === 'r' ? '\r' : n === '0' ? '\0' : n;
          i += 2;
        } else value += source[i++];
      }
      if (i >= source.length) throw new Error(`query text: unterminated string at offset ${at}`);
      i++;
      out.push({ kind: 'string', value, at, end: i });
      continue;
    }
    if (c === '@') {
      i++;
      while (i < source.length && /[\w.\-]/.test(source[i])) i++;
      out.push({ kind: 'capture', value: source.slice(at + 1, i), at, end: i });
      continue;
    }
    while (i < source.length && !/[\s()[\]"@;]/.test(source[i])) i++;
    // `?`, `*`, `+` directly after a word are quantifiers unless the word is a predicate (#eq?).
    let word = source.slice(at, i);
    if (!word.startsWith('#')) {
      const q = /[?*+]+$/.exec(word);
      if (q) { word = word.slice(0, -q[0].length); i -= q[0].length; }
    }
    if (word === '') { i++; continue; }
    out.push({ kind: 'word', value: word, at, end: at + word.length });
  }
  return out;
}
