// A 、 at the start of a line that goes on with the sentence above, which a PDF wrapped before the list's 、 (榕城 2025 of the
// blind made-up set: `…为436名高龄` then `、失能老年人提供上门服务；…`), is no remnant of a lost 四、: the real skip that follows
// (三、 then 五、) is told instead. A 、 line under a title line (临翔 2022's contents) stays a remnant. Texts made up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';

const RULE = 'heading-numbering';
const said = (text: string): string[] => findingsOf(text, RULE).map((f) => `${spanText(text, f)} ${f.message.zh}`);

const report = (lines: string[]): string => ['# 某街道办事处2025年度居家社区养老服务项目支出绩效自评报告', '', ...lines, ''].join('\n');

const BEFORE = [
  '一、项目基本情况',
  '本项目年初预算186万元，用于长者食堂助餐和上门服务。',
  '二、项目实施及资金使用情况',
  '全年支出171.3万元，执行率92.10%。',
  '三、绩效目标完成情况',
  '全年长者食堂共提供助餐服务33800人次，较上年有所增长；为436名高龄',
  '、失能老年人提供上门服务；第三方抽查服务质量合格率98%；入户回访老年人200',
  '名，满意度96%。',
];

test('made up (s24): a wrapped 、 joins the sentence above; the skip from 三、 to 五、 is told', () => {
  const found = said(report([...BEFORE, '五、存在问题及改进措施', '一是场地受限。']));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(!found[0]?.includes('失能老年人'), found[0]);
  assert.match(found[0] ?? '', /五、/);
});

test('made up (s24): the same report numbered 四、 is silent', () => {
  assert.deepEqual(said(report([...BEFORE, '四、存在问题及改进措施', '一是场地受限。'])), []);
});

test('made up (s24): a 、 line under a short title line is still what is left of the lost number', () => {
  const text = report([
    '一、项目基本情况',
    '本项目年初预算186万元。',
    '二、绩效目标完成情况',
    '全年支出171.3万元，执行率92.10%。',
    '、存在问题及改进措施',
    '一是场地受限。',
    '四、其他需要说明的问题',
    '无。',
  ]);
  const found = said(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.match(found[0] ?? '', /三、存在问题及改进措施/);
});

/** A 转移支付 report as a bidding site masks it: every figure, year and number written as stars. */
const masked = (n: (k: number) => string): string =>
  [
    '# 某县市场监督管理局关于2025年度药品监管中央补助资金绩效自评报告',
    '',
    '一、绩效目标分解下达情况',
    '',
    '（一）省内分配下达预算',
    '',
    '本年共收到****年度中央补助资金**万元。',
    '',
    '（二）绩效目标情况',
    '',
    `${n(1)}数量指标:化妆品抽检批次≥**批次。`,
    '',
    `${n(2)}服务对象满意度指标:公众满意度≥**%`,
    '',
    '二、绩效目标完成情况分析',
    '',
    '（一）资金投入情况分析',
    '',
    `${n(1)}项目资金到位情况分析`,
    '',
    '资金分*批下达。',
    '',
    `${n(2)}项目资金执行情况分析`,
    '',
    '全年支出****万元。',
    '',
  ].join('\n');

test('made up (s24): headings whose numbers a site masked (*.项目资金到位情况分析) lack no number', () => {
  assert.deepEqual(said(masked(() => '*.')), []);
});

test('made up (s24): the same headings with their numbers written are silent too; with none, a lost one is told', () => {
  assert.deepEqual(said(masked((k) => `${k}.`)), []);
  assert.ok(
    said(masked((k) => (k === 1 ? '1.' : ''))).some((x) => x.includes('缺少编号')),
    said(masked((k) => (k === 1 ? '1.' : ''))).join('\n'),
  );
});
