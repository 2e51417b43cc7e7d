// pasted-debris, session 29 (session 28's set 14 rotated into tune: 随州司法局 2017, 巴彦 20xx's mirror, 保山社科联 2020):
// a portal's accessibility toolbar written one word a line, an essay site's title ending (优质21篇), the banner phrase
// 在线播放无码, and a record line opening with its posting time named by its source too; and the correct text that looks
// like each. Field cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';
import { findingsAsReport, tuneText } from './_tune.js';

describe('pasted-debris: a portal’s accessibility toolbar, one word a line', () => {
  test('随州司法局 2017 (tuning text): the toolbar on lines 1–32 and the record under the page title are one finding', () => {
    const t = tuneText('2017-湖北-随州市司法局专项事业费-项目支出');
    const fs = findingsAsReport(t, 'pasted-debris');
    const first = fs[0];
    assert.ok(first && t.slice(0, first.span.start).split('\n').length === 1, first?.message.zh);
    for (const w of ['“拼音”', '“辅助浏览”', '“• 发布日期:2019-04-15”']) assert.ok(first.message.zh.includes(w), first.message.zh);
  });

  test('made up: the toolbar’s words, each on a line of its own above the title, are furniture', () => {
    const t = text('拼音', '辅助浏览', '轻松阅读', '放大', '缩小', '白底黑字蓝链接', '指读', '换肤', TITLE, ...BODY);
    const fs = debris(t);
    assert.equal(fs.length, 1);
    assert.ok(fs[0]?.message.zh.includes('页面工具栏'), fs[0]?.message.zh);
  });

  test('made up: the same words in the report’s sentences are left', () => {
    const t = text(
      TITLE,
      '一、部门基本情况',
      '开通网站辅助浏览、轻松阅读和放大缩小功能，方便老年人办事。',
      '二、自评结论',
      '声音、视图等设备运行正常。',
    );
    assert.deepEqual(quoted(t), []);
  });
});

describe('pasted-debris: an essay site’s title ending and a mirror’s banner phrase (made up)', () => {
  test('made up: 自评报告(优质21篇) above the text is the site’s', () => {
    const fs = debris(text('2023年项目绩效自评报告(优质21篇)', '', TITLE, ...BODY));
    assert.ok(fs[0]?.message.zh.includes('(优质21篇)'), fs[0]?.message.zh);
  });

  test('made up: the banner’s phrase …在线播放无码 is quoted with the banner (the line is short: whole)', () => {
    const fs = debris(text('亚洲成在人线在线播放无码_久久超碰色中文字幕', TITLE, ...BODY));
    assert.ok(fs[0]?.message.zh.includes('“亚洲成在人线在线播放无码'), fs[0]?.message.zh);
  });

  test('made up: a report’s 优质 service and its video platform are left', () => {
    assert.deepEqual(quoted(text(TITLE, '一、部门基本情况', '全年提供优质服务21次，培训视频在线播放1200余次。', ...BODY.slice(2))), []);
  });
});

describe('pasted-debris: a record line opening with its posting time is named by its source too (made up)', () => {
  test('made up: the toolbar above the title and the record below it: the message quotes the record’s source', () => {
    const t = text(
      '配色',
      '辅助线',
      '当前位置:首页 > 政府信息公开',
      '',
      TITLE,
      '',
      '2024-03-05 10:21     来源:县水利局     作者:',
      '【字体: 打印',
      ...BODY,
    );
    const f = debris(t)[0];
    assert.ok(f?.message.zh.includes('“来源:县水利局”'), f?.message.zh);
  });
});
