// Access paths: the names the dataflow core gives storage locations — "x", "this.user.name",
// "params.0", "opts.key" — so that fields and collection entries with constant keys are tracked
// apart. Paths are pure syntax, so each node's is computed once.
import type { Node } from 'web-tree-sitter';
import { childrenNamed, typeOf, type Adapter } from './adapters';

export class AccessPaths {
  private readonly cache = new Map<number, string>();

  constructor(private readonly a: Adapter) {}

  /** "x", "this.user.name", "params.0": a name for a storage location, or undefined. */
  pathOf(node: Node): string | undefined {
    const cached = this.cache.get(node.id);
    if (cached !== undefined) return cached === '' ? undefined : cached;
    const path = this.compute(node);
    this.cache.set(node.id, path ?? '');
    return path;
  }

  private compute(node: Node): string | undefined {
    const a = this.a;
    const t = typeOf(node);
    if (a.identifiers.has(t)) return t === 'this' ? 'this' : node.text;
    if (a.members[t]) {
      const spec = a.members[t];
      const obj = node.childForFieldName(spec.object);
      const prop = node.childForFieldName(spec.property);
      const base = obj ? this.pathOf(obj) : undefined;
      return base && prop ? `${base}.${prop.text}` : undefined;
    }
    if (a.subscripts[t]) {
      const spec = a.subscripts[t];
      const obj = node.childForFieldName(spec.object);
      const index = subscriptIndex(node, spec.index);
      const base = obj ? this.pathOf(obj) : undefined;
      const key = index ? this.constKey(index) : undefined;
      return base && key !== undefined ? `${base}.${key}` : undefined;
    }
    if (t === 'parenthesized_expression' || t === 'pointer_expression' || (t === 'unary_expression' && /^[&*]/.test(node.text))) {
      const inner = childrenNamed(node)[0];
      return inner ? this.pathOf(inner) : undefined;
    }
    return undefined;
  }

  /** The key a literal stands for ("k" for 'k', "0" for 0); undefined for anything computed. */
  constKey(node: Node): string | undefined {
    if (!this.a.literals.has(typeOf(node))) return undefined;
    if (node.descendantsOfType(['template_substitution', 'interpolation']).some((d) => d !== null)) return undefined;
    const m = /^[a-zA-Z]*(["'`]+)([\s\S]*?)\1$/.exec(node.text);
    // A dot inside a key must not read as a path separator.
    return (m ? m[2] : node.text).replace(/\./g, '\u2024');
  }

  /** The key of an object/dict/struct literal entry: `a: 1`, `"a": 1`, Go `Name: x`. */
  constKeyOfPair(key: Node | null): string | undefined {
    if (!key) return undefined;
    if (typeOf(key) === 'property_identifier' || typeOf(key) === 'field_identifier' || typeOf(key) === 'identifier') return key.text;
    if (typeOf(key) === 'literal_element') {
      const inner = childrenNamed(key)[0];
      return inner ? (this.a.identifiers.has(typeOf(inner)) ? inner.text : this.constKey(inner)) : undefined;
    }
    return this.constKey(key);
  }
}

/** The index of a subscript; C++ wraps it in `indices: (subscript_argument_list …)`. */
export function subscriptIndex(node: Node, field: string): Node | null {
  const direct = node.childForFieldName(field);
  if (direct) return direct;
  const list = node.childForFieldName('indices');
  return list && list.namedChildCount === 1 ? list.namedChildren[0] : null;
}
