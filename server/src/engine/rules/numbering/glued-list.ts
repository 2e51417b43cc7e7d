// A list whose every number lost its separator, item after item on lines of their own (同德镇 2021: `1使困难群众…`,
// `2困难群众…`, `3覆盖全镇…`, `4采用每人…`, only blank lines between): the figures run 1, 2, 3 … glued to the items'
// words, so a reader cannot tell number from figure. Three items at least, counted from 1, with two or more glued to a
// word that is no unit (1月, 3个: data/heading-numbering.json); an item whose text starts with figures (`220211231日…`)
// holds its place in the run when it starts with the number due. Headings with their bodies between are
// numbering/glued-run.ts's; one glued number beside whole siblings numbering/glued-marker.ts's. Said once, on the
// first number, the others related: a reviewer sees one list written so. Part of heading-numbering.
import { readingOf, type TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { leadAt, numberStartLines } from './line-start.js';
import { isHan } from '../../text/han.js';
import data from '../data/heading-numbering.json' with { type: 'json' };

const UNITS = new Set(data.unitsAfterNumber);
const WORDS = data.wordsStartingWithUnit;
/** Fewest items of a run said: two lines that start 1… and 2… may be figures by chance, three in order are a list. */
const MIN_ITEMS = 3;
/** Fewest items glued to a word (not figure-led) in a run. */
const MIN_GLUED = 2;
/** How many lines above the list its heading is looked for, to say the number's form. */
const HEADING_LOOKBACK = 6;
const QUOTED = 8;

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';

interface Item {
  line: TextLine;
  /** Offset of the number in the line. */
  at: number;
  digits: string;
  glued: boolean;
}

/** The number glued to a word at the line's start (`1使…`, not `1月`), read once per line; null if there is none. */
const gluedOf = lineMemo((line: TextLine): { at: number; value: number } | null => {
  const t = line.text;
  const at = leadAt(line);
  let j = at;
  while (j < t.length && j - at < 2 && isDigit(t[j])) j++;
  const next = t[j];
  if (j === at || next === undefined || !isHan(next)) return null;
  if (UNITS.has(next) && !WORDS.some((w) => t.startsWith(w, j))) return null;
  return { at, value: Number(t.slice(at, j)) };
});
/** Only the glued lines are walked on a keystroke: few in any report. */
const gluedLines = pickedLines((line) => gluedOf(line) !== null, numberStartLines);

const itemOf = (line: TextLine, glued: boolean): Item => {
  const g = gluedOf(line);
  const at = g ? g.at : leadAt(line);
  return { line, at, digits: g ? String(g.value) : '', glued };
};

/**
 * Whether only blank lines stand between lines `from` and `to`, save, where `figureLed` is given, one line that starts
 * with that number and a figure after it (`220211231日…`, the item numbered 2): its place in the run.
 */
function between(lines: readonly TextLine[], from: number, to: number, figureLed?: string): TextLine | true | undefined {
  let led: TextLine | undefined;
  for (let i = from + 1; i < to; i++) {
    const line = lines[i] as TextLine;
    if (line.text.trim() === '') continue;
    const at = leadAt(line);
    if (figureLed === undefined || led || !line.text.startsWith(figureLed, at) || !isDigit(line.text[at + figureLed.length]))
      return undefined;
    led = line;
  }
  return figureLed === undefined ? true : led;
}

/** `told`: the starts of numbers other readings said. */
export function gluedLists(report: Report, told: ReadonlySet<number>): RuleFinding[] {
  const from = report.frontMatter.end;
  const lines = report.parsed.lines;
  const runs: { items: Item[]; first: number }[] = [];
  let run: { items: Item[]; first: number; last: number } | undefined;
  gluedLines(report.chunks, (line, at) => {
    if (line.start < from || line.inLine) return;
    const value = (gluedOf(line) as { value: number }).value;
    if (run) {
      const due = run.items.length + 1;
      if (value === due && between(lines, run.last, at) === true) {
        run.items.push(itemOf(line, true));
        run.last = at;
        return;
      }
      const led = value === due + 1 ? between(lines, run.last, at, String(due)) : undefined;
      if (led !== undefined && led !== true) {
        run.items.push({ ...itemOf(led, false), digits: String(due) }, itemOf(line, true));
        run.last = at;
        return;
      }
      runs.push(run);
    }
    run = value === 1 ? { items: [itemOf(line, true)], first: at, last: at } : undefined;
  });
  if (run) runs.push(run);
  const out: RuleFinding[] = [];
  for (const r of runs) {
    if (r.items.length < MIN_ITEMS || r.items.filter((x) => x.glued).length < MIN_GLUED) continue;
    const [first, ...rest] = r.items as [Item, ...Item[]];
    const start = first.line.start + first.at;
    if (told.has(start)) continue;
    const form = formFor(lines, r.first);
    const shown = r.items.map((x) => zq(x.digits)).join('');
    const want = r.items.map((x) => zq(form(x.digits))).join('');
    const quote = first.line.text.slice(first.at, first.at + first.digits.length + QUOTED);
    out.push({
      span: { start, end: start + first.digits.length },
      message: {
        zh:
          `这一列表的编号${shown}后都没有点号或顿号（${zq(`${quote}…`)}），编号与正文的文字连在一起，` +
          `读者分不清是编号还是数字：请逐项写作${want}`,
        en:
          `The numbers of this list, ${r.items.map((x) => eq(x.digits)).join(' ')}, have no point or 、 after them ` +
          `(${eq(`${quote}…`)}), so number and text run together: write ${r.items.map((x) => eq(form(x.digits))).join(' ')}`,
      },
      related: rest.map((x) => {
        const s = x.line.start + x.at;
        return {
          span: { start: s, end: s + x.digits.length },
          message: { zh: `编号${zq(x.digits)}应为${zq(form(x.digits))}`, en: `The number ${eq(x.digits)} should be ${eq(form(x.digits))}` },
        };
      }),
    });
  }
  return out;
}

/** The form the list's numbers take: 1. (GB/T 9704's third level), or (1) under a heading numbered 1. or (1). */
function formFor(lines: readonly TextLine[], at: number): (digits: string) => string {
  for (let i = at - 1; i >= 0 && i >= at - HEADING_LOOKBACK; i--) {
    const m = readingOf(lines[i] as TextLine).head.marker;
    if (m) return m.level >= 3 ? (d) => `(${d})` : (d) => `${d}.`;
  }
  return (d) => `${d}.`;
}
