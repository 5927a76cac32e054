// Secrets never leave the machine. Before anything is sent, hard-coded secrets in the code become
// placeholders (`__VIGIL_SECRET_1__`); the model's edits are mapped back afterwards, and an edit
// that alters, duplicates or drops a placeholder is refused (it would corrupt or leak the secret).
import { basename } from 'node:path';

/** Files that are never sent, whatever the finding: they exist to hold secrets. */
const BLOCKED_FILE = /^(\.env(\..*)?|.*\.(pem|key|p12|pfx|jks|keystore)|id_(rsa|dsa|ecdsa|ed25519)(\..*)?|\.npmrc|\.pypirc|\.netrc|credentials(\.json)?)$/i;

export function isBlockedFile(path: string): boolean {
  return BLOCKED_FILE.test(basename(path));
}

interface SecretPattern {
  kind: string;
  re: RegExp;
  /** Capture group holding the secret when only part of the match is secret (e.g. a password in a URL). */
  group?: number;
}

// Known key formats (vendors' documented prefixes). Order matters only for overlaps: the first
// pattern to claim a span keeps it.
const PATTERNS: SecretPattern[] = [
  { kind: 'private-key', re: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z0-9 ]*PRIVATE KEY-----/g },
  { kind: 'aws-access-key-id', re: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/g },
  { kind: 'aws-secret-access-key', re: /aws_?secret_?(?:access_?)?key\W{0,6}([A-Za-z0-9/+=]{40})(?![A-Za-z0-9/+=])/gi, group: 1 },
  { kind: 'gcp-api-key', re: /\bAIza[0-9A-Za-z_\-]{35}/g },
  { kind: 'github-token', re: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})/g },
  { kind: 'slack-token', re: /\bxox[abposr]-[A-Za-z0-9-]{10,}/g },
  { kind: 'slack-webhook', re: /https:\/\/hooks\.slack\.com\/services\/[A-Za-z0-9_/]+/g },
  { kind: 'anthropic-key', re: /\bsk-ant-[A-Za-z0-9_\-]{20,}/g },
  { kind: 'stripe-key', re: /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{16,}/g },
  { kind: 'jwt', re: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g },
  // scheme://user:password@host: only the password is secret; the shape of the URL helps the fix.
  { kind: 'connection-string-password', re: /\b[a-z][a-z0-9+.\-]*:\/\/[^\s:/@'"`]*:([^\s@'"`/]+)@/gi, group: 1 },
];

// A quoted literal of 20+ characters, no spaces, drawn from a key-like alphabet.
const STRING_LITERAL = /(["'`])([A-Za-z0-9+/=_\-.~:]{20,})\1/g;

function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) h -= (n / s.length) * Math.log2(n / s.length);
  return h;
}

/** High entropy and at least three character classes: keys look like this, identifiers and paths rarely do. */
export function looksRandom(s: string): boolean {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[+/=_\-.~:]/].filter((re) => re.test(s)).length;
  return entropy(s) >= 4.0 && classes >= 3 && !/^[a-z]+(?:[._\-/:][a-z]+)+$/i.test(s);
}

export interface SecretSpan {
  start: number;
  end: number;
  kind: string;
}

/** Every secret-looking span in `text`, non-overlapping, in order. */
export function findSecrets(text: string, extraSpans: SecretSpan[] = []): SecretSpan[] {
  const spans: SecretSpan[] = [...extraSpans];
  const claim = (start: number, end: number, kind: string) => {
    if (end <= start) return;
    if (spans.some((s) => start < s.end && s.start < end)) return;
    spans.push({ start, end, kind });
  };
  for (const p of PATTERNS) {
    for (const m of text.matchAll(p.re)) {
      const whole = m.index!;
      if (p.group) {
        const inner = m[p.group];
        const at = whole + m[0].lastIndexOf(inner);
        claim(at, at + inner.length, p.kind);
      } else claim(whole, whole + m[0].length, p.kind);
    }
  }
  for (const m of text.matchAll(STRING_LITERAL)) {
    if (looksRandom(m[2])) claim(m.index! + 1, m.index! + 1 + m[2].length, 'high-entropy-string');
  }
  return spans.sort((a, b) => a.start - b.start);
}

