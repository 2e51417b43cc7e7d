// table-duplicate-indicator: the same 三级指标 under 产出 and under 效益 (DOMAIN-TABLES §4, indicator design).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneEntries } from './_tune.js';

const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';
const lines = (rows: string): number[] => {
  const text = HEAD + rows;
  return findingsAsReport(text, 'table-duplicate-indicator').map((f) => text.slice(0, f.span.start).split('\n').length);
};

test('no tuning text repeats an indicator across 一级指标, and none is flagged', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, 'table-duplicate-indicator'), [], e.slug);
});

test('made-up: 受益人口数量 under 产出 and again under 效益 (张庄寨’s row written twice) is flagged once, on the second', () => {
  const rows =
    '| 产出指标 | 数量指标 | 受益人口数量 | 90人 | 90人 | 10 | 10 | |\n' +
    '| | 质量指标 | 种植作物成活率 | 95% | 95% | 10 | 10 | |\n' +
    '| 效益指标 | 社会效益指标 | 受益人口数量 | 90人 | 90人 | 10 | 10 | |\n';
  const text = HEAD + rows;
  const found = findingsAsReport(text, 'table-duplicate-indicator');
  assert.equal(found.length, 1);
  assert.equal(text.slice(0, found[0]?.span.start).split('\n').length, 7);
  assert.match(found[0]?.message.zh ?? '', /三级指标「受益人口数量」在产出指标和效益指标下各列了一次/);
  assert.equal(text.slice(0, found[0]?.related?.[0]?.span.start).split('\n').length, 5);
});

test('made-up: labels and spaces are not the name (指标1: / ★); the 一级 is known from its 二级 alone', () => {
  assert.deepEqual(
    lines('| | 数量指标 | 指标1:新建村庄数量 | 10个 | 10个 | 10 | 10 | |\n| | 社会效益指标 | ★新建村庄 数量 | 10个 | 10个 | 10 | 10 | |\n'),
    [6],
  );
});

test('made-up: the same name twice under one 一级, a row of unknown level, different names, template labels alone: left alone', () => {
  assert.deepEqual(
    lines('| 产出指标 | 数量指标 | 指标1 | 1个 | 1个 | 10 | 10 | |\n| 效益指标 | 社会效益指标 | 指标1 | 1个 | 1个 | 10 | 10 | |\n'),
    [],
  );
  assert.deepEqual(
    lines(
      '| 产出指标 | 数量指标 | 培训人次 | 100人次 | 100人次 | 10 | 10 | |\n| | 质量指标 | 培训人次 | 100人次 | 100人次 | 10 | 10 | |\n',
    ),
    [],
  );
  assert.deepEqual(
    lines('| | | 培训人次 | 100人次 | 100人次 | 10 | 10 | |\n| 效益指标 | 社会效益指标 | 培训人次 | 100人次 | 100人次 | 10 | 10 | |\n'),
    [],
  );
  assert.deepEqual(
    lines(
      '| 产出指标 | 数量指标 | 培训人次 | 100人次 | 100人次 | 10 | 10 | |\n| 效益指标 | 社会效益指标 | 就业人数 | 50人 | 50人 | 10 | 10 | |\n',
    ),
    [],
  );
});

test('made-up: flattened rows (the 一级 and 二级 glued before the name, as 松江’s table prints them) are compared too', () => {
  const text =
    '# 项目支出绩效自评表\n\n绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施\n' +
    '产出指标数量指标受益人口数量90人90人1010\n效益指标社会效益指标受益人口数量90人90人1010\n总分100\n';
  const found = findingsAsReport(text, 'table-duplicate-indicator');
  assert.deepEqual(
    found.map((f) => text.slice(0, f.span.start).split('\n').length),
    [5],
  );
});
