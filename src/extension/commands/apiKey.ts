// `vigil.setApiKey` / `vigil.clearApiKey`: the Anthropic key lives in SecretStorage only, never in
// settings, never in logs.
import * as vscode from 'vscode';

export const API_KEY_SECRET = 'vigil.anthropicApiKey';

export function registerApiKeyCommands(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('vigil.setApiKey', async () => {
      const key = await vscode.window.showInputBox({
        title: 'Vigil: Anthropic API key',
        prompt: 'Stored in the editor\'s secret storage; used only when you ask for an AI fix.',
        password: true,
        ignoreFocusOut: true,
        validateInput: (v) => (v.trim() === '' ? 'Enter a key, or press Escape to cancel.' : /\s/.test(v.trim()) ? 'A key has no spaces.' : undefined),
      });
      if (key === undefined) return;
      await context.secrets.store(API_KEY_SECRET, key.trim());
      void vscode.window.showInformationMessage('Vigil: API key saved in secret storage.');
    }),
    vscode.commands.registerCommand('vigil.clearApiKey', async () => {
      await context.secrets.delete(API_KEY_SECRET);
      void vscode.window.showInformationMessage('Vigil: API key removed.');
    }),
  );
}
