// Session 44, set 33 rotated into tune after its one measure run: each mend on its real text and a made-up pair.
// - enumeration-separator: a list after its count written with commas alone (石峰疾控 2020: 內設科室 4個,分別為:辦公室,檢驗監測科,
//   疾控一科和疾控二科; 怀化工信局 2022: 共有6个二级机构:市无线电监测站,…), read in traditional script too;
// - typo: 收支出情况 (石峰疾控 2020's heading 二、預算收支出情況), not 税收支出情况.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });
const SHIFENG = '2020-湖南-石峰区疾控中心-部门整体';

describe('enumeration-separator: a list after its count written with commas alone', () => {
  test('石峰疾控 2020: 內設科室 4個,分別為:辦公室,檢驗監測科,疾控一科和疾控二科 — both commas, fixed to 、', () => {
    const t = tuneText(SHIFENG);
    const [f, ...rest] = findingsAsReport(t, 'enumeration-separator');
    assert.ok(f, 'a finding');
    assert.deepEqual(rest, []);
    assert.equal(lineOf(t, f.span.start), 6);
    assert.match(f.message.zh, /列出的 4 个名称却用逗号隔开/);
    assert.ok(applyFix(t, f).includes('分別為:辦公室、檢驗監測科、疾控一科和疾控二科'));
  });

  test('怀化工信局 2022: 共有6个二级机构: then six full names parted by commas', () => {
    const t = tuneText('2022-湖南-怀化市工业和信息化局-部门整体');
    const f = findingsAsReport(t, 'enumeration-separator').find((x) => x.message.zh.includes('6个二级机构'));
    assert.ok(f, 'a finding on the six 二级机构');
    assert.equal(lineOf(t, f.span.start), 10);
  });

  test('沐川 自然资源局 2023, in traditional script with glosses: 其他事業(yè)單位8個 (four named, then 新增 four) is no count gone wrong', () => {
    assert.deepEqual(findingsAsReport(tuneText('2023-四川-沐川县自然资源局-部门整体'), 'stated-total'), []);
  });

  test('made up: names only, as many as the count; a clause going on, or a count the names do not make, is left', () => {
    const found = findingsOf(withBody('下设3个科室，分别是办公室，财务科，业务科。'), 'enumeration-separator');
    assert.equal(found.length, 1);
    assert.equal(spanText(withBody('下设3个科室，分别是办公室，财务科，业务科。'), found[0]!), '，财务科，');
    assert.deepEqual(findingsOf(withBody('下设3个科室，分别为：办公室，财务科，负责日常工作。'), 'enumeration-separator'), []);
    assert.deepEqual(findingsOf(withBody('下设4个科室，分别是办公室，财务科，业务科。'), 'enumeration-separator'), []);
    assert.deepEqual(findingsOf(withBody('其中：基本支出100万元，项目支出50万元，共2个项目。'), 'enumeration-separator'), []);
  });
});

describe('typo: 收支出情况', () => {
  test('石峰疾控 2020: 二、預算收支出情況, in traditional script', () => {
    const t = tuneText(SHIFENG);
    const f = findingsAsReport(t, 'typo').find((x) => x.message.zh.includes('收支情况'));
    assert.ok(f, 'the typo found');
    assert.equal(lineOf(t, f.span.start), 7);
  });

  test('made up: 收支出情况 is found; 税收支出情况 (tax expenditure) is a term of its own', () => {
    assert.equal(findingsOf(withBody('二、预算收支出情况'), 'typo').filter((f) => f.message.zh.includes('收支情况')).length, 1);
    assert.deepEqual(
      findingsOf(withBody('三、税收支出情况'), 'typo').filter((f) => f.message.zh.includes('收支情况')),
      [],
    );
  });
});
