// pasted-debris, session 10 (issue 14): the furniture blocks the blind set of session 9 showed starting a line
// late or missed, gambling spam written where a place name stood, a sharing site's file name and footer, and a
// header flattened into one line (its fields parted by spaces), read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsOf } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const at = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const furniture = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('从网页粘贴带入'));
const spam = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句中混入'));
const flattened = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('PDF 的换行'));
/** A clean report with `line` as the first paragraph of its 基本情况. */
const inReport = (line: string): string => cleanReport({ bodies: { 'basic-functions': line } });

describe('pasted-debris: a block starts on its first furniture line (session 10)', () => {
  test('西藏残联 2020: the record’s title field 标      题 … opens the block of 索引号 / 发布机构 / 背景色', () => {
    const text = tuneText('2020-西藏-西藏自治区残疾人联合会-部门整体');
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [[1, 7]],
    );
  });

  test('made up: 标题: with its value before a 发布时间 line is the record; a 标题 inside a sentence is not', () => {
    const text =
      '标题: 某县水利局2023年度项目支出绩效自评报告\n发布时间: 2024-03-01 10:00 浏览次数: 12\n\n某县水利局2023年度项目支出绩效自评报告\n\n一、基本情况\n\n正文。\n';
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [[1, 2]],
    );
    assert.deepEqual(furniture(inReport('报告的标题、文号均按要求填写。')), []);
  });

  test('湘阴残联: a mirror’s porn banner on line 1 opens the essay site’s block; nothing in it is a repeated word', () => {
    const text = tuneText('不详-湖南-湘阴县残疾人联合会-项目支出');
    const f = furniture(text)[0] as Finding;
    assert.equal(at(text, f)[0], 1);
    assert.deepEqual(findingsAsReport(text, 'repeated-word'), []);
  });

  test('made up: a porn banner of comma-parted phrases is an ad; a 水蜜桃 in a sentence and 久久 once are a report’s', () => {
    const banner = '最近中文字幕在线,国产精品无码久久,一区二区三区免费\n\n某县2023年度项目支出绩效自评报告\n\n一、基本情况\n';
    assert.equal(at(banner, furniture(banner)[0] as Finding)[0], 1);
    assert.deepEqual(findingsOf(banner, 'repeated-word'), []);
    assert.deepEqual(furniture(inReport('发展精品水蜜桃产业，带动农户增收，效果长长久久。')), []);
  });

  test('南宁 2018: a sharing site’s file name with a section number, and its footer 文档评论(0) / 1亿VIP精品文档 / 相关文档', () => {
    const text = tuneText('2018-广西-南宁市学生资助管理办公室-项目支出');
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [
        // session 11: to line 3, whose Word field codes (PAGE PAGE 8) before the title are the block's
        [1, 3],
        [5, 9],
      ],
    );
  });
});

describe('pasted-debris: an essay site’s headline and a spammed title inside a block (session 10)', () => {
  test('眉山残联: the headline the wrapper repeats with its count (…报告(精选6篇)) opens the essay site’s block', () => {
    const text = tuneText('20xx-四川-眉山市残疾人联合会-转移支付');
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [[1, 12]],
    );
  });

  test('made up: the same with a single essay’s title (小编为大家整理的…): the title is kept out of the block', () => {
    const single =
      '某县残联项目绩效自评报告\n\n时间:2022-12-21 20:39:46 我要投稿\n\n下面是小编为大家整理的某县残联项目绩效自评报告，供大家参考。\n\n一、基本情况\n\n正文。\n';
    assert.equal(at(single, furniture(single)[0] as Finding)[0], 3);
    const collected =
      '某县残联项目绩效自评报告\n\n时间:2022-12-21 20:39:46 我要投稿\n\n某县残联项目绩效自评报告(精选3篇)\n\n一、基本情况\n\n正文。\n';
    assert.equal(at(collected, furniture(collected)[0] as Finding)[0], 1);
  });

  test('雅安 2022: 政府信息公开 / a title whose county is a gambling brand / 发布单位… 浏览次数: one block that names the spam', () => {
    const text = tuneText('2022-四川-雅安市县级林业局林业改革发展资金-转移支付');
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 5]);
    assert.ok(/第 \d+ 行混入了转载网站植入的广告文字“澳门金沙城中心/.test(f.message.zh), f.message.zh);
    assert.equal(f.related?.length, 1);
    assert.ok(!spam(text).some((x) => lineAt(text, x.span.start) === 3), 'no second finding on the title');
  });
});

