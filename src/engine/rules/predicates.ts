// Vigil's own query predicates, evaluated after tree-sitter's built-in ones (#eq?, #match?,
// #any-of? and their negations, which web-tree-sitter applies itself).
import type { Node, QueryCapture, QueryPredicate } from 'web-tree-sitter';
import { literalConstantNames } from '../analysis/fileConstants';
import { isAfterRelease, type ReleaseHit, type ReleaseKind } from '../analysis/releaseFlow';

/** Literal node types across the bundled grammars: values fixed when the code was written. */
const LITERAL_TYPES = new Set([
  'string', 'string_literal', 'raw_string_literal', 'interpreted_string_literal', 'character_literal',
  'number', 'integer', 'float', 'decimal_integer_literal', 'hex_integer_literal', 'decimal_floating_point_literal',
  'int_literal', 'float_literal', 'number_literal', 'true', 'false', 'null', 'none', 'nil', 'undefined',
  'null_literal', 'boolean_literal', 'concatenated_string', 'encapsed_string', 'string_content', 'template_string',
  'text_block', 'rune_literal', 'char_literal', 'verbatim_string_literal', 'integer_literal', 'real_literal',
]);
/** Child types that make a string literal dynamic (interpolation). */
const INTERPOLATION_TYPES = new Set(['template_substitution', 'interpolation', 'string_interpolation', 'simple_expansion', 'expansion', 'variable_name']);
const WRAPPER_TYPES = new Set(['parenthesized_expression', 'binary_expression', 'binary_operator', 'concatenated_string', 'argument', 'expression_statement']);

/** True when the node's value is fixed in the source: a literal or an operation over literals only.
 *  Iterative, because generated code can nest thousands of concatenations. */
export function isConstant(root: Node): boolean {
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (LITERAL_TYPES.has(node.type)) {
      if (node.descendantsOfType([...INTERPOLATION_TYPES]).length > 0) return false;
      continue;
    }
    // A reference to an UPPER_CASE constant declared once with a literal value is as fixed as the literal.
    if (node.type === 'identifier' && literalConstantNames(node.tree).has(node.text)) continue;
    if (!WRAPPER_TYPES.has(node.type)) return false;
    const kids = node.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    if (kids.length === 0) return false;
    stack.push(...kids);
  }
  return true;
}

export type PredicateCheck = (captures: QueryCapture[]) => boolean;

const KNOWN: Record<string, (args: QueryPredicate['operands']) => PredicateCheck> = {
  'vigil-not-constant?': (args) => (caps) => nodesOf(caps, args).every((n) => !isConstant(n)),
  'vigil-constant?': (args) => (caps) => nodesOf(caps, args).every(isConstant),
  'vigil-ancestor-match?': (args) => ancestorCheck(args, true),
  'vigil-ancestor-not-match?': (args) => ancestorCheck(args, false),
  'vigil-not-reassigned-between?': (args) => reassignCheck(args),
  'vigil-after-release?': (args) => afterReleaseCheck(args),
  'vigil-format-verb?': (args) => formatVerbCheck(args),
  'vigil-before-match?': (args) => ancestorCheck(args, true, true),
  'vigil-before-not-match?': (args) => ancestorCheck(args, false, true),
};

/**
 * `(#vigil-after-release? @x "free"|"delete" "again"|"use")`: following the enclosing C/C++
 * function's control flow (see releaseFlow.ts), @x names a pointer already released by `free` or
 * `delete` — on every path, or straight from the release without a branch decision — and is
 * released "again" there or dereferenced / passed on ("use").
 */
function afterReleaseCheck(args: QueryPredicate['operands']): PredicateCheck {
  const strings = args.filter((a) => a.type === 'string').map((a) => a.value);
  const [kind, hit] = strings;
  if (strings.length !== 2 || !['free', 'delete'].includes(kind) || !['again', 'use'].includes(hit)) {
    throw new Error('#vigil-after-release? needs a capture, "free" or "delete", and "again" or "use"');
  }
  return (caps) => nodesOf(caps, args).every((n) => isAfterRelease(n, kind as ReleaseKind, hit as ReleaseHit));
}

