// The 自评表 cells recomputed on request (issue 15 §3): hover on an execution rate, the rate's 得分, the
// 总分 and a quantitative indicator's 得分 shows the formula with the table's figures and whether the table agrees; the fix writes the
// recomputed value into that cell only, keeping a GFM table's pipes lined up by display width.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hoverAt } from '../../server/src/engine/assist/hover.js';
import { tableCellAt, tableCellFix } from '../../server/src/engine/assist/table-cell.js';
import { cellEdits } from '../../server/src/engine/assist/table-edit.js';
import { applyEdits, buildReport, type Finding } from '../../server/src/engine/index.js';
import { selfEvalTables } from '../../server/src/engine/model/self-eval-table.js';
import { displayWidth } from '../../server/src/engine/text/display-width.js';
import { check, registry } from '../helpers.js';
import { tuneEntries, tuneText } from './rules/_tune.js';

/** Corpus texts are checked as reports under this front matter (as rules/_tune.ts does). */
const FRONT = '---\ntemplate: gd-department-overall\n---\n';
const reportOf = (text: string) => buildReport(FRONT + text, { registry });
/** The offset in `FRONT + text` of the `nth` occurrence of `needle` on line `line` (1-based) of `text`. */
function at(text: string, line: number, needle: string): number {
  const start =
    text
      .split('\n')
      .slice(0, line - 1)
      .join('\n').length + (line > 1 ? 1 : 0);
  const k = text.indexOf(needle, start);
  assert.ok(k >= 0 && k < start + (text.split('\n')[line - 1] as string).length + 1, `“${needle}” not on line ${line}`);
  return FRONT.length + k;
}
/** The lines a fix changed, before and after. */
function changed(before: string, after: string): [string, string][] {
  const a = before.split('\n');
  const b = after.split('\n');
  assert.equal(a.length, b.length, 'a fix adds or removes no line');
  return a.flatMap((l, i) => (l === b[i] ? [] : [[l, b[i] as string] as [string, string]]));
}

