// A standard per head, the one count it was paid to and the amount paid, all in one sentence:
//   按每人每年3600元的标准，为120名困难群众发放补贴43.2万元
//   为300户脱贫户按每户2000元标准发放产业奖补资金60万元
//   5个县(市、区)共110户侨界代表人士和困难归侨侨眷,标准为每户400元,共计4.4万元 (tune corpus)
// Read only when the sentence says nothing that makes the payment other than count × standard (a month's standard, a part
// of the year, a batch, people added during the year, money carried over, a floor or a ceiling, an average). The regular
// expressions have bounded quantifiers only; each sentence is read once (memo per object).
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import { sentenceMemo } from '../parse/sentence-memo.js';

export interface StandardClause {
  standard: LabelledAmount;
  count: number;
  counter: string;
  countStart: number;
  countEnd: number;
  paid: LabelledAmount;
}

/** The standard's head, at most with a year (每人每年, 每生每学年): a month's standard (每人每月) is not read. */
const HEAD = /(?:每([人户生名亩])(?:每学?年)?|([人户生])均)$/;
/** What follows the standard's amount: its name (3600元的标准, 2000元补助标准). */
const STANDARD_AFTER = /^的?(?:补助|补贴|资助|救助|慰问)?标准/;
/** A count of heads: whole digits (not 2.5人, not 人次). */
const COUNT = /(?<![\d.])(\d{1,7})[ ]?([人户名位生亩])(?!次)/g;
/** The counters a head is counted in (每人 … 120名). */
const COUNTERS: Readonly<Record<string, string>> = { 人: '人名位', 名: '人名位', 生: '人名生', 户: '户', 亩: '亩' };
/** What names the amount paid to them. */
const PAID = /发放|拨付|兑现|支付|共计|合计|总计/;
/**
 * What makes the payment other than count × standard: months or a part of the year (按实际享受月数, 上半年, 第一批), people
 * added or gone, money left or carried over, a floor, a ceiling or an average (不低于, 最高, 平均), a list (分别, 其中), more
 * than one year (累计, 2022—2023年, 连续3年, 两年).
 */
const NOT_WHOLE =
  /月|季|批|半年|部分|新增|增加|减少|退出|结转|结余|其余|剩余|不低于|不超过|不高于|最高|最低|以上|以内|至少|平均|约|左右|其中|分别|累计|[两三四五]年|(?<!\d)\d年|\d{4}年?[—–~至到-]/;

/** The sentence's standard, count and payment when it states exactly one of each, in that reading. */
export const standardClause: (s: Sentence) => StandardClause | null = sentenceMemo(
  (s) => read(s),
  (x) => x === null,
);

function read(s: Sentence): StandardClause | null {
  if (!/每|均/.test(s.text) || !s.text.includes('标准') || NOT_WHOLE.test(s.text)) return null;
  let standard: LabelledAmount | undefined;
  let head = '';
  for (const a of s.amounts) {
    if (!/每|均/.test(a.label)) continue;
    const m = HEAD.exec(a.label);
    // a second amount per head (每户每年1000元 beside 每人每年3600元): two standards, not read
    if (standard || !m) return null;
    // named after it (3600元的标准) or before it (标准为每户400元)
    if (!a.label.includes('标准') && !STANDARD_AFTER.test(s.text.slice(a.unitEnd - s.start, a.unitEnd - s.start + 8))) return null;
    standard = a;
    head = m[1] ?? m[2] ?? '';
  }
  if (!standard) return null;
  let count: RegExpExecArray | undefined;
  COUNT.lastIndex = 0;
  for (let m = COUNT.exec(s.text); m; m = COUNT.exec(s.text)) {
    if (count) return null; // two counts: which one was paid is not said
    count = m;
  }
  if (!count || !(COUNTERS[head] ?? '').includes(count[2] ?? '')) return null;
  const countStart = s.start + count.index;
  const countEnd = countStart + count[0].length;
  const after = Math.max(standard.unitEnd, countEnd);
  const paid = s.amounts.find((a) => a.start >= after);
  if (!paid || !PAID.test(paid.label) || paid.yuan <= standard.yuan) return null;
  // more money after the payment (另有3.2万元因人员死亡停发): the payment may be a part of count × standard (made up, red team s23)
  if (s.amounts.some((a) => a.start > paid.start)) return null;
  return { standard, count: Number(count[1]), counter: count[2] ?? '', countStart, countEnd, paid };
}
