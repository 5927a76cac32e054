// Parsing text into trees. One Parser per language is reused; trees belong to the caller,
// who must call tree.delete() when done (WASM memory never shrinks on its own).
import { Parser, type Edit, type Language, type Tree } from 'web-tree-sitter';
import type { GrammarRegistry } from './grammars';

export class Parsers {
  private readonly parsers = new Map<string, Parser>();

  constructor(readonly registry: GrammarRegistry) {}

  async language(languageId: string): Promise<Language> {
    return this.registry.load(languageId);
  }

  async parse(languageId: string, text: string, previous?: Tree): Promise<Tree> {
    let parser = this.parsers.get(languageId);
    if (!parser) {
      const language = await this.registry.load(languageId); // also initialises the runtime
      parser = new Parser();
      parser.setLanguage(language);
      this.parsers.set(languageId, parser);
    }
    const tree = parser.parse(text, previous ?? null);
    if (!tree) throw new Error(`tree-sitter returned no tree for a ${languageId} document`);
    return tree;
  }
}

/** Counts ERROR and MISSING nodes: the verification gate compares these before and after a fix. */
export function countSyntaxErrors(tree: Tree): number {
  if (!tree.rootNode.hasError) return 0;
  let count = 0;
  const cursor = tree.walk();
  let descend = true;
  for (;;) {
    const node = cursor.currentNode;
    if (descend) {
      if (node.isError || node.isMissing) count++;
      if (node.hasError && cursor.gotoFirstChild()) continue;
    }
    if (cursor.gotoNextSibling()) { descend = true; continue; }
    if (!cursor.gotoParent()) break;
    descend = false;
  }
  cursor.delete();
  return count;
}

export type { Edit, Tree };
