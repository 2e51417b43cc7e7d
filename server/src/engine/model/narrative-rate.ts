// The execution rate a report's text states for the whole of its money (项目预算执行率为95%, 2024年预算执行率
// 98.5%), with the budget and the spending written before it in its sentence (预算数120万元，执行数108万元), for
// holding against its 自评表's 年度资金总额 row (rules/table-narrative-execution.ts, issue 15 §2). A figure named for
// a part (中央资金执行率, 其中省级…), an indicator or another rate (到位率) is not read: its label has words
// narrative-rate.json does not list. The sentences with such a rate are picked per chunk.
import { pickedNumbered } from '../parse/picked-lines.js';
import type { LabelledAmount, LabelledPercent, Sentence } from '../parse/sentences.js';
import type { Report } from './report.js';
import WORDS from './narrative-rate.json' with { type: 'json' };

const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
/** Longest first, so 本年度 is taken before 本年 and 预算执行率 before 执行率. */
const LEADING = byLength(WORDS.leading);
const RATE = byLength(WORDS.rate);
const BUDGET = byLength(WORDS.budget);
const SPENT = byLength(WORDS.spent);
const YEAR = /^(\d{4})年度?/;
/** The longest label read: a whole's rate is named in a few words. */
const LONGEST = 24;

export interface NarrativeRate {
  percent: LabelledPercent;
  /** The year the label names (2024年预算执行率), when it names one. */
  year?: number;
  /** The budget and the spending named as the whole's in the sentence, before the rate and after any rate before it. */
  budget?: LabelledAmount;
  spent?: LabelledAmount;
}

/** The label is a year (if any), the leading words, one of `core`, and at most an after word: what year it names. */
function read(label: string, core: readonly string[]): { year?: number } | undefined {
  if (label.length > LONGEST) return undefined;
  let rest = label.replace(/[\s\u3000]/g, '');
  let year: number | undefined;
  const y = YEAR.exec(rest);
  if (y) {
    year = Number(y[1]);
    rest = rest.slice(y[0].length);
  }
  for (let w = LEADING.find((x) => rest.startsWith(x)); w; w = LEADING.find((x) => rest.startsWith(x))) {
    if (core.some((c) => rest.startsWith(c))) break;
    rest = rest.slice(w.length);
  }
  const word = core.find((c) => rest.startsWith(c));
  if (word === undefined) return undefined;
  rest = rest.slice(word.length);
  return rest === '' || WORDS.after.includes(rest) ? (year === undefined ? {} : { year }) : undefined;
}

const named = (p: LabelledPercent): boolean =>
  p.label.includes('执行率') || p.label.includes('執行率') ? read(p.label, RATE) !== undefined : false;
/** Sentences with such a rate, outside a pipe table's rows (a form's own 执行率 cells are the table's). */
const picked = pickedNumbered((s) => !s.text.includes('|') && s.percents.some(named));

/** Every such rate of the report, in text order. */
export function narrativeRates(report: Report): NarrativeRate[] {
  const out: NarrativeRate[] = [];
  picked(report.chunks, (s) => {
    let from = s.start;
    for (const p of s.percents) {
      const r = named(p) ? read(p.label, RATE) : undefined;
      if (r) out.push({ percent: p, ...r, ...pair(s, from, p.start) });
      from = p.signEnd;
    }
  });
  return out;
}

/** The last amount named as the budget and the last named as the spending between `from` and `to`, when no other amount stands there. */
function pair(s: Sentence, from: number, to: number): { budget?: LabelledAmount; spent?: LabelledAmount } {
  const out: { budget?: LabelledAmount; spent?: LabelledAmount } = {};
  for (const a of s.amounts) {
    if (a.start < from || a.start >= to) continue;
    if (read(a.label, BUDGET)) out.budget = a;
    else if (read(a.label, SPENT)) out.spent = a;
    // an amount of a part (其中财政拨款预算100万元): the figures around it may be the part's too
    else return {};
  }
  return out;
}
