// The enclosing scope of a node (function, method, class), across grammars. Used for stable
// fingerprints, for confining AI fixes to one function, and for incremental re-scans.
import type { Node } from 'web-tree-sitter';

const SCOPE_TYPE = /(^|_)(function|method|class|constructor|lambda|arrow_function|func_literal|interface|struct|impl|module|namespace|trait|enum)(_|$)/;
const FUNCTION_TYPE = /(^|_)(function|method|constructor|lambda|arrow_function|func_literal)(_|$)/;

export function isScopeNode(node: Node): boolean {
  // The file itself (Python's root is a `module`) is not a scope worth naming.
  return node.parent !== null && SCOPE_TYPE.test(node.type) && node.type !== 'function_call' && !node.type.endsWith('_type') && node.namedChildCount > 0;
}

export function isFunctionNode(node: Node): boolean {
  return FUNCTION_TYPE.test(node.type) && !/(call|_type|signature|declarator)$/.test(node.type) && node.namedChildCount > 0;
}

/** The name of a scope node: its `name` field, or for C/C++ the identifier inside its declarator. */
export function scopeName(node: Node): string {
  const name = node.childForFieldName('name');
  if (name) return name.text;
  let declarator = node.childForFieldName('declarator');
  while (declarator) {
    const inner: Node | null = declarator.childForFieldName('declarator');
    if (!inner) return declarator.text.slice(0, 60);
    declarator = inner;
  }
  // `const handler = (req) => …`: the variable the function is assigned to.
  const parent = node.parent;
  const target = parent?.childForFieldName('name') ?? parent?.childForFieldName('left');
  if (target && target.id !== node.id) return target.text.slice(0, 60);
  return `<${node.type}>`;
}

/** "Outer.inner" chain of the scopes enclosing `node` (innermost last); "" at top level. */
export function scopeChain(node: Node): string {
  const names: string[] = [];
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (isScopeNode(n)) names.unshift(scopeName(n));
  }
  return names.join('.');
}

/** The innermost function-like node around `node`, or null at top level. */
export function enclosingFunction(node: Node): Node | null {
  for (let n: Node | null = node.parent; n; n = n.parent) {
    if (isFunctionNode(n)) return n;
  }
  return null;
}
