// The money row of a 自评表 whose cells a web page or a PDF glued together, header and all
// (`全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:202010100.00%10`: 2022-四川-中江县水利局-自评表;
// `年初预算数全年预算数全年执行数分值执行率得分` / `年度资金总额145000000.00145000000.00145000000.0010100.0%10`:
// 2020-上海-松江区九亭镇-自评表). The digits can be cut many ways; the row's own rate tells which: read only when
// exactly one cut, in the header's order, gives amounts written alike (the same decimals, no leading zero), a
// weight of a whole number up to 100, a score up to the weight, and 全年执行数 ÷ 全年预算数 = the written 执行率
// (neither 0: a row with nothing spent is not read).
// An amount may carry its unit (`年度资金总额50万元47.6895.00%`: 2023-宁夏-宁夏福彩发行中心-自评表): the unit ends it,
// so it is one column and the cut is of the digits after it. When no cut gives the written rate, the one cut whose
// rate is near it (`gluedNearRate` points and `gluedNearShare` of it: self-eval-table.json) is read, so its wrong rate is found; a row
// with no such cut, or two, is left unread (silence over a guess). Linear in the cell for the header; the cuts of
// one row are bounded by MAX_RUN.
import type { Cell } from './table-cells.js';
import { figureOf, type Figure } from './table-figure.js';
import { halfUnit } from '../parse/numbers.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import WORDS from './self-eval-table.json' with { type: 'json' };

/** The money columns a glued row may hold, in the order DOMAIN-TABLES §1a prints them. */
type Col = 'initial' | 'budget' | 'spent' | 'weight' | 'rate' | 'score';

/** The longest run of glued figures read: six cells of a row, not a page of digits. */
const MAX_RUN = 48;
/** The bracket a header cell may carry ((A), (B/A), (万元)): a few characters. */
const BRACKET = /^[(（][^()（）]{0,6}[)）]/;
const MONEY_UNIT = `(?:${[...WORDS.gluedMoneyUnits]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|')})`;
/**
 * A glued figure run after its label: amounts each ended by a unit, then digits, dots and one percent sign (a
 * colon may stand before it). Digits and units share no character: each amount ends at one place only.
 */
const RUN = new RegExp(`^[:：]?((?:[0-9.]+${MONEY_UNIT})*[0-9.]+%[0-9.]*)`);
/** An amount with its unit, at the start of what is left of a run. */
const UNIT_AMOUNT = new RegExp(`^([0-9.]+)(${MONEY_UNIT})`);
/** Characters a run may hold besides its figures: a unit after each of its amounts. */
const UNITS_ROOM = 12;
/** How far before the 执行率 name a glued header is looked for. */
const HEADER_BACK = 40;
const FULL_SCORE = 100;
const TOLERANCE = 0.01;

/** By names, the names by their first character, longest first: a place is compared with the few that can start there. */
const byFirst = new WeakMap<ReadonlyMap<string, string>, Map<number, string[]>>();

function namesByFirst(names: ReadonlyMap<string, string>): Map<number, string[]> {
  let index = byFirst.get(names);
  if (!index) {
    index = new Map();
    for (const n of [...names.keys()].sort((a, b) => b.length - a.length)) {
      const list = index.get(n.charCodeAt(0));
      if (list) list.push(n);
      else index.set(n.charCodeAt(0), [n]);
    }
    byFirst.set(names, index);
  }
  return index;
}

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
  const starting = namesByFirst(names);
  let cols: Col[] = [];
  let p = Math.max(0, at - HEADER_BACK);
  let end = -1;
  while (p < text.length) {
    const name = starting.get(text.charCodeAt(p))?.find((n) => text.startsWith(n, p));
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
  const m = RUN.exec(cell.text.slice(labelTo, labelTo + MAX_RUN + UNITS_ROOM + 1));
  if (!m || !m[1] || m[1].length > MAX_RUN + UNITS_ROOM) return undefined;
  const run = m[1];
  const runFrom = labelTo + m[0].length - run.length;
  const pct = run.indexOf('%');
  const marked = markedAmounts(run, pct);
  if (!marked) return undefined;
  const after = run.slice(pct + 1);
  const rateAt = cols.indexOf('rate');
  const head = cols.slice(0, rateAt);
  const tail = cols.slice(rateAt + 1);
  if (tail.length > 1 || (tail.length === 1 && tail[0] !== 'score') || (tail.length === 0 && after !== '')) return undefined;
  const found = cuts(run, marked, pct, head, spare);
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
    const score = sub(pct + 1, run.length);
    const weight = figures.weight;
    if (!score || score.decimals > 2 || (weight && score.value > weight.value)) return undefined;
    figures.score = score;
  }
  return {
    label: { start: cell.start + labelFrom, end: cell.start + labelTo, text: cell.text.slice(labelFrom, labelTo), rowEnd: false },
    figures,
    end: runFrom + run.length,
  };
}

/** A cut: each column's [from, to) in the run (the rate's is its own, to the percent sign). */
type Cut = Map<Col, [number, number]>;

/**
 * The amounts a unit ends at the start of the run, as [from, to) of their digits (the unit after), each a number
 * and all in one unit (their ratio is the rate); undefined when not.
 */
function markedAmounts(run: string, pct: number): [number, number][] | undefined {
  const out: [number, number][] = [];
  let unit: string | undefined;
  for (let at = 0; ;) {
    const u = UNIT_AMOUNT.exec(run.slice(at, pct));
    if (!u) return out;
    const digits = u[1] as string;
    if ((unit !== undefined && u[2] !== unit) || !isNumber(digits, LONGEST_AMOUNT)) return undefined;
    unit = u[2];
    out.push([at, at + digits.length]);
    at += u[0].length;
  }
}

