// Where a file's functions are, without walking the whole tree. The taint engine needs the function
// around each source and each call site, and the named definitions (to resolve calls); a query over
// the whole tree for them cost ~8 ms on a 5,000-line file. Instead:
//  - the function around a position is found by going down from the root towards it (one child per
//    level, about 10 µs);
//  - in languages whose named functions sit only in declaration containers (Go, C/C++), the
//    definitions are read by walking those containers, not function bodies. (Java's anonymous
//    classes put methods inside expressions; JavaScript and Python nest named functions anywhere.)
import type { Node, TreeCursor } from 'web-tree-sitter';
import { childrenNamed, type Adapter } from './adapters';

interface Fn { node: Node; start: number; end: number }

export class FileStructure {
  private cursor?: TreeCursor;
  private readonly around = new Map<string, Fn[]>();
  private last: Fn[] = [];

  constructor(private readonly root: Node, private readonly adapter: Adapter) {}

  /** The innermost function-like node containing [start, end) other than one spanning exactly it; null at the top level. */
  functionAt(start: number, end: number): Node | null {
    return this.functionsAround(start, end).at(-1) ?? null;
  }

  /** Every function-like node containing [start, end) other than one spanning exactly it, outermost first. */
  functionsAround(start: number, end: number): Node[] {
    const key = `${start}:${end}`;
    const known = this.around.get(key);
    if (known) return known.map((f) => f.node);
    // Asked in source order, most positions lie in the function of the previous answer: go down
    // from the deepest function of that answer which still holds the range, not from the root.
    const chain: Fn[] = [];
    for (const f of this.last) {
      if (f.start > start || f.end < end || (f.start === start && f.end === end)) break;
      chain.push(f);
    }
    const c = (this.cursor ??= this.root.walk());
    c.reset(chain.at(-1)?.node ?? this.root);
    while (c.gotoFirstChildForIndex(start)) {
      const s = c.startIndex;
      const e = c.endIndex;
      if (s > start || e < end) break;
      if (this.adapter.functions[c.nodeType] && !(s === start && e === end)) chain.push({ node: c.currentNode, start: s, end: e });
    }
    this.around.set(key, chain);
    this.last = chain;
    return chain.map((f) => f.node);
  }

  dispose(): void {
    this.cursor?.delete();
    this.cursor = undefined;
  }
}

/**
 * Named definitions (name, function node) found by walking only the adapter's declaration
 * containers; undefined when the language can nest named functions anywhere (then a query finds them).
 */
export function definitionsInContainers(root: Node, adapter: Adapter): Array<[string, Node]> | undefined {
  const walk = adapter.definitionContainers;
  if (!walk) return undefined;
  const out: Array<[string, Node]> = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    for (const c of childrenNamed(n)) {
      if (walk.types.has(c.type)) stack.push(c);
      else if (walk.definitions.has(c.type)) {
        const name = walk.name(c);
        if (name) out.push([name, c]);
      }
    }
  }
  return out;
}
