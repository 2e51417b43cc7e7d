// A numbered heading run onto the end of the paragraph before it, in a text that keeps its line breaks (龙感湖 农机购置补贴
// 2023: `…当年农机购置补贴资金兑付率100%。2.效益指标完成情况分析` then `(1)经济效益` on the next line): a number and a short
// title after a sentence's end, ending the line, whose first item (1 of the level below) opens the next line, is a heading
// that lost its line break. A text that lost all its breaks (one line, read by parse/run-in.ts) is not judged so: its
// lines are inline ones. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import { readLineHead } from '../../parse/markers.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { absentFrom } from './absent.js';

/** A number and a title of two to twenty characters after a sentence's end, ending the line. */
const RUN_ON =
  /[。；;！？][ \t\u3000]*((?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．、]|[(（][0-9]{1,2}[)）])[\u4e00-\u9fa5]{2,20})[ \t\u3000]*$/;
/** RUN_ON's number and the start of its title, the line's end left out: the text's test. */
const ANY_RUN_ON =
  /[。；;！？][ \t\u3000]*(?:[一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）]|[0-9]{1,2}[.．、]|[(（][0-9]{1,2}[)）])[\u4e00-\u9fa5]{2}/;

/** The run-on heading at a line's end: its offset in the line, its text and its level; or null. */
const runOnOf = lineMemo((line: TextLine): { at: number; text: string; level: number } | null => {
  if (line.inLine) return null;
  const m = RUN_ON.exec(line.text);
  if (!m) return null;
  const text = m[1] as string;
  const marker = readLineHead(text).marker;
  if (!marker || marker.broken) return null;
  return { at: m.index + m[0].indexOf(text), text, level: marker.level };
});
const runOnLines = pickedLines((line) => runOnOf(line) !== null);

export function runOnHeadings(report: Report): RuleFinding[] {
  if (absentFrom(report, ANY_RUN_ON)) return [];
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  const lines = report.parsed.lines;
  runOnLines(report.chunks, (line, at) => {
    if (line.start < from) return;
    const h = runOnOf(line) as { at: number; text: string; level: number };
    // the heading ends the line as written: a line that goes on with more numbers (琼海 2020: …以上。 二、… (一)… 1.…) lost
    // its breaks, and is read as inline lines
    if (!endsSourceLine(report.text, line.start + line.text.length)) return;
    const next = lines[at + 1];
    const first = next ? readingOf(next).head.marker : undefined;
    if (!first || first.broken || first.level !== h.level + 1 || first.value !== 1) return;
    const start = line.start + h.at;
    out.push({
      span: { start, end: start + h.text.length },
      message: {
        zh: `标题${zq(h.text)}接在了上一段的末尾：其下第一项${zq(first.text)}另起一行，标题也应另起一行`,
        en:
          `The heading ${eq(h.text)} is run onto the end of the paragraph before it: the first item under it ` +
          `(${eq(first.text)}) starts a line, and so should the heading`,
      },
      fix: {
        title: { zh: '把标题另起一行', en: 'Start the heading on a line of its own' },
        edits: [{ start, end: start, newText: '\n' }],
        safe: false,
      },
    });
  });
  return out;
}

/** Whether only spaces stand between `at` and the line's break or the text's end. */
function endsSourceLine(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\u3000')) i++;
  return i >= text.length || text[i] === '\n' || text[i] === '\r';
}
