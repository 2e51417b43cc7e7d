// A growth over last year of a count, not of money (门诊18.62万人次，比上年16.90万人次增长9.24%: (18.62 − 16.90) ÷ 16.90 =
// 10.18 %; made up, red team s23), read in two shapes with the same unit on both figures:
// - C，比上年 B 增长 X%  → (C − B) ÷ B;
// - C，比上年增加 D，增长 X%  → D ÷ (C − D) (减少 / 下降: D ÷ (C + D)).
// One regular expression per shape with bounded quantifiers, run once over the sentence (memo per sentence object).
import type { LabelledPercent, Sentence } from '../parse/sentences.js';
import { sentenceMemo } from '../parse/sentence-memo.js';
import { countStartingBefore } from '../parse/line-search.js';

export interface Count {
  start: number;
  end: number;
  /** The figure as written with its unit (18.62 万人次). */
  text: string;
  /** Its value in the unit, 万 and 亿 multiplied out. */
  value: number;
  /** Half its last written digit, in the same measure. */
  half: number;
}

export interface CountGrowth {
  percent: LabelledPercent;
  /** The formula with the figures, for the message ((18.62 万人次 − 16.90 万人次) ÷ 16.90 万人次). */
  how: string;
  computed: number;
  first: Count;
  second: Count;
}

// a figure with thousands commas (6,380 人次) or without; digits after a thousands comma are no figure of their own
const NUM = String.raw`(\d{1,3}(?:,\d{3}){1,3}(?:\.\d{1,4})?|\d{1,9}(?:\.\d{1,4})?)(万|亿)?`;
const UNIT = '(人次|人|户|个|家|所|件|次|亩|公里|吨|辆|座|处|场|床|张|册|份|头|只|页|卷|篇|期|项|台|套|批|株|棵|盏|起|宗)';
const LAST_YEAR = String.raw`(?:同比)?(?:比|较)(?:上年度?|去年|上一年度?|(?:19|20)\d\d年度?)(?:同期)?(?:的)?`;
const UP = '(增长|增加|上升|提高|下降|减少|降低)';
const PCT = String.raw`(\d{1,3}(?:\.\d{1,4})?)[%％]`;
/** C u，比上年 B u (同比) 增长 X%. */
const FROM_BASE = new RegExp(`${NUM}${UNIT}[，,]${LAST_YEAR}${NUM}(\\3)(?:同比)?${UP}(?:了|为|达)?${PCT}`, 'g');
/** C u，比上年增加 D u，增长 X%. */
const FROM_CHANGE = new RegExp(`${NUM}${UNIT}[，,]${LAST_YEAR}${UP}(?:了)?${NUM}(\\3)[，,、](?:同比)?${UP}(?:了|为|达)?${PCT}`, 'g');
/** The year (or 上年 / 年初) a count of 由 B 增加到 C stands at: 由2020年底的86家增加到2021年底的103家. */
const AT_YEAR = String.raw`(?:(?:(?:19|20)\d\d年|上年|去年|年初|上年度)(?:底|末|度)?的?)?`;
const TO = '(增加|增长|上升|提高|减少|下降|降低|增|降)?(?:到|至)';
/** Days too (重污染天数由18天减少到11天): a count of days is read in this shape only. */
const UNIT_OR_DAYS = `${UNIT.slice(0, -1)}|天)`;
/** 由 B u 增加到 C u，增长 X% (made up, red team s23; the blind set's 韶关 高新技术企业, 洛阳 重污染天数). */
const FROM_TO = new RegExp(`由${AT_YEAR}${NUM}${UNIT_OR_DAYS}${TO}${AT_YEAR}${NUM}(\\3)[，,、](?:同比)?${UP}(?:了|为|达)?${PCT}`, 'g');

const FACTOR: Record<string, number> = { 万: 1e4, 亿: 1e8 };

function count(s: Sentence, m: RegExpExecArray, group: number, unitGroup: number, from: number): Count {
  const digits = m[group] ?? '0';
  const mult = FACTOR[m[group + 1] ?? ''] ?? 1;
  const decimals = digits.includes('.') ? digits.length - digits.indexOf('.') - 1 : 0;
  const start = s.start + m.index + m[0].indexOf(digits, from);
  const text = `${digits} ${m[group + 1] ?? ''}${m[unitGroup] ?? ''}`;
  return { start, end: start + text.length - 1, text, value: Number(digits.replace(/,/g, '')) * mult, half: 0.5 * 10 ** -decimals * mult };
}

