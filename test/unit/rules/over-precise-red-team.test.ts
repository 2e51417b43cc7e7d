// Session 22's red team of over-precise: made-up correct text that comes close to the reading (a false alarm before its mend),
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

const TABLE = [
  '| 项目名称 | 中心坐标经度 | 面积（亩） | 单价（元/千瓦时） | 投资(万元) |',
  '|---|---|---|---|---|',
  '| 某塘坝除险加固 | 112.934567 | 12.34567 | 0.588765 | 35.00 |',
].join('\n');

describe('over-precise: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('over-precise: coordinates, 亩 and a price in 元 in the columns beside a 万元 one (made up)', () => {
    assert.deepEqual(found('over-precise', TABLE), []);
  });
  test('over-precise: a row of the 万元 column whose label names its own unit (made up)', () => {
    const rows = ['| 项目 | 金额（万元） |', '|---|---|', '| 亩均补助（元/亩） | 123.456789 |', '| 补助面积（亩） | 9720.12345 |'];
    assert.deepEqual(found('over-precise', rows.join('\n')), []);
  });
  test('over-precise: a figure with six decimals in the 万元 column (made up)', () => {
    assert.deepEqual(found('over-precise', TABLE.replace('35.00', '35.000000')), ['35.000000']);
  });
});
