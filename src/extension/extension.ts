// Vigil for VS Code. activate() is the table of contents: one line per feature. All analysis runs
// in the language server (dist/server.js); this host shows results and asks the user.
import * as vscode from 'vscode';
import { registerAiFix } from './aiFix';
import { registerLanguageClient, VigilClient } from './client';
import { registerApiKeyCommands } from './commands/apiKey';
import { registerShowReport } from './commands/report';
import { registerShowRuleDoc } from './commands/ruleDoc';
import { registerScanWorkspace } from './commands/scanWorkspace';
import { registerSuppress } from './commands/suppress';
import { registerToggleCommands } from './commands/toggle';
import { ScanState } from './state';
import { registerFindingsTree } from './views/findingsTree';
import { registerStatusBar } from './views/statusBar';
import { registerVirtualDocs } from './views/virtualDocs';

/** What features share; the AI fix module (src/extension/aiFix) receives the same. */
export interface ExtensionDeps {
  client: VigilClient;
  state: ScanState;
  output: vscode.OutputChannel;
}

export function activate(context: vscode.ExtensionContext): ExtensionDeps {
  const output = vscode.window.createOutputChannel('Vigil');
  const state = new ScanState();
  const client = new VigilClient(context, output);
  const deps: ExtensionDeps = { client, state, output };
  context.subscriptions.push(output, state);

  registerLanguageClient(context, client);
  const docs = registerVirtualDocs(context);
  registerFindingsTree(context);
  registerStatusBar(context, deps);
  registerScanWorkspace(context, deps);
  registerShowReport(context, { ...deps, docs });
  registerShowRuleDoc(context, { ...deps, docs });
  registerSuppress(context);
  registerToggleCommands(context, deps);
  registerApiKeyCommands(context);
  registerAiFix(context); // vigil.fixWithAI, the code action's target (src/extension/aiFix)
  return deps;
}

export function deactivate(): void {
  // Subscriptions (the client included) are disposed by VS Code.
}
