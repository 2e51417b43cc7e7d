// A heading whose number was lost, its brackets left empty (rules/numbering/empty-marker.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport, edit } from './_report.js';
import { tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const empty = (text: string) => findingsOf(text, RULE).filter((f) => f.message.zh.includes('空括号'));

test('西平 2022: `< >绩效自评工作开展情况…` and `< >绩效目标自评完成情况分析(一)…`, where 二、 and 三、 stood', () => {
  const text = tuneText('2022-河南-西平县民族宗教局-转移支付');
  const found = empty(text);
  assert.deepEqual(
    found.map((f) => spanText(text, f)),
    ['< >', '< >'],
  );
  assert.match(found[0]?.message.zh ?? '', /标题“绩效自评工作开展情况根据…”前是空括号「< >」：编号丢了/);
  assert.match(found[1]?.message.zh ?? '', /标题“绩效目标自评完成情况分析”前是空括号/);
});

test('made up: （ ） before a heading of the clean report', () => {
  const text = edit(cleanReport(), '## 二、自评工作开展情况', '## （ ）自评工作开展情况');
  assert.equal(spanText(text, empty(text)[0] ?? assert.fail('no finding')), '（ ）');
});

test('made up: a blank to fill inside a sentence, and brackets before a figure, are no lost number', () => {
  const text = edit(cleanReport(), '我单位及时布置自评', '我单位（ ）及时布置自评');
  assert.deepEqual(empty(text), []);
  assert.deepEqual(empty(`${cleanReport()}\n( )2023年度共计10项。\n`), []);
});
