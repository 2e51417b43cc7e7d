// A third-level heading number that lost its separator (江永 2024: `1职能职责` above `1)贯彻执行…` and `2.机构和人员情况`):
// one or two digits glued to a short title alone on its line, where the report's next third-level number (1. 1、) is the
// one after it or the one before is the one before. A figure with its unit (1月, 60岁老兵补助: data/heading-numbering.json)
// is no number, and a list that writes all its numbers so (1负责… 2开展…) has a form of its own: its siblings are no 2. or
// 2、. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { readingOf } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import { numberStartLines } from './line-start.js';
import { rareInRun } from './rare-in-run.js';
import data from '../data/heading-numbering.json' with { type: 'json' };

/** Digits and a Chinese title to the line's end, with no mark: a heading, not a sentence. */
const GLUED = /^([ \t\u3000]*)([0-9]{1,2})([\u4e00-\u9fa5]{2,20})[ \t\u3000]*$/;
const UNITS = new Set(data.unitsAfterNumber);

interface Numbered {
  value: number;
  /** A number written whole: as written, and its separator. */
  text?: string;
  sep?: string;
  glued?: { at: number; digits: string; title: string };
}

/** A line's third-level number: glued to its title (`glued`), written whole, or none (null); 0 for a number of levels 1–2. */
const numberOf = lineMemo((line: TextLine): Numbered | null => {
  const g = GLUED.exec(line.text);
  if (g && !UNITS.has((g[3] as string)[0] as string)) {
    const digits = g[2] as string;
    return { value: Number(digits), glued: { at: (g[1] as string).length, digits, title: g[3] as string } };
  }
  const m = readingOf(line).head.marker;
  if (!m || m.broken) return null;
  if (m.level === 3 && m.sep !== '') return { value: m.value, text: m.text, sep: m.sep };
  return m.level < 3 ? { value: 0 } : null;
});
const numberedLines = pickedLines((line) => numberOf(line) !== null, numberStartLines);
const gluedLines = pickedLines((line) => (numberOf(line) as Numbered).glued !== undefined, numberedLines);

/** An item numbered whole (1、 1.) after a mark, its short title ending the line. */
const ITEM_AT_END = /(?:^|[:：，,；;\s])(([0-9]{1,2})([、.．]))[\u4e00-\u9fa5]{2,20}$/;
/** How far back the line before is read (a flattened line is long; its last item is near its end). */
const LINE_BEFORE = 80;

/**
 * The sibling one before written inline at the end of the line before, after a mark (益阳总工会 2022: `其中:1、运行维护经费`,
 * then `2专项资金` alone on the next line): a list whose first item was run into its lead-in line.
 */
function inlineBefore(text: string, lineStart: number, value: number): { text: string; sep: string } | undefined {
  if (value < 1) return undefined;
  let end = lineStart - 1;
  while (end > 0 && /[\s]/.test(text[end - 1] ?? '')) end--;
  const tail = text.slice(Math.max(0, end - LINE_BEFORE), end);
  const m = ITEM_AT_END.exec(tail.slice(tail.lastIndexOf('\n') + 1));
  if (!m || Number(m[2]) !== value) return undefined;
  return { text: m[1] as string, sep: m[3] as string };
}

export function gluedMarkers(report: Report): RuleFinding[] {
  const from = report.frontMatter.end;
  const out: RuleFinding[] = [];
  rareInRun(report.chunks, numberedLines, gluedLines, from, (line, b, a) => {
    const n = numberOf(line) as Numbered & Required<Pick<Numbered, 'glued'>>;
    const before = b && (numberOf(b) as Numbered);
    const after = a && (numberOf(a) as Numbered);
    const sibling = (x: Numbered | undefined, v: number): x is Numbered & { text: string; sep: string } =>
      x?.sep !== undefined && x.value === v && v > 0;
    const next = sibling(after, n.value + 1)
      ? after
      : sibling(before, n.value - 1)
        ? before
        : inlineBefore(report.text, line.lineStart, n.value - 1);
    if (!next) return;
    const start = line.start + n.glued.at;
    const end = start + n.glued.digits.length;
    const want = `${n.glued.digits}${next.sep}`;
    out.push({
      span: { start, end },
      message: {
        zh:
          `标题${zq(n.glued.digits + n.glued.title)}的编号${zq(n.glued.digits)}后缺了${next.sep === '、' ? '顿号' : '点号'}，` +
          `应为${zq(want + n.glued.title)}（同级编号写作${zq(next.text)}）`,
        en:
          `The number ${eq(n.glued.digits)} of heading ${eq(n.glued.digits + n.glued.title)} lost its separator: ` +
          `write ${eq(want + n.glued.title)}, as its sibling ${eq(next.text)} is written`,
      },
      fix: {
        title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
        edits: [{ start: end, end, newText: next.sep }],
        safe: false,
      },
    });
  });
  return out;
}
