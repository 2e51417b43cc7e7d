// An amount in 元 that must be 万元: every other amount of its paragraph is in 万元, and read as 元 it
// would be under a thousandth of the largest of them (`决算总收入为1432.33万元…年度决算总支出2263.81元`,
// 南县发改局 2021: the 万 was dropped). Rates and standards in 元 (每人每月300元, 补助标准2000元/户)
// are 元 by nature and left alone. The other way round: a 自评表 whose columns say 项目资金(万元) filled in 元
// (松江 九亭 2020: 年度资金总额145000000.00, 1.45 万亿元 if read in 万元, for one town's project).
import type { TextLine } from '../parse/blocks.js';
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import { sharesInYuan, type ShareInYuan } from './money-unit/share-in-yuan.js';
import { partsInYuan, totalsInYuan, type PartInYuan } from './money-unit/part-in-yuan.js';
import type { StatedTotal } from '../model/totals.js';
import { formatNumber } from '../parse/numbers.js';
import type { RuleFinding } from './rule.js';
import { defineRule } from './rule.js';

/** What the words before a fund-level amount say: a total, a budget, money spent or received (到位, 到账: 保山 2017's 10月到账20元). */
// traditional forms too (資金, 預算: a mirror served some reports in them, 某县农机购置补贴 2024)
const FUND =
  /支出|收入|资金|预算|拨款|配套|结转|结余|决算|经费|投资|到位|到账|到帐|下达|安排|总额|合计|共计|資金|預算|撥款|結轉|結餘|決算|經費|投資|下達|總額|合計|到賬/;
/**
 * A rate or a standard: 元 per person, per household, per mu (亩均投入财政资金1500元, 山东高标准农田 2022), per item
 * (一名学生4000元: one student's share; not the 一 of 统一, 唯一, 同一 or 第一).
 */
const PER = /每|[人户生亩村校]均|标准|单价|均价|单位成本|定额|(?<![统唯同第])一(?:名|户|位|所|亩|辆|台|套)/;
/** A standard named after the amount, in its own clause (4000元的最低资助标准): the clause's first characters. */
const STANDARD_AFTER = /标准(?!化)|定额|单价/;
/** How far after the amount's 元 its clause is read for STANDARD_AFTER. */
const AFTER_CHARS = 10;
/** Where a clause ends. */
const CLAUSE_END = /[，,。；;：:！!？?\n]/;
/** Above this many 元 a figure is plausibly written in 元 on purpose (tables and 元-unit reports). */
const MAX_YUAN = 10_000;
/** A 自评表's fund row, then its first figure: 7 or more digits before two decimals is 100 亿元 and more in 万元. */
const FUND_ROW = /^(年度资金总额|资金总额)[ :：|]{0,3}(\d{7,12}\.\d{2})/;
/** The header cell that puts the form's money columns in 万元. */
const WAN_HEADER = /[(（]万元[)）]/;
/** How many lines above a fund row its 万元 header may stand. */
const HEADER_ABOVE = 2;
/**
 * The evaluated item's own budget and spending, named by nothing but the form's words (年初预算资金数100元, 全年预算数100元,
 * 全年执行数33.78元, 中方 残联 2022): no item's name before them, as 公务接待费全年预算数 has.
 */
const WHOLE_BUDGET = /^(?:年初|全年|年度|本年)?(?:预算|执行|決算|决算|支出)(?:资金)?(?:数|额|总额)(?:为|是)?$/;
/** Below this many 元, a whole project's budget or spending is no amount a self-evaluation is written for. */
const MIN_PROJECT_YUAN = 10_000;
/** Read as 元, the amount is under this share of the paragraph's largest 万元 figure. */
const NEGLIGIBLE = 1 / 1000;
/** Read as 万元, the amount is at most this many times the largest 万元 figure (else it is no slip of 万). */
const PLAUSIBLE = 10;

