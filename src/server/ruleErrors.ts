// Broken rule packs must not fail silently in the editor: each new rule or config error is logged
// to the server's output, and the user gets one warning per batch (the CLI prints the same errors).
import { MessageType, type Connection } from 'vscode-languageserver';
import type { Engine, RuleLoadError } from '../engine';

export class RuleErrorReporter {
  private readonly reported = new WeakMap<Engine, Set<string>>();

  constructor(private readonly connection: Connection) {}

  /** Call after the engine loaded or compiled rules (compile errors appear per language, on first use). */
  check(engine: Engine): void {
    const seen = this.reported.get(engine) ?? new Set<string>();
    this.reported.set(engine, seen);
    const fresh = engine.ruleErrors.filter((e) => !seen.has(describe(e)));
    if (fresh.length === 0) return;
    for (const e of fresh) {
      seen.add(describe(e));
      this.connection.console.warn(`Vigil rule error: ${describe(e)}`);
    }
    const more = fresh.length > 1 ? ` (and ${fresh.length - 1} more; see the Vigil output)` : '';
    void this.connection.sendNotification('window/showMessage', { type: MessageType.Warning, message: `Vigil: ${describe(fresh[0])}${more}. The other rules still run.` });
  }
}

function describe(e: RuleLoadError): string {
  const where = e.line ? `${e.file}:${e.line}${e.column ? `:${e.column}` : ''}` : e.file;
  return `${where}: ${e.ruleId ? `rule ${e.ruleId}: ` : ''}${e.message}`;
}
