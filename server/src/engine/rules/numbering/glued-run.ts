// Headings whose numbers all lost their separator (埇桥 2021: `1项目资金到位情况分析。`, a paragraph, `2项目资金执行情况分析。`,
// a paragraph, `3项目资金管理情况分析。`): a short title alone on its line with one or two digits glued to it, and the next
// such line carries the next number with text between them — a heading and its body, then the next heading. Every one
// lost its 1. (GB/T 9704's third level), not just one beside whole siblings (numbering/glued-marker.ts). A list of
// items glued so line after line (荣昌 2023: 1负责…, 2开展… with nothing between) is told once, as a list (glued-list.ts);
// a figure with its unit (1月, 2个: data/heading-numbering.json) is no number, save a word that starts with a unit's
// character (项目). Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';
import data from '../data/heading-numbering.json' with { type: 'json' };

/** Digits and a short Chinese title to the line's end, a 。 or ： at most after it: a heading, not a sentence. */
const GLUED = /^([ \t\u3000]*)([0-9]{1,2})([\u4e00-\u9fa5]{2,20})[。：:]?[ \t\u3000]*$/;
const UNITS = new Set(data.unitsAfterNumber);
const WORDS = data.wordsStartingWithUnit;
/** How far apart two headings of a run may stand (a heading's body between them): farther, they are not siblings. */
const GAP = 30;
const WANT_SEP = '.';

interface Glued {
  at: number;
  digits: string;
  title: string;
}

const gluedOf = lineMemo((line: TextLine): Glued | null => {
  const g = GLUED.exec(line.text);
  if (!g) return null;
  const title = g[3] as string;
  if (UNITS.has(title[0] as string) && !WORDS.some((w) => title.startsWith(w))) return null;
  return { at: (g[1] as string).length, digits: g[2] as string, title };
});
const gluedLines = pickedLines((line) => gluedOf(line) !== null, numberStartLines);

/** Text between two lines, and no heading of a higher level (一、, (一)) that would put them in two lists. */
function bodyBetween(lines: readonly TextLine[], from: number, to: number): boolean {
  let body = false;
  for (let i = from + 1; i < to; i++) {
    const line = lines[i] as TextLine;
    if (line.text.trim() === '') continue;
    const m = readingOf(line).head.marker;
    if (m && m.level < 3) return false;
    body = true;
  }
  return body;
}

/**
 * `told`: the starts of the numbers glued-marker.ts already said, not said twice. One finding per run, on its first
 * heading, the others related, and one fix for all: the reviewer sees one level written so (宁国 生态补偿 2020: 1补偿资金结算
 * … 2资金管理及投入, annotated once).
 */
export function gluedRuns(report: Report, told: ReadonlySet<number>): RuleFinding[] {
  const from = report.frontMatter.end;
  const lines = report.parsed.lines;
  const runs: { line: TextLine; g: Glued }[][] = [];
  let run: { line: TextLine; g: Glued }[] | undefined;
  let prev: { line: TextLine; g: Glued; at: number } | undefined;
  gluedLines(report.chunks, (line, at) => {
    if (line.start < from) return;
    const g = gluedOf(line) as Glued;
    if (prev && at - prev.at <= GAP && Number(prev.g.digits) + 1 === Number(g.digits) && bodyBetween(lines, prev.at, at)) {
      if (run?.[run.length - 1]?.line !== prev.line) runs.push((run = [{ line: prev.line, g: prev.g }]));
      (run as { line: TextLine; g: Glued }[]).push({ line, g });
    }
    prev = { line, g, at };
  });
  const out: RuleFinding[] = [];
  for (const r of runs) {
    const items = r.filter(({ line, g }) => !told.has(line.start + g.at));
    const [first, ...rest] = items;
    if (!first) continue;
    const at = (x: { line: TextLine; g: Glued }): number => x.line.start + x.g.at + x.g.digits.length;
    const start = first.line.start + first.g.at;
    const want = `${first.g.digits}${WANT_SEP}`;
    out.push({
      span: { start, end: start + first.g.digits.length },
      message: {
        zh:
          `标题${zq(first.g.digits + first.g.title)}的编号${zq(first.g.digits)}后缺了点号，应为${zq(want + first.g.title)}` +
          `（本文这一级的标题编号都缺了点号，请一并补上）`,
        en:
          `The number ${eq(first.g.digits)} of heading ${eq(first.g.digits + first.g.title)} lost its point: write ` +
          `${eq(want + first.g.title)} (every heading of this level lost it: add each)`,
      },
      related: rest.map((x) => {
        const s = x.line.start + x.g.at;
        const w = `${x.g.digits}${WANT_SEP}`;
        return {
          span: { start: s, end: s + x.g.digits.length },
          message: { zh: `编号${zq(x.g.digits)}应为${zq(w)}`, en: `The number ${eq(x.g.digits)} should be ${eq(w)}` },
        };
      }),
      fix: {
        title: { zh: '给这一级的编号都加上点号', en: 'Add the point to every number of this level' },
        edits: items.map((x) => ({ start: at(x), end: at(x), newText: WANT_SEP })),
        safe: false,
      },
    });
  }
  return out;
}
