// A second-level number that lost its closing bracket (云南应急管理厅 2020: `(一绩效目标分解下达情况` then `二)绩效目标完成情况`,
// `三)偏离…`): an opening bracket and a Chinese numeral at a line's start, a title right after it. Taken only where the
// report's next second-level number at a line's start — whole or with one bracket lost — is the one after it, or the one
// before it is the one before: a bracketed aside (（一般公共预算）…) has no such sibling. The bracket is put back in the
// opening one's width. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import { rareInRun } from './rare-in-run.js';
import type { Report } from '../../model/report.js';
import { chineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';

/** A second-level number at a line's start, whole or with one bracket lost, before a title. */
const SECOND = /^[ \t\u3000]*([(（]?)([一二三四五六七八九十]{1,3})([)）]?)(?=[ \u3000]*[\u4e00-\u9fa5])/;

interface Second {
  /** Offset of the number in the line. */
  at: number;
  written: string;
  value: number;
  /** The opening bracket is there and the closing one lost. */
  lostClose: boolean;
}

const secondOf = lineMemo((line: TextLine): Second | null => {
  const m = SECOND.exec(line.text);
  if (!m) return null;
  const [, open = '', numeral = '', close = ''] = m;
  // a bare numeral is no number of this level (一是…, 三年…), nor one with both brackets lost
  if (open === '' && close === '') return null;
  const value = chineseNumeral(numeral);
  if (value <= 0) return null;
  return { at: m[0].length - open.length - numeral.length - close.length, written: open + numeral + close, value, lostClose: close === '' };
});
const secondLines = pickedLines((line) => secondOf(line) !== null, numberStartLines);
const lostLines = pickedLines((line) => (secondOf(line) as Second).lostClose, secondLines);

/** The numbers that lost their closing bracket, each with its place in the text. */
export function lostCloseBrackets(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  rareInRun(report.chunks, secondLines, lostLines, from, (line, b, a) => {
    const s = secondOf(line) as Second;
    const before = b && secondOf(b);
    const after = a && secondOf(a);
    if (before?.value !== s.value - 1 && after?.value !== s.value + 1) return;
    const want = `${s.written}${s.written.startsWith('(') ? ')' : '）'}`;
    const start = line.start + s.at;
    const end = start + s.written.length;
    out.push({
      span: { start, end },
      message: {
        zh: `编号${zq(s.written)}缺了后括号，应为${zq(want)}`,
        en: `The number ${eq(s.written)} lost its closing bracket: write ${eq(want)}`,
      },
      fix: {
        title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
        edits: [{ start: end, end, newText: want.slice(-1) }],
        safe: true,
      },
    });
  });
  return out;
}
