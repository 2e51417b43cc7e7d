// The lines (blocks) a test takes, kept per chunk (parse/picked-lines.ts), are the lines (blocks) a pass over
// the whole report takes, at the same indexes, after any edits; and the readers built on them (the
// 截至 phrases, Chinese-numeral dates, deadlines and notices' dates of year-consistency, heading-numbering's
// empty brackets, the project form's money cells of spending-over-budget, doc-number's broken years,
// table-weight-sum's 一级指标 weights, leftover-instruction's lines, headcount's staff cells, pasted-debris's
// lines, cut sentences, cut titles and wrapped lines; and ratio's disagreements, kept while the sentences with
// numbers are the same list) find after edits what a check from scratch finds. The
// edits are made up: typing, line breaks, and lines the tests take (a number, a 截至 phrase, a date in Chinese
// numerals, a deadline, a notice's date, empty brackets, a form's money block, a 文号, weights, an
// instruction, a placeholder, a blank row, a staff form's cells, a web page's posting line, a title, line
// breaks that cut sentences and titles, an execution rate above 100 %, a rate its figures disagree with)
// written in and taken out.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { IncrementalParser } from '../../server/src/engine/parse/chunks.js';
import { numberedList, pickedBlocks, pickedLines, pickedNumbered } from '../../server/src/engine/parse/picked-lines.js';
import type { Block, TextLine } from '../../server/src/engine/parse/blocks.js';
import type { Sentence } from '../../server/src/engine/parse/sentences.js';
import { budgetAmounts } from '../../server/src/engine/model/budget.js';
import { generateReport, rng } from '../../bench/generate.js';
import { readExample, registry } from '../helpers.js';

const INSERTS = [
  '字',
  '\n',
  '\n\n',
  '（三）',
  '\n3.',
  '截至2021年底',
  '二〇二一年三月',
  '（ ）',
  '\n（ ）项目概况\n',
  '\n\n一、',
  '|',
  '\n\n计划安排资金',
  '2019年12月底前完成',
  '2012年6月14日,收到《财政部关于下达2022年服务业发展资金预算的通知》',
  '粤财预〔202〕5号',
  '\n\n项目决策(10分) 项目管理(25分) 项目产出(40分) 项目效益(35分)\n\n',
  '（请填写项目名称）',
  '资金XX万元',
  '\n\n指标2\n\n',
  '\n\n人员编制\n\n21\n\n实有人数\n\n23\n\n',
  '\n| 编制数 | 实有人数 |\n|---|---|\n| 46 | 50 |\n',
  '\n\n发布时间：2023-05-06 浏览次数：128\n\n',
  '\n\n部门整体支出绩效自评报告\n\n',
  '项目执行率105.3%。',
  '\n\n年初预算100万元，实际支出80万元，执行率90%。\n\n',
];
/** A made-up money block of a project form, one cell per paragraph, spending above what arrived. */
const FORM = '\n\n计划安排资金\n\n(万元)\n\n170\n\n实际到位资金\n\n(万元)\n\n170\n\n实际支出\n\n(万元)\n\n179.6\n\n';

function edit(text: string, r: () => number): string {
  const at = Math.floor(r() * text.length);
  const kind = r();
  if (kind < 0.25) return text.slice(0, at) + text.slice(at + 1 + Math.floor(r() * 6));
  if (kind < 0.3) return text.slice(0, at) + FORM + text.slice(at);
  return text.slice(0, at) + (INSERTS[Math.floor(r() * INSERTS.length)] as string) + text.slice(at);
}

