// Stable identities for findings. Line numbers are deliberately left out so that a finding keeps
// its fingerprint when code above it moves: baselines and AI-fix verification rely on this.
import { createHash } from 'node:crypto';
import type { Finding } from '../model';

export function normaliseSnippet(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Assigns `fingerprint` to each finding: hash of rule, normalised text, scope and occurrence index. */
export function assignFingerprints(findings: Finding[], matchedText: (f: Finding) => string): void {
  const seen = new Map<string, number>();
  for (const f of findings) {
    const base = `${f.ruleId}\u0000${normaliseSnippet(matchedText(f))}\u0000${f.scope}`;
    const occurrence = seen.get(base) ?? 0;
    seen.set(base, occurrence + 1);
    f.fingerprint = createHash('sha256').update(`${base}\u0000${occurrence}`).digest('hex').slice(0, 32);
  }
}
