// A total stated with its parts in the same sentence (其中 / 分别为 / 包括 / 合计 / 共计 / 共 … 年初 … 年中追加),
// or in the next one when it opens with 其中,
// that is not their sum: money, and counts of projects, units, people (model/totals.ts reads them).
// 收入总预算 / 总支出 statements are budget-total's. Also a count of units against the names listed
// with it (下设6个科室 with five named; model/enumerations.ts), and a count split into a count and the rest
// named one by one (10个项目，其中3个…，剩余 five named with their rates; model/remainder-list.ts).
import { enumerations } from '../model/enumerations.js';
import { endsMidSentence } from '../model/cut-end.js';
import { remainderLists, type RemainderList } from '../model/remainder-list.js';
import type { Sentence } from '../parse/sentences.js';
import {
  namedSentenceTotal,
  nextSentenceTotal,
  statedTotals,
  totalInYuan,
  totalYuanSlip,
  yuanSlip,
  type Figure,
  type StatedTotal,
} from '../model/totals.js';
import { formatNumber, UNIT_FACTOR } from '../parse/numbers.js';
import type { RuleFinding } from './rule.js';
import { factsStart } from '../model/locate.js';
import { lineTotals, type LineTotal } from '../model/line-totals.js';
import { defineRule } from './rule.js';

const FORM: Record<Exclude<StatedTotal['form'], 'exceeds'>, { zh: string; en: string }> = {
  breakdown: { zh: '其后列出的各部分', en: 'the parts listed after it' },
  sum: { zh: '之前列出的各部分', en: 'the parts listed before it' },
  additions: { zh: '年初数与年中增加数', en: 'the opening figure and those added during the year' },
};

const text = (f: Figure): string => `${f.written} ${f.unit}`;

/** The sum written in the total's own unit (万元 when the total is in 万元), with as many decimals as the figures. */
function sumText(total: Figure, parts: Figure[], sum: number): string {
  if (total.kind !== '元') return `${sum} ${total.unit}`;
  const unit = total.unit as keyof typeof UNIT_FACTOR;
  let decimals = 0;
  for (const f of [total, ...parts]) {
    const dot = Math.max(f.written.indexOf('.'), f.written.indexOf('．'));
    if (dot >= 0) decimals = Math.max(decimals, f.written.length - dot - 1);
  }
  return `${formatNumber(sum / UNIT_FACTOR[unit], decimals)} ${unit}`;
}

export default defineRule({
  id: 'stated-total',
  severity: 'warning',
  scope: 'chunk',
  description: {
    zh: '文中写明的合计数（其中、分别为、合计、共计、共N个）与同一句列出的各部分之和不符（金额与个数、人数都核对），或“N个科室”与列出的名称个数不符。',
    en:
      'A total stated with its parts in one sentence (其中, 分别为, 合计, 共计, 共 N 个) is not their sum, money and counts alike; ' +
      'or “N 个科室” does not match the names listed.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    const bodyStart = factsStart(report);
    let prev: Sentence | undefined;
    // every figure is in a sentence with a digit (parse/sentences.ts hasNumbers); a 其中 sentence's
    // total ends the sentence right before it, which has a digit then too
    for (const s of report.numbered) {
      const before = prev?.block === s.block && prev.end === s.start ? prev : undefined;
      prev = s;
      if (s.end <= bodyStart) continue;
      const next = before ? (nextSentenceTotal(before, s) ?? namedSentenceTotal(before, s)) : undefined;
      for (const st of next ? [next, ...statedTotals(s)] : statedTotals(s)) {
        if (st.form === 'exceeds') {
          out.push(exceedsFinding(st));
          continue;
        }
        // a part in 元 that makes the sum as 万元, or a total in 元 over parts in 万元, is money-unit's (the 万 was dropped), not a
        // wrong total; a breakdown short of its total that stops mid-item lost its last parts to a cut
        if (yuanSlip(st) || totalInYuan(st) || totalYuanSlip(st)) continue;
        if (st.form === 'breakdown' && st.sum < st.total.value && cutMidItem(s)) continue;
        const partsText = st.parts.map(text).join(' + ');
        const got = sumText(st.total, st.parts, st.sum);
        const form = FORM[st.form];
        out.push({
          span: { start: st.total.start, end: st.total.end },
          message: {
            zh: `合计 ${text(st.total)} 与${form.zh}之和不符：${partsText} = ${got}，请核对合计数或各部分`,
            en: `The total ${text(st.total)} is not the sum of ${form.en}: ${partsText} = ${got}; check the total or the parts`,
          },
          related: st.parts.map((p) => ({
            span: { start: p.start, end: p.end },
            message: { zh: `组成部分：${text(p)}`, en: `Part: ${text(p)}` },
          })),
        });
      }
      for (const e of enumerations(s)) {
        // names the count makes right once its commas are read as 、: enumeration-separator's
        if (e.commas || cutList(report.text, e.listStart, e.listEnd, s.end)) continue;
        const counted = report.text.slice(e.start, e.end);
        out.push({
          span: { start: e.start, end: e.end },
          message: {
            zh: `写的是「${counted}」，但列出的名称有 ${e.named} 个：请核对个数，或补全、删去名称`,
            en: `The text says “${counted}” (${e.count}) but lists ${e.named} names; check the count or the list`,
          },
          related: [
            { span: { start: e.listStart, end: e.listEnd }, message: { zh: `列出 ${e.named} 个名称`, en: `${e.named} names listed` } },
          ],
        });
      }
      for (const r of remainderLists(s)) out.push(remainderFinding(report.text, r));
    }
    // a form's money block flattened one line per row: a total, then its 其中 lines
    for (const lt of lineTotals(report.parsed.lines)) if (lt.total.start >= bodyStart) out.push(lineFinding(lt));
    return out;
  },
});

