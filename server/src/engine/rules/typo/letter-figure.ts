// A percentage whose digits an OCR or a PDF's font read as the letters they look like: I or l for 1, O for 0
// (完成全年预算数的IO0%, 大足电子政务 2020). Read only before a per-cent sign, in a run of digits and those letters with no
// other letter or digit before it, holding at least one of each, that reads as a figure once the letters are taken
// for digits: a run that would start with a spare 0 (O76%107.6, 西部科学城融媒体 2021: a lost cell's O before 76%) or
// a word in Latin letters is left alone.

import type { Glued } from './glued-digits.js';
import { eq, zq } from '../format.js';
import { execAll } from '../../text/exec-all.js';

/** Digits and their look-alike letters, then a per-cent sign; no letter, digit or point before (one try per run). */
const RUN = /(?<![A-Za-z0-9.])[0-9IlO]+(?:\.[0-9IlO]+)?(?=[%％])/g;
/** One figure: no leading zero unless it is 0 or 0.x. */
const FIGURE = /^(?:0|[1-9][0-9]*)(?:\.[0-9]+)?$/;
const DIGIT_OF: Readonly<Record<string, string>> = { I: '1', l: '1', O: '0' };

/** Each percentage in the line with a letter for a digit, left to right. */
export function letterFigures(text: string): Glued[] {
  if (!text.includes('%') && !text.includes('％')) return NONE;
  let out: Glued[] | undefined;
  for (const m of execAll(RUN, text)) {
    const written = m[0];
    if (!/[0-9]/.test(written) || !/[IlO]/.test(written)) continue;
    const right = written.replace(/[IlO]/g, (c) => DIGIT_OF[c] as string);
    if (!FIGURE.test(right)) continue;
    const start = m.index;
    (out ??= []).push({
      start,
      end: start + written.length,
      right,
      message: {
        zh: `${zq(`${written}%`)}中混入了字母：应为${zq(`${right}%`)}（I、l 是 1，O 是 0）`,
        en: `${eq(`${written}%`)} has letters among its digits: write ${eq(`${right}%`)} (I and l for 1, O for 0)`,
      },
    });
  }
  return out ?? NONE;
}

const NONE: Glued[] = [];
