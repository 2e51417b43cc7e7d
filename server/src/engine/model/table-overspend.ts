// A 自评表 whose 全年执行数 is above its 全年预算数 (执行率 above 100 %: 338.31 spent of 329.77,
// 2023-安徽-金寨县茶谷和美丽乡村建设服务中心-自评表): the money came from somewhere the budget does not show, and the
// form or the report around it must say where (DOMAIN.md: a spending figure above its budget needs an
// explanation). Read on the table's first money row (年度资金总额; its 其中 rows repeat it).
import { halfUnit } from '../parse/numbers.js';
import type { Report } from './report.js';
import { sectionAt } from './locate.js';
import { selfEvalTables, type MoneyRow } from './self-eval-table.js';
import type { Figure } from './table-figure.js';
import WORDS from './self-eval-table.json' with { type: 'json' };

export interface TableOverspend {
  row: MoneyRow;
  /** The 全年预算数, or the 年初预算数 of a form that has no 全年预算数 column (`initial`). */
  budget: Figure;
  initial: boolean;
  spent: Figure;
  /** spent − budget, to the figures' decimals. */
  over: string;
}

/** Words that explain where the extra money came from, as spending-over-budget reads them in a form. */
const EXPLAINED = ['原因', '由于', '因为', '系因', '主要是', '追加', '结转', '调剂', '调整预算'];
/** The form's own labels that hold those words (上年结转资金, 偏差原因分析及改进措施): a label explains nothing. */
const LABELS = [...WORDS.fundPartLabels, ...WORDS.indicatorColumns.reason].sort((a, b) => b.length - a.length);
/** A label (group 1, tried first at each place, so a label's words are taken by it) or an explaining word. */
const WORD_OR_LABEL = new RegExp(`(${LABELS.join('|')})|${EXPLAINED.join('|')}`, 'g');

export function tableOverspends(report: Report): TableOverspend[] {
  const out: TableOverspend[] = [];
  // the first explaining word found at or after `from` in the section ending at `end` (-1: none up to there): the forms
  // read after it and before that word are explained by it without reading the text again (a line of a thousand
  // overspent forms, hostile test, once read the rest of its section after each of them)
  let known = { end: -1, from: 0, word: -1 };
  for (const table of selfEvalTables(report)) {
    // judged on the kept table's values: a table moved by an edit before it is moved no further unless overspent
    const money = table.kept.table.money;
    // a form with no 全年预算数 (绥阳 2021: 年初预算数 / 全年执行数 / 分值 / 得分) holds its spending to the budget it has
    const initial = !money.some((r) => r.figures.budget);
    const budgetOf = (f: MoneyRow['figures']): Figure | undefined => (initial ? f.initial : f.budget);
    const at = money.findIndex((r) => budgetOf(r.figures) && r.figures.spent);
    const figures = money[at]?.figures;
    const kept = figures && budgetOf(figures);
    if (!kept || !figures.spent || !overspent(kept, figures.spent)) continue;
    const row = table.money[at] as MoneyRow;
    const budget = budgetOf(row.figures) as Figure;
    const spent = row.figures.spent as Figure;
    const decimals = Math.max(budget.decimals, spent.decimals);
    const section = sectionAt(report, spent.start);
    const end = section?.end ?? report.text.length;
    if (known.end !== end || spent.end < known.from || (known.word >= 0 && known.word < spent.end))
      known = { end, from: spent.end, word: firstExplaining(report.text.slice(spent.end, end), spent.end) };
    if (known.word >= 0) continue;
    out.push({ row, budget, initial, spent, over: (spent.value - budget.value).toFixed(decimals) });
  }
  return out;
}

/** Where the first explaining word outside a label stands in `text`, which starts at `offset` of the report (-1: none). */
function firstExplaining(text: string, offset: number): number {
  for (const m of text.matchAll(WORD_OR_LABEL)) if (m[1] === undefined) return offset + m.index;
  return -1;
}

function overspent(budget: Figure, spent: Figure): boolean {
  if (budget.unit !== spent.unit || budget.unit === '%') return false;
  return spent.value - budget.value > Math.max(halfUnit(budget.decimals), halfUnit(spent.decimals)) + 1e-9;
}
