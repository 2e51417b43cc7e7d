// A stated 占比 / 增长率 / 执行率 / 到位率 that disagrees with the figures it is computed from. The
// figures are themselves rounded, so the check uses interval arithmetic: the stated percentage
// (read as rounded, or truncated at its last decimal when it has one) must overlap the range the inputs allow.
import type { LabelledAmount, LabelledPercent, Sentence } from '../parse/sentences.js';
import { countStartingBefore } from '../parse/line-search.js';
import { always, sentenceMemo } from '../parse/sentence-memo.js';
import { formatNumber, halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import { amountText, percentText } from './format.js';
import type { Report } from '../model/report.js';
import { taskExcesses } from '../model/task-excess.js';
import { quantityRates } from '../model/quantity-rate.js';
import { countGrowths, countRates } from '../model/count-growth.js';
import { pickedNumbered } from '../parse/picked-lines.js';
import type { RuleFinding } from './rule.js';
import type { RelatedInfo } from '../types.js';
import { factsStart } from '../model/locate.js';
import { defineRule } from './rule.js';

interface Interval {
  lo: number;
  hi: number;
}

const range = (a: LabelledAmount): Interval => {
  const h = halfUnit(a.decimals) * UNIT_FACTOR[a.unit];
  return { lo: a.yuan - h, hi: a.yuan + h };
};

function divide(n: Interval, d: Interval): Interval | undefined {
  if (d.lo <= 0) return undefined;
  return { lo: (n.lo / d.hi) * 100, hi: (n.hi / d.lo) * 100 };
}

function consistent(p: LabelledPercent, computed: Interval): boolean {
  // a rate of 100% says all of it: money left over beyond the amounts' rounding is not rounded away (99.64 % written
  // 100%: 2021-四川-渠县教育局-转移支付); a share or a growth of 100% is rounded as any other
  if (p.value === 100 && RATE.test(p.label) && computed.hi < 100 - 1e-9) return false;
  const lo = p.value - halfUnit(p.decimals);
  // truncation at a decimal (70.96 written as 70.9) is off by less than a tenth of a point; a whole
  // percentage truncated is off by up to a point (99.985 % written 99%, 湖北科技学院 2021): it is rounded
  const hi = p.value + (p.decimals > 0 ? 10 ** -p.decimals : halfUnit(0));
  return computed.hi >= lo - 1e-9 && computed.lo <= hi + 1e-9;
}

/**
 * What a stated percentage is computed from, kept for every rate and growth of the report (ownComputations): the
 * range the inputs allow as fields of its own, the formula once for both languages (figures and units only), the two
 * amounts as fields, in the order the finding points at them — no object or array beside it for each.
 */
interface Computation extends Interval {
  value: number;
  how: string;
  first: LabelledAmount;
  second: LabelledAmount;
}

// traditional forms too (執行, 撥付, 預算: text a mirror site served in traditional characters, 2021-四川-渠县教育局-转移支付)
// and a rate named as the progress of money (资金拨付进度100%, 渌口 2020; 支出进度, 执行进度), not of work (工程进度)
const RATE = /执行率|執行率|到位率|支出率|完成率|支付率|拨付率|撥付率|(?:执行|執行|支出|支付|拨付|撥付|到位)进度/;
const BUDGETED = /预算|預算|计划|計劃|下达|下達|安排/;
/**
 * A progress (进度) is often held to the money due by then, not the year's budget: a batch's or a quarter's
 * (第一批资金拨付进度100%, 第一季度应拨付50万元…拨付进度100%, 序时进度): such a sentence's 进度 is not read (made up).
 */
const PROGRESS = /进度/;
const OF_A_PART = /第.批|批次|季度|序时|[应應](?:拨付|撥付|支出|支付|到位)/;
const ACTUAL = /执行|執行|支出|到位|实际|實際|完成|拨付|撥付|支付/;
/**
 * An amount named as what is due (全年应执行数, 应拨付): the base a rate is computed on, never what was spent (临夏 2023:
 * 省级3.89万元;市级3.89万元;全年应执行数为7.79万元,实际执行率为100% states no spending to divide); the matching funds due
 * (云南粮食风险基金 2022: 地方应配套20971.00万元,实际配套到位资金104880.14万元,…,执行率为400.12%: 500.12 %, the
 * 400.12 % being the excess 超规模配套 83909.14 over the quota). Not 相应 / 对应 / 响应.
 */
const DUE = /(?<![相對对響响供適适反效])[应應](?:执行|執行|支出|支付|拨付|撥付|到位|发放|發放|完成|配套)/;
/**
 * A label whose last word names a budget (项目支出预算, 基本支出预算: the budget of the spending named before it) is a budget,
 * not what was spent (呈贡区人大 20xx: 其中基本支出预算937.04万元,项目支出预算595.61万元,…执行率112% is not 595.61 ÷ 937.04).
 */
const BUDGET_LAST = /(?:执行|執行|支出|到位|实际|實際|完成|拨付|撥付|支付)(?:预算|預算)(?:数|數|额|額)?(?:为|為|是)?$/;
const isActual = (a: LabelledAmount): boolean => ACTUAL.test(a.label) && !DUE.test(a.label) && !BUDGET_LAST.test(a.label);
const isBudget = (a: LabelledAmount): boolean => BUDGETED.test(a.label) || DUE.test(a.label);
/** An amount named as what is still unpaid (未支703万元, 尚未拨付): paid ÷ (paid + unpaid) is the rate. */
const UNPAID = /^(?:尚?未(?:支付|支|拨付|撥付|拨|撥|执行|執行|到位))/;
/** Amounts that are no budget even when written just before the spending (上年结转, 比上年增加, 其中 parts of another kind). */
const NOT_BUDGET = /结转|結轉|结余|結餘|上年|去年|增|减|減|未|余额|餘額/;
/** How far after the spending its rate may stand to be read as the rate of the two amounts just before it. */
const RATE_NEAR = 12;
const SHARE = /占(.{2,20})$/;
/** A growth or decline percentage: 增长率 / 增幅 / 降幅 name it; 增长 / 下降 X% only right after the change in money. */
const GROWTH_NAMED = /增长率|增幅|降幅|下降率|同比增长|比上年增长|同比下降|比上年下降|同比上升/;
const GROWTH = /增长|下降|减少|降低|增加|上升/;
/** The change over last year in money, in every phrasing (比上年度增加, 较上年减少, 同比下降 …); 提高 X% is left out: often percentage points. */
const CHANGE =
  /(?:比|较)(?:上年|上年度|去年|上一年度?)(?:同期)?(?:决算数?|预算数?|相比[，,]?)?(?:提高|增加|增长|上升|减少|下降|降低)|同比(?:提高|增加|增长|上升|减少|下降|降低)/;
const DOWN = /减少|下降|降低/;
/** A percentage named as a rate or a share: its 增加 / 增长 is in points, not the money's growth. */
const OF_A_RATE = /率|比例|比重|占/;
/** How far after the change in money a bare 增长 / 下降 X% may stand (…减少100万元、下降10%). */
const NEAR = 12;

export default defineRule({
  id: 'ratio',
  severity: 'information',
  description: {
    zh: '文中写明的占比、增长率、执行率、到位率与旁边的数据算出的结果不一致（已考虑四舍五入）。',
    en: 'A stated share, growth rate, execution or arrival rate disagrees with the figures beside it, beyond rounding.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const { p, c } of disagreements(report)) {
      // each figure written once for both languages: a megabyte of rates gives tens of thousands of findings
      const stated = percentText(p.value, p.decimals);
      const computed = percentText(c.value, Math.max(2, p.decimals));
      out.push({
        span: { start: p.start, end: p.signEnd },
        message: {
          zh: `${stated} 与数据不符：${c.how} = ${computed}，请核对`,
          en: `${stated} disagrees with the figures: ${c.how} = ${computed}; please check`,
        },
        related: [used(c.first), used(c.second)],
      });
    }
    // a completion rate of work against the work set and done in its clause group (实施…380公里,…完成200.031公里,完工率为100%)
    // where the facts start: the first heading, or the text's start when it has none (a report written as one table or
    // one flattened paragraph, 德钦人大 2021, states its rates there too)
    const from = factsStart(report);
    rateSentences(report.chunks, (s) => {
      if (s.start < from) return;
      for (const { percent: p, task, done, computed } of quantityRates(s)) {
        const t = `${task.written} ${task.unit}`;
        const d = `${done.written} ${done.unit}`;
        out.push({
          span: { start: p.start, end: p.signEnd },
          message: {
            zh:
              `${percentText(p.value, p.decimals)} 与数据不符：完成 ${d} ÷ 任务 ${t} = ` +
              `${percentText(computed, Math.max(2, p.decimals))}，请核对完成率或完成量`,
            en:
              `${percentText(p.value, p.decimals)} disagrees with the figures: done ${d} ÷ set ${t} = ` +
              `${percentText(computed, Math.max(2, p.decimals))}; check the rate or the work done`,
          },
          related: [
            { span: { start: task.start, end: task.end }, message: { zh: `任务量：${t}`, en: `Set: ${t}` } },
            { span: { start: done.start, end: done.end }, message: { zh: `完成量：${d}`, en: `Done: ${d}` } },
          ],
        });
      }
    });
    // a count's growth over last year (门诊18.62万人次，比上年16.90万人次增长9.24%), a rate of two counts (…2.03万人，纳入健康管理1.52万人，健康管理率78.4%)
    growthSentences(report.chunks, (s) => {
      if (s.start < from) return;
      for (const { percent: p, how, computed, first, second } of [...countGrowths(s), ...countRates(s)]) {
        const stated = percentText(p.value, p.decimals);
        const c = percentText(computed, Math.max(2, p.decimals));
        out.push({
          span: { start: p.start, end: p.signEnd },
          message: {
            zh: `${stated} 与数据不符：${how} = ${c}，请核对`,
            en: `${stated} disagrees with the figures: ${how} = ${c}; please check`,
          },
          related: [first, second].map((x) => ({
            span: { start: x.start, end: x.end },
            message: { zh: `参与计算：${x.text}`, en: `Used: ${x.text}` },
          })),
        });
      }
    });
    for (const x of taskExcesses(report, from)) {
      const { percent: p, task, done } = x;
      const t = `${task.value} ${task.counter}`;
      const d = `${done.value} ${done.counter}`;
      const whole = percentText((done.value / task.value) * 100, 2);
      out.push({
        span: { start: p.start, end: p.signEnd },
        message: {
          zh: `${percentText(p.value, p.decimals)} 与数据不符：(${d} − ${t}) ÷ ${t} = ${percentText(x.excess, 2)}（完成数为任务的 ${whole}），请核对`,
          en:
            `${percentText(p.value, p.decimals)} disagrees with the figures: (${d} − ${t}) ÷ ${t} = ${percentText(x.excess, 2)} ` +
            `(done is ${whole} of the task); please check`,
        },
        related: [
          { span: { start: task.start, end: task.end }, message: { zh: `任务数：${t}`, en: `Task: ${t}` } },
          { span: { start: done.start, end: done.end }, message: { zh: `完成数：${d}`, en: `Done: ${d}` } },
        ],
      });
    }
    return out;
  },
});

