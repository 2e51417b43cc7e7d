// Applying text edits: sorted, non-overlapping, insertions at one offset kept in the order given.
// An edit that overlaps one already accepted is left out (its fix is not applied) rather than
// mangling text. Both steps are O(n log n) in the number of edits: a report with 50,000 padded
// dates gets 50,000 fixes, and checking each against every accepted one took seconds.
import type { Finding, TextEdit } from '../types.js';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || a.i - b.i);
  const parts: string[] = [];
  let pos = 0;
  for (const { e } of sorted) {
    parts.push(text.slice(pos, e.start), e.newText);
    pos = e.end;
  }
  parts.push(text.slice(pos));
  return parts.join('');
}

/**
 * The edits accepted so far, asked "does anything accepted overlap [s, e)?". Two spans overlap when
 * a.start < b.end and b.start < a.end; two insertions at one point never do (p < p is false), nor
 * does an insertion at either end of a replaced span. So the question is whether the largest end
 * among accepted edits starting before e exceeds s: a prefix maximum over the starts (a Fenwick
 * tree over the candidate starts, sorted once). Written here rather than taken from npm: twenty
 * lines, and no interval-tree package asks less of its callers.
 */
class AcceptedEdits {
  private readonly starts: number[];
  private readonly maxEnd: Float64Array;

  constructor(candidates: readonly TextEdit[]) {
    this.starts = [...new Set(candidates.map((e) => e.start))].sort((a, b) => a - b);
    this.maxEnd = new Float64Array(this.starts.length + 1).fill(-Infinity);
  }

  /** How many candidate starts lie below `x`. */
  private below(x: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.starts[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  overlaps(e: TextEdit): boolean {
    let best = -Infinity;
    for (let i = this.below(e.end); i > 0; i -= i & -i) best = Math.max(best, this.maxEnd[i] as number);
    return best > e.start;
  }

  add(e: TextEdit): void {
    for (let i = this.below(e.start) + 1; i < this.maxEnd.length; i += i & -i) this.maxEnd[i] = Math.max(this.maxEnd[i] as number, e.end);
  }
}

/** The fixes of the findings that can be applied together; a fix whose edits clash with an earlier one is skipped. */
export function compatibleFixes(findings: readonly Finding[], safeOnly: boolean): { applied: Finding[]; edits: TextEdit[] } {
  const wanted = findings.filter((f) => f.fix && (!safeOnly || f.fix.safe));
  const accepted = new AcceptedEdits(wanted.flatMap((f) => f.fix?.edits ?? []));
  const applied: Finding[] = [];
  const edits: TextEdit[] = [];
  for (const f of wanted) {
    const fixEdits = f.fix?.edits ?? [];
    if (fixEdits.some((e) => accepted.overlaps(e))) continue;
    for (const e of fixEdits) accepted.add(e);
    applied.push(f);
    edits.push(...fixEdits);
  }
  return { applied, edits };
}
