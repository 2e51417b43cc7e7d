// pasted-debris, session 11 (issue 14 §7): the furniture the blind set of session 10 showed and the rule missed or
// split — a breadcrumb quoted with its steps, a posting record's 信息提供日期 and a date label alone, a disclosure
// record of five lines, a listing site's facets, its paywall marker 点击登录查看 and **** masks, a sharing site's
// file name with its VIP badge, Word's PAGE field codes, a page number between the halves of a cut sentence, glosses
// above the stretch that confirms them, empty cells inside a block — read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { isFurnitureLine } from '../../../server/src/engine/model/furniture.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const at = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const furniture = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('从网页粘贴带入'));
const TITLE = '某县水利局2023年度项目支出绩效自评报告';
/** A page: `head` lines, the title, `after` lines, then the report's first section. */
const page = (head: string, after = ''): string =>
  `${head}\n\n${TITLE}\n\n${after ? `${after}\n\n` : ''}一、基本情况\n\n全年预算100万元，已全部支出。\n`;

describe('pasted-debris: breadcrumbs and posting records (session 11)', () => {
  test('丽水 2018, 福田 2021: a breadcrumb is quoted with its steps, from the word that opens it', () => {
    const lishui = tuneText('2018-浙江-丽水市文化馆-部门整体');
    assert.ok((furniture(lishui)[0] as Finding).message.zh.includes('“当前位置:首页”'));
    const futian = tuneText('2021-广东-深圳市福田区民政局-转移支付');
    assert.ok((furniture(futian)[0] as Finding).message.zh.includes('“首页 > 区部门网站 > 区民政局 > 通知公告”'));
  });

  test('made up: 您的位置 and 首页>> breadcrumbs; one longer than the quote allows is cut, its first steps shown (session 12)', () => {
    const short = page('您的位置：首页 >> 信息公开 >> 通知公告');
    assert.ok((furniture(short)[0] as Finding).message.zh.includes('“您的位置：首页 >> 信息公开 >> 通知公告”'));
    const long = page(`当前位置：首页 > ${'政务公开 > '.repeat(8)}正文`);
    assert.ok((furniture(long)[0] as Finding).message.zh.includes('“当前位置：首页 > 政务公开 > 政务公开 > 政务公开 > 政务公开 > 政务…”'));
  });

  test('福田 2021: the breadcrumb, the title and 信息提供日期 … 来源 with its time are one block, the title kept', () => {
    const text = tuneText('2021-广东-深圳市福田区民政局-转移支付');
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 5]);
    assert.ok(f.message.zh.includes('信息提供日期'), f.message.zh);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).startsWith('深圳市福田区民政局关于'), 'the title stays');
  });

  test('大足 土门 2021: a date label alone after the title is the block’s, quoted with its date', () => {
    const text = tuneText('2021-重庆-大足区土门中心小学-项目支出');
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 9]);
    assert.ok(f.message.zh.includes('“日期:2022-04-15”'), f.message.zh);
  });

  test('made up: 发布日期 with its date after a breadcrumb is quoted with it; alone beside the report it is left', () => {
    const text = page('当前位置：首页 > 通知公告', '发布日期：2024-03-01');
    assert.ok((furniture(text)[0] as Finding).message.zh.includes('“发布日期：2024-03-01”'));
    assert.deepEqual(furniture(`${TITLE}\n\n发布日期：2024-03-01\n\n评价年度：2023 年度\n\n一、基本情况\n\n正文。\n`), []);
  });

  test('锡林郭勒 2022: a disclosure record of five lines (标题, 索引号, 发文机构 | 信息分类, 概述, 成文日期) is one block', () => {
    const text = tuneText('2022-内蒙古-锡林郭勒盟人社局城乡居民养老保险-转移支付');
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [[1, 5]],
    );
  });

  test('made up: 发文机构 and 信息分类 on one line are a record; 发文机构 in a sentence is a report’s', () => {
    assert.equal(isFurnitureLine('发文机构:某县财政局 | 信息分类:财政预决算'), true);
    assert.equal(isFurnitureLine('本报告的发文机构为县财政局，信息分类按规定填写。'), false);
  });
});