/** An amount a computation used, pointed at in its finding. */
function used(a: LabelledAmount): RelatedInfo {
  const t = amountText(a);
  return { span: { start: a.start, end: a.unitEnd }, message: { zh: `参与计算：${t}`, en: `Used: ${t}` } };
}

/** The sentences with a completion rate of work that disagrees, kept per chunk: asked on every keystroke. */
const rateSentences = pickedNumbered((s) => quantityRates(s).length > 0);

/** The sentences with a count's growth or a rate of two counts that disagrees, kept per chunk. */
const growthSentences = pickedNumbered((s) => countGrowths(s).length > 0 || countRates(s).length > 0);

/** What disagrees, by the report's list of sentences with numbers (see disagreements). */
const kept = new WeakMap<readonly Sentence[], { bodyStart: number; found: { p: LabelledPercent; c: Computation }[] }>();

/**
 * The body's percentages that disagree with what they are computed from, with the computation: kept while the
 * report's sentences with numbers are the same list (no paragraph with a number was edited) and the body starts
 * at the same offset, so a keystroke elsewhere does not compute every percentage again. What is kept moves
 * with its sentences (shifted in place).
 */
function disagreements(report: Report): readonly { p: LabelledPercent; c: Computation }[] {
  const bodyStart = factsStart(report);
  const k = kept.get(report.numbered);
  if (k && k.bodyStart === bodyStart) return k.found;
  const found: { p: LabelledPercent; c: Computation }[] = [];
  const body = report.numbered.filter((s) => s.start >= bodyStart);
  const denominators = new Denominators(body);
  for (let k = 0; k < body.length; k++) {
    const s = body[k] as Sentence;
    const own = ownComputations(s);
    for (let i = 0; i < s.percents.length; i++) {
      const p = s.percents[i] as LabelledPercent;
      const c = own[i] ?? share(denominators, s, p) ?? namedBefore(body, k, p) ?? budgetBefore(body, k, p, i);
      if (c && !consistent(p, c)) found.push({ p, c });
    }
  }
  kept.set(report.numbered, { bodyStart, found });
  return found;
}

function ratioOf(n: LabelledAmount, d: LabelledAmount, how: string): Computation | undefined {
  const interval = divide(range(n), range(d));
  if (!interval) return undefined;
  return { value: (n.yuan / d.yuan) * 100, lo: interval.lo, hi: interval.hi, how, first: n, second: d };
}

