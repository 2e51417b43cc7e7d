// Finding a place among items sorted by start (a report's lines, a sentence's amounts) by bisection: rules that walk
// from a heading to the lines after it, or from a rate to the amounts before it, start there without a pass over all.

/** The index of `line` in `lines` (sorted by start), or -1. */
export function indexOfLine(lines: readonly { start: number }[], line: { start: number }): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = (lines[mid] as { start: number }).start;
    if (s === line.start) return mid;
    if (s < line.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** How many of `items` (sorted by start) start before `offset`. */
export function countStartingBefore(items: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