function percentAt(s: Sentence, m: RegExpExecArray, digits: string): LabelledPercent | undefined {
  const at = s.start + m.index + m[0].lastIndexOf(digits);
  // by binary search: a sentence of a megabyte may hold a hundred thousand percentages
  const p = s.percents[countStartingBefore(s.percents, at + 1) - 1];
  return p?.start === at ? p : undefined;
}

/** Whether X% (rounded or truncated at its last decimal) falls in [lo, hi]. */
function fits(p: LabelledPercent, lo: number, hi: number): boolean {
  const h = p.decimals > 0 ? 10 ** -p.decimals : 0.5;
  return hi >= p.value - h - 1e-9 && lo <= p.value + h + 1e-9;
}

const DOWN = /下降|减少|降低/;

/**
 * A growth or a fall of `p` from `base` to `current` that the figures do not give, each figure taken within its rounding
 * (half its last digit): undefined when it fits, or when the figures move the other way than the words say.
 */
function growthAgainst(p: LabelledPercent, base: Count, current: Count, down: boolean): CountGrowth | undefined {
  if (down ? current.value >= base.value : current.value <= base.value) return undefined;
  const diffLo = Math.abs(current.value - base.value) - current.half - base.half;
  const diffHi = Math.abs(current.value - base.value) + current.half + base.half;
  const lo = (diffLo / (base.value + base.half)) * 100;
  const hi = (diffHi / (base.value - base.half)) * 100;
  if (fits(p, lo, hi)) return undefined;
  const how = down ? `(${base.text} − ${current.text}) ÷ ${base.text}` : `(${current.text} − ${base.text}) ÷ ${base.text}`;
  return { percent: p, how, computed: (Math.abs(current.value - base.value) / base.value) * 100, first: current, second: base };
}

/** Whether the match starts inside a figure: after a digit, a point, or a thousands comma (1,260: not 260). */
function midFigure(t: string, at: number): boolean {
  return /[\d.]/.test(t.charAt(at - 1)) || (t.charAt(at - 1) === ',' && /\d/.test(t.charAt(at - 2)));
}

export const countGrowths = sentenceMemo(
  (s: Sentence): CountGrowth[] => {
    const out: CountGrowth[] = [];
    if (s.percents.length === 0 || !/比|较|由/.test(s.text)) return out;
    const t = s.text;
    FROM_TO.lastIndex = 0;
    for (let m = FROM_TO.exec(t); m; m = FROM_TO.exec(t)) {
      const base = count(s, m, 1, 3, 0);
      const current = count(s, m, 5, 7, m[0].indexOf(m[3] ?? '') + 1);
      const p = percentAt(s, m, m[9] ?? '');
      const down = DOWN.test(m[8] ?? '');
      // the verb of 增加到 (when written) and of the percentage agree with the figures' direction
      if (!p || base.value <= 0 || (m[4] && /降|减/.test(m[4]) !== down)) continue;
      const wrong = growthAgainst(p, base, current, down);
      if (wrong) out.push(wrong);
    }
    FROM_BASE.lastIndex = 0;
    for (let m = FROM_BASE.exec(t); m; m = FROM_BASE.exec(t)) {
      if (midFigure(t, m.index)) continue;
      const current = count(s, m, 1, 3, 0);
      const base = count(s, m, 4, 6, m[0].indexOf(m[3] ?? '') + 1);
      const p = percentAt(s, m, m[8] ?? '');
      const down = DOWN.test(m[7] ?? '');
      if (!p || base.value <= 0) continue;
      const wrong = growthAgainst(p, base, current, down);
      if (wrong) out.push(wrong);
    }
    FROM_CHANGE.lastIndex = 0;
    for (let m = FROM_CHANGE.exec(t); m; m = FROM_CHANGE.exec(t)) {
      if (midFigure(t, m.index)) continue;
      const current = count(s, m, 1, 3, 0);
      const change = count(s, m, 5, 7, m[0].indexOf(m[4] ?? '') + 1);
      const p = percentAt(s, m, m[9] ?? '');
      const down = DOWN.test(m[4] ?? '');
      if (!p || DOWN.test(m[8] ?? '') !== down) continue;
      const prev = down ? current.value + change.value : current.value - change.value;
      const half = current.half + change.half;
      if (prev - half <= 0) continue;
      const lo = ((change.value - change.half) / (prev + half)) * 100;
      const hi = ((change.value + change.half) / (prev - half)) * 100;
      if (fits(p, lo, hi)) continue;
      const how = `${change.text} ÷ (${current.text} ${down ? '+' : '−'} ${change.text})`;
      out.push({ percent: p, how, computed: (change.value / prev) * 100, first: current, second: change });
    }
    return out;
  },
  (v) => v.length === 0,
);

