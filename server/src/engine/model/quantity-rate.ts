// A 完成率 / 完工率 of work, against the work set and the work done that its own clause group (up to a ； or 。) states
// in the same unit: 实施农村公路养护工程380公里,…,完成200.031公里建设任务,完工率为100% (四好农村路 2021: 200.031 ÷ 380 =
// 52.64 %). Read per sentence (memo per object); the regular expressions have bounded quantifiers only.
import type { LabelledPercent, Sentence } from '../parse/sentences.js';
import { sentenceMemo } from '../parse/sentence-memo.js';

export interface Quantity {
  start: number;
  end: number;
  value: number;
  written: string;
  unit: string;
}

export interface QuantityRate {
  percent: LabelledPercent;
  task: Quantity;
  done: Quantity;
  /** done ÷ task, in per cent. */
  computed: number;
}

/** The rate of work done (traditional forms too: a mirror served some reports in them). */
const RATE = /(?:完成|完工)率/;
/** A quantity of work, with its unit (longer units first). */
const QUANTITY =
  /(\d{1,9}(?:\.\d{1,4})?)[ ]?(平方米|平方公里|公里|千米|米|亩|畝|人次|个|個|户|戶|人|所|座|处|處|项|項|条|條|家|台|套|辆|輛|间|間|册|冊|场|場)/g;
/** What names the work set: 实施 / 计划 / 任务. */
const TASK = /实施|實施|计划|計劃|任务|任務|目标|目標/;
/** What names the work done: 完成, or 实际 against a plan (计划培训320人，实际培训296人: made up, red team s23). */
const DONE = /完成|实际|實際/;
/** Where a clause group ends: its rate speaks of the work stated since the last one. */
const GROUP_END = /[；;。]/;
const CLAUSE_BREAK = /[，,；;：:、（()）。]/;

/** What may stand before a list item's number (1、): a clause break, or the sentence's start. */
const BEFORE_ITEM = /[：:，,；;。\s]/;

/**
 * Whether `i` is the 、 of a list item's number after a clause break (…实际完成 2 个,具体情况如下:1、投入-…-绩效目标完成率
 * -100%: 区教育设备购置 2017): each item is a clause group of its own, its rate none of the figures before the list.
 */
function itemMarkEnds(t: string, i: number): boolean {
  if (t.charCodeAt(i) !== 0x3001) return false;
  let j = i - 1;
  while (j >= 0 && i - j <= 2 && t.charCodeAt(j) >= 48 && t.charCodeAt(j) <= 57) j--;
  return j < i - 1 && j > i - 4 && (j < 0 || BEFORE_ITEM.test(t.charAt(j)));
}

/** Pinyin a mirror glued after a character (農(nóng)): no bracket of the text's own, and passed over. */
const PINYIN = /^[a-zü\u00e0-\u01dc]{1,7}$/;

/** The clause's words before `at`, back to a clause break (at most 40 characters); a pinyin gloss is no break. */
function labelBefore(t: string, at: number): string {
  let from = at;
  while (from > 0 && at - from < 40) {
    const c = t.charAt(from - 1);
    if (c === ')') {
      // (searched in the ten characters before it only: a long sentence is not scanned back for every bracket)
      const near = Math.max(0, from - 11);
      const at = t.slice(near, from - 1).lastIndexOf('(');
      const open = at < 0 ? -1 : near + at;
      if (open >= 0 && PINYIN.test(t.slice(open + 1, from - 1))) {
        from = open;
        continue;
      }
    }
    if (CLAUSE_BREAK.test(c)) break;
    from--;
  }
  return t.slice(from, at);
}

/** Within the rounding of the percentage as written (a whole percentage is rounded: half a point either way). */
const near = (p: LabelledPercent, v: number): boolean => Math.abs(p.value - v) <= (p.decimals > 0 ? 10 ** -p.decimals : 0.5) + 1e-9;

/**
 * A figure written twice over (1313 for 13, 106.5106.5 for 106.5), read once; undefined when it is not. Two digits at
 * least each time: 11 or 22 are as often counts written once.
 */
function once(written: string): number | undefined {
  const half = written.length / 2;
  if (half < 2 || !Number.isInteger(half) || written.slice(0, half) !== written.slice(half)) return undefined;
  return Number(written.slice(0, half));
}

/**
 * The rate agrees when a figure written twice over is read once: a document-sharing site's PDF text doubles its figures
 * (科普宣传经费 2018: 設置績效目標數 1313 個、完成數 9 9 個,完成率69.23%69.23% is 9 ÷ 13), and a reviewer reads them so.
 */
function readOnce(percent: LabelledPercent, task: Quantity, done: Quantity): boolean {
  const t = once(task.written);
  const d = once(done.written);
  if (t === undefined && d === undefined) return false;
  const tv = t ?? task.value;
  return tv > 0 && near(percent, ((d ?? done.value) / tv) * 100);
}

/**
 * The sentence's completion rates that disagree with done ÷ task of their clause group: the first quantity named as set
 * (实施 / 计划 / 任务, not 完成) and the last named as done (完成), of the same unit, before the rate and after the
 * group's last completion rate. A rate of 100 % for work done beyond the task is a rate capped at 100 %, and holds.
 */
export const quantityRates = sentenceMemo(
  (s: Sentence): QuantityRate[] => {
    const out: QuantityRate[] = [];
    if (!s.percents.some((p) => RATE.test(p.label))) return out;
    const t = s.text;
    let task: Quantity | undefined;
    let done: Quantity | undefined;
    let groupStart = 0;
    let p = 0;
    QUANTITY.lastIndex = 0;
    const quantities: { q: Quantity; label: string }[] = [];
    for (let m = QUANTITY.exec(t); m; m = QUANTITY.exec(t)) {
      if (/[\d.]/.test(t.charAt(m.index - 1))) continue;
      const written = m[1] ?? '';
      const start = s.start + m.index;
      quantities.push({
        q: { start, end: start + m[0].length, value: Number(written), written, unit: m[2] ?? '' },
        label: labelBefore(t, m.index),
      });
    }
    let k = 0;
    for (let i = 0; i <= t.length; i++) {
      // the quantities that start here
      while (k < quantities.length && (quantities[k] as { q: Quantity }).q.start - s.start === i) {
        const { q, label } = quantities[k++] as { q: Quantity; label: string };
        if (DONE.test(label)) done = q;
        else if (!task && TASK.test(label)) task = q;
      }
      while (p < s.percents.length && (s.percents[p] as LabelledPercent).start - s.start === i) {
        const percent = s.percents[p++] as LabelledPercent;
        if (!RATE.test(percent.label)) continue;
        const [set, met] = [task, done];
        // a rate closes the work it speaks of: the next rate's task and work done are stated after it (宁德 人才驿站 2023:
        // `目標值是2個,實際完成值為0個,目標完成率為0%,,…目標值是28次,實際完成值為40次,目標完成率為143%`, 次 unread)
        task = undefined;
        done = undefined;
        if (!set || !met || set.unit !== met.unit || set.value <= 0 || set.start - s.start < groupStart) continue;
        const computed = (met.value / set.value) * 100;
        const capped = percent.value === 100 && computed >= 100;
        if (!capped && !near(percent, computed) && !readOnce(percent, set, met)) out.push({ percent, task: set, done: met, computed });
      }
      if (GROUP_END.test(t.charAt(i)) || itemMarkEnds(t, i)) {
        groupStart = i + 1;
        task = undefined;
        done = undefined;
      }
    }
    return out;
  },
  (v) => v.length === 0,
);
