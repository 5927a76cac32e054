// The verification gate: everything Vigil can check about a fix before a human sees it. Each check
// yields pass/fail/skip with evidence; together they form the receipt. A fix is offered only when
// no check failed. The gate re-parses and re-scans with the same Engine that found the problem.
import { diffLines } from 'diff';
import { Edit, Query, type Tree } from 'web-tree-sitter';
import type { Engine } from '../engine';
import type { Finding } from '../model';
import { countSyntaxErrors } from '../parse/parser';
import type { Rule } from '../rules/rule';
import { normaliseSnippet } from '../scan/fingerprint';
import { applyChanges, mapOffset, type Change } from './apply';
import { findInvisible } from './invisible';
import { isFormOf, newSuppressionMarkers, operationsIn, sinkName } from './laundering';
import { findingNode, fixScope, lineStarts, rowOf, type FixScope } from './scope';
import type { GateCheck, Receipt } from './types';

/** Bump whenever a check changes meaning (it keys the fix cache). */
export const GATE_VERSION = 'vigil-gate/1';

export interface GateLimits {
  maxEdits: number;
  maxChangedLines: number;
}

export const DEFAULT_LIMITS: GateLimits = { maxEdits: 8, maxChangedLines: 60 };

/**
 * Optional, supplied by the host (e.g. a `tsc --noEmit` run on the candidate). The engine has no
 * type checker of its own; without a hook the receipt says the check was skipped.
 */
export type TypeCheckHook = (input: { path: string; languageId: string; text: string }) => Promise<{ ok: boolean; evidence: string }>;

export interface GateInput {
  engine: Engine;
  path: string;
  languageId: string;
  original: string;
  /** The finding being fixed, as scanned in `original`. */
  finding: Finding;
  changes: Change[];
  /** Checks already made by the caller (anchors, placeholders), placed first in the receipt. */
  priorChecks?: GateCheck[];
  /** Number of model edits (the candidate path counts diff hunks instead). */
  editCount?: number;
  limits?: Partial<GateLimits>;
  typeCheck?: TypeCheckHook;
  /** Findings of `original` when the caller already has them (saves a scan). */
  originalFindings?: Finding[];
}

export interface GateResult {
  receipt: Receipt;
  fixedText: string;
}

const check = (id: string, title: string, ok: boolean, evidence: string): GateCheck => ({ id, title, status: ok ? 'pass' : 'fail', evidence });

