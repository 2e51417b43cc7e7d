// The table a converted page is read through (server/src/engine/text/traditional.json): one character for one,
// and no traditional form a simplified page also writes; glosses left out with every position kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import data from '../../server/src/engine/text/traditional.json' with { type: 'json' };
import { simplify, unconverted } from '../../server/src/engine/text/traditional.js';

describe('the traditional table', () => {
  const pairs = Object.entries(data.map);

  test('each traditional character stands for one simplified character, and none is itself a simplified one', () => {
    const values = new Set(pairs.map(([, s]) => s));
    for (const [t, s] of pairs) {
      assert.equal([...t].length, 1, t);
      assert.equal([...s].length, 1, s);
      assert.notEqual(t, s);
      assert.ok(!values.has(t), `${t} is read as ${s} but a simplified page writes it too`);
    }
  });

  test('made up: a simplified page is left as it is; a converted one is read one for one', () => {
    const page = '2023年度项目支出绩效自评报告：预算执行率98%。';
    assert.equal(simplify(page), page);
    assert.equal(simplify('項目支出績效自評報告'), '项目支出绩效自评报告');
  });

  test('made up: glued pinyin left out, and each character read found where it stands in the text', () => {
    const text = '根據(jù)自評得分95分';
    const { line, at } = unconverted(text);
    assert.equal(line, '根据自评得分95分');
    assert.ok(at);
    const i = line.indexOf('自评');
    assert.equal(text.slice(at[i] as number, (at[i + 1] as number) + 1), '自評');
  });
});
