// `jixiao check --fix`: apply the safe fixes, re-check, repeat until nothing more applies. Writing the
// result is fix-write.ts's job.
import { applyEdits, checkText, compatibleFixes, type CheckOptions, type Finding } from '../engine/index.js';

/** Enough passes for fixes that only become possible after others (a renumbering after an insertion). */
const MAX_PASSES = 5;

export interface FixOutcome {
  text: string;
  applied: Finding[];
}

export function fixText(text: string, options: CheckOptions): FixOutcome {
  const applied: Finding[] = [];
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const { findings } = checkText(current, options);
    const { applied: now, edits } = compatibleFixes(findings, true);
    if (now.length === 0) break;
    const next = applyEdits(current, edits);
    if (next === current) break;
    applied.push(...now);
    current = next;
  }
  return { text: current, applied };
}
