// Two clause marks typed one after the other (维修养护,,覆盖服务人口, 旌德 2021; 3000 平米;,编撰, 南昌 2022):
// a slip no report means. A mark doubled (or a full-width one typed more times, ，，，) is fixed by keeping
// one; two different marks (;, ,:) ask which one was meant. A longer run of half-width or mixed marks is a
// converted table's empty cells (,,,,), not a slip, and is left alone; so is the ASCII full stop, which is a
// decimal point or an abbreviation's.
import type { Glued } from './glued-digits.js';
import { execAll } from '../../text/exec-all.js';

/** A run of clause marks, full- and half-width (one character class: linear, nothing to backtrack). */
const RUN = /[，,、；;：:。]{2,}/g;
/** The full-width marks, which no table conversion writes in runs. */
const FULL_WIDTH = new Set([...'，、；：。']);

/** Each pair of clause marks in the line (and each run of one full-width mark), left to right. */
export function doubledPunctuation(text: string): Glued[] {
  let out: Glued[] | undefined;
  for (const m of execAll(RUN, text)) {
    const run = m[0];
    const first = run.charAt(0);
    const same = [...run].every((c) => c === first);
    if (run.length > 2 && !(same && FULL_WIDTH.has(first))) continue;
    (out ??= []).push({
      start: m.index,
      end: m.index + run.length,
      ...(same ? { right: first } : {}),
      message: same
        ? { zh: `标点「${run}」重复：只留一个`, en: `The mark “${first}” is typed ${run.length} times (“${run}”): keep one` }
        : {
            zh: `两个标点「${run}」连在一起：请保留该用的一个`,
            en: `Two marks typed together (“${run}”): keep the one that is meant`,
          },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
