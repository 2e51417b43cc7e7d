import { perTable } from './per-table.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T6 of DOMAIN-TABLES §3, its first step: a 自评表 whose 总分 / 合计 row carries the full 分值 with an empty
 * 得分 cell, and no row of it scored (no indicator with a 得分, no 得分 on the budget-execution rows), was
 * published without the self-evaluation done (2023-四川-青神县发展和改革局-自评表). A table that scores its
 * rows but leaves the total empty is left to the reader: the score may stand elsewhere in the form.
 */
export default defineRule({
  id: 'table-unscored',
  severity: 'error',
  description: {
    zh: '自评表的总分（合计）只有分值，没有得分，各行也都未打分。',
    en: 'The self-evaluation table’s total has a weight but no score, and no row is scored.',
  },
  check({ report }) {
    return perTable(report, 'table-unscored', (table) => {
      const out: RuleFinding[] = [];
      const blank = table.blankTotal;
      if (!blank || table.indicators.length > 0 || table.money.some((r) => r.figures.score)) return out;
      out.push({
        span: { start: blank.label.start, end: blank.label.end },
        message: {
          zh:
            `自评表的${blank.label.text}只有分值 ${blank.weight.text}，得分一栏是空的，各指标和预算执行率也都没有得分：` +
            '这张表还没有完成自评，请逐项填写完成值和得分，再合计总分',
          en:
            `The table’s ${blank.label.text} has the weight ${blank.weight.text} and an empty score, and no indicator nor the ` +
            'execution rate is scored: the self-evaluation is not done; fill in each actual value and score, then the total',
        },
        related: [{ span: { start: blank.weight.start, end: blank.weight.end }, message: { zh: '分值', en: 'Weight (分值)' } }],
      });
      return out;
    });
  },
});
