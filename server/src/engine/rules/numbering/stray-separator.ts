// A bracketed number with a separator after it (旌德电商 2020: `(一)、项目申报管理` and `(一)、项目管理。`, where the same
// level writes `(二)资金落实`): a number in brackets takes no 、 (GB/T 9704 §7.3.3: 一、 （一） 1. （1））, and the report's
// own headings of that level say so. Where the level is written `（一）、` throughout (渌口 2020: (一)、 (二)、 (三)、 under
// 一、) the brackets are still the separator and a reviewer returns the run, once, with each 、 to delete; but a report
// that puts a 、 after every number it writes, its 1. as 1、 too (抚远 2022: 一、 (一)、 1、), keeps a scheme of its own,
// consistently, and is left alone. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';
import { isHanCode as isHan } from '../../text/han.js';

/** What may stand in the separator's place after a closing bracket: 、 and the commas a drafter types for it. */
const STRAY = new Set([...'、，,']);
/** A line opening with a bare 、: what a number leaves when its numeral and brackets are lost. */
const LOST_IN_RUN = /\n[ \t\u3000]*、/;
/** The title quoted: to its first punctuation, at most this many characters. */
const QUOTED = 12;

interface Bracketed {
  level: number;
  /** The stray separator's offset in the line, or -1 when the number stands clean before its title. */
  stray: number;
}

/** A line that starts with a whole bracketed number （一） or （1）: where its stray separator stands, if any. */
const bracketedOf = lineMemo((line: TextLine): Bracketed | null => {
  const { head } = readingOf(line);
  const m = head.marker;
  if (!m || m.broken || m.enclosed || m.open === '' || m.close === '') return null;
  const first = head.title.charAt(0);
  // a Chinese title must follow: `（一）、` alone is no heading, a title of one character is a table's cell, `(1),12` a row
  if (STRAY.has(first)) return head.title.length > 2 && isHan(head.title.charCodeAt(1)) ? { level: m.level, stray: head.titleStart } : null;
  return head.title.length > 0 ? { level: m.level, stray: -1 } : null;
});
const bracketedLines = pickedLines((line) => bracketedOf(line) !== null, numberStartLines);
/** The lines with a stray mark: most reports have none, and their bracketed lines are then not visited. */
const strayLines = pickedLines((line) => (bracketedOf(line) as Bracketed).stray >= 0, bracketedLines);

export function straySeparators(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const stray: TextLine[] = [];
  strayLines(report.chunks, (line) => {
    if (line.start >= from) stray.push(line);
  });
  if (stray.length === 0) return [];
  // the first heading of each level written clean: quoted as the report's own form
  const clean = new Map<number, string>();
  bracketedLines(report.chunks, (line) => {
    if (line.start < from) return;
    const b = bracketedOf(line) as Bracketed;
    if (b.stray < 0 && !clean.has(b.level))
      clean.set(b.level, (readingOf(line).head.marker?.text ?? '') + quoted(line.text.slice(readingOf(line).head.titleStart)));
  });
  const out: RuleFinding[] = [];
  const throughout: TextLine[] = [];
  // how many stray lines each level has: a level written so more than once is read as a run (runsThroughout)
  const strayCount = new Map<number, number>();
  for (const line of stray) {
    const { level } = bracketedOf(line) as Bracketed;
    strayCount.set(level, (strayCount.get(level) ?? 0) + 1);
  }
  for (const line of stray) {
    const b = bracketedOf(line) as Bracketed;
    // the level written clean elsewhere: its own headings show the form; or, for the one number of its level written so, a
    // bracketed number of another level written clean (岳阳县妇联 2023: (二)项目支出情况, then its one (1)、服务妇女儿童): the
    // report knows the brackets separate, whatever its 1、 does. A level written so twice or more is a run, read below
    const same = clean.get(b.level);
    const shown = same ?? (strayCount.get(b.level) === 1 ? [...clean.entries()].find(([level]) => level !== b.level)?.[1] : undefined);
    if (shown === undefined) {
      throughout.push(line);
      continue;
    }
    const { head } = readingOf(line);
    const m = head.marker as NonNullable<typeof head.marker>;
    const sep = line.text.charAt(b.stray);
    const title = quoted(line.text.slice(b.stray + 1));
    const start = line.start + b.stray;
    out.push({
      span: { start: line.start + m.start, end: start + 1 },
      message: {
        zh:
          `编号${zq(m.text + sep)}多了${zq(sep)}：括号编号后不加顿号或逗号，本文${same === undefined ? '其他括号编号' : '同级'}的标题也写作` +
          `${zq(shown)}，应为${zq(m.text + title)}`,
        en:
          `The number ${eq(m.text + sep)} has a stray ${eq(sep)}: a number in brackets takes no separator, as the report's other ` +
          `${same === undefined ? 'bracketed headings' : 'headings of this level'} show (${eq(shown)}); write ${eq(m.text + title)}`,
      },
      fix: {
        title: { zh: `删去${zq(sep)}`, en: `Remove ${eq(sep)}` },
        edits: [{ start, end: start + 1, newText: '' }],
        safe: true,
      },
    });
  }
  if (throughout.length > 0) out.push(...runsThroughout(report, throughout));
  return out;
}

