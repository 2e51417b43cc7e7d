// pasted-debris, session 16: the page furniture of session 15's measured set, rotated into tune this session (the lines
// above a report's own title — a portal's name and address, its column, an essay site's genre —, a date widget at a
// banner's end, a font-size toolbar, a publication record's 网站编辑 / 阅读 / spaced 索  引  号, a gambling brand and a
// phone-number ad a mirror ran into the text), read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsOf } from '../../helpers.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lines = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const TITLE = '某县林业局2023年度项目支出绩效自评报告';
const BODY = '一、基本情况\n\n本项目年度预算50万元，全部到位。\n';
const report = (...parts: string[]): string => [TITLE, ...parts, BODY].join('\n\n');

describe('pasted-debris: the lines above the report’s own title are the page’s', () => {
  for (const [slug, to, word] of [
    // the portal's name and its address, then the title, then the 索  引  号 record
    ['2023-新疆-阜康市统计局调查队专项经费-自评表', 10, '阜康市人民政府'],
    // the portal's column in two lines twice (政府信息 / 公开指南 / 政府信息 / 公开制度), the title, then 发布时间
    ['2023-陕西-岐山县高龄补贴-项目支出', 9, '政府信息'],
    // a banner ending in its date widget (今天是:) and the bureau's name, above a joint title of two issuers
    ['2019-四川-攀枝花市文广旅局旅游发展基金-转移支付', 7, '攀枝花市人民政府网站'],
  ] as const) {
    test(`${slug}: lines 1–${to} are one block, “${word}” quoted, the title kept`, () => {
      const text = tuneText(slug);
      const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
      assert.ok(f, 'a block from line 1');
      assert.deepEqual(lines(text, f), [1, to]);
      assert.ok(f.message.zh.includes(word), f.message.zh);
      // the title between the stretches stays: no deletion reaches into it
      const title = text.split('\n').find((l, i) => i > 0 && lineAt(text, f.span.start) <= i && /报告|自评表/.test(l)) as string;
      const at = text.indexOf(title);
      assert.ok(
        f.fix?.edits.every((e) => e.end <= at || at + title.length <= e.start),
        title,
      );
    });
  }

  // session 30: the teaser under the record ends in the editor's blurb (下面是小编为大家整理的…), and the title is printed again
  // under it, so the site's head above the blurb is the page's (debris/essay-head.ts): the block runs from 工作总结 to the
  // teaser, the record quoted by its time, and the title printed again on line 9 stays
  test('2020-不详-市总工会冬季困难群众救助金-项目支出: 工作总结, the head’s title, 时间:… 阅读: and the teaser are one block', () => {
    const text = tuneText('2020-不详-市总工会冬季困难群众救助金-项目支出');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    assert.deepEqual(lines(text, f), [1, 7]);
    for (const w of ['“工作总结”', '“时间:2023-05-23 20:09:01”', '“小编”']) assert.ok(f.message.zh.includes(w), f.message.zh);
    const copy = text.indexOf('市总工会冬季困难群众救助金绩效自评报告', text.indexOf('供大家参考'));
    assert.ok(copy > 0 && f.fix?.edits.every((e) => e.end <= copy), 'the title printed again under the teaser stays');
  });

  test('made up: a unit’s name right above a title that does not name its place is still the title’s first half', () => {
    const text = `某县林业局\n2023年度项目支出绩效自评报告\n\n发布时间:2024-03-01 10:00 浏览次数:12\n\n${BODY}`;
    const f = findingsOf(text, RULE)[0] as Finding;
    assert.ok(f, 'the record is found');
    assert.equal(lineAt(text, f.span.start), 4, 'the block starts at the record, not at 某县林业局');
  });
});

describe('pasted-debris: page tools and records in the forms session 15’s set wrote them', () => {
  test('重庆 财政 2019: a font-size toolbar (字号 大号 标准 小号) on a line of its own', () => {
    const text = tuneText('2019-重庆-重庆市财政局住建委保障性安居工程-专项资金');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 6) as Finding;
    assert.ok(f.message.zh.includes('页面工具栏'), f.message.zh);
  });

  test('made up: a heading or a sentence about sizes is the report’s (大中小型水库, 字号 in a sentence)', () => {
    for (const line of ['(一)大中小型水库除险加固', '本报告正文字号为三号，标准格式。', '字号标准化建设']) {
      assert.deepEqual(findingsOf(report(line), RULE), [], line);
    }
  });

  for (const [slug, line, word] of [
    ['2017-云南-云南省旅发委旅游发展专项资金-转移支付', 3, '网站编辑:李齐凡'],
    ['2023-新疆-阜康市统计局调查队专项经费-自评表', 7, '索  引  号'],
  ] as const) {
    test(`${slug}: line ${line}'s record quotes “${word}”`, () => {
      const text = tuneText(slug);
      const f = debris(text).find((x) => lineAt(text, x.span.start) <= line && line <= lineAt(text, x.span.end)) as Finding;
      assert.ok(f.message.zh.includes(word), f.message.zh);
    });
  }
});

describe('pasted-debris: spam a mirror ran into the text', () => {
  test('乐山 2024: 365体育网址,皇冠足球体育 in place of 关于, in the title and in both cited titles of line 11', () => {
    const text = tuneText('2024-四川-乐山民政局福彩公益金-转移支付');
    const spam = debris(text).filter((f) => text.slice(f.span.start, f.span.end) === '365体育网址,皇冠足球体育');
    assert.deepEqual(
      spam.map((f) => lineAt(text, f.span.start)),
      [3, 11, 11],
    );
  });

  test('红河 粮食 2024: an ad with its hotline run into a sentence (白事一条龙服务价格 4008341834) is deleted on request', () => {
    const text = tuneText('2024-云南-红河州粮食和物资储备局-项目支出');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 2) as Finding;
    assert.equal(text.slice(f.span.start, f.span.end), '白事一条龙服务价格 4008341834');
    assert.equal(f.fix?.safe, false);
  });

  test('made up: a stadium, a sports bureau, a price report and a hotline a sentence names are the report’s', () => {
    for (const line of [
      '新建体育场1座，县体育局组织足球比赛12场。',
      '开展殡葬服务价格专项检查，公示服务价格4项。',
      '开通服务热线4008123456，受理群众咨询320次。',
      '联系电话：13912345678。',
    ]) {
      assert.deepEqual(findingsOf(report(line), RULE), [], line);
    }
  });
});

describe('pasted-debris: false alarms of the tuning texts mended (session 16)', () => {
  test('海口档案局 2016 line 54: two cited titles (编印《…画册》30本和《…指南》1000) are no breadcrumb of 》 steps', () => {
    const text = tuneText('2016-海南-海口市档案局档案征集编研-项目支出');
    assert.deepEqual(
      debris(text).filter((f) => lineAt(text, f.span.start) === 54),
      [],
    );
  });

  test('made up: a breadcrumb of 》 steps with no 《 is still one', () => {
    const text = `首页》政务公开》财政信息\n\n${TITLE}\n\n发布时间:2024-03-01 10:00\n\n${BODY}`;
    assert.ok(findingsOf(text, RULE).some((f) => lineAt(text, f.span.start) === 1));
  });

  test('金凤 2017 line 2: the record’s labels spaced by its layout (索 引 号, 文  号) are the block’s, no PDF line breaks', () => {
    const text = tuneText('2017-宁夏-金凤区财政局水利发展资金-专项资金');
    const fs = debris(text).filter((f) => lineAt(text, f.span.start) <= 2);
    assert.deepEqual(
      fs.map((f) => lines(text, f)),
      [[1, 8]],
    );
  });
});
