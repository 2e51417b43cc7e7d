// What is left at a title's start of a top-level number the parser does not read as one: capital numerals before a
// separator or a space (叁、 贰. 拾壹 ), or a numeral with a separator that is no top-level one's (二． 二. 二， 二,). A numeral
// before 、 is a number read as one; a capital before a character of the title (拾遗) is a word. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { MAX_LOST_TITLE } from '../../model/lost-number.js';
import { chineseNumeral, toChineseNumeral } from '../../text/normalize.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { absentFrom } from './absent.js';

export const UNREAD_MARKER = /^(?:[壹贰叁肆伍陆柒捌玖拾]{1,3}[、.．，,\s\u3000]|[一二三四五六七八九十]{1,3}[.．，,])[\s\u3000]*/;

const PLAIN: Record<string, string> = {
  壹: '一',
  贰: '二',
  叁: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
};

/** The value of such a number (`叁、` 3, `二．` 2); NaN when `written` is none. */
export function unreadValue(written: string): number {
  const digits = /^[壹贰叁肆伍陆柒捌玖拾一二三四五六七八九十]+/.exec(written)?.[0] ?? '';
  return chineseNumeral([...digits].map((c) => PLAIN[c] ?? c).join(''));
}

/** A line that starts with such a number before a short title, on a line of its own: where it is, and its value and form. */
export interface UnreadTop {
  line: TextLine;
  at: number;
  written: string;
  value: number;
  form: string;
}

const unreadTopOf = lineMemo((line: TextLine): Omit<UnreadTop, 'line'> | null => {
  if (!line.first || readingOf(line).head.marker) return null;
  const at = LEAD.exec(line.text)?.[0].length ?? 0;
  const written = UNREAD_MARKER.exec(line.text.slice(at))?.[0];
  if (!written) return null;
  const title = line.text.slice(at + written.length).trim();
  if (title.length < 2 || [...title].length > MAX_LOST_TITLE || CLAUSE.test(title)) return null;
  const value = unreadValue(written);
  return Number.isNaN(value) ? null : { at, written, value, form: formOf(written) };
});
const unreadLines = pickedLines((line) => unreadTopOf(line) !== null);
/** What every such line holds at a line's start (a report checked once with none is not walked). */
const ANY = /(?:^|\n)[#\s\u3000]*(?:[壹贰叁肆伍陆柒捌玖拾]{1,3}[、.．，,\s\u3000]|[一二三四五六七八九十]{1,3}[.．，,])/;

/** A report's top-level numbers written in one form not read as one: the lines, and where the run skips a number. */
export interface UnreadRun {
  lines: Set<TextLine>;
  /** Where each of them starts, and its number: the offsets a finding on such a line starts at. */
  starts: Set<number>;
  skips: { item: UnreadTop; before: UnreadTop }[];
}
const NO_RUN: UnreadRun = { lines: new Set(), starts: new Set(), skips: [] };

/**
 * The lines of a report that numbers its top-level headings throughout in one form the parser does not read (一．部门基本情况
 * 二．绩效目标完成情况 三．存在问题, or 壹、 贰、 叁、): each such line starts with that form's number before a short title, and the
 * numbers count on (a run may start again at 1: an annex). A form written alike on every heading is the drafter's numbering,
 * not a number lost from each; a number past the next is a skip in it (一． 二． 四．), told as one. A run of one, two forms, or
 * a number that goes back is none (empty): a slip of one heading among numbers read as such, told where the siblings
 * leave its number (lost-sibling.ts) or the template counts it.
 */
export function unreadRun(report: Report): UnreadRun {
  if (absentFrom(report, ANY)) return NO_RUN;
  const from = report.frontMatter.end;
  const tops: UnreadTop[] = [];
  unreadLines(report.chunks, (line) => {
    if (line.start >= from) tops.push({ line, ...(unreadTopOf(line) as Omit<UnreadTop, 'line'>) });
  });
  if (tops.length < 2) return NO_RUN;
  const skips: UnreadRun['skips'] = [];
  let before: UnreadTop | undefined;
  for (const t of tops) {
    if (before && t.form !== before.form) return NO_RUN;
    if (before && t.value !== 1 && t.value <= before.value) return NO_RUN;
    if (!before ? t.value !== 1 : t.value > before.value + 1) {
      if (!before) return NO_RUN;
      skips.push({ item: t, before });
    }
    before = t;
  }
  return { lines: new Set(tops.map((t) => t.line)), starts: new Set(tops.flatMap((t) => [t.line.start, t.line.start + t.at])), skips };
}
const LEAD = /^[#\s\u3000]*/;
const CLAUSE = /[。；;，,：:]/;

/** A number's form: capitals or not, and its separator (`叁、` and `肆、` alike, `二．` another). */
function formOf(written: string): string {
  const t = written.trim();
  return `${/^[壹贰叁肆伍陆柒捌玖拾]/.test(t) ? 'capital' : 'plain'}${t.slice(-1)}`;
}

/** A skip in such a run (一．部门基本情况 二．… 四．存在问题): the number due is the one after the one before, in the run's form. */
export function unreadSkips(report: Report, run: UnreadRun): RuleFinding[] {
  return run.skips.map(({ item, before }) => {
    const seen = item.written.trim();
    const was = before.written.trim();
    const want = inForm(seen, before.value + 1);
    const title = item.line.text.slice(item.at + item.written.length).trim();
    const start = item.line.start + item.at;
    return {
      span: { start, end: start + seen.length },
      message: {
        zh: `编号跳号：${zq(was)}之后是${zq(seen + title)}，缺${zq(want)}：若是编号写错，应为${zq(want)}；若漏写了一节，请补上`,
        en:
          `Skipped number: ${eq(seen + title)} comes after ${eq(was)}, with no ${eq(want)}: if the number is wrong, it should be ` +
          `${eq(want)}; if a section was left out, add it`,
      },
    };
  });
}

/** The number `n` written as `like` is (`四．` for 4 like `二．`, `肆、` like `叁、`). */
function inForm(like: string, n: number): string {
  const plain = toChineseNumeral(n);
  const digits = /^[壹贰叁肆伍陆柒捌玖拾]/.test(like) ? [...plain].map((c) => CAPITAL[c] ?? c).join('') : plain;
  return digits + like.slice(-1);
}
const CAPITAL: Record<string, string> = Object.fromEntries(Object.entries(PLAIN).map(([k, v]) => [v, k]));
