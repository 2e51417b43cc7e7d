// One list run into a line whose items write their numbers two ways (岳阳楼区文化馆 2021, a cell of its table:
// `1.完成全年度公益培训20场。 2.开展数字文化服务… 3.完成传统文化进校园… 4、完成送文化下乡20场次`): the items of one list take
// one form, and the one written otherwise is told to take its siblings'. Read only on a line's own run-in list, from 1, of
// three items or more, where one form holds the most of them: lines apart may be lists apart (a 1. list above a 1、 one).
// Part of heading-numbering.
import type { NumberedItem } from '../../model/own-numbering.js';
import { itemCodes, levelOf } from '../../model/item-codes.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';

/** 、 or a point (. and ． one form: a width slip is not a second form). */
const formOf = (item: NumberedItem): string => (item.marker.sep === '、' ? '、' : '.');

/** `items`: the report's numbered lines (numberedItems), read once for the checks that walk them. */
export function mixedSeparators(report: Report, items: readonly NumberedItem[]): RuleFinding[] {
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  let run: NumberedItem[] = [];
  const flush = (): void => {
    if (run.length >= 3) out.push(...oddOnes(run));
    run = [];
  };
  const codes = itemCodes(items);
  for (let i = 0; i < items.length; i++) {
    // no run open and no unbroken 1.-level number: nothing to read (most items)
    if (run.length === 0 && levelOf(codes[i] as number) !== 3) continue;
    const item = items[i] as NumberedItem;
    const m = item.marker;
    // the level and form first: most items are no 1. of a line's run, and a line's offsets are worked out when asked
    const listed = item.level === 3 && m.sep !== '' && !m.broken && !m.enclosed;
    // read only when there is one: an index of -1 is a property lookup, forty times a plain read, on every item
    const prev = run.length > 0 ? run[run.length - 1] : undefined;
    if (listed && prev && m.value === prev.marker.value + 1 && prev.line.line === item.line.line) run.push(item);
    else {
      if (prev) flush();
      if (listed && m.value === 1 && item.line.start >= from) run = [item];
    }
  }
  flush();
  return out;
}

/** The items of a run written in the form fewer of them take, where one form holds more than half. */
function oddOnes(run: readonly NumberedItem[]): RuleFinding[] {
  const dots = run.filter((i) => formOf(i) === '.').length;
  const most = dots * 2 > run.length ? '.' : (run.length - dots) * 2 > run.length ? '、' : '';
  if (most === '') return [];
  const shown = run.find((i) => formOf(i) === most) as NumberedItem;
  const form = shown.marker.sep;
  return run
    .filter((i) => formOf(i) !== most)
    .map((i) => {
      const m = i.marker;
      const start = i.line.start + m.start;
      const want = `${m.value}${form}`;
      return {
        span: { start, end: i.line.start + m.end },
        message: {
          zh: `同一列举中编号写法不一：前后各项写作${zq(shown.marker.text)}，${zq(m.text)}应为${zq(want)}`,
          en:
            `One list writes its numbers two ways: its other items are written ${eq(shown.marker.text)}, ` +
            `so ${eq(m.text)} should be ${eq(want)}`,
        },
        fix: {
          title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
          edits: [{ start, end: i.line.start + m.end, newText: want }],
          safe: true,
        },
      };
    });
}
