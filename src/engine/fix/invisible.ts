// Zero-width and bidirectional control characters can make code read differently to a human,
// a model and a compiler (Trojan Source, CVE-2021-42574). They are stripped from everything
// sent to the model, reported to the user, and refused in anything the model sends back.

// U+200B–U+200F zero-width and LRM/RLM, U+202A–U+202E embeddings/overrides, U+2060–U+2064
// word joiner and invisible operators, U+2066–U+2069 isolates, U+061C ALM, U+FEFF BOM/ZWNBSP.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u061C\uFEFF]/g;

export interface InvisibleReport {
  count: number;
  /** Code points found, e.g. ["U+202E"], each listed once. */
  codePoints: string[];
}

export function findInvisible(text: string): InvisibleReport {
  const found = text.match(INVISIBLE) ?? [];
  const codePoints = [...new Set(found.map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`))];
  return { count: found.length, codePoints };
}

export function stripInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}
