// An inline item's number that lost its separator among siblings written whole on the same line (办公楼维修: `1、产出指标:…
// 2、效益指标:…,3满意度指标:满意度≥100%`), or a PDF's 1 read as the letter L (大足 2020: `(一)项目基本情况L预算项目情况分析。
// …2.项目组织情况分析。`). Judged on the line's own sequence: the number next to it (one before or one after) is written
// with its 、 or . after a mark, and both titles are short and end in the same mark (`指标:` and `指标:`, `分析。` and
// `分析。`), so the bare number stands where the list's next item starts. A figure with its unit (3个, 2楼:
// data/heading-numbering.json) is no number, and a bare number after a word (附表3) is no item. A number alone at the
// start of its line is glued-marker's. Read on every line whatever the outline. Part of heading-numbering.
import type { TextLine } from '../../parse/blocks.js';
import { lineMemo } from '../../parse/line-memo.js';
import { pickedLines } from '../../parse/picked-lines.js';
import type { Report } from '../../model/report.js';
import { zq, eq } from '../format.js';
import type { RuleFinding } from '../rule.js';
import data from '../data/heading-numbering.json' with { type: 'json' };
import { execAll } from '../../text/exec-all.js';

const UNITS = new Set(data.unitsAfterNumber);
/** A bare number after a mark before a Chinese word, or the letter a PDF reads for 1 between two Chinese characters. */
const CANDIDATE = /(?:[，,；;。：:][ \u3000]?)([0-9]{1,2})(?=[\u4e00-\u9fa5])|(?<=[\u4e00-\u9fa5])([LlI])(?=[\u4e00-\u9fa5])/g;
/** A short title and the mark that ends it. */
const TITLE = /^[\u4e00-\u9fa5]{2,12}([:：。；;，,])/;
/** A sibling written whole, a short title and its mark after it (2、绩效目标：): what every finding's line holds, tested first. */
const WHOLE_SIBLING = /[0-9][、.．][\u4e00-\u9fa5]{2,12}[:：。；;，,]/;
/** How far from the bare number its sibling is looked for. */
const NEAR = 300;

interface Glued {
  /** Offset of the bare number (or letter) in the line. */
  at: number;
  written: string;
  /** The item's title after it (up to its ending mark). */
  title: string;
  value: number;
  /** The sibling written whole: its marker and separator. */
  sibling: string;
  sep: string;
}

const mark = (c: string): string => (c === '：' ? ':' : c === '；' ? ';' : c === '，' ? ',' : c);

/** The title starting at `at` in `text` and the mark ending it (colons, semicolons and commas folded to one width). */
function titleAt(text: string, at: number): { title: string; end: string } | undefined {
  const m = TITLE.exec(text.slice(at, at + 16));
  return m ? { title: m[0].slice(0, -1), end: mark(m[1] as string) } : undefined;
}

const ending = (text: string, at: number): string | undefined => titleAt(text, at)?.end;

/** The sibling `value` written whole (`2、`, `2.`) after a mark or a space within `NEAR` of `at`, ending its title as `end`. */
function siblingNear(t: string, at: number, value: number, end: string, after: boolean): { sep: string } | undefined {
  const from = after ? at : Math.max(0, at - NEAR);
  const to = after ? Math.min(t.length, at + NEAR) : at;
  const window = t.slice(from, to);
  for (const sep of ['、', '.', '．']) {
    const written = `${value}${sep}`;
    for (let i = window.indexOf(written); i >= 0; i = window.indexOf(written, i + 1)) {
      // an item starts the line or follows a mark or a space; 1.5 and 附表2、 are no items
      const before = t[from + i - 1] ?? '';
      if (before !== '' && !/[\s，,；;。：:)）]/.test(before)) continue;
      if (ending(t, from + i + written.length) === end) return { sep };
    }
  }
  return undefined;
}

const gluedOf = lineMemo((line: TextLine): Glued[] | null => {
  const t = line.text;
  if (!WHOLE_SIBLING.test(t)) return null;
  let out: Glued[] | null = null;
  for (const m of execAll(CANDIDATE, t)) {
    const digits = m[1];
    const letter = m[2];
    const written = (digits ?? letter) as string;
    const at = (m.index ?? 0) + m[0].length - written.length;
    const after = at + written.length;
    if (digits !== undefined && UNITS.has(t[after] as string)) continue;
    const value = digits !== undefined ? Number(digits) : 1;
    if (value === 0) continue;
    const own = titleAt(t, after);
    if (own === undefined) continue;
    const { title, end } = own;
    const next = siblingNear(t, after, value + 1, end, true);
    const prev = next || value === 1 || letter ? undefined : siblingNear(t, at, value - 1, end, false);
    const found = next ?? prev;
    if (!found) continue;
    (out ??= []).push({ at, written, title, value, sibling: `${next ? value + 1 : value - 1}${found.sep}`, sep: found.sep });
  }
  return out;
});
const gluedLines = pickedLines((line) => gluedOf(line) !== null, undefined, WHOLE_SIBLING);

export function inlineGlued(report: Report): RuleFinding[] {
  const out: RuleFinding[] = [];
  const from = report.frontMatter.end;
  gluedLines(report.chunks, (line) => {
    if (line.start < from) return;
    for (const g of gluedOf(line) as Glued[]) {
      const start = line.start + g.at;
      const end = start + g.written.length;
      const want = `${g.value}${g.sep}`;
      const letter = !/[0-9]/.test(g.written);
      out.push({
        span: { start, end },
        message: letter
          ? {
              zh:
                `列举项${zq(g.written + g.title)}的编号${zq(g.written)}是字母，应为${zq(want + g.title)}` +
                `（PDF 把 1 识别成了字母；同一列举的下一项写作${zq(g.sibling)}）`,
              en:
                `The number ${eq(g.written)} of item ${eq(g.written + g.title)} is a letter: write ${eq(want + g.title)} ` +
                `(a PDF read 1 as a letter; the next item is ${eq(g.sibling)})`,
            }
          : {
              zh:
                `列举项${zq(g.written + g.title)}的编号${zq(g.written)}后缺了${g.sep === '、' ? '顿号' : '点号'}，` +
                `应为${zq(want + g.title)}（同一列举的编号写作${zq(g.sibling)}）`,
              en:
                `The number ${eq(g.written)} of item ${eq(g.written + g.title)} lost its separator: write ${eq(want + g.title)}, ` +
                `as its sibling ${eq(g.sibling)} is written`,
            },
        fix: {
          title: { zh: `改为${zq(want)}`, en: `Change to ${eq(want)}` },
          edits: [{ start, end, newText: want }],
          safe: false,
        },
      });
    }
  });
  return out;
}