/** A clause mark, then a name and nothing after it: no figure, no closing mark. */
const CUT_ITEM = /[，,；;、][\u4e00-\u9fa5]{2,}$/;

/**
 * The sentence stops inside an item of its list (西区卫生监督 2021, an excerpt, stops at `…基本公共卫生服务中央专项资金8万元;
 * 重大公共卫生` under a 17万元 总预算): what it listed after the cut is unknown. Read in the sentence alone, as the rule is
 * read chunk by chunk.
 */
function cutMidItem(s: Sentence): boolean {
  return CUT_ITEM.test(s.text.trimEnd());
}

/**
 * A list cut off by its source mid-name: it runs to the end of its paragraph, the paragraph stops mid-sentence (no closing
 * mark), and its last name ends as none of the others does (安宁市场监管局 2023, an excerpt, stops at `派出机构9个,分别为
 * 安宁市连然街道市场监督管理所(…)、…、安宁市温泉街道市场监`). The names after the cut are unknown, so the list is not
 * counted. A whole last name left without a full stop ends like another (平泉检察院 2023: 办公室、…、政治部、办公室) and
 * is counted. Read within the sentence (its paragraph's last), so a chunk's findings hang on no paragraph after it.
 */
function cutList(text: string, listStart: number, listEnd: number, sentenceEnd: number): boolean {
  for (let i = listEnd; i < sentenceEnd; i++) if (!/[\s\u3000，,、]/.test(text[i] as string)) return false;
  if (!endsMidSentence(text, sentenceEnd)) return false;
  const names = text.slice(listStart, listEnd).split('、');
  const last = (names.pop() ?? '').trim().slice(-1);
  return !names.some((n) => n.trim().slice(-1) === last);
}

function remainderFinding(text: string, r: RemainderList): RuleFinding {
  const counted = text.slice(r.start, r.end);
  const sum = r.part + r.named;
  return {
    span: { start: r.start, end: r.end },
    message: {
      zh: `写的是「${counted}」，其中 ${r.part} 个，其余逐个列出 ${r.named} 个：${r.part} + ${r.named} = ${sum}，请核对个数，或补全、删去所列项目`,
      en:
        `The text says “${counted}” (${r.count}): ${r.part} of them, and ${r.named} named one by one after 剩余/其余; ` +
        `${r.part} + ${r.named} = ${sum}; check the count or the list`,
    },
    related: [
      { span: { start: r.partStart, end: r.partEnd }, message: { zh: `其中 ${r.part} 个`, en: `${r.part} of them` } },
      { span: { start: r.listStart, end: r.listEnd }, message: { zh: `其余列出 ${r.named} 个`, en: `${r.named} named` } },
    ],
  };
}

/** One part of a breakdown alone more than its total (每站每年5万元(其中中央和省级补助43万元…). */
function exceedsFinding(st: StatedTotal): RuleFinding {
  const part = st.parts[0] as Figure;
  const name = part.label.replace(/^(?:其中|包括|分别为)[:：]?/, '');
  return {
    span: { start: st.total.start, end: st.total.end },
    message: {
      zh: `合计 ${text(st.total)} 比其中一部分还小：其中「${name}」${text(part)} 已超过合计，请核对合计数或该部分（是否漏写了小数点）`,
      en:
        `The total ${text(st.total)} is less than one of its parts alone (${name} ${text(part)}); ` +
        'check the total or the part (a lost decimal point?)',
    },
    related: [{ span: { start: part.start, end: part.end }, message: { zh: `组成部分：${text(part)}`, en: `Part: ${text(part)}` } }],
  };
}

/** A total line of a flattened form (年度预算资金总额: 321.25) against its 其中 lines. */
function lineFinding(lt: LineTotal): RuleFinding {
  const unit = lt.unit ? ` ${lt.unit}` : '';
  const decimals = Math.max(
    ...[lt.total, ...lt.parts].map((f) => (f.written.includes('.') ? f.written.length - f.written.indexOf('.') - 1 : 0)),
  );
  const partsText = lt.parts.map((p) => p.written).join(' + ');
  const got = `${formatNumber(lt.sum, decimals)}${unit}`;
  return {
    span: { start: lt.total.start, end: lt.total.end },
    message: {
      zh: `「${lt.total.label}」${lt.total.written}${unit} 与其下“其中”各行之和不符：${partsText} = ${got}，请核对合计数或各行`,
      en:
        `The total ${lt.total.written}${unit} (${lt.total.label}) is not the sum of the 其中 lines below it: ` +
        `${partsText} = ${got}; check the total or the lines`,
    },
    related: lt.parts.map((p) => ({
      span: { start: p.start, end: p.end },
      message: { zh: `组成部分：${p.label} ${p.written}`, en: `Part: ${p.label} ${p.written}` },
    })),
  };
}
