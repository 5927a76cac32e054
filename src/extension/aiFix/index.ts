// "Fix with AI (verified)" in VS Code: the only AI-fix code that imports 'vscode'. The engine does
// the work (prepare → redact → model → gate); this host asks for consent, shows the diff, the
// receipt, the explanation and the cost, and applies the fix only when the user says so, as one
// undoable edit, and only against the document text it was verified on.
//
// Not called on this branch yet: the lead wires `registerAiFix(context)` into activate() when the
// extension entry (branch `lsp`) is merged. The code action there passes FixWithAiArgs.
import { join } from 'node:path';
import * as vscode from 'vscode';
import {
  AnthropicFixModel, DailyBudget, Engine, FixCache, formatReceipt, prepareFixRequest, previewFixRequest, proposeFix, reverifyEdits,
  type FixChange, type Finding, type FixOutcome, type PreparedFixRequest,
} from '../../engine';
import { parseFixArgs, type FixWithAiArgs } from './args';
import { PROPOSAL_SCHEME, ProposalDocuments } from './proposals';
import { API_KEY_SECRET, readAiSettings } from './settings';

const CONSENT_KEY = 'vigil.ai.previewOffered';

export function registerAiFix(context: vscode.ExtensionContext): void {
  const proposals = new ProposalDocuments();
  const output = vscode.window.createOutputChannel('Vigil AI fixes');
  const engines = new Map<string, Engine>();
  const storage = context.globalStorageUri.fsPath;
  const cache = new FixCache(join(storage, 'ai-fix-cache'));
  const host: Host = { context, proposals, output, engines, cache, storage };
  context.subscriptions.push(
    proposals,
    output,
    { dispose: () => { for (const e of engines.values()) e.dispose(); engines.clear(); } },
    vscode.workspace.registerTextDocumentContentProvider(PROPOSAL_SCHEME, proposals),
    vscode.workspace.onDidGrantWorkspaceTrust(() => { for (const e of engines.values()) e.dispose(); engines.clear(); }),
    vscode.commands.registerCommand('vigil.fixWithAI', async (arg: unknown) => {
      try {
        await fixWithAi(host, arg);
      } catch (err) {
        // Nothing was applied: every write happens after an explicit "Apply fix".
        output.appendLine(`error: ${(err as Error).stack ?? String(err)}`);
        void vscode.window.showErrorMessage(`Vigil AI fix failed: ${(err as Error).message}. Nothing was changed.`);
      }
    }),
    vscode.commands.registerCommand('vigil.setApiKey', () => setApiKey(context)),
  );
}

interface Host {
  context: vscode.ExtensionContext;
  proposals: ProposalDocuments;
  output: vscode.OutputChannel;
  engines: Map<string, Engine>;
  cache: FixCache;
  storage: string;
}

async function setApiKey(context: vscode.ExtensionContext): Promise<void> {
  const key = await vscode.window.showInputBox({
    title: 'Vigil: Anthropic API key',
    prompt: 'Stored in VS Code\'s secret storage (never in settings or logs). Leave empty to remove it.',
    password: true,
    ignoreFocusOut: true,
  });
  if (key === undefined) return;
  if (key.trim()) {
    await context.secrets.store(API_KEY_SECRET, key.trim());
    void vscode.window.showInformationMessage('Vigil: API key saved in secret storage.');
  } else {
    await context.secrets.delete(API_KEY_SECRET);
    void vscode.window.showInformationMessage('Vigil: API key removed.');
  }
}

function engineFor(host: Host, uri: vscode.Uri): Engine {
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  const root = folder?.uri.fsPath ?? join(uri.fsPath, '..');
  let engine = host.engines.get(root);
  if (!engine) {
    // Workspace rule packs and config only in trusted workspaces (we refuse untrusted ones anyway).
    engine = new Engine({ assetRoot: host.context.extensionPath, workspaceRoot: root, trustWorkspace: vscode.workspace.isTrusted });
    host.engines.set(root, engine);
  }
  return engine;
}

