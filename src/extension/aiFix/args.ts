// The argument of `vigil.fixWithAI`, exactly as the language server's code action passes it
// (the type lives in the server's protocol, which both sides import).
import type { FixWithAiArgs } from '../../server/protocol';

export type { FixWithAiArgs };

export function parseFixArgs(value: unknown): FixWithAiArgs | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v.uri !== 'string' || typeof v.fingerprint !== 'string' || typeof v.ruleId !== 'string') return undefined;
  if (typeof v.version !== 'number' || typeof v.line !== 'number') return undefined;
  return { uri: v.uri, version: v.version, fingerprint: v.fingerprint, ruleId: v.ruleId, line: v.line };
}
