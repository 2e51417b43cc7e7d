// A budget and its spending written side by side in the text (民政部门2022年预算数11,605.29万元,执行数21680.25万元:
// 荆门 2022), the spending above the budget: the money came from somewhere the budget does not show, and the
// report must say where (DOMAIN.md). spending-over-budget reads the pairs the budget statements (收入总预算 / 总支出)
// do not hold. The sentences with both words are picked per chunk; the pairs are read once per sentence.
import { halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import { pickedNumbered } from '../parse/picked-lines.js';
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import { always, sentenceMemo } from '../parse/sentence-memo.js';
import type { Report } from './report.js';
import { unglossed } from '../text/traditional.js';
import WORDS from './prose-overspend.json' with { type: 'json' };

export interface ProseOverspend {
  budget: LabelledAmount;
  spent: LabelledAmount;
  /** The words that name them (预算数, 执行数), as a message shows them. */
  budgetName: string;
  spentName: string;
}

const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
/** What every sentence with a pair holds, in either script. */
const BUDGETED = /预算|預算|下达|下達/;
const BUDGET = byLength(WORDS.budget);
const SPENDING = byLength(WORDS.spending);
const LEADING = byLength(WORDS.leading);

/** Quotes and brackets, left out when the words before a budget are matched to a 三公 item (“三公”经费, 因公出国（境）费). */
const MARKS = /[“”"'‘’（）()]/g;
/** How many characters before a budget's figure its 三公 item is looked for (公务用车购置及运行维护费年初预算为). */
const ITEM_REACH = 24;

/**
 * The budget word the label ends in (and at most an after word), when it names nothing but the year's budget; `before`
 * is the text right before the figure.
 */
function budgetWord(label: string, before: string): string | undefined {
  const rest = WORDS.after.find((w) => label.endsWith(w) && label.length > w.length);
  const core = rest ? label.slice(0, -rest.length) : label;
  // a 三公 item's 年初预算 is its year's budget (公务接待费年初预算3.00万元，实际支出3.46万元: made up, red team s23)
  const words = before.replace(MARKS, '');
  const bare = rest && words.endsWith(rest) ? words.slice(0, -rest.length) : words;
  const fixed = core.endsWith('年初预算') && WORDS.fixedBudget.some((w) => bare.endsWith(`${w}年初预算`));
  const other = WORDS.other.some((w) => label.includes(w) && !(fixed && w === '年初'));
  if (other) return undefined;
  return BUDGET.find((w) => core.endsWith(w)) ?? (released(core) ? WORDS.released.name : undefined);
}

/** Money released for the thing (本级下达…购置资金): its budget, by the words of `released`. */
const released = (label: string): boolean =>
  WORDS.released.verbs.some((v) => label.includes(v)) && WORDS.released.ends.some((e) => label.endsWith(e));

/** The spending word the label is, after the leading words and before an after word. */
function spendingWord(label: string): string | undefined {
  let rest = label;
  for (let w = LEADING.find((x) => rest.startsWith(x)); w; w = LEADING.find((x) => rest.startsWith(x))) rest = rest.slice(w.length);
  const word = SPENDING.find((w) => rest.startsWith(w));
  if (!word) return undefined;
  rest = rest.slice(word.length);
  return rest === '' || WORDS.after.includes(rest) ? word : undefined;
}

/** Above the budget by more than the figures' rounding. */
function over(budget: LabelledAmount, spent: LabelledAmount): boolean {
  const slack = halfUnit(budget.decimals) * UNIT_FACTOR[budget.unit] + halfUnit(spent.decimals) * UNIT_FACTOR[spent.unit];
  return spent.yuan - budget.yuan > slack + 1e-6;
}

const pairsOf = sentenceMemo((s: Sentence): ProseOverspend[] => {
  const out: ProseOverspend[] = [];
  // read as a mirror in traditional script with its pinyin glued on writes them too (中方司法局 2020:
  // `2020年度預算收入6萬元,全年執(zhí)行10.12萬元`)
  for (let i = 1; i < s.amounts.length; i++) {
    const budget = s.amounts[i - 1] as LabelledAmount;
    const spent = s.amounts[i] as LabelledAmount;
    const spentName = spendingWord(unglossed(spent.label));
    const at = budget.start - s.start;
    const budgetName = spentName && budgetWord(unglossed(budget.label), unglossed(s.text.slice(Math.max(0, at - ITEM_REACH), at)));
    if (spentName && budgetName && over(budget, spent)) out.push({ budget, spent, budgetName, spentName });
  }
  return out;
}, always);

const picked = pickedNumbered((s) => s.amounts.length >= 2 && BUDGETED.test(s.text) && pairsOf(s).length > 0, BUDGETED);

/** Every such pair of the report's body, in text order. */
export function proseOverspends(report: Report, from: number): ProseOverspend[] {
  const out: ProseOverspend[] = [];
  picked(report.chunks, (s) => {
    if (s.end > from) out.push(...pairsOf(s));
  });
  return out;
}