export async function runGate(input: GateInput): Promise<GateResult> {
  const { engine, path, languageId, original, finding, changes } = input;
  const limits = { ...DEFAULT_LIMITS, ...input.limits };
  const checks: GateCheck[] = [...(input.priorChecks ?? [])];
  const fixedText = applyChanges(original, changes);
  const rule = engine.rules.rules.find((r) => r.id === finding.ruleId);

  const originalTree = await engine.parse(languageId, original);
  // Incremental re-parse: the edited copy of the original tree lets tree-sitter reuse every
  // unchanged subtree (the result is the same tree a full parse would give).
  const edited = editedCopy(originalTree, original, changes);
  const fixedTree = await engine.parse(languageId, fixedText, edited);
  edited.delete();
  try {
    const scope = fixScope(originalTree, original, finding);
    const starts = lineStarts(original);

    // Invisible characters the model added (Trojan Source).
    const addedInvisible = findInvisible(changes.map((c) => c.newText).join(''));
    checks.push(check('invisible', 'No invisible or bidi control characters added', addedInvisible.count === 0,
      addedInvisible.count ? `the fix adds ${addedInvisible.count} (${addedInvisible.codePoints.join(', ')})` : 'none added'));

    // (g) size.
    const changedLines = diffLines(original, fixedText).filter((p) => p.added || p.removed).reduce((n, p) => n + (p.count ?? 0), 0);
    const editCount = input.editCount ?? changes.length;
    checks.push(check('size', 'Change is small', editCount <= limits.maxEdits && changedLines <= limits.maxChangedLines,
      `${editCount} edit(s) (limit ${limits.maxEdits}), ${changedLines} changed line(s) (limit ${limits.maxChangedLines})`));

    // (f) confinement.
    checks.push(confinementCheck(changes, scope, starts));

    // (b) syntax.
    const before = countSyntaxErrors(originalTree);
    const after = countSyntaxErrors(fixedTree);
    checks.push(check('syntax', 'Still parses (no new ERROR/MISSING nodes)', after <= before, `${before} syntax error node(s) before, ${after} after`));

    // (c) + (d) re-scan.
    const oldFindings = input.originalFindings ?? await engine.scanTree(path, languageId, original, originalTree);
    const newFindings = await engine.scanTree(path, languageId, fixedText, fixedTree);
    const fnStart = mapOffset(changes, scope.startIndex);
    const fnEnd = mapOffset(changes, scope.endIndex);
    const sameFingerprint = newFindings.filter((f) => f.fingerprint === finding.fingerprint);
    const sameKindInScope = newFindings.filter((f) => (f.ruleId === finding.ruleId || f.cwe === finding.cwe) && f.startIndex >= fnStart && f.startIndex < fnEnd);
    const remaining = [...new Set([...sameFingerprint, ...sameKindInScope])];
    checks.push(check('finding-gone', `The finding is gone, and no ${finding.ruleId} / ${finding.cwe} finding remains in the ${scope.kind === 'function' ? 'function' : 'region'}`,
      remaining.length === 0,
      remaining.length ? remaining.map((f) => `still found: ${f.ruleId} at line ${f.range.start.line + 1}: ${clip(f.snippet)}${f.suppressed ? ' (suppressed, which does not count as fixed)' : ''}`).join('; ')
        : `re-scan: fingerprint ${finding.fingerprint.slice(0, 8)} absent, 0 ${finding.ruleId}/${finding.cwe} findings in scope`));

    const key = (f: Finding) => `${f.ruleId}\u0000${normaliseSnippet(f.snippet)}`;
    const budget = new Map<string, number>();
    for (const f of oldFindings) budget.set(key(f), (budget.get(key(f)) ?? 0) + 1);
    const introduced: Finding[] = [];
    for (const f of newFindings) {
      const n = budget.get(key(f)) ?? 0;
      if (n > 0) budget.set(key(f), n - 1);
      else if (!remaining.includes(f)) introduced.push(f);
    }
    checks.push(check('no-new-findings', 'No new finding anywhere in the file', introduced.length === 0,
      introduced.length ? introduced.map((f) => `new: ${f.ruleId} (${f.cwe}) at line ${f.range.start.line + 1}: ${clip(f.snippet)}`).join('; ')
        : `${oldFindings.length} finding(s) before, ${newFindings.length} after, none new (compared by rule and normalised code)`));

    // (e) laundering.
    const markers = newSuppressionMarkers(original, fixedText);
    checks.push(check('no-suppression', 'No suppression comment or annotation added', markers.length === 0,
      markers.length ? `adds ${markers.join(', ')}` : 'no new suppression markers'));
    checks.push(await sinkCheck(engine, languageId, rule, findingNode(originalTree, finding), fixedTree, fnStart, fnEnd));

    // (h) optional type check.
    if (input.typeCheck) {
      const r = await input.typeCheck({ path, languageId, text: fixedText });
      checks.push(check('type-check', 'Type check (host-supplied)', r.ok, r.evidence));
    } else checks.push({ id: 'type-check', title: 'Type check (host-supplied)', status: 'skip', evidence: 'no type checker configured; this check is optional' });

    return { receipt: { gateVersion: GATE_VERSION, accepted: checks.every((c) => c.status !== 'fail'), checks, changedLines }, fixedText };
  } finally {
    originalTree.delete();
    fixedTree.delete();
  }
}

export function editedCopy(tree: Tree, original: string, changes: Change[]): Tree {
  const copy = tree.copy();
  const starts = lineStarts(original);
  const pos = (i: number) => { const row = rowOf(starts, i); return { row, column: i - starts[row] }; };
  // Last change first, so that the offsets of the earlier ones still refer to unchanged text.
  for (const c of [...changes].sort((a, b) => b.start - a.start)) {
    const startPosition = pos(c.start);
    const lines = c.newText.split('\n');
    const newEndPosition = lines.length === 1
      ? { row: startPosition.row, column: startPosition.column + c.newText.length }
      : { row: startPosition.row + lines.length - 1, column: lines[lines.length - 1].length };
    copy.edit(new Edit({ startIndex: c.start, oldEndIndex: c.end, newEndIndex: c.start + c.newText.length, startPosition, oldEndPosition: pos(c.end), newEndPosition }));
  }
  return copy;
}

