// Inline suppressions: `vigil-ignore[: rule-id[, rule-id]] -- reason` in a comment on the finding's
// line or alone on the line above, in the language's own comment syntax. The same code decides
// this for every host; suppressed findings are marked, never dropped.
import type { Tree } from 'web-tree-sitter';
import type { Finding, Range } from '../model';

export interface SuppressionComment {
  line: number;
  /** undefined means every rule. */
  ruleIds?: string[];
  justification: string;
  /** True when nothing but the comment is on its line, so it applies to the next line too. */
  standalone: boolean;
  range: Range;
}

const DIRECTIVE = /vigil-ignore(?:\s*:\s*([A-Za-z0-9._\-]+(?:\s*,\s*[A-Za-z0-9._\-]+)*))?(?:\s+--\s*(.*?))?\s*(?:\*\/|-->|\*\}|#\})?\s*$/;

export function findSuppressionComments(text: string, tree: Tree): SuppressionComment[] {
  if (!text.includes('vigil-ignore')) return [];
  const out: SuppressionComment[] = [];
  const lines = text.split('\n');
  let offset = 0;
  for (let line = 0; line < lines.length; offset += lines[line].length + 1, line++) {
    const lineText = lines[line];
    const at = lineText.indexOf('vigil-ignore');
    if (at < 0) continue;
    const node = tree.rootNode.descendantForIndex(offset + at);
    if (!node || !node.type.includes('comment')) continue; // a string that mentions vigil-ignore is not a directive
    const m = DIRECTIVE.exec(lineText.slice(at));
    if (!m) continue;
    const commentStart = node.startPosition.row === line ? node.startPosition.column : 0;
    out.push({
      line,
      ruleIds: m[1]?.split(',').map((s) => s.trim()),
      justification: (m[2] ?? '').trim(),
      standalone: lineText.slice(0, commentStart).trim() === '',
      range: { start: { line, character: commentStart }, end: { line, character: lineText.length } },
    });
  }
  return out;
}

export function applyInlineSuppressions(findings: Finding[], comments: SuppressionComment[]): void {
  if (comments.length === 0) return;
  for (const f of findings) {
    const line = f.range.start.line;
    const c = comments.find(
      (s) => (s.line === line || (s.standalone && s.line === line - 1)) && (!s.ruleIds || s.ruleIds.includes(f.ruleId)),
    );
    if (c) f.suppressed = { kind: 'inline', justification: c.justification, range: c.range };
  }
}
