// A 自评表 whose fields are labelled with the template's titles (评价结论：… 存在问题：… 改进措施：…) is a form, not a report
// written to the outline: its labels are no headings lacking their numbers, and the template's other sections are not
// missing from it. The blind made-up set's 青衣 2023 (session 23, author E) drew seven such findings. Its result is still read
// (grade-score), though the form has no heading for the assessment to start after. All texts here are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../helpers.js';

const TABLE = [
  '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |',
  '|---|---|---|---|---|---|---|',
  '| 产出指标 | 数量指标 | 管护面积 | ≥52.6万亩 | 52.6万亩 | 50 | 50 |',
  '| 效益指标 | 生态效益指标 | 森林覆盖率 | ≥58.2% | 58.3% | 40 | 40 |',
  '| 满意度指标 | 服务对象满意度指标 | 农户满意度 | ≥90% | 93% | 10 | 10 |',
  '| 总分 | | | | | 100 | 100 |',
];

const form = (grade: string): string =>
  [
    '某县林业和草原局2023年度天然林保护项目支出绩效自评表',
    '',
    '项目名称：天然林资源保护工程    主管部门：某县林业和草原局',
    '',
    ...TABLE,
    '',
    `评价结论：经自评，本项目自评得分100分，评价结论为“${grade}”。`,
    '',
    '存在问题：一是资金下达较晚；二是护林员年龄偏大。',
    '',
    '改进措施：一是争取资金提前下达；二是优化护林员选聘条件。',
    '',
  ].join('\n');

const ids = (text: string): string[] => check(text).map((f) => f.ruleId);

describe('a form of labelled fields (made up, session 24)', () => {
  test('its labels are not headings lacking numbers, and no section is missing', () => {
    const found = ids(form('优'));
    assert.deepEqual(
      found.filter((id) => id === 'heading-numbering' || id === 'missing-section'),
      [],
    );
  });

  test('its result is still read: a grade that does not match the score is told', () => {
    const grade = check(form('良')).filter((f) => f.ruleId === 'grade-score');
    assert.equal(grade.length, 1);
    assert.match(grade[0]?.message.zh ?? '', /综合得分 100 分.*报告写的是「良」/);
  });

  test('the same labels under numbered headings still make a report judged on its outline', () => {
    const report = [
      '某县林业和草原局2023年度天然林保护项目支出绩效自评报告',
      '',
      '一、基本情况',
      '',
      '本项目管护天然林52.6万亩。',
      '',
      '三、评价结论',
      '',
      '经自评，本项目自评得分100分，评价结论为“优”。',
      '',
      '五、存在问题',
      '',
      '一是资金下达较晚。',
      '',
    ].join('\n');
    const told = check(report).filter((f) => f.ruleId === 'heading-numbering' || f.ruleId === 'missing-section');
    assert.ok(told.length > 0, 'the skipped 二、 and 四、 are told');
  });
});