/**
 * The levels written with a stray mark throughout: one finding per run (the stray lines of a level between two numbers
 * of a shallower level), where the run holds two numbers or more — one `（一）、` alone may be a table's cell or a
 * label — and the report writes no 1、 (a 、 after every number it writes is a scheme of its own).
 */
function runsThroughout(report: Report, lines: readonly TextLine[]): RuleFinding[] {
  const from = report.frontMatter.end;
  const strayAt = new Set(lines);
  // the numbered lines in order: where a run ends, and whether the report writes its 1. as 1、
  const runs: { lines: TextLine[]; end: number }[] = [];
  const open = new Map<number, TextLine[]>();
  let everySep = false;
  numberStartLines(report.chunks, (line) => {
    if (line.start < from) return;
    const { head } = readingOf(line);
    const m = head.marker;
    if (!m || m.broken || m.enclosed) return;
    if (m.level === 3 && m.sep === '、' && isHan(head.title.charCodeAt(0))) everySep = true;
    if (strayAt.has(line)) {
      let run = open.get(m.level);
      if (!run) open.set(m.level, (run = []));
      run.push(line);
      return;
    }
    // a number of a shallower level closes the runs below it
    for (const [level, run] of open) {
      if (level <= m.level) continue;
      runs.push({ lines: run, end: line.start });
      open.delete(level);
    }
  });
  if (everySep) return [];
  for (const run of open.values()) runs.push({ lines: run, end: report.text.length });
  const out: RuleFinding[] = [];
  for (const { lines: run, end } of runs) {
    if (run.length < 2) continue;
    const marks = run.map((line) => {
      const { head } = readingOf(line);
      const m = head.marker as NonNullable<typeof head.marker>;
      const at = line.start + (bracketedOf(line) as Bracketed).stray;
      return { span: { start: line.start + m.start, end: at + 1 }, at, text: line.text.slice(m.start, head.titleStart + 1) };
    });
    const first = marks[0] as (typeof marks)[number];
    const written = marks.map((k) => zq(k.text)).join('');
    const wanted = marks.map((k) => zq(k.text.slice(0, -1))).join('');
    const sep = first.text.slice(-1);
    out.push({
      span: first.span,
      message: {
        zh:
          `编号${written}多了${zq(sep)}：括号本身就是编号的分隔，括号编号后不加顿号或逗号（GB/T 9704：一、（一）1.（1）），` +
          `应为${wanted}`,
        en:
          `The numbers ${marks.map((k) => eq(k.text)).join(' ')} have a stray ${eq(sep)}: the brackets set a number apart, so it ` +
          `takes no separator (GB/T 9704: 一、 （一） 1. （1）); write ${marks.map((k) => eq(k.text.slice(0, -1))).join(' ')}`,
      },
      related: marks.slice(1).map((k) => ({
        span: k.span,
        message: { zh: `同一组编号${zq(k.text)}`, en: `a number of the same run, ${eq(k.text)}` },
      })),
      fix: {
        title: { zh: `删去各编号后的${zq(sep)}`, en: `Remove the ${eq(sep)} after each number` },
        edits: marks.map((k) => ({ start: k.at, end: k.at + 1, newText: '' })),
        // a line of the run's stretch opening with a bare 、 is a number of it that lost its brackets: with the others'
        // 、 deleted, that one would read as the next top-level number's remnant, so the deletion is offered, not applied
        safe: !LOST_IN_RUN.test(report.text.slice((run[0] as TextLine).start, end)),
      },
    });
  }
  return out;
}

/** A title to its first punctuation, at most QUOTED characters. */
function quoted(rest: string): string {
  const stop = rest.search(/[，,。；;：:（(\s]/);
  return rest.slice(0, Math.min(stop < 0 ? rest.length : stop, QUOTED));
}