/**
 * `(#vigil-ancestor-match? @x "type" "type.field" … "regex")`: the nearest ancestor of @x whose type
 * is listed exists and its text (or its `field` child's text) matches the regex. The negated form
 * holds when there is no such ancestor or it does not match. Queries cannot look at arbitrary depth,
 * so this is how a rule asks "is this call inside a method that never sets X" or "is this value
 * assigned to a name like password". A leading `(?i)` makes the regex case-insensitive, and
 * `{{name}}` in the regex stands for the (regex-escaped) text of capture @name, e.g. "is @dst
 * declared as an array in this function": `"char\\s+{{dst}}\\s*\\["`.
 */
/**
 * `(#vigil-format-verb? @arg @fmt "regex")`: @fmt is a printf-style format literal among the same
 * call's arguments and the conversion that consumes @arg (by position after @fmt; `*` widths and
 * precisions take an argument, `%%` none) matches the regex, e.g. `"^[sv]$"`: `log.Printf("bad %q: %v",
 * name, err)` prints `name` quoted. Holds too when the format cannot be read (not a plain literal, or
 * more arguments than conversions), so a rule stays as broad as before in those cases.
 */
function formatVerbCheck(args: QueryPredicate['operands']): PredicateCheck {
  const names = args.filter((a) => a.type === 'capture').map((a) => a.name);
  const strings = args.filter((a) => a.type === 'string').map((a) => a.value);
  if (names.length !== 2 || strings.length !== 1) throw new Error('#vigil-format-verb? needs an argument capture, a format capture and a regex');
  const wanted = toRegex(strings[0]);
  return (caps) => {
    const arg = caps.find((c) => c.name === names[0])?.node;
    const fmt = caps.find((c) => c.name === names[1])?.node;
    if (!arg || !fmt || !arg.parent || arg.parent.id !== fmt.parent?.id) return true;
    const siblings = arg.parent.namedChildren.filter((c): c is Node => c !== null && c.type !== 'comment');
    const position = siblings.findIndex((c) => c.id === arg.id) - siblings.findIndex((c) => c.id === fmt.id) - 1;
    const verbs = formatVerbs(fmt.text);
    if (position < 0 || !verbs || position >= verbs.length) return true;
    return wanted.test(verbs[position]);
  };
}

