// An execution rate stated above 100 % (`执行率105%`; a flattened 自评表's `全年预算数全年执行数执行率资金来源:(1)财政拨款
// 103.21%`: 2021-江西-南昌县黄马乡蚕茶卫生院-自评表, whose amounts were lost in extraction): the spending exceeded the
// budget, whether or not the amounts are written, and the text must say why (DOMAIN.md). A 完成率, 到位率 or growth
// above 100 % says nothing of spending and is not read.
import { halfUnit } from '../parse/numbers.js';
import { pickedIndexes, pickedNumbered } from '../parse/picked-lines.js';
import type { LabelledPercent, Sentence } from '../parse/sentences.js';
import { factsStart } from './locate.js';
import type { Report } from './report.js';

/** A percentage named as the spending's rate. */
export const SPENDING_RATE = /执行率|執行率|支出率|支付率|拨付率/;
/** A label of its own that names another rate: the 执行率 of a header before it is not this one's. */
const OTHER_RATE = /完成|到位|增长|增幅|下降|占|比|率/;
/** How far before a percentage a header's 执行率 names its column (a flattened table's row label sits between). */
const HEADER_NEAR = 40;
/** The longest label of a row under such a header (财政拨款, 基本支出). */
const ROW_LABEL = 12;
/** How far after the rate an explanation is looked for: the clause after it in prose, not the next rows of a flattened table. */
const EXPLAIN_NEAR = 80;
/**
 * Words that explain spending over its budget: a reason, money added or carried over, a budget adjusted, the excess named as
 * matched beyond the required scale (云南粮储 2022: 超规模配套). spending-over-budget reads them too (and 结余 in prose).
 */
export const OVERSPEND_EXPLAINED = /原因|由于|因为|系因|主要是|追加|结转|调剂|调整预算|超规模/;
/** Of those, the money added, carried over or moved, without a bare reason (a reason may be of another change). */
export const MONEY_EXPLAINED = /追加|结转|调剂|调整预算|超规模/;
/** A form's column names that hold those words (偏差及原因分析, 偏差原因分析及改进措施): a header explains nothing. */
const HEADERS = /偏差[及原因]{0,4}分析(?:及改进措施)?|未完成原因分析|原因分析/g;

export function overRates(report: Report): LabelledPercent[] {
  const out: LabelledPercent[] = [];
  const from = factsStart(report);
  for (const i of pickedIndexes(aboveHundred, report.chunks)) {
    const s = report.numbered[i] as Sentence;
    if (s.end <= from) continue;
    let told = NaN; // a rate repeated on the next row of the same breakdown (资金来源 103.21%, 资金结构 103.21%) is told once
    for (const p of s.percents) {
      // digits glued before it (21182118100%: a flattened row's cells) make no rate: a rate has at most three before its point
      if (!isAbove(p) || p.value === told) continue;
      if (/[0-9.．]/.test(report.text[p.start - 1] ?? '')) continue; // 64.864.8100%: the end of a glued run
      const before = report.text.slice(Math.max(s.start, p.start - HEADER_NEAR), p.start);
      const named = SPENDING_RATE.test(p.label) || (p.label.length <= ROW_LABEL && !OTHER_RATE.test(p.label) && underHeader(before));
      if (!named || ofPeriod(report.text, s.start, p.start)) continue;
      const after = report.text.slice(p.signEnd, p.signEnd + EXPLAIN_NEAR).replace(HEADERS, '');
      if (OVERSPEND_EXPLAINED.test(after)) continue;
      // or in its own sentence before it (云南粮储 2022: …实际配套到位资金104880.14万元,超规模配套83909.14万元,执行率为400.12%)
      const ahead = report.text.slice(Math.max(s.start, p.start - EXPLAIN_NEAR), p.start).replace(HEADERS, '');
      if (OVERSPEND_EXPLAINED.test(ahead)) continue;
      out.push(p);
      told = p.value;
    }
  }
  return out;
}

/** A part of the year that opens a clause (3季度拨入5万元,支出5.93万元,执行率为118.60%; 第二季度…; 6月份…; 上半年…). */
const PERIOD = /^[ \u3000]{0,2}(?:第?[一二三四1-4１-４]季度|前[一二三]季度|[上下]半年|(?:[1-9]|1[0-2])月份?(?![0-9日]))/;
/** How far back the clause's start is looked for. */
const PERIOD_REACH = 60;

/**
 * Whether the rate is a period's, the clause naming a part of the year (保山外事办 2017 of session 24's second set: each
 * quarter's 拨入, 支出 and 执行率, the third quarter's 118.60 % spending what the second left): money carried between
 * periods of the year is no overspend of its budget.
 */
function ofPeriod(text: string, from: number, at: number): boolean {
  const start = Math.max(from, at - PERIOD_REACH);
  const before = text.slice(start, at);
  const cut = Math.max(before.lastIndexOf('；'), before.lastIndexOf(';'), before.lastIndexOf('。'));
  const clause = cut >= 0 ? before.slice(cut + 1) : start === from ? before : '';
  return PERIOD.test(clause);
}

/** Whether a figure is above 100 % by more than its last decimal's half, and below 1000 %: what overRates reads further. */
const isAbove = (p: LabelledPercent): boolean => !(p.value - halfUnit(p.decimals) <= 100 || p.value >= 1000);
/** The sentences with such a figure, kept per chunk: a keystroke reads the chunks parsed again, not every sentence. */
const aboveHundred = pickedNumbered((s) => s.percents.some(isAbove));

/**
 * A 执行率 header shortly before, with no sentence punctuation between (a flattened table's cells: `执行率资金来源:(1)
 * 财政拨款`); in prose, a comma or a full stop after 执行率 starts another figure (`执行率100%，为计划的120%`).
 */
function underHeader(before: string): boolean {
  const at = before.lastIndexOf('执行率');
  return at >= 0 && !/[，,。；;！？]/.test(before.slice(at));
}
