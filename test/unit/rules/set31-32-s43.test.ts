// Session 43, sets 31 and 32 rotated into tune after their one measure run: each mend on its real text and a made-up pair.
// - heading-numbering: `1.2020年底,…` opens item 1 (a year after the point, no decimal), so `2.` after it is no wrong level;
// - table-low-rate: a text cut mid-sentence may give its reason in the part cut off (遂宁 医保 2021);
// - pasted-debris: an essay site's `范文实用六篇` and `范文 篇1` (灵武 20xx), a portal's lone 登录.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';
import { quoted, text, TITLE, BODY } from './_debris-made-up.js';

const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

describe('heading-numbering: an item that opens with its year after a point', () => {
  test('海南 医保 2020: (一)项目产出 then 1.2020年底, 2.…, 3.… is a list under (一), not (二) written wrong', () => {
    const t = tuneText('2020-海南-省医疗保障局城乡居民医保补助-转移支付');
    assert.deepEqual(
      findingsAsReport(t, 'heading-numbering').map((f) => lineOf(t, f.span.start)),
      [],
    );
  });

  test('made up: 1.2020年 is item 1; 1.5年 stays a figure', () => {
    const list = (first: string): string =>
      withBody(`（一）项目产出\n\n${first}全省参保人数6839497人。\n\n2.年人均补助标准550元。\n\n3.参保率99%。`);
    assert.deepEqual(
      findingsOf(list('1.2020年底，'), 'heading-numbering').filter((f) => f.message.zh.includes('层级')),
      [],
    );
    assert.ok(findingsOf(list('工期1.5年，'), 'heading-numbering').some((f) => f.message.zh.includes('2.')));
  });
});

describe('table-low-rate: a text cut mid-sentence', () => {
  test('遂宁 医保 2021: 261.75 of 320 (81.80 %) with the form cut before its indicator rows is not said unexplained', () => {
    assert.deepEqual(findingsAsReport(tuneText('2021-四川-遂宁市医疗保障局医疗服务与保障能力提升-自评表'), 'table-low-rate'), []);
  });

  test('made up: the same form ending on a full stop, with no reason, is found', () => {
    const form = [
      '| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |',
      '|---|---|---|---|---|',
      '| 年度资金总额 | 320 | 320 | 261.75 | 81.80% |',
    ].join('\n');
    assert.equal(findingsAsReport(`${TITLE}\n\n${form}\n\n全年完成各项目标。\n`, 'table-low-rate').length, 1);
    assert.deepEqual(findingsAsReport(`${TITLE}\n\n${form}\n\n6.推进DRG付费改革，组织专家收集住\n`, 'table-low-rate'), []);
  });
});

describe('pasted-debris: an essay site’s titles in Chinese numerals, a lone 登录', () => {
  test('灵武 20xx: 范文实用六篇, 范文(精选6篇) and 范文 篇1 are one block from line 1', () => {
    const t = tuneText('20xx-宁夏-灵武市重大公共卫生疾病控制项目-专项资金');
    const block = findingsAsReport(t, 'pasted-debris').find((f) => f.message.zh.includes('范文网站'));
    assert.equal(block && lineOf(t, block.span.start), 1);
  });

  test('made up: the same lines above a report are found; 完成了三篇 in prose is not', () => {
    assert.deepEqual(quoted(text('整体绩效自评报告范文实用六篇', '登录', TITLE, ...BODY)).length, 1);
    assert.deepEqual(quoted(text(TITLE, ...BODY, '全年在省级刊物发表调研文章，完成了三篇')), []);
  });
});
