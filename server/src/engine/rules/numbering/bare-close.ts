// Second-level headings that kept only their closing bracket (宣城高新区 2022: 一、自评工作开展情况 then `)当年部门履职总体情况`,
// `)当年部门年度整体支出绩效目标`, `)部门预算绩效管理开展情况`, where (一) (二) (三) stood): a page that drew a Word list's
// numbers as text lost the numeral and its opening bracket. Read only where no second-level number stands whole since the
// top-level heading above: after a whole (一) the sequence reading tells the lost number by its place (临河 2023). The number
// is told by its place among the bare ones under that heading. Part of heading-numbering.
import { readingOf, type TextLine } from '../../parse/blocks.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Marker } from '../../parse/markers.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { leadOf } from './line-start.js';
import { toChineseNumeral } from '../../text/normalize.js';

/** A closing bracket alone at a line's start, right before a short title (no sentence mark in its first characters). */
const BARE = /^[ \t\u3000]*([)）])(?=[\u4e00-\u9fa5][^，,。；;]{1,30}$)/;
/** How far back a bare line looks for its top-level heading. */
const BACK = 4000;

const bareLines = pickedLines((line: TextLine) => (leadOf(line) === ')' || leadOf(line) === '）') && BARE.test(line.text));

/** A line's number as the parser reads it (after a Markdown heading's marks), on a line of its own, not run in. */
const markerOf = (line: TextLine): Marker | undefined => (line.inLine ? undefined : readingOf(line).head.marker);
/** A top-level number written 一、. */
const isTop = (m: Marker | undefined): boolean => m !== undefined && !m.broken && m.level === 1 && m.open === '' && m.sep === '、';
/** A second-level number written whole: (一), （二）. */
const isWhole = (m: Marker | undefined): boolean => m !== undefined && !m.broken && m.level === 2 && m.open !== '' && m.close !== '';

/** The index of `line` in the report's lines (sorted by offset). */
function indexOf(lines: readonly TextLine[], line: TextLine): number {
  let lo = 0;
  let hi = lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((lines[mid] as TextLine).start < line.start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Where the lines that kept only a closing bracket start, in order: a skip right after one may be its lost number. */
export function bareCloseStarts(report: Report): number[] {
  const out: number[] = [];
  bareLines(report.chunks, (line) => {
    if (line.start >= report.frontMatter.end) out.push(line.start);
  });
  return out;
}

export function bareCloseBrackets(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  const lines = report.parsed.lines;
  let top = -1;
  let count = 0;
  bareLines(report.chunks, (line) => {
    if (line.start < from) return;
    // back to the top-level heading above, within BACK characters, noting a whole second-level number on the way
    let heading: TextLine | undefined;
    let whole = false;
    for (let k = indexOf(lines, line) - 1; k >= 0; k--) {
      const l = lines[k] as TextLine;
      if (l.start < from || l.start < line.start - BACK) break;
      const m = markerOf(l);
      if (isTop(m)) {
        heading = l;
        break;
      }
      whole ||= isWhole(m);
    }
    if (!heading) return;
    if (heading.start !== top) {
      top = heading.start;
      count = 0;
    }
    count++;
    if (whole) return;
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
