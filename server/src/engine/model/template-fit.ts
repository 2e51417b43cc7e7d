// Whether a report is built as its template is: the test for judging its numbering by the template
// (renumbering a heading to the template's place for it) or on the report's own sequence. A 湖南 or
// 云南 outline read with the Guangdong template matches a section or two, often at another level or
// twice (茂名 2021 writes （一）部门职能 （二）设置机构及人员情况, both the template's （一）): numbers
// the template would give such a report are not the ones it is missing.
import { readingOf, type TextLine } from '../parse/blocks.js';
import { numberedAtOtherLevel } from './numbering.js';
import { MAX_TITLE, type Outline } from './outline.js';

/** Template headings a report must show, at their level and once each, for the template to judge its numbering. */
const MIN_MATCHED = 3;

export function templateFits(outline: Outline, lines: readonly TextLine[]): boolean {
  let matched = 0;
  let foreign = 0;
  for (const h of outline.headings) {
    // a template section written twice: the report splits it as another outline does
    if (h.duplicate) return false;
    if (!h.tsec || numberedAtOtherLevel(h)) foreign++;
    else matched++;
  }
  return matched >= MIN_MATCHED && foreign <= matched && !mostTopTitlesLeftOut(outline, lines) && !restartsTop(lines);
}

/**
 * The report numbers its top-level titles from 一、 again after a part's title (第一部分 … 一、 二、, 第二部分 … 一、 二、): it is
 * built in parts, each numbered on its own, and the template's numbers, which run on through one outline, are not the ones it
 * is missing. A 一、 written again with no part's title before it is a slip of the numbering, judged as such.
 */
function restartsTop(lines: readonly TextLine[]): boolean {
  let part = false;
  let tops = 0;
  for (const line of lines) {
    if (PART.test(line.text)) {
      part = true;
      continue;
    }
    const { head, titleLength } = readingOf(line);
    const m = head.marker;
    if (m?.level !== 1 || m.broken || head.runIn || titleLength > MAX_TITLE) continue;
    if (m.value === 1 && part && tops > 0) return true;
    tops++;
    part = false;
  }
  return false;
}

/** A part's title on a line of its own: 第二部分 项目支出绩效自评情况, 第三章 …. */
const PART = /^[#\s\u3000]*第[一二三四五六七八九十]{1,3}(?:部分|章|篇)/;

/**
 * The report numbers more top-level titles (一、 with a short title and nothing after it) than the
 * outline reads as headings: the template knows few of them (保山 2017's 一、项目基本情况 … 八、, two of
 * them the 转移支付 template's), so the numbers it would give the rest count from headings it does not see.
 */
function mostTopTitlesLeftOut(outline: Outline, lines: readonly TextLine[]): boolean {
  const taken = new Set<TextLine>();
  let top = 0;
  for (const h of outline.headings) {
    if (h.level !== 1) continue;
    taken.add(h.line);
    top++;
  }
  let left = 0;
  for (const line of lines) {
    const { head, titleLength } = readingOf(line);
    const m = head.marker;
    if (m?.level === 1 && !m.broken && !head.runIn && titleLength <= MAX_TITLE && !taken.has(line)) left++;
  }
  return left > top;
}