export default defineRule({
  id: 'money-unit',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '段内其他金额都以万元计，某一金额却写成“元”，按元计小到不合情理（漏了“万”）；或自评表表头为万元，金额却按元填写。',
    en: 'An amount in 元 among 万元 figures, too small to be right in 元 (the 万 was dropped); or a 自评表 headed 万元 ' + 'filled in 元.',
  },
  fixes: [{ does: { zh: '在“元”前补上“万”', en: 'Inserts 万 before 元' }, safe: false }],
  check({ report }) {
    const out: RuleFinding[] = [];
    const { text } = report;
    let block = -1;
    let amounts: LabelledAmount[] = [];
    let sentences: Sentence[] = [];
    const judge = (): void => {
      const wan = amounts.filter((a) => a.unit === '万元');
      const flagged = new Set<number>();
      // a share of a 万元 amount whose figure is that share in 万元: found by its arithmetic, whatever its words
      for (const s of sentences) {
        for (const x of sharesInYuan(s, wan)) {
          flagged.add(x.amount.start);
          out.push(shareFinding(x));
        }
        // a part of a 万元 total that adds up only in 万元: found by its arithmetic too
        for (const x of partsInYuan(s)) {
          if (flagged.has(x.part.start)) continue;
          flagged.add(x.part.start);
          out.push(partFinding(text, x));
        }
        // a total in 元 whose 万元 parts add up to its figure: the same arithmetic the other way
        for (const st of totalsInYuan(s)) {
          if (flagged.has(st.total.start)) continue;
          flagged.add(st.total.start);
          out.push(totalFinding(text, st));
        }
      }
      if (wan.length === 0) {
        const whole = wholeBudgetInYuan(amounts);
        if (whole) out.push(whole);
      }
      if (wan.length < 2) return;
      const largest = wan.reduce((m, a) => (a.value > m.value ? a : m));
      for (const a of amounts) {
        if (a.unitText !== '元' || a.value >= MAX_YUAN || a.value <= 0 || flagged.has(a.start)) continue;
        if (a.value / 1e4 >= largest.value * NEGLIGIBLE || a.value > largest.value * PLAUSIBLE) continue;
        const label = a.label || labelAcrossPinyin(text, a.start);
        if (!FUND.test(label) || PER.test(label) || /^[ \u3000]{0,2}[/／每]/.test(text.slice(a.unitEnd, a.unitEnd + 3))) continue;
        if (STANDARD_AFTER.test(clauseAfter(text, a.unitEnd))) continue;
        const written = text.slice(a.start, a.unitEnd);
        const others = wan.slice(0, 3).map((w) => `${w.text} 万元`);
        const yuanAt = a.unitEnd - 1;
        out.push({
          span: { start: a.start, end: a.unitEnd },
          message: {
            zh:
              `「${label}${written}」以元计，同段其他金额都以万元计（${others.join('、')}${wan.length > 3 ? '等' : ''}）：` +
              `按元计只有 ${formatNumber(a.value / 1e4, 4)} 万元，不到最大一笔 ${largest.text} 万元的千分之一。是否漏了“万”，应为 ${a.text} 万元？`,
            en:
              `“${written}” is in 元 while the paragraph's other amounts are in 万元 (${others.join(', ')}); in 元 it would be ` +
              `under a thousandth of ${largest.text} 万元. Was 万 dropped (${a.text} 万元)?`,
          },
          fix: {
            title: { zh: `改为 ${a.text} 万元`, en: `Change to ${a.text} 万元` },
            edits: [{ start: yuanAt, end: yuanAt, newText: '万' }],
            safe: false,
          },
          related: [
            {
              span: { start: largest.start, end: largest.unitEnd },
              message: { zh: '同段最大的金额', en: 'The largest amount of the paragraph' },
            },
          ],
        });
      }
    };
    for (const s of report.numbered) {
      if (s.block !== block) {
        judge();
        block = s.block;
        amounts = [];
        sentences = [];
      }
      for (const a of s.amounts) amounts.push(a);
      sentences.push(s);
    }
    judge();
    out.push(...yuanIn10kColumns(report.parsed.lines, report.frontMatter.end));
    return out;
  },
});

