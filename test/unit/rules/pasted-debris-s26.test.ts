// pasted-debris, session 26 (session 25's sixth set rotated into tune: 山东 扶贫 2016–2018, 周至 2024, 生化楼 2022, 霍山 2022
// and 2024): a portal's app links 返回首页 / 客户端下载, a menu bar opening with 首页, the breadcrumb 您当前的位置, the gambling
// brand 太阳集团 written into a sentence; and the correct text that looks like each. Field cases are in
// pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a portal’s links and menu bar above the title (made up)', () => {
  test('made up: 返回首页 and 客户端下载 on lines of their own above the title are one block', () => {
    const t = text('返回首页', '客户端下载', '', TITLE, ...BODY);
    assert.deepEqual(quoted(t), ['返回首页\n客户端下载']);
  });

  test('made up: a menu bar 首页 新闻中心 信息公开 政务服务 … is furniture', () => {
    const t = text('首页 新闻中心 信息公开 政务服务 政民互动 走进山河 专题专栏', '', TITLE, ...BODY);
    assert.equal(debris(t).length, 1);
    assert.ok(debris(t)[0]?.message.zh.includes('首页 新闻中心 信息公开'), debris(t)[0]?.message.zh);
  });

  test('made up: a sentence that says the report was put on the site’s 首页 is left', () => {
    assert.deepEqual(quoted(text(TITLE, '本报告已在县政府网站首页 信息公开 栏目公开。', ...BODY)), []);
    assert.deepEqual(quoted(text(TITLE, '首页', ...BODY)), []);
  });

  test('made up: the breadcrumb 您当前的位置:首页 > … is quoted with its steps', () => {
    const t = text('您当前的位置:首页 > 信息公开 > 山河县水利局 > 财政资金', '', TITLE, ...BODY);
    assert.equal(debris(t).length, 1);
    assert.ok(debris(t)[0]?.message.zh.includes('“您当前的位置:首页 > 信息公开'), debris(t)[0]?.message.zh);
  });
});

describe('pasted-debris: a gambling brand written into the report (made up)', () => {
  test('made up: 太阳集团…官方入口 inside a sentence is spam, quoted whole, with no fix', () => {
    const t = text(TITLE, '2023年启动了太阳集团成网官方入口水库除险加固项目。', ...BODY);
    const fs = debris(t);
    assert.equal(fs.length, 1);
    assert.ok(fs[0]?.message.zh.includes('“太阳集团成网官方入口”'), fs[0]?.message.zh);
    // spam may stand where the report's words were (a place name, 关于): the drafter restores them from the original
    assert.equal(fs[0]?.fix, undefined);
  });

  test('made up: 太阳能 and a 集团 named in a sentence are left', () => {
    assert.deepEqual(quoted(text(TITLE, '2023年建成太阳能路灯120盏，由县城投集团组织实施。', ...BODY)), []);
  });
});