/** The conversion consuming each argument of a printf-style format literal ('*' for a width/precision). */
function formatVerbs(literal: string): string[] | undefined {
  // "…" (C, Go, Java, JS), '…' (Python, JS), `…` (Go raw strings); Go's %[2]s reorders arguments.
  if (!/^(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|`[^`]*`)$/.test(literal) || literal.includes('%[')) return undefined;
  const out: string[] = [];
  const spec = /%([-+# 0'#]*)(\*|\d+)?(?:\.(\*|\d+))?(hh|h|ll|l|L|j|z|t)?([a-zA-Z%])/g;
  for (let m = spec.exec(literal); m; m = spec.exec(literal)) {
    if (m[5] === '%') continue;
    if (m[2] === '*') out.push('*');
    if (m[3] === '*') out.push('*');
    out.push(m[5]);
  }
  return out;
}

/**
 * `(#vigil-before-match? @x "type" … "regex")` (and `-not-`): like the ancestor predicates, but only
 * the ancestor's text BEFORE @x is tested — "a bound check of the length appears earlier in this
 * function (or in the condition of the `if` around @x)", which keeps a copy ahead of the check reported.
 */
function ancestorCheck(args: QueryPredicate['operands'], wanted: boolean, onlyBefore = false): PredicateCheck {
  const strings = args.filter((a) => a.type === 'string').map((a) => a.value);
  if (strings.length < 2) throw new Error('#vigil-ancestor-match? needs a capture, at least one ancestor type and a regex');
  const source = strings[strings.length - 1];
  const fixed = /\{\{\s*[A-Za-z0-9_.-]+\s*\}\}/.test(source) ? undefined : toRegex(source);
  const specs = strings.slice(0, -1).map((s) => { const [type, field] = s.split('.'); return { type, field }; });
  return (caps) => nodesOf(caps, args).every((node) => {
    const regex = fixed ?? toRegex(source.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (whole, name: string) => {
      const cap = caps.find((c) => c.name === name);
      return cap ? escapeRegex(cap.node.text) : whole;
    }));
    for (let a = node.parent; a; a = a.parent) {
      const spec = specs.find((s) => s.type === a!.type);
      if (!spec) continue;
      const target = spec.field ? a.childForFieldName(spec.field) : a;
      if (target === null) return !wanted;
      const text = onlyBefore ? target.text.slice(0, Math.max(0, node.startIndex - target.startIndex)) : target.text;
      return regex.test(text) === wanted;
    }
    return !wanted;
  });
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function toRegex(source: string): RegExp {
  return source.startsWith('(?i)') ? new RegExp(source.slice(4), 'i') : new RegExp(source);
}

/** Node types that give a variable a new value, across the bundled grammars, and the field naming the target. */
const ASSIGNMENTS: Record<string, string> = {
  assignment_expression: 'left', assignment_statement: 'left', assignment: 'left', augmented_assignment: 'left',
  short_var_declaration: 'left', init_declarator: 'declarator', variable_declarator: 'name',
};

/**
 * `(#vigil-not-reassigned-between? @a @b)`: no assignment to the variable named by @a's text occurs
 * in the source between the end of @a and the start of @b (e.g. `free(p); p = malloc(n); free(p);`
 * is not a double free). Holds only when @b comes after @a.
 */
function reassignCheck(args: QueryPredicate['operands']): PredicateCheck {
  const names = args.filter((a) => a.type === 'capture').map((a) => a.name);
  if (names.length !== 2) throw new Error('#vigil-not-reassigned-between? needs two captures');
  return (caps) => {
    const a = caps.find((c) => c.name === names[0])?.node;
    const b = caps.find((c) => c.name === names[1])?.node;
    if (!a || !b || b.startIndex < a.endIndex) return false;
    const root = a.tree.rootNode;
    const found = root.descendantsOfType(Object.keys(ASSIGNMENTS), a.endPosition, b.startPosition);
    return !found.some((n) => {
      if (!n || n.startIndex < a.endIndex || n.endIndex > b.startIndex) return false;
      const target = n.childForFieldName(ASSIGNMENTS[n.type]);
      return target !== null && assignsName(target, a.text);
    });
  };
}

/** True when an assignment target is the variable itself (also `*p` declarators and Go/Python target lists). */
function assignsName(target: Node, name: string): boolean {
  if (target.text === name) return true;
  if (['expression_list', 'pattern_list', 'tuple_pattern', 'pointer_declarator'].includes(target.type)) {
    return target.namedChildren.some((c) => c !== null && assignsName(c, name));
  }
  return false;
}

export const KNOWN_PREDICATES = Object.keys(KNOWN);

function nodesOf(captures: QueryCapture[], args: QueryPredicate['operands']): Node[] {
  const names = args.filter((a) => a.type === 'capture').map((a) => a.name);
  return captures.filter((c) => names.includes(c.name)).map((c) => c.node);
}

/** Turns a pattern's custom predicates into one check; throws on an unknown predicate. */
export function compilePredicates(predicates: QueryPredicate[]): PredicateCheck | undefined {
  const checks = predicates.map((p) => {
    const make = KNOWN[p.operator];
    if (!make) throw new Error(`unknown predicate #${p.operator} (Vigil knows #${KNOWN_PREDICATES.join(', #')} besides tree-sitter's own)`);
    if (!p.operands.some((a) => a.type === 'capture')) throw new Error(`#${p.operator} needs a capture argument`);
    return make(p.operands);
  });
  if (checks.length === 0) return undefined;
  return (caps) => checks.every((c) => c(caps));
}
