// pasted-debris, session 19's second set (如皋 2020, 新田 2021, 福建 2016): a mirror's empty HTML elements on lines of their
// own, a sharing site's banner labelled 版权说明:, a chunk counter quoted with the words it cut; and the correct text that looks
// like each left alone. Field cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a line of nothing but empty HTML elements (made up)', () => {
  test('made up: a mirror’s tags above the title (<em id=…></em>, nested <q><ins></ins></q>) are one block of markup', () => {
    const t = text('<em id="kqzrm"></em>', '<q id="kqzrm"><ins id="kqzrm"></ins></q>', TITLE, ...BODY);
    const fs = debris(t);
    assert.deepEqual(quoted(t), ['<em id="kqzrm"></em>\n<q id="kqzrm"><ins id="kqzrm"></ins></q>']);
    assert.ok(fs[0]?.message.zh.includes('网页源码残留'), fs[0]?.message.zh);
  });
  test('made up: a Markdown writer’s anchor, span, page break and an HTML table’s empty cells are left', () => {
    const t = text(
      TITLE,
      '<a id="part1"></a>',
      '<span id="sec-2"></span>',
      ...BODY,
      '<div style="page-break-after: always;"></div>',
      '<table>',
      '<tr><td>指标</td><td>得分</td></tr>',
      '<tr><td></td><td></td></tr>',
      '<td></td>',
      '</table>',
    );
    assert.deepEqual(quoted(t), []);
  });
  test('made up: an element that holds text (<b>说明</b>) is the text’s, not markup left empty', () => {
    assert.deepEqual(quoted(text(TITLE, '<b>说明</b>', ...BODY)), []);
  });
});

describe('pasted-debris: a sharing site’s banner labelled 版权说明: (made up)', () => {
  test('made up: 版权说明: before the site’s terms is quoted by its label, in either script', () => {
    for (const line of [
      '版权说明:本文档由用户提供并上传,若内容存在侵权,请进行举报',
      '版權說明：本文檔由用戶提供并上傳,若內容存在侵權,請進行舉報',
    ]) {
      const fs = debris(text(line, TITLE, ...BODY));
      assert.equal(fs.length, 1, line);
      assert.ok(fs[0]?.message.zh.includes(line.slice(0, 5)), fs[0]?.message.zh);
    }
  });
});

describe('pasted-debris: every kind a furniture block names is shown by a word (made up)', () => {
  test('made up: a toolbar at the end of a record line below the title is quoted with its buttons, past five record words', () => {
    const t = text(
      '您现在所在的位置 : 首页 > 政务公开 > 财政信息',
      '索引号: 431102009/2023-03149 发文日期: 2023-06-20 发布机构: 山河县财政局',
      '公开方式: 主动公开 公开范围: 面向社会 主题词:',
      TITLE,
      '2023-06-20 15:33 来源: 山河县财政局 发布机构: 山河县财政局 【字体:   打印',
      ...BODY,
    );
    const f = debris(t)[0];
    assert.ok(f?.message.zh.includes('页面工具栏') && f.message.zh.includes('“【字体:   打印”'), f?.message.zh);
  });
});
