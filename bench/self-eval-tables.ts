// 自评表 for the benchmark (issue 15: a 1 MB report with 200 tables keeps its keystroke within 15 % of one
// without): the national form's two GFM tables — 项目资金 rows and the indicators with their 总分 — with
// deterministic figures that hold (rates, scores and the total recomputed), so the tables cost their
// reading, not findings. Made up: units, indicators and figures are invented.
const INDICATORS: [string, string, string, string, string][] = [
  ['产出指标', '数量指标', '培训人次', '≥500人次', '人次'],
  ['产出指标', '质量指标', '培训合格率', '≥90%', '%'],
  ['产出指标', '时效指标', '按期完成率', '≥95%', '%'],
  ['产出指标', '成本指标', '人均培训成本', '≤2400元', '元'],
  ['效益指标', '社会效益指标', '受益群众覆盖率', '≥85%', '%'],
  ['满意度指标', '服务对象满意度指标', '学员满意度', '≥90%', '%'],
];

export function selfEvalTable(r: () => number, n: number): string {
  const budget = Math.round((50 + r() * 400) * 100) / 100;
  const spent = Math.round(budget * (0.9 + r() * 0.1) * 100) / 100;
  const rate = (spent / budget) * 100;
  const rateScore = Math.round(rate * 10) / 100;
  const money = [
    `表 ${n}：项目支出绩效自评表`,
    '',
    '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| 年度资金总额 | ${budget.toFixed(2)} | ${budget.toFixed(2)} | ${spent.toFixed(2)} | 10 | ${rate.toFixed(2)}% | ${rateScore.toFixed(2)} |`,
    `| 其中：财政拨款 | ${budget.toFixed(2)} | ${budget.toFixed(2)} | ${spent.toFixed(2)} | | ${rate.toFixed(2)}% | |`,
  ];
  const weights = [20, 15, 10, 5, 20, 20];
  const rows = INDICATORS.map(([l1, l2, l3, target, unit], i) => {
    const goal = Number(target.replace(/[^0-9.]/g, ''));
    // met or beaten, under 1.2 × the target: full marks, no reason needed
    const actual = target.startsWith('≤')
      ? Math.round(goal * (0.9 + r() * 0.1))
      : Math.min(unit === '%' ? 100 : 1e9, Math.round(goal * (1 + r() * 0.1)));
    return `| ${l1} | ${l2} | ${l3} | ${target} | ${actual}${unit} | ${weights[i]} | ${weights[i]} | |`;
  });
  const total = (rateScore + weights.reduce((s, w) => s + w, 0)).toFixed(2);
  return [
    ...money,
    '',
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    `| 总分 | | | | | 100 | ${total} | |`,
  ].join('\n');
}
