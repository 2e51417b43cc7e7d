// The first chapter's heading run into the opening paragraph (农田建设补助资金 20xx: `…现将情况报告如下:一、绩效目标分解下达情况20xx年度…`,
// then `二、绩效目标完成情况…` opening its own line): 一、 after a colon or a sentence's end, inside a line, where the report's
// next top-level number, 二、, starts a line of its own and no 一、 starts one anywhere. A list written inside a paragraph
// (`主要问题:一、…；二、…`) has its 二、 on the same line, and is left alone. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { TOP_NUMBER, topNumberLines, topNumeralOf } from './line-start.js';

/** What the text before a run-in 一、 ends with for it to start there: a colon or a sentence's end. */
const ENDS = new Set([...':：。；;']);
/** How much of the title a message quotes. */
const QUOTED = 12;

export function runInFirst(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const { lines } = report.parsed;
  // the first 一、 the run-in reader found inside a line (parse/run-in.ts), and the top-level numbers that start lines
  let one: { line: TextLine; at: number } | undefined;
  let oneStarts = false;
  let next: { line: TextLine; numeral: string } | undefined;
  topNumberLines(report.chunks, (line, at) => {
    if (line.start < from) return;
    const numeral = topNumeralOf(line) as string;
    if (!line.inLine) {
      if (numeral === '一') oneStarts = true;
      else if (one && !next) next = { line, numeral };
      return;
    }
    if (numeral === '一' && !one) one = { line, at };
    // a 二、 inside the same line: a list written in the paragraph
    else if (one && !next && line.line === one.line.line) next = { line, numeral: '' };
  });
  if (!one || oneStarts || !next || next.numeral !== '二') return [];
  const before = lines[one.at - 1];
  if (!before || before.line !== one.line.line || !ENDS.has(before.text.trimEnd().slice(-1))) return [];
  const m = TOP_NUMBER.exec(one.line.text) as RegExpExecArray;
  const rest = one.line.text.slice(m[0].length);
  const title = rest.length > QUOTED ? `${rest.slice(0, QUOTED)}…` : rest;
  const start = one.line.start + m[0].length - 2;
  const shown = next.line.text.trim().slice(0, 2 + QUOTED);
  return [
    {
      span: { start, end: start + 2 },
      message: {
        zh: `一级标题${zq(`一、${title}`)}接在了上一段的中间：其后的${zq(shown)}另起一行，“一、”标题也应另起一行，标题与正文分开`,
        en:
          `The top-level heading ${eq(`一、${title}`)} is run into the paragraph before it, while ${eq(shown)} opens a line ` +
          'of its own: start 一、 on a new line and set its title apart from the text',
      },
    },
  ];
}
