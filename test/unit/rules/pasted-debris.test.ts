import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText, only } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport, edit } from './_report.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR } from '../../accuracy/score.js';

const RULE = 'pasted-debris';
const CLEAN = cleanReport();

const NAV_TOP =
  '| 湛江市政府门户网站 | 繁体版 | 移动版 | 无障碍阅读 | 长者助手\n湛江市科学技术局\n当前位置  首页 > 部门导航 > 湛江市科学技术局 > 政务公开 > 通知公告\n\n';
const NAV_FOOTER = '\n您访问的链接即将离开“湛江市人民政府门户网站”,是否继续?\n继续访问\n放弃\n';

/** 1-based line of an offset. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Blank-line runs collapsed: deleting whole lines may leave an extra empty line, which is harmless. */
const squeeze = (s: string): string =>
  s
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+/, '')
    .replace(/\n+$/, '\n');

describe('pasted-debris: web page navigation and footers', () => {
  test('navigation at the top (门户网站 | 繁体版 …, 当前位置 首页 > …): one warning, fix deletes the lines', () => {
    const text = NAV_TOP + CLEAN;
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'warning');
    assert.equal(
      spanText(text, f),
      '| 湛江市政府门户网站 | 繁体版 | 移动版 | 无障碍阅读 | 长者助手\n湛江市科学技术局\n当前位置  首页 > 部门导航 > 湛江市科学技术局 > 政务公开 > 通知公告',
    );
    assert.ok(f.message.zh.includes('网页'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    const fixed = applyFix(text, f);
    assert.ok(fixed.endsWith(CLEAN), 'the report itself is untouched');
    assert.equal(squeeze(fixed), CLEAN);
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('时间/来源 line and 【打印】 【字体: under the title', () => {
    const text = edit(
      CLEAN,
      '评价年度：2023 年度',
      '时间:2024-08-15 10:20:30 来源:湛江市科学技术局\n【打印】 【字体:\n\n评价年度：2023 年度',
    );
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '时间:2024-08-15 10:20:30 来源:湛江市科学技术局\n【打印】 【字体:');
    const fixed = applyFix(text, f);
    assert.equal(squeeze(fixed), CLEAN);
  });

  test('furniture lines before the title, every one unmistakable: the fix is safe and removes exactly them', () => {
    const text = '当前位置: 首页 > 公开领域 > 城乡规划\n\n归档时间:2023-06-15\n\n' + CLEAN;
    const f = only(findingsOf(text, RULE));
    assert.equal(f.fix?.safe, true);
    assert.equal(applyFix(text, f), CLEAN);
  });

  test('…but not when something else sits between them (made up: a comment the drafter left)', () => {
    const text = '当前位置: 首页 > 公开领域 > 城乡规划\n\n<!-- 网页信息，待删 -->\n\n归档时间:2023-06-15\n\n' + CLEAN;
    const fs = findingsOf(text, RULE);
    assert.ok(fs.length > 0);
    assert.ok(fs.every((f) => f.fix?.safe === false));
  });

  test('footer: 您访问的链接即将离开… / 继续访问 / 放弃 — one warning for three lines', () => {
    const text = CLEAN + NAV_FOOTER;
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '您访问的链接即将离开“湛江市人民政府门户网站”,是否继续?\n继续访问\n放弃');
    assert.ok(f.message.zh.includes(`第 ${lineOf(text, f.span.start)}—${lineOf(text, f.span.end)} 行`), f.message.zh);
    const fixed = applyFix(text, f);
    assert.ok(fixed.startsWith(CLEAN));
    assert.equal(squeeze(fixed), CLEAN);
  });

  test('the published 2019 report: the page around its title is one block (the title kept by the fix), the leaving prompt another', () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    const fs = findingsOf(text, RULE).filter((f) => f.severity === 'warning');
    assert.equal(fs.length, 2);
    assert.ok(spanText(text, fs[0] as Finding).includes('当前位置') && spanText(text, fs[0] as Finding).includes('【打印】'));
    assert.ok(applyFix(text, fs[0] as Finding).startsWith('湛江市科技局2019年度整体绩效自评报告\n'));
    assert.ok(spanText(text, fs[1] as Finding).startsWith('您访问的链接即将离开'));
  });
});

