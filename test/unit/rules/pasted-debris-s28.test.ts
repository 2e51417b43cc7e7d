// pasted-debris, session 28 (session 27's third set rotated into tune: 海南质检所 2016, 岳阳楼 2020's mirror): the page's title
// bar with two or three parts after ` -- `, and a betting app's ad written into a sentence; and the correct text that looks
// like each. Field cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: the page’s title bar written with ` -- ` (made up)', () => {
  test('made up: the report’s title, its column and the site’s name parted by ` -- ` above the title are furniture', () => {
    const t = text('山河县水利局2023年度项目支出绩效自评报告 -- 财政资金 -- 山河县水利局', '', TITLE, ...BODY);
    assert.equal(debris(t).length, 1);
    assert.ok(debris(t)[0]?.message.zh.includes('网页标题栏'), debris(t)[0]?.message.zh);
  });

  test('made up: a title with one dash, or a sentence with ` -- ` in it, is left', () => {
    assert.deepEqual(quoted(text(TITLE, '项目分三期实施 -- 一期已完工 -- 二期在建。', ...BODY)), []);
    assert.deepEqual(quoted(text('山河县水利局2023年度项目支出绩效自评报告 -- 终稿', '', ...BODY)), []);
  });
});

describe('pasted-debris: a betting app’s ad written into a sentence (made up)', () => {
  test('made up: 买足球的软件 and 买球app inside a sentence are spam', () => {
    assert.ok(
      debris(text(TITLE, '贯彻执行国家和省、市买足球的软件文化、体育工作的方针政策。', ...BODY))[0]?.message.zh.includes('买足球的软件'),
    );
    assert.ok(debris(text(TITLE, '组织开展买球app全民健身活动12场。', ...BODY))[0]?.message.zh.includes('买球app'));
  });

  test('made up: a sports bureau buying footballs for its schools is left', () => {
    assert.deepEqual(quoted(text(TITLE, '为全县中小学购买足球200个、篮球150个，软件采购费用3万元。', ...BODY)), []);
  });
});
