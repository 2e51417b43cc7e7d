// Heading numbers session 18 read on the report's own sequence: a bracketed number with a stray 、 where the same level
// is written clean elsewhere (numbering/stray-separator.ts), and a title between two numbers that lost its own, shown
// with the number after it as the evidence (numbering-slips.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => spanText(text, f));
const stray = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.includes('括号编号后不加'));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;

test('旌德电商 2020 (tune corpus, annotated): `(一)、项目申报管理` and `(一)、项目管理。` where the level writes `(二)资金落实`', () => {
  const text = tuneText('2020-安徽-旌德县农村电商提质增效工程-专项资金');
  const fs = stray(findingsAsReport(text, RULE));
  assert.deepEqual(spans(text, fs), ['(一)、', '(一)、']);
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('应为「(一)项目申报管理」'), f.message.zh);
  assert.ok(applyFix(text, f).includes('\n(一)项目申报管理\n'));
});

test('抚远 2022 (tune corpus, annotated as holding): `(一)、` `(二)、` throughout — a form of its own, written consistently', () => {
  const text = tuneText('2022-黑龙江-抚远市农村饮水维修养护-项目支出');
  assert.deepEqual(stray(findingsAsReport(text, RULE)), []);
});

test('made up: a stray 、 or ， after （一） or （1） is read only where the level is written clean elsewhere', () => {
  const mixed = plain('一、项目概况\n\n（一）、项目背景\n\n正文。\n\n（二）项目内容\n\n正文。\n\n（1），数量指标\n\n（2）质量指标');
  assert.deepEqual(spans(mixed, stray(findingsOf(mixed, RULE))), ['（一）、', '（1），']);
  for (const body of [
    // every heading of the level written with 、: the report's own form
    '一、项目概况\n\n（一）、项目背景\n\n正文。\n\n（二）、项目内容\n\n正文。',
    // a bracket with nothing after the 、 is no heading
    '一、项目概况\n\n（一）、\n\n（二）项目内容',
  ]) {
    const text = plain(body);
    assert.deepEqual(stray(findingsOf(text, RULE)), [], body);
  }
});

test('攀枝花西区一幼 2021 (tune corpus, annotated): `人员情况` between (一) and (三) lost its (二); (三) is shown as the evidence', () => {
  const text = tuneText('2021-四川-攀枝花市西区第一幼儿园-部门整体');
  const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('「人员情况」缺少编号'));
  assert.equal(fs.length, 1);
  const f = fs[0] as Finding;
  assert.deepEqual(
    (f.related ?? []).map((r) => text.slice(r.span.start, r.span.end)),
    ['(三)'],
  );
});
