// Deciding whether a file's content is worth parsing: binary, invalid UTF-8 and minified files
// are skipped with a reason, because scanning them produces noise or nothing.
import type { SkipReason } from '../model';

const utf8 = new TextDecoder('utf-8', { fatal: true });

export type ContentVerdict = { text: string } | { reason: SkipReason; detail: string };

export function decodeSource(bytes: Uint8Array, path: string): ContentVerdict {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { reason: 'binary', detail: 'contains NUL bytes' };
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { reason: 'invalid-utf8', detail: 'not valid UTF-8' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (looksMinified(text, path)) return { reason: 'minified', detail: 'minified or generated code' };
  return { text };
}

/** `.min.` in the name, or long lines on average: generated code, not what a developer edits. */
export function looksMinified(text: string, path: string): boolean {
  if (/\.min\.[a-z]+$/i.test(path)) return true;
  if (text.length < 2000) return false;
  const lines = text.split('\n', 200);
  const sample = lines.reduce((n, l) => n + l.length, 0);
  return sample / lines.length > 300 || lines.some((l) => l.length > 20000);
}
