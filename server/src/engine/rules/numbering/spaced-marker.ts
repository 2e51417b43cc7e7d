// Top-level heading numbers written with a space for their 、 (许昌河湖水系 2022: …总结报告 一 绩效管理工作开展情况。 … 二
// 部门(单位)整体和项目绩效自评结果。, a PDF's text in one line): 一 and 二 alone, after a stop or a space, each before a
// title. Read only where they run 一, 二, … in order through the text, so a numeral spaced out in a PDF's text (统 一
// 管 理) or a count (一 个) is left alone; and only before a title that ends in 。 or a space within a few words, with no
// comma (一 般公共预算支出120万元，… is a PDF's broken word). Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { chineseNumeral } from '../../text/normalize.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { execAll } from '../../text/exec-all.js';
import { absentFrom } from './absent.js';

/** A numeral after the line's start, a stop or a space, then one or two spaces and two Chinese characters. */
const SPACED = /(?<=^|[。：:；;\s])([一二三四五六七八九十]{1,2})([ \u3000]{1,2})(?=[\u4e00-\u9fa5]{2})/g;
/** SPACED without its look-behind: the text's test. */
const ANY_SPACED = /[一二三四五六七八九十]{1,2}[ \u3000]{1,2}[\u4e00-\u9fa5]{2}/;

interface Spaced {
  /** Offset of the numeral in the line. */
  at: number;
  numeral: string;
  /** The spaces after it. */
  gap: number;
  value: number;
}

const spacedOf = lineMemo((line: TextLine): Spaced[] => {
  if (!line.text.includes(' ') && !line.text.includes('\u3000')) return NONE;
  let out: Spaced[] | undefined;
  for (const m of execAll(SPACED, line.text)) {
    const numeral = m[1] as string;
    if (!headingTitle(line.text, m.index + m[0].length)) continue;
    (out ??= []).push({ at: m.index, numeral, gap: (m[2] as string).length, value: chineseNumeral(numeral) });
  }
  return out ?? NONE;
});
const NONE: Spaced[] = [];

/** Longest title read after a spaced number. */
const LONGEST_TITLE = 30;

/** Whether a heading's title starts at `at`: it ends in 。, a space or the line's end within LONGEST_TITLE, with no comma. */
function headingTitle(text: string, at: number): boolean {
  for (let i = at; i < text.length && i - at <= LONGEST_TITLE; i++) {
    const c = text[i] as string;
    if (c === '。' || c === ' ' || c === '\u3000') return i - at >= 2;
    if (c === '，' || c === ',' || c === '；' || c === ';') return false;
  }
  return text.length - at <= LONGEST_TITLE;
}
const spacedLines = pickedLines((line) => spacedOf(line).length > 0);

export function spacedMarkers(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY_SPACED)) return [];
  const from = report.frontMatter.end;
  // the markers that run 一, 二, 三 … in order, whatever stands between
  const run: { start: number; s: Spaced }[] = [];
  spacedLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const s of spacedOf(line)) if (s.value === run.length + 1) run.push({ start: line.start + s.at, s });
  });
  if (run.length < 2) return [];
  const [first, ...rest] = run as [(typeof run)[0], ...typeof run];
  const shown = (r: (typeof run)[0]): string => `${r.s.numeral}${' '.repeat(r.s.gap)}`;
  return [
    {
      span: { start: first.start, end: first.start + first.s.numeral.length + first.s.gap },
      message: {
        zh:
          `一级标题的编号写成了${zq(shown(first))}（后面是空格，没有顿号）` +
          `${rest.length > 0 ? `，本文另有 ${rest.length} 处` : ''}：应为${zq(`${first.s.numeral}、`)}`,
        en:
          `The top-level heading number is written ${eq(shown(first))} (a space, no 、)` +
          `${rest.length > 0 ? `, and ${rest.length} more in the text` : ''}: write ${eq(`${first.s.numeral}、`)}`,
      },
      related: rest.map((r) => ({
        span: { start: r.start, end: r.start + r.s.numeral.length + r.s.gap },
        message: {
          zh: `编号${zq(shown(r))}应为${zq(`${r.s.numeral}、`)}`,
          en: `The number ${eq(shown(r))} should be ${eq(`${r.s.numeral}、`)}`,
        },
      })),
      fix: {
        title: { zh: '把编号后的空格改为顿号', en: 'Write 、 for the space after each number' },
        edits: run.map((r) => ({ start: r.start + r.s.numeral.length, end: r.start + r.s.numeral.length + r.s.gap, newText: '、' })),
        safe: false,
      },
    },
  ];
}
