// Rows and headers of a 自评表 glued into one cell by flattening (model/glued-row.ts): read only when one
// reading fits, on the lines of 2020-上海-松江区九亭镇-自评表 (tuning text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gluedColumns, gluedRow } from '../../server/src/engine/model/glued-row.js';
import type { Cell } from '../../server/src/engine/model/table-cells.js';
import { buildReport } from '../../server/src/engine/model/report.js';
import { selfEvalTables } from '../../server/src/engine/model/self-eval-table.js';
import { registry } from '../helpers.js';
import { tuneText } from './rules/_tune.js';

const cell = (text: string): Cell => ({ start: 0, end: text.length, text, rowEnd: false });
const read = (text: string): (string | number)[] | undefined => {
  const r = gluedRow(cell(text));
  return r && [r.levels.join('/'), r.name.text, r.target.text, r.actual.text, r.weight.value, r.score.value, r.reason];
};

test('a glued header: the title before it skipped, every column after it named', () => {
  const names = new Map([
    ['一级指标', 'level1'],
    ['二级指标', 'level2'],
    ['三级指标', 'level3'],
    ['年度指标值', 'target'],
    ['实际完成值', 'actual'],
    ['分值', 'weight'],
    ['得分', 'score'],
    ['偏差原因分析及改进措施', 'reason'],
  ]);
  assert.deepEqual(gluedColumns('绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施', names), [
    'level1',
    'level2',
    'level3',
    'target',
    'actual',
    'weight',
    'score',
    'reason',
  ]);
  assert.equal(gluedColumns('三级指标年度指标值是否核心指标', names), undefined);
});

test('松江’s lines: 1111 is 11 | 11 (111 | 1 is above 100), 1515 is 15 | 15, 99 is 9 | 9; the levels and the reason apart', () => {
  assert.deepEqual(read('质量指标项目一次验收合格率100%80%1111管理不够到位'), [
    '质量指标',
    '项目一次验收合格率',
    '100%',
    '80%',
    11,
    11,
    '管理不够到位',
  ]);
  assert.deepEqual(read('产出指标数量指标项目计划完成率100%100%1515'), ['产出指标/数量指标', '项目计划完成率', '100%', '100%', 15, 15, '']);
  assert.deepEqual(read('效益指标经济效益指标项目管理覆盖面100%90%99管理不够到位'), [
    '效益指标/经济效益指标',
    '项目管理覆盖面',
    '100%',
    '90%',
    9,
    9,
    '管理不够到位',
  ]);
  assert.deepEqual(read('群众满意度≧90%≧80%77宣传指导不到位'), ['', '群众满意度', '≧90%', '≧80%', 7, 7, '宣传指导不到位']);
});

test('not read when a boundary is not shown or no split fits (made up, after 松江’s lines)', () => {
  // the actual has no unit: where it ends and 分值 begins cannot be told
  assert.equal(read('项目计划完成数100个9099'), undefined);
  // 19: 得分 9 above 分值 1; a decimal in the glued digits; digits in the text after them
  assert.equal(read('项目管理覆盖面100%90%19'), undefined);
  assert.equal(read('项目管理覆盖面100%90%9.59.5'), undefined);
  assert.equal(read('项目管理覆盖面100%90%99管理不够到位2次'), undefined);
  // no name before the figures
  assert.equal(read('100%90%99'), undefined);
});

test('松江: the glued rows under the glued header, the qualitative ones (及时 / 较及时) passed over', () => {
  const text = tuneText('2020-上海-松江区九亭镇-自评表');
  const [table] = selfEvalTables(buildReport(text, { registry }));
  assert.deepEqual(
    table?.indicators.map((r) => [r.name.text, r.weight.value, r.score.value, text.slice(r.score.start, r.score.end)]),
    [
      ['项目计划完成率', 15, 15, '15'],
      ['资金到位率', 10, 10, '10'],
      ['项目一次验收合格率', 11, 11, '11'],
      ['项目管理覆盖面', 9, 9, '9'],
      ['小区居民满意度', 3, 3, '3'],
      ['群众满意度', 7, 7, '7'],
    ],
  );
});
