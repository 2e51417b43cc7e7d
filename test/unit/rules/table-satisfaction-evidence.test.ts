// table-satisfaction-evidence: a 满意度 at 95 % or more with no survey named (DOMAIN-TABLES §4).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../../server/src/engine/index.js';
import { IncrementalParser } from '../../../server/src/engine/parse/chunks.js';
import { registry } from '../../helpers.js';
import { findingsAsReport, tuneEntries } from './_tune.js';

/** A made-up report: three sections of prose, then its 自评表. */
const sections = (prose: string): string =>
  '# 某县2023年度项目支出绩效自评报告\n\n## 一、项目基本情况\n\n项目支出120万元，用于农村道路养护。\n\n' +
  `## 二、绩效目标完成情况\n\n${prose}\n\n## 三、存在的问题\n\n无。\n\n## 四、项目支出绩效自评表\n\n`;
const report = (prose: string, rows: string): string =>
  sections(prose) +
  '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n' +
  '|---|---|---|---|---|---|---|---|\n' +
  '| 产出指标 | 数量指标 | 养护道路里程 | ≥30公里 | 32公里 | 50 | 50 | |\n' +
  rows;
const SATISFIED = '| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥95% | 100% | 10 | 10 | |\n';
const flagged = (text: string): string[] =>
  findingsAsReport(text, 'table-satisfaction-evidence').map((f) => text.slice(f.span.start, f.span.end));

test('no tuning text with an outline of its own has a 满意度 row read at 95 % or more: none is flagged (永德’s 自评表 alone is not judged)', () => {
  for (const e of tuneEntries()) assert.deepEqual(findingsAsReport(e.text, 'table-satisfaction-evidence'), [], e.slug);
});

test('made-up: 100 % with no survey named anywhere is flagged on the actual, figures in the message', () => {
  const text = report('道路养护任务全部完成，群众反映良好。', SATISFIED);
  assert.deepEqual(flagged(text), ['100%']);
  const [f] = findingsAsReport(text, 'table-satisfaction-evidence');
  assert.match(f?.message.zh ?? '', /「沿线群众满意度」完成值 100%，指标值 ≥95%，报告中没有提到问卷、调查、抽样或样本/);
});

test('made-up: 未收到投诉 as the only support gets the message that says so', () => {
  const [f] = findingsAsReport(report('全年未收到投诉，群众满意度100%。', SATISFIED), 'table-satisfaction-evidence');
  assert.match(f?.message.zh ?? '', /依据只有“未收到投诉”一类说法/);
});

test('made-up: a survey or a sample named, a rate below 95 %, or a 自评表 with no report around it: not flagged', () => {
  assert.deepEqual(flagged(report('发放满意度调查问卷200份，回收195份，满意190份。', SATISFIED)), []);
  assert.deepEqual(flagged(report('随机抽样走访沿线农户50户。', SATISFIED)), []);
  assert.deepEqual(flagged(report('道路养护任务全部完成。', SATISFIED.replace('≥95%', '≥85%').replace('100%', '90%'))), []);
  const alone =
    '项目支出绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n' +
    '| 满意度指标 | 服务对象满意度指标 | 沿线群众满意度 | ≥95% | 100% | 10 | 10 |\n';
  assert.deepEqual(flagged(alone), []);
});

test('made-up: a 满意度 row whose % stands in a 度量单位 column (永德’s form, 95 / % / 100%) is read', () => {
  const text =
    sections('道路养护任务全部完成。') +
    '| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 |\n|---|---|---|---|---|---|---|---|---|\n' +
    '| 满意度指标 | 服务对象满意度指标 | 学生满意度 | ≧ | 95 | % | 98 | 10 | 10 |\n';
  assert.deepEqual(flagged(text), ['98']);
  assert.match(findingsAsReport(text, 'table-satisfaction-evidence')[0]?.message.zh ?? '', /「学生满意度」完成值 98%，指标值 95%/);
});

test('made-up: typing the survey into the prose, then taking it out, is seen on each keystroke (the evidence is kept per line)', () => {
  const parser = new IncrementalParser();
  const count = (text: string): number =>
    checkText(text, { registry, parser }).findings.filter((f) => f.ruleId === 'table-satisfaction-evidence').length;
  const bare = report('道路养护任务全部完成。', SATISFIED);
  const surveyed = report('道路养护任务全部完成，发放问卷200份。', SATISFIED);
  assert.deepEqual([bare, surveyed, bare].map(count), [1, 0, 1]);
});