/**
 * A change over last year a growth percentage can be computed from, in one of two shapes:
 * - the change named (本年 C，比上年增加 D; 同比减少 D): `change` is D, `current` the amount it changes, or `base` when that
 *   amount is named as last year's (上年支出500万元，同比增加120万元: 120 ÷ 500, not 120 ÷ (500 − 120));
 * - last year's figure named after 比上年 / 较2022年 (C，比上年的 B 增加 D; C，较上年 B 增长 X%): `base` is B, `change` D
 *   when the sentence states it, else C − B.
 * Found once per sentence in one walk over its amounts (a paragraph written as one sentence can hold a hundred thousand).
 */
interface Cue {
  /** Where the cue ends: a percentage after it may use it. */
  end: number;
  change: LabelledAmount | undefined;
  current: LabelledAmount | undefined;
  base: LabelledAmount | undefined;
  /** The change is a decrease: last year was current + change. */
  down: boolean;
  /** The total a 其中 list before the base parts (the growth may be of it rather than of the list's last part). */
  whole?: LabelledAmount | undefined;
}

/** The words of the clause before 比上年 / 较上年 that name what changed (公用经费较上年50万元增长10%), or '' when none. */
function subjectOf(before: string): string {
  const cut = Math.max(...CLAUSE_CUTS.map((c) => before.lastIndexOf(c)));
  const words = before.slice(cut + 1).replace(/[\s\u3000]/g, '');
  return PLAIN_SUBJECT.test(words) || !/[\u4e00-\u9fa5]{2}/.test(words) ? '' : words;
}

const CLAUSE_CUTS = ['，', ',', '；', ';', '：', ':', '、', '（', '(', '）', ')', '\n', '。'];
/** Words before 比上年 that name no other thing than the figure before (全年, 2023年, 同比, 合计). */
const PLAIN_SUBJECT =
  /^(?:(?:本年度?|今年|当年|全年|本期|(?:19|20)\d\d年度?)(?:末|底)?|总体|合计|共计|累计|总计|其中|均|分别|同时|并|且|已|这|此|该项?|其|相应)?$/;
/** How many amounts back the amount a named subject is of is looked for. */
const NAMED_AMOUNT_BACK = 8;

/**
 * The amount before the `at`th whose label names `subject` (下达资金 ← 共下达两项转移支付资金1722.50万元; 支出 ← 实际支出): the
 * label holds the subject (without 数 / 额), or its first two and last two characters.
 */
function namedAmount(s: Sentence, at: number, subject: string): LabelledAmount | undefined {
  const name = subject.length > 2 ? subject.replace(/(?:总额|金额|数额|数|额)$/, '') : subject;
  for (let j = at - 1; j >= Math.max(0, at - NAMED_AMOUNT_BACK); j--) {
    const a = s.amounts[j] as LabelledAmount;
    const label = a.label;
    if (label.includes(name) || (name.length >= 4 && label.includes(name.slice(0, 2)) && label.endsWith(name.slice(-2)))) return a;
  }
  return undefined;
}

/** How many parts of a 其中 list may stand between the total and last year's figure. */
const PARTS_BACK = 6;

/**
 * The total before a 其中 list that runs up to the `at`th amount (last year's figure): the amount right before 其中, when
 * nothing between it and `at` ends a clause group (；).
 */
function wholeBefore(s: Sentence, at: number): LabelledAmount | undefined {
  const base = s.amounts[at] as LabelledAmount;
  for (let j = at - 2; j >= Math.max(0, at - 1 - PARTS_BACK); j--) {
    const a = s.amounts[j] as LabelledAmount;
    const next = s.amounts[j + 1] as LabelledAmount;
    const gap = s.text.slice(a.unitEnd - s.start, next.start - s.start);
    if (/[；;]/.test(gap)) return undefined;
    if (gap.includes('其中')) {
      return /[；;]/.test(s.text.slice(next.start - s.start, base.start - s.start)) ? undefined : a;
    }
  }
  return undefined;
}

/** Last year's figure written after 比上年 / 较上年度的 / 较2022年（ (made up, red team: 比上年的500万元增加120万元). */
const BASE_LABEL =
  /(?:比|较|較)(?:上年度?|去年|上一年度?|(?:19|20)\d\d年度?)(?:同期)?(?:[\u4e00-\u9fa5]{0,6}的|(?:年初|调整后)?(?:预算|决算)(?:数|支出|收入)?)?[（(]?$/;
/** What follows last year's figure: the change's verb, then the change or the percentage. */
const BASE_VERB = /^[)）]?(?:同比)?(?:增加|增长|提高|上升|减少|下降|降低|增幅|降幅|增长率|下降率)(?:了|为|達|达)?$/;
/** An amount named as last year's: the base of the change after it, not its outcome (not 上年结转: money carried over). */
const LAST_YEAR = /上年|去年|上一年/;
const CARRIED = /结转|結轉|结余|結餘/;
/** What between a change's verb and an amount says the verb was not of it: a percentage, a clause's end (made up, red team s23). */
const PAST_VERB = /[%％；;。]/;
/** How far before an amount its change's words are looked for (比上年度增加 …). */
const CHANGE_WINDOW = 16;

function cues(s: Sentence): Cue[] {
  const out: Cue[] = [];
  const amounts = s.amounts;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i] as LabelledAmount;
    const at = a.start - s.start;
    // the words after the amount before it only: theirs are its own (同比增加120万元，达620万元: 620 is no change)
    const from = i > 0 ? (amounts[i - 1] as LabelledAmount).unitEnd - s.start : 0;
    const window = s.text.slice(Math.max(from, at - CHANGE_WINDOW), at);
    const m = CHANGE.exec(window);
    // the verb's own figure is a percentage or stands in a clause before (基本支出420万元，同比增长5%；项目支出200万元): no change
    if (m && !PAST_VERB.test(window.slice(m.index + m[0].length))) {
      const down = DOWN.test(m[0]);
      // the change of a thing named before 比上年 (公用经费较上年增加5万元) is of that thing's figure, or of none stated
      const subject = subjectOf(window.slice(0, m.index));
      const before = subject ? namedAmount(s, i, subject) : i > 0 ? changed(s, i) : undefined;
      if (subject && !before) continue;
      const isBase = before !== undefined && LAST_YEAR.test(before.label) && !CARRIED.test(before.label);
      out.push({ end: a.unitEnd, change: a, current: isBase ? undefined : before, base: isBase ? before : undefined, down });
      continue;
    }
    // (the window, not the label: a bracket ends a label, 比上年（500万元）增加120万元)
    if (i === 0 || !BASE_LABEL.test(window)) continue;
    // last year's figure: the change is the amount after it, or the percentage right after it is of C − B
    const baseWords = BASE_LABEL.exec(window);
    const subject = baseWords ? subjectOf(window.slice(0, baseWords.index)) : '';
    const current = subject ? namedAmount(s, i, subject) : changed(s, i);
    if (!current || LAST_YEAR.test(current.label)) continue;
    // the total before a 其中 list the base follows (收入总预算5621.38万元，其中…，基金预算拨款725.00万元，比上年4980.60万元增长):
    // the growth may be of the total as well as of the last part
    const whole = subject ? undefined : wholeBefore(s, i);
    const next = amounts[i + 1];
    const verb = next ? BASE_VERB.exec(between(s, a, next.start)) : null;
    if (next && verb && !/[率幅]/.test(verb[0])) {
      out.push({ end: next.unitEnd, change: next, current, base: a, down: /减|降/.test(verb[0]) });
      i++;
    } else {
      out.push({ end: a.unitEnd, change: undefined, current, base: a, down: current.yuan < a.yuan, whole });
    }
  }
  return out;
}

