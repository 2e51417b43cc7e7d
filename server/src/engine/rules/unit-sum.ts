// Quantity × unit amount against the amount paid (model/unit-sums.ts): products written out in one
// sentence (60户×2000元 + 35户×3000元 … 共计), or the report's one standard per head times its one
// count of people actually supported, against what it says was paid out.
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import {
  agrees,
  bareStandards,
  headCounts,
  productSum,
  rateBases,
  standards,
  totalCounts,
  type HeadCount,
  type Standard,
} from '../model/unit-sums.js';
import { standardClause } from '../model/standard-clause.js';
import { formatNumber, halfUnit, UNIT_FACTOR } from '../parse/numbers.js';
import { amountText } from './format.js';
import { pickedNumbered } from '../parse/picked-lines.js';
import type { RuleFinding } from './rule.js';
import { factsStart } from '../model/locate.js';
import { defineRule } from './rule.js';

/** The amount paid out to the people counted. */
const PAID = /拨付|发放|兑现|支付/;
/** Or an amount its sentence says was spent in full (市级资金配套3.6元,全部到位并使用完毕,执行率100%, 保山 2022). */
const SPENT_IN_FULL = /使用完毕|全部(?:拨付|发放|支出|使用)|执行率100(?:\.0+)?%/;

/**
 * The sentences with numbers that hold a product, a standard, a count of people or a standard to work from, picked per
 * chunk: the rule reads these on each keystroke, and every sentence of the body only when it has a standard and a count
 * to weigh against what was paid (or a standard to work out from a paragraph's counts).
 */
const unitSentences = pickedNumbered(
  (s) =>
    productSum(s) !== undefined ||
    standards(s).length > 0 ||
    bareStandards(s).length > 0 ||
    headCounts(s).length > 0 ||
    rateBases(s).length > 0 ||
    standardClause(s) !== null,
  // what each reading needs: a product's sign, a standard's words (a rate basis, a bare standard: 标准), a count's 实际 or 对象
  /[×xX*＊]|标准|每人|每生|每户|人均|生均|户均|实际|对象/,
);

/** A sum in 元 written in the total's unit, with its decimals (at least two for 万元). */
function inUnitOf(total: LabelledAmount, yuan: number): string {
  return `${formatNumber(yuan / UNIT_FACTOR[total.unit], Math.max(total.decimals, total.unit === '元' ? 0 : 2))} ${total.unit}`;
}

export default defineRule({
  id: 'unit-sum',
  severity: 'warning',
  description: {
    zh: '数量 × 单价（补助标准）之和与写明的发放、拨付金额不符（如 60户×2000元 + 35户×3000元，或补助标准 × 实际补助人数）。',
    en:
      'Quantities times unit amounts (60户×2000元 + …, or a standard per head times the people supported) ' +
      'do not add up to the amount paid.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    const bodyStart = factsStart(report);
    const read: Sentence[] = [];
    unitSentences(report.chunks, (s) => {
      if (s.end > bodyStart) read.push(s);
    });
    let all: Sentence[] | undefined;
    const body = (): Sentence[] => (all ??= report.numbered.filter((s) => s.end > bodyStart));
    for (const s of read) {
      const ps = productSum(s);
      if (!ps) continue;
      const slack = ps.products.reduce((acc, p) => acc + p.count * p.slack, 0);
      if (agrees(ps.sum, ps.total, slack)) continue;
      const terms = ps.products.map((p) => `${p.count}${p.counter} × ${p.eachText}`).join(' + ');
      out.push({
        span: { start: ps.total.start, end: ps.total.unitEnd },
        message: {
          zh: `${terms} = ${inUnitOf(ps.total, ps.sum)}，与写明的 ${amountText(ps.total)} 不符：请核对数量、单价或金额`,
          en:
            `${terms} = ${inUnitOf(ps.total, ps.sum)}, not the ${amountText(ps.total)} stated; ` +
            `check the quantities, unit amounts or total`,
        },
        related: ps.products.map((p) => ({
          span: { start: p.start, end: p.end },
          message: { zh: '数量 × 单价', en: 'Quantity × unit amount' },
        })),
      });
    }
    const perHead = standardTimesCount(read, body);
    if (perHead) out.push(perHead);
    for (const s of read) {
      const f = inOneSentence(s, perHead);
      if (f) out.push(f);
    }
    out.push(...workedOut(read, body));
    return out;
  },
});

/**
 * One standard (however often repeated), one count of people actually supported, one payment: they must agree. `read`:
 * the body's sentences the rule picks, in order; `all`: every sentence with numbers of the body, for the payment.
 */
