// The 自评表 windows kept across edits (model/self-eval-table.ts): a window where no header was found
// stays bare while its changed blocks differ only in cells no header look-up can use, and is read again
// as soon as an edit could make a header. Typing in and around every table-like block of the field
// corpus — column names, figures, brackets, pipes, blank lines, plain characters — the tables read
// incrementally are the tables a fresh read gives, and so are the findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../server/src/engine/model/report.js';
import { checkText } from '../../server/src/engine/index.js';
import { selfEvalTables } from '../../server/src/engine/model/self-eval-table.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { readCorpus } from '../accuracy/score.js';
import { rng } from '../../bench/generate.js';
import { ROOT, registry } from '../helpers.js';

/** Inert text and text a header look-up reads (names, pieces of names, brackets, years, pipes). */
const INSERTS = [
  '字',
  '说明',
  '预算数',
  '年初',
  '全年执行数',
  '三级指标',
  '得分',
  '分值',
  '（万元）',
  '：',
  '2023',
  ' ',
  '|',
  '\n',
  '\n\n',
  '决算数',
];
/** Where the windows are: the words an anchor block holds. */
const ANCHOR_WORDS = /执行|三级指标|决算数/g;
const EDITS_PER_TEXT = 16;

const tablesOf = (text: string, parser?: IncrementalParser): string =>
  JSON.stringify(selfEvalTables(buildReport(text, parser ? { registry, parser } : { registry })));
const findingsOf = (text: string, parser?: IncrementalParser): string =>
  JSON.stringify(checkText(text, parser ? { registry, parser } : { registry }).findings);

test('自评表 windows: incremental = from scratch, typing in and around every table of the field corpus', () => {
  let compared = 0;
  for (const entry of readCorpus()) {
    const anchors = [...entry.text.matchAll(ANCHOR_WORDS)].map((m) => m.index);
    if (anchors.length === 0) continue;
    const r = rng(entry.slug.length * 7877);
    const parser = new IncrementalParser();
    const findingsParser = new IncrementalParser();
    let text = entry.text;
    tablesOf(text, parser);
    findingsOf(text, findingsParser);
    for (let i = 0; i < EDITS_PER_TEXT; i++) {
      // within a few hundred characters of a table word: the window's own blocks, before and after it
      const near = anchors[Math.floor(r() * anchors.length)] as number;
      const at = Math.max(0, Math.min(text.length, near + Math.floor((r() - 0.3) * 1500)));
      const insert = INSERTS[Math.floor(r() * INSERTS.length)] as string;
      text = r() < 0.8 ? text.slice(0, at) + insert + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 6));
      assert.equal(tablesOf(text, parser), tablesOf(text), `${entry.slug}: tables differ after edit ${i} at ${at}`);
      if (i % 4 === 3) assert.equal(findingsOf(text, findingsParser), findingsOf(text), `${entry.slug}: findings differ after edit ${i}`);
      compared++;
    }
  }
  assert.ok(compared >= 50 * EDITS_PER_TEXT, `${compared} comparisons`);
});

test('a bare window is read again when an edit beside its anchor completes a header (made-up text)', () => {
  // made up: a two-column table naming 全年执行数, then the header's other columns flattened into a
  // paragraph, then a row of figures; 执行字 is no column, 执行率 is
  const text = (last: string): string =>
    `# 一、自评表\n\n| 项目 | 全年执行数 |\n|---|---|\n\n全年预算数 ${last}\n\n年度资金总额 100 90 90%\n\n说明字字\n`;
  const parser = new IncrementalParser();
  const steps = ['执行字', '执行字字', '执行率', '执行字', '执行率'];
  for (const last of steps) assert.equal(tablesOf(text(last), parser), tablesOf(text(last)), `after typing ${last}`);
  assert.notEqual(tablesOf(text('执行率')), '[]', 'the completed header reads a table');
  assert.equal(tablesOf(text('执行字')), '[]');
});

test('table rules’ findings kept per table (rules/per-table.ts) move with their tables: three flawed tables typed around and into', () => {
  // made up: the e2e fixture's table (its rate 95% for 108 ÷ 120) three times, the second with a score above its
  // weight, the third with an unmet target and no reason, prose between
  const table = readFileSync(join(ROOT, 'test', 'fixtures', 'tables', 'made-up-自评表.md'), 'utf8')
    .split('\n')
    .slice(8)
    .join('\n');
  const second = table.replace('| 30   | 30    |', '| 30   | 33    |');
  const third = table.replace('| 520人次    |', '| 420人次    |');
  // paragraphs between the tables, more than a window looks back (BEFORE = 8 blocks), so each table is a window of its own
  const prose = (word: string): string => Array.from({ length: 12 }, (_, i) => `${word}第${i + 1}段。`).join('\n\n');
  let text =
    `# 示例单位 2024 年度项目支出绩效自评报告\n\n一、基本情况\n\n${prose('前文')}\n\n${table}\n\n${prose('中段')}\n\n${second}\n\n` +
    `${prose('后文')}\n\n${third}\n`;
  const parser = new IncrementalParser();
  const findings = findingsOf(text, parser);
  for (const id of ['table-execution-rate', 'table-score-over-weight', 'table-unmet-reason']) assert.ok(findings.includes(id), id);
  const r = rng(4242);
  for (let i = 0; i < 60; i++) {
    const at = Math.floor(r() * text.length);
    const insert = INSERTS[Math.floor(r() * INSERTS.length)] as string;
    text = r() < 0.8 ? text.slice(0, at) + insert + text.slice(at) : text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 3));
    assert.equal(findingsOf(text, parser), findingsOf(text), `findings differ after edit ${i} at ${at}`);
    // and each lands on the cell it quotes (a fresh check keeps its tables' findings the same way, so equal is not enough)
    for (const f of checkText(text, { registry, parser }).findings.filter((f) => f.ruleId.startsWith('table-'))) {
      const cell = text.slice(f.span.start, f.span.end);
      assert.ok(cell.trim() !== '' && f.message.zh.includes(cell), `${f.ruleId} on “${cell}”: ${f.message.zh}`);
    }
  }
});

