// `jixiao check --fix`: apply the safe fixes, re-check, repeat until nothing more applies; then line up
// a report's GFM tables by display width, as Format Document does in the editor (issue 15 §3). Writing the
// result is fix-write.ts's job.
import { tableAlignments } from '../engine/assist/format-tables.js';
import { applyEdits, checkText, compatibleFixes, type CheckOptions, type CheckResult, type Finding } from '../engine/index.js';

/** Enough passes for fixes that only become possible after others (a renumbering after an insertion). */
const MAX_PASSES = 5;

export interface FixOutcome {
  text: string;
  applied: Finding[];
  /** How many GFM tables were lined up. */
  tablesAligned: number;
  /** The check of `text` itself: the caller reports it rather than checking the text once more. */
  checked: CheckResult;
}

export function fixText(text: string, options: CheckOptions): FixOutcome {
  const applied: Finding[] = [];
  let current = text;
  let checked = checkText(current, options);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { applied: now, edits } = compatibleFixes(checked.findings, true);
    if (now.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied.push(...now);
    current = next;
    checked = checkText(current, options);
  }
  // after the fixes, which may change a cell (a 文号's brackets): the widths are the final text's. A file
  // that is not a report is left as it is, tables too (a README in a folder of reports).
  const tables = checked.report.isReport ? tableAlignments(current, checked.report.parsed.opaque) : [];
  if (tables.length > 0) {
    current = applyEdits(current, tables.flat());
    checked = checkText(current, options);
  }
  return { text: current, applied, tablesAligned: tables.length, checked };
}
