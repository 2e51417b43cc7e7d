// Inserting the 自评表 skeleton (issue 15 §3): the template's form as GFM tables, rows and weights from
// the template's data (DOMAIN-TABLES §1–2), cells empty, pipes lined up by display width; inserted
// where it reads as tables; read back by the model as a 自评表 once filled; offered as a quick fix only
// on a report that has no 自评表, where a table belongs (the result or indicators section, the end, a
// caption naming it).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  insertTableEdit,
  insertTableFix,
  missingTableFix,
  skeletonMarkdown,
  tableTemplate,
} from '../../server/src/engine/assist/insert-table.js';
import { tableCellAt } from '../../server/src/engine/assist/table-cell.js';
import { applyEdits, buildReport, checkText } from '../../server/src/engine/index.js';
import { selfEvalTables } from '../../server/src/engine/model/self-eval-table.js';
import { displayWidth } from '../../server/src/engine/text/display-width.js';
import { readFixture, registry } from '../helpers.js';
import { tuneText } from './rules/_tune.js';

const templates = registry.list();
const skeletons = templates.filter((t) => t.selfEvalTable);
const national = registry.get('project-expenditure');

/** Each pipe row's pipes as display columns, per table (tables are separated by a line that is no pipe row). */
function tablePipes(text: string): number[][][] {
  const tables: number[][][] = [];
  let current: number[][] = [];
  for (const l of text.split(/\r?\n/)) {
    if (!l.startsWith('|')) {
      if (current.length) tables.push(current);
      current = [];
      continue;
    }
    current.push([...l].flatMap((ch, i, all) => (ch === '|' ? [displayWidth(all.slice(0, i).join(''))] : [])));
  }
  if (current.length) tables.push(current);
  return tables;
}

describe('the skeletons as data', () => {
  test('the national and the Yunnan 项目支出 templates carry one', () => {
    assert.deepEqual(
      skeletons.map((t) => t.id),
      ['project-expenditure', 'yn-project-expenditure'],
    );
  });

  for (const t of skeletons) {
    test(`${t.id}: weights 产出 50, 效益 30, 满意度 10 and the rate’s 10 make the 总分’s 100; every row fits its header`, () => {
      const s = t.selfEvalTable!;
      const cells = s.tables.flatMap((b) => b.rows.flat());
      const level1 = cells.flatMap((c) => [...(/^(.+指标)（(\d+)分）$/.exec(c) ?? [])].slice(1));
      assert.deepEqual(level1, ['产出指标', '50', '效益指标', '30', '满意度指标', '10']);
      const money = s.tables.find((b) => b.header.some((h) => h.startsWith('全年预算数')))!;
      const rateWeight = Number(money.rows[0]![money.header.indexOf('分值')]);
      const indicators = s.tables.at(-1)!;
      const total = indicators.rows.at(-1)!;
      assert.equal(total[0], '总分');
      assert.equal(Number(total[indicators.header.indexOf('分值')]), 50 + 30 + 10 + rateWeight);
      assert.equal(rateWeight, 10);
      for (const b of s.tables) for (const r of b.rows) assert.ok(r.length <= b.header.length, `${r.join('|')} is wider than its header`);
    });
  }
});

