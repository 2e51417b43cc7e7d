// Two clause marks typed one after the other (维修养护,,覆盖服务人口, 旌德 2021; 3000 平米;,编撰, 南昌 2022):
// a slip no report means. A mark doubled is fixed by deleting the second; two different marks (;, ,:) ask
// which one was meant. A run of three or more is a converted table's empty cells, not a slip, and is left
// alone; so is the ASCII full stop, which is a decimal point or an abbreviation's.
import type { Glued } from './glued-digits.js';

/** A run of clause marks, full- and half-width (one character class: linear, nothing to backtrack). */
const RUN = /[，,、；;：:。]{2,}/g;

/** Each pair of clause marks in the line, left to right, standing alone (not in a longer run). */
export function doubledPunctuation(text: string): Glued[] {
  let out: Glued[] | undefined;
  for (const m of text.matchAll(RUN)) {
    const pair = m[0];
    if (pair.length !== 2) continue;
    const first = pair.charAt(0);
    const same = first === pair.charAt(1);
    (out ??= []).push({
      start: m.index,
      end: m.index + 2,
      ...(same ? { right: first } : {}),
      message: same
        ? { zh: `标点「${pair}」重复：删去一个`, en: `The mark “${first}” is typed twice (“${pair}”): delete one` }
        : {
            zh: `两个标点「${pair}」连在一起：请保留该用的一个`,
            en: `Two marks typed together (“${pair}”): keep the one that is meant`,
          },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