describe('pasted-debris: sentences cut across paragraphs', () => {
  test('a sentence cut by a PDF line break: information, fix joins the paragraphs', () => {
    const text = edit(CLEAN, '统筹推进全市创新体系建设和科技体制改革。', '统筹推进全\n\n市创新体系建设和科技体制改革。');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '全\n\n市');
    assert.equal(applyFix(text, f), CLEAN);
  });

  test('a page break that repeats a character (习近平 / 平新时代): fix joins and drops the repeat', () => {
    const body = (s: string): string => cleanReport({ bodies: { 'basic-tasks': s } });
    const text = body('深入学思践悟党的二十大精神、习近平\n\n平新时代中国特色社会主义思想，全年开展党组“第一议题”学习 14 次。');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '平\n\n平');
    assert.ok(f.message.zh.includes('“平”'), f.message.zh);
    assert.equal(
      applyFix(text, f),
      body('深入学思践悟党的二十大精神、习近平新时代中国特色社会主义思想，全年开展党组“第一议题”学习 14 次。'),
    );
  });

  test('the 2023 example: the 习近平 / 平新时代 break is among its cut sentences', () => {
    const text = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
    const fs = findingsOf(text, RULE);
    assert.ok(fs.length >= 2);
    assert.ok(fs.every((f) => f.severity === 'information'));
    assert.ok(fs.some((f) => spanText(text, f) === '平\n\n平'));
  });
});

describe('pasted-debris: PDF and spreadsheet debris (made up on the clean report, in the forms issue 14 quotes)', () => {
  const withBody = (body: string): string => cleanReport({ bodies: { 'basic-tasks': body } });

  test('page numbers and a page counter on lines of their own: deleted on request, the text around kept', () => {
    const body = '拟订全市科技发展规划并组织实施。\n\n- 3 -\n\n统筹推进全市创新体系建设。\n\n第 3 页 共 9 页\n\n推动企业科技创新能力建设。';
    const text = withBody(body);
    const fs = findingsOf(text, RULE);
    // “- 3 -” reads as a Markdown list item: its text, and the finding, begin after the bullet
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['3 -', '第 3 页 共 9 页'],
    );
    assert.ok((fs[0] as Finding).message.zh.startsWith('从 PDF 带入的页码和页眉'), (fs[0] as Finding).message.zh);
    assert.equal(
      squeeze(applyFix(applyFix(text, fs[1] as Finding), fs[0] as Finding)),
      squeeze(withBody(body.replace(/\n\n(- 3 -|第 3 页 共 9 页)/g, ''))),
    );
  });

  test('characters spaced out and glued into a sentence (达标绩 效 指 标一级): the fix deletes the spaces', () => {
    const text = withBody('年初设定目标为地方储备粮食规模达标绩 效 指 标一级指标为产出指标。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '绩 效 指 标');
    assert.ok(f.message.zh.includes('“绩效指标”'), f.message.zh);
    assert.ok(applyFix(text, f).includes('达标绩效指标一级'));
  });

  test('a spreadsheet error value, booleans and lost characters: each named, no fix', () => {
    const text = withBody('预算执行率为 #DIV/0!，满意度 False False False，项目由????牵头实施。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['#DIV/0!', 'False False False', '????'],
    );
    assert.ok(fs.every((f) => f.fix === undefined));
    assert.ok((fs[0] as Finding).message.zh.includes('电子表格的错误值'), (fs[0] as Finding).message.zh);
  });

  test('a cited title split by a space (《关于全面实施 预算绩效管理的实施意见》): the fix deletes the space', () => {
    const text = withBody('根据《关于全面实施 预算绩效管理的实施意见》要求，我局组织开展绩效自评。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('“全面实施 预算绩效”'), f.message.zh);
    assert.ok(applyFix(text, f).includes('《关于全面实施预算绩效管理的实施意见》'));
  });
});

describe('pasted-debris: PDF page numbers flattened into a line', () => {
  test('普陀 2022: 总分 -1- 偏差原因分析 … 总分 -2- — one finding, no fix', () => {
    const text = readFileSync(join(CORPUS_DIR, '2022-上海-普陀区体育事业管理中心-自评表.md'), 'utf8');
    const fs = findingsOf(`---\ntemplate: gd-department-overall\n---\n${text}`, RULE).filter((f) =>
      f.message.zh.includes('页码混进了正文'),
    );
    assert.equal(fs.length, 1);
    assert.ok((fs[0] as Finding).message.zh.includes('“-1-”'), (fs[0] as Finding).message.zh);
    assert.equal((fs[0] as Finding).fix, undefined);
  });

  // made up, in the 2023 report wording: a page number on a line of its own is furniture, a range is not a page number
  test('a page number on its own line is reported once, as a page number line', () => {
    const text = cleanReport({ bodies: { 'basic-functions': '湛江市科学技术局设8个内设机构。\n\n- 3 -\n\n2023年完成技术合同登记。' } });
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1);
    assert.ok(!(fs[0] as Finding).message.zh.includes('页码混进了正文'));
  });
});

