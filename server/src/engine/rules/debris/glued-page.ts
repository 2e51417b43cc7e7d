// A PDF's page number in the style of a 公文's footer (- 15 -, GB/T 9704) that extraction glued between the last words of
// one page and the first of the next: 上报时间:2018年6月30日-15-项目绩效目标表 (文昌林业 2017, a sharing site's text of
// the PDF). On a line of its own the number is page furniture (model/furniture.json, kind `page`); inside a line only
// Chinese on both sides makes it one: a range (15-30天) or a code (S100031-财政…) has a digit or a letter beside its dash.
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

const DASH = '[-—–－]';
const GLUED = new RegExp(`(?<=[\\u4e00-\\u9fa5])${DASH} ?[0-9]{1,3} ?${DASH}(?=[\\u4e00-\\u9fa5])`, 'g');

/** The cheap test: a dash before a digit, which most lines lack. */
const DASH_DIGIT = new RegExp(`${DASH} ?[0-9]`);
const NONE: [number, number][] = [];

/** The page numbers glued into a line's text: [start, end) of each. */
export function gluedPages(text: string): [number, number][] {
  if (!DASH_DIGIT.test(text)) return NONE;
  const out: [number, number][] = [];
  for (const m of text.matchAll(GLUED)) out.push([m.index, m.index + m[0].length]);
  return out;
}

export function gluedPageFinding(line: Pick<TextLine, 'start' | 'text'>, [s, e]: [number, number]): RuleFinding {
  const page = line.text.slice(s, e);
  const span = { start: line.start + s, end: line.start + e };
  return {
    span,
    message: {
      zh: `PDF 的页码“${page}”随提取混进了文字中间（上一页末尾与下一页开头之间），不属于报告内容：请删去`,
      en: `A PDF's page number “${page}” extraction glued into the text (between one page's end and the next page's start): delete it`,
    },
    fix: { title: { zh: `删去页码“${page}”`, en: `Delete the page number “${page}”` }, edits: [{ ...span, newText: '' }], safe: false },
  };
}
