// pasted-debris, session 14: the furniture of the texts rotated into tune this session (a site header of entrance links,
// a hacked mirror's breadcrumb under a gambling site's name, a publication record in pinyin), read on the tuning texts;
// made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { findingsOf } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lines = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const TITLE = '某县林业局2023年度项目支出绩效自评报告';
const BODY = '一、基本情况\n\n本项目年度预算50万元，全部到位。\n';

describe('pasted-debris: site furniture of the texts rotated into tune in session 14', () => {
  test('湖南检察院 2017: 今天是: 网站管理入口 人大政协监督平台管理入口 is the site’s header', () => {
    const text = tuneText('2017-湖南-湖南省人民检察院-部门整体');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    assert.ok(f.message.zh.includes('网站管理入口'), f.message.zh);
  });

  test('沅陵 2021: the mirror’s site name, its breadcrumb and its pinyin record (fabuleshiguang:) are one block; the title stays', () => {
    const text = tuneText('2021-湖南-沅陵县林业局-专项资金');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    assert.deepEqual(lines(text, f), [1, 7]);
    assert.ok(f.message.zh.includes('jbo竞博官网') && f.message.zh.includes('fabuleshiguang'), f.message.zh);
    assert.ok(f.fix && applyEdits(text, f.fix.edits).includes('沅陵县林业局2021年度专项支出绩效自评报告'));
  });

  test('made up: a breadcrumb of plain steps, a header of entrance links, a pinyin date label: furniture above the title', () => {
    for (const [line, quoted] of [
      ['某某网 > 信息公开 > 财政信息 > 绩效评价', '某某网 > 信息公开 > 财政信息 > 绩效评价'],
      ['今天是：2024年5月6日 星期一', '今天是'],
      ['用户登录入口 | 网站管理入口', '管理入口'],
      ['fabushijian:2023-06-26 09:34', 'fabushijian:2023-06-26'],
    ] as const) {
      const text = `${line}\n\n${TITLE}\n\n${BODY}`;
      const fs = findingsOf(text, RULE);
      assert.equal(fs.length, 1, line);
      assert.ok((fs[0] as Finding).message.zh.includes(quoted), (fs[0] as Finding).message.zh);
    }
  });

  test('made up: comparisons with >, a sentence that says 今天是, a date in a sentence after Latin letters: report text', () => {
    for (const body of [
      '优先顺序为：质量 > 进度 > 成本 > 其他。',
      '今天是全县植树节，各单位参加义务植树。',
      '项目于2023年6月完成验收，版本号为 Version:2023-06-26 的系统已上线，运行正常。',
    ])
      assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-functions': body } }), RULE), [], body);
  });
});

describe('pasted-debris: a numbered title that lists its topics with 、 is no cut sentence (session 14)', () => {
  const cut = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.startsWith('句子被换行截断'));

  test('沅陵 2021 line 25: 3、项目基本性质、用途和主要内容、涉及范围 after 1、 and 2、 titles, then its paragraph', () => {
    assert.deepEqual(cut(debris(tuneText('2021-湖南-沅陵县林业局-专项资金'))), []);
  });

  test('made up: the third title of a run of titles is one; a first item cut mid-word, or after a sentence, is still said', () => {
    const titles =
      '1、项目单位基本情况\n\n本局为正科级行政单位，内设机构五个，编制三十名。\n\n2、项目的实施依据\n\n依据省财政厅下达资金文件实施。\n\n' +
      '3、项目基本性质、用途和主要内容、涉及范围\n\n森林生态效益项目属林业改革发展资金，用于全县公益林管护。';
    assert.deepEqual(cut(findingsOf(cleanReport({ bodies: { 'basic-functions': titles } }), RULE)), []);
    const first = '(一)拟订全市实施创新驱动发展战略、促进科技创新强\n\n市建设的规划，并组织实施。';
    assert.equal(cut(findingsOf(cleanReport({ bodies: { 'basic-functions': first } }), RULE)).length, 1);
    const afterSentence =
      '1、项目单位基本情况，本局为正科级行政单位，内设机构五个。\n\n正文一段。\n\n' +
      '2、项目基本性质、用途和主要内容、涉及范围及其他各项具体\n\n内容如下，全部用于公益林管护。';
    assert.equal(cut(findingsOf(cleanReport({ bodies: { 'basic-functions': afterSentence } }), RULE)).length, 1);
  });
});

describe('pasted-debris: a block is quoted by the start of each of its stretches (session 14)', () => {
  test('湖南检察院 2017, 忠县 2024, 赫山 2019: 日期: 2018-06-25 below the title, 字号: below the page title, 信息来源 first', () => {
    for (const [slug, line, word] of [
      ['2017-湖南-湖南省人民检察院-部门整体', 3, '“日期: 2018-06-25”'],
      ['2024-重庆-忠县民政局-转移支付', 1, '“字号:”'],
      ['2019-湖南-赫山区城管执法局-部门整体', 5, '“信息来源'],
    ] as const) {
      const text = tuneText(slug);
      const f = debris(text).find((x) => lineAt(text, x.span.start) === line) as Finding;
      assert.ok(f.message.zh.includes(word), `${slug}: ${f.message.zh}`);
    }
  });

  test('made up: a breadcrumb above the title and a record below it are one finding naming both ends', () => {
    const text = `当前位置：首页 > 政务公开 > 财政信息\n\n${TITLE}\n\n日期: 2024-03-05 来源: 某县林业局 作者:\n\n${BODY}`;
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1);
    assert.ok((fs[0] as Finding).message.zh.includes('“日期: 2024-03-05”'), (fs[0] as Finding).message.zh);
  });
});

describe('pasted-debris: a line of nothing but a lost character (session 14)', () => {
  test('忠县 2024 line 35: a lone ? between the title and 一、', () => {
    const text = tuneText('2024-重庆-忠县民政局-转移支付');
    assert.ok(debris(text).some((f) => lineAt(text, f.span.start) === 35 && f.message.zh.includes('“?”')));
  });

  test('made up: ？ or � alone on a line is debris; a question in a sentence, a ? in a table cell are not', () => {
    for (const mark of ['？', '�', ' ?? ']) {
      const fs = findingsOf(cleanReport({ bodies: { 'basic-functions': `本局为正科级行政单位。\n\n${mark}\n\n内设机构五个。` } }), RULE);
      assert.equal(fs.length, 1, JSON.stringify(mark));
    }
    for (const body of ['资金是否按时到位?是。', '| 指标 | ? |\n| --- | --- |\n| 数量 | 5 |'])
      assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-functions': body } }), RULE), [], body);
  });
});