export const PLACEHOLDER = /__VIGIL_SECRET_(\d+)__/g;

/**
 * One redaction session per fix request: the same secret always gets the same placeholder, and
 * every secret seen is remembered so the outgoing request can be checked byte for byte.
 */
export class Redactor {
  private readonly bySecret = new Map<string, string>();
  private readonly byPlaceholder = new Map<string, string>();
  readonly kinds = new Map<string, string>();

  constructor(private readonly fileText: string, private readonly spans: SecretSpan[]) {}

  static forFile(fileText: string, extraSpans: SecretSpan[] = []): Redactor {
    return new Redactor(fileText, findSecrets(fileText, extraSpans));
  }

  get count(): number {
    return this.bySecret.size;
  }

  /** Secret values replaced so far: the outgoing request must contain none of them. */
  get secrets(): string[] {
    return [...this.bySecret.keys()];
  }

  private placeholderFor(secret: string, kind: string): string {
    let p = this.bySecret.get(secret);
    if (!p) {
      p = `__VIGIL_SECRET_${this.bySecret.size + 1}__`;
      this.bySecret.set(secret, p);
      this.byPlaceholder.set(p, secret);
      this.kinds.set(p, kind);
    }
    return p;
  }

  /** The file's text between two offsets, with every secret span touching it replaced. */
  slice(start: number, end: number): string {
    let out = '';
    let at = start;
    for (const s of this.spans) {
      if (s.end <= start || s.start >= end) continue;
      const from = Math.max(s.start, start);
      const to = Math.min(s.end, end);
      out += this.fileText.slice(at, from) + this.placeholderFor(this.fileText.slice(from, to), s.kind);
      at = to;
    }
    return out + this.fileText.slice(at, end);
  }

  /** Any other string sent (messages, snippets, feedback): known secrets and detected ones. */
  text(value: string): string {
    let out = value;
    for (const [secret, p] of [...this.bySecret].sort((a, b) => b[0].length - a[0].length)) out = out.split(secret).join(p);
    const spans = findSecrets(out).filter((s) => !/^__VIGIL_SECRET_\d+__$/.test(out.slice(s.start, s.end)));
    for (const s of spans.reverse()) out = out.slice(0, s.start) + this.placeholderFor(out.slice(s.start, s.end), s.kind) + out.slice(s.end);
    return out;
  }

  /**
   * Maps an edit back to real text. Refuses placeholders that are unknown or damaged, that appear
   * in new_text more often than in old_text (a secret copied somewhere new), or that were in the
   * anchor but vanished from the replacement (unless `mayDrop`: a hard-coded-secret fix moves the
   * secret out of the code on purpose).
   */
  restore(oldText: string, newText: string, mayDrop: boolean): { oldText: string; newText: string } | { problem: string } {
    for (const side of [oldText, newText]) {
      const unknown = [...side.matchAll(PLACEHOLDER)].map((m) => m[0]).find((p) => !this.byPlaceholder.has(p));
      if (unknown) return { problem: `the edit contains an unknown secret placeholder ${unknown}` };
      const rest = side.replace(PLACEHOLDER, '');
      const damaged = rest.match(/\w*VIGIL_SECRET\w*/i);
      if (damaged) return { problem: `the edit contains an altered secret placeholder '${damaged[0]}'` };
    }
    const count = (s: string) => {
      const c = new Map<string, number>();
      for (const m of s.matchAll(PLACEHOLDER)) c.set(m[0], (c.get(m[0]) ?? 0) + 1);
      return c;
    };
    const before = count(oldText);
    const after = count(newText);
    for (const [p, n] of after) {
      if (n > (before.get(p) ?? 0)) return { problem: `the edit copies secret placeholder ${p} to a new place` };
    }
    if (!mayDrop) {
      for (const [p, n] of before) {
        if ((after.get(p) ?? 0) < n) return { problem: `the edit drops secret placeholder ${p} that its anchor contained` };
      }
    }
    const put = (s: string) => s.replace(PLACEHOLDER, (p) => this.byPlaceholder.get(p) ?? p);
    return { oldText: put(oldText), newText: put(newText) };
  }
}
