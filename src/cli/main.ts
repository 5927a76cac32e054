// The `vigil` CLI: a thin host over the engine. Each command lives in commands/.
import { baselineCommand } from './commands/baseline';
import { lspCommand } from './commands/lsp';
import { mcpCommand } from './commands/mcp';
import { rulesCommand } from './commands/rules';
import { scanCommand } from './commands/scan';
import { fixCommand } from './commands/fix';
import { verifyFixCommand } from './commands/verify-fix';
import { UsageError, type Command, type Io } from './args';
import { VERSION } from './version';

const commands: Command[] = [scanCommand, rulesCommand, baselineCommand, mcpCommand, lspCommand, fixCommand, verifyFixCommand];

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return `Vigil ${VERSION}: security scanning with tree-sitter rules and verified fixes.

Usage: vigil <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join('\n')}

Run 'vigil <command> --help' for a command's options.
`;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') { io.out(help()); return name ? 0 : 2; }
  if (name === '--version' || name === '-v') { io.out(`${VERSION}\n`); return 0; }
  const command = commands.find((c) => c.name === name);
  if (!command) { io.err(`vigil: unknown command '${name}'\n\n${help()}`); return 2; }
  try {
    return await command.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) { io.err(`vigil ${name}: ${err.message}\n`); return 2; }
    io.err(`vigil ${name}: ${(err as Error).message}\n`);
    return 2;
  }
}

/** Runs the CLI on process.argv and sets the exit code (used by bin/vigil.js). */
export function runCli(): void {
  const io: Io = {
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    isTty: Boolean(process.stdout.isTTY) && !process.env.NO_COLOR,
    cwd: process.cwd(),
  };
  main(process.argv.slice(2), io).then((code) => { process.exitCode = code; });
}

if (require.main === module) runCli();