test('a table moved by an edit before it is moved part by part when read, once, as read afresh (made-up text)', () => {
  // made up: the e2e fixture's table after a paragraph typed into, more paragraphs between than a window looks back
  const table = readFileSync(join(ROOT, 'test', 'fixtures', 'tables', 'made-up-自评表.md'), 'utf8')
    .split('\n')
    .slice(8)
    .join('\n');
  const prose = Array.from({ length: 12 }, (_, i) => `前文第${i + 1}段。`).join('\n\n');
  const text = (typed: string): string => `# 示例单位 2024 年度项目支出绩效自评报告\n\n一、基本情况${typed}\n\n${prose}\n\n${table}\n`;
  const parser = new IncrementalParser();
  const [before] = selfEvalTables(buildReport(text(''), { registry, parser }));
  const after = text('字字字');
  const [moved] = selfEvalTables(buildReport(after, { registry, parser }));
  assert.ok(before && moved);
  assert.equal(moved.kept, before.kept, 'the same kept table');
  assert.equal(moved.by - before.by, 3);
  assert.equal(moved.money, moved.money, 'a part is moved once');
  assert.equal(moved.indicators, moved.indicators);
  const cells = [
    ...moved.money.flatMap((r) => [r.label, ...Object.values(r.figures)]),
    ...moved.indicators.flatMap((r) => [r.name, r.target, r.actual, r.weight, r.score]),
  ];
  if (moved.total) cells.push(moved.total.label, moved.total.score);
  assert.ok(cells.length > 20);
  for (const c of cells) assert.equal(after.slice(c.start, c.end), c.text);
  assert.equal(JSON.stringify(moved), tablesOf(after).slice(1, -1));
});

// a window's tables kept across typing in its prose (model/self-eval-table.ts, proseEdited), read again where a reader
// looks at what was typed
test('typing in the prose of a window with tables: the tables kept or read again, as read afresh (made-up text)', () => {
  // made up: the e2e fixture's table three times, a few paragraphs between (one window: fewer than a window's cells)
  const table = readFileSync(join(ROOT, 'test', 'fixtures', 'tables', 'made-up-自评表.md'), 'utf8')
    .split('\n')
    .slice(8)
    .join('\n');
  const prose = (word: string): string => Array.from({ length: 3 }, (_, i) => `${word}第${i + 1}段，项目按计划实施。`).join('\n\n');
  let text = `# 示例单位 2024 年度项目支出绩效自评报告\n\n一、基本情况\n\n${prose('前文')}\n\n${table}\n\n${prose('中段')}\n\n${table}\n\n${prose('后文')}\n`;
  // what a reader may look at: figures, empty cells, 二级指标, 总分, 执行率, years, 决算数, pipes, breaks
  const inserts = [
    '字',
    '字',
    '字',
    '说明',
    '100',
    '95%',
    '总分',
    '合计',
    '成本指标',
    '执行率',
    '2023',
    '决算数',
    ' ',
    '|',
    '\n',
    '\n\n',
    '',
  ];
  const parser = new IncrementalParser();
  tablesOf(text, parser);
  const r = rng(9091);
  let kept = 0;
  for (let i = 0; i < 120; i++) {
    const paragraphs = [...text.matchAll(/(?:前文|中段|后文)第/g)].map((m) => m.index);
    const at = (paragraphs[Math.floor(r() * paragraphs.length)] as number) + Math.floor(r() * 12);
    const insert = inserts[Math.floor(r() * inserts.length)] as string;
    const before = selfEvalTables(buildReport(text, { registry, parser }));
    text = insert === '' ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + insert + text.slice(at);
    const after = selfEvalTables(buildReport(text, { registry, parser }));
    if (after.length > 0 && after.every((t, k) => t.kept === before[k]?.kept)) kept++;
    assert.equal(JSON.stringify(after), tablesOf(text), `tables differ after inserting ${JSON.stringify(insert)} at ${at} (edit ${i})`);
    if (i % 10 === 9) assert.equal(findingsOf(text, parser), findingsOf(text), `findings differ after edit ${i}`);
  }
  assert.ok(kept >= 20, `${kept} edits kept the tables`);
});
