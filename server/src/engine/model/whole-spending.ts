// The budget and the spending of a report's whole when the text states them in different paragraphs (一、该项目年初
// 预算500万元 … 二、截至2023年12月31日，项目共支出215万元) and no execution rate of its own (issue 14 §5). They pair
// only when nothing is guessed: each is named for the whole (a label of whole-spending.json's words, not 其中, a
// sub-project, a source of funds, 上年), every budget-like and every spending-like amount of the text is that one
// figure, both are in one unit, and the text says nothing that accounts for the rest (结转, 结余) or that states
// a rate in words (执行率, 全部支出). A report of many items (部门整体) names many figures and is left alone.
import type { LabelledAmount } from '../parse/sentences.js';
import type { Report } from './report.js';
import WORDS from './whole-spending.json' with { type: 'json' };

const byLength = (words: readonly string[]): string[] => [...words].sort((a, b) => b.length - a.length);
const LEADING = byLength(WORDS.leading);
const BUDGET = byLength(WORDS.budget);
const SPENT = byLength(WORDS.spent);
const LOOSE_BUDGET = new RegExp(WORDS.looseBudget);
const LOOSE_SPENT = new RegExp(WORDS.looseSpent);
/** An enumeration mark and a date or year before the words (1.、（二）、2023年、截至2023年12月31日). */
const MARK =
  /^(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．、]+)?(?:截[至止])?(?:(?:19|20)\d{2}年度?)?(?:\d{1,2}月(?:\d{1,2}日)?底?)?/;
/**
 * The text states a rate of its own, in figures or words, or accounts for the money not spent: carried over, returned
 * (剩余资金已按规定收回财政, 节余资金上缴财政), or a budget of several years of which the year spends a part
 * (总预算500万元，分三年实施; 跨年度项目) — made-up look-alikes.
 */
const SETTLED =
  /执行率|支出率|支付率|執行率|结转|结余|全部(?:支出|使用|支付|执行)|全额(?:支出|使用|支付)|(?:执行|支付|使用)完毕|收回|上缴|缴回|退回|交回|跨年|分[两二三四五六]年|分年度|分期/;
/** A sentence of goals or plans: its figures are what was meant to be spent. */
const GOAL = /目标|计划/;
const LONGEST = 40;

export interface WholeSpending {
  budget: LabelledAmount;
  spent: LabelledAmount;
}

/** The report's own name, from its title lines: a label may start with it (老年人日间照料中心资金完成). */
function ownName(label: string, head: string): number {
  let n = 0;
  while (n < label.length && head.includes(label.slice(0, n + 1))) n++;
  return n >= 4 ? n : 0;
}

/** Whether the label names the whole's figure of `core`'s sort. */
function names(label: string, core: readonly string[], head: string): boolean {
  if (label.length > LONGEST) return false;
  const bare = label.replace(/[\s\u3000:：]/g, '');
  const marked = bare.slice(MARK.exec(bare)?.[0].length ?? 0);
  const own = ownName(marked, head);
  return read(marked, core) || (own > 0 && read(marked.slice(own), core));
}

function read(label: string, core: readonly string[]): boolean {
  let rest = label;
  for (let w = LEADING.find((x) => rest.startsWith(x)); w; w = LEADING.find((x) => rest.startsWith(x))) {
    if (core.some((c) => rest.startsWith(c))) break;
    rest = rest.slice(w.length);
  }
  const word = core.find((c) => rest.startsWith(c));
  if (word === undefined) return false;
  rest = rest.slice(word.length);
  return rest === '' || WORDS.after.includes(rest);
}

/**
 * The whole's budget and spending, when the text names exactly one of each, the budget first, in one unit (a
 * spending of 0 in any), and the spending below the budget. Called only by a rule that found no rate in the
 * text's own sentences; `SETTLED` is one native test before any amount is read.
 */
export function wholeSpending(report: Report): WholeSpending | undefined {
  if (SETTLED.test(report.text)) return undefined;
  const head = report.text.slice(0, Math.min(report.outline.bodyStart, 400));
  let budget: LabelledAmount | undefined;
  let spent: LabelledAmount | undefined;
  for (const s of report.numbered) {
    if (s.amounts.length === 0 || s.text.includes('|')) continue;
    const goal = GOAL.test(s.text);
    for (const a of s.amounts) {
      const label = a.label;
      const budgetLike = LOOSE_BUDGET.test(label);
      const spentLike = !budgetLike && !goal && LOOSE_SPENT.test(label);
      if (!budgetLike && !spentLike) continue;
      if (budgetLike) {
        if (budget && budget.yuan !== a.yuan) return undefined;
        if (!budget) {
          if (!names(label, BUDGET, head)) return undefined;
          budget = a;
        }
      } else {
        if (spent && spent.yuan !== a.yuan) return undefined;
        if (!spent) {
          if (!names(label, SPENT, head)) return undefined;
          // another amount in the spending's sentence (共支出215万元用于设备购置，另有285万元用于培训已拨付): the
          // spending is told in parts whose words the labels do not carry, and the one figure cannot be read as the whole's
          if (s.amounts.some((o) => o !== a && !LOOSE_BUDGET.test(o.label))) return undefined;
          spent = a;
        }
      }
    }
  }
  if (!budget || !spent || budget.start > spent.start) return undefined;
  if (!(budget.yuan > 0) || spent.yuan >= budget.yuan) return undefined;
  if (spent.unit !== budget.unit && spent.yuan !== 0) return undefined;
  return { budget, spent };
}