describe('pasted-debris: listing and sharing sites (session 11)', () => {
  test('海南 琼中 2024: the listing’s facets run into its region and date, and its 点击登录查看 / **** masks', () => {
    const text = tuneText('2024-海南-海南中部绿色产业园投资发展有限公司-项目支出');
    const fs = debris(text);
    // the page title above the record, printed again word for word on line 3, goes with it since session 30 (debris/headline.ts)
    assert.ok(fs.some((f) => at(text, f)[0] === 1 && at(text, f)[1] === 2 && f.message.zh.includes('全部类型')));
    for (const line of [8, 10, 11])
      assert.ok(
        fs.some((f) => at(text, f)[0] === line && f.message.zh.startsWith('转载网站用')),
        `${line}`,
      );
  });

  test('made up: 全部地区 before a date is a facet; 全部类型的项目 in a sentence is not furniture', () => {
    assert.equal(isFurnitureLine('全部地区湖南长沙2024年05月10日'), true);
    assert.equal(isFurnitureLine('对全部类型的项目开展了自评，共12个。'), false);
  });

  test('made up: 点击登录查看 where a name was counts the **** of the same text; **** alone is Markdown or a drafter’s', () => {
    const masked = page('', '主管部门:点击登录查看\n\n联系电话:****，开工日期为****。');
    assert.equal(debris(masked).filter((f) => f.message.zh.startsWith('转载网站用')).length, 2);
    assert.deepEqual(
      debris(page('', '联系电话:****。')).filter((f) => f.message.zh.startsWith('转载网站用')),
      [],
    );
  });

  test('丰泽: the file name with its VIP badge opens the block of the site’s terms; the field codes below are their own', () => {
    const text = tuneText('不详-福建-丰泽区教育局足球特色学校-项目支出');
    const [block, codes] = debris(text) as [Finding, Finding];
    assert.deepEqual(at(text, block), [1, 10]);
    // the first line, known by a pattern alone, is quoted first
    // a short line is quoted whole (session 12): the file name with its badge
    assert.match(block.message.zh, /^从网页粘贴带入的文档分享网站的横幅（第 [^）]*行：“财政支出绩效评价报告正文-丰泽区\.DOCVIP”/);
    // the site's file name again (line 11) stands between: the codes of line 13 open the report's text, not the block's
    assert.deepEqual(at(text, codes), [13, 13]);
    assert.ok(codes.message.zh.includes('“PAGE PAGE 3”'), codes.message.zh);
    assert.ok(applyEdits(text, codes.fix?.edits ?? []).includes('\n丰泽区教育局关于建设福建省足球特色学校'));
  });

  test('南宁 2018: Word field codes that open the line after the sharing site’s file name join its block', () => {
    const text = tuneText('2018-广西-南宁市学生资助管理办公室-项目支出');
    const f = debris(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 3]);
    assert.ok(f.message.zh.includes('行开头还有 Word 的域代码和页码“PAGE PAGE 8”'), f.message.zh);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).startsWith('南宁市财政项目支出绩效自评报告'));
  });

  test('made up: a file name with .docx VIP is furniture; one without the badge is left to the title reader', () => {
    assert.equal(isFurnitureLine('2023年度项目支出绩效自评报告.docx VIP'), true);
    assert.equal(isFurnitureLine('2023年度项目支出绩效自评报告.docx'), false);
  });

  test('made up: Word field codes inside the body are a finding of their own; PAGE in a sentence is none', () => {
    const text = page('', '资金到位情况如下。\n\nNUMPAGES 12 PAGE 3 二、资金使用情况');
    const f = debris(text).find((x) => x.message.zh.startsWith('Word 的域代码')) as Finding;
    assert.ok(f.message.zh.includes('“NUMPAGES 12 PAGE 3”'), f.message.zh);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).includes('\n二、资金使用情况'));
    assert.deepEqual(
      debris(page('', '网站的 PAGE 按钮可以翻页，共3页。')).filter((x) => x.message.zh.startsWith('Word 的域代码')),
      [],
    );
  });
});

describe('pasted-debris: page numbers, glosses and cells (session 11)', () => {
  test('福州 2017: the page number between the halves of a cut word is named and deleted with the join', () => {
    const text = tuneText('2017-福建-福州市经信委区域协作经费-专项资金');
    const f = debris(text).find((x) => x.message.zh.includes('页码“1”')) as Finding;
    assert.deepEqual(at(text, f), [13, 17]);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).includes('补助情况:'));
  });

  test('made up: a page number between two table cells, one cell a line, is not a cut sentence', () => {
    const text = page('', '项目名称\n\n3\n\n完成数量');
    assert.deepEqual(
      debris(text).filter((f) => f.message.zh.includes('页码“3”')),
      [],
    );
  });

  test('岳阳县 2020: the glosses of lines 2–3 go with the stretch from line 13 that shows the converter', () => {
    const text = tuneText('2020-湖南-岳阳县农村公路养护中心-项目支出');
    const f = debris(text).find((x) => x.message.zh.includes('拼音')) as Finding;
    assert.equal(at(text, f)[0], 2);
    assert.ok(f.message.zh.includes('“養(yǎng)護”'), f.message.zh);
  });

  test('made up: two glosses alone are a drafter’s notes; below a stretch of the converter’s they are its', () => {
    const notes = page('', '本项目涉及“氹(dàng)仔”“圳(zhèn)口”两地。');
    assert.deepEqual(
      debris(notes).filter((f) => f.message.zh.includes('拼音')),
      [],
    );
    const converted = page('', '項(xiàng)目資(zī)金到(dào)位。\n\n說明一\n\n說明二\n\n說明三\n\n說明四\n\n本項(xiàng)目完成。');
    const fs = debris(converted).filter((f) => f.message.zh.includes('拼音'));
    assert.equal(fs.length, 1);
    assert.ok((fs[0] as Finding).message.zh.includes('4 处'), (fs[0] as Finding).message.zh);
  });

  test('巴彦淖尔 2023: the empty cells of the layout table above 发布时间 / 来源 are the block’s, not a finding of their own', () => {
    const text = tuneText('2023-内蒙古-巴彦淖尔市民政局-转移支付');
    assert.deepEqual(
      debris(text)
        .filter((f) => at(text, f)[0] <= 5)
        .map((f) => at(text, f)),
      [[1, 5]],
    );
  });

  test('丰泽 line 3: a sharing site’s terms are furniture by their own words (surface rules leave them)', () => {
    const text = tuneText('不详-福建-丰泽区教育局足球特色学校-项目支出');
    assert.equal(isFurnitureLine(text.split('\n')[2] as string), true);
    assert.equal(isFurnitureLine('全年预算100万元，已全部支出。。'), false);
  });
});
