// The money row of a 自评表 whose cells a web page or a PDF glued together, header and all
// (`全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10`: 2022-四川-中江县水利局-自评表;
// `年初预算数全年预算数全年执行数分值执行率得分` / `年度资金总额145000000.00145000000.00145000000.0010100.0%10`:
// 2020-上海-松江区九亭镇-自评表). The digits can be cut many ways; the row's own rate tells which: read only when
// exactly one cut, in the header's order, gives amounts written alike (the same decimals, no leading zero), a
// weight of a whole number up to 100, a score up to the weight, and 全年执行数 ÷ 全年预算数 = the written 执行率
// (neither 0: a row with nothing spent is not read).
// A row whose rate does not agree with any cut is left unread (so its wrong rate is not flagged: silence over
// a guess). Linear in the cell for the header; the cuts of one row are bounded by MAX_RUN.
import type { Cell } from './table-cells.js';
import { figureOf, type Figure } from './table-figure.js';
import { halfUnit } from '../parse/numbers.js';

/** The money columns a glued row may hold, in the order DOMAIN-TABLES §1a prints them. */
type Col = 'initial' | 'budget' | 'spent' | 'weight' | 'rate' | 'score';

/** The longest run of glued figures read: six cells of a row, not a page of digits. */
const MAX_RUN = 48;
/** The bracket a header cell may carry ((A), (B/A), (万元)): a few characters. */
const BRACKET = /^[(（][^()（）]{0,6}[)）]/;
/** A glued figure run after its label: digits, dots and one percent sign (a colon may stand before it). */
const RUN = /^[:：]?([0-9.]+%[0-9.]*)/;
/** How far before the 执行率 name a glued header is looked for. */
const HEADER_BACK = 40;
const FULL_SCORE = 100;
const TOLERANCE = 0.01;

const longestFirst = new WeakMap<ReadonlyMap<string, string>, string[]>();

export interface GluedMoney {
  label: Cell;
  figures: Partial<Record<Col, Figure>>;
  /** Where the row ends in the cell. */
  end: number;
}

/**
 * The money header glued into `text` around its 执行率 (names from `names`, each with an optional bracket):
 * its columns in order and where it ends; undefined without budget, spent and rate.
 */
export function gluedMoneyHeader(text: string, names: ReadonlyMap<string, string>): { cols: Col[]; end: number } | undefined {
  const at = text.indexOf('执行率');
  if (at < 0) return undefined;
  let sorted = longestFirst.get(names);
  if (!sorted) longestFirst.set(names, (sorted = [...names.keys()].sort((a, b) => b.length - a.length)));
  let cols: Col[] = [];
  let p = Math.max(0, at - HEADER_BACK);
  let end = -1;
  while (p < text.length) {
    const name = sorted.find((n) => text.startsWith(n, p));
    if (name === undefined) {
      if (p > at) break; // past the rate: the header ended
      cols = [];
      p++;
      continue;
    }
    const col = names.get(name) as Col;
    if (cols.includes(col)) break;
    cols.push(col);
    p += name.length;
    const b = BRACKET.exec(text.slice(p, p + 8));
    if (b) p += b[0].length;
    end = p;
  }
  return cols.includes('budget') && cols.includes('spent') && cols.includes('rate') ? { cols, end } : undefined;
}

/** The row glued after `label` in `cell` (from offset `from` of its text) under the header's columns, when one cut fits. */
export function gluedMoneyRow(
  cell: Cell,
  labelFrom: number,
  labelTo: number,
  cols: readonly Col[],
  spare: { steps: number },
): GluedMoney | undefined {
  const m = RUN.exec(cell.text.slice(labelTo, labelTo + MAX_RUN + 1));
  if (!m || !m[1] || m[1].length > MAX_RUN) return undefined;
  const runFrom = labelTo + m[0].length - m[1].length;
  const pct = m[1].indexOf('%');
  const before = m[1].slice(0, pct);
  const after = m[1].slice(pct + 1);
  const rateAt = cols.indexOf('rate');
  const head = cols.slice(0, rateAt);
  const tail = cols.slice(rateAt + 1);
  if (tail.length > 1 || (tail.length === 1 && tail[0] !== 'score') || (tail.length === 0 && after !== '')) return undefined;
  const found = cuts(before, head, spare);
  if (found.length !== 1) return undefined;
  const cut = found[0] as Cut;
  const sub = (from: number, to: number): Figure | undefined =>
    figureOf({
      start: cell.start + runFrom + from,
      end: cell.start + runFrom + to,
      text: cell.text.slice(runFrom + from, runFrom + to),
      rowEnd: false,
    });
  const figures: Partial<Record<Col, Figure>> = {};
  for (const [col, [from, to]] of cut) {
    // the rate with its percent sign
    const f = sub(from, col === 'rate' ? pct + 1 : to);
    if (!f) return undefined;
    figures[col] = f;
  }
  if (after !== '') {
    const score = sub(pct + 1, m[1].length);
    const weight = figures.weight;
    if (!score || score.decimals > 2 || (weight && score.value > weight.value)) return undefined;
    figures.score = score;
  }
  return {
    label: { start: cell.start + labelFrom, end: cell.start + labelTo, text: cell.text.slice(labelFrom, labelTo), rowEnd: false },
    figures,
    end: runFrom + m[1].length,
  };
}

