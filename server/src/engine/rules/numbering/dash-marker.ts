// A second-level number whose numeral is a dash (宝坻 2019: 一、基本情况(-)项目概况…(-)项目绩效目标, a PDF's OCR reading 一
// as -, and once more where (二) stood): brackets around a dash, hyphen or minus, right before a title. Written in no
// other way in a report (a figure's sign stands before a digit, not a Chinese title). The number due is counted from
// the report's own (一)(二) since the last top-level number before it, so the second dash under 一、 reads (二).
// Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { toChineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { execAll } from '../../text/exec-all.js';
import { absentFrom } from './absent.js';

const DASHES = '-－—–‐﹣';
const DASH = new RegExp(`[(（][${DASHES}][)）](?=[\\u4e00-\\u9fa5])`, 'g');
/** DASH for the whole text's test. */
const ANY_DASH = new RegExp(DASH.source);
/** A top-level number (一、), or a second-level one, a dash for its numeral included: what is counted back to. */
const MARKS = new RegExp(`[一二三四五六七八九十]{1,3}、|[(（](?:[一二三四五六七八九十]{1,3}|[${DASHES}])[)）]`, 'g');

const dashesOf = lineMemo((line: TextLine): number[] => {
  let out: number[] | undefined;
  for (const m of execAll(DASH, line.text)) (out ??= []).push(m.index);
  return out ?? NONE;
});
const NONE: number[] = [];
const dashLines = pickedLines((line) => dashesOf(line).length > 0);

/** The numbers due, read on through the text: one past the second-level numbers written since the last top-level one. */
class Due {
  private at: number;
  private n = 1;
  constructor(
    private readonly text: string,
    from: number,
  ) {
    this.at = from;
  }

  /** The number due at `to`, at or after the last place asked (each stretch of the text is read once). */
  next(to: number): number {
    for (const m of this.text.slice(this.at, to).matchAll(MARKS)) this.n = m[0].endsWith('、') ? 1 : this.n + 1;
    this.at = to;
    return this.n;
  }
}

export function dashMarkers(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY_DASH)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  const due = new Due(report.text, from);
  dashLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const at of dashesOf(line)) {
      const start = line.start + at;
      const written = line.text.slice(at, at + 3);
      const want = `${written[0] as string}${toChineseNumeral(due.next(start))}${written[2] as string}`;
      out.push({
        span: { start, end: start + 3 },
        message: {
          zh: `编号${zq(written)}里是短横，不是数字：应为${zq(want)}（识别或录入时把数字读成了横线）`,
          en: `The number ${eq(written)} holds a dash, not a numeral: write ${eq(want)} (a numeral read or typed as a dash)`,
        },
        fix: {
          title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
          edits: [{ start, end: start + 3, newText: want }],
          safe: false,
        },
      });
    }
  });
  return out;
}
