import { budgetAmounts, firstOfEachIn, type Named } from '../model/budget.js';
import { fundCells, type FundCell } from '../model/fund-cells.js';
import { factsStart, sectionAt } from '../model/locate.js';
import { MONEY_EXPLAINED, OVERSPEND_EXPLAINED, overRates, SPENDING_RATE } from '../model/over-rate.js';
import { proseOverspends } from '../model/prose-overspend.js';
import { tableOverspends } from '../model/table-overspend.js';
import type { Report } from '../model/report.js';
import { formatNumber, halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import { amountText } from './format.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/**
 * The paragraph already explains the overspend (model/over-rate.ts OVERSPEND_EXPLAINED: a reason, money added or carried
 * over, the excess named as matched beyond the required scale, 云南粮储 2022: …实际配套到位资金104880.14万元,超规模配套…), or
 * names a 结余 spent; in a form the 结余 cell is only a label (OVERSPEND_EXPLAINED alone). A sentence comparing a figure with
 * last year's gives the reason for that change (开远扶贫办 2016: 收入合计123.38万元…与上年对比减少31.93万元,主要原因分析由于
 * 精准扶贫…, then 支出合计174万元): only money it names as added or carried over explains the overspend.
 */
function explainedIn(text: string): boolean {
  for (const sentence of text.split(SENTENCE_END)) {
    const explains = YEAR_ON_YEAR.test(sentence) ? MONEY_EXPLAINED : OVERSPEND_EXPLAINED;
    if (explains.test(sentence) || sentence.includes('结余')) return true;
  }
  return false;
}
const SENTENCE_END = /[。；;\n]/;
const YEAR_ON_YEAR = /与上年|比上年|较上年|同比|上年同期/;

/** Spending key → the budget key it must not exceed. */
const PAIRS: [string, string][] = [
  ['total', 'total'],
  ['general', 'general'],
  ['fund', 'fund'],
  ['soe', 'soe'],
];

export default defineRule({
  id: 'spending-over-budget',
  severity: 'warning',
  description: {
    zh: '支出数超过对应的预算数（或项目表中实际支出超过实际到位资金、自评表中全年执行数超过全年预算数），需要在报告中说明原因。',
    en:
      'A spending figure exceeds its budget (or a project form’s 实际支出 its 实际到位资金, a self-evaluation table’s spending its ' +
      'full-year budget); the report must explain why.',
  },
  check({ report }) {
    const budget = firstOfEachIn(report, 'income');
    const spent = firstOfEachIn(report, 'expense');
    const out: RuleFinding[] = [];
    for (const [spendKey, budgetKey] of PAIRS) {
      const first = spent.get(spendKey);
      const b = budget.get(budgetKey);
      if (!first || !b) continue;
      // an income stated with its own total spent beside it is judged against that one (spentBeside)
      const s = (spendKey === 'total' && spentBeside(report, b, first)) || first;
      // over only beyond the precision the figures are written to (2932.51 万元 promises ±50 元)
      const tolerance = Math.max(
        halfUnit(s.amount.decimals) * UNIT_FACTOR[s.amount.unit],
        halfUnit(b.amount.decimals) * UNIT_FACTOR[b.amount.unit],
      );
      if (s.amount.yuan - b.amount.yuan <= tolerance) continue;
      if (explained(report, s, b)) continue;
      // spending above income (not a budget): the money must have come from a carry-over the report does not name
      out.push(overFinding(s, b, b.name.includes('收入')));
    }
    // a budget and its spending side by side in the text (预算数…，执行数…), the budget statements' pairs told already
    const toldSpent = new Set(out.map((f) => f.span.start));
    // the sentences told so: their rate above 100 % (执行率113%) is the same fact
    const toldSentences: { start: number; end: number }[] = [];
    for (const p of proseOverspends(report, factsStart(report))) {
      const s = { amount: p.spent, name: p.spentName };
      const b = { amount: p.budget, name: p.budgetName };
      if (toldSpent.has(p.spent.start) || explainedNear(report, p.spent.start)) continue;
      out.push(overFinding(s, b, false));
      toldSentences.push(p.spent.sentence);
    }
    for (const { arrived, spent } of fundCells(report, factsStart(report))) {
      const over = overBy(spent, arrived);
      if (!over) continue;
      const section = sectionAt(report, spent.start);
      if (OVERSPEND_EXPLAINED.test(report.text.slice(spent.end, section?.end ?? spent.end))) continue;
      out.push({
        span: { start: spent.start, end: spent.end },
        message: {
          zh:
            `${spent.label} ${cellText(spent)} 超过${arrived.label} ${cellText(arrived)}（超出 ${over}），` +
            `表中未说明超出部分的资金来源：请说明原因，或核对到位数与支出数`,
          en:
            `${spent.label} ${cellText(spent)} exceeds ${arrived.label} ${cellText(arrived)} by ${over}, and the form ` +
            'does not say where the money came from; explain it, or check the figures',
        },
        related: [{ span: { start: arrived.start, end: arrived.end }, message: { zh: arrived.label, en: arrived.label } }],
      });
    }
    const tables = tableOverspends(report);
    // a rate the table's amounts were already found over is not told again
    const told = new Set(tables.map((t) => t.row.figures.rate?.start));
    for (const p of overRates(report)) {
      if (told.has(p.start) || toldSentences.some((t) => t.start <= p.start && p.start < t.end)) continue;
      const rate = report.text.slice(p.start, p.signEnd);
      // a label that names the rate already (执行率为) is not followed by the word again (执行率为 执行率 118.60%)
      const label = p.label.replace(/[为是达到：:\s]+$/u, '');
      const what = SPENDING_RATE.test(label) ? `${label} ` : `${label ? `${label} ` : ''}执行率 `;
      out.push({
        span: { start: p.start, end: p.signEnd },
        message: {
          zh:
            `${what}${rate} 超过 100%，即支出超过了预算，文中没有说明原因：` +
            '请说明超支部分的资金来源（如年中追加、使用上年结转），或核对执行率',
          en:
            `${p.label ? `${p.label}: ` : ''}an execution rate of ${rate} is above 100 %, so spending exceeded the budget, and nothing ` +
            'says why; name where the extra money came from (a mid-year supplement, a carry-over) or check the rate',
        },
      });
    }
    for (const { row, budget, initial, spent, over } of tables) {
      const unit = spent.unit || budget.unit;
      const name = initial ? { zh: '年初预算数', en: 'budget of the year’s start' } : { zh: '全年预算数', en: 'full-year budget' };
      out.push({
        span: { start: spent.start, end: spent.end },
        message: {
          zh:
            `自评表中${row.label.text}的全年执行数 ${spent.text} 超过${name.zh} ${budget.text}（超出 ${over}${unit}），` +
            `表中未说明超出部分的资金来源：请说明原因（如年中追加、使用上年结转），或核对预算数与执行数`,
          en:
            `The table's ${row.label.text}: spending ${spent.text} exceeds the ${name.en} ${budget.text} by ${over}${unit}, ` +
            'and the form does not say where the money came from; explain it (a mid-year supplement, a carry-over) or check the figures',
        },
        related: [{ span: { start: budget.start, end: budget.end }, message: { zh: name.zh, en: name.en } }],
      });
    }
    return out;
  },
});

