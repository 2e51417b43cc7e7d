// The first chapter's title with no 一、, run into its first item on one line (农业生产救灾 2019: the report's title, then
// `绩效目标分解下达情况1、2019年预算下达…`, `2、2019年…`, `3、…`, then `二、绩效目标完成情况分析`): in a report whose top-level
// numbers start at 二、 and write no 一、 anywhere, a short title opening a line before that 二、 and glued to a 1、 (1. or
// （一）) whose 2、 opens a later line before the 二、 is the chapter that lost its 一、 and its line break. Each condition is
// the report's own: no list of words. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { topNumberLines, topNumeralOf } from './line-start.js';

/** A title of four to twenty Chinese characters opening the line, glued to a first item 1、 1. or （一） (1.5 is a figure). */
const GLUED = /^[ \t\u3000]*([\u4e00-\u9fa5]{4,20})(1、|1[.．](?![0-9])|[(（]一[)）])(?=\S)/;
/** The second item of each first item's form, opening a line. */
const SECOND: Record<string, RegExp> = { '1': /^[ \t\u3000]*2[、.．]/, '(': /^[ \t\u3000]*[(（]二[)）]/ };

export function gluedTop(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const { lines } = report.parsed;
  let two = -1;
  let one = false;
  topNumberLines(report.chunks, (line, at) => {
    if (line.start < from) return;
    const numeral = topNumeralOf(line) as string;
    if (numeral === '一') one = true;
    else if (two < 0 && numeral === '二') two = at;
  });
  // the numbers start at 二、, with no 一、 run into a line either
  if (one || two < 0 || report.text.indexOf('一、', from) >= 0) return [];
  for (let k = 0; k < two; k++) {
    const line = lines[k] as TextLine;
    if (line.start < from) continue;
    const m = GLUED.exec(line.text);
    if (!m) continue;
    const title = m[1] as string;
    const item = m[2] as string;
    const second = SECOND[item.startsWith('1') ? '1' : '('] as RegExp;
    let sibling = false;
    for (let j = k + 1; j < two && !sibling; j++) sibling = second.test((lines[j] as TextLine).text);
    if (!sibling) return [];
    const start = line.start + m[0].length - title.length - item.length;
    return [
      {
        span: { start, end: start + title.length },
        message: {
          zh:
            `标题${zq(title)}缺少编号，且与其下第一项${zq(item)}接在同一行：本文的一级编号从「二、」起、没有「一、」，` +
            `应为${zq(`一、${title}`)}，第一项另起一行`,
          en:
            `The heading ${eq(title)} has no number and runs into its first item ${eq(item)}: the report's top-level numbers ` +
            `start at 二、 with no 一、, so write ${eq(`一、${title}`)} and start the item on a new line`,
        },
        fix: {
          title: { zh: '补上编号「一、」并把第一项另起一行', en: 'Add 一、 and start the first item on a new line' },
          edits: [
            { start, end: start, newText: '一、' },
            { start: start + title.length, end: start + title.length, newText: '\n' },
          ],
          safe: false,
        },
      },
    ];
  }
  return [];
}
