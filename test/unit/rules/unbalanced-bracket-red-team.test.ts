// Session 22's red team of unbalanced-bracket: made-up correct text that comes close to the reading (a false alarm before its mend),
// and a made-up wrong variant it keeps finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

/** The spans `rule` finds in the clean report with `body` as 一（一）'s body. */
const found = (rule: string, body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, rule).map((f) => spanText(text, f));
};

describe('unbalanced-bracket: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('unbalanced-bracket: a list numbered 1）2）3） before another list numbered （1）（2） (made up)', () => {
    assert.deepEqual(found('unbalanced-bracket', '分三步：1）摸底调查；2）组织实施；3）验收评估。\n（1）资金到位；（2）资金使用。'), []);
  });
  test('unbalanced-bracket: a quotation of several paragraphs, each opening with “ and the last closing with ” (made up)', () => {
    const body = [
      '文件明确规定：',
      '“一、各级财政部门要加强预算绩效管理。',
      '“二、各部门要认真开展绩效自评。',
      '“三、自评结果要及时公开。”',
    ];
    assert.deepEqual(found('unbalanced-bracket', body.join('\n\n')), []);
  });
  test('unbalanced-bracket: a paragraph opening with “ that nothing goes on from (made up)', () => {
    assert.deepEqual(found('unbalanced-bracket', '“一、各级财政部门要加强预算绩效管理。\n\n以上要求我局均已落实。'), ['“']);
  });
  test('unbalanced-bracket: 1） whose next item is written （2） (made up)', () => {
    assert.deepEqual(found('unbalanced-bracket', '主要做法：1）摸底调查；（2）组织实施；（3）验收评估。'), ['1）']);
  });
});