/** A made-up test: lines with a 的, or starting with a digit. */
const take = (line: TextLine): boolean => line.text.includes('的') || /^[0-9]/.test(line.text);
const picked = pickedLines(take);
/** A made-up test of blocks: a pipe in the block's text. */
const takeBlock = (b: Block, text: string): boolean => text.slice(b.start, b.end).includes('|');
const pickedB = pickedBlocks(takeBlock);
/** A made-up test that declares what its lines hold (needs): a 的 and a 是. Counts the lines it is asked about. */
let asked = 0;
const takeNeeded = (line: TextLine): boolean => {
  asked++;
  return line.text.includes('的') && line.text.includes('是');
};
const pickedNeeded = pickedLines(takeNeeded, undefined, /是/);
/** A made-up test of sentences with numbers: an amount in 万元. Its list is carried from edit to edit (numberedList). */
const takeMoney = (s: Sentence): boolean => s.text.includes('万元');
const moneyList = numberedList(pickedNumbered(takeMoney));
/** The same objects in the same order. */
const sameObjects = <T>(a: readonly T[], b: readonly T[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);

const RULES = new Set([
  'heading-numbering',
  'year-consistency',
  'spending-over-budget',
  'doc-number',
  'table-weight-sum',
  'leftover-instruction',
  'headcount',
  'pasted-debris',
  'ratio',
]);
const findingsOf = (text: string, parser?: IncrementalParser): string =>
  JSON.stringify(checkText(text, { registry, ...(parser ? { parser } : {}) }).findings.filter((f) => RULES.has(f.ruleId)));

for (const [name, original] of [
  ['the 2023 example', readExample('2023-湛江市科学技术局-整体绩效自评报告.md')],
  ['the made-up project example', readExample('示例单位-2024-培训项目支出绩效自评报告-虚构.md')],
  ['a generated 25 KB report', generateReport(25_000, 7)],
] as const) {
  test(`${name}: lines taken per chunk = lines taken from every line, and the readers agree with a fresh check, after random edits`, () => {
    const r = rng(name.length * 104_729);
    const parser = new IncrementalParser();
    let text = original;
    const found = new Set<string>();
    for (let i = 0; i < 120; i++) {
      text = edit(text, r);
      const { report } = checkText(text, { registry, parser });
      const kept: [string, number][] = [];
      picked(report.chunks, (line, at) => kept.push([line.text, at]));
      const all = report.parsed.lines.flatMap((line, at): [string, number][] => (take(line) ? [[line.text, at]] : []));
      assert.deepEqual(kept, all, `edit ${i}: the lines taken`);
      const keptNeeded: number[] = [];
      pickedNeeded(report.chunks, (_, at) => keptNeeded.push(at));
      const allNeeded = report.parsed.lines.flatMap((line, at) => (takeNeeded(line) ? [at] : []));
      assert.deepEqual(keptNeeded, allNeeded, `edit ${i}: the lines taken by a test with needs`);
      const keptBlocks: [number, number][] = [];
      pickedB(report.chunks, (b, at) => keptBlocks.push([b.start, at]), text);
      const allBlocks = report.parsed.blocks.flatMap((b, at): [number, number][] => (takeBlock(b, text) ? [[b.start, at]] : []));
      assert.deepEqual(keptBlocks, allBlocks, `edit ${i}: the blocks taken`);
      // the lists of sentences carried from the last edit's: the sentences a pass over every one takes, the same objects
      assert.ok(sameObjects(moneyList(report.numbered, report.chunks), report.numbered.filter(takeMoney)), `edit ${i}: 万元`);
      const budget = report.numbered.filter((s) => budgetAmounts(s).length > 0);
      assert.ok(sameObjects(report.budgetSentences, budget), `edit ${i}: the budget sentences`);
      if (i % 6 !== 5) continue;
      const fresh = findingsOf(text);
      assert.equal(findingsOf(text, parser), fresh, `edit ${i}: the rules that read picked lines`);
      for (const id of RULES) if (fresh.includes(`"ruleId":"${id}"`)) found.add(id);
    }
    // the edits write what both read: else the comparison above compares nothing
    assert.deepEqual([...found].sort(), [...RULES].sort());
  });
}

test('a test with needs is asked only about the lines of the chunks whose text holds them, and takes the same lines', () => {
  const text = generateReport(25_000, 11);
  const { report } = checkText(text, { registry });
  asked = 0;
  const kept: number[] = [];
  pickedNeeded(report.chunks, (_, at) => kept.push(at));
  const holding = report.chunks.filter((c) => c.source.includes('是'));
  assert.ok(holding.length > 0 && holding.length < report.chunks.length, 'some chunks hold the need, some not');
  assert.equal(
    asked,
    holding.reduce((n, c) => n + c.lines.length, 0),
  );
  asked = 0;
  assert.deepEqual(
    kept,
    report.parsed.lines.flatMap((line, at) => (takeNeeded(line) ? [at] : [])),
  );
});

test('a list of sentences carried across an edit: the same object when the edit leaves the sentences it takes, a new one else', () => {
  const text = generateReport(25_000, 5);
  const parser = new IncrementalParser();
  const first = checkText(text, { registry, parser }).report;
  const before = moneyList(first.numbered, first.chunks);
  assert.ok(first.chunks.length > 4 && before.length > 10, 'a report of many chunks and sentences in 万元');
  // made up: a sentence with a number but no 万元 written into the middle of the report: a new list of sentences with
  // numbers, the same sentences in 万元
  const at = text.indexOf('\n\n', text.length >> 1);
  const counted = text.slice(0, at) + '\n\n共有人员3人。' + text.slice(at);
  const second = checkText(counted, { registry, parser }).report;
  assert.notEqual(second.numbered, first.numbered);
  assert.equal(moneyList(second.numbered, second.chunks), before);
  // and a sentence in 万元: a new list, the old one's sentences around it
  const paid = counted.slice(0, at) + '\n\n支付5万元。' + counted.slice(at);
  const third = checkText(paid, { registry, parser }).report;
  const after = moneyList(third.numbered, third.chunks);
  assert.notEqual(after, before);
  assert.ok(sameObjects(after, third.numbered.filter(takeMoney)));
  assert.equal(after.length, before.length + 1);
});
