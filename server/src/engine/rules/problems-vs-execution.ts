// 存在问题 says 无 while the report's own figures show a low 执行率 or 到位率 (耒阳 2022: 36.43 %); or it lists
// problems none of which is about money or progress, and nothing next to the low rate says why (龙陵 2022:
// 执行率61%, 存在的问题 names only management and unfamiliar rules).
import { deviationSection, problemsSection } from '../model/problems-section.js';
import { wholeSpending } from '../model/whole-spending.js';
import type { Report } from '../model/report.js';
import { formatNumber } from '../parse/numbers.js';
import type { LabelledAmount } from '../parse/sentences.js';
import { amountText, percentText } from './format.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/** Problems that touch the execution of the money: any of these words and the section speaks to it. */
const ABOUT_EXECUTION = /执行|支出|支付|拨付|到位|进度|结转|结余|滞后|延迟|延期|完工|资金/;
/** A reason given next to the rate itself (执行率61%，主要原因是…), read whether 存在问题 lists problems or says 无. */
// 结转 as what was done with the rest (已按规定结转, 结转下年), not a source's name (上年结转资金, 年初结转和结余)
const REASON = /原因|由于|因为|主要是|导致|尚未|(?<!上年|年初|往年|以前年度)结转(?!资金|结余|和结余|收入|项目)|未完工/;
const RATE = /执行率|到位率|支出率|支付率/;
const BUDGETED = /预算|计划|下达/;
const ARRIVED = /到位|执行|实际支出|支出数|已支出|累计支出|实际使用|已使用|已拨付|已支付/;

export default defineRule({
  id: 'problems-vs-execution',
  severity: 'warning',
  description: {
    zh: '执行率或到位率低于阈值（默认 90%），而“存在问题”写“无/暂无”，或列出的问题没有一条涉及资金执行、执行率旁也没写原因。',
    en:
      'An execution or arrival rate is below the threshold (default 90 %) while 存在问题 says none, or lists problems none of ' +
      'which concerns the spending and no reason stands by the rate.',
  },
  check({ report, settings }) {
    const problems = problemsSection(report);
    if (!problems) return deviationDenied(report, settings.executionThreshold);
    const { heading: line, body, none } = problems;
    if (!none && ABOUT_EXECUTION.test(body)) return [];
    const low = lower(lowestRate(report), acrossParagraphs(report));
    if (!low || low.value >= settings.executionThreshold) return [];
    // a rate computed across paragraphs points at both figures: the span between them is half the report
    const figures = low.budget
      ? [
          { span: low.budget, message: { zh: '预算', en: 'budget' } },
          { span: { start: low.start, end: low.end }, message: { zh: '支出', en: 'spending' } },
        ]
      : [{ span: { start: low.start, end: low.end }, message: { zh: low.name, en: low.name } }];
    // a rate the report states is quoted as written (61%), a computed one with two decimals
    const shown = low.formula ? percentText(low.value, 2) : report.text.slice(low.start, low.end).trim();
    // a reason right after the rate explains it, whatever 存在问题 says (made up, red team: 预算执行率78%，主要原因是项目跨年度
    // 实施，剩余资金已按规定结转 with 存在问题：无): what the finding asks for is written
    if (REASON.test(paragraphAfter(report, low.start))) return [];
    if (!none) {
      return [
        {
          span: { start: low.start, end: low.end },
          message: {
            zh:
              `${low.name}只有 ${shown}${low.formula ? `（${low.formula}）` : ''}（低于 ${settings.executionThreshold}%），` +
              `但“存在问题”没有一条说到资金执行，这里也没有写原因：请说明执行偏低的原因和改进措施`,
            en:
              `${low.name} is only ${shown}${low.formula ? ` (${low.formula})` : ''} ` +
              `(below ${settings.executionThreshold}%), but no problem listed concerns the spending and no reason is given here: ` +
              'explain the low execution and what will be done',
          },
          related: [
            { span: { start: line.start, end: line.end }, message: { zh: '存在问题', en: 'Problems' } },
            ...(low.budget ? figures.slice(0, 1) : []),
          ],
        },
      ];
    }
    const out: RuleFinding = {
      span: { start: line.start, end: line.end },
      message: {
        zh:
          `“存在问题”写的是“无”，但${low.name}只有 ${shown}${low.formula ? `（${low.formula}）` : ''}` +
          `（低于 ${settings.executionThreshold}%）：请说明执行或到位偏低的原因`,
        en:
          `存在问题 says none, but ${low.name} is only ${shown}${low.formula ? ` (${low.formula})` : ''} ` +
          `(below ${settings.executionThreshold}%): explain the low execution or arrival`,
      },
      related: figures,
    };
    return [out];
  },
});

