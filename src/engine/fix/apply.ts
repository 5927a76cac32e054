// Anchored edits → concrete changes. An anchor must match exactly once: in the whole file, or,
// when the same text also occurs elsewhere, exactly once inside the editable function.
import type { AnchoredEdit, GateCheck } from './types';
import type { FixScope } from './scope';

/** A replacement of original[start, end) by newText. */
export interface Change {
  start: number;
  end: number;
  newText: string;
}

function occurrences(haystack: string, needle: string, from = 0, to = haystack.length): number[] {
  const found: number[] = [];
  for (let i = haystack.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

export function locateEdits(text: string, edits: AnchoredEdit[], scope: FixScope): { changes: Change[]; check: GateCheck } {
  const problems: string[] = [];
  const notes: string[] = [];
  const changes: Change[] = [];
  edits.forEach((e, i) => {
    const label = `edit ${i + 1}`;
    if (!e.old_text) { problems.push(`${label}: empty anchor`); return; }
    const inFile = occurrences(text, e.old_text);
    let at: number | undefined;
    if (inFile.length === 1) at = inFile[0];
    else if (inFile.length > 1) {
      const inScope = occurrences(text, e.old_text, scope.startIndex, scope.endIndex);
      if (inScope.length === 1) { at = inScope[0]; notes.push(`${label}: anchor occurs ${inFile.length}× in the file, once in the function`); }
      else problems.push(`${label}: anchor ${JSON.stringify(clip(e.old_text))} occurs ${inFile.length}× (${inScope.length}× in the function); it must be unique`);
    } else problems.push(`${label}: anchor ${JSON.stringify(clip(e.old_text))} not found in the file`);
    if (at !== undefined) changes.push({ start: at, end: at + e.old_text.length, newText: e.new_text });
  });
  changes.sort((a, b) => a.start - b.start);
  for (let i = 1; i < changes.length; i++) {
    if (changes[i].start < changes[i - 1].end) problems.push('two edits overlap');
  }
  const check: GateCheck = {
    id: 'anchors',
    title: 'Every edit anchor matches the original exactly once',
    status: problems.length ? 'fail' : 'pass',
    evidence: problems.length ? problems.join('; ') : `${edits.length} anchor(s) matched exactly once${notes.length ? ` (${notes.join('; ')})` : ''}`,
  };
  return { changes: problems.length ? [] : changes, check };
}

export function applyChanges(text: string, changes: Change[]): string {
  let out = '';
  let at = 0;
  for (const c of [...changes].sort((a, b) => a.start - b.start)) {
    out += text.slice(at, c.start) + c.newText;
    at = c.end;
  }
  return out + text.slice(at);
}

/** Where an offset of the original lands in the changed text (offsets inside a change map to its start). */
export function mapOffset(changes: Change[], offset: number): number {
  let delta = 0;
  for (const c of changes) {
    if (c.end <= offset) delta += c.newText.length - (c.end - c.start);
    else if (c.start < offset) return c.start + delta + c.newText.length;
  }
  return offset + delta;
}

function clip(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}
