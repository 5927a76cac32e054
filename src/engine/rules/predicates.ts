// Vigil's own query predicates, evaluated after tree-sitter's built-in ones (#eq?, #match?,
// #any-of? and their negations, which web-tree-sitter applies itself).
import type { Node, QueryCapture, QueryPredicate } from 'web-tree-sitter';

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
};

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
