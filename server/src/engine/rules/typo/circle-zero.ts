// A zero written as the circle ○ (U+25CB, a geometric shape) where the report's title or its unit's name writes the numeral
// 〇 (U+3007) in the same word (长春第一五〇中学 2020, set 30: the title's 第一五〇中学, then 长春市第一五○中学 three times):
// the two look alike in print, but only 〇 is a numeral, and a unit's name is written one way. A ○ the title does not write
// otherwise (二○二三年 in a 成文日期) is left, as dates/letter-zero.ts leaves it: it looks right in print. Only the title and
// the unit are read besides the line: typo is read chunk by chunk.
import { isHanCode } from '../../text/han.js';

/** A run of Chinese numerals with a ○ in it and the character after it (一五○中); bounded classes: linear. */
const RUN = /[一二三四五六七八九十〇○零]{0,6}○[一二三四五六七八九十〇○零]{0,6}[\u4e00-\u9fa5]/g;

export interface CircleZero {
  at: number;
  written: string;
  right: string;
}

/** Each numeral run with a ○ in `text` (a line) whose 〇 form one of `names` (the title, the unit) writes. */
export function circleZeros(text: string, names: readonly string[]): CircleZero[] {
  if (!text.includes('○') || names.length === 0) return NONE;
  let out: CircleZero[] | undefined;
  for (const m of text.matchAll(RUN)) {
    const zero = m[0].replaceAll('○', '〇');
    if (!names.some((n) => n.includes(zero))) continue;
    // quoted with a character of the word either side (第一五○中学), as the reviewer finds it
    const at = m.index > 0 && isHanCode(text.charCodeAt(m.index - 1)) ? m.index - 1 : m.index;
    const end = m.index + m[0].length;
    const written = text.slice(at, isHanCode(text.charCodeAt(end)) ? end + 1 : end);
    (out ??= []).push({ at, written, right: written.replaceAll('○', '〇') });
  }
  return out ?? NONE;
}

const NONE: CircleZero[] = [];
