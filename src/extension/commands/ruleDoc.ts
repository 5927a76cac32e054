// `vigil.showRuleDoc`: the rule's documentation (from the server, which knows the rules in force
// for that file's workspace folder) in a read-only markdown preview.
import * as vscode from 'vscode';
import { Methods, type RuleDocResult, type ShowRuleDocArgs } from '../../server/protocol';
import type { VigilClient } from '../client';
import type { VirtualDocs } from '../views/virtualDocs';

export function registerShowRuleDoc(context: vscode.ExtensionContext, deps: { client: VigilClient; docs: VirtualDocs }): void {
  context.subscriptions.push(vscode.commands.registerCommand('vigil.showRuleDoc', async (args?: ShowRuleDocArgs) => {
    const ruleId = args?.ruleId ?? (await vscode.window.showInputBox({ title: 'Vigil: rule id', placeHolder: 'e.g. js-eval-injection' }));
    if (!ruleId) return;
    const doc = await (await deps.client.get()).sendRequest<RuleDocResult | null>(Methods.ruleDoc, { ruleId, uri: args?.uri });
    if (!doc) {
      void vscode.window.showWarningMessage(`Vigil: no rule '${ruleId}' is in force here.`);
      return;
    }
    await deps.docs.show(`/rules/${ruleId}.md`, doc.markdown);
  }));
}
