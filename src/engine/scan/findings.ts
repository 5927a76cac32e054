// Building Finding objects from tree nodes, shared by pattern rules and the taint engine.
import type { Node, QueryCapture } from 'web-tree-sitter';
import type { DeterministicFix, Finding, Range, TraceStep } from '../model';
import type { Rule } from '../rules/rule';
import { scopeChain } from './scope';

const MAX_SNIPPET = 240;

export function nodeRange(node: Node): Range {
  return {
    start: { line: node.startPosition.row, character: node.startPosition.column },
    end: { line: node.endPosition.row, character: node.endPosition.column },
  };
}

export function clip(text: string, max = MAX_SNIPPET): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Replaces {{capture}} in a rule's message with the captured text (one line, clipped). */
export function interpolate(template: string, captures: QueryCapture[]): string {
  return template.replace(/\{\{\s*([A-Za-z0-9_.-]+)\s*\}\}/g, (whole, name: string) => {
    const cap = captures.find((c) => c.name === name);
    return cap ? clip(cap.node.text.replace(/\s+/g, ' '), 60) : whole;
  });
}

/**
 * @param from where the finding starts when that is before `node`: a tainted argument on a later
 * line than its call is reported from the call, the line a reader looks at for the operation.
 */
export function makeFinding(rule: Rule, node: Node, file: string, languageId: string, message: string, trace?: TraceStep[], from?: Node): Finding {
  const start = from && from.startIndex < node.startIndex ? from : node;
  const range = nodeRange(node);
  if (start !== node) range.start = { line: start.startPosition.row, character: start.startPosition.column };
  return {
    ruleId: rule.id,
    severity: rule.severity,
    confidence: rule.confidence,
    message,
    cwe: rule.cwe,
    owasp: rule.owasp,
    file,
    languageId,
    range,
    startIndex: start.startIndex,
    endIndex: node.endIndex,
    snippet: clip(node.text),
    fingerprint: '',
    scope: scopeChain(node),
    trace,
  };
}

/** Instantiates a rule's fix template for one match. */
export function instantiateFix(rule: Rule, captures: QueryCapture[]): DeterministicFix | undefined {
  if (!rule.fix) return undefined;
  const target = captures.find((c) => c.name === rule.fix!.replace);
  if (!target) return undefined;
  return {
    title: interpolate(rule.fix.title, captures),
    edits: [{ startIndex: target.node.startIndex, endIndex: target.node.endIndex, range: nodeRange(target.node), newText: interpolate(rule.fix.with, captures) }],
  };
}