/**
 * A rate named after what the second of two counts did, right after them (全县65岁以上老年人2.03万人，纳入健康管理1.52万人，
 * 老年人健康管理率78.4%: 1.52 ÷ 2.03 = 74.88 %; made up, red team s23): second ÷ first, read only when the rate's name ends
 * with two characters the second count's words hold and the first's do not, the units agree, the second is not above the
 * first, the first is no target (任务 / 目标 / 计划: a completion rate, read elsewhere) and the rate none whose base is its
 * own (参保率, 控制率, 发病率).
 */
const OF_TWO = new RegExp(
  `${NUM}${UNIT}[，,]([^，,；;。\\d%]{1,16})${NUM}(\\3)[，,]([^，,；;。\\d%]{1,16}?)率(?:为|达|是|达到)?${PCT}`,
  'g',
);
const TARGET = /任务|目标|计划|應|应/;
/** Rates whose base is defined apart from any population stated (参保率 of those due to enrol, 控制率 of those managed, per 10万). */
const OWN_BASE = /参保|参合|入学|就业|失业|出生|死亡|发病|患病|检出|阳性|控制|覆盖/;
const LABEL_BREAK = /[，,；;。：:、（(）)\n]/;

/**
 * The work done, then the share of the year's target it is (完成散煤替代12600户，完成年度目标14000户的92%: 12600 ÷ 14000 =
 * 90 %; made up, red team s23, set 3's 洛阳): done ÷ target, read only when the first count's words say it was done
 * (完成 / 实际 / 累计 / 实施 / 已) and name no target, and the units agree.
 */
const OF_TARGET = new RegExp(
  `${NUM}${UNIT}[，,](?:共|累计)?(?:完成|达到|占|为|达)(?:了)?(?:全年|年度|本年度?|全年度)?(?:绩效)?(?:目标|任务|计划)(?:任务|数|量)?(?:数)?${NUM}(\\3)的${PCT}`,
  'g',
);
const DONE = /完成|实际|累计|实施|已/;

function ofTarget(s: Sentence, out: CountGrowth[]): void {
  const t = s.text;
  OF_TARGET.lastIndex = 0;
  for (let m = OF_TARGET.exec(t); m; m = OF_TARGET.exec(t)) {
    if (midFigure(t, m.index)) continue;
    let from = m.index;
    while (from > 0 && m.index - from < 20 && !LABEL_BREAK.test(t.charAt(from - 1))) from--;
    const words = t.slice(from, m.index);
    if (!DONE.test(words) || TARGET.test(words)) continue;
    const done = count(s, m, 1, 3, 0);
    const target = count(s, m, 4, 6, m[0].indexOf(m[3] ?? '') + 1);
    const p = percentAt(s, m, m[7] ?? '');
    if (!p || target.value - target.half <= 0) continue;
    const lo = ((done.value - done.half) / (target.value + target.half)) * 100;
    const hi = ((done.value + done.half) / (target.value - target.half)) * 100;
    if (fits(p, lo, hi)) continue;
    out.push({
      percent: p,
      how: `${done.text} ÷ ${target.text}`,
      computed: (done.value / target.value) * 100,
      first: done,
      second: target,
    });
  }
}

/**
 * A survey's satisfaction rate after the satisfied count (发放问卷400份，回收有效问卷386份，回收率96.5%，其中满意及基本满意362份，
 * 满意率95.2%: 362 ÷ 386 = 93.78 %, 362 ÷ 400 = 90.5 %; made up, red team s23, set 3's 临澜): found only when it fits the
 * satisfied count over none of the questionnaires counted before it in the sentence (issued, returned, valid), no other
 * count of the unit stands between them (非常满意…，满意…: a sum), and the satisfied count's words say 满意.
 */
const SATISFIED = new RegExp(
  `([^，,；;。\\d%]{0,12})${NUM}(份|人|户|人次)[，,]?([^，,；;。\\d%]{0,4}?)满意(?:度|率)(?:为|达|达到|是)?${PCT}`,
  'g',
);
const SURVEYED = /问卷|调查表|样本|受访|调查|回访|走访|抽查/;
const SURVEY_COUNT = new RegExp(`${NUM}(份|人|户|人次)`, 'g');
/** How far before the satisfied count the questionnaires are looked for. */
const SURVEY_BACK = 80;