/** The spending `s` above the budget (or the income) `b`, the excess in the message. */
function overFinding(s: Named, b: Named, income: boolean): RuleFinding {
  const over = (s.amount.yuan - b.amount.yuan) / UNIT_FACTOR[s.amount.unit];
  const overText = `${formatNumber(over, Math.max(s.amount.decimals, b.amount.decimals))} ${s.amount.unit}`;
  return {
    span: { start: s.amount.start, end: s.amount.unitEnd },
    message: income
      ? {
          zh:
            `${s.name} ${amountText(s.amount)} 超过 ${b.name} ${amountText(b.amount)}（超出 ${overText}），` +
            `文中未提到上年结转或结余：请说明超出部分的资金来源，或核对收支数`,
          en:
            `${s.name} ${amountText(s.amount)} exceeds ${b.name} ${amountText(b.amount)} by ${overText}, and no carry-over ` +
            `(上年结转/结余) is mentioned; say where the money came from, or check the figures`,
        }
      : {
          zh: `${s.name} ${amountText(s.amount)} 超过 ${b.name} ${amountText(b.amount)}（超出 ${overText}），请在报告中说明原因（如年中追加预算、使用上年结转资金）`,
          en:
            `${s.name} ${amountText(s.amount)} exceeds ${b.name} ${amountText(b.amount)} by ${overText}; explain why in the ` +
            `report (e.g. a mid-year supplement or funds carried over)`,
        },
    related: [{ span: { start: b.amount.start, end: b.amount.unitEnd }, message: { zh: `预算数：${b.name}`, en: `Budget: ${b.name}` } }],
  };
}

const cellText = (c: FundCell): string => `${c.text} ${c.unit}`;

/** How much a form's spending cell is above its funds cell, in the spending's unit; '' when it is not. */
function overBy(spent: FundCell, arrived: FundCell): string {
  const tolerance = Math.max(halfUnit(spent.decimals) * UNIT_FACTOR[spent.unit], halfUnit(arrived.decimals) * UNIT_FACTOR[arrived.unit]);
  if (spent.yuan - arrived.yuan <= tolerance) return '';
  return `${formatNumber((spent.yuan - arrived.yuan) / UNIT_FACTOR[spent.unit], Math.max(spent.decimals, arrived.decimals))} ${spent.unit}`;
}

/**
 * A budget and its spending written in a line of their own are explained in that line or the next (the section
 * may run on to a 存在的问题和原因 heading, which explains nothing, and a text with no blank lines is one paragraph:
 * 荆门 2022).
 */
function explainedNear(report: Report, at: number): boolean {
  const line = report.index.lineOf(at);
  const end = line + 1 < report.index.lineCount ? report.index.lineEnd(line + 1) : report.index.lineEnd(line);
  return explainedIn(report.text.slice(report.index.lineStart(line), end));
}

/**
 * The explanation may follow in the same paragraph or anywhere later in the same section; a carry-over
 * may also be named with the budget or income, from the start of its paragraph on.
 */
/**
 * The total spent the income's own paragraph states, when it is another than the report's first (县中医医院 20xx, set 34:
 * the hospital's 基本总支出 11405.5 万元 of every source, then the budget's 以支定收确认的总收入为104.7696万元,年度总支出为
 * 104.7696万元): the two totals are of two scopes, and the income answers the one beside it.
 */
function spentBeside(report: Report, b: Named, first: Named): Named | undefined {
  const { block } = b.amount.sentence;
  for (const sentence of report.numbered) {
    if (sentence.block !== block) continue;
    for (const a of budgetAmounts(sentence)) {
      if (a.total?.flow === 'expense' && a.amount.start !== first.amount.start) return { amount: a.amount, name: a.total.name };
    }
  }
  return undefined;
}

function explained(report: Report, s: Named, b: Named): boolean {
  const earlier = b.amount.start < s.amount.start ? b : s;
  const from = report.parsed.blocks[earlier.amount.sentence.block]?.start ?? s.amount.sentence.start;
  const section = sectionAt(report, from);
  const block = report.parsed.blocks[s.amount.sentence.block];
  const end = Math.max(section?.end ?? 0, block?.end ?? 0);
  return explainedIn(report.text.slice(from, end));
}
