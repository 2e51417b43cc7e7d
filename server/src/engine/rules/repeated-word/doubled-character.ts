// One character of a word typed twice, between two words (组织织开展, 淮南教体 2019; 优待金金发放, 临河退役军人 2023): a
// single character doubled is as often two words meeting (资金金马镇, 局局长, 立项项目) or a reduplication (层层落实), so
// it is read only where a listed word ends on the first copy and another listed word starts right after the second
// (data/repeated-word.json `words`: 组织 + 织 + 开展, 优待金 + 金 + 发放). 资金金额 (资金 + 金额) leaves 额 after the
// copies, no word of the list; and where the second copy starts a listed word (项目目标准确: 项目 + 目标 + 标准), the
// copies are two words meeting. The other side too: a listed word (or a mark) ends right before the first copy and
// another starts on the second (匹配农农村, 乌海 2023: 匹配 + 农 + 农村; 、制制度化, 岳阳楼人大 2016).
import words from '../data/repeated-word.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';
import { charTable } from '../../text/char-table.js';
import type { Repeat } from './repeat.js';

const WORDS = new Set([...words.words, ...words.againWords]);
const LENGTHS = [...new Set([...WORDS].map((w) => w.length))];
/** The listed words' first and last characters: where neither stands, no word is cut out to be looked up. */
const FIRST = charTable([...WORDS].map((w) => w[0]).join(''));
const LAST = charTable([...WORDS].map((w) => w.at(-1)).join(''));

/** A listed word ends at `end` (exclusive), by any of the listed lengths. */
function wordEnds(text: string, end: number): boolean {
  if (end < 1 || LAST[text.charCodeAt(end - 1)] !== 1) return false;
  for (const n of LENGTHS) if (end >= n && WORDS.has(text.slice(end - n, end))) return true;
  return false;
}

/** A listed word starts at `at`: what `text.slice(at, at + n)` holds for any listed length (cut short at the text's end). */
function wordStarts(text: string, at: number): boolean {
  if (at >= text.length || FIRST[text.charCodeAt(at)] !== 1) return false;
  for (const n of LENGTHS) if (WORDS.has(text.slice(at, at + n))) return true;
  return false;
}

/** A Chinese character twice in a row: the line's test before its loop (most lines hold none). */
const TWICE = /([\u4e00-\u9fa5])\1/;

/** Each character written twice with a listed word ending on its first copy and one starting after its second. */
export function doubledCharacters(text: string): Repeat[] {
  if (!TWICE.test(text)) return NONE;
  let out: Repeat[] | undefined;
  for (let i = 1; i + 2 < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== text.charCodeAt(i + 1) || !isHanCode(c) || reduplicated(text, i)) continue;
    const ends = wordEnds(text, i + 1);
    const starts = wordStarts(text, i + 2);
    if (ends && starts && !WORDS.has(text.slice(i + 1, i + 3))) (out ??= []).push({ at: i, length: 1, copies: 2 });
    else if (!ends && startsAgain(text, i)) (out ??= []).push({ at: i, length: 1, copies: 2 });
  }
  return out ?? NONE;
}

/**
 * Either half of a word reduplicated AABB (扎扎实实, 认认真真, 方方面面: 怀化特教 2022's ①…,扎扎实实地提高…): the pair
 * right after or right before the doubled character is doubled too, a word's form and no slip.
 */
function reduplicated(text: string, i: number): boolean {
  const next = text.charCodeAt(i + 2);
  if (next === text.charCodeAt(i + 3) && isHanCode(next)) return true;
  const before = text.charCodeAt(i - 1);
  return i >= 2 && before === text.charCodeAt(i - 2) && isHanCode(before);
}

/**
 * The other side (匹配农农村: 匹配 + 农 + 农村; 、制制度化: a mark, then 制 + 制度化): a listed word starts on the second copy,
 * and a listed word or a clause mark ends right before the first, which no listed word ends on (项目目标: 项目 ends on 目).
 */
function startsAgain(text: string, i: number): boolean {
  if (!wordStarts(text, i + 1)) return false;
  return i === 0 || BOUNDARY.has(text.charCodeAt(i - 1)) || wordEnds(text, i);
}

/** Marks after which a word starts: a list's 、, a clause's, an opening quote. */
const BOUNDARY = new Set([...'、，,；;：:“（('].map((c) => c.charCodeAt(0)));

const NONE: Repeat[] = [];