function confinementCheck(changes: Change[], scope: FixScope, starts: number[]): GateCheck {
  const outside: string[] = [];
  let imports = 0;
  for (const c of changes) {
    const first = rowOf(starts, c.start);
    const last = rowOf(starts, Math.max(c.start, c.end - 1));
    if (first >= scope.startRow && last <= scope.endRow) continue;
    if (scope.importRows.some(([a, b]) => first >= a && last <= b)) { imports++; continue; }
    outside.push(first === last ? `line ${first + 1}` : `lines ${first + 1}-${last + 1}`);
  }
  const where = scope.kind === 'function' ? `the enclosing function (lines ${scope.startRow + 1}-${scope.endRow + 1})` : `the region around the finding (lines ${scope.startRow + 1}-${scope.endRow + 1})`;
  return check('confined', 'Edits stay inside the enclosing function (imports excepted)', outside.length === 0,
    outside.length ? `edits outside ${where}: ${outside.join(', ')}` : `all edits inside ${where}${imports ? `, ${imports} in import lines` : ''}`);
}

async function sinkCheck(engine: Engine, languageId: string, rule: Rule | undefined, node: import('web-tree-sitter').Node, fixedTree: import('web-tree-sitter').Tree, start: number, end: number): Promise<GateCheck> {
  const title = 'The vulnerable operation is replaced, not deleted';
  const sink = sinkName(node);
  const ops = operationsIn(fixedTree, start, end);
  const kept = sink ? [...ops].filter((op) => isFormOf(op, sink)) : [];
  const post = rule?.postcondition;
  let postOk = false;
  let postEvidence = 'the rule declares no postcondition';
  if (post?.mustMatch) {
    try {
      const query = new Query(await engine.registry.load(languageId), post.mustMatch);
      try {
        postOk = query.matches(fixedTree.rootNode, { startIndex: start, endIndex: end }).length > 0;
      } finally {
        query.delete();
      }
      postEvidence = `postcondition "${post.description}" ${postOk ? 'holds' : 'does not hold'} in the fixed function`;
    } catch (err) {
      postEvidence = `the rule's postcondition query is invalid: ${(err as Error).message}`;
    }
  } else if (post) postEvidence = `postcondition "${post.description}" has no query; not checked mechanically`;
  const keptEvidence = sink ? (kept.length ? `sink '${sink}' still present as ${kept.join(', ')}` : `sink '${sink}' is no longer called or assigned in the function`) : 'could not identify the sink';
  // A rule that declares what a fix must look like is the authority: its postcondition is
  // required. Otherwise the sink must survive in some form (deleting it is the cheapest way to
  // make any alert disappear). Stricter than "sink kept OR postcondition": a sink kept but fed
  // through a variable (SQL built one line earlier) would pass that weaker form.
  const ok = post?.mustMatch ? postOk : kept.length > 0;
  return check('not-laundered', title, ok, post?.mustMatch ? `${postEvidence}; ${keptEvidence}` : `${keptEvidence}; ${postEvidence}`);
}

function clip(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 80 ? `${one.slice(0, 77)}...` : one;
}

/**
 * Changes between an original and a candidate produced elsewhere (verify-fix), as line-granular
 * replacements in original offsets.
 */
export function changesFromCandidate(original: string, candidate: string): Change[] {
  const changes: Change[] = [];
  let at = 0;
  let pending: Change | undefined;
  for (const part of diffLines(original, candidate)) {
    if (part.removed) {
      pending ??= { start: at, end: at, newText: '' };
      pending.end = at + part.value.length;
      at += part.value.length;
    } else if (part.added) {
      pending ??= { start: at, end: at, newText: '' };
      pending.newText += part.value;
    } else {
      if (pending) changes.push(pending);
      pending = undefined;
      at += part.value.length;
    }
  }
  if (pending) changes.push(pending);
  return changes;
}
