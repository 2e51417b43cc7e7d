// What `jixiao export` lays out, read from the report model (office/export-blocks.ts), on a made-up report:
// the title, headings at their outline levels (a run-in heading split where its title ends), a Markdown
// paragraph's lines kept together, numbered lines each a paragraph, a GFM table, the 附件说明 with its list,
// the 落款 (unit over date) and an attachment's label with its title.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport } from '../../server/src/engine/index.js';
import { exportBlocks } from '../../server/src/office/export-blocks.js';
import { ROOT, registry } from '../helpers.js';

/** A made-up report (test/fixtures/export): every kind of block export lays out. */
const MADE_UP = readFileSync(join(ROOT, 'test', 'fixtures', 'export', 'made-up-report.md'), 'utf8');

describe('exportBlocks (made-up report)', () => {
  const blocks = exportBlocks(buildReport(MADE_UP, { registry }));
  const kinds = blocks.map((b) => b.kind);

  test("the title first; the only other is the attachment's", () => {
    assert.deepEqual(blocks[0], { kind: 'title', text: '示例单位2024年度整体支出绩效自评报告' });
    assert.equal(kinds.indexOf('title', 1), kinds.indexOf('attachmentLabel') + 1); // the other title is the attachment's
  });

  test('headings at their outline levels; a run-in heading knows where its title ends', () => {
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [[b.level, b.text, b.runIn]] : []));
    assert.deepEqual(headings.slice(0, 2), [
      [1, '一、单位基本情况', undefined],
      [2, '（一）主要职能。本单位负责示例工作。', '（一）主要职能。'.length],
    ]);
    assert.ok(headings.some(([level, text]) => level === 1 && text === '三、存在问题'));
  });

  test("a paragraph's lines stay one paragraph; a numbered line starts its own", () => {
    const bodies = blocks.flatMap((b) => (b.kind === 'body' ? [b.lines] : []));
    assert.ok(
      bodies.some((l) => l.join('|') === '本单位设|3个内设机构，主要职责是：'),
      JSON.stringify(bodies),
    );
    assert.ok(
      bodies.some((l) => l.join('|') === '（一）拟订示例规划。') ||
        blocks.some((b) => b.kind === 'heading' && b.text === '（一）拟订示例规划。'),
    );
  });

  test('a GFM table: its header row and its cells', () => {
    const table = blocks.find((b) => b.kind === 'table');
    assert.deepEqual(table, {
      kind: 'table',
      header: true,
      rows: [
        ['项目', '预算数（万元）', '执行率'],
        ['示例项目', '120.50', '98.5%'],
      ],
    });
  });

  test('附件说明 and its later item, the 落款, then the attachment label', () => {
    const tail = blocks.slice(blocks.findIndex((b) => b.kind === 'attachmentNote'));
    assert.deepEqual(tail.slice(0, 4), [
      { kind: 'attachmentNote', text: '附件：1.示例单位2024年度整体支出绩效自评表', item: false },
      { kind: 'attachmentNote', text: '2.示例单位2024年度项目支出绩效自评表', item: true },
      { kind: 'signature', unit: '示例单位', date: '2025年3月1日' },
      { kind: 'attachmentLabel', text: '附件1' },
    ]);
    assert.deepEqual(tail[4], { kind: 'title', text: '示例单位2024年度整体支出绩效自评表' });
  });

  test('a date alone without a unit line above it is a 落款 of the date only; a date in a sentence is none (made-up)', () => {
    const dateOnly = exportBlocks(
      buildReport('示例单位2024年度整体支出绩效自评报告\n\n一、单位基本情况\n\n正文。\n\n二〇二五年三月一日\n', { registry }),
    );
    assert.deepEqual(dateOnly.at(-1), { kind: 'signature', date: '二〇二五年三月一日' });
    const inSentence = exportBlocks(
      buildReport('示例单位2024年度整体支出绩效自评报告\n\n一、单位基本情况\n\n本报告于2025年3月1日完成。\n', { registry }),
    );
    assert.ok(!inSentence.some((b) => b.kind === 'signature'));
  });
  test("a label above the title (a report sent as a notice's attachment) is laid out first and leaves the 落款 found (made-up)", () => {
    const text = '附件3\n\n示例单位2024年度整体支出绩效自评报告\n\n一、单位基本情况\n\n正文。\n\n示例单位\n2025年3月1日\n';
    const b = exportBlocks(buildReport(text, { registry }));
    assert.deepEqual(b[0], { kind: 'attachmentLabel', text: '附件3' });
    assert.deepEqual(b[1], { kind: 'title', text: '示例单位2024年度整体支出绩效自评报告' });
    assert.deepEqual(b.at(-1), { kind: 'signature', unit: '示例单位', date: '2025年3月1日' });
  });
});
