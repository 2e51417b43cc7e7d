import { reasonEmpty, TABLE_SETTINGS, type IndicatorRow } from '../model/self-eval-table.js';
import { indicatorScore, indicatorScoreAgrees } from '../model/table-arithmetic.js';
import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T7 of DOMAIN-TABLES §3: a quantitative indicator's 得分 by the platform's formula (indicatorScore in
 * model/table-arithmetic.ts, shared with the cell's hover and fix). The direction is the target's sign, else the 指标性质 column's;
 * with neither, 正向, or 反向 under a 成本指标. Only target
 * and actual written as figures in the same unit are recomputed (`每亩300`, `显著` are not); a score above
 * its 分值 is table-score-over-weight's. A score below the formula's on a row whose 偏差原因 cell gives a reason is left
 * alone: a deduction explained on the row (满意度 cut for a small sample, a qualitative judgement) is the drafter's call,
 * which the message itself offers (a score above the formula's is not: a reason does not earn the points).
 */
export default defineRule({
  id: 'table-indicator-score',
  severity: 'warning',
  description: {
    zh: '自评表中定量指标的得分与按指标值、实际完成值计算的得分不符。',
    en: 'A quantitative indicator’s score does not follow from its target and actual value.',
  },
  check({ report }) {
    let told: string[] | undefined;
    return perTable(report, 'table-indicator-score', (table) => {
      const out: RuleFinding[] = [];
      for (const row of table.indicators) {
        const r = indicatorScore(row);
        if (!r || row.score.value > row.weight.value || indicatorScoreAgrees(row.score, r)) continue;
        if (row.score.value < r.expected && (explained(row) || toldOf(row, (told ??= deductionsTold(report.text))))) continue;
        out.push({
          span: { start: row.score.start, end: row.score.end },
          message: {
            zh: `${row.name.text} 得分写作 ${row.score.text}，按${r.formula.zh}应为 ${r.expected}：请改为 ${r.expected}，或在偏差原因中说明扣分依据`,
            en:
              `${row.name.text}: the score is ${row.score.text}, but by the ${r.formula.en} it is ${r.expected}; ` +
              `write ${r.expected}, or give the reason for the deduction`,
          },
          // the cells the score follows from: apart from the score in a table flattened one cell a line (濉溪临时救助 2019)
          related: [
            { span: { start: row.target.start, end: row.target.end }, message: { zh: '年度指标值', en: 'Target' } },
            { span: { start: row.actual.start, end: row.actual.end }, message: { zh: '实际完成值', en: 'Actual' } },
          ],
        });
      }
      return out;
    });
  },
});

const {
  met: MET,
  shortfall: SHORTFALL,
  methods: METHODS,
  methodLength: METHOD_LENGTH,
  narrative: NARRATIVE,
} = TABLE_SETTINGS.deductionReasons;

/**
 * The row's 偏差原因 cell is known and gives a reason (not empty, not 无; not a cell that only says the target was met,
 * 已完成 / 达到预期, or only how the figure was got, 问卷调查: made up, red team s23).
 */
function explained(row: { reason?: string }): boolean {
  if (row.reason === undefined || reasonEmpty(row)) return false;
  const cell = row.reason.trim();
  const met = MET.some((w) => cell.includes(w)) && !SHORTFALL.some((w) => cell.includes(w));
  const method = cell.length <= METHOD_LENGTH && METHODS.some((w) => cell.endsWith(w));
  return !met && !method;
}

/** A deduction of points in the report's text: 扣1分, 扣除0.5分. */
const DEDUCTION = /扣(?:除|减)?[ \u00a0]?[0-9０-９]{1,3}(?:[.．][0-9０-９]{1,2})?[ \u00a0]?分/g;
/** The most deductions read, and how far a sentence is read either side of one. */
const MOST_TOLD = 50;
const REACH = 120;
const SENTENCE_END = /[。；;\n]/;

/**
 * The sentences of the report's text, outside tables, that tell a deduction and its reason (偏差原因分析：…满意度指标扣1分，
 * 原因是…; 评价组酌情扣1分): read once per report, when a score below the formula's has no reason on its row.
 */
function deductionsTold(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DEDUCTION)) {
    if (out.length >= MOST_TOLD) break;
    let a = m.index;
    while (a > 0 && m.index - a < REACH && !SENTENCE_END.test(text.charAt(a - 1))) a--;
    let b = m.index + m[0].length;
    while (b < text.length && b - m.index < REACH && !SENTENCE_END.test(text.charAt(b))) b++;
    const sentence = text.slice(a, b);
    if (!sentence.includes('|') && NARRATIVE.some((w) => sentence.includes(w))) out.push(sentence);
  }
  return out;
}

/** A sentence told names the row: its 三级指标, or the name's last three characters (满意度, 及时率). */
function toldOf(row: IndicatorRow, told: readonly string[]): boolean {
  const name = row.name.text.trim();
  if (name.length < 2 || told.length === 0) return false;
  const key = name.length > 3 ? name.slice(-3) : name;
  return told.some((s) => s.includes(key));
}
