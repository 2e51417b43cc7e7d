// A fourth-level number over a third-level run (固镇 2020: `(一)投入` then `(1)保障机制(17分)` over `1、规划编制(4分)`
// `2、组织协调(4分)`): the levels go 一、 → （一） → 1. → （1） (GB/T 9704 §7.3.3), so a （1） cannot hold 1. items. Read
// only where the shape leaves no other reading: the （1） is the first number under a 一、 or （一）, a heading on a line of
// its own, and right under it the run 1. 2. opens, each a heading on a line of its own too — a （1） under a 1. (the run
// resumed below it), a （1） in a paragraph and a 1. list of body sentences are all left. Part of heading-numbering.
import { readingOf } from '../../parse/blocks.js';
import type { NumberedItem } from '../../model/own-numbering.js';
import { itemCodes, levelOf, valueOf } from '../../model/item-codes.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';

/** Longest title read as a heading's: the titles of an outline's items are short (规划编制(4分)). */
const LONGEST = 20;

/** A heading: its number at the line's start, a short title with no comma, nothing after it on the line. */
function heading(item: NumberedItem): boolean {
  const { head } = readingOf(item.line);
  if (item.marker.broken || item.line.inLine || item.marker.start !== 0 || head.runIn) return false;
  const n = [...head.title].length;
  return n >= 2 && n <= LONGEST && !/[，,]/.test(head.title);
}

/** `items`: the report's numbered lines (numberedItems), read once for the checks that walk them. */
export function levelsInverted(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  const codes = itemCodes(items);
  for (let i = 1; i + 2 < items.length; i++) {
    // an unbroken （1） first: anything else is no inverted level (a broken number's value is 0)
    if (levelOf(codes[i] as number) !== 4 || valueOf(codes[i] as number) !== 1) continue;
    const a = items[i] as NumberedItem;
    if (a.marker.level !== 4 || a.marker.value !== 1 || a.marker.open === '') continue;
    const parent = items[i - 1] as NumberedItem;
    const b = items[i + 1] as NumberedItem;
    const c = items[i + 2] as NumberedItem;
    if (parent.marker.level > 2 || parent.marker.broken) continue;
    if (b.marker.level !== 3 || b.marker.value !== 1 || c.marker.level !== 3 || c.marker.value !== 2) continue;
    if (a.line.start < from || !heading(a) || !heading(b) || !heading(c)) continue;
    const titleA = readingOf(a.line).head.title;
    const titleB = readingOf(b.line).head.title;
    const spanOf = (x: NumberedItem): { start: number; end: number } => ({
      start: x.line.start + x.marker.start,
      end: x.line.start + x.marker.end,
    });
    out.push({
      span: spanOf(a),
      message: {
        zh:
          `标题编号层级颠倒：${zq(a.marker.text + titleA)}之下是${zq(b.marker.text + titleB)}，` +
          `编号层级依次为“一、（一）1.（1）”，（1）之下不能再有 1.：请把${zq(a.marker.text)}改为上一级编号，或把其下各项改为（1）（2）式`,
        en:
          `Heading levels inverted: ${eq(b.marker.text + titleB)} stands under ${eq(a.marker.text + titleA)}, but the levels run ` +
          `一、 （一） 1. （1）, so no 1. goes under a （1）: number ${eq(a.marker.text)} a level up, or its items （1） （2）`,
      },
      related: [{ span: spanOf(b), message: { zh: `其下的${zq(b.marker.text)}`, en: `the ${eq(b.marker.text)} under it` } }],
    });
  }
  return out;
}
