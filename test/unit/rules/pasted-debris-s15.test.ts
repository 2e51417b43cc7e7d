// pasted-debris, session 15: the page furniture of session 14's second measured set, rotated into tune this session (an
// image's file name where the picture stood, a mirror's adult banner, a sharing site's uploader record and its chunk
// counters from 2、, a comment box's counter, a 显示全文 button, a PDF's running head with its page number, a Q&A site's
// question above the report), read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { findingsOf } from '../../helpers.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lines = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const on = (text: string, fs: Finding[], line: number): Finding[] =>
  fs.filter((f) => lineAt(text, f.span.start) <= line && line <= lineAt(text, f.span.end));
const TITLE = '某县林业局2023年度项目支出绩效自评报告';
const BODY = '一、基本情况\n\n本项目年度预算50万元，全部到位。\n';
const report = (...parts: string[]): string => [TITLE, ...parts, BODY].join('\n\n');

describe('pasted-debris: an image’s file name left where the picture stood', () => {
  test('海南高院 2020: `image.png` on lines 18, 44 and 69 (and 71, the same block), each named so', () => {
    const text = tuneText('2020-海南-海南省高级人民法院综合事务-项目支出');
    const fs = debris(text);
    for (const line of [18, 44, 69, 71]) {
      const f = on(text, fs, line)[0];
      assert.ok(f, `line ${line}`);
      assert.ok(f.message.zh.includes('图片位置留下的文件名') && f.message.zh.includes('image.png'), f.message.zh);
    }
  });

  test('made up: a picture’s name alone on a line is debris; a name in a sentence or an attachment’s label is the report’s', () => {
    for (const name of ['image.png', 'd0a09ac3792d44e3af21896555916b3a.jpg', '现场照片1.JPEG']) {
      const text = report(`全年完成造林1200亩。\n\n${name}\n\n项目已验收。`);
      const fs = debris(text);
      assert.equal(fs.length, 1, name);
      assert.equal(text.slice((fs[0] as Finding).span.start, (fs[0] as Finding).span.end).trim(), name);
    }
    for (const line of ['附件：现场照片.jpg', '现场照片见图1.png。', '验收照片（见附件2.jpg）']) {
      assert.deepEqual(findingsOf(report(line), RULE), [], line);
    }
  });
});

