// `vigil lsp --stdio`: the language server for any LSP editor (Neovim, Helix, Emacs, …). Same
// server as the VS Code extension's dist/server.js, started from the CLI.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from '../../server/server';
import { parse, UsageError, type Command } from '../args';

const usage = `Usage: vigil lsp --stdio
       vigil lsp --node-ipc

Runs the Vigil language server: diagnostics as you type, hover, quick fixes and the
vigil/scanWorkspace request. Editors start it themselves; see docs/EDITORS.md.
Settings are read from initializationOptions.settings and workspace/didChangeConfiguration
under the "vigil" key (same names as the VS Code settings, without the "vigil." prefix).`;

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'run the language server for editors (stdio)',
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { stdio: { type: 'boolean' }, 'node-ipc': { type: 'boolean' } }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    if (!values.stdio && !values['node-ipc']) throw new UsageError(`choose a transport\n\n${usage}`);
    const connection = values.stdio
      ? createConnection(ProposedFeatures.all, process.stdin, process.stdout)
      : createConnection(ProposedFeatures.all);
    startServer(connection);
    // The connection exits the process on the client's `exit` notification (or when stdin closes).
    return new Promise<number>(() => undefined);
  },
};
