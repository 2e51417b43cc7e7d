import { selfEvalTables, TABLE_SETTINGS } from '../model/self-eval-table.js';
import type { CostRow } from '../model/table-cost-control.js';
import { defineRule, type RuleFinding } from './rule.js';

/** A reason this close to a row's name in the report explains its overrun. */
const NEAR = 60;
/** What is not part of a row's name when the report mentions it: 其中:, a list number, a trailing colon. */
const DECORATION = /^(?:其中[:：]\s*)?(?:[0-9]+[、.])?|[:：]$/g;

/**
 * T13 of DOMAIN-TABLES §3: in the 基础数据表's 经费控制情况, a 本年决算数 above its 本年预算数 (三公经费,
 * 项目支出, 公用经费) needs an explanation. One finding per table, on its first overrun, naming every
 * overrun row (each marked): the drafter writes one explanation for the table. A row whose name the
 * report mentions near a reason (由于, 主要是 …) is explained.
 */
export default defineRule({
  id: 'table-final-over-budget',
  severity: 'warning',
  description: {
    zh: '基础数据表中本年决算数超过本年预算数，却没有说明原因。',
    en: 'In the basic-data table, this year’s final accounts exceed this year’s budget with no explanation.',
  },
  check({ report }) {
    const out: RuleFinding[] = [];
    for (const table of selfEvalTables(report)) {
      const over = (table.costs ?? []).filter((r) => overrun(r) && !explained(report.text, r));
      const [first] = over;
      if (!first?.final || !first.budget) continue;
      const list = over.map((r) => `${r.label.text.replace(DECORATION, '')} ${r.final?.text} > ${r.budget?.text}`).join('；');
      const listEn = over.map((r) => `${r.label.text.replace(DECORATION, '')} ${r.final?.text} > ${r.budget?.text}`).join('; ');
      out.push({
        span: { start: first.final.start, end: first.final.end },
        message: {
          zh: `本年决算数超过本年预算数（${list}），表中和报告中都没有说明原因：请说明超支的原因，或核对预算数和决算数`,
          en: `final accounts above the budget (${listEn}) with no explanation; say why, or check the figures`,
        },
        related: over.slice(1).map((r) => ({
          span: { start: (r.final ?? r.label).start, end: (r.final ?? r.label).end },
          message: { zh: '超过预算', en: 'Above the budget' },
        })),
      });
    }
    return out;
  },
});

function overrun(r: CostRow): boolean {
  return !!r.final && !!r.budget && r.final.unit === r.budget.unit && r.final.value > r.budget.value + TABLE_SETTINGS.tolerance;
}

/** Whether the report names the row near a reason word: one pass per mention. */
function explained(text: string, r: CostRow): boolean {
  const name = r.label.text.replace(DECORATION, '');
  if (name.length < 2) return false;
  for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length)) {
    const around = text.slice(Math.max(0, i - NEAR), i + name.length + NEAR);
    if (TABLE_SETTINGS.lowRateReasons.some((w) => around.includes(w))) return true;
  }
  return false;
}
