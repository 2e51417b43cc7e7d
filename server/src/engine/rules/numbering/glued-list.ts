// A list whose every number lost its separator, item after item on lines of their own (同德镇 2021: `1使困难群众…`,
// `2困难群众…`, `3覆盖全镇…`, `4采用每人…`, only blank lines between): the figures run 1, 2, 3 … glued to the items'
// words, so a reader cannot tell number from figure. Three items at least, counted from 1, with two or more glued to a
// word that is no unit (1月, 3个: data/heading-numbering.json); an item whose text starts with figures (`220211231日…`)
// holds its place in the run when it starts with the number due. Headings with their bodies between are
// numbering/glued-run.ts's; one glued number beside whole siblings numbering/glued-marker.ts's. Said once, on the
// first number, the others related: a reviewer sees one list written so. Part of heading-numbering.
import { readingOf, type TextLine } from '../../parse/blocks.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { leadAt, numberStartLines } from './line-start.js';
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
const isHan = (c: string | undefined): boolean => c !== undefined && c >= '\u4e00' && c <= '\u9fa5';

const digitLines = pickedLines((line) => isDigit(line.text[leadAt(line)]), numberStartLines);

interface Item {
  line: TextLine;
  /** Offset of the number in the line. */
  at: number;
  digits: string;
  glued: boolean;
}

/** The item numbered `n` at the line's start: its digits glued to a word, or followed by more figures (figure-led). */
function itemAt(line: TextLine, n: number): Item | undefined {
  const at = leadAt(line);
  const digits = String(n);
  if (!line.text.startsWith(digits, at)) return undefined;
  const next = line.text[at + digits.length];
  if (isDigit(next)) return { line, at, digits, glued: false };
  if (!isHan(next)) return undefined;
  const rest = line.text.slice(at + digits.length);
  if (UNITS.has(next as string) && !WORDS.some((w) => rest.startsWith(w))) return undefined;
  return { line, at, digits, glued: true };
}

/** Only blank lines between lines `from` and `to`. */
function blankBetween(lines: readonly TextLine[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if ((lines[i] as TextLine).text.trim() !== '') return false;
  return true;
}

/** `told`: the starts of numbers other readings said. */
export function gluedLists(report: Report, told: ReadonlySet<number>): RuleFinding[] {
  const from = report.frontMatter.end;
  const lines = report.parsed.lines;
  const runs: { items: Item[]; first: number }[] = [];
  let run: { items: Item[]; first: number; last: number } | undefined;
  digitLines(report.chunks, (line, at) => {
    if (line.start < from || line.inLine) return;
    const next = run ? itemAt(line, run.items.length + 1) : undefined;
    if (run && next && blankBetween(lines, run.last, at)) {
      run.items.push(next);
      run.last = at;
      return;
    }
    if (run) runs.push(run);
    const one = itemAt(line, 1);
    run = one?.glued ? { items: [one], first: at, last: at } : undefined;
  });
  if (run) runs.push(run);
  const out: RuleFinding[] = [];
  for (const r of runs) {
    // a figure-led item last is no item: the run ends before it
    while (r.items.length > 0 && !(r.items.at(-1) as Item).glued) r.items.pop();
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
