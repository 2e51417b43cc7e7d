// The summary row's facts (model/summary-facts.ts): read from the model the rules read, so the page's "stated /
// recomputed" columns say what grade-score and table-total-score say.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText, summaryFacts } from '../../server/src/engine/index.js';
import { readExample, registry } from '../helpers.js';
import { madeUpSubmission, MADE_UP_PROBLEMS } from '../made-up-submission.js';

const facts = (text: string) => summaryFacts(checkText(text, { registry }).report);

describe('summary facts', () => {
  test('the made-up example: score 95 stated, its 自评表 rows add up to 101; execution 95% written, 108 ÷ 120 = 90%', () => {
    const f = facts(readExample('示例单位-2024-培训项目支出绩效自评报告-虚构.md'));
    assert.equal(f.unit, '示例单位');
    assert.equal(f.year, 2024);
    assert.equal(f.kind.zh, '项目支出');
    assert.deepEqual(f.score, { stated: 95, computed: 101 });
    assert.deepEqual(f.grade, { stated: '优', computed: ['优', '优秀'] });
    assert.deepEqual(f.execution, { stated: 95, computed: 90 });
  });

  test('a real report with a stated score and grade and no 自评表: nothing recomputed but the grade of the stated score', () => {
    const f = facts(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'));
    assert.equal(f.score.stated, 92);
    assert.equal(f.score.computed, undefined);
    assert.deepEqual(f.grade, { stated: '优', computed: ['优', '优秀'] });
    assert.deepEqual(f.execution, {});
    assert.match(f.problems, /预算编制的合理性有待提高/);
  });

  test('the 存在问题 text of a made-up submission, from its run-in heading on', () => {
    assert.ok(facts(madeUpSubmission('虚构县甲镇人民政府', MADE_UP_PROBLEMS)).problems.includes(MADE_UP_PROBLEMS));
  });

  test('a report above the size limit: only what its outline tells (its figures are not read, as the rules do not)', () => {
    const text = readExample('示例单位-2024-培训项目支出绩效自评报告-虚构.md');
    const result = checkText(text, { registry, maxSize: 1000 });
    assert.equal(result.structureOnly, true);
    const f = summaryFacts(result.report, result.structureOnly);
    assert.deepEqual([f.unit, f.year, f.score, f.execution], ['示例单位', 2024, {}, {}]);
  });

  test('a text that is no report: its kind is the default template, no problems text, no score', () => {
    const f = facts('# 会议记录\n\n随便写的几句话，总分 100 分。\n');
    assert.equal(f.problems, '');
    assert.deepEqual(f.score, {});
  });
});
