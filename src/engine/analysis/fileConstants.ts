// Boolean constants declared once at file (or class) level: `const DEBUG_SHELL = false`,
// `DEBUG_SHELL = False` (assigned nowhere else), `static final boolean X = false`, Go `const x = false`.
// A branch guarded by such a name can never run, just like `if (false)`.
import type { Node, Tree } from 'web-tree-sitter';

const cache = new WeakMap<Tree, Map<string, boolean>>();
const literalNames = new WeakMap<Tree, Set<string>>();

/** Node types of plain literals (no interpolation) whose value a constant name can stand for. */
const PLAIN_LITERAL = /^(string|string_literal|interpreted_string_literal|raw_string_literal|number|integer|float|decimal_integer_literal|number_literal|int_literal|true|false)$/;
const INTERPOLATION = ['template_substitution', 'interpolation', 'escape_sequence_interpolation'];

/**
 * UPPER_CASE names declared once at file (or class) level with a plain literal value
 * (`const FOOTER_HTML = "<p>…</p>"`, `TIMEOUT = 30`, `static final String SQL = "…"`). Upper case
 * only: a local of the same name shadowing one is then rare enough not to matter.
 */
export function literalConstantNames(tree: Tree): Set<string> {
  let names = literalNames.get(tree);
  if (names) return names;
  names = new Set();
  let text: string | undefined; // copied out of WASM only if a Python-style assignment needs it
  collect(tree, (name, value, needsSingleAssignment) => {
    if (!/^[A-Z][A-Z0-9_]*$/.test(name.text) || !PLAIN_LITERAL.test(value.type)) return;
    if (value.descendantsOfType(INTERPOLATION).length > 0) return;
    if (needsSingleAssignment && !assignedOnce((text ??= tree.rootNode.text), name.text)) return;
    names!.add(name.text);
  });
  literalNames.set(tree, names);
  return names;
}

function assignedOnce(text: string, name: string): boolean {
  return (text.match(new RegExp(`\\b${name}\\s*(=[^=]|\\+=|-=)`, 'g')) ?? []).length === 1;
}

function literal(node: Node | null): boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return undefined;
  if (/^(true|True)$/.test(node.text)) return true;
  if (/^(false|False)$/.test(node.text)) return false;
  return undefined;
}

/**
 * The boolean value of `name` if it is such a constant. Most names are not: a pass over the text
 * (every word on a line that assigns true or false) rules them out without reading the tree.
 */
export function fileConstant(tree: Tree, text: string, name: string): boolean | undefined {
  if (!booleanAssignedWords(text).has(name)) return undefined;
  return fileConstants(tree, text).get(name);
}

let lastText: string | undefined;
let lastWords = new Set<string>();

function booleanAssignedWords(text: string): Set<string> {
  if (text === lastText) return lastWords;
  const words = new Set<string>();
  for (const m of text.matchAll(/(?<![=!<>])=\s*(?:true|false|True|False)\b/g)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    for (const w of text.slice(lineStart, m.index).match(/[A-Za-z_$][\w$]*/g) ?? []) words.add(w);
  }
  lastText = text;
  lastWords = words;
  return words;
}

export function fileConstants(tree: Tree, text: string): Map<string, boolean> {
  let found = cache.get(tree);
  if (found) return found;
  found = new Map();
  collect(tree, (name, value, needsSingleAssignment) => {
    const v = literal(value);
    if (v === undefined) return;
    // A name assigned again anywhere in the file is not a constant.
    if (needsSingleAssignment && !assignedOnce(text, name.text)) return;
    found!.set(name.text, v);
  });
  cache.set(tree, found);
  return found;
}

type Declared = (name: Node, value: Node, needsSingleAssignment: boolean) => void;

/** Calls `add` for each file- or class-level declaration with an initial value, per language. */
function collect(tree: Tree, add: Declared): void {
  const offer = (name: Node | null, value: Node | null, once: boolean) => { if (name && value) add(name, value, once); };
  const visit = (node: Node, depth: number) => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      switch (child.type) {
        case 'lexical_declaration': // JS/TS: only `const` declarations are immutable
          if (child.child(0)?.text === 'const') for (const d of child.namedChildren) if (d?.type === 'variable_declarator') offer(d.childForFieldName('name'), d.childForFieldName('value'), false);
          break;
        case 'expression_statement': { // Python module level: NAME = value, assigned once
          const a = child.namedChildren[0];
          if (a?.type === 'assignment' && a.childForFieldName('left')?.type === 'identifier') offer(a.childForFieldName('left'), a.childForFieldName('right'), true);
          break;
        }
        case 'field_declaration': // Java: static final T X = value;
          if (/\bfinal\b/.test(child.namedChildren.find((c) => c?.type === 'modifiers')?.text ?? '')) {
            for (const d of child.namedChildren) if (d?.type === 'variable_declarator') offer(d.childForFieldName('name'), d.childForFieldName('value'), false);
          }
          break;
        case 'const_declaration': // Go
          for (const spec of child.namedChildren) if (spec?.type === 'const_spec') offer(spec.childForFieldName('name'), spec.childForFieldName('value')?.namedChildren[0] ?? null, false);
          break;
        case 'class_declaration':
        case 'class_body':
        case 'export_statement':
          if (depth < 3) visit(child, depth + 1);
          break;
      }
    }
  };
  visit(tree.rootNode, 0);
}
