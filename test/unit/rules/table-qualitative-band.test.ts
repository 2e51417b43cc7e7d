// table-qualitative-band (T8): a 定性 indicator answered with one of the platform's three answers is scored within
// that answer's part of its 分值 (达成 80–100 %, 部分达成 60–80 %, 未达成 below 60 %).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneEntries } from './_tune.js';

const RULE = 'table-qualitative-band';
const HEAD =
  '# 项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n';
/** The messages on made-up rows under the national form's header. */
const on = (rows: string): string[] => findingsAsReport(HEAD + rows, RULE).map((f) => f.message.zh);

test('made-up rows: each answer scored outside its band gets the band in points, on the 得分 cell', () => {
  const text = HEAD + '| 效益指标 | 社会效益指标 | 群众满意程度提升 | 明显提升 | 部分达成年度指标并具有一定效果 | 10 | 10 | 宣传不足 |\n';
  const found = findingsAsReport(text, RULE);
  assert.equal(found.length, 1);
  const f = found[0];
  assert.equal(text.slice(f?.span.start, f?.span.end), '10');
  assert.equal(text.slice(f?.related?.[0]?.span.start, f?.related?.[0]?.span.end), '部分达成年度指标并具有一定效果');
  assert.equal(
    f?.message.zh,
    '群众满意程度提升 完成情况为“部分达成年度指标并具有一定效果”，按评分规则得分应为分值 10 的 60%–80%（6–8 分），表中得分 10：' +
      '请按完成情况改正得分，或改写完成情况',
  );
  assert.match(f?.message.en ?? '', /score at 60–80 % of the weight 10 \(6–8\), but the score is 10/);
  assert.match(
    on('| 效益指标 | 可持续影响指标 | 长效机制 | 健全 | 达成年度指标 | 8 | 5 | |\n')[0] ?? '',
    /80%–100%（6\.4–8 分），表中得分 5/,
  );
  assert.match(
    on('| 效益指标 | 社会效益指标 | 带动就业 | 明显 | 未达成年度指标且效果较差 | 10 | 7 | 疫情影响 |\n')[0] ?? '',
    /60% 以下（低于 6 分）/,
  );
});

test('made-up rows: scores inside the band, at its ends, and cells that are no answer are left alone', () => {
  assert.deepEqual(on('| 效益指标 | 社会效益指标 | 群众满意程度提升 | 明显提升 | 达成年度指标 | 10 | 9 | |\n'), []);
  assert.deepEqual(on('| 效益指标 | 社会效益指标 | 群众满意程度提升 | 明显提升 | 达成年度指标。 | 10 | 8 | |\n'), []);
  assert.deepEqual(on('| 效益指标 | 社会效益指标 | 群众满意程度提升 | 明显提升 | 部分达成年度指标 | 10 | 8 | 宣传不足 |\n'), []);
  assert.deepEqual(
    on('| 效益指标 | 社会效益指标 | 群众满意程度提升 | 明显提升 | 部分达成年度指标并具有一定效果 | 10 | 6 | 宣传不足 |\n'),
    [],
  );
  assert.deepEqual(on('| 效益指标 | 社会效益指标 | 带动就业 | 明显 | 未达成年度指标且效果较差 | 10 | 5.5 | 疫情影响 |\n'), []);
  // a free description names no band (table-unmet-reason asks for its reason); a sentence that starts with the answer
  // and goes on is a description too
  assert.deepEqual(on('| 效益指标 | 社会效益指标 | 群众获得感 | 明显提升 | 有所提升 | 10 | 10 | |\n'), []);
  assert.deepEqual(on('| 效益指标 | 社会效益指标 | 群众获得感 | 明显提升 | 达成年度指标，群众普遍认可 | 10 | 5 | |\n'), []);
  // a quantitative row is the formula's (table-indicator-score)
  assert.deepEqual(on('| 产出指标 | 数量指标 | 培训人次 | ≥500人次 | 420人次 | 20 | 20 | |\n'), []);
});

test('every tuning text: no table answers with the platform’s words out of band (none writes them)', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, RULE), [], e.slug);
});
