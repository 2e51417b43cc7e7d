// pasted-debris, session 18: furniture read by its shape, so that a page's furniture in words no list holds is still
// found: a line opening with a posting time, a posting date with a page counter, the 上一篇/下一篇 pair, a bare web
// address, the page's title bar (the title with the site's name), a breadcrumb with spaced slashes, a copyright
// sign, a bar of short words beside other furniture. All made up: no tuning text has them unfound.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const TITLE = '山河县水利局2023年度部门整体支出绩效自评报告';
const BODY = [
  '山河县财政局：',
  '根据要求，我局对2023年度部门整体支出开展了绩效自评，现将有关情况报告如下：',
  '一、部门基本情况',
  '我局主要负责全县水利工程建设与管理等工作。',
  '二、自评结论',
  '经自评，综合得分为95分，评价等次为“优”。',
  '山河县水利局',
  '2024年3月15日',
];
const head = (...lines: string[]): string => [...lines, TITLE, ...BODY].join('\n') + '\n';
const tail = (...lines: string[]): string => [TITLE, ...BODY, ...lines].join('\n') + '\n';
/** The 1-based lines a text's findings start on. */
const startLines = (text: string): number[] => debris(text).map((f) => text.slice(0, f.span.start).split('\n').length);

describe('pasted-debris: furniture by its shape (session 18, made up)', () => {
  test('made up: a line opening with a posting time, whatever follows (2024-03-18 09:12 阅读 1532)', () => {
    assert.deepEqual(startLines(head('2024-03-18 09:12 阅读 1532')), [1]);
    assert.deepEqual(startLines(tail('2024/03/18 09:12:33 人气')), [BODY.length + 2]);
  });

  test('made up: a posting date with a page counter at the line’s end (日期：2024-03-18 点击：1532)', () => {
    assert.deepEqual(startLines(head('日期：2024-03-18 点击：1532')), [1]);
    assert.deepEqual(startLines(tail('2024-03-18 查看 87')), [BODY.length + 2]);
  });

  test('made up: the 上一篇/下一篇 pair after the signature', () => {
    const text = tail('上一条：山河县水利局2022年度部门整体支出绩效自评报告', '下一条：关于2024年防汛工作的通知');
    assert.deepEqual(startLines(text), [BODY.length + 2]);
    assert.ok((debris(text)[0] as Finding).message.zh.includes('网站导航'));
  });

  test('made up: a bare web address, at the head and at the foot', () => {
    assert.deepEqual(startLines(head('www.shanhe.gov.cn')), [1]);
    assert.deepEqual(startLines(tail('http://www.shanhe.gov.cn/art/2024/3/18/art_123.html')), [BODY.length + 2]);
  });

  test('made up: the page’s title bar, the title with the site’s name', () => {
    assert.deepEqual(startLines(head(`${TITLE}_山河县人民政府`)), [1]);
    assert.deepEqual(startLines(head(`${TITLE} - 山河县水利局`)), [1]);
  });

  test('made up: a breadcrumb with spaced slashes (政务公开 / 部门信息 / 财政预决算)', () => {
    assert.deepEqual(startLines(head('政务公开 / 部门信息 / 财政预决算')), [1]);
  });

  test('made up: a copyright line with no other footer word (Copyright © 2024 山河县人民政府)', () => {
    assert.deepEqual(startLines(tail('Copyright © 2024 山河县人民政府')), [BODY.length + 2]);
  });

  test('made up: a source with its posting date and no time (来源：山河县水利局 2024-03-18)', () => {
    assert.deepEqual(startLines(head('来源：山河县水利局 2024-03-18')), [1]);
  });

  test('made up: a bar of short words joins the footer it stands on (收藏 分享 举报 / 版权所有 …)', () => {
    const text = tail('收藏 分享 举报', '版权所有 山河县水利局');
    assert.deepEqual(startLines(text), [BODY.length + 2]);
    // …and the same bar beside no furniture is left alone: a table's header row is written so too
    assert.deepEqual(debris(tail('收藏 分享 举报')), []);
  });

  test('made up: a navigation bar of weak words is still found whole (首页 政务公开 政策解读 互动交流 办事服务)', () => {
    assert.deepEqual(startLines(head('首页 政务公开 政策解读 互动交流 办事服务')), [1]);
  });

  test('made up: a bar of buttons each a furniture line on its own, laid out otherwise (打印 | 关闭 | 收藏)', () => {
    assert.deepEqual(startLines(tail('打印 | 关闭 | 收藏')), [BODY.length + 2]);
    assert.deepEqual(startLines(head('字体 打印 分享到')), [1]);
  });

  test('made up: a pager, a posting time in 年月日, a 责任编辑 record', () => {
    assert.deepEqual(startLines(tail('第一页 上一页 1 2 3 下一页 尾页')), [BODY.length + 2]);
    assert.deepEqual(startLines(head('2024年03月18日 10:20 来源：山河县水利局')), [1]);
    assert.deepEqual(startLines(head('责任编辑：张三')), [1]);
  });

  test('made up: a sharing site’s counters with no other word (浏览：128 下载：3 收藏：0, 举报 | 收藏 | 下载)', () => {
    assert.deepEqual(startLines(head('浏览：128 下载：3 收藏：0')), [1]);
    assert.deepEqual(startLines(tail('阅读 128 下载 3')), [BODY.length + 2]);
    assert.deepEqual(startLines(tail('举报 | 收藏 | 下载')), [BODY.length + 2]);
  });

  test('made up: report lines of the same shapes are the report’s', () => {
    const text = tail(
      '填报日期：2024-03-18 评价年度：2023',
      '填报日期：2024-03-18 联系电话：0871-1234567',
      '联系邮箱：shanhe@163.com',
      '附件：山河县水利局2023年度部门整体支出绩效自评表.xlsx',
      '上一年度结转资金12万元，本年度已全部支出。',
      '下一步，我局将进一步加强预算绩效管理。',
      '省高院本级2020年绩效自评报告—综合事务',
      '2023年度项目支出绩效自评表 | 单位：万元',
      '预算执行率为98.33%，较上年提高1.5个百分点。',
      '一级指标 二级指标 三级指标 指标值',
      '产出指标 / 数量指标 / 完成率 98%',
      '评价组成员 张三 李四 王五',
      '2024年3月18日 9:00召开绩效自评工作会议，打印 关闭等操作规范。',
      '收藏 整理 归档',
      `${TITLE}-修订稿`,
      '编制数 12 实有数 11',
      '计划数：100 完成数：120',
      '宣传片点击量 12000 次',
    );
    assert.deepEqual(debris(text), []);
  });
});

