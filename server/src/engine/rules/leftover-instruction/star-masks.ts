// Asterisks standing where a name, a year or a figure belongs: a template's placeholder (公猪舍(≥**平方米)) or what a
// bidding or sharing site wrote over the report's names and figures (2024年度****部门, **区****预算人员, (中發〔****〕**號),
// 預算執行率為***%, 项目全年预算数*元, a heading's own number *.預算執行情況分析 or (*)決策情況). One reading for both:
// leftover-instruction reports them, or pasted-debris in a text that shows the site's own sign that it hides text
// (debris/masks.ts). What is not a mask: Markdown's emphasis (**重点**, paired as CommonMark pairs it), a list bullet,
// a thematic break (***), a multiplication (3*1.8*2, 20分*执行率, 元/人*月), a footnote mark, a username or phone number
// a site masked in part (da****u, 188****8989). The characters read round a lone * are data (leftover-instruction.json
// `starFigure`).
import words from '../data/leftover-instruction.json' with { type: 'json' };
import { isHanCode } from '../../text/han.js';

export interface StarMask {
  /** Offset of the run in the line's text. */
  at: number;
  length: number;
  /**
   * The run pairs with another as Markdown's emphasis would (区域**交往…经济**。): read as a mask only in a text whose
   * other masks make the reading sure.
   */
  paired: boolean;
  /**
   * A lone star after a word and before its measure (经营面积*亩, 现有职工*人): a mask only in a text with another mask, or a
   * second such star, since one could be a slip.
   */
  weak?: true;
}

const STAR = 0x2a;
const WIDE_STAR = 0xff0a;
const FIGURE_BEFORE = new Set([...words.starFigure.before].map((c) => c.charCodeAt(0)));
/** What may follow a figure: a measure, a unit, the sentence's mark (also letter-masks.ts's). */
export const FIGURE_AFTER = new Set([...words.starFigure.after].map((c) => c.charCodeAt(0)));
/** Units written in Latin letters after a masked figure (蓄积为*m3, 面积*hm2): the run of letters, digits not included. */
const LATIN_UNITS = new Set(words.starFigure.latinUnits);
const COMPARATORS = new Set([...'≥≤＞＜><=＝'].map((c) => c.charCodeAt(0)));
const OPENING = new Set([...'〔[［(（【'].map((c) => c.charCodeAt(0)));
const CLOSING = new Set([...'〕]］)）】'].map((c) => c.charCodeAt(0)));
/** What ends a field's value after its colon (名称:****, 联系电话:****。). */
const VALUE_END = new Set([...' \t\u3000|,，。;；、'].map((c) => c.charCodeAt(0)));

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isLatin = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** CommonMark's whitespace, with the line's edges (NaN) and the ideographic space. */
const isSpace = (c: number): boolean => Number.isNaN(c) || c === 32 || c === 9 || c === 0x3000;

interface Run {
  at: number;
  end: number;
  star: number;
  paired: boolean;
}

/** A thematic break (*** or * * *) or a line of stars alone: Markdown's, not a mask. */
function onlyStars(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== STAR && c !== WIDE_STAR && !isSpace(c) && c !== 45 && c !== 95) return false;
  }
  return true;
}

/** The masks of a line's text, in order. */
export function starMasks(text: string): StarMask[] {
  if (!text.includes('*') && !text.includes('＊')) return NONE;
  if (onlyStars(text)) return NONE;
  const runs: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== STAR && c !== WIDE_STAR) continue;
    let end = i + 1;
    while (text.charCodeAt(end) === c) end++;
    runs.push({ at: i, end, star: c, paired: false });
    i = end - 1;
  }
  pairEmphasis(text, runs);
  const out: StarMask[] = [];
  const first = text.length - text.trimStart().length;
  for (const r of runs) {
    const n = r.end - r.at;
    const b = text.charCodeAt(r.at - 1);
    const a = text.charCodeAt(r.end);
    // a list bullet (* 项目), an escaped star (\*), a username or a phone number masked in part (da****u, 188****8989),
    // a multiplication between figures (3*1.8*2, 1366*768)
    if (r.at === first && n === 1 && isSpace(a)) continue;
    // a unit in Latin letters (*m3) is read after a lone star only
    const unit = n === 1 && isHanCode(b) && latinUnit(text, r.end);
    if (b === 92 || isLatin(b) || (isLatin(a) && !unit) || (isDigit(b) && isDigit(a))) continue;
    const lone = n === 1 ? loneMask(text, r, b, a, unit) : NOT;
    if (n >= 2 ? longMask(text, r, b, a) : lone !== NOT) {
      out.push(lone === WEAK ? { at: r.at, length: n, paired: r.paired, weak: true } : { at: r.at, length: n, paired: r.paired });
    }
  }
  return out.length === 0 ? NONE : out;
}

