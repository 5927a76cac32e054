// Alert laundering: a "fix" that makes the alert disappear without removing the weakness.
// Two mechanical signals: new suppression markers, and the sink vanishing from the function.
import type { Node, Tree } from 'web-tree-sitter';

// Suppression syntax of common tools: Vigil itself, linters, SAST tools, compilers.
const SUPPRESSION_MARKERS: Array<[string, RegExp]> = [
  ['vigil-ignore', /vigil-ignore/g],
  ['nosec', /\bnosec\b/gi],
  ['nosemgrep', /\bnosemgrep\b/gi],
  ['eslint-disable', /eslint-disable/g],
  ['noqa', /#\s*noqa\b/gi],
  ['NOSONAR', /NOSONAR/g],
  ['@SuppressWarnings', /@SuppressWarnings/g],
  ['SuppressMessage', /SuppressMessage/g],
  ['@ts-ignore', /@ts-(?:ignore|expect-error|nocheck)/g],
  ['pylint: disable', /pylint:\s*disable/g],
  ['type: ignore', /type:\s*ignore/g],
  ['nolint', /\/\/\s*nolint\b/g],
  ['lgtm / codeql', /\b(?:lgtm|codeql)\s*\[/g],
  ['rubocop:disable', /rubocop:disable/g],
  ['phpcs:ignore', /phpcs:(?:ignore|disable)/g],
  ['@phpstan-ignore', /@phpstan-ignore/g],
  ['#pragma warning disable', /#pragma\s+warning\s+disable/g],
  ['#[allow(', /#!?\[allow\(/g],
  ['bandit skip', /\bskip(?:s)?\s*:\s*B\d{3}/g],
];

export function countSuppressionMarkers(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [name, re] of SUPPRESSION_MARKERS) {
    const n = text.match(re)?.length ?? 0;
    if (n) counts.set(name, n);
  }
  return counts;
}

/** Markers that appear more often in `after` than in `before`. */
export function newSuppressionMarkers(before: string, after: string): string[] {
  const a = countSuppressionMarkers(before);
  return [...countSuppressionMarkers(after)].filter(([name, n]) => n > (a.get(name) ?? 0)).map(([name]) => name);
}

function lastIdentifier(node: Node | null): string | undefined {
  if (!node) return undefined;
  if (/identifier$/.test(node.type) || node.type === 'name' || node.type === 'constant') return node.text;
  for (let i = node.namedChildCount - 1; i >= 0; i--) {
    const found = lastIdentifier(node.namedChild(i));
    if (found) return found;
  }
  return undefined;
}

/**
 * The name of the sink in a finding: the called function of a call (`eval`, `load` of
 * `yaml.load`, `execute`), the constructor of `new X`, the assigned property (`innerHTML`).
 */
export function sinkName(node: Node): string | undefined {
  for (let n: Node | null = node; n; n = n.namedChildCount ? n.namedChild(0) : null) {
    const target = n.childForFieldName('function') ?? n.childForFieldName('constructor') ?? n.childForFieldName('method') ?? n.childForFieldName('left');
    if (target) return lastIdentifier(target);
    if (/call|invocation|new_expression|assignment/.test(n.type)) break;
  }
  return lastIdentifier(node);
}

/**
 * Names of the operations performed in a range: called functions, constructed classes and
 * assigned properties (the same positions `sinkName` reads). A function's own name, a variable
 * or a comment mentioning the sink does not count as the sink surviving.
 */
export function operationsIn(tree: Tree, start: number, end: number): Set<string> {
  const out = new Set<string>();
  const visit = (node: Node) => {
    if (node.endIndex <= start || node.startIndex >= end) return;
    if (/call|invocation|new_expression|assignment/.test(node.type)) {
      const target = node.childForFieldName('function') ?? node.childForFieldName('constructor') ?? node.childForFieldName('method') ?? node.childForFieldName('left');
      const name = lastIdentifier(target);
      if (name) out.add(name);
    }
    for (const child of node.namedChildren) if (child) visit(child);
  };
  visit(tree.rootNode);
  return out;
}

/** `safe_load` and `loadAll` are forms of `load`; `download` and `load_config` are not the call `load`. */
export function isFormOf(name: string, sink: string): boolean {
  if (name === sink) return true;
  const parts = name.split(/_|(?=[A-Z])/).map((p) => p.toLowerCase());
  return parts.includes(sink.toLowerCase());
}
