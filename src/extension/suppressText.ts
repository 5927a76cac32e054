// The suppression comment Vigil inserts: `<comment> vigil-ignore: <rule-id> -- <reason>` on its
// own line above the finding, indented like it. No 'vscode' import (tested in Node).
import type { SuppressArgs } from '../server/protocol';

/** A reason must fit on one line and must not close the comment early. */
export function cleanReason(reason: string, commentEnd: string): string {
  let r = reason.replace(/[\r\n]+/g, ' ').trim();
  const closer = commentEnd.trim();
  if (closer) r = r.split(closer).join('');
  return r;
}

export function validateReason(reason: string): string | undefined {
  if (reason.trim().length < 3) return 'Say why this finding is safe to ignore (it is kept in reports).';
  return undefined;
}

/** The full line to insert (with its newline) above `lineText`. */
export function suppressionLine(lineText: string, args: Pick<SuppressArgs, 'ruleId' | 'commentStart' | 'commentEnd'>, reason: string): string {
  const indent = /^[ \t]*/.exec(lineText)![0];
  return `${indent}${args.commentStart} vigil-ignore: ${args.ruleId} -- ${cleanReason(reason, args.commentEnd)}${args.commentEnd}\n`;
}