describe('the inserted tables', () => {
  const md = skeletonMarkdown(national!.selfEvalTable!);

  test('the title in bold, then the tables with every row’s pipes on the header’s columns', () => {
    assert.ok(md.startsWith('**项目支出绩效自评表**\n\n| 项目名称 |'));
    const tables = tablePipes(md);
    assert.equal(tables.length, 4);
    for (const rows of tables) for (const r of rows) assert.deepEqual(r, rows[0]);
    assert.match(md, /\n\| 年度资金总额 +\| +\| +\| +\| 10 +\| +\| +\|\n/);
    assert.match(md, /\n\| 总分 +\| +\| +\| +\| +\| 100 +\| +\| +\|$/);
  });

  test('on a blank line it takes the line’s place, with a blank line before and after (made-up text)', () => {
    const text = '一、项目基本情况\n正文。\n\n二、绩效目标\n';
    const out = applyEdits(text, [insertTableEdit(text, text.indexOf('\n\n') + 1, national!.selfEvalTable!)]);
    assert.ok(out.startsWith(`一、项目基本情况\n正文。\n\n${md}\n\n二、绩效目标\n`), out.slice(0, 80));
  });

  test('on a line with text it goes after the line, never inside it; CRLF kept (made-up text)', () => {
    const text = '附件：项目支出绩效自评表\r\n下文\r\n';
    const out = applyEdits(text, [insertTableEdit(text, 3, national!.selfEvalTable!)]);
    assert.equal(out, `附件：项目支出绩效自评表\r\n\r\n${md.replaceAll('\n', '\r\n')}\r\n\r\n下文\r\n`);
  });

  test('at the end of a real report (腾冲 2019 项目支出): read as a 自评表, and no new finding', () => {
    const text = tuneText('2019-云南-腾冲市林业和草原局-项目支出');
    const before = checkText(text, { registry });
    assert.equal(before.report.template.id, 'project-expenditure');
    const fix = insertTableFix(before.report, text.length, templates)!;
    assert.deepEqual(fix.title, { zh: '插入项目支出绩效自评表', en: 'Insert the self-evaluation table (项目支出绩效自评表)' });
    const out = applyEdits(text, fix.edits);
    const after = checkText(out, { registry });
    const key = (f: { ruleId: string; message: { en: string } }) => `${f.ruleId}: ${f.message.en}`;
    assert.deepEqual(after.findings.map(key), before.findings.map(key));
    const [table] = selfEvalTables(after.report);
    assert.deepEqual(
      table?.money.map((r) => r.label.text),
      ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'],
    );
  });

  test('once the drafter fills the money row, its rate is recomputed in place (made-up figures)', () => {
    const report = buildReport(`---\ntemplate: project-expenditure\n---\n# 示例项目支出绩效自评报告\n\n${md}\n`, { registry });
    const filled = report.text.replace(/\| 年度资金总额 +\| +\| +\| +\| 10 +\|/, (row) =>
      row.replace(/\| +\| +\| +\| 10/, '| 120 | 120 | 108 | 10'),
    );
    const r = buildReport(filled, { registry });
    const row = filled.indexOf('| 年度资金总额');
    // the empty cell after the 分值 10
    const rateCell = filled.indexOf('|', filled.indexOf('| 10 ', row) + 2) + 2;
    assert.equal(tableCellAt(r, rateCell)?.value, '90.00%');
  });
});

describe('the quick fix on a report without a 自评表', () => {
  test('a 部门整体 report (the 2019 example, gd template): the national skeleton, where a table belongs only', () => {
    const text = readFixture('../../examples/2019-湛江市科技局-整体绩效自评报告-修正稿.md');
    const report = buildReport(text, { registry });
    assert.equal(tableTemplate(report.template, templates)?.id, 'project-expenditure');
    const blankAfter = (needle: string) => text.indexOf('\n\n', text.indexOf(needle)) + 1;
    // a blank line in 自评结果 (the template's result section) and one in the indicators' analysis
    assert.equal(missingTableFix(report, blankAfter('(一)自评结果'), templates)?.title.zh, '插入项目支出绩效自评表');
    assert.ok(missingTableFix(report, blankAfter('(二)部门整体支出绩效指标分析'), templates));
    // after the last text, where 附表 go
    assert.ok(missingTableFix(report, text.length, templates));
    // not on a blank line of 单位基本情况, nor in prose that says 填写自评表格
    assert.equal(missingTableFix(report, blankAfter('一、单位基本情况'), templates), undefined);
    assert.equal(missingTableFix(report, text.indexOf('填写自评表格') + 2, templates), undefined);
    // a caption that names the table
    const caption = `${text.trimEnd()}\n\n附件：项目支出绩效自评表\n`;
    assert.ok(missingTableFix(buildReport(caption, { registry }), caption.indexOf('附件：项目') + 2, templates));
  });

  test('not on a report that has one (the made-up 自评表 fixture), nor on a text that is no report', () => {
    const table = readFixture('tables/made-up-自评表.md');
    assert.equal(missingTableFix(buildReport(table, { registry }), table.length, templates), undefined);
    const readme = '# 使用说明\n\n本仓库存放会议纪要。\n';
    assert.equal(missingTableFix(buildReport(readme, { registry }), readme.length, templates), undefined);
  });
});