/** The text from an amount's end to `to`, at most a few characters (the verb between last year's figure and the change). */
function between(s: Sentence, a: LabelledAmount, to: number): string {
  return to - a.unitEnd > 8 ? '' : s.text.slice(a.unitEnd - s.start, to - s.start);
}

/** How many amounts back the changed amount is looked for, past those in a bracket. */
const CHANGED_BACK = 4;

/**
 * The amount the change at `inc` is of: the last one before it outside any bracket that closes before the
 * change (呈贡 2018: 公务用车…费2.68万元(运行维护费2.68万元、购置费0元),较上年减少0.95万元 is of 2.68, not 0).
 */
function changed(s: Sentence, inc: number): LabelledAmount | undefined {
  const to = (s.amounts[inc] as LabelledAmount).start - s.start;
  for (let j = inc - 1; j >= Math.max(0, inc - CHANGED_BACK); j--) {
    const a = s.amounts[j] as LabelledAmount;
    if (closesBracket(s.text, a.unitEnd - s.start, to)) continue;
    // itself a change, over another year (比2021年增加220万元，比上年增加120万元): no level the change is of (made up, red team s23)
    const at = a.start - s.start;
    return A_CHANGE.test(s.text.slice(Math.max(0, at - 4), at)) ? undefined : a;
  }
  return undefined;
}

/** The words just before an amount that make it a change, not a level. */
const A_CHANGE = /(?:增加|增长|提高|减少|下降|降低|增支|减支|多|少)了?$/;

/** Whether text[from, to) closes a bracket it did not open. */
function closesBracket(text: string, from: number, to: number): boolean {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xff08 || c === 40) depth++;
    else if (c === 0xff09 || c === 41) {
      if (depth === 0) return true;
      depth--;
    }
  }
  return false;
}

/**
 * The budget and the spending each rate of a sentence is computed from: the first of each after the rate
 * before it (中央资金预算1800万元,执行1200万元,执行率66.67%;地方资金预算2192.58万元,执行2192.58万元,执行率100%:
 * each rate its own pair, 宣州应急 2023), in one walk over the sentence's amounts.
 */
class Pairs {
  private i = 0;
  private budget: LabelledAmount | undefined;
  private actual: LabelledAmount | undefined;

  constructor(private readonly s: Sentence) {}

  /**
   * The pair before the rate `p`, after the percentage before it (`after`, a share's or a rate's): the next rate's pair is
   * looked for after it (南县就业 2020: 总收入…,其中…预算收入165.16万元…总支出1542.14万元(…占…16.04%…);…支出为165.16万元…,
   * 完成率为100%: not 1542.14 ÷ 165.16, two amounts before the shares).
   */
  before(p: LabelledPercent, after: number): { budget: LabelledAmount | undefined; actual: LabelledAmount | undefined } {
    const amounts = this.s.amounts;
    for (; this.i < amounts.length && (amounts[this.i] as LabelledAmount).start < p.start; this.i++) {
      const a = amounts[this.i] as LabelledAmount;
      if (a.start < after) continue;
      if (!this.budget && isBudget(a)) this.budget = a;
      // a part the 其中 of the budget or of an amount after it lists (预算支出为165.16万元(其中社会保障和就业支出156.88万元…);
      // 昆明市政府办公厅 2017: 预算批复5,657.15万元,…决算为5,657.15万元,其中:基本支出3,917.56万元) is no spending of the whole
      else if (!this.actual && isActual(a) && !(this.budget && (partOf(this.s, this.i)?.start ?? -1) >= this.budget.start)) this.actual = a;
    }
    const pair = { budget: this.budget, actual: this.actual };
    this.budget = undefined;
    this.actual = undefined;
    return pair;
  }
}

/** The rate or growth each percentage of a sentence states, or null (a share, or nothing to check). */
/**
 * What a rate or growth percentage is computed from depends on its sentence alone, and a sentence
 * object lives as long as its text is not edited: worked out once per sentence, for each of its
 * percentages (kept per sentence, not per percentage: a weak map of a hundred thousand keys costs
 * the garbage collector more than the work it saves). The computations hold the sentence's own
 * amounts, which move with it.
 */
const ownComputations = sentenceMemo((s): (Computation | null)[] => {
  let found: Cue[] | undefined; // only for a sentence with a growth
  const get = (): Cue[] => (found ??= cues(s));
  const pairs = new Pairs(s);
  return s.percents.map((p, i) => rate(s, p, i, pairs) ?? growth(s, p, i, get) ?? null);
}, always);

/** 预算数 A，执行数 B，执行率 X%; else the two amounts just before the rate (below). */
function rate(s: Sentence, p: LabelledPercent, index: number, pairs: Pairs): Computation | undefined {
  if (!RATE.test(rateLabel(s, p))) return undefined;
  if (PROGRESS.test(p.label) && OF_A_PART.test(s.text)) return undefined;
  const { budget, actual } = pairs.before(p, index > 0 ? (s.percents[index - 1] as LabelledPercent).start : -1);
  if (!budget || !actual) return adjacentRate(s, p, index) ?? partRate(s, p, index);
  const c = ratioOf(actual, budget, `${amountText(actual)} ÷ ${amountText(budget)}`);
  if (!c || consistent(p, c)) return c;
  if (otherBase(s, p, index, actual, budget) || otherActual(s, p, index, actual, budget)) return undefined;
  if (actual.yuan > budget.yuan && (excessNamed(s, p, budget, actual) || addedSinceInitial(p, rateLabel(s, p), budget))) return undefined;
  return c;
}

/**
 * A rate of 100 % where more came than the first budget (年初预算): money added in the year, the rate being of the budget
 * as adjusted, which the sentence does not state (开远社会福利院 2018: 年初预算资金2,451,170.06元,…实际到位资金
 * 3,011,525.72元…,资金到位率100%). A budget not named the first one (预算11605.29万元,执行21680.25万元,执行率为100%), or a
 * rate named as of the first budget (德钦人大 2021: 年初预算收入完成率为100% of 885.63 against 785.59), is found.
 */
const addedSinceInitial = (p: LabelledPercent, label: string, budget: LabelledAmount): boolean =>
  p.value === 100 && budget.label.includes('年初') && !label.includes('年初');

