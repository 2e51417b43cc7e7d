// Finding a line object among a report's lines (sorted by start) by bisection: rules that walk from a
// heading to the lines after it start there without a pass over every line.

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
