// table-low-rate (T11): an execution rate below the threshold needs a reason, in the table or the report.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../helpers.js';
import { findingsAsReport, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;
const TABLE =
  '# 项目支出绩效自评表\n\n| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n' +
  '| 年度资金总额 | 4753.66万元 | 4753.66万元 | 3824.26万元 | 10 | 80.45% | 8.04 |\n';

test('零陵: 3824.26 of 4753.66 (80.45 %) with no reason anywhere, on the spending cell', () => {
  const text = tuneText('2021-湖南-零陵区林业局-自评表');
  const found = findingsAsReport(text, 'table-low-rate');
  assert.deepEqual(
    found.map((f) => lineOf(text, f.span.start)),
    [44],
  );
  for (const x of ['3824.26', '4753.66', '80.45']) assert.ok(found[0]?.message.zh.includes(x), x);
});

test('滁州 (100 %) and 大英 (100.00 %) are above the threshold', () => {
  for (const slug of ['2022-安徽-滁州市人社局-自评表', '2023-四川-大英县司法局-自评表'])
    assert.deepEqual(findingsAsReport(tuneText(slug), 'table-low-rate'), [], slug);
});

test('a reason near a word about spending, anywhere in the report, explains it; the threshold is a setting (made-up reason)', () => {
  assert.equal(findingsAsReport(TABLE, 'table-low-rate').length, 1);
  assert.deepEqual(findingsAsReport(TABLE + '\n由于项目验收滞后，部分资金尚未支付。\n', 'table-low-rate'), []);
  assert.deepEqual(
    findingsOf('---\ntemplate: gd-department-overall\n---\n' + TABLE, 'table-low-rate', { settings: { executionThreshold: 80 } }),
    [],
  );
});

test('廊坊: 37.24 of 43.2 (86.20 %) explained in its reason cell `已完工,剩余3%尾款未付,且最高限价低于预算金额。`', () => {
  const text = tuneText('2019-河北-廊坊市食品工程学校-自评表');
  assert.ok(text.includes('剩余3%尾款未付'));
  assert.deepEqual(findingsAsReport(text, 'table-low-rate'), []);
  // the same table without that cell is flagged: the reason is what keeps it quiet
  assert.equal(findingsAsReport(text.replace('已完工,剩余3%尾款未付,且最高限价低于预算金额。', ''), 'table-low-rate').length, 1);
});

test('made up (red team s22): 主要原因是… and money carried over (结转下年) explain a low rate', () => {
  for (const why of [
    '资金未全部执行，主要原因是秋季学期资助资金按实际人数结算。',
    '执行率偏低的原因为部分工程未完工。',
    '剩余资金已结转下年继续使用。',
  ])
    assert.deepEqual(findingsAsReport(`${TABLE}\n${why}\n`, 'table-low-rate'), [], why);
  // a reason word far from any word about spending is still none
  assert.equal(findingsAsReport(`${TABLE}\n群众满意度下降的原因是宣传不到位。\n`, 'table-low-rate').length, 1);
});

test('made up (red team s23): money carried over, returned or held back, and a cause 受…影响, in many wordings, explain a low rate', () => {
  for (const why of [
    '资金执行率偏低的原因分析：受政府采购流程影响，设备采购合同于12月签订，剩余50万元将于2024年支付。',
    '执行率75%，系部分资金结转至2024年使用。',
    '未支出的50万元已按规定结转下一年度继续使用。',
    '剩余资金50万元为上级12月下达，当年无法形成支出，已结转。',
    '结余资金50万元已按规定收回财政。',
    '未执行的50万元为质量保证金，按合同约定于验收一年后支付。',
    '执行率未达到100%：一是部分学生转学，二是资金下达较晚。',
    '未执行资金50万元已结转2024年继续用于学生资助。',
    '差额50万元为政府采购节余资金，已按规定上缴。',
    '预算执行率75%，未执行资金50万元系政府采购项目跨年度实施所致。',
    '截至12月31日，项目资金支出150万元，剩余50万元待项目竣工结算后拨付。',
    '| 目标1 | 资助学生1200人 | 资助1260人；政府采购合同12月签订，50万元次年支付 |',
  ])
    assert.deepEqual(findingsAsReport(`${TABLE}\n${why}\n`, 'table-low-rate'), [], why);
  // a source carried over from last year, a measure with no cause, an impact that is no cause: still none
  for (const none of [
    '上年结转资金0万元，本年无结转。',
    '下一步将加快资金支出进度。',
    '项目资金使用对当地产生了积极影响。',
    '项目资金支出150万元，预算执行率75%，执行情况良好。',
    '下一步，我局将严格落实政府采购制度，加快资金支付进度。',
  ])
    assert.equal(findingsAsReport(`${TABLE}\n${none}\n`, 'table-low-rate').length, 1, none);
});

test('施甸 2019 (tuning text): 14.46 % (94 of 650) explained as 项目执行先建后补…据实补贴,资金结余 in the form’s reason cell', () => {
  const text = tuneText('2019-云南-施甸县农业农村局新型农业经营主体扶持-自评表');
  assert.ok(text.includes('项目执行先建后补'));
  assert.deepEqual(findingsAsReport(text, 'table-low-rate'), []);
  // made up: the same subsidy paid after building, said in the report, explains the made-up table's 80.45 %
  assert.deepEqual(findingsAsReport(TABLE + '\n项目执行先建后补，经验收合格后才拨付资金。\n', 'table-low-rate'), []);
});