/**
 * Another amount before the rate (after the rate before it) the spending's rate is of: the budget as adjusted, or the
 * money to hand with the carry-over, written after the first budget (made up, red team: `年初预算数为1500万元，年中调减
 * 120万元，全年预算数1380万元，实际支出1366.2万元，预算执行率为99%`; `2022年结转资金125.6万元，2023年当年预算安排890万元，
 * 合计可用资金1015.6万元，全年支出968.4万元，执行率95.35%`). Read only when the first budget disagrees.
 */
function otherBase(s: Sentence, p: LabelledPercent, index: number, actual: LabelledAmount, budget: LabelledAmount): boolean {
  const from = index > 0 ? (s.percents[index - 1] as LabelledPercent).start : s.start;
  for (let i = indexBefore(s.amounts, p.start); i >= 0; i--) {
    const x = s.amounts[i] as LabelledAmount;
    if (x.start < from) break;
    if (x === actual || x === budget) continue;
    const c = ratioOf(actual, x, '');
    if (c && consistent(p, c)) return true;
  }
  return false;
}

/**
 * Another outcome before the rate (after the rate before it) the rate is of, over the budget or over the first outcome: money
 * arrived, then spent, each with its rate (made up, red team: `资金到位率100%，项目预算300万元，到位300万元，截至12月底已支出
 * 270万元，支出率90%` — the 支出率 is 270 ÷ 300, not the 到位 300 ÷ 300). Read only when the first outcome disagrees.
 */
function otherActual(s: Sentence, p: LabelledPercent, index: number, actual: LabelledAmount, budget: LabelledAmount): boolean {
  const from = index > 0 ? (s.percents[index - 1] as LabelledPercent).start : s.start;
  for (let i = indexBefore(s.amounts, p.start); i >= 0; i--) {
    const x = s.amounts[i] as LabelledAmount;
    if (x.start < from || x === actual) break;
    if (x === budget || !isActual(x)) continue;
    for (const base of [budget, actual]) {
      const c = ratioOf(x, base, '');
      if (c && consistent(p, c)) return true;
    }
  }
  return false;
}

/** How many amounts on either side of a rate are read for the money spent beyond its budget. */
const EXCESS_NEAR = 4;

/**
 * The sentence names the money spent beyond the budget, and the rate is of the budgeted money without it (红十字会 2019:
 * 批复金额为900万元,实际执行资金总额977万元,资金执行率为100%,其中,77万元为社会募集款: (977 − 77) ÷ 900). An amount near
 * the rate (EXCESS_NEAR either side) with which (spent − it) ÷ budget is the rate; 预算11605.29万元,执行21680.25万元,
 * 执行率为100% names none, and is found.
 */
function excessNamed(s: Sentence, p: LabelledPercent, budget: LabelledAmount, actual: LabelledAmount): boolean {
  const at = indexBefore(s.amounts, p.start);
  const from = Math.max(0, at - EXCESS_NEAR + 1);
  const to = Math.min(s.amounts.length, at + 1 + EXCESS_NEAR);
  for (let i = from; i < to; i++) {
    const x = s.amounts[i] as LabelledAmount;
    if (x === budget || x === actual || x.yuan >= actual.yuan) continue;
    const spent = range(actual);
    const other = range(x);
    const rest = divide({ lo: spent.lo - other.hi, hi: spent.hi - other.lo }, range(budget));
    if (rest && consistent(p, rest)) return true;
  }
  return false;
}

/**
 * A rate right after the two amounts it is computed from, when the sentence names no budget: `城乡义保经费
 * 8286.57万元,已拨付资金8256.57万元,资金拨付率100%` (the total, then what was paid of it) → 8256.57 ÷ 8286.57;
 * `资金支付18501.096万元,未支703万元,支付率95%` (paid, then unpaid) → 18501.096 ÷ (18501.096 + 703)
 * (20xx-不详-乡村振兴衔接资金精选10篇-转移支付). The first amount must be named as no spending and no
 * carry-over or change; nothing else stands between them and the rate.
 */
function adjacentRate(s: Sentence, p: LabelledPercent, index: number): Computation | undefined {
  // by binary search and the percentage's own index: a sentence may hold a hundred thousand of each
  const at = indexBefore(s.amounts, p.start);
  const last = s.amounts[at];
  const previous = index > 0 ? (s.percents[index - 1] as LabelledPercent).start : -1;
  if (!last || p.start - last.unitEnd > RATE_NEAR || previous > last.start) return undefined;
  const first = s.amounts[at - 1];
  if (!first || previous > first.start) return undefined;
  if (UNPAID.test(last.label) && isActual(first) && !UNPAID.test(first.label)) {
    const total = { lo: range(first).lo + range(last).lo, hi: range(first).hi + range(last).hi };
    const interval = divide(range(first), total);
    if (!interval) return undefined;
    const how = `${amountText(first)} ÷ (${amountText(first)} + ${last.label} ${amountText(last)})`;
    return { value: (first.yuan / (first.yuan + last.yuan)) * 100, lo: interval.lo, hi: interval.hi, how, first, second: last };
  }
  if (!isActual(last) || UNPAID.test(last.label) || isActual(first) || NOT_BUDGET.test(first.label)) return undefined;
  if (first.label === '') return undefined;
  // the first is the last part of a 其中 list: the rate is of the total before 其中 (made up, red team s23, the blind
  // set's 云岭: 到位资金1563.20万元，其中中央资金1406.88万元、省级资金156.32万元；实际支出1498.60万元，执行率95.87%)
  // — unless the part's own rate is stated (资金总额1000万元，其中项目资金600万元，已支出580万元，执行率96.67%); when the
  // spending is within the part, either may be meant: silent
  const c = ratioOf(last, first, `${amountText(last)} ÷ ${amountText(first)}`);
  if (!c || consistent(p, c)) return c;
  const whole = partOf(s, at - 1);
  if (whole) {
    const w = ratioOf(last, whole, `${amountText(last)} ÷ ${amountText(whole)}`);
    return w && (consistent(p, w) || (last.yuan > first.yuan && whole.yuan >= last.yuan)) ? w : undefined;
  }
  // the total, then what was paid of it: more paid than the first amount while the rate states no excess, the first is
  // not what the rate is of (a part of the money named without 其中)
  return c.lo > 100 && p.value <= 100 ? undefined : c;
}

/** How many amounts back, past other rates, a part's budget is looked for. */
const PART_BACK = 6;

/**
 * The rate of a part named in its label (基本支出执行率), its spending right before it and the part's budget earlier in the
 * sentence, before the whole's rate (呈贡区人大 20xx: 其中基本支出预算937.04万元,项目支出预算595.61万元,…执行率112%,其中
 * 基本支出执行897.63万元,基本支出执行率为:95% → 897.63 ÷ 937.04 = 95.79 %). The part's name is two characters at least and
 * both labels hold it; the spending stands right before the rate.
 */
