// `vigil.setApiKey` / `vigil.clearApiKey`: the Anthropic key lives in SecretStorage only, never in
// settings, never in logs.
import * as vscode from 'vscode';

export const API_KEY_SECRET = 'vigil.anthropicApiKey';

export function registerApiKeyCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    // vigil.setApiKey is registered by the AI fix module (src/extension/aiFix, same secret name):
    // registering it twice makes activate() throw. (e2e merge of lsp + aifix)
    vscode.commands.registerCommand('vigil.clearApiKey', async () => {
      await context.secrets.delete(API_KEY_SECRET);
      void vscode.window.showInformationMessage('Vigil: API key removed.');
    }),
  );
}
