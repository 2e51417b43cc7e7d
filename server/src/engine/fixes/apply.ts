// Applying text edits: sorted, non-overlapping, insertions at one offset kept in the order given.
// An edit that overlaps one already accepted is left out (its fix is not applied) rather than
// mangling text.
import type { Finding, TextEdit } from '../types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  let out = '';
  let pos = 0;
  for (const { e } of sorted) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return false; // two insertions at one point
  return a.start < b.end && b.start < a.end;
}

/** The fixes of the findings that can be applied together; a fix whose edits clash with an earlier one is skipped. */
export function compatibleFixes(findings: readonly Finding[], safeOnly: boolean): { applied: Finding[]; edits: TextEdit[] } {
  const applied: Finding[] = [];
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (!f.fix || (safeOnly && !f.fix.safe)) continue;
    if (f.fix.edits.some((e) => edits.some((x) => overlaps(e, x)))) continue;
    applied.push(f);
    edits.push(...f.fix.edits);
  }
  return { applied, edits };
}
