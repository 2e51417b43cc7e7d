// A second-level number that lost its opening bracket (开远十二中 2024: (一)部门概况 … (二)年度工作目标… then `三) 当年部门
// 整体支出绩效`): a Chinese numeral and a closing bracket at a line's start, before a title. Chinese numerals are written
// (三) or 三、, never 三), so the bracket is put back in the closing one's width — where the report writes such a number
// with both brackets anywhere, before or after (埇桥 2021: `一)资金投入…` lines before `(一)2021年省级…`), or its opening
// one (云南应急管理厅 2020: `(一绩效…` then `二)…`, lost-close.ts); a draft that numbers 一) 二) throughout has a form of
// its own, left. A digit before ) (1)数量指标) is a list form some drafts
// use and is left alone. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';

const LOST_OPEN = /^[ \t\u3000]*([一二三四五六七八九十]{1,3}[)）])(?=[ \u3000]*[\u4e00-\u9fa5])/;
/** A second-level number written whole. */
const WHOLE = /[(（][一二三四五六七八九十]{1,3}[)）]/;

interface Lost {
  at: number;
  written: string;
}

const lostOf = lineMemo((line: TextLine): Lost | null => {
  const m = LOST_OPEN.exec(line.text);
  return m?.[1] ? { at: m[0].length - m[1].length, written: m[1] } : null;
});
const lostLines = pickedLines((line) => lostOf(line) !== null, numberStartLines);

/** The offset of the first second-level number written whole after `from`, or Infinity. */
function wholeAt(text: string, from: number): number {
  const m = WHOLE.exec(text.slice(from));
  return m ? from + m.index : Infinity;
}

/**
 * `closedBefore`: where the first number that lost its closing bracket stands (lost-close.ts), whose opening bracket shows
 * the report's form as a whole number does.
 */
export function lostOpenBrackets(report: Report, closedBefore = Infinity): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  // whether the report writes such a number whole, looked for once (most reports have no line to ask it for)
  let writesWhole: boolean | undefined;
  lostLines(report.chunks, (line) => {
    if (line.start < from) return;
    const { at, written } = lostOf(line) as Lost;
    writesWhole ??= closedBefore < Infinity || wholeAt(report.text, from) < Infinity;
    if (!writesWhole) return;
    const want = `${written.endsWith(')') ? '(' : '（'}${written}`;
    const start = line.start + at;
    out.push({
      span: { start, end: start + written.length },
      message: {
        zh: `编号${zq(written)}缺了前括号，应为${zq(want)}`,
        en: `The number ${eq(written)} lost its opening bracket: write ${eq(want)}`,
      },
      fix: {
        title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
        edits: [{ start, end: start, newText: want[0] as string }],
        safe: true,
      },
    });
  });
  return out;
}
