// A （1） heading over a 1. run (numbering/level-inverted.ts): the levels go 一、 （一） 1. （1）, so it is told; a （1） under a
// 1., a （1） in a paragraph and a 1. list of body sentences are left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const inverted = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.startsWith('标题编号层级颠倒'));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;

test('固镇 2020 文旅 (tune corpus, annotated): `(1)保障机制(17分)` over `1、规划编制(4分)` `2、组织协调(4分)`', () => {
  const text = tuneText('2020-安徽-固镇县文化和旅游局民生工程-专项资金');
  const fs = inverted(check(text).filter((f) => f.ruleId === RULE));
  assert.deepEqual(
    fs.map((f) => spanText(text, f)),
    ['(1)'],
  );
  assert.deepEqual(
    (fs[0]?.related ?? []).map((r) => text.slice(r.span.start, r.span.end)),
    ['1、'],
  );
});

test('made up: left alone — a （1） under a 1., a （1） run into its body, 1. items that are sentences', () => {
  for (const body of [
    '一、项目概况\n\n（一）投入\n\n1.保障机制\n\n（1）规划编制\n\n1.组织协调\n\n2.资金管理',
    '一、项目概况\n\n（一）投入\n\n（1）保障机制。本项目建立了保障机制,落实到位。\n\n1.规划编制\n\n2.组织协调',
    '一、项目概况\n\n（一）投入\n\n（1）保障机制\n\n1.本项目编制了五年规划并按年度执行到位,成效明显。\n\n2.组织协调有力。',
  ]) {
    const text = plain(body);
    assert.deepEqual(inverted(findingsOf(text, RULE)), [], body);
  }
  const told = plain('一、项目概况\n\n（一）投入\n\n（1）保障机制\n\n1.规划编制\n\n2.组织协调');
  assert.equal(inverted(findingsOf(told, RULE)).length, 1);
});
