import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText, only } from '../../helpers.js';
import { cleanReport, edit } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'date-padding';
const CLEAN = cleanReport();

describe('date-padding: a style note, never a warning', () => {
  test('the clean report and the examples: silent', () => {
    assert.deepEqual(findingsOf(CLEAN, RULE), []);
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  test('`2019年06月18日` → hint, safe fix to `2019年6月18日`', () => {
    const body =
      '根据2019年06月18日印发的《湛江市科学技术局职能配置、内设机构和人员编制规定》，湛江市科学技术局是市人民政府工作部门，正处级。';
    const text = cleanReport({ bodies: { 'basic-functions': body } });
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'hint');
    assert.equal(spanText(text, f), '2019年06月18日');
    assert.ok(f.message.zh.includes('「2019年6月18日」'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    const fixed = applyFix(text, f);
    assert.equal(fixed, cleanReport({ bodies: { 'basic-functions': body.replace('2019年06月18日', '2019年6月18日') } }));
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('spaced `于 2024 年 07 月 09 日前`: the fix keeps the spaces and the message shows what the fix writes', () => {
    const text = edit(CLEAN, '我局于 2024 年 7 月 31 日前', '我局于 2024 年 07 月 09 日前');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2024 年 07 月 09 日');
    assert.equal(applyFix(text, f), edit(CLEAN, '我局于 2024 年 7 月 31 日前', '我局于 2024 年 7 月 9 日前'));
    assert.ok(f.message.zh.includes('「2024 年 7 月 9 日」'), f.message.zh);
  });

  test('a 填报日期 field filled padded (`填报日期：2024 年 07 月 09 日`) follows the form: silent', () => {
    assert.deepEqual(findingsOf(edit(CLEAN, '填报日期：2024 年 7 月 29 日', '填报日期：2024 年 07 月 09 日'), RULE), []);
  });

  test('ISO dates (2024-07-31) are padded by definition: silent', () => {
    assert.deepEqual(findingsOf(edit(CLEAN, '我局于 2024 年 7 月 31 日前', '我局于 2024-07-31 前'), RULE), []);
  });

  test('名山 2024 (tune corpus): the page’s `发布时间: 2025年05月28日` is the site’s, not the drafter’s: silent', () => {
    const text = tuneText('2024-四川-名山区林业局-转移支付');
    assert.ok(text.includes('发布时间: 2025年05月28日'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('茂名 2023 (tune corpus): the mirror’s `發(fā)布時間: 2024年07月10日`, the label in traditional script: silent', () => {
    const text = tuneText('2023-广东-茂名市交通运输局-专项资金');
    assert.ok(text.includes('發(fā)布時間: 2024年07月10日'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('岳阳 2018 (tune corpus): `报告日期:2019年06月18日` on the bureau’s form, annotated as holding: silent', () => {
    const text = tuneText('2018-湖南-岳阳市城市管理监督指挥中心-部门整体');
    assert.ok(text.includes('报告日期:2019年06月18日'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('牟定 2020 (tune corpus): the page’s `日期:2021年03月24日   作者:   来源:` is the site’s: silent', () => {
    const text = tuneText('2020-云南-牟定县交通运输局-转移支付');
    assert.ok(text.includes('日期:2021年03月24日   作者:'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });
  test('a padded date in a table cell is the form’s style (made-up rows: a Markdown table, a web page’s row): silent', () => {
    const body = '| 凭证日期 | 金额（元） |\n| --- | --- |\n| 2024年07月 | 50,000.00 |';
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-budget': body } }), RULE), []);
    const web = '30226 劳务费 |\n50,000.00 |\n2024年07月记账 9 |\n付养护劳务费 |';
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-budget': web } }), RULE), []);
  });

  test('made-up: running text on a line that also holds a table far from the date still gets the note', () => {
    const body = '我局于2024年07月09日完成自评，并按要求将自评表报送财政局，自评表见附件一的第一部分内容。 | 附件';
    assert.equal(findingsOf(cleanReport({ bodies: { 'basic-functions': body } }), RULE).length, 1);
  });

  test('made-up: a page’s unlabelled publication record (`来源:财务科   2024年07月09日 16:55`) is furniture: silent', () => {
    const text = cleanReport({
      bodies: { 'basic-functions': '来源:财务科   2024年07月09日 16:55\n\n湛江市科学技术局是市人民政府工作部门。' },
    });
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('岳阳县 2020 (tune corpus): the voucher list’s `2020年01月記賬 9 |` cells: silent', () => {
    const text = tuneText('2020-湖南-岳阳县农村公路养护中心-项目支出');
    assert.ok(text.includes('2020年01月記賬 9 |'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });
});
