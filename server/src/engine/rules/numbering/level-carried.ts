// Siblings whose count goes on in another level's form (共青团保山 2019: `(一)准备阶段` `(二)实施阶段` then `3.整改阶段`
// `4.总结阶段`; 开远崇文小学 2021: `(一)部门概况` `(二)当年部门履职总体目标` then `(3)当年部门整体支出绩效目标`): a
// 1.-form or (1)-form number that starts its list past 1, right after the (一)-form heading carrying the number before
// it, counts on from the (一) (二) — its siblings — and lost their form: it should be (三). A list that goes on from one
// before (1. 2. under (一), 3. under (二); (1) (2) under (一), (3) under (二)) is the drafter's count across parts, left:
// no number of its form with the number before it since the last top-level heading. Part of heading-numbering.
import { readingOf } from '../../parse/blocks.js';
import type { NumberedItem } from '../../model/own-numbering.js';
import { itemCodes, levelOf } from '../../model/item-codes.js';
import { numberedHeading as heading } from './numbered-heading.js';
import type { Report } from '../../model/report.js';
import { toChineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';

/** `items`: the report's numbered lines (numberedItems), read once for the checks that walk them. */
export function levelCarried(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  // the values of the 1.-form and (1)-form numbers since the last top-level one
  const seen3 = new Set<number>();
  const seen4 = new Set<number>();
  const codes = itemCodes(items);
  for (let i = 0; i < items.length; i++) {
    // an unbroken second-level number, most of a report's: it neither ends a part nor is read
    if (levelOf(codes[i] as number) === 2) continue;
    const b = items[i] as NumberedItem;
    if (b.level === 1) {
      seen3.clear();
      seen4.clear();
    }
    if (b.level < 3 || b.marker.broken) continue;
    const seen = b.level === 3 ? seen3 : seen4;
    const v = b.marker.value;
    const counted = seen.has(v - 1);
    seen.add(v);
    const a = items[i - 1];
    if (counted || v < 2 || !a || a.line.start < from || a.level !== 2 || a.marker.broken || a.marker.value !== v - 1) continue;
    if (!heading(a) || !heading(b)) continue;
    // the rest of b's run, each the next number
    const rest: NumberedItem[] = [];
    for (let k = i + 1; k < items.length; k++) {
      const x = items[k] as NumberedItem;
      if (x.level < b.level) break;
      if (x.level === b.level && (x.marker.broken || x.marker.value !== v + rest.length + 1)) break;
      if (x.level === b.level) rest.push(x);
    }
    const form = (n: number): string => `${a.marker.open}${toChineseNumeral(n)}${a.marker.close}`;
    const titleA = readingOf(a.line).head.title;
    const titleB = readingOf(b.line).head.title;
    const m = b.marker;
    const lower = b.level === 3 ? { zh: '下一级', en: "the next level's" } : { zh: '低两级', en: 'a lower level’s' };
    const restZh =
      rest.length > 0
        ? `，其后的${rest.map((x) => zq(x.marker.text)).join('')}也应依次改为${rest.map((x) => zq(form(x.marker.value))).join('')}`
        : '';
    const restEn = rest.length > 0 ? `, and ${rest.map((x) => eq(x.marker.text)).join(' ')} after it likewise` : '';
    out.push({
      span: { start: b.line.start + m.start, end: b.line.start + m.end },
      message: {
        zh:
          `编号层级不对：${zq(a.marker.text + titleA)}之后是${zq(m.text + titleB)}，编号接着前面的${zq(a.marker.text)}往下数，` +
          `却换成了${lower.zh}的写法：应为${zq(form(v) + titleB)}${restZh}`,
        en:
          `Wrong level: ${eq(m.text + titleB)} follows ${eq(a.marker.text + titleA)} and counts on from it, in ${lower.en} ` +
          `form: write ${eq(form(v) + titleB)}${restEn}`,
      },
      related: rest.map((x) => ({
        span: { start: x.line.start + x.marker.start, end: x.line.start + x.marker.end },
        message: {
          zh: `${zq(x.marker.text)}应为${zq(form(x.marker.value))}`,
          en: `${eq(x.marker.text)} should be ${eq(form(x.marker.value))}`,
        },
      })),
      fix: {
        title: { zh: `改为${zq(form(v))}`, en: `Change to ${eq(form(v))}` },
        edits: [{ start: b.line.start + m.start, end: b.line.start + m.end, newText: form(v) }],
        safe: false,
      },
    });
  }
  return out;
}
