import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

// Two 【】 文号 (doc-number) and, in the opening, a notice from 2022 (year-consistency) on the same line.
const OPENING_OLD = '根据《湛江市财政局关于开展 2024 年市级财政资金绩效自评工作的通知》（湛财绩〔2024〕5 号）要求，我单位';
const OPENING_BAD = '根据《湛江市财政局关于开展 2022 年市级财政资金绩效自评工作的通知》（湛财绩【2022】5号）要求，我单位';
const PROCESS_OLD = '根据市财政局《湛江市财政局关于开展 2024 年市级财政资金绩效自评工作的通知》（湛财绩〔2024〕5 号）要求，我局';
const PROCESS_BAD = '根据市财政局《湛江市财政局关于开展 2024 年市级财政资金绩效自评工作的通知》（湛财绩【2024】5号）要求，我局';

function defective(): string {
  const clean = cleanReport();
  assert.ok(clean.includes(OPENING_OLD) && clean.includes(PROCESS_OLD));
  return clean.replace(OPENING_OLD, OPENING_BAD).replace(PROCESS_OLD, PROCESS_BAD);
}

/** Puts `line` (and a line break) in front of the paragraph that starts with `paragraphStart`. */
function before(text: string, paragraphStart: string, line: string): string {
  const at = text.indexOf(paragraphStart);
  assert.ok(at > 0 && text.indexOf(paragraphStart, at + 1) < 0, paragraphStart);
  return `${text.slice(0, at)}${line}\n${text.slice(at)}`;
}

/** rule id and the text each finding covers, in order. */
const summary = (text: string): string[][] => check(text).map((f) => [f.ruleId, spanText(text, f)]);

const ALL = [
  ['doc-number', '湛财绩【2022】5号'],
  ['year-consistency', '湛财绩【2022】5号'],
  ['doc-number', '湛财绩【2024】5号'],
];

describe('suppression', () => {
  test('the defective report without directives: three findings', () => {
    assert.deepEqual(summary(defective()), ALL);
  });

  test('disable-next-line with a rule id: only that rule, only the next line', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-disable-next-line doc-number -->');
    assert.deepEqual(summary(text), [ALL[1], ALL[2]]);
  });

  test('disable-next-line skips blank lines to the next non-blank line', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-disable-next-line doc-number -->\n');
    assert.deepEqual(summary(text), [ALL[1], ALL[2]]);
  });

  test('disable-next-line with two ids, space- or comma-separated', () => {
    for (const ids of ['doc-number year-consistency', 'doc-number, year-consistency']) {
      const text = before(defective(), OPENING_BAD, `<!-- jixiao-disable-next-line ${ids} -->`);
      assert.deepEqual(summary(text), [ALL[2]], ids);
    }
  });

  test('disable-next-line without an id: every rule on the next line', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-disable-next-line -->');
    assert.deepEqual(summary(text), [ALL[2]]);
  });

  test('disable-next-line for another rule suppresses nothing', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-disable-next-line budget-total -->');
    assert.deepEqual(summary(text), ALL);
  });

  test('disable … enable with an id: a region for that rule only', () => {
    let text = before(defective(), OPENING_BAD, '<!-- jixiao-disable doc-number -->\n');
    text = before(text, '## 一、单位基本情况', '<!-- jixiao-enable doc-number -->\n');
    assert.deepEqual(summary(text), [ALL[1], ALL[2]]);
  });

  test('disable … enable without ids: every rule inside, none after', () => {
    let text = before(defective(), OPENING_BAD, '<!-- jixiao-disable -->\n');
    text = before(text, '## 一、单位基本情况', '<!-- jixiao-enable -->\n');
    assert.deepEqual(summary(text), [ALL[2]]);
  });

  test('disable without enable: to the end of the document', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-disable doc-number -->\n');
    assert.deepEqual(summary(text), [ALL[1]]);
  });

  test('enable of a rule that was not disabled changes nothing', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-enable doc-number -->\n');
    assert.deepEqual(summary(text), ALL);
  });

  test('a multi-line finding is suppressed by a directive before its first line', () => {
    const nav = '当前位置  首页 > 部门导航 > 湛江市科学技术局 > 政务公开 > 通知公告\n【打印】 【字体:\n\n';
    const clean = cleanReport();
    assert.deepEqual(
      check(nav + clean).map((f) => f.ruleId),
      ['pasted-debris'],
    );
    assert.deepEqual(check('<!-- jixiao-disable-next-line pasted-debris -->\n' + nav + clean), []);
  });

  test('an ordinary HTML comment is not a directive', () => {
    const text = before(defective(), OPENING_BAD, '<!-- 待办公室核对 doc-number -->');
    assert.deepEqual(summary(text), ALL);
  });

  test('directives work in CRLF text', () => {
    const text = before(defective(), OPENING_BAD, '<!-- jixiao-disable-next-line doc-number -->').replace(/\n/g, '\r\n');
    assert.deepEqual(summary(text), [ALL[1], ALL[2]]);
  });
});
