import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, findingsOf, spanText, only } from '../../helpers.js';
import { cleanReport } from './_report.js';

const RULE = 'unknown-template';

describe('unknown-template', () => {
  test('a misspelt template id in the front matter: error on the id, default template named', () => {
    const text = cleanReport({ frontMatter: ['title: 2023 年度整体绩效自评报告', 'template: gd-department-overal'] });
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), 'gd-department-overal');
    assert.ok(f.message.zh.includes('“gd-department-overal”'), f.message.zh);
    assert.ok(f.message.zh.includes('gd-department-overall'), 'names the template used instead');
  });

  test('the report is still checked with the default template: the clean report has no other finding', () => {
    const text = cleanReport({ frontMatter: ['template: gd-department-overal'] });
    assert.deepEqual(
      check(text).map((f) => f.ruleId),
      [RULE],
    );
  });

  test('a defect in a report with an unknown template is still found', () => {
    const text = cleanReport({ frontMatter: ['template: gd-department-overal'], omit: ['results-key-projects'] });
    assert.deepEqual(
      check(text)
        .map((f) => f.ruleId)
        .sort(),
      // the numbers after it follow the report's own sequence （三）（四）: the missing section is the finding, not them
      ['missing-section', RULE].sort(),
    );
  });

  test('a quoted id: the span covers the value on its line', () => {
    const text = cleanReport({ frontMatter: ['template: "gd-department-overal"'] });
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f).replace(/"/g, ''), 'gd-department-overal');
    assert.ok(f.message.zh.includes('“gd-department-overal”'));
  });

  test('CRLF front matter', () => {
    const text = cleanReport({ frontMatter: ['template: nope'] }).replace(/\n/g, '\r\n');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), 'nope');
  });

  test('silent: a known template, front matter without a template key, no front matter', () => {
    assert.deepEqual(check(cleanReport({ frontMatter: ['template: gd-department-overall'] })), []);
    assert.deepEqual(check(cleanReport({ frontMatter: ['author: 办公室'] })), []);
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
  });

  test('severity override', () => {
    const text = cleanReport({ frontMatter: ['template: nope'] });
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
  });
});
