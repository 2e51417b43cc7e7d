// The staff forms' cells (model/staff-cells.ts) are looked for only on lines holding 制 or 人: the
// pass-over must never drop a cell the reading would take.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { CELL_CHARS, staffCells } from '../../server/src/engine/model/staff-cells.js';
import { RECOGNITION } from '../../server/src/engine/model/recognise.js';
import { parseBlocks } from '../../server/src/engine/parse/blocks.js';
import { LineIndex } from '../../server/src/engine/text/line-index.js';

const lines = (text: string) => parseBlocks(text, new LineIndex(text)).lines;

describe('staff cells: the lines passed over', () => {
  test('the traditional reading writes neither 制 nor 人 from another character', () => {
    const readings = Object.entries(RECOGNITION.traditional as Record<string, string>).filter(
      ([from]) => !(CELL_CHARS as readonly string[]).includes(from),
    );
    for (const [from, to] of readings) assert.ok(!(CELL_CHARS as readonly string[]).includes(to), `${from} → ${to}`);
  });

  test('made-up labels in traditional script with pinyin, one cell per paragraph, are still read', () => {
    const text = '編(biān)制數(shù)\n\n21\n\n實際在職人數(shù)\n\n23\n';
    const [row] = staffCells(lines(text), 0);
    assert.deepEqual([row?.posts.count, row?.staff.count], [21, 23]);
  });

  test('a made-up table row naming both columns is still read', () => {
    const text = '| 编制数 | 实有人数 | 控制率 |\n|---|---|---|\n| 46 | 50 | 108.70% |\n';
    const [row] = staffCells(lines(text), 0);
    assert.deepEqual([row?.posts.count, row?.staff.count], [46, 50]);
  });
});
