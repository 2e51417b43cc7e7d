// A list number that lost its opening bracket while the items after it keep theirs (组成:1)运用…;(2)组织…, 丽水文化馆
// 2018; 1)立项必要性 … (2)立项依据, 河池 2021): 1) is a list style of its own, never judged alone, but a list writes its
// numbers one way, so a k) whose next item is written (k+1) lost its (. Read on a ) no ( before it in the paragraph
// closes, right after a number of one or two digits that no digit, letter or bracket precedes.
import type { Localized } from '../../types.js';
import { eq, zq } from '../format.js';

/** How far after the ) the next item's number is looked for: one item of a list. */
const NEXT_ITEM = 400;

export interface LostOpener {
  /** The number's offset in the text. */
  start: number;
  /** The bracket the list writes: ( or （. */
  open: string;
  /** The closing bracket the list writes, when the number's own ) is of the other width (1） in a list of (2)). */
  close?: string;
  message: Localized;
}

const isDigit = (c: string): boolean => c >= '0' && c <= '9';
const isLatin = (c: string): boolean => /[A-Za-z]/.test(c);

/** The list number before the unmatched ) at `at`, when the next item of its list is written with both brackets. */
export function lostOpener(text: string, at: number, end: number): LostOpener | undefined {
  let start = at;
  while (start > 0 && at - start < 2 && isDigit(text[start - 1] ?? '')) start--;
  if (start === at) return undefined;
  const before = text[start - 1] ?? '';
  if (isDigit(before) || isLatin(before) || before === '(' || before === '（' || before === '.') return undefined;
  const k = Number(text.slice(start, at));
  const stop = Math.min(end, at + NEXT_ITEM);
  const window = text.slice(at + 1, stop);
  const half = window.indexOf(`(${k + 1})`);
  const full = window.indexOf(`（${k + 1}）`);
  if (half < 0 && full < 0) return undefined;
  const open = full < 0 || (half >= 0 && half < full) ? '(' : '（';
  // the list's own next item written k+1) as this one is (1）摸底调查；2）组织实施 then a new list （1）…（2）…): the list writes
  // its numbers with ) alone, and the (k+1) after it is another list's
  if (bareBefore(window, k + 1, open === '(' ? half : full)) return undefined;
  const shown = text.slice(start, at + 1);
  const want = `${open}${k}${open === '(' ? ')' : '）'}`;
  const next = `${open}${k + 1}${open === '(' ? ')' : '）'}`;
  const pair = open === '(' ? ')' : '）';
  return {
    start,
    open,
    ...(text[at] === pair ? {} : { close: pair }),
    message: {
      zh: `列表编号${zq(shown)}缺少左括号：其后一项写作${zq(next)}，应为${zq(want)}`,
      en: `The list number ${eq(shown)} lost its opening bracket: the next item is written ${eq(next)}, so it should be ${eq(want)}`,
    },
  };
}

/** Whether the number `n` with a ) or ） and no opening bracket or digit before it stands in `window` before `limit`. */
function bareBefore(window: string, n: number, limit: number): boolean {
  const number = String(n);
  for (let i = window.indexOf(number); i >= 0 && i < limit; i = window.indexOf(number, i + 1)) {
    const before = window[i - 1] ?? '';
    const after = window[i + number.length] ?? '';
    if ((after === ')' || after === '）') && !isDigit(before) && before !== '(' && before !== '（') return true;
  }
  return false;
}
