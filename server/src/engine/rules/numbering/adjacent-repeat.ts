// The same top or second-level number on two headings one right under the other, no text between (寻甸统战部 2024:
// `(一)部门基本情况` then `(一)部门机构设置、编制`): a part has a body before its sibling starts, so one of the two numbers is
// wrong, or one heading is extra. The own-sequence reading takes a second (一) for a new list and says nothing; a list
// that starts again is never right under its own first item. Only 一、 and （一）: figures number table rows and lists,
// where a 1 under a 1 is a row of its own. A (一) right under a (二) is told too: a part of the (二) in its parent's
// form. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import type { NumberedItem } from '../../model/own-numbering.js';
import { itemCodes, levelOf, valueOf } from '../../model/item-codes.js';
import { numberedHeading as heading } from './numbered-heading.js';
import type { Report } from '../../model/report.js';
import { toChineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { sameHeading } from './repeated-after.js';

/** Whether only blank lines stand between lines `a` and `b` of the report. */
function nothingBetween(lines: readonly TextLine[], a: number, b: number): boolean {
  for (let k = a + 1; k < b; k++) if ((lines[k] as TextLine).text.trim() !== '') return false;
  return true;
}

/** Whether `before`, the numbered line above `a`, is of its level with nothing between: a list of titles, a contents. */
function listedAbove(before: NumberedItem | undefined, a: NumberedItem, lines: readonly TextLine[]): boolean {
  return before !== undefined && before.level === a.level && nothingBetween(lines, before.lineIndex, a.lineIndex);
}

/** `items`: the report's numbered lines (numberedItems), read once for the checks that walk them. */
export function adjacentRepeats(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  const { lines } = report.parsed;
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  const codes = itemCodes(items);
  for (let i = 1; i < items.length; i++) {
    // the levels and values from the numbers' integers (most pairs are told apart so, their items never read); a broken
    // number's level is its item's, the level of the run it joins
    const ca = codes[i - 1] as number;
    const cb = codes[i] as number;
    const lb = levelOf(cb) || (items[i] as NumberedItem).level;
    if (lb > 2 || (levelOf(ca) || (items[i - 1] as NumberedItem).level) !== lb) continue;
    const va = valueOf(ca);
    const vb = valueOf(cb);
    const a = items[i - 1] as NumberedItem;
    const b = items[i] as NumberedItem;
    // a (一) right under a (二) restarts the level where a part of the (二) begins (固镇 20xx: `(二)总体绩效目标完成情况分析。`
    // then `(一)项目基本情况`): a child written in its parent's form, to be numbered a level down or counted on
    // only (一)s, and only after a (二) that has a body of its own before it: a table of contents' last entry, right
    // above the first heading of the text (随州 2019's 目录: `十、决算公开表` then `一、…基本情况`), is no parent
    const restart = va !== vb && vb === 1 && va >= 2 && lb === 2 && !listedAbove(items[i - 2], a, lines);
    if ((va !== vb && !restart) || a.line.start < from) continue;
    if (!heading(a) || !heading(b) || !nothingBetween(lines, a.lineIndex, b.lineIndex)) continue;
    const titleA = readingOf(a.line).head.title;
    const titleB = readingOf(b.line).head.title;
    // the same heading written twice is a copy, another rule's (repeated lines); so is a contents entry right above it
    if (sameHeading(titleA, titleB)) continue;
    const m = b.marker;
    if (restart) {
      // a list right under the heading, its items with no body between (双清第一幼儿园 2023: `(三)主要职能职责` then
      // `(一)贯彻落实…` `(二)协助…` … `(六)完成…`): the duties the heading names, numbered in its form, not a part of it
      const next = items[i + 1];
      if (next?.level === b.level && next.marker.value === 2 && nothingBetween(lines, b.lineIndex, next.lineIndex)) continue;
      out.push(restarted(a, b, titleA, titleB));
      continue;
    }
    out.push({
      span: { start: b.line.start + m.start, end: b.line.start + m.end },
      message: {
        zh:
          `编号重复：${zq(a.marker.text + titleA)}之下紧接着又是${zq(m.text + titleB)}，中间没有正文：` +
          `请核对编号，两者之一应改号，或前一个标题是多出的`,
        en:
          `Repeated number: ${eq(m.text + titleB)} stands right under ${eq(a.marker.text + titleA)} with no text between: ` +
          `check the numbers — one of them should be renumbered, or the first heading is extra`,
      },
      related: [
        {
          span: { start: a.line.start + a.marker.start, end: a.line.start + a.marker.end },
          message: { zh: `前一个${zq(a.marker.text)}`, en: `the ${eq(a.marker.text)} before` },
        },
      ],
    });
  }
  return out;
}

/** A (一) right under a (二) of its level, nothing between: it is either the (二)'s first part, a level down, or the (三). */
function restarted(a: NumberedItem, b: NumberedItem, titleA: string, titleB: string): RuleFinding {
  const m = b.marker;
  const next = `${m.open}${toChineseNumeral(a.marker.value + 1)}${m.close}${m.sep}`;
  const down = m.level === 1 ? '（一）' : '1.';
  return {
    span: { start: b.line.start + m.start, end: b.line.start + m.end },
    message: {
      zh:
        `编号倒退：${zq(a.marker.text + titleA)}之下紧接着是${zq(m.text + titleB)}，中间没有正文，同级编号又从头数起：` +
        `若它是上一标题之下的第一部分，请改用下一级编号${zq(down)}；若与上一标题并列，请改为${zq(next)}`,
      en:
        `Number goes back: ${eq(m.text + titleB)} stands right under ${eq(a.marker.text + titleA)} with no text between, its level ` +
        `counted from the start again: if it is the first part under that heading, number it a level down, ${eq(down)}; ` +
        `if it is that heading's sibling, write ${eq(next)}`,
    },
    related: [
      {
        span: { start: a.line.start + a.marker.start, end: a.line.start + a.marker.end },
        message: { zh: `前一个${zq(a.marker.text)}`, en: `the ${eq(a.marker.text)} before` },
      },
    ],
  };
}
