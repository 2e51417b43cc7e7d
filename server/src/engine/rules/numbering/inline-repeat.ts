// A bracketed number written again right after its short title (开福人大 2022: 一、基本情况(一)部门(单位)基本情况(一)基本情况。
// 1.主要职能…, a page's text in one line): two headings numbered (一) one after the other, with nothing but a title
// between — no clause mark, a few words. The second number repeats the first. Read on every line whatever the outline.
// Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { execAll } from '../../text/exec-all.js';
import { absentFrom } from './absent.js';

/** A bracketed Chinese numeral: (一), （二）. */
const MARKER = /[(（]([一二三四五六七八九十]{1,3})[)）]/g;
/** Longest title between the two numbers. */
const LONGEST_TITLE = 24;
const CLAUSE_MARK = /[，,。；;：:]/;
/** A number, a title and the same number again in the text (with any numbers between: the text's test, bounded). */
const AGAIN = /[(（]([一二三四五六七八九十]{1,3})[)）][^，,。；;：:\n]{2,24}[(（]\1[)）]/;

interface Again {
  /** Offset of the second number in the line. */
  at: number;
  text: string;
  /** The first number's offset. */
  first: number;
}

const againOf = lineMemo((line: TextLine): Again[] => {
  const t = line.text;
  if (!t.includes('(') && !t.includes('（')) return NONE;
  let out: Again[] | undefined;
  let last: { at: number; end: number; numeral: string } | undefined;
  for (const m of execAll(MARKER, t)) {
    const numeral = m[1] as string;
    const between = last ? t.slice(last.end, m.index) : '';
    if (last && last.numeral === numeral && between.length >= 2 && between.length <= LONGEST_TITLE && !CLAUSE_MARK.test(between))
      (out ??= []).push({ at: m.index, text: m[0], first: last.at });
    last = { at: m.index, end: m.index + m[0].length, numeral };
  }
  return out ?? NONE;
});
const NONE: Again[] = [];
const againLines = pickedLines((line) => againOf(line).length > 0);

export function inlineRepeats(report: Report): RuleFinding[] {
  if (absentFrom(report, AGAIN)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  againLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const a of againOf(line)) {
      const title = line.text.slice(a.first, a.at);
      out.push({
        span: { start: line.start + a.at, end: line.start + a.at + a.text.length },
        message: {
          zh: `编号${zq(a.text)}紧接在${zq(title)}之后又写了一遍：同一编号重复，请删去多余的标题或依次改正编号`,
          en: `The number ${eq(a.text)} is written again right after ${eq(title)}: delete the extra heading or renumber`,
        },
      });
    }
  });
  return out;
}
