// Completion inside a 自评表 (issue 15 §3): indicator names under the row's 二级指标 in the 三级指标
// column, and the direction at the start of the 年度指标值 cell. The tables here are made up (a
// made-up unit, no real figures); the names offered are the template's, each seen in a real table.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { tableCompletionsAt } from '../../server/src/engine/assist/complete-table.js';
import { buildReport } from '../../server/src/engine/index.js';
import { registry } from '../helpers.js';

const CURSOR = '‸';

/** A made-up 项目支出 report whose indicator table holds `rows` (one of them with the cursor). */
function report(rows: string[], template = 'project-expenditure'): string {
  return [
    '---',
    `template: ${template}`,
    '---',
    '',
    '# 示例单位 2024 年度项目支出绩效自评报告',
    '',
    '本文为虚构示例（made up），用于测试自评表中的补全。',
    '',
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值（A） | 实际完成值（B） | 分值 | 得分 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function offered(withCursor: string): { labels: string[]; replaced: string; details: string[] } {
  const offset = withCursor.indexOf(CURSOR);
  const text = withCursor.replace(CURSOR, '');
  const all = tableCompletionsAt(buildReport(text, { registry }), offset, registry.list());
  const sorted = [...all].sort((a, b) => a.sortText.localeCompare(b.sortText));
  const first = sorted[0];
  return {
    labels: sorted.map((s) => s.label),
    replaced: first ? text.slice(first.replace.start, first.replace.end) : '',
    details: [...new Set(sorted.map((s) => s.detail.zh))],
  };
}

describe('completion in a 自评表', () => {
  test('the 三级指标 cell of a 时效指标 row offers the time indicators real tables write, and only those', () => {
    const o = offered(report(['| 产出指标 | 时效指标 | ‸ | | | 10 | |']));
    assert.deepEqual(o.labels, ['资金到位及时率', '项目(工程)完成及时率', '及时(按期)开工率', '按时发放率', '项目完工时限']);
    assert.deepEqual(o.details, ['时效指标：真实自评表常用的三级指标']);
  });

  test('a merged 二级指标 (written once, empty below) is read from the row above; names already written are left out', () => {
    const o = offered(report(['| 满意度指标 | 服务对象满意度指标 | 学生满意度 | ≥90% | 95% | 5 | 5 |', '|  |  | ‸ | | | 5 | |']));
    assert.ok(o.labels.includes('家长满意度'), o.labels.join());
    assert.ok(!o.labels.includes('学生满意度'), 'a name already in the column is not offered again');
  });

  test('what is typed in the cell is replaced, so the client filters by it', () => {
    const o = offered(report(['| 产出指标 | 质量指标 | 项目‸ | | | 10 | |']));
    assert.equal(o.replaced, '项目');
    assert.ok(o.labels.includes('项目一次验收合格率'));
  });

  test('满意度指标 written short reaches the form’s 服务对象满意度指标', () => {
    assert.ok(offered(report(['| 满意度 | 满意度指标 | ‸ | | | 10 | |'])).labels.includes('受益群众满意度'));
  });

  test('the start of the 年度指标值 cell offers ≥ ≤ =, and ≤ first under a 成本指标', () => {
    assert.deepEqual(offered(report(['| 产出指标 | 数量指标 | 补助村(社区)数量 | ‸ | | 10 | |'])).labels, ['≥', '≤', '=']);
    assert.deepEqual(offered(report(['| 产出指标 | 成本指标 | 项目总成本 | ‸ | | 10 | |'])).labels, ['≤', '≥', '=']);
    assert.deepEqual(offered(report(['| 产出指标 | 数量指标 | 补助村(社区)数量 | 12‸ | | 10 | |'])).labels, [], 'not after a figure');
  });

  test('a province’s table without names of its own falls back on the national form’s', () => {
    const o = offered(report(['| 产出指标 | 数量指标 | ‸ | | | 10 | |'], 'yn-project-expenditure'));
    assert.ok(o.labels.includes('学生受资助人数'), o.labels.join());
  });

  test('nothing is offered outside a 自评表’s indicator cells', () => {
    // an unknown 二级指标, the 二级指标 column itself, the header row, prose, and a table that is no 自评表
    assert.deepEqual(offered(report(['| 产出指标 | 其他 | ‸ | | | 10 | |'])).labels, []);
    assert.deepEqual(offered(report(['| 产出指标 | ‸ | | | | 10 | |'])).labels, []);
    assert.deepEqual(offered(report([]).replace('| 三级指标 |', '| 三级指标‸ |')).labels, []);
    assert.deepEqual(offered(report([]).replace('本文为虚构示例', '本文为‸虚构示例')).labels, []);
    const staff = report([]).replace('| 一级指标 | 二级指标 | 三级指标 |', '| 科室 | 编制数 | 实有人数 |') + '| 办公室 | 3 | ‸ |\n';
    assert.deepEqual(offered(staff).labels, []);
  });
});