/** From an offset to the end of its paragraph (bounded: a flattened page may be one paragraph). */
function paragraphAfter(report: Report, at: number): string {
  const rest = report.text.slice(at, at + 300);
  // a rate in a table row is explained in its row (a 偏差原因 cell): the rows below are other figures, and their labels
  // (上年结转资金) no reason
  const lineStart = report.text.lastIndexOf('\n', at) + 1;
  if (/^[ \t\u3000]*\|/.test(report.text.slice(lineStart, at))) {
    const eol = rest.indexOf('\n');
    return eol < 0 ? rest : rest.slice(0, eol);
  }
  const end = rest.search(/\n[ \t\u3000]*\n|\n[(（]?[一二三四五六七八九十0-9]+[、.．)）]/);
  return end < 0 ? rest : rest.slice(0, end);
}

interface Low {
  value: number;
  name: string;
  start: number;
  end: number;
  /** How a rate the report does not state was computed (215.00 万元 ÷ 500.00 万元). */
  formula?: string;
  /** The budget, when it stands in another paragraph than the spending (start and end are the spending's). */
  budget?: { start: number; end: number };
}

const lower = (a: Low | undefined, b: Low | undefined): Low | undefined => (a && b ? (b.value < a.value ? b : a) : (a ?? b));

/** The whole's budget and spending stated in different paragraphs, when the report states no rate (model/whole-spending.ts). */
function acrossParagraphs(report: Report): Low | undefined {
  const whole = wholeSpending(report);
  if (!whole) return undefined;
  const { budget, spent } = whole;
  return {
    value: Number(formatNumber((spent.yuan / budget.yuan) * 100, 2)),
    name: '执行率',
    start: spent.start,
    end: spent.unitEnd,
    formula: `${amountText(spent)} ÷ ${amountText(budget)}`,
    budget: { start: budget.start, end: budget.unitEnd },
  };
}

function lowestRate(report: Report): Low | undefined {
  let low: Low | undefined;
  const consider = (value: number, name: string, start: number, end: number, formula?: string): void => {
    if (!low || value < low.value) low = formula ? { value, name, start, end, formula } : { value, name, start, end };
  };
  // a budget stated in one sentence and the spending in the next of the same paragraph
  // (项目预算500万元。截至年底实际支出215万元。) pair up as well
  let pending: LabelledAmount | undefined;
  let pendingBlock = -1;
  for (const s of report.numbered) {
    for (const p of s.percents) {
      const m = RATE.exec(p.label);
      if (m) consider(p.value, m[0], p.start, p.signEnd);
    }
    const own = s.amounts.find((a) => BUDGETED.test(a.label));
    const budget = own ?? (pendingBlock === s.block ? pending : undefined);
    const actual = s.amounts.find((a) => a !== budget && a.start > (budget?.start ?? Infinity) && ARRIVED.test(a.label));
    // a sentence that states its rate (预算700万元,执行425万元,执行率61%) is quoted as written
    const stated = s.percents.some((p) => RATE.test(p.label));
    if (budget && actual && budget.yuan > 0 && !stated) {
      const v = Number(formatNumber((actual.yuan / budget.yuan) * 100, 2));
      consider(
        v,
        /到位/.test(actual.label) ? '到位率' : '执行率',
        budget.start,
        actual.unitEnd,
        `${amountText(actual)} ÷ ${amountText(budget)}`,
      );
    }
    pending = own && !actual ? own : undefined;
    pendingBlock = s.block;
  }
  return low;
}

/**
 * A denial of any deviation, or a word that the money went as planned (资金执行无偏离, 本年度资金执行情况良好, 各项绩效目标均已
 * 完成): a clause that says nothing went wrong, whatever money word it holds.
 */
