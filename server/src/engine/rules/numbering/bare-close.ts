// Second-level headings that kept only their closing bracket (宣城高新区 2022: 一、自评工作开展情况 then `)当年部门履职总体情况`,
// `)当年部门年度整体支出绩效目标`, `)部门预算绩效管理开展情况`, where (一) (二) (三) stood): a page that drew a Word list's
// numbers as text lost the numeral and its opening bracket. Read only where no second-level number stands whole since the
// top-level heading above: after a whole (一) the sequence reading tells the lost number by its place (临河 2023). The number
// is told by its place among the bare ones under that heading. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { leadOf } from './line-start.js';
import { toChineseNumeral } from '../../text/normalize.js';

/** A closing bracket alone at a line's start, right before a short title (no sentence mark in its first characters). */
const BARE = /^[ \t\u3000]*([)）])(?=[\u4e00-\u9fa5][^，,。；;]{1,30}$)/;
/** A top-level heading at a line's start (一、), after a Markdown heading's marks too (## 一、). */
const TOP = /(?:^|\n)[ \t\u3000]*(?:#{1,6}[ \t]+)?[一二三四五六七八九十]{1,3}、/g;
/** A second-level number written whole at a line's start ((一), （二）, ### (三)). */
const WHOLE = /(?:^|\n)[ \t\u3000]*(?:#{1,6}[ \t]+)?[(（][一二三四五六七八九十]{1,3}[)）]/;
/** How far back a bare line looks for its top-level heading. */
const BACK = 4000;

const bareLines = pickedLines((line: TextLine) => (leadOf(line) === ')' || leadOf(line) === '）') && BARE.test(line.text));

export function bareCloseBrackets(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  let top = -1;
  let count = 0;
  bareLines(report.chunks, (line) => {
    if (line.start < from) return;
    const before = report.text.slice(Math.max(from, line.start - BACK), line.start);
    let at = -1;
    for (const m of before.matchAll(TOP)) at = m.index;
    if (at < 0) return;
    const heading = line.start - before.length + at;
    if (heading !== top) {
      top = heading;
      count = 0;
    }
    count++;
    if (WHOLE.test(before.slice(at + 1))) return;
    const m = BARE.exec(line.text) as RegExpExecArray;
    const close = m[1] as string;
    const start = line.start + m[0].length - 1;
    const want = `${close === ')' ? '(' : '（'}${toChineseNumeral(count)}${close}`;
    out.push({
      span: { start, end: start + 1 },
      message: {
        zh: `编号只剩右括号${zq(close)}，按本文的顺序应为${zq(want)}：请补全`,
        en: `Only the number's closing bracket ${eq(close)} is left; by the report's own order it is ${eq(want)}: complete it`,
      },
      fix: {
        title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
        edits: [{ start, end: start + 1, newText: want }],
        safe: false,
      },
    });
  });
  return out;
}
