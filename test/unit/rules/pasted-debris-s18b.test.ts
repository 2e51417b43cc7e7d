// pasted-debris, session 18's second round: four classes of debris the set rotated into tune showed unfound (裕安 2018,
// 洞井 2021, 双高 2021, 某镇 2022, 围场 20xx), read by their shape, and the correct text that looks like each left alone.
// Field cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a "scan to read/share" line in any wording (made up)', () => {
  for (const line of ['微信扫一扫在手机阅读、分享本文', '扫码在手机上阅读', '用手机扫描二维码查看本页', '扫一扫分享本页']) {
    test(`made up: ${line} after the report is the page's`, () => {
      assert.deepEqual(quoted(text(TITLE, ...BODY, line)), [line]);
    });
  }
  test('made up: a report that tells people to scan a code, in a sentence or a numbered item, is left', () => {
    const t = text(TITLE, ...BODY, '群众可通过微信扫码查看政策解读，提高了知晓率。', '3.推行扫码阅读服务');
    assert.deepEqual(debris(t), []);
  });
});

describe('pasted-debris: a site address in brackets glued after the text (made up)', () => {
  test('made up: (https://www.example.com) ending a heading is the site’s stamp, the fix deletes only it', () => {
    const t = text(TITLE, '(一)项目资金到位情况', '1.项目经费足额到位(https://www.example.com)', ...BODY);
    assert.deepEqual(quoted(t), ['(https://www.example.com)']);
  });
  test('made up: a report citing a site it names (门户网站(www.shanhe.gov.cn), 平台(…)) is left', () => {
    const t = text(
      TITLE,
      ...BODY,
      '自评结果已在县政府门户网站(www.shanhe.gov.cn)公开。',
      '相关信息均在预算公开平台(http://yusuan.shanhe.gov.cn)',
      '详见县财政局网站(www.shanhe.gov.cn/czj/index.html)',
    );
    assert.deepEqual(debris(t), []);
  });
});

describe('pasted-debris: a sharing site’s lone 1、 before the text (made up)', () => {
  const banner = '《山河县水利局2023年度部门整体支出绩效自评报告.docx》由会员分享,可在线阅读,更多相关内容请在某某文库上搜索。';
  test('made up: 1、 glued before the title right below the banner is the site’s counter', () => {
    const t = text('资源描述', '', banner, '', `1、${TITLE}${BODY.join('')}`);
    const f = debris(t).find((x) => x.message.zh.startsWith('文档分享网站在正文前加的段号')) as Finding;
    assert.equal(t.slice(f.span.start, f.span.end), '1、');
  });
  test('made up: a report’s own 1、 item with no sharing site’s banner above is left', () => {
    const t = text(TITLE, '一、部门基本情况', `1、${'我局主要负责全县水利工程建设与管理等工作，'.repeat(3)}`);
    assert.deepEqual(debris(t), []);
  });
});

describe('pasted-debris: an essay compilation’s head above its blurb (made up)', () => {
  const blurb = '某某网整理的部门整体支出绩效自评报告(精选8篇),希望能帮助到大家,请阅读参考。';
  test('made up: the title, the site’s name and a date above the blurb are the site’s, one block with it', () => {
    const t = text('部门整体支出绩效自评报告', '', '某某网', '', '2025-01-02报告', '', blurb, '', '部门整体支出绩效自评报告 篇1', ...BODY);
    const f = debris(t)[0] as Finding;
    assert.equal(f.span.start, 0);
    assert.ok(f.message.zh.includes('某某网') && f.message.zh.includes('2025-01-02报告'), f.message.zh);
  });
  test('made up: a title alone right above the blurb is the report’s title as the page shows it: left', () => {
    const t = text('部门整体支出绩效自评报告', '', blurb, '', '部门整体支出绩效自评报告 篇1', ...BODY);
    const f = debris(t)[0] as Finding;
    assert.ok(t.slice(0, f.span.start).split('\n').length >= 3, t.slice(f.span.start, f.span.end));
  });
});
