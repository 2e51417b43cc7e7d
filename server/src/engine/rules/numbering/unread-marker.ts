// What is left at a title's start of a top-level number the parser does not read as one: capital numerals before a
// separator or a space (叁、 贰. 拾壹 ), or a numeral with a separator that is no top-level one's (二． 二. 二， 二,). A numeral
// before 、 is a number read as one; a capital before a character of the title (拾遗) is a word. Part of heading-numbering.
import { chineseNumeral } from '../../text/normalize.js';

export const UNREAD_MARKER = /^(?:[壹贰叁肆伍陆柒捌玖拾]{1,3}[、.．，,\s\u3000]|[一二三四五六七八九十]{1,3}[.．，,])[\s\u3000]*/;

const PLAIN: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
};

/** The value of such a number (`叁、` 3, `二．` 2); NaN when `written` is none. */
export function unreadValue(written: string): number {
  const digits = /^[壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]+/.exec(written)?.[0] ?? '';
  return chineseNumeral([...digits].map((c) => PLAIN[c] ?? c).join(''));
}
