// A top-level heading number written as a dash (南江档案馆: `…报告如下:-项目概况(一)项目基本情况。1.项目单位…`, a
// flattened page where 一、 was read or typed as a hyphen): after the line's start, a colon or a sentence end, a dash right
// before a short title that its own (一) follows at once. A title with (一) after it is a top-level heading; a dash before
// a figure or inside prose is left. The number due is one past the last top-level number before it (一、 when none).
// Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { chineseNumeral, toChineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { absentFrom } from './absent.js';

const DASH_TOP = /(?<=^|[。：:；;！？])[ \u3000]*([-－—–‐﹣])([\u4e00-\u9fa5]{2,12})(?=[(（]一[)）])/g;
/** DASH_TOP without its look-behind (the text's test: a line's start is none of the text's). */
const ANY_DASH_TOP = /[-－—–‐﹣][\u4e00-\u9fa5]{2,12}[(（]一[)）]/;
/** A top-level number: at a line's start or after a stop, before a title. */
const TOP = /(?:^|[。：:；;！？\s])([一二三四五六七八九十]{1,3})、(?=[\u4e00-\u9fa5])/g;

interface DashTop {
  /** Offset of the dash in the line. */
  at: number;
  title: string;
}

const dashesOf = lineMemo((line: TextLine): DashTop[] => {
  // DASH_TOP is tried at every character of every line: a line with no (一) for it to end before is passed at once
  if (!line.text.includes('一)') && !line.text.includes('一）')) return NONE;
  let out: DashTop[] | undefined;
  for (const m of line.text.matchAll(DASH_TOP)) {
    (out ??= []).push({ at: m.index + m[0].length - (m[1] as string).length - (m[2] as string).length, title: m[2] as string });
  }
  return out ?? NONE;
});
const NONE: DashTop[] = [];
const dashLines = pickedLines((line) => dashesOf(line).length > 0);

export function dashTopMarkers(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY_DASH_TOP)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  // the last top-level number before each dash, the text read on once from one dash to the next
  let read = from;
  let last = 0;
  dashLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const d of dashesOf(line)) {
      const start = line.start + d.at;
      for (const m of report.text.slice(read, start).matchAll(TOP)) last = chineseNumeral(m[1] as string);
      read = start;
      const want = `${toChineseNumeral(last + 1)}、`;
      const written = report.text.slice(start, start + 1);
      out.push({
        span: { start, end: start + 1 + d.title.length },
        message: {
          zh: `标题${zq(written + d.title)}的编号是短横，不是数字：应为${zq(want + d.title)}（识别或录入时把“一”读成了横线）`,
          en:
            `The number of heading ${eq(written + d.title)} is a dash, not a numeral: ` +
            `write ${eq(want + d.title)} (一 read or typed as a dash)`,
        },
        fix: {
          title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
          edits: [{ start, end: start + 1, newText: want }],
          safe: false,
        },
      });
      last++;
    }
  });
  return out;
}
