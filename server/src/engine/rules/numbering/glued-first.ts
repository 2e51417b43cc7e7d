// The first item under a heading whose number 1 lost its separator and runs into the item's sentence (元阳 融媒体 2022:
// `3.年度工作计划及重点工作任务情况` then `1以全媒体为依托,围绕全县乡村振兴…`): a paragraph that opens with the digit 1
// glued to a word, right below a numbered heading, is its first item, to be written 1. or (1) as the level below the
// heading calls for. A figure with its unit (1月, 1人: data/heading-numbering.json) is no number; a short title alone on
// its line is numbering/glued-marker.ts's; and a list that writes all its numbers so (荣昌 2023: 1负责… then 2开展…) has
// a form of its own. Read on every line whatever the outline. Part of heading-numbering.
import { readingOf } from '../../parse/blocks.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';
import data from '../data/heading-numbering.json' with { type: 'json' };

/** 1 glued to a word at a paragraph's start, then a sentence (a mark follows within it). */
const GLUED_ONE = /^([ \t\u3000]*)1([\u4e00-\u9fa5]{1,30})[，,。；;：:、]/;
/** A bare 2 glued to a word at a line's start: the list's own form. */
const GLUED_TWO = /^[ \t\u3000]*2[\u4e00-\u9fa5]/;
const UNITS = new Set(data.unitsAfterNumber);
/** How many characters of the item are quoted. */
const QUOTED = 8;
/** A heading's text at most: a longer numbered line is a paragraph. */
const HEADING_MAX = 40;

const gluedLines = pickedLines((line) => {
  const g = GLUED_ONE.exec(line.text);
  return g !== null && !UNITS.has((g[2] as string)[0] as string);
}, numberStartLines);

export function gluedFirstItems(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  const lines = report.parsed.lines;
  gluedLines(report.chunks, (line, at) => {
    if (line.start < from || line.inLine) return;
    const heading = lines[at - 1];
    if (!heading || heading.start < from || heading.block === line.block || heading.text.trim().length > HEADING_MAX) return;
    const { marker: m, title } = readingOf(heading).head;
    if (!m || m.broken || /[。；;]/.test(heading.text)) return;
    const next = lines[at + 1];
    if (next && GLUED_TWO.test(next.text)) return;
    const g = GLUED_ONE.exec(line.text) as RegExpExecArray;
    const start = line.start + (g[1] as string).length;
    const want = m.level >= 3 ? '(1)' : '1.';
    const item = `1${(g[2] as string).slice(0, QUOTED - 1)}`;
    out.push({
      span: { start, end: start + 1 },
      message: {
        zh: `${zq(m.text + title)}下第一项的编号${zq('1')}缺了标点，与正文连在一起（${item}）：应写作${zq(want)}`,
        en:
          `The number ${eq('1')} of the first item under ${eq(m.text + title)} lost its mark and runs into ` +
          `the text (${item}): write ${eq(want)}`,
      },
      fix: {
        title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
        edits: [{ start, end: start + 1, newText: want }],
        safe: false,
      },
    });
  });
  return out;
}