const DENIAL =
  /无(?:明显)?偏离|未(?:发生|出现|发现)?(?:明显)?偏离|没有(?:出现)?偏离|不存在(?:明显)?偏离|无偏差|执行(?:情况)?(?:良好|较好|正常|顺利)|按(?:计划|进度)(?:执行|支出|拨付)|均已(?:全部)?(?:完成|达到|实现)|已全部完成/;
/** A sentence about what will be done (下一步…, 今后…, 我局将…): no account of the year's spending. */
const PLAN = /^(?:下一步|今后|下一年度?|我(?:局|委|县|单位|中心|院|校|办|镇|乡)?将|将继续|继续)/;
/**
 * Anywhere in the report, words that say why money was not spent (由于…未拨付, 执行率偏低的原因是…, 尚未结算, 结转下年): the low
 * rate is explained, wherever it is. Bounded gaps: linear in the text.
 */
const EXPLAINED =
  /(?:执行|支出|拨付|支付|到位|结转|结余)[^。\n]{0,40}(?:原因是|原因为|主要原因|由于|因为|所致|导致)|(?:原因是|原因为|主要原因|由于|因为)[^。\n]{0,40}(?:执行|支出|拨付|支付|到位|结转|结余)|尚未(?:支付|拨付|结算|完工|验收|到位)|暂未(?:支付|拨付|结算)|质保金|尾款|待[^。\n]{0,12}后(?:支付|拨付|结算)|跨年度|结转(?:至|到)?下(?:一)?年/;

/**
 * The template asks why the results deviate from the targets (the transfer payments' 偏离绩效目标的原因和下一步改进措施) and
 * the section says there is none (资金执行无偏离), while a rate is low and nothing in the report says why (made up, red team
 * s23: 执行率68.35% …, 四、… 本年度资金执行情况良好，…，无偏离绩效目标情况). Its clauses other than the denial and the plans
 * must say nothing of the spending.
 */
function deviationDenied(report: Report, threshold: number): RuleFinding[] {
  const section = deviationSection(report);
  if (!section) return [];
  // 无 alone under the heading denies as plainly (made up: 四、偏离绩效目标的原因和下一步改进措施 无。)
  if (/^(?:无|暂无|没有)$/.test(section.text.replace(/[\s\u3000。.，,：:]/g, ''))) return lowUnexplained(report, threshold, section, '无');
  if (!DENIAL.test(section.text)) return [];
  // the denial quoted: the first of the spending (资金执行无偏离), else the first (各项绩效目标均已完成)
  let said: string | undefined;
  for (const sentence of section.text.split(/[。；;\n]/)) {
    const t = sentence.trim();
    if (PLAN.test(t)) continue;
    for (const c of t.split(/[，,]/)) {
      const clause = c.trim();
      const about = ABOUT_EXECUTION.test(clause);
      if (!DENIAL.test(clause)) {
        if (about) return [];
      } else if (said === undefined || (about && !ABOUT_EXECUTION.test(said))) said = clause.slice(0, 40);
    }
  }
  return said === undefined ? [] : lowUnexplained(report, threshold, section, said);
}

/** The lowest rate when it is below the threshold and nothing in the report says why, against the section's denial. */
function lowUnexplained(
  report: Report,
  threshold: number,
  section: { heading: { start: number; end: number } },
  said: string,
): RuleFinding[] {
  const low = lower(lowestRate(report), acrossParagraphs(report));
  if (!low || low.value >= threshold) return [];
  if (REASON.test(paragraphAfter(report, low.start)) || EXPLAINED.test(report.text)) return [];
  const shown = low.formula ? percentText(low.value, 2) : report.text.slice(low.start, low.end).trim();
  return [
    {
      span: { start: low.start, end: low.end },
      message: {
        zh:
          `${low.name}只有 ${shown}${low.formula ? `（${low.formula}）` : ''}（低于 ${threshold}%），` +
          `但偏离原因一节写的是“${said}”，报告中也没有说明原因：请写明执行偏低的原因和改进措施`,
        en:
          `${low.name} is only ${shown}${low.formula ? ` (${low.formula})` : ''} (below ${threshold}%), but the section on ` +
          `deviations says “${said}” and the report gives no reason: explain the low execution and what will be done`,
      },
      related: [{ span: section.heading, message: { zh: '偏离绩效目标的原因', en: 'Reasons for deviations' } }],
    },
  ];
}
