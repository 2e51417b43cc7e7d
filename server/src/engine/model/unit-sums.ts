// Quantity × unit amount, against the amount the report says was paid:
//   发放补贴60户×2000元+35户×3000元，共计22.5万元          (products written out, in one sentence)
//   补助标准0.60万元/生·年 … 实际补助人数9人 … 拨付使用资金6.46万元   (one standard, one count, one payment)
// The regular expressions have bounded quantifiers only; each sentence is read once (memo per object).
import { halfUnit, UNIT_FACTOR, type MoneyUnit } from '../parse/numbers.js';
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import { always, noItems, sentenceMemo } from '../parse/sentence-memo.js';

export interface Product {
  start: number;
  end: number;
  count: number;
  counter: string;
  /** The unit amount in 元, and as written. */
  each: number;
  eachText: string;
  slack: number;
}

export interface ProductSum {
  products: Product[];
  total: LabelledAmount;
  /** In 元. */
  sum: number;
}

const N = '(\\d{1,7})[ ]?([户人名个家所项件处亩辆台套生])';
const M = '(\\d{1,9}(?:\\.\\d{1,4})?)[ ]?(万元|元)(?:/[户人名个家所项件处亩辆台套生])?';
const TIMES = '[ ]?[×xX*＊][ ]?';
/** 60户×2000元 */
const COUNT_FIRST = new RegExp(`${N}${TIMES}${M}`, 'g');
/** 2000元/户×60户 */
const AMOUNT_FIRST = new RegExp(`${M}${TIMES}${N}`, 'g');
/** What names the amount paid out for the products. */
const PAID = /共计|合计|总计|共|发放|拨付|支付|兑现|补贴资金|补助资金|[=＝]/;

const productSumOf = sentenceMemo(
  (s) => readProducts(s) ?? null,
  (p) => p === null,
);

function product(s: Sentence, m: RegExpExecArray, countFirst: boolean): Product {
  const [count, counter, amount, unit] = countFirst ? [m[1], m[2], m[3], m[4]] : [m[3], m[4], m[1], m[2]];
  const u = (unit ?? '元') as MoneyUnit;
  const decimals = (amount ?? '').split('.')[1]?.length ?? 0;
  return {
    start: s.start + m.index,
    end: s.start + m.index + m[0].length,
    count: Number(count),
    counter: counter ?? '',
    each: Number(amount) * UNIT_FACTOR[u],
    eachText: `${amount} ${u}`,
    slack: halfUnit(decimals) * UNIT_FACTOR[u],
  };
}

/** The written-out products of a sentence and the amount paid for them, or undefined. */
export function productSum(s: Sentence): ProductSum | undefined {
  return productSumOf(s) ?? undefined;
}

function readProducts(s: Sentence): ProductSum | undefined {
  if (!/[×xX*＊]/.test(s.text)) return undefined;
  const products: Product[] = [];
  for (const [re, countFirst] of [
    [COUNT_FIRST, true],
    [AMOUNT_FIRST, false],
  ] as const) {
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) products.push(product(s, m, countFirst));
  }
  if (products.length === 0) return undefined;
  products.sort((a, b) => a.start - b.start);
  // (a binary search: a paragraph of a megabyte can hold a hundred thousand products)
  const inside = (a: LabelledAmount): boolean => {
    let lo = 0;
    let hi = products.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((products[mid] as Product).start <= a.start) lo = mid + 1;
      else hi = mid;
    }
    const p = products[lo - 1];
    return p !== undefined && a.start < p.end;
  };
  const last = products[products.length - 1] as Product;
  const first = products[0] as Product;
  // the amount paid: after the products (…，共计22.5万元), else just before them (发放22.5万元（60户×…）)
  const total =
    s.amounts.find(
      (a) => a.start >= last.end && !inside(a) && PAID.test(s.text.slice(Math.max(0, a.start - s.start - 8), a.start - s.start)),
    ) ?? [...s.amounts].reverse().find((a) => a.unitEnd <= first.start && !inside(a) && PAID.test(a.label));
  if (!total) return undefined;
  const sum = products.reduce((acc, p) => acc + p.count * p.each, 0);
  return { products, total, sum };
}

