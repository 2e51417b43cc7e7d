// Session 44, set 34 rotated into tune after its one measure run: each mend on its real text and a made-up pair.
// - typo: 万元 written before its figure and after it (县中医医院 20xx: 支出万元3018.1万元), 部门整体指出 (湘西民院 2015);
// - broken-date: a filing date cut after its year (湘西民院: 报告时间:2016年 6), a 0 before a dotted year (南通农职院 2009:
//   开始时间:02007.04);
// - spending-over-budget: an income stated with its own spending beside it (县中医医院: 总收入…104.7696万元,年度总支出为…) is not
//   judged against the report's first, wider total;
// - enumeration-separator: an item joined by 和 in a list of amounts (…29.1万元和其他费用604.1万元、…) is no run-on.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });
const HOSPITAL = '20xx-湖南-县中医医院-部门整体';
const XIANGXI = '2015-湖南-湘西民族职业技术学院-部门整体';

describe('typo: a unit written twice, 部门整体指出', () => {
  test('县中医医院 20xx: 卫生材料支出万元3018.1万元, fixed to 3018.1万元', () => {
    const t = tuneText(HOSPITAL);
    const f = findingsAsReport(t, 'typo').find((x) => x.message.zh.includes('写了两遍'));
    assert.ok(f, 'found');
    assert.equal(lineOf(t, f.span.start), 15);
    assert.ok(applyFix(t, f).includes('卫生材料支出3018.1万元、'));
  });

  test('made up: 结余万元9.18万元 is found; 金额(万元) 3018.1万元 and 万元以上 are not', () => {
    assert.equal(findingsOf(withBody('项目结余万元9.18万元。'), 'typo').filter((f) => f.message.zh.includes('写了两遍')).length, 1);
    assert.deepEqual(
      findingsOf(withBody('金额(万元)3018.1万元。'), 'typo').filter((f) => f.message.zh.includes('写了两遍')),
      [],
    );
    assert.deepEqual(
      findingsOf(withBody('支出万元以上的项目3个。'), 'typo').filter((f) => f.message.zh.includes('写了两遍')),
      [],
    );
  });

  test('湘西民院 2015: 三、部门整体指出绩效评价分析; 报告整体指出 is left', () => {
    const t = tuneText(XIANGXI);
    assert.ok(findingsAsReport(t, 'typo').some((f) => f.message.zh.includes('整体支出') && lineOf(t, f.span.start) === 147));
    assert.deepEqual(
      findingsOf(withBody('评价报告整体指出存在的问题。'), 'typo').filter((f) => f.message.zh.includes('整体支出')),
      [],
    );
  });
});

describe('broken-date: a filing date cut after its year, a 0 before a dotted year', () => {
  test('湘西民院 2015: 报告时间:2016年 6', () => {
    const t = tuneText(XIANGXI);
    const f = findingsAsReport(t, 'broken-date').find((x) => x.message.zh.includes('没写完'));
    assert.ok(f, 'found');
    assert.equal(lineOf(t, f.span.start), 45);
  });

  test('南通农职院 2009: 开始时间:02007.04', () => {
    const t = tuneText('2009-江苏-南通农业职业技术学院园艺实训基地-项目支出');
    assert.ok(findingsAsReport(t, 'broken-date').some((f) => f.message.zh.includes('「2007.04」')));
  });

  test('made up: a whole date, a date split by a space, and a code are left', () => {
    const said = (body: string): number => findingsOf(withBody(body), 'broken-date').length;
    assert.equal(said('报告时间:2016年 6'), 1);
    assert.equal(said('报告时间:2016年6月30日'), 0);
    assert.equal(said('报告时间:2016年 6 月 30 日'), 0);
    assert.equal(said('开始时间:02007.04'), 1);
    assert.equal(said('编号:02007.04号'), 0);
  });
});

describe('spending-over-budget: an income with its own spending beside it', () => {
  test('县中医医院 20xx: 11405.5 万元 of every source is not judged against the budget’s 104.7696 万元', () => {
    assert.deepEqual(findingsAsReport(tuneText(HOSPITAL), 'spending-over-budget'), []);
  });

  test('made up: the same income alone is judged against the first total spent', () => {
    const over = '全年总支出为500万元。\n\n全年总收入为400万元。';
    assert.equal(findingsOf(withBody(over), 'spending-over-budget').length, 1);
    const beside = '全年总支出为500万元。\n\n全年总收入为400万元，总支出为400万元。';
    assert.deepEqual(findingsOf(withBody(beside), 'spending-over-budget'), []);
    // the spending beside the income, over it, is said against it
    const overBeside = withBody('全年总支出为500万元。\n\n全年总收入为400万元，总支出为450万元。');
    const [f] = findingsOf(overBeside, 'spending-over-budget');
    assert.ok(f?.message.zh.includes('总支出 450 万元 超过 总收入 400 万元'), f?.message.zh);
  });
});

describe('enumeration-separator: an item joined by 和 in a list of amounts', () => {
  test('县中医医院 20xx: …29.1万元和其他费用604.1万元、… is no run-on', () => {
    assert.deepEqual(findingsAsReport(tuneText(HOSPITAL), 'enumeration-separator'), []);
  });

  test('made up: the same list with the name run on is found', () => {
    const list = (joint: string): string =>
      withBody(`其中：人员支出47万元、药品支出20万元、材料支出3万元${joint}其他支出6万元、专项支出1万元。`);
    assert.equal(findingsOf(list(''), 'enumeration-separator').length, 1);
    assert.deepEqual(findingsOf(list('和'), 'enumeration-separator'), []);
  });
});
