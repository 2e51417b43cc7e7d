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

describe('pasted-debris: a cover’s fields with a colon, one a line, are no PDF paragraph wrapped', () => {
  test('威海 2020 (tuning text): 项目名称:… / 主管部门:… / 项目单位:… / 评价实施方(评价机构):… is a cover, not cut lines', () => {
    const t = tuneText('2020-山东-威海市环翠区综合行政执法局城市精细化管理奖补-项目支出');
    assert.deepEqual(
      findingsAsReport(t, 'pasted-debris').filter((f) => f.message.zh.includes('保留了 PDF 的换行')),
      [],
    );
  });

  test('made up: the same lines cut mid-word with no label before a colon are a PDF’s wrapped paragraph', () => {
    const wrapped = [
      '本项目资金主要用于城市精细化管理考核奖励，按照考核结果对各',
      '镇街和区直部门进行奖补，奖励资金总额为五百万元，其中镇街组',
      '四百二十五万元，区直部门组七十五万元，资金已全部拨付到位并',
      '按规定用途使用，未发现截留挪用等问题，资金使用效益较好。',
    ];
    const f = debris(text(TITLE, '一、部门基本情况', ...wrapped, ...BODY.slice(2)));
    assert.ok(
      f.some((x) => x.message.zh.includes('保留了 PDF 的换行')),
      f.map((x) => x.message.zh).join('\n'),
    );
    const cover = [
      '项目名称:城市精细化管理以奖代补奖金',
      '主管部门:山河县综合行政执法局',
      '项目单位:山河县综合行政执法局',
      '评价实施方(评价机构):山河县综合行政执法局',
    ];
    assert.deepEqual(quoted(text(TITLE, ...cover, '2020年12月', ...BODY)), []);
  });
});
