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

export class FileStructure {
  private cursor?: TreeCursor;
  private readonly around = new Map<string, Node | null>();

  constructor(private readonly root: Node, private readonly adapter: Adapter) {}

  /** The innermost function-like node containing [start, end) other than one spanning exactly it; null at the top level. */
  functionAt(start: number, end: number): Node | null {
    const key = `${start}:${end}`;
    const known = this.around.get(key);
    if (known !== undefined) return known;
    const c = (this.cursor ??= this.root.walk());
    c.reset(this.root);
    let found: Node | null = null;
    while (c.gotoFirstChildForIndex(start)) {
      const s = c.startIndex;
      const e = c.endIndex;
      if (s > start || e < end) break;
      if (this.adapter.functions[c.nodeType] && !(s === start && e === end)) found = c.currentNode;
    }
    this.around.set(key, found);
    return found;
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
