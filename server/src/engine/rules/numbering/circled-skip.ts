// Circled item numbers that skip one (赫山 2019: `①局机关内设股室7` … `③区级办公室2`, the line of ② in between having
// lost its number): ① … ⑳ at the starts of lines, each one past the one before or ① again; a line that starts with a
// number of another kind (1. (2) 二、) starts another list. Only a skip is said: a list that goes back or repeats is
// read as a new one. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';
import { rareInRun } from './rare-in-run.js';
import { absentFrom } from './absent.js';

const CIRCLED_ONE = 0x2460;
const CIRCLED_MAX = 20;
/** ③ to ⑳: a skip is said at one of them. */
const PAST_SECOND = /[\u2462-\u2473]/;

/** An equals sign right after the circled number, spaces aside. */
const FORMULA = /^[ \u3000]*[=＝]/;

/** What a line starts with: a circled number (its value and offset), another number (0), or nothing (null). */
const startOf = lineMemo((line: TextLine): { value: number; at: number } | null => {
  const t = line.text;
  let at = 0;
  while (at < t.length && (t[at] === ' ' || t[at] === '\u3000' || t[at] === '\t')) at++;
  const c = t.charCodeAt(at) - CIRCLED_ONE;
  // `⑥=⑤/④` under a form's column heading (宁德 党史方志 2018, set 30) derives the column from others: a formula, no item
  if (c >= 0 && c < CIRCLED_MAX) return FORMULA.test(t.slice(at + 1, at + 4)) ? null : { value: c + 1, at };
  return readingOf(line).head.marker ? { value: 0, at } : null;
});
/** Lines that start with a number: the circled ones and those that end their lists. */
const numberedLines = pickedLines((line) => startOf(line) !== null, numberStartLines);
/** ③ and on: a skip is past ① and at least one more. */
const skipLines = pickedLines((line) => (startOf(line) as { value: number }).value >= 3, numberedLines);

const circled = (n: number): string => String.fromCharCode(CIRCLED_ONE + n - 1);

export function circledSkips(report: Report): RuleFinding[] {
  if (absentFrom(report, PAST_SECOND)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  rareInRun(report.chunks, numberedLines, skipLines, from, (line, before) => {
    const { value, at } = startOf(line) as { value: number; at: number };
    const last = before ? (startOf(before) as { value: number }).value : 0;
    if (value > last + 1 && last > 0) {
      const start = line.start + at;
      const gap = value - last === 2 ? zq(circled(last + 1)) : `${zq(circled(last + 1))}—${zq(circled(value - 1))}`;
      const gapEn = value - last === 2 ? eq(circled(last + 1)) : `${eq(circled(last + 1))}–${eq(circled(value - 1))}`;
      out.push({
        span: { start, end: start + 1 },
        message: {
          zh: `编号${zq(circled(value))}跳号：前一项是${zq(circled(last))}，缺${gap}（中间一行可能丢了编号）：请补上编号或改正序号`,
          en:
            `The number ${eq(circled(value))} skips: the item before is ${eq(circled(last))}, ${gapEn} is missing ` +
            '(a line between may have lost its number): add it or correct the sequence',
        },
      });
    }
  });
  return out;
}
