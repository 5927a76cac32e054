// Code that can never run: the body of `if (false)`, `if False:`, `if (0)` or of an `if` on a
// boolean constant declared false once in the file, and in C/C++ the body of `#if 0` or of
// `#if NAME` where the file itself has `#define NAME 0`. Neither pattern nor taint rules report there.
// (Editing the constant's declaration changes this for the whole file; as-you-type re-scans pick
// that up for taint at once and for pattern rules at the next full scan, on save.)
import type { Node, Tree } from 'web-tree-sitter';
import { fileConstant } from '../analysis/fileConstants';

const FALSE_LITERAL = /^(false|False|0)$/;

function isConstantFalse(cond: Node, tree: Tree, text: string): boolean {
  let n: Node = cond;
  while (n.namedChildCount === 1 && (n.type === 'parenthesized_expression' || n.type === 'condition_clause')) n = n.namedChildren[0]!;
  if (n.type === 'identifier') return fileConstant(tree, text, n.text) === false;
  return n.namedChildCount === 0 && FALSE_LITERAL.test(n.text);
}

/** `#if 0`, or `#if NAME` with `#define NAME 0` in the same file (compiled out unless redefined elsewhere). */
function isPreprocessorFalse(cond: Node, text: string): boolean {
  if (cond.type === 'number_literal') return /^0+[uUlL]*$/.test(cond.text);
  if (cond.type !== 'identifier') return false;
  return new RegExp(`^[ \\t]*#[ \\t]*define[ \\t]+${cond.text}[ \\t]+0+[ \\t]*(?:/[/*].*)?$`, 'm').test(text);
}

/** True when `node` lies in the then-branch of an `if` whose condition is constantly false. */
export function inDeadBranch(node: Node, tree: Tree, text: string): boolean {
  for (let child = node, parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (parent.type === 'preproc_if') {
      const cond = parent.childForFieldName('condition');
      const alternative = parent.childForFieldName('alternative');
      if (cond && !(alternative && alternative.startIndex <= child.startIndex) && child.startIndex >= cond.endIndex && isPreprocessorFalse(cond, text)) return true;
      continue;
    }
    if (parent.type !== 'if_statement') continue;
    const consequence = parent.childForFieldName('consequence');
    const cond = parent.childForFieldName('condition');
    if (consequence && cond && consequence.startIndex <= child.startIndex && child.endIndex <= consequence.endIndex && isConstantFalse(cond, tree, text)) return true;
  }
  return false;
}
