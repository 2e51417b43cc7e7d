// A Word form's ticked box is drawn in Wingdings: extracted as text it is the letter R (淳安 2020: 事前评价□ 事中评价□
// 事后评价R / 评价方式:部门(单位)绩效自评R 财政部门组织评价□). Read only on a line whose other options keep their empty
// box, right after an option's last character. Neighbouring lines are one finding; the letters and the box are data.
import data from '../pasted-debris.json' with { type: 'json' };
import type { TextLine } from '../../parse/blocks.js';
import type { Report } from '../../model/report.js';
import { pickedIndexes, pickedLines } from '../../parse/picked-lines.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import type { RuleFinding } from '../rule.js';

const { box, letters, ticked } = data.tickedBoxes;
/** The letter after an option (a character or a closing bracket), then a space, another box or the line's end. */
const TICK = new RegExp(`(?<=[\\u4e00-\\u9fa5)）])[${letters}](?=[ \\u3000${box}]|$)`, 'g');
const HAS_TICK = new RegExp(TICK.source);
/** Options quoted with their letter. */
const QUOTED = 3;
const OPTION = 4;

const tickedLines = pickedLines((l) => l.text.includes(box) && HAS_TICK.test(l.text), undefined, new RegExp(escapeRegExp(box)));

/** One finding per run of neighbouring lines holding ticked boxes extracted as letters. */
export function tickedBoxFindings(report: Report): RuleFinding[] {
  const { lines } = report.parsed;
  const runs: TextLine[][] = [];
  for (const at of pickedIndexes(tickedLines, report.chunks)) {
    const line = lines[at] as TextLine;
    const run = runs[runs.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && line.line - last.line <= 1) run.push(line);
    else runs.push([line]);
  }
  return runs.map(finding);
}

function finding(run: TextLine[]): RuleFinding {
  const ticks = run.flatMap((line) => [...line.text.matchAll(TICK)].map((m) => ({ line, at: m.index })));
  const quoted = ticks
    .slice(0, QUOTED)
    .map(({ line, at }) => `“${line.text.slice(Math.max(0, at - OPTION), at + 1).trim()}”`)
    .join('');
  const first = run[0] as TextLine;
  const last = run[run.length - 1] as TextLine;
  const where = first.line === last.line ? `${first.line + 1}` : `${first.line + 1}—${last.line + 1}`;
  const { line: l0, at: a0 } = ticks[0] as { line: TextLine; at: number };
  const { line: l1, at: a1 } = ticks[ticks.length - 1] as { line: TextLine; at: number };
  return {
    span: { start: l0.start + a0, end: l1.start + a1 + 1 },
    message: {
      zh: `表单中勾选的方框在复制时变成了字母（第 ${where} 行，如${quoted}）：原文件是 Wingdings 字体的“${ticked}”，请改回“${ticked}”`,
      en:
        `The form's ticked boxes came through as a letter (line ${where.replace('—', '–')}, e.g. ${quoted}): ` +
        `the source has a Wingdings “${ticked}”; write “${ticked}”`,
    },
    fix: {
      title: { zh: `改回“${ticked}”`, en: `Write “${ticked}”` },
      edits: ticks.map(({ line, at }) => ({ start: line.start + at, end: line.start + at + 1, newText: ticked })),
      safe: false,
    },
  };
}
