// `vigil.suppress` (from the code action): asks why, then inserts the suppression comment above
// the finding as one undoable edit, only if the document has not changed since the action was offered.
import * as vscode from 'vscode';
import type { SuppressArgs } from '../../server/protocol';
import { suppressionLine, validateReason } from '../suppressText';

export async function suppress(args: SuppressArgs): Promise<boolean> {
  const uri = vscode.Uri.parse(args.uri);
  const document = await vscode.workspace.openTextDocument(uri);
  const reason = await vscode.window.showInputBox({
    title: `Suppress ${args.ruleId}`,
    prompt: 'Why is this safe? The reason is kept in the code and in reports.',
    placeHolder: 'e.g. input is a constant from our own config',
    ignoreFocusOut: true,
    validateInput: validateReason,
  });
  if (reason === undefined) return false;
  if (document.version !== args.version) {
    void vscode.window.showWarningMessage('Vigil: the file changed since this action was offered; nothing was inserted. Try again from the new finding.');
    return false;
  }
  const edit = new vscode.WorkspaceEdit();
  edit.insert(uri, new vscode.Position(args.line, 0), suppressionLine(document.lineAt(args.line).text, args, reason));
  return vscode.workspace.applyEdit(edit);
}

export function registerSuppress(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('vigil.suppress', (args: SuppressArgs) => suppress(args)));
}
