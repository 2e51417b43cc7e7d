// A level of bracketed numbers written with a 、 throughout (numbering/stray-separator.ts): the brackets are the separator,
// so a reviewer returns the run, once, with each 、 to delete — save where the report puts a 、 after every number it
// writes (its 1. as 1、 too), a scheme of its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const stray = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.includes('括号编号后不加'));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;

test('渌口 2020 (tune corpus, annotated): `(一)、` `(二)、` `(三)、` under 一、 — one finding for the run, each 、 deleted', () => {
  const text = tuneText('2020-湖南-渌口区科协科普活动-项目支出');
  const fs = stray(findingsAsReport(text, RULE));
  assert.equal(fs.length, 1);
  const f = fs[0] as Finding;
  assert.equal(spanText(text, f), '(一)、');
  assert.deepEqual(
    (f.related ?? []).map((r) => text.slice(r.span.start, r.span.end)),
    ['(二)、', '(三)、'],
  );
  assert.ok(f.message.zh.includes('应为「(一)」「(二)」「(三)」'), f.message.zh);
  assert.equal(f.fix?.safe, true);
  const fixed = applyFix(text, f);
  assert.ok(fixed.includes('\n(一)科普设施建设:') && fixed.includes('\n(二)科普宣传力度:') && fixed.includes('\n(三)科普活动开展:'));
  assert.ok(!fixed.includes(')、'));
});

test('made up: a run of `（一）、` is one finding per run; a run ends at a number of a shallower level', () => {
  const text = plain(
    '一、项目概况\n\n（一）、项目背景\n\n正文。\n\n（二）、项目内容\n\n二、绩效情况\n\n（一）、产出情况\n\n（二）、效益情况',
  );
  const fs = stray(findingsOf(text, RULE));
  assert.deepEqual(
    fs.map((f) => [spanText(text, f), ...(f.related ?? []).map((r) => text.slice(r.span.start, r.span.end))]),
    [
      ['（一）、', '（二）、'],
      ['（一）、', '（二）、'],
    ],
  );
});

test('made up: left alone — a report whose 1. is 1、 too, and one `（一）、` alone (a cell or a label as often as a heading)', () => {
  for (const body of [
    '一、项目概况\n\n（一）、项目背景\n\n1、项目来源\n\n正文。\n\n（二）、项目内容\n\n正文。',
    '一、项目概况\n\n（一）、项目背景\n\n正文。\n\n二、绩效情况\n\n正文。',
  ]) {
    const text = plain(body);
    assert.deepEqual(stray(findingsOf(text, RULE)), [], body);
  }
});

test('made up: a run with a number lost to its bare 、 is told, its deletion offered, not applied (渌口 2020 with (三) lost)', () => {
  const text = plain('一、工作开展情况\n\n(一)、科普设施建设:更换宣传栏。\n\n(二)、科普宣传:开展活动。\n\n、科普活动开展:开展科普日。');
  const fs = stray(findingsOf(text, RULE));
  assert.equal(fs.length, 1);
  assert.equal((fs[0] as Finding).fix?.safe, false);
});

// session 29 (session 28's set 14 rotated into tune)
test('岳阳县妇联 2023 (tune corpus, annotated): its one (1)、 under 1、, where (一) (二) are written clean — the 、 is told', () => {
  const text = tuneText('2023-湖南-岳阳县妇女联合会-部门整体');
  const fs = findingsOf(text, 'heading-numbering').filter((f) => spanText(text, f) === '(1)、');
  assert.equal(fs.length, 1);
  assert.ok(fs[0]?.message.zh.includes('本文其他括号编号的标题也写作「(一)'), fs[0]?.message.zh);
  assert.equal(fs[0]?.fix?.safe, true);
});

test('made up: one (1)、 where no bracketed number is written clean, or a level written so throughout, stays as before', () => {
  const said = (body: string): string[] => findingsOf(plain(body), 'heading-numbering').map((f) => f.message.zh);
  // a clean (一) elsewhere: the lone (1)、 is told
  assert.equal(said('一、基本情况\n\n(一)部门职能\n\n1、资金使用情况\n\n(1)、服务妇女儿童。开展活动12场。').length, 1);
  // 抚远's scheme: every bracketed number with its 、, no clean one to go by
  assert.deepEqual(said('一、基本情况\n\n(一)、部门职能\n\n1、资金使用情况\n\n(1)、服务妇女儿童。开展活动12场。'), []);
});
