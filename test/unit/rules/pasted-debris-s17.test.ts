// pasted-debris, session 17: a PDF's page number glued between two pages' words and a portal's accessibility bar, read
// on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const pages = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('PDF 的页码'));
const TITLE = '某县林业局2023年度项目支出绩效自评报告';
const report = (...lines: string[]): string => [TITLE, '一、基本情况', ...lines].join('\n\n') + '\n';

describe('pasted-debris: a PDF page number glued into a line (session 17)', () => {
  test('文昌林业 2017: -15- between 上报时间:2018年6月30日 and 项目绩效目标表, and after 延期30天以上', () => {
    const text = tuneText('2017-海南-文昌市林业局退耕还林苗圃-项目支出');
    const fs = pages(text);
    assert.equal(fs.length, 2);
    assert.ok(fs.every((f) => f.message.zh.includes('“-15-”')));
    assert.ok(applyEdits(text, (fs[0] as Finding).fix?.edits ?? []).includes('2018年6月30日项目绩效目标表'));
  });

  test('made up: the footer with spaces and a long dash (情况— 3 —二、) is found', () => {
    assert.equal(pages(report('资金已全部拨付到位情况— 3 —二、绩效目标完成情况')).length, 1);
  });

  test('made up: a range, a code and a date beside a dash are the report’s', () => {
    const text = report(
      '延期15-30天的按合同扣款，项目编码S100031-财政林业补助。',
      '实施期2023-2024年，验收时间为2024-03-15。',
      '完成1-3号楼改造，工期为6-8个月。',
    );
    assert.deepEqual(pages(text), []);
  });
});

describe('pasted-debris: a portal’s accessibility bar (session 17)', () => {
  test('广西人社 2022: 适老化专区 无障碍浏览 注册 登录 更换背景 is the page’s, quoted from its first word', () => {
    const text = tuneText('2022-广西-城乡居民基本养老保险补助资金-转移支付');
    const f = debris(text).find((x) => x.span.start === 0) as Finding;
    assert.ok(f.message.zh.includes('“适老化专区”'), f.message.zh);
  });

  test('made up: 适老化改造 in a sentence is the report’s', () => {
    assert.deepEqual(debris(report('完成447户特殊困难老年人家庭适老化改造，开通网站适老模式说明见附件。')), []);
  });
});

describe('pasted-debris: a mirror’s brand written over the unit’s name (session 17)', () => {
  const spam = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句中混入了转载网站'));

  test('海南 学生资助 2016: the brand the record names as publisher, before the title and in a sentence, is named', () => {
    const text = tuneText('2016-海南-学生资助专项项目-项目支出');
    const lines = spam(text).map((f) => text.slice(0, f.span.start).split('\n').length);
    assert.deepEqual(lines, [1, 5]);
    assert.ok(spam(text).every((f) => f.message.zh.includes('pg电子福运象财神')));
  });

  test('made up: a unit’s own name as publisher, before its title, and a record’s admin are the page’s record only', () => {
    const record = (publisher: string): string =>
      [
        `${publisher}2023年度项目支出绩效自评报告`,
        `发布时间:2024-03-01 发布者:${publisher} 浏览次数:12`,
        '一、基本情况',
        `${publisher}对项目开展绩效自评。`,
      ].join('\n\n') + '\n';
    for (const publisher of ['某县PPP项目中心', 'admin', '某县林业局']) assert.deepEqual(spam(record(publisher)), [], publisher);
  });

  test('made up: the brand alone on a line is left to the record’s block', () => {
    const text =
      [
        '发布时间:2024-03-01 发布者:ab娱乐官方平台 浏览次数:12',
        'ab娱乐官方平台',
        TITLE,
        '一、基本情况',
        'ab娱乐官方平台对项目开展自评。',
      ].join('\n\n') + '\n';
    assert.equal(spam(text).length, 1);
  });
});

describe('pasted-debris: an essay compilation’s piece heading glued to the text (session 17)', () => {
  const pieces = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('范文网站汇编中'));

  test('农田 20xx: 农田建设补助资金绩效评价报告1 before 根据农业农村部…, under the page’s (通用7篇): the heading is deleted', () => {
    const text = tuneText('20xx-不详-省级农田建设补助资金通用7篇-转移支付');
    const f = pieces(text)[0] as Finding;
    assert.ok(f.message.zh.includes('“农田建设补助资金绩效评价报告1”'), f.message.zh);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).includes('\n根据农业农村部计划财务司'));
  });

  test('made up: without the compilation on the page, or with a number past its count, the title is the report’s', () => {
    const body = '某县项目绩效自评报告1根据县财政局通知开展自评。';
    assert.deepEqual(pieces(report(body)), []);
    assert.deepEqual(pieces(report('某县项目绩效自评报告(通用3篇)', '某县项目绩效自评报告5根据县财政局通知开展自评。')), []);
    assert.equal(pieces(report('某县项目绩效自评报告(通用3篇)', body)).length, 1);
  });
});

describe('pasted-debris: page debris of session 17’s measured set, by its shape (second round)', () => {
  test('made up: a betting site’s name at the head of a cited title (《www.…bet体育开户…关于…》) is spam, quoted whole', () => {
    const text = report('根据《www.12345-bet_bet体育开户提款2022关于加强预算绩效管理的意见》要求开展自评。');
    const f = debris(text).find((x) => x.message.zh.includes('www.12345-bet_bet体育开户提款2022'));
    assert.ok(f, JSON.stringify(debris(text).map((x) => x.message.zh)));
  });

  test('made up: a citation with Latin letters or a web address that names no betting is the report’s', () => {
    const text = report(
      '根据《IPv6规模部署行动计划关于推进政务网站改造的通知》要求，完成www.example.gov.cn改造。',
      '依据《GB50016建筑设计防火规范》和《省体育局关于印发全民健身实施计划的通知》开展工作。',
    );
    assert.deepEqual(debris(text), []);
  });

  test('made up: a portal’s name with its domain heads a record line: the line is quoted whole', () => {
    const text = ['某县财政局 czj.example.gov.cn 时间:2024年06月23日 00:00 【字体:', '', TITLE, '', '一、基本情况', '', '正文。'].join(
      '\n',
    );
    const f = debris(text)[0] as Finding;
    assert.ok(f.message.zh.includes('“某县财政局 czj.example.gov.cn 时间:2024年06月23日 00:00 【字体:”'), f.message.zh);
  });

  test('made up: a report’s sentence naming a site and its address is left alone', () => {
    assert.deepEqual(debris(report('绩效自评结果已在某县人民政府网站 www.example.gov.cn 公开，接受社会监督。')), []);
  });

  test('made up: 创建时间: with its posting time is the CMS’s record; a report’s 项目创建时间 in a sentence is not', () => {
    const text = ['某县2023年项目绩效自评表公开', '', '创建时间:2024-07-10 16:49', '项目支出绩效自评表', '项目名称: 学生资助'].join('\n');
    assert.ok(debris(text).some((f) => f.message.zh.includes('创建时间:2024-07-10 16:49')));
    assert.deepEqual(debris(report('项目创建时间:2023年3月，当年完成验收。')), []);
  });
});