async function fixWithAi(host: Host, raw: unknown): Promise<void> {
  const args = parseFixArgs(raw);
  if (!args) { void vscode.window.showErrorMessage('Vigil: "Fix with AI" needs a finding; run it from a Vigil diagnostic\'s quick fix.'); return; }
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage('Vigil: AI fixes are disabled in untrusted workspaces. Trust the workspace to use them.');
    return;
  }
  const uri = vscode.Uri.parse(args.uri);
  const settings = readAiSettings(uri);
  if (!settings.enabled) { void vscode.window.showInformationMessage('Vigil: AI fixes are turned off (setting vigil.ai.enabled).'); return; }
  const apiKey = await host.context.secrets.get(API_KEY_SECRET);
  if (!apiKey) {
    const choice = await vscode.window.showInformationMessage('Vigil needs an Anthropic API key to propose AI fixes. It is kept in VS Code\'s secret storage, never in settings.', 'Set API key');
    if (choice) await vscode.commands.executeCommand('vigil.setApiKey');
    return;
  }

  const document = await vscode.workspace.openTextDocument(uri);
  const engine = engineFor(host, uri);
  const languageId = engine.languageForPath(uri.fsPath)?.id ?? (engine.registry.info(document.languageId) ? document.languageId : undefined);
  if (!languageId) { void vscode.window.showErrorMessage(`Vigil: no grammar for ${uri.fsPath}.`); return; }
  const text = document.getText();
  const version = document.version;
  const finding = await locateFinding(engine, uri.fsPath, languageId, text, args);
  if (!finding) { void vscode.window.showInformationMessage('Vigil: that finding is no longer in the document.'); return; }

  let prepared: PreparedFixRequest;
  try {
    prepared = await prepareFixRequest(engine, { path: uri.fsPath, languageId, text, finding });
  } catch (err) {
    void vscode.window.showErrorMessage(`Vigil: ${(err as Error).message}`);
    return;
  }
  if (!(await consentToSend(host, prepared, settings.model))) return;

  const model = new AnthropicFixModel({ apiKey, model: settings.model, baseURL: settings.baseUrl });
  const budget = new DailyBudget(join(host.storage, 'ai-budget.json'), settings.dailyCostCapUsd);
  const outcome = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Vigil: asking ${settings.model} for a fix and verifying it`, cancellable: true },
    async (_progress, token) => {
      const controller = new AbortController();
      const sub = token.onCancellationRequested(() => controller.abort());
      try {
        return await proposeFix(engine, prepared, { model, signal: controller.signal, cache: host.cache, budget });
      } finally {
        sub.dispose();
      }
    },
  );
  logOutcome(host.output, uri, outcome);
  await present(host, document, version, prepared, outcome);
}

/** The code action's finding in the current text: by fingerprint, else by rule and line. */
async function locateFinding(engine: Engine, path: string, languageId: string, text: string, args: FixWithAiArgs): Promise<Finding | undefined> {
  const findings = await engine.scanText(path, languageId, text);
  return findings.find((f) => f.fingerprint === args.fingerprint) ?? findings.find((f) => f.ruleId === args.ruleId && f.range.start.line === args.line);
}

/** Before the first send in a workspace: say what goes where, and offer the exact preview. */
async function consentToSend(host: Host, prepared: PreparedFixRequest, model: string): Promise<boolean> {
  if (host.context.workspaceState.get<boolean>(CONSENT_KEY)) return true;
  const lines = prepared.scope.endRow - prepared.scope.startRow + 1;
  const detail = `Vigil will send the ${prepared.scope.kind === 'function' ? 'enclosing function' : 'code around the finding'} (${lines} lines), the file's imports and the rule's explanation to Anthropic (${model}). ${prepared.redactionCount} secret(s) are replaced by placeholders first. The fix is verified and shown to you; nothing is applied without your confirmation.`;
  for (;;) {
    const choice = await vscode.window.showInformationMessage('Send code to the AI model?', { modal: true, detail }, 'Send', 'Preview what will be sent');
    if (choice === 'Send') { await host.context.workspaceState.update(CONSENT_KEY, true); return true; }
    if (choice !== 'Preview what will be sent') return false;
    const doc = await vscode.workspace.openTextDocument({ content: previewFixRequest(prepared), language: 'plaintext' });
    await vscode.window.showTextDocument(doc, { preview: true });
  }
}

function logOutcome(output: vscode.OutputChannel, uri: vscode.Uri, outcome: FixOutcome): void {
  output.appendLine(`--- ${new Date().toISOString()} ${vscode.workspace.asRelativePath(uri)} (${outcome.model}, ${outcome.promptVersion}): ${outcome.status}`);
  for (const n of outcome.notes) output.appendLine(`note: ${n}`);
  outcome.attempts.forEach((a, i) => output.append(`attempt ${i + 1}: ${formatReceipt(a.receipt)}`));
  if (outcome.status === 'failed') output.appendLine(outcome.message);
  if (outcome.status === 'withdrawn') output.appendLine(outcome.reason);
  output.appendLine(costLine(outcome));
}

function costLine(outcome: FixOutcome): string {
  if (outcome.status === 'verified' && outcome.fromCache) return 'Cost: none (verified fix reused from the cache).';
  return `Cost: about $${outcome.cost.usd.toFixed(4)} (${outcome.cost.usage.inputTokens} input / ${outcome.cost.usage.outputTokens} output tokens). ${outcome.cost.basis}.`;
}

async function present(host: Host, document: vscode.TextDocument, version: number, prepared: PreparedFixRequest, outcome: FixOutcome): Promise<void> {
  if (outcome.status === 'failed') {
    if (outcome.code === 'cancelled') return;
    const actions = outcome.code === 'auth' ? ['Set API key'] : [];
    const choice = await vscode.window.showErrorMessage(`Vigil AI fix: ${outcome.message}`, ...actions);
    if (choice === 'Set API key') await vscode.commands.executeCommand('vigil.setApiKey');
    return;
  }
  if (outcome.status === 'withdrawn') {
    const choice = await vscode.window.showWarningMessage(`Vigil withdrew the AI fix: it did not pass verification. ${outcome.reason}`, 'Show receipt');
    if (choice) host.output.show(true);
    return;
  }
  const proposalUri = host.proposals.add(document.uri, outcome.fixedText);
  try {
    await vscode.commands.executeCommand('vscode.diff', document.uri, proposalUri, `${prepared.rule.id}: verified AI fix (not applied)`, { preview: true });
    // The explanation is model output: shown as plain text in a modal, never rendered as markdown.
    const detail = [
      formatReceipt(outcome.receipt),
      `Explanation from the model:\n${outcome.explanation}`,
      ...(outcome.reviewHints.length ? [`Review before applying:\n${outcome.reviewHints.map((h) => `- ${h}`).join('\n')}`] : []),
      costLine(outcome),
      ...outcome.notes.map((n) => `Note: ${n}`),
    ].join('\n\n');
    const choice = await vscode.window.showInformationMessage('Apply the verified AI fix?', { modal: true, detail }, 'Apply fix', 'Discard');
    if (choice !== 'Apply fix') return;
    await apply(host, document, version, prepared, outcome);
  } finally {
    host.proposals.remove(proposalUri);
  }
}

async function apply(host: Host, document: vscode.TextDocument, version: number, prepared: PreparedFixRequest, outcome: Extract<FixOutcome, { status: 'verified' }>): Promise<void> {
  let changes: FixChange[] = outcome.changes;
  if (document.version !== version) {
    // The user typed meanwhile: verify the same edits against the text as it is now.
    const current = document.version;
    const again = await reverifyEdits(engineFor(host, document.uri), { ...prepared.target, text: document.getText() }, outcome.edits);
    if (document.version !== current) {
      void vscode.window.showWarningMessage('Vigil: the document is still changing; nothing was applied. Run the fix again when you are done typing.');
      return;
    }
    if ('problem' in again || !again.receipt.accepted || !again.changes) {
      const why = 'problem' in again ? again.problem : again.receipt.checks.filter((c) => c.status === 'fail').map((c) => `${c.title}: ${c.evidence}`).join('; ');
      void vscode.window.showWarningMessage(`Vigil: the document changed and the fix no longer verifies (${why}). Nothing was applied.`);
      return;
    }
    changes = again.changes;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const c of changes) edit.replace(document.uri, new vscode.Range(document.positionAt(c.start), document.positionAt(c.end)), c.newText);
  const versionBefore = document.version;
  const ok = await vscode.workspace.applyEdit(edit); // one WorkspaceEdit = one undo step
  if (!ok) void vscode.window.showErrorMessage('Vigil: VS Code refused the edit; nothing was applied.');
  else host.output.appendLine(`applied to ${vscode.workspace.asRelativePath(document.uri)} (version ${versionBefore} → ${document.version})`);
}