describe('hover and fix on the corpus’s real tables', () => {
  test('零陵 (one cell per paragraph): 100% for 3824.26 ÷ 4753.66 = 80.45 %, its score 10 for 8.04', () => {
    const text = tuneText('2021-湖南-零陵区林业局-自评表');
    const report = reportOf(text);
    const rate = hoverAt(report, at(text, 48, '100%'));
    assert.ok(rate);
    assert.equal(
      rate.contents.zh,
      '**年度资金总额 执行率** = 全年执行数 ÷ 全年预算数 = 3824.26万元 ÷ 4753.66万元 = **80.45 %**\n\n✗ 表中写作 100%，应为 80.45%',
    );
    assert.ok(rate.contents.en.includes('spending ÷ budget = 3824.26万元 ÷ 4753.66万元 = **80.45 %**'));
    const fix = tableCellFix(report, at(text, 48, '100%'));
    assert.equal(fix?.title.zh, '将执行率改为重算的 80.45%');
    assert.equal(fix?.safe, false, 'on request only: the budget or the spending may be the wrong figure');
    assert.deepEqual(changed(report.text, applyEdits(report.text, fix.edits)), [['100%', '80.45%']]);
    const score = hoverAt(report, at(text, 50, '10'));
    assert.ok(score?.contents.zh.startsWith('**得分** = 执行率 × 分值 = 80.45 % × 10 = **8.04**'));
    assert.deepEqual(changed(report.text, applyEdits(report.text, tableCellFix(report, at(text, 50, '10'))?.edits ?? [])), [
      ['10', '8.04'],
    ]);
  });

  test('滁州: 99 ÷ 99 = 100% agrees; no fix is offered on a right cell', () => {
    const text = tuneText('2022-安徽-滁州市人社局-自评表');
    const report = reportOf(text);
    assert.match(hoverAt(report, at(text, 131, '100%'))?.contents.zh ?? '', /= 99 ÷ 99 = \*\*100\.00 %\*\*\n\n✓ 与表中所写 100% 相符$/);
    assert.equal(tableCellFix(report, at(text, 131, '100%')), undefined);
  });

  test('怀远 (a cell per line): the empty rate of 其中:本年财政拨款, a row with no 分值 (—), is not called wrong; the fix still fills it', () => {
    const text = tuneText('2023-安徽-怀远生态环境分局-自评表');
    const report = reportOf(text);
    const reading = tableCellAt(report, at(text, 52, '|'));
    assert.equal(reading?.verdict.zh, '○ 表中这一格是空的：此行没有分值，可以不填；如填写，应为 100.00%');
    const fix = tableCellFix(report, at(text, 52, '|'));
    assert.deepEqual(changed(report.text, applyEdits(report.text, fix?.edits ?? [])), [['|', '100.00% |']]);
  });

  test('青神 (a cell per line, `251.89 |`): the empty 得分 beside 权重 10 gets 10.00 before its pipe', () => {
    const text = tuneText('2023-四川-青神县发展和改革局-自评表');
    const report = reportOf(text);
    // the hover and the fix answer on the pipe itself: the empty cell is the line's only mark
    const reading = tableCellAt(report, at(text, 37, '|'));
    assert.equal(reading?.verdict.zh, '✗ 表中这一格是空的，应填 10.00');
    const fix = tableCellFix(report, at(text, 37, '|'));
    assert.deepEqual(changed(report.text, applyEdits(report.text, fix?.edits ?? [])), [['|', '10.00 |']]);
  });

  test('永德 (a total whose rows were not all read): the hover says why the total is not recomputed, and no fix', () => {
    const text = tuneText('2022-云南-永德县明朗中学-自评表');
    const report = reportOf(text);
    const total = selfEvalTables(report)[0]?.total;
    assert.ok(total);
    assert.match(tableCellAt(report, total.score.start)?.verdict.zh ?? '', /分值之和为 80，不是总分的分值 100：有的行未能读出，总分不重算/);
    assert.equal(tableCellFix(report, total.score.start), undefined);
  });

  test('零陵 (an indicator per paragraph): 木材销售收入 1093 of 1100 万元 scores 5.96 of 6, written 5', () => {
    const text = tuneText('2021-湖南-零陵区林业局-自评表');
    const report = reportOf(text);
    const h = hoverAt(report, at(text, 244, '5'));
    assert.equal(
      h?.contents.zh,
      '**木材销售收入 得分** = 正向指标公式 1093 ÷ 1100 × 6（实际 1093万元，指标值 1100万元） = **5.96**\n\n' +
        '✗ 表中写作 5，应为 5.96；若有扣分依据，请在偏差原因中写明',
    );
    const fix = tableCellFix(report, at(text, 244, '5'));
    assert.equal(fix?.title.zh, '将得分改为按公式计算的 5.96');
    assert.deepEqual(changed(report.text, applyEdits(report.text, fix?.edits ?? [])), [['5', '5.96']]);
  });

  test('永德: a met target (100% of 100%) scored 7 of 10 — the hover gives the full weight; a right score gets a ✓ and no fix', () => {
    const text = tuneText('2022-云南-永德县明朗中学-自评表');
    const report = reportOf(text);
    const row = selfEvalTables(report)[0]?.indicators.find((r) => r.name.text === '资金到位及时率');
    assert.ok(row);
    assert.match(tableCellAt(report, row.score.start)?.formula.zh ?? '', /实际 100% 不低于指标值 100%，得满分 10/);
    const right = selfEvalTables(report)[0]?.indicators.find((r) => r.name.text === '学生受资助人数');
    assert.ok(right);
    assert.equal(tableCellAt(report, right.score.start)?.verdict.zh, '✓ 与表中所写 10 相符');
    assert.equal(tableCellFix(report, right.score.start), undefined);
  });

  test('on every tuning text, a cell the hover calls wrong is one the rules flag, and a fix changes that cell only', () => {
    const RULE = {
      rate: 'table-execution-rate',
      'rate-score': 'table-rate-score',
      total: 'table-total-score',
      'indicator-score': 'table-indicator-score',
    } as const;
    let seen = 0;
    for (const e of tuneEntries()) {
      const report = reportOf(e.text);
      const findings: Finding[] = check(FRONT + e.text);
      for (const t of selfEvalTables(report)) {
        const cells = [
          ...t.money.flatMap((r) => [r.figures.rate ?? r.empty?.rate, r.figures.score ?? r.empty?.score]),
          t.total?.score,
          ...t.indicators.map((r) => r.score),
        ];
        for (const c of cells) {
          const r = c && tableCellAt(report, c.start);
          // ✗ is the hover calling the cell wrong; ○ an empty cell the form may leave so (a row with no 分值)
          if (!r?.differs || !r.verdict.zh.startsWith('✗')) continue;
          seen++;
          const flagged = findings.some((f) => f.ruleId === RULE[r.kind] && f.span.start <= r.cell.end && r.cell.start <= f.span.end);
          // a rate's score below the rate's is not flagged (banded scoring): the hover says so; a score above
          // its 分值 is table-score-over-weight's, not the formula rule's
          const below = r.kind === 'rate-score' && r.verdict.zh.includes('区间计分');
          const over =
            r.kind === 'indicator-score' &&
            findings.some((f) => f.ruleId === 'table-score-over-weight' && f.span.start <= r.cell.end && r.cell.start <= f.span.end);
          assert.ok(flagged || below || over, `${e.slug}: ${r.kind} ${r.verdict.zh}`);
          const fix = tableCellFix(report, r.cell.start);
          assert.ok(fix);
          for (const edit of fix.edits) assert.ok(edit.start >= r.cell.start - 200 && edit.end <= r.cell.end + 200);
          assert.equal(changed(report.text, applyEdits(report.text, fix.edits)).length, 1);
        }
      }
    }
    assert.ok(seen >= 4, `${seen} wrong cells seen`);
  });
});

