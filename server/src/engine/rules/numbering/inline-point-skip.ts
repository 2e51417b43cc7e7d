// Points counted in a paragraph that skip one (一是完成高标准农田建设；二是完成农民培训；四是完成农产品抽检。: no 三是): the
// run starts at 一是 and each N是 after it in the same line is one past the one before. Only an N是 after a line's start, a
// mark or a space is a point's number: 之一是, 唯一是, 统一是, 第二是 are words, not points, and so is the saying 一是一、
// 二是二. A number that goes back or repeats starts another run (a paragraph's points, then a point's own 一是 二是; a line
// that lost its break before the next paragraph's 一是) and is not said; only a number past the next is. Read on every
// line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { chineseNumeral, toChineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { execAll } from '../../text/exec-all.js';

/** A point's number: N是 after a line's start, a mark or a space (a character that is no CJK ideograph, letter or figure). */
const POINT = /(^|[^\u4e00-\u9fffA-Za-z0-9０-９])([一二三四五六七八九十]{1,2})是/g;

const NUMERAL = /[一二三四五六七八九十]/;

interface Skip {
  /** Offset of the number in the line, its text, the number before it and the one due. */
  at: number;
  text: string;
  before: number;
  want: number;
}

const skipsOf = lineMemo((line: TextLine): Skip[] => {
  const t = line.text;
  if (!t.includes('一是')) return NONE;
  let out: Skip[] | undefined;
  let prev = 0;
  for (const m of execAll(POINT, t)) {
    const value = chineseNumeral(m[2] as string);
    // 一是一、二是二 is a saying, not points
    if (Number.isNaN(value) || NUMERAL.test(t[m.index + m[0].length] ?? '')) continue;
    const at = m.index + (m[1] as string).length;
    if (value === 1 || (prev > 0 && value <= prev)) prev = value;
    else if (prev > 0 && value === prev + 1) prev = value;
    else if (prev > 0) {
      (out ??= []).push({ at, text: `${m[2] as string}是`, before: prev, want: prev + 1 });
      prev = value;
    }
  }
  return out ?? NONE;
});
const NONE: Skip[] = [];
const skipLines = pickedLines((line) => skipsOf(line).length > 0);

export function inlinePointSkips(report: Report): RuleFinding[] {
  // every finding's line holds 一是 and a point past 二是
  if (!report.editable && (!report.text.includes('一是') || !/[三四五六七八九十]是/.test(report.text))) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  skipLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const s of skipsOf(line)) {
      const before = `${toChineseNumeral(s.before)}是`;
      const want = `${toChineseNumeral(s.want)}是`;
      out.push({
        span: { start: line.start + s.at, end: line.start + s.at + s.text.length },
        message: {
          zh: `编号跳号：本段${zq(before)}之后是${zq(s.text)}，缺${zq(want)}：若是编号写错，应为${zq(want)}；若漏写了一项，请补上`,
          en:
            `Skipped number: ${eq(s.text)} comes after ${eq(before)} in this paragraph, with no ${eq(want)}: if the number is ` +
            `wrong, it should be ${eq(want)}; if a point was left out, add it`,
        },
      });
    }
  });
  return out;
}
