// Heading numbers session 20 read: a sibling of (一) (二) that counts on in the (1) form (开远崇文小学 2021:
// `(一)部门概况` `(二)当年部门履职总体目标` then `(3)当年部门整体支出绩效目标`; rules/numbering/level-carried.ts), and the
// correct text that looks like it — (二) with its own (1) (2) (3), a (3) after (1) (2), a (1) (2) count going on across
// parts, a report whose second level is written (1) (2) (3) throughout.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, findingsOf, spanText } from '../../helpers.js';
import { tuneText } from './_tune.js';

const RULE = 'heading-numbering';
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;
const carried = (text: string): string[] =>
  check(text)
    .filter((f) => f.ruleId === RULE && f.message.zh.includes('换成了'))
    .map((f) => `${spanText(text, f)} ${f.message.zh}`);

test('开远崇文小学 2021 (tune corpus, annotated): (一)部门概况 (二)当年部门履职总体目标 then `(3)当年部门整体支出绩效目标`', () => {
  const found = carried(tuneText('2021-云南-开远市崇文小学校-部门整体'));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok((found[0] as string).startsWith('(3) ') && (found[0] as string).includes('应为「(三)当年部门整体支出绩效目标」'), found[0]);
});

test('made up: (一) (二) then (3) (4), the fix writes (三) and (4) is named with it', () => {
  const text = plain('一、基本情况\n\n(一)部门概况\n\n正文。\n\n(二)履职目标\n\n正文。\n\n(3)绩效目标\n\n正文。\n\n(4)预算情况\n\n正文。');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('换成了'));
  assert.equal(fs.length, 1, fs.map((f) => f.message.zh).join('\n'));
  const f = fs[0] as (typeof fs)[number];
  assert.equal(spanText(text, f), '(3)');
  assert.ok(f.message.zh.includes('「(4)」也应依次改为「(四)」'), f.message.zh);
  assert.equal(f.fix?.edits[0]?.newText, '(三)');
});

test('made up, silent: (二) with its own (1) (2) (3), (3) after (1) (2), (1) (2) under (一) going on as (3), (1) (2) (3) throughout', () => {
  for (const body of [
    '一、基本情况\n\n(一)部门概况\n\n正文。\n\n(二)履职目标\n\n(1)教学目标\n\n正文。\n\n(2)德育目标\n\n正文。\n\n(3)安全目标\n\n正文。',
    '一、基本情况\n\n(一)部门概况\n\n正文。\n\n(二)履职目标\n\n正文。\n\n(1)教学目标\n\n(2)德育目标\n\n(3)安全目标',
    '一、基本情况\n\n(一)准备阶段\n\n(1)学习规定\n\n(2)确定范围\n\n(二)实施阶段\n\n(3)下发通知\n\n(4)安排工作',
    '一、基本情况\n\n(1)部门概况\n\n正文。\n\n(2)履职目标\n\n正文。\n\n(3)绩效目标\n\n二、绩效情况\n\n(1)产出\n\n正文。',
  ]) {
    assert.deepEqual(carried(plain(body)), [], body);
  }
});
