// table-benefit-measure: a 效益 target with no measure (DOMAIN-TABLES §4, indicator design).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneEntries, tuneText } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';
const flagged = (rows: string): string[] => {
  const text = HEAD + rows;
  return findingsAsReport(text, 'table-benefit-measure').map((f) => text.slice(f.span.start, f.span.end));
};
const at = (slug: string): [number, string][] => {
  const text = tuneText(slug);
  return findingsAsReport(text, 'table-benefit-measure').map((f) => [
    text.slice(0, f.span.start).split('\n').length,
    text.slice(f.span.start, f.span.end),
  ]);
};

test('零陵: 提高就业率 (a rate) with the target 显著, one cell per paragraph', () => {
  assert.deepEqual(at('2021-湖南-零陵区林业局-自评表'), [[266, '显著']]);
});

test('永德: 促进学校教育事业健康发展 at ≥100 with the 度量单位 % (a percentage of nothing named); its 政策知晓率 left alone', () => {
  assert.deepEqual(at('2022-云南-永德县明朗中学-自评表'), [[31, '100']]);
  const [f] = findingsAsReport(tuneText('2022-云南-永德县明朗中学-自评表'), 'table-benefit-measure');
  assert.match(f?.message.zh ?? '', /「促进学校教育事业健康发展」的指标值是百分比（100%）/);
});

test('every other tuning text: nothing flagged (棠溪’s 影响程度 效果明显, 中江’s 改善状况 显著提升, 松江’s 覆盖面 100%)', () => {
  const known = new Set(['2021-湖南-零陵区林业局-自评表', '2022-云南-永德县明朗中学-自评表']);
  for (const e of tuneEntries()) {
    if (known.has(e.slug)) continue;
    assert.deepEqual(findingsAsReport(e.text, 'table-benefit-measure'), [], e.slug);
  }
});

test('made-up rows: a measured name with a word of degree, a percentage of nothing; qualitative effects and 产出 rows left alone', () => {
  assert.deepEqual(flagged('| 效益指标 | 经济效益指标 | 农户年均增收 | 明显提高 | 明显提高 | 10 | 10 | |\n'), ['明显提高']);
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 群众就医人数 | 显著 | 显著 | 10 | 10 | |\n'), ['显著']);
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 改善人居环境 | ≥95% | 100% | 10 | 10 | |\n'), ['≥95%']);
  assert.deepEqual(flagged('| | 可持续影响指标 | 项目持续发挥作用 | 100% | 100% | 10 | 10 | |\n'), ['100%']);
  // the measure is named
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 群众知晓率 | ≥95% | 98% | 10 | 10 | |\n'), []);
  assert.deepEqual(flagged('| 效益指标 | 经济效益指标 | 农户收入增长 | ≥5% | 6% | 10 | 10 | |\n'), []);
  assert.deepEqual(flagged('| 效益指标 | 经济效益指标 | 农户年均增收 | ≥500元 | 600元 | 10 | 10 | |\n'), []);
  // a word that names the rate of itself (覆盖 → 覆盖率, 达标 → 达标率)
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 受益人口覆盖 | 100% | 100% | 10 | 10 | |\n'), []);
  assert.deepEqual(flagged('| 效益指标 | 生态效益指标 | 饮用水水质达标 | ≥95% | 98% | 10 | 10 | |\n'), []);
  // a qualitative effect, judged in words as the form allows
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 对维护市场公平的影响程度 | 效果明显 | 达成预期指标 | 10 | 10 | |\n'), []);
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 群众生产生活条件改善状况 | 显著提升 | 显著提升 | 10 | 10 | |\n'), []);
  // a template's label alone is no name to judge
  assert.deepEqual(flagged('| 效益指标 | 社会效益指标 | 指标1 | 100% | 100% | 10 | 10 | |\n'), []);
  // not a 效益 row
  assert.deepEqual(flagged('| 产出指标 | 质量指标 | 项目验收合格 | 100% | 100% | 10 | 10 | |\n'), []);
  assert.deepEqual(flagged('| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥95% | 98% | 10 | 10 | |\n'), []);
});