/** An amount in 元 that is, as a figure, its stated share of a 万元 amount (省级财政补贴32.5%为420.37元 of 1293.45万元). */
function shareFinding({ amount: a, percent: p, whole: w }: ShareInYuan): RuleFinding {
  const share = formatNumber((w.value * p.value) / 100, a.decimals);
  const yuanAt = a.unitEnd - 1;
  return {
    span: { start: a.start, end: a.unitEnd },
    message: {
      zh:
        `「${p.text}%为${a.text}元」以元计，而 ${w.text} 万元 × ${p.text}% = ${share} 万元：这笔金额是万元的份额，` +
        `是否漏了“万”，应为 ${a.text} 万元？`,
      en:
        `“${a.text}元” is in 元, but ${w.text} 万元 × ${p.text}% = ${share} 万元: the share of an amount in 万元 is in 万元. ` +
        `Was 万 dropped (${a.text} 万元)?`,
    },
    fix: {
      title: { zh: `改为 ${a.text} 万元`, en: `Change to ${a.text} 万元` },
      edits: [{ start: yuanAt, end: yuanAt, newText: '万' }],
      safe: false,
    },
    related: [
      { span: { start: w.start, end: w.unitEnd }, message: { zh: `按比例所分的金额：${w.text} 万元`, en: `The whole: ${w.text} 万元` } },
    ],
  };
}

/** A total in 元 whose parts in 万元 add up to its figure (补助471.23元,其中中央补助189.63万元,地方财政补助281.6万元). */
function totalFinding(text: string, st: StatedTotal): RuleFinding {
  const t = st.total;
  const written = text.slice(t.start, t.end);
  const parts = st.parts.map((x) => `${x.written} ${x.unit}`).join(' + ');
  const yuanAt = t.end - 1;
  return {
    span: { start: t.start, end: t.end },
    message: {
      zh: `合计「${written}」以元计，但其各部分都以万元计，且正好合成 ${t.written} 万元（${parts}）：是否漏了“万”，应为 ${t.written} 万元？`,
      en: `The total “${written}” is in 元, but its parts, all in 万元, make exactly ${t.written} 万元 (${parts}). Was 万 dropped?`,
    },
    fix: {
      title: { zh: `改为 ${t.written} 万元`, en: `Change to ${t.written} 万元` },
      edits: [{ start: yuanAt, end: yuanAt, newText: '万' }],
      safe: false,
    },
  };
}

/** A part in 元 of a 万元 total that adds up only with the part in 万元 (…13万元,计划生育家庭特别扶助72元 of 85万元). */
function partFinding(text: string, { part: p, stated: st }: PartInYuan): RuleFinding {
  const written = text.slice(p.start, p.end);
  const parts = st.parts.map((x) => (x === p ? `${x.written} 万元` : `${x.written} ${x.unit}`)).join(' + ');
  const total = `${st.total.written} ${st.total.unit}`;
  const yuanAt = p.end - 1;
  return {
    span: { start: p.start, end: p.end },
    message: {
      zh: `「${written}」以元计，但按万元计才与其他部分合成 ${total}（${parts}）：是否漏了“万”，应为 ${p.written} 万元？`,
      en: `“${written}” is in 元, but only in 万元 does it make ${total} with the other parts (${parts}). Was 万 dropped (${p.written} 万元)?`,
    },
    fix: {
      title: { zh: `改为 ${p.written} 万元`, en: `Change to ${p.written} 万元` },
      edits: [{ start: yuanAt, end: yuanAt, newText: '万' }],
      safe: false,
    },
    related: [{ span: { start: st.total.start, end: st.total.end }, message: { zh: `合计：${total}`, en: `The total: ${total}` } }],
  };
}

/** Pinyin a mirror glued after a character (預(yù)算數(shù)): no bracket of the text's own. */
const PINYIN = /^[a-zü\u00e0-\u01dc]{1,7}$/;
/** How far back the words before an amount are read across pinyin. */
const LABEL_BACK = 30;
const LABEL_BREAK = /[，,。；;：:、（()）\n]/;

