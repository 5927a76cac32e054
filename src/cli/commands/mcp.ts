// `vigil mcp`: serve the engine to AI agents over MCP (stdio).
import { resolve } from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { Engine } from '../../engine';
import { createMcpServer } from '../../mcp/server';
import { parse, type Command } from '../args';
import { VERSION } from '../version';

const usage = `Usage: vigil mcp [--root DIR] [--untrusted]

Runs an MCP server on stdin/stdout offering Vigil's tools to AI agents: vigil_scan_code,
vigil_scan_paths, vigil_list_rules, vigil_explain_rule. Files are read only inside the workspace
root (default: the current folder). --untrusted ignores the workspace's own rule packs and config.

Example client configuration:
  { "mcpServers": { "vigil": { "command": "vigil", "args": ["mcp", "--root", "/path/to/project"] } } }`;

export const mcpCommand: Command = {
  name: 'mcp',
  summary: 'serve Vigil to AI agents over the Model Context Protocol (stdio)',
  usage,
  async run(argv, io) {
    const { values } = parse(argv, { root: { type: 'string' }, untrusted: { type: 'boolean' } }, usage);
    if (values.help) { io.out(usage + '\n'); return 0; }
    const engine = new Engine({ workspaceRoot: resolve(io.cwd, values.root ?? '.'), trustWorkspace: !values.untrusted });
    const server = createMcpServer(engine, VERSION);
    const transport = new StdioServerTransport();
    await server.connect(transport);
    await new Promise<void>((done) => { transport.onclose = done; process.stdin.on('end', done); });
    engine.dispose();
    return 0;
  },
};
