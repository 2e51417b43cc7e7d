// pasted-debris, session 16 round 2: mirror spam and page leftovers of session 16's measured set, rotated into tune (
// a betting site's name glued to a page title, a document site's page count,
// an empty Markdown image), read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const on = (text: string, line: number): Finding[] => debris(text).filter((f) => lineAt(text, f.span.start) === line);
const TITLE = '某县教育体育局2023年度项目支出绩效自评报告';
const report = (...lines: string[]): string => [TITLE, '一、基本情况', ...lines].join('\n\n') + '\n';

describe('pasted-debris: a gambling brand a mirror wrote into the text (session 16 round 2)', () => {
  test('应急管理厅 2023: a betting site’s name glued to the page title (…-凯发体育下载)', () => {
    const text = tuneText('2023-云南-云南省应急管理厅应急管理领域中央转移支付-转移支付');
    assert.ok(on(text, 1).some((f) => f.message.zh.includes('“凯发体育下载”')));
  });

  test('made up: a sports bureau, EPG 电子节目指南 and downloads a sentence names are the report’s', () => {
    const text = report(
      '县教育体育局下载并转发了省厅通知，组织开展群众体育活动12场。',
      '采购EPG电子节目指南系统1套，电子政务平台运行正常。',
      '学校体育设施维护资金20万元已全部支付。',
    );
    assert.deepEqual(
      debris(text).map((f) => f.message.zh),
      [],
    );
  });
});

describe('pasted-debris: page leftovers (session 16 round 2)', () => {
  test('疾控中心 2022: a document site’s page count (本文档共10页,可阅读全部内容) above its terms', () => {
    const text = tuneText('2022-不详-疾控中心预防控制重大疾病-专项资金');
    assert.ok(on(text, 1).some((f) => f.message.zh.includes('本文档共10页')));
  });

  test('寻甸红十字会 2023: an empty image ![]() under the title, called an empty image mark (no file name is left)', () => {
    const text = tuneText('2023-云南-寻甸县红十字会-部门整体');
    assert.ok(
      on(text, 2).some((f) => f.message.zh.includes('空图片标记') && f.message.zh.includes('“![]()”') && !f.message.zh.includes('文件名')),
    );
  });

  test('made up: a report that says how many pages it has is no document site', () => {
    const text = report('本报告共10页，附表3张，可阅读附件了解全部内容。');
    assert.deepEqual(
      debris(text).map((f) => f.message.zh),
      [],
    );
  });
});
