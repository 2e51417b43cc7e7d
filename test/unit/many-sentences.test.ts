// Many short sentences of one kind, a few hundred KB of each: every rule that relates sentences to
// each other (a 占 share's denominator found by name, totals and parts, 文号, years, grades) must stay
// linear. A denominator search once scanned every amount for every share: 16,000 shares took 84 s.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { registry } from '../helpers.js';
import { leastEffortMs } from '../effort.js';

const HEAD = '# 2023年度部门整体支出绩效自评报告\n\n## 一、单位基本情况\n\n';
const N = 8000;
// typical here 0.5–1 s each; a quadratic path takes tens of seconds
const LIMIT_MS = 4000;

const patterns: Record<string, (i: number) => string> = {
  '占 shares, each naming a denominator': (i) =>
    `全市科技研发投入 ${5000 + i} 万元。第${i}项科研经费 ${100 + (i % 50)} 万元，占全市科技研发投入的 ${(i % 90) + 1}%。`,
  '占 shares, each naming another denominator': (i) =>
    `第${i}类专项资金 ${100 + (i % 50)} 万元，占第${i}类专项资金总额的 ${(i % 90) + 1}%。`,
  'budget totals and parts': (i) =>
    `收入总预算 ${1000 + i}.51 万元，其中：一般公共预算安排拨款 ${900 + i}.51 万元，基金预算拨款 ${i % 7}.00 万元。`,
  'spending totals': (i) => `本年支出合计 ${2000 + i} 万元，其中基本支出 ${1000 + i} 万元，项目支出 ${900} 万元。`,
  '文号, right and wrong': (i) => `根据湛财绩〔${2000 + (i % 30)}〕${i}号和湛财绩【2020】${i % 9}号文件要求。`,
  'execution rates': (i) => `项目预算数 ${100 + i} 万元，实际执行数 ${90 + i} 万元，执行率 ${(i % 100) + 1}%。`,
  'growth rates': (i) => `本年收入 ${200 + i} 万元，比上年增加 ${10 + (i % 9)} 万元，增长率 ${(i % 40) + 1}%。`,
  'zero-padded dates, each with a fix': (i) => `${2000 + (i % 30)}年0${(i % 9) + 1}月0${(i % 9) + 1}日召开第${i}次会议。`,
  'years and grades': (i) =>
    `${2000 + (i % 40)}年${(i % 12) + 1}月，评价结果为优，自评得分为${80 + (i % 20)}分，评价等级为“${['优', '良', '中', '差'][i % 4]}”。`,
};

for (const [name, sentence] of Object.entries(patterns)) {
  test(`${N} paragraphs of ${name}`, () => {
    const text = HEAD + Array.from({ length: N }, (_, i) => sentence(i)).join('\n\n') + '\n';
    // the better of two runs, each by CPU time when the machine is busy: load must not fail a test about complexity
    const ms = leastEffortMs(() => checkText(text, { registry }), 2, LIMIT_MS);
    assert.ok(ms < LIMIT_MS, `${(text.length / 1000).toFixed(0)} KB took ${ms.toFixed(0)} ms`);
  });
}