describe('pasted-debris: the page’s foot between the signature and the footer (session 18, made up)', () => {
  test('made up: related articles and a share button above 版权所有 are one block with it', () => {
    const text = tail('相关文章', '山河县2022年度部门整体支出绩效自评报告', '扫一扫分享本页', '版权所有 山河县水利局');
    const f = debris(text);
    assert.deepEqual(startLines(text), [BODY.length + 2]);
    assert.ok(text.slice((f[0] as Finding).span.start).startsWith('相关文章'));
    assert.ok(text.slice(0, (f[0] as Finding).span.end).endsWith('版权所有 山河县水利局'));
  });

  // a "scan to read/share" line (扫一扫分享本页) is the page's by its shape since session 18's second round: 推荐阅读 stands for
  // a foot's line no word gives away
  test('made up: with no footer a word gives away, the lines after the signature are the report’s', () => {
    assert.deepEqual(debris(tail('相关文章', '山河县2022年度部门整体支出绩效自评报告', '推荐阅读')), []);
  });

  test('made up: a 公文’s 抄送 line, an attachment or a table after the date stops the foot', () => {
    for (const stop of ['抄送：县财政局', '附件：山河县水利局2023年度部门整体支出绩效自评表', '| 合计 | 1200.00 |']) {
      const text = tail(stop, '推荐阅读', '版权所有 山河县水利局');
      assert.deepEqual(startLines(text), [BODY.length + 4], stop);
    }
  });
});
