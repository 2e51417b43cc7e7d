// table-final-over-budget (T13): 本年决算数 above 本年预算数 in the 基础数据表 needs an explanation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsAsReport, tuneEntries, tuneText } from './_tune.js';

const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;
const SLUG = '2023-湖南-衡山县贯塘乡人民政府-部门整体';

test('衡山贯塘: 项目支出 1025.20 > 308.17, 公用经费 193.42 > 85.76, 办公经费, 会议费: one finding, each row marked; 水费 12.64 < 13.00 not', () => {
  const text = tuneText(SLUG);
  const found = findingsAsReport(text, 'table-final-over-budget');
  assert.equal(found.length, 1);
  const f = found[0];
  assert.deepEqual(
    [f?.span, ...(f?.related ?? []).map((r) => r.span)].map((s) => s && lineOf(text, s.start)),
    [87, 120, 128, 144],
  );
  for (const x of ['1025.20 > 308.17', '193.42 > 85.76', '49.09 > 27.00', '5.42 > 3.00']) assert.ok(f?.message.zh.includes(x), x);
  assert.ok(!f?.message.zh.includes('12.64'));
});

test('no other tuning text is flagged', () => {
  for (const e of tuneEntries()) if (e.slug !== SLUG) assert.deepEqual(findingsAsReport(e.text, 'table-final-over-budget'), [], e.slug);
});

test('a reason near the row’s name explains it (衡山贯塘’s rows with a made-up explanation)', () => {
  const text = tuneText(SLUG);
  const explained = text + '\n公用经费超出预算，主要是由于年中新增防汛值守任务。\n';
  const f = findingsAsReport(explained, 'table-final-over-budget')[0];
  assert.ok(f && !f.message.zh.includes('193.42') && f.message.zh.includes('1025.20'), f?.message.zh);
});