const NONE: StarMask[] = [];

/** Whether a unit in Latin letters (m3, km, hm2) starts at `at`: its letters are one of `starFigure.latinUnits`. */
function latinUnit(text: string, at: number): boolean {
  let end = at;
  while (isLatin(text.charCodeAt(end))) end++;
  return end > at && end - at <= 3 && LATIN_UNITS.has(text.slice(at, end));
}

/**
 * Two or more stars: beside a Chinese character, after a comparator (≥**), filling a bracket (〔****〕) or a field's value
 * (名称:****); three or more against anything but a space (****2024年度…评价表).
 */
function longMask(text: string, r: Run, b: number, a: number): boolean {
  if (isHanCode(b) || isHanCode(a) || COMPARATORS.has(b)) return true;
  if (r.end - r.at >= 3 && !(isSpace(b) && isSpace(a))) return true;
  if (OPENING.has(b) && (CLOSING.has(a) || isDigit(a))) return true;
  return (b === 58 || b === 0xff1a) && (Number.isNaN(a) || VALUE_END.has(a));
}

const NOT = 0;
const MASK = 1;
const WEAK = 2;

/**
 * One star: a heading's own number (*.預算執行情況分析, (*)決策情況), a 文号's year (闽林场便〔*〕11号), or a figure between
 * its label and its unit (预算数*元, 执行数*元, 78.*元, 蓄积为*m3) — not a product of two quantities (20分*执行率, 元/人*月: the
 * star follows a unit). A figure after any other word, before a measure that ends it (经营面积*亩,, 现有职工*人(), is a
 * weak mask: a product's second factor is a word (面积*单价), not a bare measure.
 */
function loneMask(text: string, r: Run, b: number, a: number, unit: boolean): number {
  const after = text.charCodeAt(r.end + 1);
  if ((a === 46 || a === 0xff0e || a === 0x3001) && isHanCode(after) && !isHanCode(b) && !isDigit(b)) return MASK;
  if ((b === 40 || b === 0xff08) && (a === 41 || a === 0xff09) && isHanCode(after)) return MASK;
  if (b === 0x3014 && a === 0x3015) return MASK;
  if (!FIGURE_AFTER.has(a) && !unit) return NOT;
  if (FIGURE_BEFORE.has(b) || (b === 46 && isDigit(text.charCodeAt(r.at - 2)))) return MASK;
  const measure = unit || (isHanCode(a) && !isHanCode(after));
  return measure && isHanCode(b) && !FIGURE_AFTER.has(b) ? WEAK : NOT;
}

/**
 * Marks the runs Markdown may read as bold: a run of two or three stars with no space before it closes the nearest
 * open run of the same star; one with no space after it waits for its closer. Laxer than CommonMark's flanking rules
 * (which would not close **≥**符号 before a Chinese character, though renderers for Chinese do): a pair read as
 * emphasis is only not taken for a mask. A lone star is read as a mask only where a heading's number or a figure stands
 * (loneMask), which Markdown's italics do not look like; runs of four or more are nobody's emphasis.
 */
function pairEmphasis(text: string, runs: Run[]): void {
  const open: Run[] = [];
  for (const r of runs) {
    if (r.end - r.at === 1 || r.end - r.at > 3) continue;
    const b = text.charCodeAt(r.at - 1);
    const a = text.charCodeAt(r.end);
    const left = !isSpace(a);
    const right = !isSpace(b);
    if (right) {
      let k = open.length - 1;
      while (k >= 0 && (open[k] as Run).star !== r.star) k--;
      if (k >= 0) {
        (open[k] as Run).paired = true;
        r.paired = true;
        open.length = k;
        continue;
      }
    }
    if (left) open.push(r);
  }
}
