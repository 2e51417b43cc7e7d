// pasted-debris, session 35 (set 21 rotated into tune): a page's share buttons and their targets on lines of their own
// (钦州林业局 2024: `收藏 我要收藏 公共资源调用站点 文章分享` / `分享 微信` / `头条` / `微博 空间 qq` between the posting line and
// `【字体: 打印`) are weak page tools (model/furniture.json): beside the record and the toolbar they join one block, and a line
// of them alone in the report is left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, text, TITLE } from './_debris-made-up.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

test('钦州林业局 2024 (set 21, rotated into tune in session 35): the record, the share buttons and the toolbar are one block', () => {
  const t = tuneText('2024-广西-钦州市林业局增发国债项目资金-转移支付');
  // the site's header over lines 1–4, the headline kept, then the posting line, the share buttons and 【字体: 打印 (line 13)
  const spans = debris(t).map((f) => [lineOf(t, f.span.start), lineOf(t, f.span.end)]);
  assert.deepEqual(spans, [[1, 13]]);
});

test('made up: share buttons beside a posting line are furniture; the same words alone in the report are not', () => {
  const block = debris(
    text(TITLE, '发布时间：2024-03-01 10:20 来源：山河县水利局', '分享 微信', '微博 空间 qq', '【字体：大 中 小】', ...BODY),
  );
  assert.equal(block.length, 1);
  assert.ok(block[0]?.message.zh.includes('页面工具栏'), block[0]?.message.zh);
  assert.deepEqual(debris(text(TITLE, ...BODY.slice(0, 2), '微信', ...BODY.slice(2))), []);
});

test('长泰 2024 (set 21, rotated into tune in session 35): a record row of two labels, 所在地区: and 发布日期:, is the site’s', () => {
  const t = tuneText('2024-福建-长泰区中央专项彩票公益金-转移支付');
  assert.deepEqual(
    debris(t).map((f) => lineOf(t, f.span.start)),
    [1],
  );
  // and the old county's name in it is no place-name finding: the line is deleted whole
  assert.deepEqual(
    findingsAsReport(t, 'place-name').map((f) => lineOf(t, f.span.start)),
    [],
  );
});
