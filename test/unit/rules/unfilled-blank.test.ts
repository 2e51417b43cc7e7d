import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, findingsOf, spanText } from '../../helpers.js';
import { renderNewReport } from '../../../server/src/cli/init.js';
import { registry } from '../../helpers.js';
import { cleanReport } from './_report.js';

const RULE = 'unfilled-blank';

describe('unfilled-blank', () => {
  test('the clean report has none; a blank left in a budget sentence is a warning on the blank', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    const text = cleanReport({ bodies: { 'basic-budget': '我单位 2023 年收入总预算　　万元，其中：一般公共预算安排拨款 3232.51 万元。' } });
    const [f, ...rest] = findingsOf(text, RULE);
    assert.ok(f && rest.length === 0);
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '　　');
    assert.match(f.message.zh, /空白“　　”还没有填写/);
  });

  test('several blanks on a line: one finding from the first to the last, with their number', () => {
    const text = cleanReport({ bodies: { 'self-eval-submission': '我单位于　　年　　月　　日前报送自评材料。' } });
    const [f, ...rest] = findingsOf(text, RULE);
    assert.ok(f && rest.length === 0);
    assert.equal(spanText(text, f), '　　年　　月　　');
    assert.match(f.message.zh, /3 处空白/);
    assert.match(f.message.en, /^3 blanks/);
  });

  test('a paragraph indented with ideographic spaces, a single one, and a line of them are not blanks', () => {
    const text = cleanReport({ bodies: { 'basic-tasks': '　　2023 年，我单位围绕中心工作，重点开展了以下工作。\n\n中　文\n\n　　　　' } });
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('a fresh skeleton from jixiao init: every line with blanks is found, in the header and the body', () => {
    const template = registry.get('gd-department-overall');
    assert.ok(template);
    const text = renderNewReport(template, { year: 2025, unit: '湛江市科学技术局' });
    const found = findingsOf(text, RULE);
    const lines = text.split('\n').filter((l) => /[^\s\u3000]\u3000{2}/.test(l.replace(/^[\s\u3000]+/, 'x')));
    assert.ok(found.length >= 10, `${found.length} findings`);
    assert.equal(found.length, lines.length, 'one finding per line with blanks');
    // filled in, they go
    assert.deepEqual(check(text.replace(/\u3000{2,}/g, '1')).filter((f) => f.ruleId === RULE), []);
  });
});