/**
 * The words before an amount whose label the parse left empty because a pinyin gloss stands right before it (全年預(yù)算數(shù)2089元,
 * 某县农机购置补贴 2024): read back to a clause break, passing over the glosses and dropping them.
 */
function labelAcrossPinyin(text: string, at: number): string {
  let out = '';
  let i = at;
  while (i > 0 && at - i < LABEL_BACK) {
    const c = text.charAt(i - 1);
    if (c === ')') {
      const near = Math.max(0, i - 10);
      const k = text.slice(near, i - 1).lastIndexOf('(');
      if (k >= 0 && PINYIN.test(text.slice(near + k + 1, i - 1))) {
        i = near + k;
        continue;
      }
    }
    if (LABEL_BREAK.test(c)) break;
    out = c + out;
    i--;
  }
  return out.trim();
}

/** The words after an amount up to the end of its clause, at most AFTER_CHARS of them. */
function clauseAfter(text: string, from: number): string {
  const after = text.slice(from, from + AFTER_CHARS);
  const end = after.search(CLAUSE_END);
  return end < 0 ? after : after.slice(0, end);
}

/** A 自评表's fund row under a 万元 header whose figure is plainly in 元. */
function yuanIn10kColumns(lines: readonly TextLine[], from: number): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as TextLine;
    if (line.end <= from) continue;
    const m = FUND_ROW.exec(line.text);
    const figure = m?.[2];
    if (!m || !figure || !lines.slice(Math.max(0, i - HEADER_ABOVE), i).some((l) => WAN_HEADER.test(l.text))) continue;
    const at = line.start + m[0].length - figure.length;
    const yuan = Number(figure);
    out.push({
      span: { start: at, end: at + figure.length },
      message: {
        zh:
          `「${m[1]}${figure}」在以万元计的栏中，按万元计即 ${formatNumber(yuan / 1e4, 2)} 亿元，不合情理：` +
          `这是按元填写的，应为 ${formatNumber(yuan / 1e4, 2)} 万元。请把表中金额换算为万元，或把表头改为“元”`,
        en:
          `“${figure}” stands in a column in 万元: that would be ${formatNumber(yuan / 1e4, 2)} 亿元. It was filled in 元 ` +
          `(${formatNumber(yuan / 1e4, 2)} 万元): convert the table's amounts to 万元, or head the column 元`,
      },
    });
  }
  return out;
}

/**
 * A paragraph with no 万元 figure whose budget and spending (two at least, named by the form's words alone) are each under
 * 10 000 元 (年初预算资金数100元,全年预算数100元,全年执行数33.78元, 中方 残联 2022): no project is evaluated at that size; the
 * figures are 万元 written as 元.
 */
function wholeBudgetInYuan(amounts: readonly LabelledAmount[]): RuleFinding | undefined {
  const whole = amounts.filter((a) => a.unitText === '元' && WHOLE_BUDGET.test(a.label));
  if (whole.length < 2 || whole.some((a) => a.value <= 0 || a.yuan >= MIN_PROJECT_YUAN)) return undefined;
  const first = whole[0] as LabelledAmount;
  const listed = whole.map((a) => `${a.label}${a.text}元`).join('，');
  return {
    span: { start: first.start, end: (whole[whole.length - 1] as LabelledAmount).unitEnd },
    message: {
      zh: `预算和执行数都以元计（${listed}），按元计整个项目不到一万元，不合情理：是否应为万元（${whole.map((a) => `${a.text}万元`).join('、')}）？请核对单位`,
      en:
        `The budget and spending are in 元 (${whole.map((a) => `${a.label} ${a.text}元`).join(', ')}): ` +
        'no project is evaluated at that size. ' +
        `Were 万元 meant (${whole.map((a) => `${a.text}万元`).join(', ')})? Check the unit`,
    },
  };
}
