// 自评表 written as HTML (issue 15 §1): a table pasted from a web page as `<table>` markup is read as its GFM twin
// is, and each finding lands on the cell it quotes — inner tags, &nbsp;, upper-case tags and cells a page leaves
// unclosed included — also as the text is typed into. Made-up tables (the field corpus has no HTML table).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tableCellAt, tableCellFix } from '../../server/src/engine/assist/table-cell.js';
import { applyEdits, buildReport, checkText, type Finding } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { htmlCells } from '../../server/src/engine/model/html-cells.js';
import { registry } from '../helpers.js';

const HEAD = '---\ntemplate: project-expenditure\n---\n\n# 示例单位2024年度项目支出绩效自评报告\n\n本文为虚构示例（made up）。\n\n';
const MONEY = [
  ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
  ['年度资金总额', '120', '120', '108', '10', '95%', '10'],
  ['其中：财政拨款', '120', '120', '108', '', '90%', ''],
];
const INDICATORS = [
  ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
  ['产出指标', '数量指标', '培训人次', '≥500人次', '420人次', '50', '50', ''],
  ['效益指标', '社会效益指标', '培训合格率', '≥90%', '92%', '30', '33', ''],
  ['满意度指标', '满意度指标', '学员满意度', '≥90%', '95%', '10', '10', '发放问卷200份'],
  ['总分', '', '', '', '', '100', '100', ''],
];
const gfm = (rows: string[][]): string =>
  [rows[0], rows[0]?.map(() => '---'), ...rows.slice(1)].map((r) => `| ${(r as string[]).join(' | ')} |`).join('\n');
const html = (rows: string[][], cell: (c: string) => string = (c) => `<td>${c}</td>`): string =>
  `<table>\n${rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('\n')}\n</table>`;

const tableFindings = (text: string, parser?: IncrementalParser): Finding[] =>
  checkText(text, parser ? { registry, parser } : { registry }).findings.filter((f) => f.ruleId.startsWith('table-'));
const summary = (text: string, fs: Finding[]): string[] => fs.map((f) => `${f.ruleId} ${text.slice(f.span.start, f.span.end)}`);

test('an HTML 自评表 gives its GFM twin’s findings, each on the cell it quotes', () => {
  const asGfm = `${HEAD}${gfm(MONEY)}\n\n${gfm(INDICATORS)}\n`;
  const asHtml = `${HEAD}${html(MONEY)}\n\n${html(INDICATORS)}\n`;
  const want = summary(asGfm, tableFindings(asGfm));
  assert.deepEqual(summary(asHtml, tableFindings(asHtml)), want);
  assert.ok(want.includes('table-execution-rate 95%') && want.includes('table-total-score 100') && want.length >= 6, want.join('; '));
});

test('inner tags, &nbsp;, upper-case tags and unclosed cells are read as the page shows them', () => {
  const odd = (c: string): string => `<TD class="x"><p>&nbsp;${c}</p>`;
  const text = `${HEAD}${html(MONEY, odd)}\n\n${html(INDICATORS)}\n`;
  const fs = tableFindings(text);
  assert.deepEqual(
    summary(text, fs).filter((s) => s.startsWith('table-execution-rate') || s.startsWith('table-rate-score')),
    ['table-execution-rate 95%', 'table-rate-score 10'],
  );
  const cells = htmlCells('<tr><td> 年度 <b>资金</b> 总额 </td><td>120<tr><td>x</td></tr>');
  assert.deepEqual(
    cells.map((c) => [c.text, c.rowEnd]),
    [
      ['年度 资金 总额', false],
      ['120', true],
      ['x', true],
    ],
  );
});

test('typing before, between and into the HTML tables: findings equal a fresh check’s and stay on their cells', () => {
  let text = `${HEAD}前文。\n\n${html(MONEY)}\n\n${html(INDICATORS)}\n\n后文。\n`;
  const parser = new IncrementalParser();
  tableFindings(text, parser);
  const places = ['前文', '<td>120</td>', '后文', '<td>92%'];
  for (let i = 0; i < 40; i++) {
    const at = text.indexOf(places[i % places.length] as string) + (i % 3);
    text = text.slice(0, at) + (i % 5 === 4 ? '\n' : '字') + text.slice(at);
    const fs = tableFindings(text, parser);
    assert.deepEqual(summary(text, fs), summary(text, tableFindings(text)), `edit ${i}`);
    for (const f of fs) assert.ok(f.message.zh.includes(text.slice(f.span.start, f.span.end)), `${f.ruleId}: ${f.message.zh}`);
  }
});

test('hover and the cell fix on an HTML cell: the formula, and the recomputed rate written between its tags', () => {
  const text = `${HEAD}${html(MONEY)}\n`;
  const report = buildReport(text, { registry });
  const at = text.indexOf('95%');
  assert.match(tableCellAt(report, at)?.formula.zh ?? '', /108 ÷ 120 = \*\*90\.00 %\*\*/);
  const out = applyEdits(text, tableCellFix(report, at)?.edits ?? []);
  assert.ok(out.includes('<td>10</td><td>90.00%</td><td>10</td>'), out);
  assert.equal(out.replace('90.00%', '95%'), text, 'nothing else changed');
});
