// Item numbers in texts that lost their line breaks or their numbers' marks (session 14, helper rb): a list whose first
// item is numbered in another form than its (2) (3) (numbering/inline-first.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => spanText(text, f));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县自然资源局2021年度项目支出绩效自评报告\n\n${body}\n`;

test('全南 2021 (tuning text, one flattened line 2): 1.截止到 2021 年 12 月 31 日,… (2)及时调整… (3)为科学应对… — the 1. should be (1)', () => {
  const text = tuneText('2021-江西-全南县地质灾害群测群防-项目支出');
  const fs = findingsAsReport(text, RULE);
  assert.deepEqual(spans(text, fs), ['1.']);
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('「(2)」') && f.message.zh.includes('第一项应为「(1)」'), f.message.zh);
  assert.equal(f.fix?.safe, false);
  assert.ok(applyFix(text, f).includes('项目目标完成情况 (1)截止到 2021 年 12 月 31 日'));
});

test('made up: the same on a line of its own', () => {
  const text = plain('一、项目执行情况\n1.截止到年底完成培训3期,发放资料1000余份。(2)及时调整防灾责任人。(3)开展应急演练。');
  assert.deepEqual(spans(text, findingsOf(text, RULE)), ['1.']);
});

test('made up: a 1. with a title of its own (北塔 2021’s 1.主要职能。) is no first item of its (2) (3): not said to be (1)', () => {
  const text = plain(
    '一、部门概况 区医保局是区政府工作部门 1.主要职能。 拟订医疗保障政策;并组织实施。 (2)组织制定基金监督管理办法。 (3)组织制定待遇政策。',
  );
  // what stays is the (1) its own list lost, as before
  assert.deepEqual(spans(text, findingsOf(text, RULE)), ['(2)']);
});

test('北塔 2021 (tuning text): its flattened 1.主要职能。 … (2)组织制定… stays silent', () => {
  const text = tuneText('2021-湖南-邵阳市北塔区医疗保障局-部门整体');
  assert.ok(!findingsAsReport(text, RULE).some((f) => f.message.zh.includes('第一项应为')));
});

test('隆阳 林业生态 2022 (tuning text), lines 18 and 21: ①…;④…到位率0%;5新一轮退耕还林还草延长期补助…;6草原… — 5 should be ⑤', () => {
  const text = tuneText('2022-云南-隆阳区林业和草原局林业生态保护恢复资金-转移支付');
  const fs = findingsAsReport(text, RULE);
  const lineOf = (f: Finding): number => text.slice(0, f.span.start).split('\n').length;
  assert.deepEqual(
    fs.map((f) => [lineOf(f), spanText(text, f)]),
    [
      [18, '5'],
      [21, '5'],
    ],
  );
  for (const f of fs) {
    assert.ok(f.message.zh.includes('「5新一轮退耕还林」') && f.message.zh.includes('应为「⑤」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
  }
  assert.ok(applyFix(text, fs[1] as Finding).includes('资金执行率为0%;⑤新一轮退耕还林还草延长期补助支付0万元'));
});

test('made up, silent: a figure with its unit after the list, a number that does not go on from it, a lone ①', () => {
  for (const body of [
    '资金用于:①森林防火补助21万元;②护林员补助1605万元;3个乡镇未到位。',
    '资金用于:①森林防火补助21万元;②护林员补助1605万元;5新一轮退耕还林补助未到位。',
    '资金用于:①森林防火补助21万元;2护林员补助未到位。',
  ]) {
    assert.deepEqual(findingsOf(plain(`一、项目资金情况\n${body}`), RULE), [], body);
  }
});

test('元阳 融媒体 2022 (tuning text), line 41: 3.年度工作计划及重点工作任务情况 then 1以全媒体为依托,… — the 1 lost its mark', () => {
  const text = tuneText('2022-云南-元阳县融媒体中心-部门整体');
  const fs = findingsAsReport(text, RULE);
  assert.deepEqual(spans(text, fs), ['1']);
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('（1以全媒体为依托）') && f.message.zh.includes('应写作「(1)」'), f.message.zh);
  assert.equal(f.fix?.safe, false);
  assert.ok(applyFix(text, f).includes('\n(1)以全媒体为依托,'));
});

test('made up, silent: a figure with its unit, a list written 1负责… 2开展… (荣昌 2023’s form), a 1 below no heading', () => {
  for (const body of [
    '一、部门基本情况\n\n1人因病休假,其余人员全部到岗。',
    '(一)职能职责\n\n1负责全区生活垃圾清运工作,承担道路清扫保洁。\n\n2开展垃圾无害化处理和综合利用。',
    '一、部门基本情况\n\n本单位主要职责如下。\n\n1以全媒体为依托,做好宣传工作。',
  ]) {
    assert.deepEqual(findingsOf(plain(body), RULE), [], body);
  }
});

test('龙感湖 农机购置补贴 2023 (tuning text, checked as a report), line 13: …兑付率100%。2.效益指标完成情况分析 then (1)经济效益', () => {
  const text = tuneText('2023-湖北-龙感湖管理区农机购置补贴-转移支付');
  const fs = findingsAsReport(text, RULE);
  // line 7's bare 项目资金执行情况分析 after 1.项目资金到位情况分析 is found too since session 17 (heading-numbering-s17), and
  // line 3's bare 绩效目标完成情况分析 run onto its paragraph since session 18 (numbering/run-on-bare.ts, annotated)
  assert.deepEqual(spans(text, fs), ['绩效目标完成情况分析', '项目资金执行情况分析', '2.效益指标完成情况分析']);
  const f = fs[2] as Finding;
  assert.ok(f.message.zh.includes('接在了上一段的末尾'), f.message.zh);
  assert.equal(f.fix?.safe, false);
  assert.ok(applyFix(text, f).includes('兑付率100%。\n2.效益指标完成情况分析\n(1)经济效益'));
});

test('made up, silent: the heading’s line goes on (琼海 2020’s form), no first item below it, a number in a sentence', () => {
  for (const body of [
    '一、项目基本情况\n成效指标:满意度达90%以上。 二、项目资金管理情况 (一)资金到位情况。\n(一)资金申报情况\n申报预算资金173万元。',
    '一、项目基本情况\n资金已全部到位。2.效益指标完成情况分析\n农机化率得到了进一步提升。',
    '一、项目基本情况\n资金已全部到位。(1)经济效益\n(2)社会效益',
  ]) {
    assert.deepEqual(
      findingsOf(plain(body), RULE).filter((f) => f.message.zh.includes('接在了上一段')),
      [],
      body,
    );
  }
});
