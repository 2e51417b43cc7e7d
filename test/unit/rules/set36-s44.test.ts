// Session 44, set 36 rotated into tune after its one measure run: each mend on its real text and a made-up pair.
// - typo: a year run into the first month of a range (蒙城 招商服务中心 2023: 对20231-12月的…);
// - leftover-instruction: a form's own mark on an indicator kind (原州 边销茶 2022: 数量指标(必填硬性指标)) is no note left.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });
const ranged = (body: string): number => findingsOf(withBody(body), 'typo').filter((f) => f.message.zh.includes('起始月份')).length;

describe('typo: a year run into the first month of a range', () => {
  test('蒙城 招商服务中心 2023: 20231-12月, fixed to 2023年1-12月', () => {
    const t = tuneText('2023-安徽-蒙城县招商服务中心-项目支出');
    const f = findingsAsReport(t, 'typo').find((x) => x.message.zh.includes('起始月份'));
    assert.ok(f, 'found');
    assert.equal(lineOf(t, f.span.start), 28);
    assert.ok(applyFix(t, f).includes('对2023年1-12月的'));
  });

  test('made up: a range running forward is read; a figure run on from a digit or a range running back is not', () => {
    assert.equal(ranged('对20233-6月的支出进行自评。'), 1);
    assert.equal(ranged('对2023年1-12月的支出进行自评。'), 0);
    assert.equal(ranged('编号120231-12月。'), 0);
    assert.equal(ranged('对202312-3月的支出进行自评。'), 0);
  });
});

describe('leftover-instruction: a form’s own mark on an indicator kind', () => {
  test('原州 边销茶 2022: 数量指标(必填硬性指标) and 成本指标(必填) are the 宁夏 form’s print', () => {
    assert.deepEqual(findingsAsReport(tuneText('2022-宁夏-原州区边销茶推广-自评表'), 'leftover-instruction'), []);
  });

  test('made up: a 必填 note after anything but an indicator kind is still a note left in', () => {
    assert.equal(findingsOf(withBody('项目负责人(必填)：'), 'leftover-instruction').length, 1);
    assert.deepEqual(findingsOf(withBody('数量指标(必填硬性指标)：培训200人次。'), 'leftover-instruction'), []);
  });
});
