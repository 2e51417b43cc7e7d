// Formatting a report's GFM tables (issue 15 §3): the pipes lined up by display width (a CJK character
// takes two columns), only the spaces around cells and the delimiter's dashes changed, nothing outside
// tables, nothing in fenced code; a formatted table gives no edit.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { formatTables } from '../../server/src/engine/assist/format-tables.js';
import { applyEdits, buildReport } from '../../server/src/engine/index.js';
import { displayWidth } from '../../server/src/engine/text/display-width.js';
import { registry } from '../helpers.js';
import { tuneText } from './rules/_tune.js';

const format = (text: string, range?: { start: number; end: number }) => {
  const edits = formatTables(text, buildReport(text, { registry }).parsed.opaque, range);
  return { edits, text: applyEdits(text, edits) };
};

/** Each pipe row's pipes as display columns. */
const pipeColumns = (text: string): number[][] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) => [...l].flatMap((ch, i, all) => (ch === '|' ? [displayWidth(all.slice(0, i).join(''))] : [])));

/** The text without the spaces and dashes formatting may change. */
const bare = (s: string): string => s.replace(/[ \t-]/g, '');

describe('formatting tables', () => {
  test('the 南县 2020 page’s table (real text): pipes lined up, cells and the rest unchanged, a second pass changes nothing', () => {
    const text = tuneText('2020-湖南-南县发展和改革局-部门整体');
    const { edits, text: out } = format(text);
    assert.ok(edits.length > 0);
    assert.equal(bare(out), bare(text));
    const rows = pipeColumns(out);
    // the header's pipes at the same columns in each row that has as many cells
    const header = rows[0] as number[];
    for (const r of rows.filter((r) => r.length === header.length)) assert.deepEqual(r, header);
    assert.equal(out.split('\n').slice(15).join('\n'), text.split('\n').slice(15).join('\n'), 'the prose after the table is untouched');
    assert.deepEqual(format(out).edits, []);
  });

  test('a right-aligned column pads on the left; a centred one on both sides; colons kept (made-up table)', () => {
    const { text } = format('| 项目 | 金额 | 备注 |\n|:-:|--:|---|\n| 办公费 | 12.5 | 无 |\n| 合计 | 100 | |\n');
    assert.equal(
      text,
      '|  项目  | 金额 | 备注 |\n' + '| :----: | ---: | ---- |\n' + '| 办公费 | 12.5 | 无   |\n' + '|  合计  |  100 |      |\n',
    );
  });

  test('only padding changes: each edit covers spaces, or a delimiter cell, or adds a missing closing pipe (made-up table)', () => {
    const text = '| 一级指标 | 分值 |\n|---|---|\n| 产出指标 | 50\n';
    const { edits, text: out } = format(text);
    for (const e of edits) {
      assert.match(text.slice(e.start, e.end), /^[ \t:|-]*$/, JSON.stringify(e));
      assert.match(e.newText, /^[ :|-]*$/, JSON.stringify(e));
    }
    assert.equal(out, '| 一级指标 | 分值 |\n| -------- | ---- |\n| 产出指标 | 50   |\n');
  });

  test('tables in fenced code, lines that are no table, and tables outside the range are left alone (made-up text)', () => {
    const fenced = '```\n| a | b |\n|-|-|\n| 中文 | x |\n```\n';
    assert.deepEqual(format(fenced).edits, []);
    assert.deepEqual(format('| 只有一行 |\n正文\n').edits, []);
    assert.deepEqual(format('| a | b |\n| c | d |\n').edits, [], 'no delimiter row: not a table');
    const two = '| 甲 | b |\n|-|-|\n\n正文。\n\n| 乙 | d |\n|-|-|\n';
    const second = two.indexOf('| 乙');
    const { text } = format(two, { start: second, end: second + 3 });
    assert.equal(text.slice(0, second), two.slice(0, second), 'the first table is outside the range');
    assert.equal(text.slice(second), '| 乙  | d   |\n| --- | --- |\n');
  });

  test('CRLF line ends are kept (made-up table)', () => {
    const { text } = format('| 项目 | 金额 |\r\n|---|---|\r\n| 办公费 | 1 |\r\n');
    assert.equal(text, '| 项目   | 金额 |\r\n| ------ | ---- |\r\n| 办公费 | 1    |\r\n');
  });
});
