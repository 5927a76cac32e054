// Code actions for Vigil diagnostics. Nothing here calls the network: the AI fix is only offered
// as a command that the editor runs on the user's request. Every action is tied to the document
// version its diagnostic was computed for (vscode-eslint style): a stale one is not offered, and
// the deterministic fix's WorkspaceEdit names the version, so the editor refuses it once the text moved on.
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic } from 'vscode-languageserver';
import type { Finding } from '../engine';
import { isVigilData } from './diagnostics';
import type { OpenDocument } from './documents';
import { commentSyntax } from './languages';
import type { FixWithAiArgs, ServerSettings, ShowRuleDocArgs, SuppressArgs } from './protocol';

export const COMMANDS = {
  fixWithAI: 'vigil.fixWithAI',
  suppress: 'vigil.suppress',
  showRuleDoc: 'vigil.showRuleDoc',
} as const;

export interface ActionContext {
  settings: ServerSettings;
  /** AI fixes need a trusted workspace (the base URL and key are sensitive). */
  trusted: boolean;
}

export function codeActionsFor(doc: OpenDocument, findings: Finding[], params: CodeActionParams, ctx: ActionContext): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((k) => k === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(k + '.') || k === CodeActionKind.Empty)) return [];
  const actions: CodeAction[] = [];
  const comment = commentSyntax(doc.engine, doc.languageId);
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data;
    if (!isVigilData(data) || data.version !== doc.version) continue;
    const finding = findings.find((f) => f.fingerprint === data.fingerprint && f.ruleId === data.ruleId);
    if (!finding) continue;
    actions.push(...actionsForFinding(doc, finding, diagnostic, comment, ctx));
  }
  return actions;
}

function actionsForFinding(doc: OpenDocument, finding: Finding, diagnostic: Diagnostic, comment: { start: string; end: string } | undefined, ctx: ActionContext): CodeAction[] {
  const version = doc.version;
  const actions: CodeAction[] = [];
  if (finding.fix) {
    actions.push({
      title: finding.fix.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: true,
      edit: {
        documentChanges: [{
          textDocument: { uri: doc.uri, version },
          edits: finding.fix.edits.map((e) => ({ range: e.range, newText: e.newText })),
        }],
      },
    });
  }
  if (ctx.settings.ai.enabled && ctx.trusted) {
    const args: FixWithAiArgs = { uri: doc.uri, version, fingerprint: finding.fingerprint, ruleId: finding.ruleId, line: finding.range.start.line };
    actions.push({ title: 'Fix with AI (verified)…', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title: 'Fix with AI (verified)…', command: COMMANDS.fixWithAI, arguments: [args] } });
  }
  if (comment) {
    const args: SuppressArgs = { uri: doc.uri, version, ruleId: finding.ruleId, line: finding.range.start.line, commentStart: comment.start, commentEnd: comment.end };
    const title = `Suppress ${finding.ruleId} with justification…`;
    actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: COMMANDS.suppress, arguments: [args] } });
  }
  const docArgs: ShowRuleDocArgs = { ruleId: finding.ruleId, uri: doc.uri };
  const title = `Show documentation for ${finding.ruleId}`;
  actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], command: { title, command: COMMANDS.showRuleDoc, arguments: [docArgs] } });
  return actions;
}