function partRate(s: Sentence, p: LabelledPercent, index: number): Computation | undefined {
  const subject = RATE_SUBJECT.exec(rateLabel(s, p).replace(/[\s\u3000:：]/g, ''))?.[1]?.replace(/^其中/, '');
  if (!subject || subject.length < 2) return undefined;
  const at = indexBefore(s.amounts, p.start);
  const actual = s.amounts[at];
  const previous = index > 0 ? (s.percents[index - 1] as LabelledPercent).start : -1;
  if (!actual || previous > actual.start || p.start - actual.unitEnd > RATE_NEAR) return undefined;
  if (!isActual(actual) || UNPAID.test(actual.label) || !actual.label.includes(subject)) return undefined;
  for (let j = at - 1; j >= Math.max(0, at - PART_BACK); j--) {
    const a = s.amounts[j] as LabelledAmount;
    if (!a.label.includes(subject)) continue;
    if (!isBudget(a) || NOT_BUDGET.test(a.label)) return undefined;
    return ratioOf(actual, a, `${amountText(actual)} ÷ ${amountText(a)}`);
  }
  return undefined;
}

/**
 * The total a 其中 list that runs up to the `at`th amount belongs to: the amount right before 其中, at most PARTS_BACK
 * parts back (其中中央资金…、省级资金…; （其中…）).
 */
function partOf(s: Sentence, at: number): LabelledAmount | undefined {
  for (let j = at - 1; j >= Math.max(0, at - PARTS_BACK); j--) {
    const a = s.amounts[j] as LabelledAmount;
    const next = s.amounts[j + 1] as LabelledAmount;
    if (s.text.slice(a.unitEnd - s.start, next.start - s.start).includes('其中')) return a;
  }
  return undefined;
}

/**
 * 本年 C，比上年增加 D，增长率 X% → D ÷ (C − D); 比上年减少 D，下降 X% → D ÷ (C + D); 上年 B，同比增加 D → D ÷ B;
 * C，比上年的 B 增加 D，增长 X% → D ÷ B; C，较上年 B 增长 X% → (C − B) ÷ B. The cue is the last one before the percentage
 * (收入…比上年的500万元增加120万元，增长24%；支出…比上年的480万元增加120万元，增长25%: each growth its own change).
 */
function growth(s: Sentence, p: LabelledPercent, index: number, cuesOf: () => Cue[]): Computation | undefined {
  const before = s.text.slice(Math.max(0, p.start - s.start - 8), p.start - s.start);
  const named = GROWTH_NAMED.test(p.label) || GROWTH_NAMED.test(before);
  if (!named && !GROWTH.test(p.label) && !GROWTH.test(before)) return undefined;
  const cue = lastCue(cuesOf(), p.start);
  // growths listed after two changes (…增加120万元，比2021年的400万元增加220万元，分别增长24%和55%): not paired
  if (listed(s, index) || (cue && p.start - cue.end < 40 && s.text.slice(cue.end - s.start, p.start - s.start).includes('分别'))) {
    return undefined;
  }
  if (!cue) return twoYears(s, p);
  const { change: inc, current, base, down } = cue;
  if (!inc) {
    if (!base || !current) return undefined;
    const own = fromBase(s, p, base, current);
    if (!cue.whole || (own && consistent(p, own))) return own;
    // the list's last part did not move so or does not fit: the total may
    const total = fromBase(s, p, base, cue.whole);
    return total && consistent(p, total) ? total : (own ?? total);
  }
  // a bare 增长 X% is the change's own rate only right after it (…增加200万元、增长20%), and not a rate's or a share's
  // change in points (…增加189.25万元，完成率增加5%)
  if (!named && (p.start - inc.unitEnd > NEAR || lastBefore(s.amounts, p.start) !== inc || OF_A_RATE.test(p.label))) return undefined;
  if (base) {
    const c = ratioOf(inc, base, `${amountText(inc)} ÷ ${amountText(base)}`);
    // the change written with the year's figure too, which says another change (C − B): the growth may be of that
    if (!c || consistent(p, c) || !current) return c;
    const other = fromBase(s, p, base, current, true);
    return other && consistent(p, other) ? undefined : c;
  }
  if (!current || (!down && current.yuan <= inc.yuan)) return undefined;
  const c = range(current);
  const d = range(inc);
  const interval = down ? divide(d, { lo: c.lo + d.lo, hi: c.hi + d.hi }) : divide(d, { lo: c.lo - d.hi, hi: c.hi - d.lo });
  if (!interval) return undefined;
  const unit = current.unit;
  const sign = down ? '+' : '−';
  const prevYuan = down ? current.yuan + inc.yuan : current.yuan - inc.yuan;
  const prev = formatNumber(prevYuan / UNIT_FACTOR[current.unit], Math.max(current.decimals, inc.decimals));
  const formula = `${amountText(inc)} ÷ (${amountText(current)} ${sign} ${amountText(inc)} = ${prev} ${unit})`;
  return { value: (inc.yuan / prevYuan) * 100, lo: interval.lo, hi: interval.hi, how: formula, first: current, second: inc };
}

/** The year a figure is of, at the start of its label (上年支出, 2022年度支出, 本年同期支出), and the words after it. */
const YEAR_OF = /^(?:(上年度?|去年|上一年度?)|(本年度?|今年|当年)|((?:19|20)\d\d)年度?)(?:同期)?(.{0,12})$/;
/** The words between the second figure and a growth of the two (…620万元，增长34%). */
const GROWTH_RIGHT_AFTER = /^[，,]?(?:同比)?(?:增长|上升|增幅|下降|降幅|减少|降低)(?:率)?(?:了|为|达)?$/;
/** How far apart the two years' figures may stand, besides the second one's label (上年支出500万元，本年支出620万元). */
const PAIR_GAP = 1;

/**
 * Two years' figures of one thing, one right after the other, and a bare growth right after them with no change stated
 * (made up, red team s23: 上年支出500万元，本年支出620万元，增长34% — (620 − 500) ÷ 500 = 24%): read only when the two labels
 * name the same thing after their years (or the second says 为 alone: 2023年支出620万元，上年为500万元) and one year is the
 * earlier.
 */
