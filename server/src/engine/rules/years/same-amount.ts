// The year's own funds stated again under an earlier year (台江 教育 2023: `该项目在2023年度安排预算547.615万元` on line 19,
// then `2022年上级下达城乡义务教育生活补助资助项目资金共计547.615万元` on line 29): one amount, written to the same
// many digits, cannot be both years' allocation; the earlier year is last year's sentence left in. Part of year-consistency.
import type { LabelledAmount, Sentence } from '../../parse/sentences.js';
import { always, sentenceMemo } from '../../parse/sentence-memo.js';
import { numberedList, pickedNumbered } from '../../parse/picked-lines.js';
import { scanYears } from '../../parse/dates.js';
import type { Report } from '../../model/report.js';
import type { RuleFinding } from '../rule.js';

/** An amount this distinctive (significant digits as written) is no coincidence between two years. */
const MIN_DIGITS = 5;
/** The sentence gives the amount as the year's allocation or spending. */
const ALLOCATED = /下达|安排|拨付|到位|发放|支出|预算/;
/**
 * Words that make an earlier year's amount no copy: a carry-over, an advance, a comparison; or a year of its own told
 * after the earlier one (`2022年决算数为3000万元，本年年初预算3232.51万元`: the amount is this year's, not 2022's).
 */
const NOT_A_COPY = /结转|结余|上年|去年|提前|比|较|同比|增|减|分别|累计|两年|历年|以来|本年|今年/;
/** How far before the amount its sentence's year may stand. */
const YEAR_WITHIN = 40;

interface DatedAmount {
  amount: LabelledAmount;
  year: number;
  /** Offsets of the year's digits in the sentence. */
  at: number;
  length: number;
  /** The amount as written with its unit: what two years' amounts are compared by (made once, not per keystroke). */
  key: string;
}

const digitsOf = (written: string): number => written.replace(/[.．]/g, '').replace(/^0+/, '').replace(/0+$/, '').length;

/** The sentence's distinctive amounts, each with the last year written before it (within YEAR_WITHIN characters). */
const datedAmounts = sentenceMemo((s: Sentence): DatedAmount[] => {
  const out: DatedAmount[] = [];
  const t = s.text;
  if (!t.includes('年') || !ALLOCATED.test(t)) return out;
  // the offsets of 年, found once: an amount with none in reach before it is passed over without a new string
  const nian: number[] = [];
  for (let i = t.indexOf('年'); i >= 0; i = t.indexOf('年', i + 1)) nian.push(i);
  let n = 0;
  for (const a of s.amounts) {
    const to = a.start - s.start;
    const from = Math.max(0, to - YEAR_WITHIN);
    while (n < nian.length && (nian[n] as number) < to) n++;
    const last = nian[n - 1];
    if (last === undefined || last < from + 4) continue;
    // (the length first: most amounts are too short to hold five digits)
    if (a.text.length < MIN_DIGITS || digitsOf(a.text) < MIN_DIGITS) continue;
    const y = scanYears(s.text, from, to).pop();
    if (y) out.push({ amount: a, year: y.year, at: y.digits.start, length: y.digits.end - y.digits.start, key: a.text + a.unit });
  }
  return out;
}, always);
/** The sentences with such amounts, kept per chunk and as one list: asked on every keystroke. */
const datedSentences = numberedList(pickedNumbered((s) => datedAmounts(s).length > 0));

/** An amount given under an earlier year than the latest its report gives it under. */
interface Earlier {
  s: Sentence;
  d: DatedAmount;
  latest: number;
}

/**
 * What was found among the dated sentences from the `skip`th on for `evaluated`, per list of them (numberedList: the same
 * while no sentence with numbers changes). It stands while the list, the evaluation year and the number of dated
 * sentences above the body's start are the same: the sentences move in place, and their amounts with them.
 */
const kept = new WeakMap<readonly Sentence[], { evaluated: number | undefined; skip: number; found: Earlier[] }>();

function earlierAmounts(report: Report, evaluated: number | undefined): Earlier[] {
  const { bodyStart } = report.outline;
  const dated = datedSentences(report.numbered, report.chunks);
  let skip = 0;
  while (skip < dated.length && (dated[skip] as Sentence).start < bodyStart) skip++;
  let k = kept.get(dated);
  if (k?.skip !== skip || k.evaluated !== evaluated) {
    k = { evaluated, skip, found: earlierIn(dated.slice(skip), evaluated) };
    kept.set(dated, k);
  }
  return k.found;
}

/** Among the dated sentences: the amounts given under an earlier year than the latest (or the evaluation year's). */
function earlierIn(sentences: readonly Sentence[], evaluated: number | undefined): Earlier[] {
  if (evaluated !== undefined) return earlierThan(sentences, evaluated);
  // the latest year each distinctive amount is given under
  const latest = new Map<string, number>();
  for (const s of sentences) for (const d of datedAmounts(s)) if (d.year > (latest.get(d.key) ?? 0)) latest.set(d.key, d.year);
  const out: Earlier[] = [];
  for (const s of sentences) {
    for (const d of datedAmounts(s)) {
      const y = latest.get(d.key);
      if (y !== undefined && d.year < y && d.year >= y - 2) out.push({ s, d, latest: y });
    }
  }
  return out;
}

/**
 * The amounts dated one or two years before the evaluation year that the report also gives under it. The dated ones are
 * looked for first: most reports date none so, and the evaluation year's amounts (a long report's every budget line) are
 * then never gathered; this runs on every keystroke that changes a sentence with figures.
 */
function earlierThan(sentences: readonly Sentence[], evaluated: number): Earlier[] {
  const earlier: { s: Sentence; d: DatedAmount }[] = [];
  for (const s of sentences) for (const d of datedAmounts(s)) if (d.year < evaluated && d.year >= evaluated - 2) earlier.push({ s, d });
  if (earlier.length === 0) return [];
  const given = new Set<string>();
  for (const s of sentences) for (const d of datedAmounts(s)) if (d.year === evaluated) given.add(d.key);
  return earlier.filter(({ d }) => given.has(d.key)).map(({ s, d }) => ({ s, d, latest: evaluated }));
}

/**
 * Earlier years given to an amount the report states for the evaluation year `y`; when the report names no evaluation year
 * the report can read (a title under a page's breadcrumb), for the latest year the amount is given under.
 */
export function sameAmountEarlierYear(report: Report, evaluated: number | undefined): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const { s, d, latest: y } of earlierAmounts(report, evaluated)) {
    const between = s.text.slice(d.at, d.amount.start - s.start);
    if (NOT_A_COPY.test(between) || !ALLOCATED.test(between)) continue;
    out.push({
      severity: 'warning',
      span: { start: s.start + d.at, end: s.start + d.at + d.length },
      message: {
        zh:
          `写的是 ${d.year} 年的 ${d.amount.text}${d.amount.unit}，而报告另处写明 ${d.amount.text}${d.amount.unit} 是 ${y} 年度的资金：` +
          `同一笔资金不会两年都是这个数，${d.year} 年是否沿用了往年报告的年份？`,
        en:
          `${d.amount.text} ${d.amount.unit} is given as ${d.year}'s, but the report states the same amount as the funds of ` +
          `${y}: was ${d.year} left from an earlier report?`,
      },
      fix: {
        title: { zh: `改为 ${y}`, en: `Change to ${y}` },
        edits: [{ start: s.start + d.at, end: s.start + d.at + d.length, newText: String(y) }],
        safe: false,
      },
    });
  }
  return out;
}
