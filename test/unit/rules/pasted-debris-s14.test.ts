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