function standardTimesCount(read: Sentence[], all: () => Sentence[]): RuleFinding | undefined {
  const written = read.flatMap(standards);
  // a standard without its 元 is read only when the report writes none with it
  const std: Standard[] = written.length > 0 ? written : read.flatMap(bareStandards);
  const first = std[0];
  if (!first || std.some((x) => Math.abs(x.amount.yuan - first.amount.yuan) > 1e-9 * first.amount.yuan)) return undefined;
  // a count is digits (headCounts): only the sentences with numbers hold one
  const counts: HeadCount[] = read.flatMap(headCounts);
  const count = counts[0];
  if (!count || counts.some((c) => c.count !== count.count)) return undefined;
  const isStandard = new Set(std.map((x) => x.amount));
  const body = all();
  const paid =
    body.flatMap((s) => s.amounts).find((a) => !isStandard.has(a) && PAID.test(a.label)) ??
    body.flatMap((s) => (SPENT_IN_FULL.test(s.text) ? s.amounts : [])).find((a) => !isStandard.has(a));
  if (!paid) return undefined;
  const product = count.count * first.amount.yuan;
  if (agrees(product, paid, count.count * 0.5 * 10 ** -first.amount.decimals * UNIT_FACTOR[first.amount.unit])) return undefined;
  const std0 = amountText(first.amount);
  // the payment written in 元 where the product is that many 万元: the 万 was dropped (3.6元 for 3.6万元)
  const wan = paid.unit === '元' && agrees(product, { ...paid, yuan: paid.yuan * 10000, unit: '万元' }, 0) ? `${paid.text}万元` : '';
  return {
    span: { start: count.start, end: count.end },
    message: {
      zh:
        `补助 ${count.count} ${count.counter} × 标准 ${std0} = ${inUnitOf(paid, product)}，` +
        `与${paid.label || '拨付'} ${paid.text}${paid.unitText || paid.unit} 不符` +
        `${wan ? `（是否应为 ${wan}？）` : ''}：请核对人数、标准或金额`,
      en:
        `${count.count} ${count.counter} supported × the standard ${std0} = ${inUnitOf(paid, product)}, ` +
        `not the ${amountText(paid)} paid${wan ? ` (${wan}?)` : ''}; check the count, the standard or the amount`,
    },
    related: [
      { span: { start: first.amount.start, end: first.amount.unitEnd }, message: { zh: '补助标准', en: 'Standard per head' } },
      { span: { start: paid.start, end: paid.unitEnd }, message: { zh: '拨付金额', en: 'Amount paid' } },
    ],
  };
}

/**
 * A standard per head, its one count and the amount paid, in one sentence (made up, red team: 按每人每年3600元的标准，为120名
 * 困难群众发放补贴40万元: 120 × 3600 元 = 43.2 万元), read by model/standard-clause.ts. Not when the sentence writes the
 * products out or works the amount out (workedOut), nor when the report's one standard and count (standardTimesCount)
 * already point at its count.
 */
function inOneSentence(s: Sentence, perHead: RuleFinding | undefined): RuleFinding | undefined {
  // (a sentence that writes its products out, or works its amount out from a standard, is read above and below)
  const c = productSum(s) || rateBases(s).length > 0 ? null : standardClause(s);
  if (!c || (perHead && perHead.span.start === c.countStart)) return undefined;
  const { standard, paid } = c;
  const product = c.count * standard.yuan;
  // a standard in 元 is exact; one in 万元 is rounded like any other figure
  const slack = standard.unit === '元' ? 0 : c.count * halfUnit(standard.decimals) * UNIT_FACTOR[standard.unit];
  if (agrees(product, paid, slack)) return undefined;
  const terms = `${c.count} ${c.counter} × ${amountText(standard)}`;
  return {
    span: { start: paid.start, end: paid.unitEnd },
    message: {
      zh: `按写明的标准：${terms} = ${inUnitOf(paid, product)}，与写明的金额 ${amountText(paid)} 不符：请核对人数、标准或金额`,
      en:
        `By the standard stated: ${terms} = ${inUnitOf(paid, product)}, not the ${amountText(paid)} paid; ` +
        'check the count, the standard or the amount',
    },
    related: [
      { span: { start: c.countStart, end: c.countEnd }, message: { zh: '人数', en: 'Count' } },
      { span: { start: standard.start, end: standard.unitEnd }, message: { zh: '补助标准', en: 'Standard per head' } },
    ],
  };
}

/**
 * An amount worked out from a standard per item (按照规定每卷(册)2元的标准测算,争取到…资金21.44万元) against the one total
 * count of those items its paragraph states (馆藏档案资料合计共132697卷, 保山 档案 2017): 132697 卷 × 2 元 = 26.54 万元.
 * Not judged when the paragraph states two different totals of the items.
 */
function workedOut(read: readonly Sentence[], all: () => readonly Sentence[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const s of read) {
    const bases = rateBases(s);
    if (bases.length === 0) continue;
    const paragraph = all().filter((x) => x.block === s.block);
    for (const b of bases) {
      const counts = paragraph.flatMap(totalCounts).filter((c) => b.counters.includes(c.counter));
      const count = counts[0];
      if (!count || counts.some((c) => c.count !== count.count)) continue;
      const product = count.count * b.each;
      if (agrees(product, b.amount, count.count * b.eachSlack)) continue;
      const terms = `${count.count} ${count.counter} × ${b.eachText}`;
      out.push({
        span: { start: b.amount.start, end: b.amount.unitEnd },
        message: {
          zh: `按写明的标准测算：${terms} = ${inUnitOf(b.amount, product)}，与写明的 ${amountText(b.amount)} 不符：请核对数量、标准或金额`,
          en:
            `Worked out by the standard stated: ${terms} = ${inUnitOf(b.amount, product)}, not the ${amountText(b.amount)} stated; ` +
            'check the quantity, the standard or the amount',
        },
        related: [
          { span: { start: count.start, end: count.end }, message: { zh: '数量', en: 'Quantity' } },
          { span: { start: b.start, end: b.end }, message: { zh: '标准', en: 'Standard' } },
        ],
      });
    }
  }
  return out;
}