// Made up: a unit's table written by hand, its pipes lined up for CJK width.
const ALIGNED = [
  '前文。',
  '',
  '| 项目资金（万元） | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
  '| ---------------- | ---------- | ---------: | ---- | ------ | ---- |',
  '| 年度资金总额     | 120        |        108 | 10   | 95%    | 10   |',
  '| 其中：财政拨款   | 120        |        108 |      |        |      |',
  '',
  '| 一级指标 | 二级指标     | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
  '| -------- | ------------ | -------- | ---------- | ---------- | ---: | ---: |',
  '| 产出指标 | 数量指标     | 造林面积 | 1.2万亩    | 1.2万亩    |   50 |   50 |',
  '| 效益指标 | 经济效益指标 | 销售收入 | 1100万元   | 1093万元   |   40 |   39 |',
  '| 总分     |              |          |            |            |  100 |   98 |',
  '',
  '后文。',
].join('\n');

/** Each pipe row's pipes, as display columns: what a drafter sees lined up. */
const pipeColumns = (text: string): number[][] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('|'))
    .map((l) => [...l].flatMap((ch, i, all) => (ch === '|' ? [displayWidth(all.slice(0, i).join(''))] : [])));

describe('writing into an aligned GFM table', () => {
  const report = buildReport(FRONT + ALIGNED, { registry });
  const fixAt = (line: number, needle: string) => tableCellFix(report, at(ALIGNED, line, needle));

  test('the rate: 95% → 90.00%, in the cell’s width, no pipe moved', () => {
    const out = applyEdits(report.text, fixAt(5, '95%')?.edits ?? []);
    assert.deepEqual(changed(report.text, out), [
      [
        '| 年度资金总额     | 120        |        108 | 10   | 95%    | 10   |',
        '| 年度资金总额     | 120        |        108 | 10   | 90.00% | 10   |',
      ],
    ]);
    assert.deepEqual(pipeColumns(out), pipeColumns(report.text));
  });

  test('the empty rate of a 其中 row is filled within its cell', () => {
    const out = applyEdits(report.text, tableCellFix(report, at(ALIGNED, 6, '|        |') + 3)?.edits ?? []);
    assert.deepEqual(changed(report.text, out), [
      [
        '| 其中：财政拨款   | 120        |        108 |      |        |      |',
        '| 其中：财政拨款   | 120        |        108 |      | 90.00% |      |',
      ],
    ]);
  });

  test('a total too wide for its right-aligned column (`---:`) widens it on the left in every row of that table, and nothing else', () => {
    // 10 (the rate's score as written) + 50 + 39 = 99.00, wider than the column of `得分`
    const fix = fixAt(12, '98');
    assert.equal(fix?.title.zh, '将总分改为各行得分之和 99.00');
    const out = applyEdits(report.text, fix?.edits ?? []);
    assert.deepEqual(
      changed(report.text, out).map(([, b]) => b),
      [
        '| 一级指标 | 二级指标     | 三级指标 | 年度指标值 | 实际完成值 | 分值 |  得分 |',
        '| -------- | ------------ | -------- | ---------- | ---------- | ---: | ----: |',
        '| 产出指标 | 数量指标     | 造林面积 | 1.2万亩    | 1.2万亩    |   50 |    50 |',
        '| 效益指标 | 经济效益指标 | 销售收入 | 1100万元   | 1093万元   |   40 |    39 |',
        '| 总分     |              |          |            |            |  100 | 99.00 |',
      ],
    );
    const lined = pipeColumns(out).slice(4); // the indicator table's rows
    for (const row of lined) assert.deepEqual(row, lined[0]);
  });

  test('an indicator’s score: 1093 of 1100 万元 at 分值 40 is 39.75, written 39; the fix keeps the pipes', () => {
    const fix = fixAt(11, '39');
    assert.equal(fix?.title.zh, '将得分改为按公式计算的 39.75');
    const out = applyEdits(report.text, fix?.edits ?? []);
    assert.ok(out.includes('|   40 | 39.75 |'));
    const lined = pipeColumns(out).slice(4);
    for (const row of lined) assert.deepEqual(row, lined[0]);
  });

  test('the hover on an empty cell covers it from pipe to pipe', () => {
    const h = hoverAt(report, at(ALIGNED, 6, '|        |') + 4);
    assert.equal(report.text.slice(h?.span.start, h?.span.end), '        ');
  });
});

