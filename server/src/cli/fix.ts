// `jixiao check --fix`: apply the safe fixes, re-check, repeat until nothing more applies.
import { lstatSync } from 'node:fs';
import { applyEdits, checkText, compatibleFixes, type CheckOptions, type Finding } from '../engine/index.js';
import { writeAtomic } from './write.js';

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

/** Writes the fixed text unless nothing changed or the path is a symbolic link. */
export function writeFixed(path: string, original: string, fixed: string, bom: boolean): 'written' | 'unchanged' | 'link' {
  if (fixed === original) return 'unchanged';
  if (lstatSync(path).isSymbolicLink()) return 'link';
  writeAtomic(path, fixed, bom);
  return 'written';
}