/** Whether a sum in 元 agrees with a stated amount, within what the figures are written to. */
export function agrees(sum: number, total: LabelledAmount, slack: number): boolean {
  const tolerance = Math.max(halfUnit(total.decimals) * UNIT_FACTOR[total.unit], slack);
  return Math.abs(sum - total.yuan) <= tolerance + 1e-9 * Math.max(1, total.yuan);
}

/** 补助标准 0.60 万元/生·年, 每人每年 2000 元: a standard per head. */
export interface Standard {
  amount: LabelledAmount;
}

/** 实际补助人数 9 人, 实际发放 35 户. */
export interface HeadCount {
  start: number;
  end: number;
  count: number;
  counter: string;
}

const PER_HEAD = /^[ ]?\/[ ]?[人生户名]/;
const STANDARD_LABEL = /标准|每人|每生|每户|人均|生均|户均/;
const EACH = /每人|每生|每户|人均|生均|户均/;
const ACTUAL_COUNT = /实际(?:补助|资助|救助|发放|受益|享受|补贴)[^，。；,;\d]{0,6}?(\d{1,7})[ ]?([人户名生])/g;
/** 慰问对象120人, 补助对象35户: the people a payment went to, named as its 对象 (保山 2022). */
const OBJECT_COUNT = /(?:慰问|补助|资助|救助|发放|受益|补贴)对象[为:：]?[ ]?(\d{1,7})[ ]?([人户名生])/g;
/** 慰问标准300/人: a standard per head written without its 元 (保山 2022); the figure is in 元. */
const BARE_STANDARD = /标准[为:：]?[ ]?(\d{1,6}(?:\.\d{1,2})?)[ ]?\/[ ]?[人生户名]/g;

/**
 * A standard whose last 每 is of something else than a head or a time (西平 小麦 2023: 按照每人每亩100元标准, per 亩 of each
 * grower's wheat): it times the 亩, not the people (26930亩 × 100元 = 269.3万元, where 11196户 × 100元 is not what was paid).
 * 每人每年, 每户每月, 每位 are per head still.
 */
function perOther(label: string): boolean {
  const at = label.lastIndexOf('每');
  return at >= 0 && !'人生户名位年月日天季次期学'.includes(label.charAt(at + 1));
}

/** The sentence's own amounts that are a standard per head (they move with it). */
export const standards: (s: Sentence) => Standard[] = sentenceMemo(
  (s) =>
    s.amounts
      .filter(
        (a) =>
          STANDARD_LABEL.test(a.label) &&
          !perOther(a.label) &&
          (PER_HEAD.test(s.text.slice(a.unitEnd - s.start, a.unitEnd - s.start + 3)) || EACH.test(a.label)),
      )
      .map((amount) => ({ amount })),
  always,
);

export const headCounts: (s: Sentence) => HeadCount[] = sentenceMemo((s) => {
  const list: HeadCount[] = [];
  for (const [word, re] of [
    ['实际', ACTUAL_COUNT],
    ['对象', OBJECT_COUNT],
  ] as const) {
    if (!s.text.includes(word)) continue;
    re.lastIndex = 0;
    for (let m = re.exec(s.text); m; m = re.exec(s.text)) {
      const at = s.start + m.index + m[0].length - (m[1] ?? '').length - (m[2] ?? '').length - (m[0].endsWith(` ${m[2]}`) ? 1 : 0);
      list.push({ start: at, end: s.start + m.index + m[0].length, count: Number(m[1]), counter: m[2] ?? '' });
    }
  }
  return list.sort((a, b) => a.start - b.start);
}, noItems);

/** Standards written without 元 (慰问标准300/人), as amounts in 元; they hold their own offsets. */
export const bareStandards: (s: Sentence) => Standard[] = sentenceMemo((s) => {
  const list: Standard[] = [];
  if (!s.text.includes('标准')) return list;
  BARE_STANDARD.lastIndex = 0;
  for (let m = BARE_STANDARD.exec(s.text); m; m = BARE_STANDARD.exec(s.text)) {
    const written = m[1] ?? '';
    const start = s.start + m.index + m[0].indexOf(written);
    const value = Number(written);
    const amount: LabelledAmount = {
      value,
      decimals: written.split('.')[1]?.length ?? 0,
      start,
      end: start + written.length,
      text: written,
      unit: '元',
      unitText: '',
      unitEnd: start + written.length,
      yuan: value,
      label:
        s.text
          .slice(0, m.index + 2)
          .split(/[，,；;：:。]/)
          .pop() ?? '',
      sentence: s,
    };
    list.push({ amount });
  }
  return list;
}, noItems);

