// An item of a list in 、 joined to it by a comma, read by the shared form of its items rather than a sentence end (which
// comma-last.ts reads): 开远崇文小学 2021 `向学校管理科学化、办学条件标准化,教学设施现代化迈进` — items of one length ending in
// the same character, the one after the comma as long and ending alike; 岳阳楼区文化馆 2021 `完成传统文化进校园,进景区、
// 进乡村、进机关、进工地` — items of one length opening with the same character, the one before the comma alike. Two
// clauses joined by a comma are correct Chinese (`强化政治建设、思想建设,把制度建设贯穿其中`, `统计信息,统一核定、
// 管理`): the item across the comma must have the list's length exactly and its shared character at the same place, and
// may run on by no more than a closing verb (迈进). Figures are comma-last.ts's (units are read there, with a sentence
// end), and so are items ending in one shared word (工区). A clause the line does not end is left: its item may go on.
// The comma becomes 、. Part of enumeration-separator.
import type { CommaLast } from './comma-last.js';
import { charTable } from '../../text/char-table.js';
import { isHanCode } from '../../text/han.js';

/** By char code: what ends a clause (an item never runs past one). */
const CLAUSE_END = charTable('，,：:。；;！!？?（）()“”《》「」|  \t\u3000');
const COMMA = charTable('，,');
/** Items in 、 on the list's side of the comma, at least. */
const MIN_ITEMS = 2;
/** Characters of an item, at least: the shared character is part of a word (科学化), not a word of its own. */
const SHORTEST = 3;
/** Characters of an item, at most. */
const LONGEST = 12;
/** Characters after the item across the comma that close the clause (向…迈进), at most. */
const MOST_TAIL = 2;

/**
 * What every hit holds, tested natively before any loop: a Chinese character before a 、 that comes again right before a
 * comma with no separator between (…科学化、…标准化,), or after a comma and again right after a 、 (,进…、进).
 */
const GATE = /([\u4e00-\u9fff])、[^、，,：:。；;！!？?]{2,12}\1[，,]|[，,]([\u4e00-\u9fff])[^、，,：:。；;！!？?]{2,12}、\2/;

export interface ParallelComma extends CommaLast {
  /** The comma comes before the list's first item in 、 (else before its last item). */
  first?: boolean;
}

export function commaParallel(text: string): ParallelComma[] {
  // most lines hold no 、: a native search before the regex, whose backreference has no literal to skip ahead by
  if (text.indexOf('、') < 0 || !GATE.test(text)) return NONE;
  let out: ParallelComma[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (COMMA[text.charCodeAt(i)] !== 1) continue;
    let from = i - 1;
    while (from >= 0 && CLAUSE_END[text.charCodeAt(from)] !== 1) from--;
    let to = i + 1;
    while (to < text.length && CLAUSE_END[text.charCodeAt(to)] !== 1) to++;
    if (to >= text.length) break; // a clause the line does not end: its item may go on
    const left = text.slice(from + 1, i);
    const right = text.slice(i + 1, to);
    const comma = text[i] as string;
    const hit = lastAlike(left, right, i, comma) ?? firstAlike(left, right, i, comma);
    if (hit) (out ??= []).push(hit);
  }
  return out ?? NONE;
}

/** `left` a list whose items end alike, `right` one more such item (and a closing verb): the hit, or undefined. */
function lastAlike(left: string, right: string, at: number, comma: string): ParallelComma | undefined {
  if (right.includes('、') || hasDigit(right)) return undefined;
  const items = left.split('、');
  if (items.length < MIN_ITEMS || !items.every(fits)) return undefined;
  const before = items.at(-1) as string;
  const n = before.length;
  const end = before.charCodeAt(n - 1);
  if (!isHanCode(end) || !items.every((x) => x.charCodeAt(x.length - 1) === end)) return undefined;
  // items ending in one word (…工区、…工区,…工区) are comma-last.ts's, read with its guards (three items, a sentence end)
  if (items.every((x) => x.charCodeAt(x.length - 2) === before.charCodeAt(n - 2))) return undefined;
  if (right.length < n || right.length > n + MOST_TAIL || right.charCodeAt(n - 1) !== end) return undefined;
  return { at, shown: `${before}${comma}${right}` };
}

/** `right` a list whose items open alike, `left` ending in one more such item: the hit, or undefined. */
function firstAlike(left: string, right: string, at: number, comma: string): ParallelComma | undefined {
  if (left.includes('、')) return undefined;
  const items = right.split('、');
  if (items.length < MIN_ITEMS || !items.every(fits)) return undefined;
  const first = items[0] as string;
  const n = first.length;
  const open = first.charCodeAt(0);
  if (!isHanCode(open) || !items.every((x) => x.charCodeAt(0) === open)) return undefined;
  // all but the last of one length (the last may run on into the sentence: 进工地。)
  if (!items.slice(0, -1).every((x) => x.length === n) || left.length < n || left.charCodeAt(left.length - n) !== open) return undefined;
  if (hasDigit(left.slice(-n))) return undefined;
  return { at, shown: `${left.slice(-n)}${comma}${first}`, first: true };
}

const fits = (item: string): boolean => item.length >= SHORTEST && item.length <= LONGEST && !hasDigit(item);
const hasDigit = (s: string): boolean => /[0-9０-９]/.test(s);

const NONE: ParallelComma[] = [];
