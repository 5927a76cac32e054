// Shared by `vigil fix` and `vigil verify-fix`: the engine for a file, and findings at a line.
import { Engine, type Finding } from '../../engine';
import { UsageError } from '../args';

export function engineFor(root: string, ruleDirs: string[]): Engine {
  return new Engine({ workspaceRoot: root, extraRuleDirs: ruleDirs });
}

export function languageOf(engine: Engine, file: string): string {
  const lang = engine.languageForPath(file);
  if (!lang) throw new UsageError(`${file}: no grammar for this file type`);
  return lang.id;
}

export function positiveLine(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--line must be a positive integer, got '${value}'`);
  return n;
}

export function describeFindings(findings: Finding[]): string {
  return findings.map((f) => `  line ${f.range.start.line + 1}: ${f.ruleId} ${f.message}`).join('\n');
}

export { resolveAll } from '../args';
