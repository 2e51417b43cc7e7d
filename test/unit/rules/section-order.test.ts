import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, readExample, spanText, only } from '../../helpers.js';
import { cleanReport, offsetOf } from './_report.js';

const RULE = 'section-order';

/** Moves the text from `b` up to `end` (or the end of the text) in front of `a`. */
function moveBefore(text: string, a: string, b: string, end?: string): string {
  const i = offsetOf(text, a);
  const j = offsetOf(text, b);
  const k = end === undefined ? text.length : offsetOf(text, end);
  assert.ok(i < j && j < k);
  return text.slice(0, i) + text.slice(j, k) + text.slice(i, j) + text.slice(k);
}

describe('section-order: silent', () => {
  test('on the clean report, both heading styles', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    assert.deepEqual(findingsOf(cleanReport({ style: 'plain', halfWidth: true, indent: '  ' }), RULE), []);
  });

  test('on the examples', () => {
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  test('when a section is missing (a gap is not a wrong order)', () => {
    assert.deepEqual(findingsOf(cleanReport({ omit: ['results-key-projects', 'self-eval-team'] }), RULE), []);
  });
});

describe('section-order: finds sections out of order', () => {
  test('改进措施 before 存在问题: one warning, on the section that moved', () => {
    const text = moveBefore(cleanReport(), '### （四）部门整体支出绩效管理存在问题', '### （五）改进措施');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.ruleId, RULE);
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '（五）改进措施');
    assert.ok(f.message.zh.includes('「改进措施」'));
    assert.ok(f.message.zh.includes('「部门整体支出绩效管理存在问题」之后'));
  });

  test('the out-of-order section’s number is not also reported by heading-numbering', () => {
    const text = moveBefore(cleanReport(), '### （四）部门整体支出绩效管理存在问题', '### （五）改进措施');
    assert.deepEqual(findingsOf(text, 'heading-numbering'), []);
  });

  test('top-level sections swapped: 三 before 二', () => {
    const text = moveBefore(cleanReport(), '## 二、自评工作开展情况', '## 三、绩效自评情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '三、绩效自评情况');
    assert.ok(f.message.zh.includes('「自评工作开展情况」之后'));
  });

  test('plain half-width report: (二)自评工作过程 before (一)评价小组情况', () => {
    const text = moveBefore(
      cleanReport({ style: 'plain', halfWidth: true }),
      '(一)评价小组情况',
      '(二)自评工作过程',
      '(三)自评材料报送时间及质量',
    );
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '(二)自评工作过程');
    assert.ok(f.message.zh.includes('「评价小组情况」之后'));
  });

  test('level-3 sections: 2.预算执行情况 before 1.预算编制情况', () => {
    const text = moveBefore(cleanReport(), '#### 1.预算编制情况', '#### 2.预算执行情况', '#### 3.预算监督情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2.预算执行情况');
  });

  test('severity override', () => {
    const text = moveBefore(cleanReport(), '## 二、自评工作开展情况', '## 三、绩效自评情况');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'error' } })).severity, 'error');
  });
});