/** A cut: each column's [from, to) in the digits before the percent sign; the rate's is its own. */
type Cut = Map<Col, [number, number]>;

/**
 * Every cut of `digits` into the header's columns before the rate (年初预算数 may be missing: left empty),
 * then the rate, that fits as the file comment says.
 */
function cuts(digits: string, head: readonly Col[], spare: { steps: number }): Cut[] {
  if (!head.includes('budget') || !head.includes('spent') || digits.length > MAX_RUN) return [];
  const out: Cut[] = [];
  const seqs = head.includes('initial') ? [head, head.filter((c) => c !== 'initial')] : [head];
  const budget = { steps: Math.min(MAX_STEPS, spare.steps) };
  for (const seq of seqs)
    for (let decimals = 0; decimals <= MAX_DECIMALS; decimals++) walk(digits, 0, seq, 0, decimals, new Map(), out, budget);
  spare.steps -= Math.min(MAX_STEPS, spare.steps) - Math.max(0, budget.steps);
  // cut short: what was not tried may fit too, so nothing is certain
  return budget.steps < 0 ? [] : out;
}

/** Decimals an amount of a money row may carry (万元 to four places). */
const MAX_DECIMALS = 4;
/** The longest amount cut (a 元 figure in the billions, with its decimals). */
const LONGEST_AMOUNT = 16;
/**
 * Cuts tried per row at most: a row of real figures needs under two hundred; a page of digits is given up. The
 * caller's `spare` bounds the rows of a window together (a page of glued headers and rows stays linear).
 */
const MAX_STEPS = 1000;

function walk(
  digits: string,
  at: number,
  seq: readonly Col[],
  k: number,
  decimals: number,
  cut: Cut,
  out: Cut[],
  budget: { steps: number },
): void {
  if (out.length > 1 || --budget.steps < 0) return; // two fit already (ambiguous), or too many to try
  if (k === seq.length) {
    const rate = digits.slice(at);
    if (!isNumber(rate, 3) || !agrees(digits, cut, rate)) return;
    out.push(new Map([...cut, ['rate', [at, digits.length]]]));
    return;
  }
  const col = seq[k] as Col;
  for (const to of tokenEnds(digits, at, col === 'weight' ? 0 : decimals, col === 'weight' ? 3 : LONGEST_AMOUNT)) {
    // a weight is a whole number from 1 to the table's 100 (a 0 cut off as the weight lets 145000000.00 read as 45000000.001)
    if (col === 'weight' && !(Number(digits.slice(at, to)) >= 1 && Number(digits.slice(at, to)) <= FULL_SCORE)) continue;
    cut.set(col, [at, to]);
    walk(digits, to, seq, k + 1, decimals, cut, out, budget);
    cut.delete(col);
  }
}

/**
 * Where a number starting at `at` may end with exactly `decimals` decimals, no leading zero and at most `longest`
 * characters, short of the last character (the rate's); read character by character, no slice per try.
 */
function tokenEnds(digits: string, at: number, decimals: number, longest: number): number[] {
  const ends: number[] = [];
  // a leading 0 is a number alone or before its point (0.5)
  const zero = digits[at] === '0';
  let dot = -1;
  for (let to = at + 1; to < digits.length && to - at <= longest; to++) {
    const c = digits[to - 1];
    if (c === '.') {
      if (dot >= 0 || to - 1 === at) break;
      dot = to - 1;
      continue;
    }
    if (zero && dot < 0 && to - at > 1) break;
    if ((dot < 0 ? 0 : to - 1 - dot) === decimals) ends.push(to);
    else if (dot >= 0 && to - 1 - dot > decimals) break;
  }
  return ends;
}

/** A number with no leading zero (0.5 and 0 are fine), at most `intDigits` digits before its point. */
function isNumber(s: string, intDigits: number): boolean {
  const m = /^(0|[1-9][0-9]*)(?:\.([0-9]+))?$/.exec(s);
  return m !== null && (m[1] as string).length <= intDigits;
}

const decimalsOf = (s: string): number => (s.includes('.') ? s.length - s.indexOf('.') - 1 : 0);

/** 全年执行数 ÷ 全年预算数 is the written rate, to its rounding; the weight, if any, at most the table's 100. */
function agrees(digits: string, cut: Cut, rate: string): boolean {
  const value = (c: Col): number => {
    const [from, to] = cut.get(c) as [number, number];
    return Number(digits.slice(from, to));
  };
  const budget = value('budget');
  const spent = value('spent');
  if (budget <= 0 || (cut.has('weight') && value('weight') > FULL_SCORE)) return false;
  // nothing spent, or a rate of 0, cannot be told from a cut that runs the digits into the budget (211821181 | 0 | 0%;
  // 2118211 | 810 | 0%: a small share rounds to 0): such a row is not read
  if (spent === 0 || Number(rate) === 0) return false;
  return Math.abs((spent / budget) * 100 - Number(rate)) <= Math.max(halfUnit(decimalsOf(rate)), TOLERANCE) + 1e-9;
}
