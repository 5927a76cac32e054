// `vigil.enable` / `vigil.disable` (scanning on or off, written to settings so it persists) and
// `vigil.clearFindings`.
import * as vscode from 'vscode';
import { Methods } from '../../server/protocol';
import type { VigilClient } from '../client';
import { setEnabled } from '../config';
import type { ScanState } from '../state';

export function registerToggleCommands(context: vscode.ExtensionContext, deps: { client: VigilClient; state: ScanState }): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('vigil.enable', () => setEnabled(true)),
    vscode.commands.registerCommand('vigil.disable', () => setEnabled(false)),
    vscode.commands.registerCommand('vigil.clearFindings', async () => {
      await (await deps.client.get()).sendRequest(Methods.clearFindings);
      deps.state.setReport(undefined);
    }),
  );
}
