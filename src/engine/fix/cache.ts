// Verified fixes are cached by what determines them: the redacted request, the rule, the model,
// the prompt version and the gate version. Entries hold the model's REDACTED edits (never the
// secrets) and are verified again on every hit, so a stale or tampered entry cannot slip through.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixProposal } from './types';

export interface CachedFix {
  proposal: FixProposal;
  model: string;
}

export function fixCacheKey(parts: { user: string; delimiter: string; ruleId: string; model: string; promptVersion: string; gateVersion: string }): string {
  // The delimiter is random per request; mask it so identical requests share a key.
  const stable = parts.user.split(parts.delimiter).join('DELIMITER');
  return createHash('sha256').update([parts.promptVersion, parts.gateVersion, parts.model, parts.ruleId, stable].join('\u0000')).digest('hex');
}

export class FixCache {
  private readonly memory = new Map<string, CachedFix>();

  /** `dir`: optional folder for a persistent cache (the host decides where, e.g. global storage). */
  constructor(private readonly dir?: string) {}

  get(key: string): CachedFix | undefined {
    const hit = this.memory.get(key);
    if (hit || !this.dir) return hit;
    const file = join(this.dir, `${key}.json`);
    if (!existsSync(file)) return undefined;
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as CachedFix;
      this.memory.set(key, entry);
      return entry;
    } catch {
      return undefined;
    }
  }

  set(key: string, entry: CachedFix): void {
    this.memory.set(key, entry);
    if (!this.dir) return;
    mkdirSync(this.dir, { recursive: true });
    writeFileSync(join(this.dir, `${key}.json`), JSON.stringify(entry) + '\n');
  }
}
