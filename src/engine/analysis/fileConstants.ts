// Boolean constants declared once at file (or class) level: `const DEBUG_SHELL = false`,
// `DEBUG_SHELL = False` (assigned nowhere else), `static final boolean X = false`, Go `const x = false`.
// A branch guarded by such a name can never run, just like `if (false)`.
import type { Node, Tree } from 'web-tree-sitter';

const cache = new WeakMap<Tree, Map<string, boolean>>();

function literal(node: Node | null): boolean | undefined {
  if (!node) return undefined;
  if (node.type === 'identifier') return undefined;
  if (/^(true|True)$/.test(node.text)) return true;
  if (/^(false|False)$/.test(node.text)) return false;
  return undefined;
}

export function fileConstants(tree: Tree, text: string): Map<string, boolean> {
  let found = cache.get(tree);
  if (found) return found;
  found = new Map();
  const add = (name: Node | null, value: Node | null, needsSingleAssignment: boolean) => {
    const v = literal(value);
    if (!name || v === undefined) return;
    // A name assigned again anywhere in the file is not a constant.
    if (needsSingleAssignment && (text.match(new RegExp(`\\b${name.text}\\s*(=[^=]|\\+=|-=)`, 'g')) ?? []).length !== 1) return;
    found!.set(name.text, v);
  };
  const visit = (node: Node, depth: number) => {
    for (const child of node.namedChildren) {
      if (!child) continue;
      switch (child.type) {
        case 'lexical_declaration': // JS/TS: only `const` declarations are immutable
          if (child.child(0)?.text === 'const') for (const d of child.namedChildren) if (d?.type === 'variable_declarator') add(d.childForFieldName('name'), d.childForFieldName('value'), false);
          break;
        case 'expression_statement': { // Python module level: NAME = False, assigned once
          const a = child.namedChildren[0];
          if (a?.type === 'assignment' && a.childForFieldName('left')?.type === 'identifier') add(a.childForFieldName('left'), a.childForFieldName('right'), true);
          break;
        }
        case 'field_declaration': // Java: static final boolean X = false;
          if (/\bfinal\b/.test(child.namedChildren.find((c) => c?.type === 'modifiers')?.text ?? '')) {
            for (const d of child.namedChildren) if (d?.type === 'variable_declarator') add(d.childForFieldName('name'), d.childForFieldName('value'), false);
          }
          break;
        case 'const_declaration': // Go
          for (const spec of child.namedChildren) if (spec?.type === 'const_spec') add(spec.childForFieldName('name'), spec.childForFieldName('value')?.namedChildren[0] ?? null, false);
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
  cache.set(tree, found);
  return found;
}
