// The staff forms' cells (model/staff-cells.ts) are looked for only on lines holding 制 or 人: the
// pass-over must never drop a cell the reading would take.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CELL_CHARS, mayNameCell, staffCells } from '../../server/src/engine/model/staff-cells.js';
import TRADITIONAL from '../../server/src/engine/text/traditional.json' with { type: 'json' };
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';

/** The cells of a made-up text, as a report's chunks give them. */
const cellsOf = (text: string) => {
  const { chunks, lines } = new IncrementalParser().update(text, 0, true);
  return staffCells(chunks, lines, 0);
};

describe('staff cells: the lines passed over', () => {
  test('a character the traditional reading writes as 制 or 人 is among those looked for', () => {
    for (const [from, to] of Object.entries(TRADITIONAL.map as Record<string, string>)) {
      if ((CELL_CHARS as readonly string[]).includes(to)) assert.ok(mayNameCell(`编${from}数`), `${from} → ${to}`);
    }
    assert.ok(mayNameCell('編製數'));
    assert.ok(!mayNameCell('项目支出'));
  });

  test('made-up labels in traditional script with pinyin, one cell per paragraph, are still read', () => {
    const text = '編(biān)制數(shù)\n\n21\n\n實際在職人數(shù)\n\n23\n';
    const [row] = cellsOf(text);
    assert.deepEqual([row?.posts.count, row?.staff.count], [21, 23]);
  });

  test('a made-up table row naming both columns is still read', () => {
    const text = '| 编制数 | 实有人数 | 控制率 |\n|---|---|---|\n| 46 | 50 | 108.70% |\n';
    const [row] = cellsOf(text);
    assert.deepEqual([row?.posts.count, row?.staff.count], [46, 50]);
  });
});