function twoYears(s: Sentence, p: LabelledPercent): Computation | undefined {
  const i = indexBefore(s.amounts, p.start);
  if (i < 1) return undefined;
  const a = s.amounts[i - 1] as LabelledAmount;
  const b = s.amounts[i] as LabelledAmount;
  if (p.start - b.unitEnd > NEAR || !GROWTH_RIGHT_AFTER.test(s.text.slice(b.unitEnd - s.start, p.start - s.start))) return undefined;
  // the second figure's label right after the first figure and a comma: nothing else between them
  if (b.start - a.unitEnd > PAIR_GAP + b.label.length) return undefined;
  const gap = s.text.slice(a.unitEnd - s.start, b.start - s.start);
  if (!gap.endsWith(b.label) || !/^[，,、；;]$/.test(gap.slice(0, gap.length - b.label.length))) return undefined;
  const ya = YEAR_OF.exec(a.label);
  const yb = YEAR_OF.exec(b.label);
  if (!ya || !yb) return undefined;
  const [na, nb] = [ya[4] ?? '', yb[4] ?? ''];
  if (na !== nb && !(na !== '' && /^[为是]?$/.test(nb))) return undefined;
  // which is last year's: 上年 against 本年 (or a year), or the earlier of two years written out
  const order = (m: RegExpExecArray): number => (m[1] ? -1 : m[2] ? 0 : Number(m[3]));
  const [oa, ob] = [order(ya), order(yb)];
  const numbered = ya[3] !== undefined && yb[3] !== undefined;
  if (numbered ? oa === ob : (ya[1] !== undefined) === (yb[1] !== undefined)) return undefined;
  const aFirst = numbered ? oa < ob : ya[1] !== undefined;
  return aFirst ? fromBase(s, p, a, b, true) : fromBase(s, p, b, a, true);
}

/** A percentage listed with another right beside it (24%、55%; 24%和55%). */
function listed(s: Sentence, index: number): boolean {
  const p = s.percents[index] as LabelledPercent;
  const prev = s.percents[index - 1];
  const next = s.percents[index + 1];
  const joins = (from: number, to: number): boolean => to - from <= 1 && LIST_JOIN.test(s.text.slice(from - s.start, to - s.start));
  return (prev !== undefined && joins(prev.signEnd, p.start)) || (next !== undefined && joins(p.signEnd, next.start));
}

const LIST_JOIN = /^[、和与及]$/;