describe('writing into a table that is not aligned', () => {
  test('a compact row: only the figure is replaced; an empty cell gets its value between spaces', () => {
    const text = '| a | b |\n|---|---|\n| 年度资金总额 | 95% |\n| 其中 | |\n';
    assert.equal(
      applyEdits(text, cellEdits(text, { start: text.indexOf('95%'), end: text.indexOf('95%') + 3 }, '90.00%')),
      text.replace('95%', '90.00%'),
    );
    const empty = text.lastIndexOf('|');
    assert.equal(applyEdits(text, cellEdits(text, { start: empty, end: empty }, '9.00')), text.replace('| 其中 | |', '| 其中 | 9.00 |'));
  });

  test('a flattened row: the word alone', () => {
    const text = '年度资金总额: 120 120 108 10 95% 10';
    const k = text.indexOf('95%');
    assert.equal(applyEdits(text, cellEdits(text, { start: k, end: k + 3 }, '90.00%')), '年度资金总额: 120 120 108 10 90.00% 10');
  });
});

test('display width: CJK, full-width forms and U+3000 take two columns, ≥ and ASCII one', () => {
  assert.equal(displayWidth('执行率'), 6);
  assert.equal(displayWidth('（A）'), 5);
  assert.equal(displayWidth('\u3000≥95%'), 6);
});