describe('pasted-debris: a members-only record after the site’s notice (session 10)', () => {
  test('茂名 2023: 相關單位: and its masked value ***********公司企業信息 after 下文中****為隱藏內容 close the block', () => {
    const text = tuneText('2023-广东-茂名市交通运输局-专项资金');
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [[3, 17]],
    );
    const masks = debris(text).filter((f) => f.message.zh.startsWith('转载网站用'));
    assert.deepEqual(
      masks.map((f) => lineAt(text, f.span.start)),
      [39],
      'the masked city name in the report’s own sentence is still found',
    );
  });

  test('made up: without the site’s notice, a label after the record is the report’s own and stays out', () => {
    const text = '某县2023年度项目支出绩效自评报告\n发布时间: 2024-07-10 10:00 浏览次数: 3\n相关单位:\n\n一、基本情况\n\n正文。\n';
    assert.deepEqual(
      furniture(text).map((f) => at(text, f)),
      [[2, 2]],
    );
    const hidden = text.replace('浏览次数: 3', '下文中****为隐藏内容,仅对会员开放');
    assert.deepEqual(
      furniture(hidden).map((f) => at(hidden, f)),
      [[2, 3]],
    );
  });
});

describe('pasted-debris: gambling spam where a place name stood (session 10)', () => {
  test('雅安 2022: 澳门金沙城中心_欧洲杯足球网-【投注官网平台】 in the title and the sentences, each time, bracket and all', () => {
    const text = tuneText('2022-四川-雅安市县级林业局林业改革发展资金-转移支付');
    const found = spam(text);
    assert.ok(found.some((f) => lineAt(text, f.span.start) === 17));
    for (const f of found) assert.equal(text.slice(f.span.start, f.span.end), '澳门金沙城中心_欧洲杯足球网-【投注官网平台】');
    assert.deepEqual([...new Set(found.map((f) => lineAt(text, f.span.start)))], [9, 17]);
  });

  test('made up: two words no report writes, a few characters apart, in another brand', () => {
    const text = inReport('2023年下达新葡京娱乐城_百家乐投注平台林业局补助资金100万元。');
    assert.equal(spam(text).length, 1);
  });

  test('made up: a report’s 体育彩票投注站, 金沙江, 世界杯足球赛 and 彩票公益金 are no spam', () => {
    for (const line of [
      '全县新建体育彩票投注站3个，彩票公益金支出20万元。',
      '金沙江沿岸澳门路段的绿化工程完成。',
      '组织观看世界杯足球赛，丰富职工体育生活。',
    ]) {
      assert.deepEqual(spam(inReport(line)), [], line);
    }
  });
});

describe('pasted-debris: a header flattened into one line (session 10)', () => {
  test('南宁 2018: spaces before the fields’ labels (…补助项目 项目单位: … 主管部门:) part fields, not words', () => {
    const text = tuneText('2018-广西-南宁市学生资助管理办公室-项目支出');
    assert.deepEqual(flattened(text), []);
  });

  test('made up: the spaces inside words of a flattened paragraph are still found beside a field label', () => {
    const text = inReport(
      '本年度我单位及时布置自 评任务，按照要求开展了自评工作并形成报告 主管部门:县交通局，发展战 略方面取得实效，固定 资产管理规范，' +
        '资金使用合规，监 管到位，各项工作均按计划推进完成，群众满意度较高，下一步继续加 强管理。',
    );
    assert.equal(flattened(text).length, 1);
  });
});

describe('pasted-debris: a chunk counter the preview was cut after (session 10)', () => {
  test('河池: `2、` alone on the text’s last line, after the sharing site’s `1、…` chunk', () => {
    const text = tuneText('不详-广西-河池市耕地质量定点监测-项目支出');
    const f = debris(text).filter((x) => x.message.zh.startsWith('文末只剩编号'));
    assert.deepEqual(
      f.map((x) => at(text, x)),
      [[32, 32]],
    );
  });

  test('made up: a number alone inside the text (a heading split from its title) or a last line with text is not one', () => {
    const ends = (tail: string): Finding[] => debris(inReport('正文。') + tail).filter((x) => x.message.zh.startsWith('文末只剩编号'));
    assert.equal(ends('\n3、\n').length, 1);
    assert.deepEqual(ends('\n3、加强管理。\n'), []);
    assert.deepEqual(
      debris('一、基本情况\n\n2、\n\n项目资金到位情况\n\n正文。\n').filter((x) => x.message.zh.startsWith('文末只剩编号')),
      [],
    );
  });
});
