// A Chinese character of the CJK Unified Ideographs block (U+4E00–U+9FA5), as the rules read word edges.

export const isHanCode = (c: number): boolean => c >= 0x4e00 && c <= 0x9fa5;

export const isHan = (c: string): boolean => c >= '\u4e00' && c <= '\u9fa5';

/** How many Chinese characters a text holds: a line's length as a reader weighs it (pinyin and marks count none). */
export function hanCount(text: string): number {
  let n = 0;
  for (const c of text) if (isHan(c)) n++;
  return n;
}