describe('pasted-debris: silent', () => {
  test('the clean report, both heading styles, and the corrected 2019 example', () => {
    assert.deepEqual(findingsOf(CLEAN, RULE), []);
    assert.deepEqual(findingsOf(cleanReport({ style: 'plain', halfWidth: true, indent: '  ' }), RULE), []);
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
  });

  test('the 评价小组 name list (short lines without full stops)', () => {
    const team =
      '组 长：罗林 党组成员、副局长\n\n副组长：钱成 党组成员、副局长\n\n成 员：黄光耀 办公室主任\n\n闫雯静 机关党委（人事科）负责人';
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'self-eval-team': team } }), RULE), []);
  });

  test('a list of contents, each line numbered (2023 临沧 部门决算): no line is a cut sentence', () => {
    const text = readFileSync(join(CORPUS_DIR, '2023-云南-临沧市政务服务管理局-部门整体.md'), 'utf8');
    const at = text.indexOf('九、国有资本经营预算财政拨款收入支出决算表');
    assert.ok(at > 0);
    assert.deepEqual(
      findingsOf(text, RULE).filter((f) => f.span.start >= at - 200 && f.span.start < at + 200),
      [],
    );
  });

  test('a paragraph ending in ： before a list', () => {
    const body =
      '市科学技术局贯彻落实党中央和省委关于科技创新工作的方针政策和决策部署。主要职责是：\n\n(一)拟订全市实施创新驱动发展战略、促进科技创新强市建设的规划，并组织实施。';
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-tasks': body } }), RULE), []);
  });

  test('a Markdown table of budget figures is not site navigation', () => {
    const table = [
      '| 项目 | 预算数（万元） | 执行数（万元） |',
      '| --- | --- | --- |',
      '| 一般公共预算 | 2932.51 | 2932.51 |',
      '| 政府性基金 | 300.00 | 300.00 |',
    ].join('\n');
    const text = cleanReport({
      bodies: {
        'basic-budget': `${'我局 2023 年收入总预算 3232.51 万元，其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。'}\n\n${table}`,
      },
    });
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('a sentence that names page features and posting times is report wording (made up: a report on a portal)', () => {
    const body =
      '完成门户网站适老化无障碍改造，新增繁体版、移动版、无障碍阅读和长者助手，信息发布时间平均缩短至 1 个工作日，开通咨询热线，网站访问量达 12 万人次。';
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-tasks': body } }), RULE), []);
  });

  test('a posting time next to report text, with nothing unmistakable beside it (made up: a header line)', () => {
    const text = edit(CLEAN, '评价年度：2023 年度', '发布日期：2024-07-29\n\n评价年度：2023 年度');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('spaced labels and headings, joint issuers, a single boolean word (made up, in common forms)', () => {
    const body = [
      '第一章 总 则',
      '第一部分 部 门 概 况',
      '根据《中共中央 国务院关于全面实施预算绩效管理的意见》和《财政部 税务总局关于进一步实施小微企业所得税优惠政策的公告》，开展自评。',
      '系统参数 TRUE 表示启用。',
    ].join('\n\n');
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-tasks': body } }), RULE), []);
  });

  test('severity override', () => {
    const text = NAV_TOP + CLEAN;
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'error' } })).severity, 'error');
  });
});
