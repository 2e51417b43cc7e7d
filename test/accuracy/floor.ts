// The accuracy floor: figures on the field corpus that a change may not fall below. It only rises
// (`npm run accuracy -- --write-floor` raises each figure to today's and never lowers one).
import { readFileSync } from 'node:fs';
import { ratio, type SplitScore } from './score.js';

export const FLOOR_FILE = new URL('./floor.json', import.meta.url);

export interface SplitFloor {
  recognised: number;
  recall: number;
  precision: number;
  /** The most findings on facts annotated as holding. */
  holdViolations: number;
  wronglyRecognised: number;
}

export type Split = 'tune' | 'measure' | 'madeUp';
export type Floor = Record<Split, SplitFloor>;

export function readFloor(): Floor {
  return JSON.parse(readFileSync(FLOOR_FILE, 'utf8')) as Floor;
}

/** Today's figures, rounded down to three decimals so a rerun on the same code meets them exactly. */
export function figures(s: SplitScore): SplitFloor {
  const down = (x: number): number => Math.floor(x * 1000) / 1000;
  return {
    recognised: down(ratio(s.recognised, s.reports)),
    recall: down(ratio(s.found, s.defects)),
    precision: down(ratio(s.matchedFindings, s.findings)),
    holdViolations: s.holdViolations,
    wronglyRecognised: s.wronglyRecognised,
  };
}

export function raiseFloor(old: Floor, scores: Record<Split, SplitScore>): Floor {
  const up = (split: Split): SplitFloor => {
    const now = figures(scores[split]);
    const was = old[split];
    return {
      recognised: Math.max(was.recognised, now.recognised),
      recall: Math.max(was.recall, now.recall),
      precision: Math.max(was.precision, now.precision),
      holdViolations: Math.min(was.holdViolations, now.holdViolations),
      wronglyRecognised: Math.min(was.wronglyRecognised, now.wronglyRecognised),
    };
  };
  return { tune: up('tune'), measure: up('measure'), madeUp: up('madeUp') };
}
