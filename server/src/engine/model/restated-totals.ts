// A total named in many words and stated twice with different amounts (丰都 2024: 2024年度财政下达我委项目预算资金总额为
// 1302.76万元, and lines later 2024年度财政下达我委项目资金预算总额为1471.75万元): the same words, in any order, name the
// same total, and a reader cannot tell which amount is right. The sentences with a total's word are picked per chunk;
// the names of their amounts are read once per sentence.
import { halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import { numberedList, pickedNumbered } from '../parse/picked-lines.js';
import { escapeRegExp } from '../text/escape-regexp.js';
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import { always, sentenceMemo } from '../parse/sentence-memo.js';
import type { Report } from './report.js';
import WORDS from './restated-totals.json' with { type: 'json' };

export interface RestatedTotal {
  first: LabelledAmount;
  again: LabelledAmount;
}

const TRIM = new Set(WORDS.trim);

/**
 * The amount's name with its trailing 为 / 是 taken off, and its key, when it names a money total: its characters sorted,
 * the same words in any order, but each number whole (科技专项12 and 科技专项21 are two projects, not one word order).
 */
function named(a: LabelledAmount): { name: string; key: string } | undefined {
  let end = a.label.length;
  while (end > 0 && TRIM.has(a.label.charAt(end - 1))) end--;
  const name = a.label.slice(0, end);
  if (name.length < WORDS.minLength || !WORDS.total.some((w) => name.includes(w)) || !WORDS.money.some((w) => name.includes(w))) {
    return undefined;
  }
  if (WORDS.pointing.some((w) => name.includes(w))) return undefined;
  return { name, key: orderFree(name) };
}

/** The characters other than digits sorted, then the runs of digits sorted: two names of one total share it. */
function orderFree(name: string): string {
  const chars: string[] = [];
  const numbers: string[] = [];
  let run = '';
  for (const c of name) {
    if (c >= '0' && c <= '9') run += c;
    else {
      if (run) numbers.push(run);
      run = '';
      chars.push(c);
    }
  }
  if (run) numbers.push(run);
  return `${chars.sort().join('')}|${numbers.sort().join(' ')}`;
}

/**
 * A total as it stood on a day before the year's end (截至6月底，…总额为800.00万元; 截至目前): a snapshot of the total, which
 * may well differ from the year's (session 22 red team). The date is written before the label, in the same sentence.
 */
const SNAPSHOT = /截[至止](?:目前|当前|[^，,。；;]{0,12}?(?<![0-9])(?:[1-9]|1[01])月)/;

/** Where the sentence's first snapshot date ends (its offset in the sentence), Infinity when it has none. */
function snapshotEnd(text: string): number {
  if (!text.includes('截')) return Infinity;
  const m = SNAPSHOT.exec(text);
  return m ? m.index + m[0].length : Infinity;
}

const namesOf = sentenceMemo((s: Sentence) => {
  const out: { amount: LabelledAmount; key: string }[] = [];
  // read once per sentence: an amount after the date is the snapshot's (a megabyte sentence of amounts stays linear)
  const snapshot = s.amounts.length > 0 ? snapshotEnd(s.text) : Infinity;
  for (const a of s.amounts) {
    if (a.start - s.start >= snapshot) continue;
    const n = named(a);
    if (n) out.push({ amount: a, key: n.key });
  }
  return out;
}, always);

/** The words that name a total: every sentence taken holds one. */
const TOTAL = new RegExp(WORDS.total.map(escapeRegExp).join('|'));
const picked = numberedList(pickedNumbered((s) => TOTAL.test(s.text) && namesOf(s).length > 0, TOTAL));

/** Within the rounding of both amounts. */
function same(a: LabelledAmount, b: LabelledAmount): boolean {
  return Math.abs(a.yuan - b.yuan) <= halfUnit(a.decimals) * UNIT_FACTOR[a.unit] + halfUnit(b.decimals) * UNIT_FACTOR[b.unit] + 1e-6;
}

/** Each later statement of a total that gives another amount than its first, in text order. */
export function restatedTotals(report: Report, from: number): readonly RestatedTotal[] {
  const sentences = picked(report.numbered, report.chunks);
  let skip = 0;
  while (skip < sentences.length && (sentences[skip] as Sentence).end <= from) skip++;
  // kept per list (the same while no sentence with numbers changes) and how many of its sentences end above `from`:
  // the amounts move in place with their sentences (a report that restates many totals keeps its findings)
  let k = kept.get(sentences);
  if (k?.skip !== skip) kept.set(sentences, (k = { skip, found: restatedIn(sentences, skip) }));
  return k.found;
}

const kept = new WeakMap<readonly Sentence[], { skip: number; found: readonly RestatedTotal[] }>();

function restatedIn(sentences: readonly Sentence[], skip: number): RestatedTotal[] {
  const first = new Map<string, LabelledAmount>();
  const out: RestatedTotal[] = [];
  for (let i = skip; i < sentences.length; i++) {
    for (const { amount, key } of namesOf(sentences[i] as Sentence)) {
      const earlier = first.get(key);
      if (!earlier) first.set(key, amount);
      else if (!same(earlier, amount)) out.push({ first: earlier, again: amount });
    }
  }
  return out;
}