/** The last cue that ends before `offset` (binary search: a sentence may hold a hundred thousand). */
function lastCue(list: readonly Cue[], offset: number): Cue | undefined {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((list[mid] as Cue).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return list[lo - 1];
}

/**
 * C，较上年 B 增长 X% → (C − B) ÷ B, read only when the percentage follows last year's figure with the change's verb and
 * nothing else, and C moved the way the verb says (`any`: the verb was read with the change, before).
 */
function fromBase(s: Sentence, p: LabelledPercent, base: LabelledAmount, current: LabelledAmount, any = false): Computation | undefined {
  if (!any) {
    const verb = BASE_VERB.exec(between(s, base, p.start));
    if (!verb || lastBefore(s.amounts, p.start) !== base) return undefined;
    if (/减|降/.test(verb[0]) ? current.yuan >= base.yuan : current.yuan <= base.yuan) return undefined;
  }
  const c = range(current);
  const b = range(base);
  const up = current.yuan >= base.yuan;
  const diff = up ? { lo: c.lo - b.hi, hi: c.hi - b.lo } : { lo: b.lo - c.hi, hi: b.hi - c.lo };
  const interval = divide(diff, b);
  if (!interval || diff.hi <= 0) return undefined;
  const how = up
    ? `(${amountText(current)} − ${amountText(base)}) ÷ ${amountText(base)}`
    : `(${amountText(base)} − ${amountText(current)}) ÷ ${amountText(base)}`;
  const value = (Math.abs(current.yuan - base.yuan) / base.yuan) * 100;
  return { value, lo: Math.max(0, interval.lo), hi: interval.hi, how, first: current, second: base };
}

/** How far before an amount its name is looked for (全社会研发投入 31.97 亿元). */
const NAME_WINDOW = 80;
/**
 * Amounts looked at, per check, when searching denominators by name. Each distinct name costs one
 * pass over the report's amounts; a document with thousands of distinct 占… names (no real report
 * has more than a few dozen) gets the first ones checked and the rest skipped, so a check stays
 * linear in the document whatever it holds.
 */
const SEARCH_BUDGET = 400_000;

interface Candidate {
  a: LabelledAmount;
  len: number;
  dist: number;
}

/** The amounts a 占 B names as B, found once per distinct name. */
class Denominators {
  private readonly found = new Map<string, Candidate[]>();
  private budget = SEARCH_BUDGET;
  /** What one search costs: the amounts in the body. */
  private readonly amounts: number;

  constructor(private readonly body: Sentence[]) {
    let n = 0;
    for (const s of body) n += s.amounts.length;
    this.amounts = n;
  }

  /** The two best matches (longest prefix of the name, then nearest), so one can be the numerator itself. */
  best(name: string): Candidate[] {
    let hit = this.found.get(name);
    if (hit) return hit;
    hit = [];
    if (this.amounts <= this.budget) {
      this.budget -= this.amounts;
      for (const other of this.body) for (const a of other.amounts) rank(hit, candidate(other, a, name));
    }
    this.found.set(name, hit);
    return hit;
  }
}

function candidate(s: Sentence, a: LabelledAmount, name: string): Candidate | undefined {
  const end = a.start - s.start;
  // (a search of the window, not of the sentence back from the amount: that runs to the sentence's
  // start whenever the name is not there, and a paragraph can be one sentence of a megabyte)
  const context = s.text.slice(Math.max(0, end - NAME_WINDOW), end);
  // every prefix tried below begins with the name's first four characters: most amounts have them
  // nowhere in their window, and are passed over with one search
  if (!context.includes(name.slice(0, 4))) return undefined;
  for (let len = name.length; len >= 4; len--) {
    const at = context.lastIndexOf(name.slice(0, len));
    // the name as another share's whole (…占单位总支出的16.04%;项目支出1294.86万元, 南县就业 2020) labels no amount after it
    if (at >= 0) return context[at - 1] === '占' ? undefined : { a, len, dist: context.length - at };
  }
  return undefined;
}

/** Keeps the two best candidates, in order: a longer match first, then a nearer one, then the earlier. */
function rank(top: Candidate[], c: Candidate | undefined): void {
  if (!c) return;
  const better = (x: Candidate, y: Candidate): boolean => x.len > y.len || (x.len === y.len && x.dist < y.dist);
  if (!top[0] || better(c, top[0])) top.unshift(c);
  else if (!top[1] || better(c, top[1])) top.splice(1, 0, c);
  top.length = Math.min(top.length, 2);
}

/** The last amount that starts before `offset` (binary search: a sentence may hold a hundred thousand). */
function lastBefore(amounts: readonly LabelledAmount[], offset: number): LabelledAmount | undefined {
  return amounts[indexBefore(amounts, offset)];
}

/** The index of the last amount that starts before `offset`, -1 when none. */
function indexBefore(amounts: readonly LabelledAmount[], offset: number): number {
  return countStartingBefore(amounts, offset) - 1;
}

/** What a rate is named after: its label without the rate's word (年初预算收入完成率为 → 年初预算收入). */
const RATE_SUBJECT = /^(.*?)(?:执行率|執行率|到位率|支出率|完成率|支付率|拨付率|撥付率)(?:为|為|是|达|達)?$/;
/** The amount that follows the budget as its outcome: 决算数, 实际, 执行 … */
const OUTCOME = /决算|決算|执行|執行|实际|實際|完成|到位/;
/** How many sentences back (in the same paragraph) the named budget is looked for. */
const NAMED_BACK = 2;

/**
 * A rate in a sentence with no amount of its own, named after a budget a sentence just before states with its outcome
 * (德钦人大 2021: 单位年初预算收入785.59万元,决算数为885.63万元。单位年初预算支出…。年初预算收入完成率为100% →
 * 885.63 ÷ 785.59 = 112.73 %). The name is four characters at least and ends the budget's label; the outcome is the
 * next amount of that sentence, named as one.
 */
function namedBefore(body: readonly Sentence[], k: number, p: LabelledPercent): Computation | undefined {
  const s = body[k] as Sentence;
  if (s.amounts.length > 0) return undefined;
  const subject = RATE_SUBJECT.exec(p.label.replace(/[\s\u3000]/g, ''))?.[1];
  if (!subject || subject.length < 4) return undefined;
  for (let j = k - 1; j >= Math.max(0, k - NAMED_BACK); j--) {
    const prev = body[j] as Sentence;
    if (prev.block !== s.block) return undefined;
    const at = prev.amounts.findIndex((a) => a.label.endsWith(subject));
    if (at < 0) continue;
    const budget = prev.amounts[at] as LabelledAmount;
    const outcome = prev.amounts[at + 1];
    if (!outcome || !OUTCOME.test(outcome.label) || NOT_BUDGET.test(budget.label)) return undefined;
    const how = `${amountText(outcome)} ÷ ${amountText(budget)}`;
    return ratioOf(outcome, budget, how);
  }
  return undefined;
}

/**
 * What a 占 share is of: the last amount before it outside a bracket that closes before it. An amount in such a bracket
 * is an aside on the one before the bracket (红十字会 2019: 资金2890.00万元(含对下转移支付资金700万元),…,占项目支出总额的
 * 100% is the share of 2890, not of 700), as changed() reads a change.
 */
function subjectBefore(s: Sentence, p: LabelledPercent): LabelledAmount | undefined {
  const at = indexBefore(s.amounts, p.start);
  const to = p.start - s.start;
  for (let j = at; j >= Math.max(0, at - CHANGED_BACK); j--) {
    const a = s.amounts[j] as LabelledAmount;
    // the stretch read is bounded (a sentence of a megabyte may hold a hundred thousand shares after one amount)
    if (!closesBracket(s.text, Math.max(a.unitEnd - s.start, to - SUBJECT_WINDOW), to)) return a;
  }
  return undefined;
}

/** How far back from a share a closing bracket is looked for. */
const SUBJECT_WINDOW = 120;

/** A，占 B X%: B is found by name elsewhere in the report (全社会研发投入 … 31.97 亿元). */
function share(denominators: Denominators, s: Sentence, p: LabelledPercent): Computation | undefined {
  const m = SHARE.exec(p.label);
  if (!m || !m[1]) return undefined;
  const name = m[1].replace(/的|比例|比重|总额|总量$/g, '');
  const numerator = subjectBefore(s, p);
  if (!numerator || name.length < 4) return undefined;
  const best = denominators.best(name).find((c) => c.a !== numerator && c.a.start !== numerator.start);
  if (!best || best.a.yuan <= numerator.yuan) return undefined;
  const d = best.a;
  return ratioOf(numerator, d, `${amountText(numerator)} ÷ ${m[1]} ${amountText(d)}`);
}

/**
 * A rate's label with the words before a line break it follows (执行\n率97.14%: a PDF's line broke the rate's name, made up,
 * red team s23): the label alone when it does not start with 率 right after a line break.
 */
function rateLabel(s: Sentence, p: LabelledPercent): string {
  if (!p.label.startsWith('率')) return p.label;
  const to = p.start - s.start;
  const nl = s.text.lastIndexOf('\n', to);
  if (nl < 0 || to - nl > 12 || s.text.slice(nl + 1, to).replace(/[\s\u3000]/g, '') !== p.label) return p.label;
  const before = s.text.slice(Math.max(0, nl - 8), nl).replace(/\r$/, '');
  const cut = Math.max(...RATE_CUTS.map((c) => before.lastIndexOf(c)));
  return before.slice(cut + 1) + p.label;
}

const RATE_CUTS = ['，', ',', '；', ';', '：', ':', '、', '（', '(', '）', ')', '\n', '。', '%', '％'];

/**
 * A rate whose sentence states the spending alone, the budget standing first in the sentence just before, of the same
 * paragraph (made up, red team s23: `下达资金185.00万元，其中中央资金148.00万元、…。实际支出180.20万元，执行率97.14%`). Read
 * only when the rate's sentence holds one amount before it (and that amount's 其中 parts), named as spending, and the sentence
 * before states no rate, no spending and no amount but the budget's 其中 parts; silent when the spending over any amount of
 * that sentence gives the rate.
 */
function budgetBefore(body: readonly Sentence[], k: number, p: LabelledPercent, index: number): Computation | undefined {
  const s = body[k] as Sentence;
  const prev = body[k - 1];
  if (!prev || prev.block !== s.block || prev.percents.length > 0 || index > 0) return undefined;
  const label = rateLabel(s, p);
  if (!RATE.test(label) || PROGRESS.test(label)) return undefined;
  // the spending alone before the rate, or with its own 其中 parts after it (全年支出587.33万元，其中基本支出408.26万元，项目支出
  // 179.07万元，预算执行率为96.84%: made up, the blind set's 辽东 文化馆)
  const last = indexBefore(s.amounts, p.start);
  if (last < 0) return undefined;
  for (let j = 1; j <= last; j++) if (partOf(s, j) !== s.amounts[0]) return undefined;
  const actual = s.amounts[0] as LabelledAmount;
  const near = s.amounts[last] as LabelledAmount;
  if (!isActual(actual) || UNPAID.test(actual.label) || p.start - near.unitEnd > RATE_NEAR) return undefined;
  const budget = prev.amounts[0];
  if (!budget || !isBudget(budget) || NOT_BUDGET.test(budget.label) || prev.amounts.some(isActual)) return undefined;
  // the sentence's other amounts are the budget's parts (其中中央资金…), not more money to hand (年中追加, 上年结转)
  const second = prev.amounts[1];
  if (second && !prev.text.slice(budget.unitEnd - prev.start, second.start - prev.start).includes('其中')) return undefined;
  const c = ratioOf(actual, budget, `${amountText(actual)} ÷ ${amountText(budget)}`);
  if (!c || consistent(p, c)) return c;
  for (const x of prev.amounts) {
    const other = ratioOf(actual, x, '');
    if (other && consistent(p, other)) return undefined;
  }
  return c;
}
