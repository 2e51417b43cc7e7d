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
/**
 * A part's number that lost its 分 (保山水务局 2024, set 23: `第三部  2024年度部门决算情况说明`), a space before its title:
 * 第三部门 or 第三部署 is a word, not a part.
 */
const PART_NO_FEN = /^[#\s\u3000]*(第([一二三四五六七八九十]{1,3})部)[ \u3000]+(\S.*)$/;
/** A part's title that lost its ordinal (`部分  名词解释`, the same page's 第五部分): 部分, a space, a title. */
const PART_NO_ORDINAL = /^[#\s\u3000]*(部分)[ \u3000]+(\S.*)$/;
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
  const fen = m ? null : PART_NO_FEN.exec(line.text);
  const ordinal = m || fen ? null : PART_NO_ORDINAL.exec(line.text);
  const text = (m ?? fen ?? ordinal)?.[1];
  if (text === undefined) return null;
  const rest = (m ? m[3] : fen ? fen[3] : ordinal?.[2]) as string;
  const title = rest.replace(/^[\s\u3000、.．:：]+/, '').trim();
  const titled = title.length <= LONGEST_TITLE && !CLAUSE_MARK.test(title) && (m !== null || title.length >= 2);
  const value = ordinal ? NaN : chineseNumeral((m ?? fen)?.[2] as string);
  const lost = fen ? ('分' as const) : ordinal ? ('ordinal' as const) : undefined;
  return { value, at: line.text.indexOf(text), text, title, titled, ...(lost ? { lost } : {}) };
});
interface Part {
  /** NaN when the ordinal was lost. */
  value: number;
  at: number;
  text: string;
  title: string;
  titled: boolean;
  /** What the number lost: its 分 (第三部), or its ordinal (部分). */
  lost?: '分' | 'ordinal';
}
/** Only a title's line counts: a line of text that starts with a part's number (第四部分资金由…，…) is no part of the run. */
const partLines = pickedLines((line) => partOf(line)?.titled === true);

export function partSkips(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  let last = 0;
  let lastEnd = 0;
  // a part that lost its ordinal, told unless the part it would be comes next
  let pending: { finding: RuleFinding; last: number; lastEnd: number } | undefined;
  partLines(report.chunks, (line) => {
    if (line.start < from) return;
    const part = partOf(line) as Part;
    // a line taken for a part that lost its ordinal, followed by the part it would be: a line of text, not a part
    if (pending && !part.lost && part.value === last) {
      last = pending.last;
      lastEnd = pending.lastEnd;
    } else if (pending) out.push(pending.finding);
    pending = undefined;
    const want = `第${toChineseNumeral(last + 1)}部分`;
    // a part's number damaged where the run calls for it: its 分 or its ordinal lost (only inside a run of parts: 部分 at
    // a line's start is as often a sentence's word)
    if (part.lost && last > 0 && (part.lost === 'ordinal' || part.value === last + 1)) {
      const finding = lostFinding(line, part, want);
      if (part.lost === 'ordinal') pending = { finding, last, lastEnd };
      else out.push(finding);
      last += 1;
      lastEnd = line.start + line.text.length;
      return;
    }
    // a regulation's part (第一部分 总则 … 第三部分 附则, a 办法 quoted by its outline: red team s23, made up) is the cited
    // document's; a report has no 总则
    if (part.lost || Number.isNaN(part.value) || REGULATION_PART.test(part.title)) return;
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
  if (pending) out.push(pending.finding);
  return out;
}

/** A part's number that lost its 分 or its ordinal, where the parts before it call for `want`. */
function lostFinding(line: TextLine, part: Part, want: string): RuleFinding {
  const start = line.start + part.at;
  const end = start + part.text.length;
  const lostWhat = part.lost === '分' ? '缺「分」字' : '缺少序号';
  const lostEn = part.lost === '分' ? 'has lost its 分' : 'has lost its ordinal';
  return {
    span: { start, end },
    message: {
      zh: `部分标题${zq(`${part.text} ${part.title}`)}的编号${lostWhat}：按前后各部分的顺序应为${zq(want)}`,
      en: `The part heading ${eq(`${part.text} ${part.title}`)} ${lostEn}: by the parts around it, it should read ${eq(want)}`,
    },
    fix: { title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` }, edits: [{ start, end, newText: want }], safe: false },
  };
}
