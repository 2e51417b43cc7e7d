// What a 自评表 cell holds as a figure: `4753.66万元`, `100%`, `≥50个`, `10`, or nothing (`-`, an
// empty cell). A cell with words besides its figure (`每亩300`, `显著`, `达成预期指标`) is no figure: it
// is not recomputed.
import type { Cell } from './table-cells.js';

export type Direction = '≥' | '≤' | '=';

export interface Figure {
  start: number;
  end: number;
  text: string;
  value: number;
  /** Digits after the decimal point as written. */
  decimals: number;
  /** The unit written after the figure ('%' for a percentage), '' for none. */
  unit: string;
  /** The comparator written before the figure, '' for none. */
  comparator: Direction | '';
}

/** ≧ ≦ and ═ (a box-drawing double line) are what web pages and OCR print for ≥ ≤ = (2022-云南-永德县明朗中学-自评表). */
const COMPARATORS: Record<string, Direction> = {
  '≥': '≥',
  '≧': '≥',
  '>': '≥',
  '＞': '≥',
  '≤': '≤',
  '≦': '≤',
  '<': '≤',
  '＜': '≤',
  '=': '=',
  '＝': '=',
  '═': '=',
  '>=': '≥',
  '＞＝': '≥',
  '<=': '≤',
  '＜＝': '≤',
};
/**
 * Comparator (>= and <= as a keyboard types ≥ ≤: >=4754人, 濉溪临时救助 2019), number (commas grouping three digits), then a
 * unit of a few letters without digits, or a rate's unit of two such parts around a slash (元/人*月).
 */
const FIGURE =
  /^(>=|<=|＞＝|＜＝|[≥≧>＞≤≦<＜=＝═]?)\s*([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.([0-9]+))?\s*([^\s0-9.,]{0,4}|[^\s0-9.,/]{1,4}\/[^\s0-9.,/]{1,4})$/;
/** A unit as figures write it: a few letters, or a rate's two parts around a slash. */
const UNIT = /^(?:[^\s0-9.,]{1,4}|[^\s0-9.,/]{1,4}\/[^\s0-9.,/]{1,4})$/;
/** An empty cell as tables write it. */
const BLANK = new Set(['', '-', '—', '－', '/', '／', '——']);
/** Units a score or weight may not carry: those are plain numbers. */
const PLAIN_UNITS = new Set(['', '分']);

export function isBlank(c: Pick<Cell, 'text'>): boolean {
  return BLANK.has(c.text);
}

/** A unit as a 度量单位 cell writes it (`%`, `万元`), normalised as figures' units are; '' when the cell is no unit. */
export function unitOf(text: string): string {
  return UNIT.test(text) ? (text === '％' ? '%' : text) : '';
}

/** The figure in a cell, or undefined when it holds words, or nothing. */
export function figureOf(c: Cell): Figure | undefined {
  const m = FIGURE.exec(c.text);
  if (!m) return undefined;
  const unit = unitOf(m[4] as string);
  const intPart = (m[2] as string).replace(/,/g, '');
  const frac = m[3] ?? '';
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    value: Number(frac ? `${intPart}.${frac}` : intPart),
    decimals: frac.length,
    unit,
    comparator: COMPARATORS[m[1] as string] ?? '',
  };
}

/** A weight or a score: a number alone (or with 分), no comparator. */
export function plainNumber(c: Cell): Figure | undefined {
  const f = figureOf(c);
  return f && f.comparator === '' && PLAIN_UNITS.has(f.unit) ? f : undefined;
}

/** A cell a money row may hold: a figure or nothing. */
export function isValue(c: Cell): boolean {
  return isBlank(c) || figureOf(c) !== undefined;
}

/** The comparator a cell holds alone (a 指标性质 cell: `≥`, `≧`, `═`), or '' for none. */
export function comparatorOf(text: string): Direction | '' {
  return COMPARATORS[text] ?? '';
}
