import { levelWeightGroups, type LevelWeight } from '../model/self-eval-table-weights.js';
import { TABLE_SETTINGS } from '../model/self-eval-table.js';
import WORDS from '../model/self-eval-table.json' with { type: 'json' };
import { perTable } from './per-table.js';
import { rowWeightsOver } from './table-row-weights.js';
import { defineRule, type RuleFinding } from './rule.js';

/** Before the first 一级指标 weight, how far back the budget-execution header (分值 … 执行率) is looked for. */
const MONEY_HEADER_BEFORE = 1500;
const FULL = WORDS.fullScore;
/** How far before the first row's 分值 its 一级指标 cell may start. */
const FIRST_ROW_CELLS = 120;

/**
 * T5 of DOMAIN-TABLES §3: the 一级指标 weights of a 自评表 add up to 100. Judged on the weights the table
 * writes in brackets (`产出指标(70分)`), only when the form's set is complete enough to be sure:
 * 项目决策 + 管理 + 产出 + 效益 (or those with 满意度); 预算执行情况 + 绩效指标; 产出 + 效益 (+ 满意度)
 * with the budget-execution weight, above 100 — or reaching 100 alone while the money block above scores
 * the execution rate too (a 分值 column beside 执行率: 2022-四川-中江县水利局-自评表, 70 + 20 + 10 + 10).
 */
export default defineRule({
  id: 'table-weight-sum',
  severity: 'error',
  description: {
    zh: '自评表各一级指标的分值相加不等于 100。',
    en: 'The weights of the self-evaluation table’s first-level indicators do not add up to 100.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const group of levelWeightGroups(report)) {
      const f = judge(group, report.text);
      if (f) out.push(f);
    }
    // the rows' own 分值 under a 总分 of 100, for a table that writes no bracketed weights (or whose brackets hold)
    for (const f of perTable(report, 'table-weight-sum', rowWeightsOver)) {
      // the bracketed 一级 cell opens the first row, a few cells before the row's 分值
      const from = Math.min(...(f.related ?? []).map((r) => r.span.start)) - FIRST_ROW_CELLS;
      if (!out.some((b) => b.span.start >= from && b.span.start < f.span.end)) out.push(f);
    }
    return out;
  },
});

const sum = (ws: readonly LevelWeight[]): number => Math.round(ws.reduce((s, w) => s + w.value, 0) * 100) / 100;
const terms = (ws: readonly LevelWeight[]): string => ws.map((w) => `${w.name} ${w.weight.text}`).join(' + ');
const off = (s: number): boolean => Math.abs(s - FULL) > TABLE_SETTINGS.tolerance;

function judge(group: readonly LevelWeight[], text: string): RuleFinding | undefined {
  const of = (form: LevelWeight['form']): LevelWeight[] => group.filter((w) => w.form === form);
  const [national, process, sichuan, budget] = [of('national'), of('process'), of('sichuan'), of('budget')];
  const has = (name: string): boolean => group.some((w) => w.name === name);
  // 项目决策 / 项目管理 (项目过程) / 项目产出 / 项目效益: a 满意度指标(N分) beside them is either a part of 效益 or a fifth part
  if (has('项目决策') && (has('项目管理') || has('项目过程')) && has('项目产出') && has('项目效益')) {
    const s = sum(process);
    const satisfied = national.filter((w) => w.name === '满意度指标');
    if (s > FULL + TABLE_SETTINGS.tolerance || (satisfied.length > 0 && off(s) && off(s + sum(satisfied)))) return finding(process, s);
    return undefined;
  }
  if (process.length > 0) return undefined;
  if (sichuan.length > 0) {
    const parts = [...budget, ...sichuan];
    return budget.length > 0 && off(sum(parts)) ? finding(parts, sum(parts)) : undefined;
  }
  if (!has('产出指标') || !has('效益指标')) return undefined;
  const parts = [...budget, ...national];
  const s = sum(parts);
  if (s > FULL + TABLE_SETTINGS.tolerance) return finding(parts, s);
  if (budget.length === 0 && has('满意度指标') && !off(s) && scoresExecution(text, (national[0] as LevelWeight).start)) {
    return finding(parts, s, true);
  }
  return undefined;
}

/** The money block before the indicators gives the execution rate its own 分值 (`分值执行率(B/A)得分`, `分值 执行率 得分`). */
function scoresExecution(text: string, before: number): boolean {
  const head = text.slice(Math.max(0, before - MONEY_HEADER_BEFORE), before);
  const rate = head.indexOf('执行率');
  if (rate < 0) return false;
  const near = head.slice(Math.max(0, rate - 12), rate + 12);
  return near.includes('分值') || near.includes('权重');
}

function finding(parts: readonly LevelWeight[], s: number, executionBesides = false): RuleFinding {
  const first = parts.reduce((a, b) => (b.start < a.start ? b : a));
  const related = parts.map((w) => ({ span: { start: w.weight.start, end: w.weight.end }, message: { zh: w.name, en: w.name } }));
  if (executionBesides) {
    return {
      span: { start: first.start, end: first.end },
      message: {
        zh:
          `一级指标分值 ${terms(parts)} = ${s}，已满 ${FULL} 分，而上方资金表还给预算执行率打分（另有分值，通常为 10 分），` +
          `合计超过 ${FULL}：请按评分规则调整各一级指标的分值（如产出 50、效益 30、满意度 10、预算执行率 10）`,
        en:
          `The first-level weights ${terms(parts)} = ${s} already make ${FULL}, and the money block above scores the execution ` +
          `rate as well (its own weight, usually 10): the total exceeds ${FULL}; adjust the weights (e.g. 50 / 30 / 10 / 10)`,
      },
      related,
    };
  }
  return {
    span: { start: first.start, end: first.end },
    message: {
      zh: `一级指标分值相加为 ${s}（${terms(parts)}），不等于 ${FULL}：请核对各一级指标的分值`,
      en: `The first-level weights add up to ${s} (${terms(parts)}), not ${FULL}; check each first-level weight`,
    },
    related,
  };
}
