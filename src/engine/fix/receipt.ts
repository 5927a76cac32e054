// The receipt as plain text, for the CLI and the editor's preview.
import type { Receipt } from './types';

const MARK = { pass: 'PASS', fail: 'FAIL', skip: 'SKIP' } as const;

export function formatReceipt(receipt: Receipt): string {
  const lines = [`Verification receipt (${receipt.gateVersion}): ${receipt.accepted ? 'ACCEPTED' : 'REJECTED'}`];
  for (const c of receipt.checks) lines.push(`  [${MARK[c.status]}] ${c.title}\n         ${c.evidence}`);
  return lines.join('\n') + '\n';
}
