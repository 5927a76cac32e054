// Where a fix may edit: the function enclosing the finding (or a window of lines around a
// top-level finding), plus the file's import lines. Used both to build the prompt and to check
// the edits, so the model is shown exactly the region it is allowed to change.
import type { Node, Tree } from 'web-tree-sitter';
import type { Finding } from '../model';
import { enclosingFunction } from '../scan/scope';

const WINDOW_LINES = 15;
const IMPORT_TYPE = /import|use_declaration|using_directive|preproc_include|extern_crate/;

export interface FixScope {
  kind: 'function' | 'window';
  /** Offsets of the editable region in the original text (whole lines). */
  startIndex: number;
  endIndex: number;
  /** Zero-based rows, inclusive. */
  startRow: number;
  endRow: number;
  /** Inclusive row ranges of top-level import statements. */
  importRows: Array<[number, number]>;
}

export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function rowOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function rowEnd(text: string, starts: number[], row: number): number {
  return row + 1 < starts.length ? starts[row + 1] - 1 : text.length;
}

export function findingNode(tree: Tree, finding: Finding): Node {
  return tree.rootNode.descendantForIndex(finding.startIndex, Math.max(finding.startIndex, finding.endIndex - 1)) ?? tree.rootNode;
}

function isImport(node: Node): boolean {
  if (IMPORT_TYPE.test(node.type)) return true;
  // CommonJS: `const fs = require('fs')`.
  return /declaration|expression_statement/.test(node.type) && /\brequire\s*\(/.test(node.text) && node.text.length < 300;
}

export function importRows(tree: Tree): Array<[number, number]> {
  const rows: Array<[number, number]> = [];
  for (const child of tree.rootNode.namedChildren) {
    if (child && isImport(child)) rows.push([child.startPosition.row, child.endPosition.row]);
  }
  return rows;
}

export function fixScope(tree: Tree, text: string, finding: Finding): FixScope {
  const starts = lineStarts(text);
  const fn = enclosingFunction(findingNode(tree, finding));
  let startRow: number;
  let endRow: number;
  if (fn) {
    startRow = fn.startPosition.row;
    endRow = fn.endPosition.row;
  } else {
    startRow = Math.max(0, finding.range.start.line - WINDOW_LINES);
    endRow = Math.min(starts.length - 1, finding.range.end.line + WINDOW_LINES);
  }
  return {
    kind: fn ? 'function' : 'window',
    startIndex: starts[startRow],
    endIndex: rowEnd(text, starts, endRow),
    startRow,
    endRow,
    importRows: importRows(tree),
  };
}

export function importText(text: string, rows: Array<[number, number]>): { text: string; ranges: Array<[number, number]> } {
  const starts = lineStarts(text);
  const ranges = rows.map(([a, b]) => [starts[a], rowEnd(text, starts, b)] as [number, number]);
  return { text: ranges.map(([s, e]) => text.slice(s, e)).join('\n'), ranges };
}