function satisfaction(s: Sentence, out: CountGrowth[]): void {
  const t = s.text;
  SATISFIED.lastIndex = 0;
  for (let m = SATISFIED.exec(t); m; m = SATISFIED.exec(t)) {
    const words = m[1] ?? '';
    const at = m.index + words.length;
    if (!words.includes('满意') || /不满意|非常满意/.test(words) || midFigure(t, at)) continue;
    const unit = m[4] ?? '';
    const part = count(s, m, 2, 4, words.length);
    const p = percentAt(s, m, m[6] ?? '');
    // a rate of another thing (不满意率), or a base named after the rate (满意率95.2%（按有效样本380份计）)
    if (!p || /不|非/.test(m[5] ?? '') || /^[（(]/.test(t.slice(p.signEnd - s.start, p.signEnd - s.start + 1))) continue;
    const from = Math.max(0, at - SURVEY_BACK);
    const window = t.slice(from, at);
    if (!SURVEYED.test(window)) continue;
    const bases: Count[] = [];
    let other = false;
    SURVEY_COUNT.lastIndex = 0;
    for (let c = SURVEY_COUNT.exec(window); c; c = SURVEY_COUNT.exec(window)) {
      if (midFigure(window, c.index) || c[3] !== unit) continue;
      let w = c.index;
      while (w > 0 && c.index - w < 12 && !LABEL_BREAK.test(window.charAt(w - 1))) w--;
      const label = window.slice(w, c.index);
      const n = count(s, c, 1, 3, 0);
      if (SURVEYED.test(label) || /发放|回收|有效/.test(label)) bases.push({ ...n, start: n.start + from });
      else other = true;
    }
    const base = bases[bases.length - 1];
    if (!base || other) continue;
    let fitsOne = false;
    for (const b of bases) {
      if (b.value - b.half <= 0 || part.value > b.value + b.half) continue;
      const lo = ((part.value - part.half) / (b.value + b.half)) * 100;
      const hi = ((part.value + part.half) / (b.value - b.half)) * 100;
      if (fits(p, lo, hi)) fitsOne = true;
    }
    if (fitsOne || part.value > base.value) continue;
    out.push({ percent: p, how: `${part.text} ÷ ${base.text}`, computed: (part.value / base.value) * 100, first: part, second: base });
  }
}

export const countRates = sentenceMemo(
  (s: Sentence): CountGrowth[] => {
    const out: CountGrowth[] = [];
    if (s.percents.length > 0 && s.text.includes('的')) ofTarget(s, out);
    if (s.percents.length > 0 && s.text.includes('满意')) satisfaction(s, out);
    if (!s.text.includes('率')) return out;
    const t = s.text;
    OF_TWO.lastIndex = 0;
    for (let m = OF_TWO.exec(t); m; m = OF_TWO.exec(t)) {
      if (midFigure(t, m.index)) continue;
      const name = m[8] ?? '';
      const stem = name.slice(-2);
      const words = m[4] ?? '';
      // the first count's words, back to a clause break (at most 20 characters)
      let from = m.index;
      while (from > 0 && m.index - from < 20 && !LABEL_BREAK.test(t.charAt(from - 1))) from--;
      const firstWords = t.slice(from, m.index);
      if (
        stem.length < 2 ||
        !words.includes(stem) ||
        firstWords.includes(stem) ||
        TARGET.test(firstWords) ||
        OWN_BASE.test(name) ||
        name.includes('满意')
      ) {
        OF_TWO.lastIndex = m.index + 1;
        continue;
      }
      const whole = count(s, m, 1, 3, 0);
      const part = count(s, m, 5, 7, m[0].indexOf(words) + words.length);
      const p = percentAt(s, m, m[9] ?? '');
      if (!p || whole.value <= 0 || part.value > whole.value) continue;
      const lo = ((part.value - part.half) / (whole.value + whole.half)) * 100;
      const hi = ((part.value + part.half) / (whole.value - whole.half)) * 100;
      if (fits(p, lo, hi)) continue;
      const how = `${words} ${part.text} ÷ ${firstWords.slice(-12)} ${whole.text}`;
      out.push({ percent: p, how, computed: (part.value / whole.value) * 100, first: part, second: whole });
    }
    return out;
  },
  (v) => v.length === 0,
);
