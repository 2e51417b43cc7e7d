// The 四川 项目支出 outline (schemas/templates/sc-project-expenditure.json, session 39) judges the numbers of the reports that
// follow it: a number lost with its 、 kept gets its numeral before the 、, and an excerpt that opens inside a section is
// not told that its first sub-heading should be (一).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import { findingsAsReport, tuneLine, tuneText } from './_tune.js';

const RULE = 'heading-numbering';

test('同德镇 2021 (tune corpus, lines 59 and 63): `、项目绩效情况` and `、评价结论及建议` lost 四 and 五, their 、 kept', () => {
  const slug = '2021-四川-同德镇临时救助-项目支出';
  const text = tuneText(slug);
  const lost = findingsOf(text, RULE).filter((f) => f.message.zh.includes('缺少编号'));
  assert.deepEqual(
    lost.map((f) => f.message.zh),
    ['标题「、项目绩效情况」缺少编号，应为「四、项目绩效情况」', '标题「、评价结论及建议」缺少编号，应为「五、评价结论及建议」'],
  );
  assert.equal(tuneLine(slug, 59), '、项目绩效情况');
  // the fix writes the numeral alone, before the 、 the heading kept
  assert.ok(applyFix(text, lost[0] as never).includes('\n四、项目绩效情况\n'));
});

test('大英 国内贸易 2022 (tune corpus): an excerpt opening at （三）项目财务管理情况, its 二、 cut — no skip told', () => {
  const text = tuneText('2022-四川-大英县商务和经济合作局国内贸易-项目支出');
  assert.deepEqual(
    findingsOf(text, RULE).map((f) => spanText(text, f)),
    [],
  );
});

test('made up: the same （三） after the excerpt’s first 一、 is judged; a 、 left before a (二) is no top-level number', () => {
  const report = (body: string): string => `某镇2023年度项目支出绩效自评报告\n\n${body}\n`;
  const text = report('一、项目概况\n\n(三)项目自评步骤及方法\n\n正文。\n\n二、项目资金申报及使用情况\n\n正文。');
  assert.equal(findingsOf(text, RULE).length, 1);
  assert.deepEqual(
    findingsOf(
      report(
        '(三)项目财务管理情况\n\n正文。\n\n三、项目实施及管理情况\n\n(一)项目组织架构及实施流程\n\n正文。\n\n四、项目绩效情况\n\n正文。',
      ),
      RULE,
    ),
    [],
  );
});

test('同德镇 2021 read with the 广东 outline (no template fits): `、项目绩效情况` is no lost sibling of （三）项目财务管理情况', () => {
  const text = tuneText('2021-四川-同德镇临时救助-项目支出');
  const told = findingsAsReport(text, RULE).map((f) => f.message.zh);
  assert.ok(!told.some((m) => m.includes('(四)、')), told.join('\n'));
});
