// restated-total: a total named in many words is stated twice with different amounts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, only, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneEntries, tuneText } from './_tune.js';

const RULE = 'restated-total';
const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });

test('丰都 2024 (tune corpus): 项目预算资金总额为1302.76万元 (line 16), then 项目资金预算总额为1471.75万元 (line 19)', () => {
  const text = tuneText('2024-重庆-丰都县发展和改革委员会-项目支出');
  const f = only(findingsAsReport(text, RULE));
  assert.equal(spanText(text, f), '1471.75万元');
  assert.ok(f.message.zh.includes('1302.76 万元') && f.message.zh.includes('168.99 万元'), f.message.zh);
  assert.equal(text.slice(f.related?.[0]?.span.start, f.related?.[0]?.span.end), '1302.76万元');
});

test('made up: the same words in another order and another amount are found; the same amount, in 元, is silent', () => {
  const twice = (a: string, b: string): string =>
    body(
      `2023年度市财政下达我局专项资金预算总额为${a}，用于道路维护。\n\n截至年底，2023年度市财政下达我局专项预算资金总额为${b}，已全部支出。`,
    );
  assert.ok(only(findingsOf(twice('80万元', '85万元'), RULE)).message.zh.includes('相差 5 万元'));
  assert.deepEqual(findingsOf(twice('80万元', '800000元'), RULE), []);
  assert.deepEqual(findingsOf(twice('80万元', '80.00万元'), RULE), []);
});

test('made up: short names, other years, other words, or a name pointing at its own project are different totals: silent', () => {
  const say = (a: string, b: string): number => findingsOf(body(`${a}。\n\n${b}。`), RULE).length;
  assert.equal(say('项目资金总额为80万元', '项目资金总额为85万元'), 0);
  assert.equal(say('2022年度市财政下达我局专项资金预算总额为80万元', '2023年度市财政下达我局专项资金预算总额为85万元'), 0);
  assert.equal(say('2023年度市财政下达我局专项资金预算总额为80万元', '2023年度省财政下达我局专项资金预算总额为85万元'), 0);
  assert.equal(say('本项目2023年度财政下达预算资金总额为80万元', '本项目2023年度财政下达预算资金总额为85万元'), 0);
  // two projects whose numbers hold the same digits (the bench's generated report: 科技专项12 and 科技专项21, 546 false
  // alarms in 1 MB before numbers were read whole)
  assert.equal(say('科技专项12 2023 年收入总预算 4809.42 万元', '科技专项21 2023 年收入总预算 5006.63 万元'), 0);
  assert.equal(say('第12批专项资金预算总额为80万元', '第21批专项资金预算总额为85万元'), 0);
  // the same project's total written again with another amount: still found
  assert.equal(say('科技专项12 2023 年收入总预算 80 万元', '科技专项12 2023 年收入总预算 85 万元'), 1);
});

test('the tuning texts: only 丰都', () => {
  const found = tuneEntries()
    .filter((e) => findingsAsReport(e.text, RULE).length > 0)
    .map((e) => e.slug);
  assert.deepEqual(found, ['2024-重庆-丰都县发展和改革委员会-项目支出']);
});

test('made up: a total as it stood on a day before the year’s end (截至6月底, 截至目前) is a snapshot: silent', () => {
  const total = '2024年度财政下达我委项目预算资金总额为';
  for (const snapshot of [`截至6月底，${total}800.00万元，其余在下半年下达`, `截至目前，${total}900.00万元`]) {
    const text = body(`${total}1302.76万元，其中上级财政下达10.53万元。\n\n${snapshot}。`);
    assert.deepEqual(findingsOf(text, RULE), [], snapshot);
  }
  // at the year's end the total is the year's: still compared
  const text = body(`${total}1302.76万元。\n\n截至12月31日，${total}1471.75万元。`);
  assert.ok(only(findingsOf(text, RULE)).message.zh.includes('168.99 万元'));
});
