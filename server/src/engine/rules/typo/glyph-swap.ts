// A character a PDF's font maps to the wrong code point when the text is extracted: the page shows 指, the text holds
// 挃 (评价挃标 挃标分值), or 戒 for 或 (项目初步设计戒实施方案, 临沂国土 2018). The fault is the font's, not the drafter's
// hand, so no list of misspelt words can foresee where it strikes: it strikes every character of the family the text
// uses. The family is data (data/typo.json `glyphSwaps`): characters no budget paper writes (挃, 迚, 幵, 呾), each wrong
// wherever it stands, and 戒, right in its own words (戒毒, 警戒: `rightIn`) and 或 elsewhere.
import list from '../data/typo.json' with { type: 'json' };
import type { Glued } from './glued-digits.js';
import { anyCharOf, charTable } from '../../text/char-table.js';
import { isHanCode } from '../../text/han.js';
import { eq, zq } from '../format.js';

interface Swap {
  right: string;
  /** The words in which the character is itself, and where it stands in each. */
  rightIn: readonly { word: string; at: number }[];
}

const SWAPS = new Map<string, Swap>();
for (const e of list.glyphSwaps) {
  const words: readonly string[] = ('rightIn' in e ? e.rightIn : undefined) ?? [];
  SWAPS.set(e.wrong, {
    right: e.right,
    rightIn: words.flatMap((word) => [...word].flatMap((c, at) => (c === e.wrong ? [{ word, at }] : []))),
  });
}
/**
 * The family's characters that are words of their own (戒, in its rightIn words) by the character they stand for. A font
 * that maps 或 to 戒 maps every 或 of the text: a report that writes 或 anywhere has no such font, and its 戒 is the
 * word's own (强戒所, 社戒社康, 解戒人员 in a 戒毒 report: made up, session 22 round 2). The caller drops those.
 */
export const AMBIGUOUS_SWAPS: ReadonlyMap<string, string> = new Map(
  list.glyphSwaps.flatMap((e) => ('rightIn' in e && (e.rightIn?.length ?? 0) > 0 ? [[e.wrong, e.right] as const] : [])),
);

/** The family by char code: every other character costs one array read. */
const SWAPPED = charTable([...SWAPS.keys()].join(''));
/** Any of the family: most lines hold none, and are passed by one native test. */
const ANY_SWAPPED = anyCharOf([...SWAPS.keys()].join(''));
/** How many Chinese characters either side the message quotes, so the reader finds the place (评价挃标). */
const QUOTED = 4;

/** Each character of the family in the line that is not inside one of its own words, left to right. */
export function glyphSwaps(text: string): Glued[] {
  if (!ANY_SWAPPED.test(text)) return NONE;
  let out: Glued[] | undefined;
  for (let i = 0; i < text.length; i++) {
    if (SWAPPED[text.charCodeAt(i)] !== 1) continue;
    const wrong = text[i] as string;
    const swap = SWAPS.get(wrong);
    if (!swap || swap.rightIn.some((w) => i >= w.at && text.startsWith(w.word, i - w.at))) continue;
    const quoted = quote(text, i);
    (out ??= []).push({
      start: i,
      end: i + 1,
      right: swap.right,
      message: {
        zh: `${zq(quoted)}中的${zq(wrong)}应为${zq(swap.right)}：PDF 转换时字形对应错了，全文同一字形请一并核对`,
        en:
          `${eq(wrong)} in ${eq(quoted)} should be ${eq(swap.right)}: ` +
          'a glyph mapped wrongly when the PDF was converted; check the whole text for it',
      },
    });
  }
  return out ?? NONE;
}

/** The character at `i` with up to QUOTED Chinese characters either side. */
function quote(text: string, i: number): string {
  let from = i;
  while (from > 0 && i - from < QUOTED && isHanCode(text.charCodeAt(from - 1))) from--;
  let to = i + 1;
  while (to < text.length && to - i - 1 < QUOTED && isHanCode(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}

const NONE: Glued[] = [];