/**
 * Every cut of the run's digits after its marked amounts into the header's columns before the rate (年初预算数 may
 * be missing: left empty), then the rate, that fits as the file comment says: the one that gives the written rate,
 * or else the one near it.
 */
function cuts(run: string, marked: readonly [number, number][], pct: number, head: readonly Col[], spare: { steps: number }): Cut[] {
  const from = marked.length > 0 ? (marked[marked.length - 1] as [number, number])[1] + unitLength(run, marked) : 0;
  if (!head.includes('budget') || !head.includes('spent') || pct - from > MAX_RUN) return [];
  const found: Found = { exact: [], near: [] };
  const seqs = head.includes('initial') ? [head, head.filter((c) => c !== 'initial')] : [head];
  const budget = { steps: Math.min(MAX_STEPS, spare.steps) };
  for (const seq of seqs) {
    // the marked amounts are the first columns, never a weight
    const fixed = seq.slice(0, marked.length);
    if (fixed.length < marked.length || fixed.includes('weight')) continue;
    const cut: Cut = new Map(fixed.map((c, k) => [c, marked[k] as [number, number]]));
    // the decimals are those of the amounts cut: with none (only marked amounts and a weight) the cuts are tried once
    const most = seq.slice(marked.length).some((c) => c !== 'weight') ? MAX_DECIMALS : 0;
    for (let decimals = 0; decimals <= most; decimals++) walk({ run, end: pct, seq, decimals, found, budget }, from, marked.length, cut);
  }
  spare.steps -= Math.min(MAX_STEPS, spare.steps) - Math.max(0, budget.steps);
  // cut short: what was not tried may fit too, so nothing is certain
  if (budget.steps < 0) return [];
  if (found.exact.length > 0) return found.exact;
  return found.near;
}

/** The length of the unit after the last marked amount. */
function unitLength(run: string, marked: readonly [number, number][]): number {
  const last = marked[marked.length - 1] as [number, number];
  return (UNIT_AMOUNT.exec(run.slice(last[0]))?.[2] as string).length;
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

/** The cuts that give the written rate, and those that give one near it (`gluedNearRate`, `gluedNearShare`). */
interface Found {
  exact: Cut[];
  near: Cut[];
}

/** What a walk over one run reads: the run to the percent sign, the columns in order, the decimals of its amounts. */
interface Walk {
  run: string;
  end: number;
  seq: readonly Col[];
  decimals: number;
  found: Found;
  budget: { steps: number };
}

function walk(w: Walk, at: number, k: number, cut: Cut): void {
  const { found } = w;
  if (found.exact.length > 1 || --w.budget.steps < 0) return; // two fit already (ambiguous), or too many to try
  if (k === w.seq.length) {
    const rate = w.run.slice(at, w.end);
    if (!isNumber(rate, 3)) return;
    const off = offBy(w.run, cut, rate);
    const full = new Map([...cut, ['rate', [at, w.end]] as [Col, [number, number]]]);
    if (off <= Math.max(halfUnit(decimalsOf(rate)), TOLERANCE) + 1e-9) found.exact.push(full);
    else if (off <= Math.min(WORDS.gluedNearRate, WORDS.gluedNearShare * Number(rate)) + 1e-9) found.near.push(full);
    return;
  }
  const col = w.seq[k] as Col;
  for (const to of tokenEnds(w.run, at, w.end, col === 'weight' ? 0 : w.decimals, col === 'weight' ? 3 : LONGEST_AMOUNT)) {
    // a weight is a whole number from 1 to the table's 100 (a 0 cut off as the weight lets 145000000.00 read as 45000000.001)
    const n = Number(w.run.slice(at, to));
    if (col === 'weight' && !(n >= 1 && n <= FULL_SCORE)) continue;
    cut.set(col, [at, to]);
    walk(w, to, k + 1, cut);
    cut.delete(col);
  }
}

/**
 * Where a number starting at `at` may end with exactly `decimals` decimals, no leading zero and at most `longest`
 * characters, short of `end` (the rate's last character); read character by character, no slice per try.
 */
function tokenEnds(digits: string, at: number, end: number, decimals: number, longest: number): number[] {
  const ends: number[] = [];
  // a leading 0 is a number alone or before its point (0.5)
  const zero = digits[at] === '0';
  let dot = -1;
  for (let to = at + 1; to < end && to - at <= longest; to++) {
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

/**
 * How far, in points, the written rate is from 全年执行数 ÷ 全年预算数; Infinity when the cut cannot be the row (a
 * budget of 0, a weight over the table's 100, nothing spent or a rate of 0).
 */
function offBy(run: string, cut: Cut, rate: string): number {
  const value = (c: Col): number => {
    const [from, to] = cut.get(c) as [number, number];
    return Number(run.slice(from, to));
  };
  const budget = value('budget');
  const spent = value('spent');
  if (budget <= 0 || (cut.has('weight') && value('weight') > FULL_SCORE)) return Infinity;
  // nothing spent, or a rate of 0, cannot be told from a cut that runs the digits into the budget (211821181 | 0 | 0%;
  // 2118211 | 810 | 0%: a small share rounds to 0): such a row is not read
  if (spent === 0 || Number(rate) === 0) return Infinity;
  return Math.abs((spent / budget) * 100 - Number(rate));
}
