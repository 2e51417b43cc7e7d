// table-comparator: an indicator value written with two comparators (≥≥, ≥>) or a comparing word before a sign
// (大于≥), on real corpus text; breadcrumbs and the ASCII >= are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneText } from './_tune.js';

const ID = 'table-comparator';

test('抚远: 集中供水率≥≥98% is flagged on the two signs', () => {
  const text = tuneText('2022-黑龙江-抚远市农村饮水维修养护-项目支出');
  const [f, ...rest] = findingsAsReport(text, ID);
  assert.equal(rest.length, 0);
  assert.equal(text.slice(f?.span.start, f?.span.end), '≥≥');
});

test('false positive kept away: the breadcrumb 网站首页>>乡镇>>2022年 of 仁寿县彰加镇 is no doubled sign', () => {
  assert.deepEqual(findingsAsReport(tuneText('2022-四川-仁寿县彰加镇人民政府-部门整体'), ID), []);
});

test('the ASCII >= of 普陀 (>=90%) is one sign; a sign with no figure after it is not read', () => {
  assert.deepEqual(findingsAsReport(tuneText('2022-上海-普陀区体育事业管理中心-自评表'), ID), []);
  assert.deepEqual(findingsAsReport('流程：申报 => 审核 => 拨付。\n', ID), []);
});

// made-up values in the forms' words (not real text)
test('made up: a mixed pair and a word before a sign are flagged with the word', () => {
  const [a] = findingsAsReport('群众满意度≥>95%。\n', ID);
  assert.ok(a?.message.zh.includes('≥>'));
  const [b] = findingsAsReport('资金到位率大于≥90%。\n', ID);
  assert.ok(b?.message.zh.includes('大于≥'));
});
