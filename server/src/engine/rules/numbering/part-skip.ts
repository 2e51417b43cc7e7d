// A report in parts whose part numbers skip one (第一部分 部门基本情况 … 第三部分 绩效目标完成情况, no 第二部分): each part's
// title on a line of its own, read in order; a part number past the next is said, unless the one skipped is written
// between them (run into a line). A part number that goes back or
// repeats starts another run (a contents list, then the body; a second project's parts) and is not a slip. Only 部分:
// 第三章 on a line of its own is as often a quoted 办法's chapter (其中第一章 总则 … 第三章 附则) as a part of the report.
// Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { chineseNumeral, toChineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { absentFrom } from './absent.js';

/** A part's number at a line's start, and what follows it (a title, or nothing). */
const PART_LINE = /^[#\s\u3000]*(第([一二三四五六七八九十]{1,3})部分)(.*)$/;
/** What every finding holds: a part's number. */
const ANY = /第[一二三四五六七八九十]{1,3}部分/;
/** A part's title is short and no sentence: no clause mark in it (a contents list's dot leaders and page are allowed). */
const LONGEST_TITLE = 30;
const CLAUSE_MARK = /[，,。；;：:！？]/;
/** The parts only a regulation has. */
const REGULATION_PART = /^(?:总则|分则|附则)$/;

/** A line that starts with a part's number: its value, where the number is, and its title if it is a title's line. */
const partOf = lineMemo((line: TextLine): Part | null => {
  const m = PART_LINE.exec(line.text);
  if (!m) return null;
  const title = (m[3] as string).replace(/^[\s\u3000、.．:：]+/, '').trim();
  const text = m[1] as string;
  const titled = title.length <= LONGEST_TITLE && !CLAUSE_MARK.test(title);
  return { value: chineseNumeral(m[2] as string), at: line.text.indexOf(text), text, title, titled };
});
interface Part {
  value: number;
  at: number;
  text: string;
  title: string;
  titled: boolean;
}
/** Only a title's line counts: a line of text that starts with a part's number (第四部分资金由…，…) is no part of the run. */
const partLines = pickedLines((line) => partOf(line)?.titled === true);

export function partSkips(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  let last = 0;
  let lastEnd = 0;
  partLines(report.chunks, (line) => {
    if (line.start < from) return;
    const part = partOf(line) as Part;
    // a regulation's part (第一部分 总则 … 第三部分 附则, a 办法 quoted by its outline: red team s23, made up) is the cited
    // document's; a report has no 总则
    if (Number.isNaN(part.value) || REGULATION_PART.test(part.title)) return;
    const want = `第${toChineseNumeral(last + 1)}部分`;
    // the part skipped may be there, run into a line between (text that lost its breaks: `…情况。第二部分 项目支出…`)
    const skip = last > 0 && part.value > last + 1 && !report.text.slice(lastEnd, line.start).includes(want);
    if (skip) {
      const before = `第${toChineseNumeral(last)}部分`;
      const start = line.start + part.at;
      const seen = part.title ? `${part.text} ${part.title}` : part.text;
      out.push({
        span: { start, end: start + part.text.length },
        message: {
          zh:
            `编号跳号：${zq(before)}之后是${zq(seen)}，缺${zq(want)}：` +
            `若是编号写错，应为${zq(want)}；若确有一部分删去或漏写，请补上或把其后的编号依次改正`,
          en:
            `Skipped number: ${eq(seen)} comes after ${eq(before)}, with no ${eq(want)}: if the number is wrong, ` +
            `it should be ${eq(want)}; if a part was dropped, restore it or renumber the parts after it`,
        },
      });
    }
    last = part.value;
    lastEnd = line.start + line.text.length;
  });
  return out;
}