/**
 * A standard per item by which an amount was worked out, in one sentence: 按照规定每卷(册)2元的标准测算,争取到市级财政资金
 * 21.44万元 (保山 档案 2017). The counter names the items (卷); the amount is the first after the working-out verb.
 */
export interface RateBasis {
  /** The counter the standard is per (卷), and its other names in the bracket after it (册). */
  counters: string[];
  /** The standard in 元, as written, its rounding (0 for one set in 元: a standard is exact), and where it stands. */
  each: number;
  eachText: string;
  eachSlack: number;
  start: number;
  end: number;
  amount: LabelledAmount;
}

/** 每卷(册)2元的标准测算 / 每人500元的标准计算: a standard per item, then a verb of working out an amount from it. */
const RATE_BASIS =
  /每([卷册件人户亩个名家所项台套辆间座处])((?:[(（][卷册件人户亩个名家所项台套辆间座处、]{1,8}[)）])?)[ ]?(\d{1,6}(?:\.\d{1,2})?)[ ]?(万元|元)的?(?:补助|补贴|资助|经费)?标准(?:测算|计算|核算|核定|折算)/g;
/** How far after the standard the amount worked out from it may stand. */
const BASIS_AMOUNT_WITHIN = 30;

export const rateBases: (s: Sentence) => RateBasis[] = sentenceMemo((s) => {
  const list: RateBasis[] = [];
  if (!s.text.includes('每') || !s.text.includes('标准')) return list;
  RATE_BASIS.lastIndex = 0;
  for (let m = RATE_BASIS.exec(s.text); m; m = RATE_BASIS.exec(s.text)) {
    const end = s.start + m.index + m[0].length;
    const amount = s.amounts.find((a) => a.start >= end && a.start - end <= BASIS_AMOUNT_WITHIN);
    if (!amount) continue;
    const unit = (m[4] ?? '元') as MoneyUnit;
    const written = m[3] ?? '';
    const counters = [m[1] ?? '', ...[...(m[2] ?? '')].filter((c) => !'(（)）、'.includes(c))];
    list.push({
      counters,
      each: Number(written) * UNIT_FACTOR[unit],
      eachText: `${written} ${unit}`,
      // a standard set in 元 (每卷2元) is exact; one in 万元 is rounded like any other figure
      eachSlack: unit === '元' ? 0 : halfUnit(written.split('.')[1]?.length ?? 0) * UNIT_FACTOR[unit],
      start: s.start + m.index,
      end,
      amount,
    });
  }
  return list;
}, noItems);

/**
 * A count stated as a total (合计共132697卷, 共有困难群众120人): the quantity a standard per item is applied to. A few words
 * may name the items after 合计 / 共计 / 总计 / 共有, none after a bare 共.
 */
const TOTAL_COUNT =
  /(?:(?:合计|共计|总计|共有|总数)[^\d，,。；;、\n]{0,8}?|共)[为:：]?[ ]?(\d{1,9})[ ]?([卷册件人户亩个名家所项台套辆间座处])/g;

export interface TotalCount {
  start: number;
  end: number;
  count: number;
  counter: string;
}

export const totalCounts: (s: Sentence) => TotalCount[] = sentenceMemo((s) => {
  const list: TotalCount[] = [];
  TOTAL_COUNT.lastIndex = 0;
  for (let m = TOTAL_COUNT.exec(s.text); m; m = TOTAL_COUNT.exec(s.text)) {
    const digits = m[1] ?? '';
    const start = s.start + m.index + m[0].indexOf(digits);
    list.push({ start, end: s.start + m.index + m[0].length, count: Number(digits), counter: m[2] ?? '' });
  }
  return list;
}, noItems);
