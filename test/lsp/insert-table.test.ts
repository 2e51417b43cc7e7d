// The 自评表 skeleton and table formatting through the built language server (issue 15 §3): the
// insert command at the cursor through workspace/applyEdit, the same insert as a quick fix on a report
// without a 自评表 (on a blank line of its result section, never on prose), and document / range formatting lining up GFM
// tables by display width, a second request answering no edit.
import { describe, test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { CodeAction, TextEdit } from 'vscode-languageserver-protocol';
import { readExample } from '../helpers.js';
import { displayWidth } from '../../server/src/engine/text/display-width.js';
import { SERVER_COMMANDS } from '../../shared/commands.js';
import { TestClient } from './client.js';

const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
const U2019 = 'file:///reports/2019-fixed.md';

/** The line (0-based) of the first blank line after `needle`. */
function blankLineAfter(text: string, needle: string): number {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(needle));
  assert.ok(from >= 0, `“${needle}” not in text`);
  return lines.findIndex((l, i) => i > from && l.trim() === '');
}

/** Each run of pipe rows' pipes as display columns. */
function tablePipes(text: string): number[][][] {
  const out: number[][][] = [];
  let run: number[][] = [];
  for (const l of [...text.split('\n'), '']) {
    if (l.startsWith('|')) run.push([...l].flatMap((ch, i, all) => (ch === '|' ? [displayWidth(all.slice(0, i).join(''))] : [])));
    else if (run.length) {
      out.push(run);
      run = [];
    }
  }
  return out;
}

describe('language server: the 自评表 skeleton and table formatting', () => {
  const client = new TestClient();
  let capabilities: Record<string, unknown>;
  before(async () => {
    capabilities = await client.initialize();
  });
  after(() => client.stop());

  test('announces document and range formatting, and the insert command', () => {
    assert.equal(capabilities.documentFormattingProvider, true);
    assert.equal(capabilities.documentRangeFormattingProvider, true);
    assert.ok((capabilities.executeCommandProvider as { commands: string[] }).commands.includes(SERVER_COMMANDS.insertSelfEvalTable));
  });

  test('the quick fix is offered on a blank line of 自评结果 in a report without a 自评表, not on a line of prose', async () => {
    await client.open(U2019, R2019, 1);
    const line = blankLineAfter(R2019, '(一)自评结果');
    const at = (l: number) =>
      client.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri: U2019 },
        range: { start: { line: l, character: 0 }, end: { line: l, character: 0 } },
        context: { diagnostics: [] },
      });
    const titles = (await at(line)).map((a) => a.title);
    assert.ok(titles.includes('插入项目支出绩效自评表'), titles.join(' | '));
    const prose = R2019.split('\n').findIndex((l) => l.includes('现将2019年度'));
    assert.ok(!(await at(prose)).some((a) => a.title === '插入项目支出绩效自评表'));
  });

  test('the command inserts the skeleton at the cursor: after that blank line, pipes lined up, the rest unchanged', async () => {
    const uri = 'file:///reports/insert.md';
    await client.open(uri, R2019, 1);
    const line = blankLineAfter(R2019, '现将2019年度');
    const result = await client.request<{ applied: boolean }>('workspace/executeCommand', {
      command: SERVER_COMMANDS.insertSelfEvalTable,
      arguments: [uri, { line, character: 0 }],
    });
    assert.equal(result.applied, true);
    const text = client.text(uri);
    const lines = text.split('\n');
    // the blank line stays between the prose and the title
    assert.equal(lines[line + 1], '**项目支出绩效自评表**');
    assert.deepEqual(lines.slice(0, line + 1), R2019.split('\n').slice(0, line + 1));
    assert.ok(
      text.endsWith(
        R2019.split('\n')
          .slice(line + 1)
          .join('\n'),
      ),
    );
    assert.ok(text.includes('| 产出指标（50分）   | 数量指标           |'));
    const tables = tablePipes(text);
    assert.equal(tables.length, 4);
    for (const rows of tables) for (const r of rows) assert.deepEqual(r, rows[0]);
  });

  test('formatting lines up a table by display width, touches nothing else; again, no edit; a range formats its table only', async () => {
    const uri = 'file:///reports/format.md';
    const text =
      '# 某单位2024年度项目支出绩效自评报告\n\n本文为虚构示例（made up）。\n\n| 项目 | 金额 |\n|---|---|\n| 办公费 | 12.5 |\n\n' +
      '正文。\n\n| 指标 | 分值 |\n|--|--|\n| 产出指标 | 50 |\n';
    await client.open(uri, text, 1);
    const second = text.split('\n').findIndex((l) => l.startsWith('| 指标'));
    const ranged = await client.request<TextEdit[]>('textDocument/rangeFormatting', {
      textDocument: { uri },
      range: { start: { line: second, character: 0 }, end: { line: second + 2, character: 0 } },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.ok(ranged.length > 0 && ranged.every((e) => e.range.start.line >= second));
    const edits = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    await client.change(uri, edits);
    assert.equal(
      client.text(uri),
      '# 某单位2024年度项目支出绩效自评报告\n\n本文为虚构示例（made up）。\n\n| 项目   | 金额 |\n| ------ | ---- |\n| 办公费 | 12.5 |\n\n' +
        '正文。\n\n| 指标     | 分值 |\n| -------- | ---- |\n| 产出指标 | 50   |\n',
    );
    const again = await client.request<TextEdit[]>('textDocument/formatting', {
      textDocument: { uri },
      options: { tabSize: 2, insertSpaces: true },
    });
    assert.deepEqual(again, []);
  });
});
