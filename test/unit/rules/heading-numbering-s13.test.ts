// Heading numbers damaged in ways the texts rotated into tune in session 13 showed: a dash for the numeral
// (numbering/dash-marker.ts), a lost opening bracket (numbering/lost-open.ts), the first top-level heading with no
// number (numbering/first-lost.ts), and a top-level number reduced to its 、 after a run of sub-items (own-numbering.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => spanText(text, f));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;

test('宝坻 2019: (-)项目概况 and (-)项目绩效目标 under 一、 read (一) and (二)', () => {
  const text = tuneText('2019-天津-宝坻区农业农村委林业改革发展资金-项目支出');
  const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('短横'));
  assert.deepEqual(spans(text, fs), ['(-)', '(-)']);
  assert.ok((fs[0] as Finding).message.zh.includes('应为「(一)」'));
  assert.ok((fs[1] as Finding).message.zh.includes('应为「(二)」'));
  assert.equal((fs[0] as Finding).fix?.safe, false);
});

test('made up: （－） and (—) for (一) and (二), counted afresh under each top-level number', () => {
  const text = plain('一、基本情况\n\n（－）项目概况\n\n本项目资金50万元。\n\n(—)项目绩效目标\n\n二、绩效评价\n\n(-)评价过程');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('短横'));
  assert.deepEqual(spans(text, fs), ['（－）', '(—)', '(-)']);
  assert.deepEqual(
    fs.map(
      (f) =>
        applyFix(text, f).includes('（一）项目概况') ||
        applyFix(text, f).includes('(二)项目绩效目标') ||
        applyFix(text, f).includes('(一)评价过程'),
    ),
    [true, true, true],
  );
});

test('made up: a dash in brackets before a figure or in a table cell is no number', () => {
  assert.deepEqual(findingsOf(plain('一、基本情况\n\n偏差(-)5%，差额(－)3.2万元，得分 (—)。'), RULE), []);
});

test('开远十二中 2024: 三) 当年部门整体支出绩效 lost its (; the fix puts it back', () => {
  const text = tuneText('2024-云南-开远市第十二中学校-部门整体');
  const f = findingsAsReport(text, RULE).find((x) => x.message.zh.includes('缺了前括号')) as Finding;
  assert.equal(spanText(text, f), '三)');
  assert.ok(applyFix(text, f).includes('(三) 当年部门整体支出绩效'));
});

test('made up: 二）with a full-width bracket; 1) and 2) lists are a form of their own, left', () => {
  const text = plain('一、基本情况\n\n（一）项目概况\n\n二）项目绩效目标\n\n1)数量指标：完成造林1200亩。\n\n2)质量指标：成活率95%。');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('缺了前括号'));
  assert.deepEqual(spans(text, fs), ['二）']);
  assert.ok(applyFix(text, fs[0] as Finding).includes('（二）项目绩效目标'));
});

test('made up: a draft that numbers 一) 二) throughout, with no (一) anywhere, has a form of its own: left', () => {
  const text = plain('一、基本情况\n\n一)项目概况\n\n本项目资金50万元。\n\n二)项目绩效目标\n\n完成造林1200亩。');
  assert.deepEqual(
    findingsOf(text, RULE).filter((f) => f.message.zh.includes('缺了前括号')),
    [],
  );
});

test('made up, template outline: （-） and 三） are said once, by the number, not also as a title with none', () => {
  for (const [from, to, shown] of [
    ['（一）单位机构设置', '（-）单位机构设置', '（-）'],
    ['（三）', '三）', '三）'],
  ] as const) {
    for (const clean of [cleanReport(), cleanReport({ style: 'plain' })]) {
      const text = clean.replace(from, to);
      assert.deepEqual(spans(text, findingsOf(text, RULE)), [shown]);
    }
  }
});

test('开远十二中 2024 and 西平 2022: the first top-level heading with no number, before (一) / 1.', () => {
  for (const [slug, title] of [
    ['2024-云南-开远市第十二中学校-部门整体', '部门基本情况'],
    ['2022-河南-西平县民族宗教局-转移支付', '绩效目标分解下达情况'],
  ] as const) {
    const text = tuneText(slug);
    const f = findingsAsReport(text, RULE).find((x) => x.message.zh.includes('本文没有“一、”')) as Finding;
    assert.equal(spanText(text, f), title, slug);
    assert.ok(applyFix(text, f).includes(`一、${title}`), slug);
  }
});

test('made up: the first section without 一、 before its (一) and (二), the next one numbered 二、', () => {
  const text = plain(
    '项目基本情况\n\n（一）项目概况\n\n本项目资金50万元。\n\n（二）项目绩效目标\n\n完成造林1200亩。\n\n二、绩效评价情况\n\n评价得分95分。',
  );
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('本文没有“一、”'));
  assert.deepEqual(spans(text, fs), ['项目基本情况']);
});

test('made up: left alone — a report that writes 一、 later, a title line, a run with no second item, a title in a sentence', () => {
  const cases = [
    '前言\n\n1.编制依据\n\n2.编制范围\n\n一、项目基本情况\n\n本项目资金50万元。',
    '绩效自评报告\n\n（一）项目概况\n\n（二）项目绩效目标',
    '项目基本情况\n\n（一）项目概况\n\n本项目资金50万元。',
    '本项目资金50万元，全部到位。\n（一）项目概况\n\n（二）项目绩效目标',
  ];
  for (const body of cases)
    assert.deepEqual(
      findingsOf(plain(body), RULE).filter((f) => f.message.zh.includes('本文没有“一、”')),
      [],
      body,
    );
});

test('龙陵 2019: 三、 (一) 1. 2. 3. (二) then `、综合评价情况及评价结论` — 四、 reduced to its 、', () => {
  const text = tuneText('2019-云南-龙陵县象达镇勐蚌公路坍方清除-项目支出');
  const f = findingsAsReport(text, RULE).find((x) => x.message.zh.includes('编号残缺')) as Finding;
  assert.equal(spanText(text, f), '、');
  assert.ok(f.message.zh.includes('应为「四、综合评价情况及评价结论」'), f.message.zh);
});

test('made up: a 、 line inside a section after its sub-items, in a report numbered 一、 二、', () => {
  const text = plain(
    '一、项目基本情况\n\n（一）项目概况\n\n本项目资金50万元。\n\n（二）项目目标\n\n完成造林1200亩。\n\n、绩效评价结论\n\n评价得分95分。',
  );
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('编号残缺'));
  assert.deepEqual(spans(text, fs), ['、']);
  assert.ok((fs[0] as Finding).message.zh.includes('二、绩效评价结论'));
});

test('the clean report has none of these', () => {
  assert.deepEqual(findingsOf(cleanReport(), RULE), []);
  assert.deepEqual(findingsOf(cleanReport({ style: 'plain', halfWidth: true }), RULE), []);
});
