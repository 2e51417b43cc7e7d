// A PDF's page number in the style of a 公文's footer (- 15 -, GB/T 9704) that extraction glued between the last words of
// one page and the first of the next: 上报时间:2018年6月30日-15-项目绩效目标表 (文昌林业 2017, a sharing site's text of
// the PDF). On a line of its own the number is page furniture (model/furniture.json, kind `page`); inside a line only
// Chinese on both sides makes it one: a range (15-30天) or a code (S100031-财政…) has a digit or a letter beside its dash.
// A page counter (第 3 页 共 8 页) glued into a sentence is one too (session 22 red team): a report cites a page of a document
// (第3页), never its count right after it, and the page is not past the count.
import type { TextLine } from '../../parse/blocks.js';
import type { RuleFinding } from '../rule.js';

const DASH = '[-—–－]';
const GLUED = new RegExp(`(?<=[\\u4e00-\\u9fa5])${DASH} ?[0-9]{1,3} ?${DASH}(?=[\\u4e00-\\u9fa5])`, 'g');

/** The cheap test: a dash before a digit, which most lines lack. */
const DASH_DIGIT = new RegExp(`${DASH} ?[0-9]`);
const NONE: [number, number][] = [];
/** A page counter (第 3 页 共 8 页, 第3页/共8页): the page and the count. */
const COUNTER = /第 ?([0-9]{1,3}) ?页[,，/ ]{0,3}共 ?([0-9]{1,3}) ?页/g;

/** The page numbers glued into a line's text: [start, end) of each. */
export function gluedPages(text: string): [number, number][] {
  const dash = DASH_DIGIT.test(text);
  // 页 twice, natively, before the counter's expression
  const counter = text.indexOf('页') !== text.lastIndexOf('页');
  if (!dash && !counter) return NONE;
  const out: [number, number][] = [];
  if (dash) for (const m of text.matchAll(GLUED)) out.push([m.index, m.index + m[0].length]);
  if (counter) {
    for (const m of text.matchAll(COUNTER)) {
      // glued into other text: a counter on a line of its own is the line's furniture (model/furniture.json, kind `page`)
      const alone = text.slice(0, m.index).trim() === '' && text.slice(m.index + m[0].length).trim() === '';
      if (!alone && Number(m[1]) <= Number(m[2])) out.push([m.index, m.index + m[0].length]);
    }
    out.sort((a, b) => a[0] - b[0]);
  }
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
