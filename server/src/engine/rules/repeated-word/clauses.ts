// A clause, or a run of clauses, pasted again right after itself (及时拨付项目资金,履行项目资金保障; three times
// in a row, 临河退役军人 2023): what words of two to ten characters do not catch, since the copy holds a mark.
// Clauses are cut at the clause marks (，,；;。！？!?); a run of one to four of them written again right after
// itself, with at least six Chinese characters, is a repeat. Written twice, a clause that holds a figure can be
// two items of a list with the same name and amount (向阳乡足马小学教学楼43.16万元 twice in a list of 54
// projects, 泸西 2020) and is left alone; three times it is a slip.
import { charTable } from '../../text/char-table.js';
import { isHanCode } from '../../text/han.js';
import type { Repeat } from './repeat.js';

/** By char code: the loop reads every character of every line. */
const MARKS = charTable('，,；;。！？!?');
/** Chinese characters a repeated run holds at least: 是,是 and 满意,满意 are a form's cells. */
const SHORTEST = 6;
/** Clauses in the run written again. */
const LONGEST = 4;

interface Clause {
  start: number;
  /** Where its text ends (its mark, or the line's end). */
  textEnd: number;
}

/** The clauses of a line as offsets: no string is cut, so a megabyte of prose allocates no copy of itself. */
function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && MARKS[text.charCodeAt(i)] !== 1) continue;
    out.push({ start, textEnd: i });
    start = i + 1;
  }
  return out;
}

function hanCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isHanCode(text.charCodeAt(i))) n++;
  return n;
}

/** Whether the text of clause `a` ends with that of clause `b` (equal when `whole`). */
function endsWith(text: string, a: Clause, b: Clause, whole: boolean): boolean {
  const la = a.textEnd - a.start;
  const lb = b.textEnd - b.start;
  if (whole ? la !== lb : la < lb) return false;
  for (let k = 1; k <= lb; k++) if (text.charCodeAt(a.textEnd - k) !== text.charCodeAt(b.textEnd - k)) return false;
  return true;
}

const sameRun = (text: string, cs: Clause[], a: number, b: number, k: number): boolean => {
  for (let x = 0; x < k; x++) if (!endsWith(text, cs[a + x] as Clause, cs[b + x] as Clause, true)) return false;
  return true;
};

/**
 * Whether clauses k clauses apart are written again: the first copy may end a longer clause (我局加强资金监管，加强资金监管：
 * the copy starts after 我局).
 */
const copied = (text: string, cs: Clause[], j: number, k: number): boolean =>
  endsWith(text, cs[j] as Clause, cs[j + k] as Clause, false) && sameRun(text, cs, j + 1, j + k + 1, k - 1);

/** The clause runs written again right after themselves, left to right. */
export function clauseRepeats(text: string): Repeat[] {
  if (text.length < 2 * SHORTEST) return NONE;
  const cs = clausesOf(text);
  let out: Repeat[] | undefined;
  for (let j = 0; j < cs.length; j++) {
    for (let k = 1; k <= LONGEST && j + 2 * k <= cs.length; k++) {
      if (!copied(text, cs, j, k)) continue;
      const second = cs[j + k] as Clause;
      const lastOfFirst = cs[j + k - 1] as Clause;
      const at = (cs[j] as Clause).textEnd - (second.textEnd - second.start);
      if (hanCount(text, at, lastOfFirst.textEnd) < SHORTEST) continue;
      const word = text.slice(at, lastOfFirst.textEnd);
      let copies = 2;
      while (j + (copies + 1) * k <= cs.length && sameRun(text, cs, j + k, j + copies * k, k)) copies++;
      if (copies === 2 && /[0-9]/.test(word)) continue;
      const lastEnd = (cs[j + copies * k - 1] as Clause).textEnd;
      // the last copy keeps its own mark (the 。 ending the sentence); the copies after the first are cut
      (out ??= []).push({
        at,
        length: second.start - at,
        copies,
        end: Math.min(lastEnd + 1, text.length),
        cut: [lastOfFirst.textEnd, lastEnd],
        word,
      });
      j += copies * k - 1;
      break;
    }
  }
  return out ?? NONE;
}

const NONE: Repeat[] = [];
