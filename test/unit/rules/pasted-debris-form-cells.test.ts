// A form's cells flattened with a space between them are no PDF line breaks: the cells are shorter than a PDF's line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../helpers.js';
import { flattenedGaps } from '../../../server/src/engine/rules/debris/flattened.js';
import { tuneLine, tuneText } from './_tune.js';

const SLUG = '2018-不详-部门整体支出绩效评价基础数据表-自评表';

test('false positive kept away: 基础数据表 2018 line 2, a form’s title and header cells (填报单位: 单位:万元 财政供养人员情况 编制数 …)', () => {
  assert.deepEqual(flattenedGaps(tuneLine(SLUG, 2)), []);
  const text = tuneText(SLUG);
  const line2 = text.indexOf('附件3:');
  const onLine2 = findingsOf(text, 'pasted-debris').filter((f) => f.span.start >= line2 && f.span.start < text.indexOf('\n', line2));
  assert.deepEqual(
    onLine2.map((f) => f.message.zh),
    [],
  );
});

test('a page’s line breaks flattened into spaces are still read (瑶海 2022 line 12)', () => {
  assert.ok(flattenedGaps(tuneLine('2022-安徽-合肥市瑶海区农林水务局-项目支出', 12)).length > 0);
});
