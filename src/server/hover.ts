// Hover over a finding: rule title, explanation, CWE/OWASP links, the taint trace, how to fix.
import type { Hover, Position } from 'vscode-languageserver';
import type { Finding, Range } from '../engine';
import { isShown } from './diagnostics';
import type { OpenDocument } from './documents';
import type { ServerSettings } from './protocol';
import { hoverMarkdown } from './ruleDocs';

function contains(range: Range, p: Position): boolean {
  const afterStart = p.line > range.start.line || (p.line === range.start.line && p.character >= range.start.character);
  const beforeEnd = p.line < range.end.line || (p.line === range.end.line && p.character <= range.end.character);
  return afterStart && beforeEnd;
}

export function hoverFor(doc: OpenDocument, findings: Finding[], position: Position, settings: ServerSettings): Hover | null {
  const here = findings.filter((f) => isShown(f, settings.minimumSeverity) && contains(f.range, position));
  if (here.length === 0) return null;
  return {
    contents: { kind: 'markdown', value: here.map((f) => hoverMarkdown(f, doc.engine.rules.get(f.ruleId))).join('\n\n---\n\n') },
    range: here[0].range,
  };
}