describe('pasted-debris: the furniture above the report on mirrors, sharing and Q&A sites', () => {
  test('四好农村路 2021: the adult banner of line 1 and the essay site’s wrapper under it are one block, as annotated', () => {
    const text = tuneText('2021-安徽-某市交通运输局四好农村路-项目支出');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    assert.deepEqual(lines(text, f), [1, 11]);
    assert.ok(f.message.zh.includes('转载网站植入的广告') && f.message.zh.includes('“邪恶态图gif第210期”'), f.message.zh);
  });

  test('made up: the banner’s phrases (美腿丝袜, 激情图片 …) strike a line of them; 美丽乡村 and 蕾丝花边 in a sentence stay', () => {
    const text = report('美女激情图片,蕾丝美女,综合自拍亚洲综合图区美腿丝袜');
    assert.equal(findingsOf(text, RULE).length, 1);
    assert.deepEqual(findingsOf(report('全年建成美丽乡村示范点3个，扶持蕾丝花边加工企业2家。'), RULE), []);
  });

  test('两馆一站: the sharing site’s uploader record (认证主体, IP属地, 统一社会信用代码/组织机构代码) is one block', () => {
    const text = tuneText('20xx-不详-某区文化局两馆一站免费开放-专项资金');
    const f = on(text, debris(text), 3)[0] as Finding;
    // the code's value on line 9 (91640100MA774ECW4K) after the block's last label is not joined to it yet
    assert.deepEqual(lines(text, f), [3, 7]);
    assert.ok(f.message.zh.includes('文档分享网站的横幅') && f.message.zh.includes('认证主体'), f.message.zh);
  });

  test('made up: 统一社会信用代码 in a report’s own header block is the report’s', () => {
    assert.deepEqual(findingsOf(report('单位名称：某县林业局\n\n统一社会信用代码：11430000MB1234567X'), RULE), []);
  });

  test('两馆一站: the site’s chunk counters from 2、 (its first chunk dropped) are one finding, each counter deleted', () => {
    const text = tuneText('20xx-不详-某区文化局两馆一站免费开放-专项资金');
    const fs = debris(text).filter((f) => f.message.zh.includes('段号'));
    assert.equal(fs.length, 1);
    const f = fs[0] as Finding;
    assert.deepEqual(
      (f.related ?? []).map((r) => text.slice(r.span.start, r.span.end)),
      ['2、', '3、', '4、'],
    );
    // the cut quoted is the first one a counter made between two chunks (3、 inside 本级配套07万元), with the counter
    assert.ok(f.message.zh.includes('“2、”') && f.message.zh.includes('“,本级配”/“3、套07万”'), f.message.zh);
    const fixed = applyEdits(text, f.fix?.edits ?? []);
    assert.ok(fixed.includes('\n放专项资金管理暂行方法'), 'the first counter deleted alone');
    assert.ok(fixed.includes('本级配套07万元'), 'the next counter joins the cut words');
  });

  test('made up: a drafter’s 2、 3、 4、 items, or two chunks from 2、, are no chunk counters', () => {
    const item = (n: number, end: string): string => `${n}、${'加强项目资金管理，规范资金使用流程，确保资金安全有效'.repeat(11)}${end}`;
    const items = report([item(2, '。'), item(3, '。'), item(4, '。')].join('\n\n'));
    assert.deepEqual(
      findingsOf(items, RULE).filter((f) => f.message.zh.includes('段号')),
      [],
    );
    const two = report([item(2, '加'), item(3, '强')].join('\n\n'));
    assert.deepEqual(
      findingsOf(two, RULE).filter((f) => f.message.zh.includes('段号')),
      [],
    );
    const three = report([item(2, '加'), item(3, '强'), item(4, '。')].join('\n\n'));
    assert.equal(findingsOf(three, RULE).filter((f) => f.message.zh.includes('段号')).length, 1);
  });

  test('保亭 20xx: `0/200` on the first line is the page’s counter', () => {
    const text = tuneText('20xx-海南-保亭县热带果蔬科创基地建设-项目支出');
    const f = on(text, debris(text), 1)[0] as Finding;
    assert.ok(f.message.zh.includes('“0/200”') && f.message.zh.includes('计数'), f.message.zh);
  });

  test('made up: a counter alone on the first line is the page’s; further on, or above its own number, it is none', () => {
    assert.equal(findingsOf(`1/5\n\n${report()}`, RULE).length, 1);
    assert.deepEqual(findingsOf(`6/5\n\n${report()}`, RULE), []);
    assert.deepEqual(findingsOf(report('完成率\n\n3/4'), RULE), []);
  });

  test('华容 20xx: an essay site’s 显示全文 button after the text', () => {
    const text = tuneText('20xx-湖南-华容县图书馆总分馆建设-项目支出');
    const f = on(text, debris(text), 31)[0] as Finding;
    assert.ok(f.message.zh.includes('显示全文'), f.message.zh);
  });

  test('漳平 2017: a Q&A site’s question above the report (…承包方案,要详细点的)', () => {
    const text = tuneText('2017-福建-漳平市城市执法局道路清扫保洁-项目支出');
    const f = on(text, debris(text), 1)[0] as Finding;
    assert.ok(f.message.zh.includes('问答网站的提问'), f.message.zh);
  });

  test('made up: a question asking for a text (跪求…, …求大神) is the site’s; 紧急求助 and 在线等待 in a report are not', () => {
    assert.equal(findingsOf(`跪求一份项目支出绩效自评报告范文\n\n${report()}`, RULE).length, 1);
    assert.deepEqual(findingsOf(report('开通紧急求助热线，群众在线等待时间缩短至3分钟。'), RULE), []);
  });
});

describe('pasted-debris: a PDF’s running head with its page number', () => {
  test('东川 2020: `…部门整体支出绩效评价报告 5` between the cover and the 摘要', () => {
    const text = tuneText('2020-云南-东川区城市管理局-部门整体');
    const f = on(text, debris(text), 8)[0] as Finding;
    assert.ok(f.message.zh.includes('页码和页眉') && f.message.zh.includes('“绩效评价报告 5”'), f.message.zh);
    assert.deepEqual(lines(text, f), [8, 8]);
  });

  test('made up: a running head is debris; the title alone, a sentence or a table cell with a count is the report’s', () => {
    assert.equal(findingsOf(report('某县林业局2023年度项目支出绩效自评报告 3'), RULE).length, 1);
    for (const line of ['按时报送绩效自评报告 1份。', '| 提交绩效自评报告 | 1 |', '绩效自评报告']) {
      assert.deepEqual(findingsOf(report(line), RULE), [], line);
    }
  });
});
