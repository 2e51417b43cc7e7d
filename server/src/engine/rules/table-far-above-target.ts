import { quantities, reasonEmpty, TABLE_SETTINGS } from '../model/self-eval-table.js';
import { perTable } from './per-table.js';
import { narrativeTargets } from '../model/narrative-targets.js';
import { defineRule, type RuleFinding } from './rule.js';

/**
 * T10 of DOMAIN-TABLES §3: an actual at 1.2 × its target or more (a 正向 indicator) says the target was set
 * too low or the figure is wrong; 财预〔2020〕10号 lets reviewers cut the score, so the table explains it.
 * Judged on a row whose reason is known to be empty (no 偏差原因 column, an empty cell in a pipe row, or a flattened
 * row followed right by the next whole row): a flattened row whose next cell may be the reason is not judged. The rows
 * of a table with no 得分 column (model/goal-rows.ts, the central 转移支付 form among them) are judged as well: a target
 * and its actual are what such a form reports.
 */
export default defineRule({
  id: 'table-far-above-target',
  severity: 'warning',
  description: {
    zh: '自评表中定量指标的实际完成值达到指标值的 1.2 倍以上，却没有说明原因。',
    en: 'A quantitative indicator’s actual value is 1.2 times its target or more, and no reason is given.',
  },
  check({ report }) {
    const times = TABLE_SETTINGS.farAboveTarget;
    const tables = perTable(report, 'table-far-above-target', (table) => {
      const out: RuleFinding[] = [];
      for (const row of [...table.indicators, ...(table.goals ?? [])]) {
        if (!reasonEmpty(row)) continue;
        const q = quantities(row);
        if (!q || q.direction === '≤' || q.actual.value < times * q.target.value) continue;
        out.push(farAbove(row.name.text, row.actual, row.target, q.actual.value / q.target.value, times, '表中'));
      }
      return out;
    });
    // the same judged on an indicator the report gives in a sentence (…面积:指标值为“约120平方米”,全年实际完成值约1737平方米)
    const narrative: RuleFinding[] = [];
    for (const n of narrativeTargets(report)) {
      if (n.actual.value < times * n.target.value) continue;
      narrative.push(farAbove(n.name, n.actual, n.target, n.actual.value / n.target.value, times, '文中'));
    }
    return narrative.length === 0 ? tables : [...tables, ...narrative];
  },
});

/** Where a figure stands and how it is written: a table's cell or a sentence's figure with its unit. */
interface Written {
  start: number;
  end: number;
  text: string;
}

/** The finding on an actual `ratio` times its target (`times` or more), with no reason given where it is (表中, 文中). */
function farAbove(name: string, actual: Written, target: Written, ratio: number, times: number, where: string): RuleFinding {
  const r = ratio.toFixed(2);
  return {
    span: { start: actual.start, end: actual.end },
    message: {
      zh:
        `${name} 实际完成值 ${actual.text} 是指标值 ${target.text} 的 ${r} 倍（达到 ${times} 倍以上），` +
        `${where}没有说明原因：请说明超额完成的原因，或核对指标值是否定得过低、完成值是否有误`,
      en:
        `${name}: the actual ${actual.text} is ${r} times the target ${target.text} ` +
        `(${times} times or more) with no reason given; explain it, or check whether the target was too low or the figure wrong`,
    },
    related: [{ span: { start: target.start, end: target.end }, message: { zh: '年度指标值', en: 'Target' } }],
  };
}
