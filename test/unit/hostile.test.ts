// Hostile single lines of a megabyte each: every one is checked in about a second at most, because no
// pattern in the engine can backtrack without bound (every quantifier is bounded or anchored on a
// literal, and numbers are read by a hand-written scanner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { registry } from '../helpers.js';
import { complexityFault, leastEffortMs, quarterEffortMs } from '../effort.js';

const HEAD = '# 整体绩效自评报告\n\n评价年度：2023 年度\n\n## 一、单位基本情况\n\n';
const MB = 1_000_000;
/** The i-th of 20,000 common Chinese characters (a long list of items that repeat none). */
const han = (i: number): string => String.fromCharCode(0x4e00 + (i % 20_000));
// Most take 0.2–0.6 s here and `1%` repeated (500,000 percentages, each a fact with its label) about
// 0.9 s; a quadratic path would take minutes. The margin is for a loaded CI machine; a line over it on a slow
// moment of the machine passes when it grew like a linear path from a quarter of its length (test/effort.ts).
const LIMIT_MS = 1500;

/** `unit` repeated to about `size` characters, `per` a repetition. */
const rep =
  (unit: string, per: number) =>
  (size: number): string =>
    unit.repeat(size / per);

/** Each line at about `size` characters: the test checks each at a megabyte, and at a quarter of it when over its limit. */
const lines: Record<string, (size: number) => string> = {
  digits: rep('1', 1),
  'digits and dots': rep('1.', 2),
  '（一） repeated': rep('（一）', 3),
  '(一 unclosed, repeated': rep('(一', 2),
  '万元 repeated': rep('万元', 2),
  '12万元 repeated': rep('12万元', 4),
  '〔 repeated': rep('〔', 1),
  '〔2024 unclosed, repeated': rep('〔2024', 5),
  'a 文号 repeated': rep('湛财绩〔2024〕5号', 11),
  'CJK then a year, repeated': rep('湛财绩2024', 7),
  '1% repeated': rep('1%', 2),
  '得分 repeated': rep('得分', 2),
  '评价结果为 repeated': rep('评价结果为', 5),
  '2023年1月 repeated': rep('2023年1月', 7),
  'thousands separators': rep('1,234,', 6),
  'spaces then a letter': (size) => `${' '.repeat(size)}x`,
  'a budget sentence repeated': rep('收入总预算 3232.51 万元其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。', 60),
  '占 … % repeated': rep('占全社会研发投入 77.28%，', 20),
  'brackets nested': rep('((', 2),
  // 自评表 header words and rows (issue 15): a block of 250,000 cells once overflowed the stack
  '执行率 repeated': rep('执行率 ', 4),
  'a 自评表 header and row repeated': rep('全年预算数 全年执行数 执行率 年度资金总额 1 2 3% ', 30),
  'pipe cells repeated': rep('| 执行率 | 1 ', 10),
  // session 13's readers: a glued money row with units, an earlier year's round, a count and its rest named
  'a glued money row with units repeated': rep('全年预算数全年执行数执行率年度资金总额50万元47.6895.00%', 40),
  'an earlier round as work, repeated': rep('协助完成2018年度', 10),
  'a count and its rest named, repeated': rep('10个项目,其中3个项目执行100%,剩余甲村项目99.2%', 30),
  'lone surrogates and NULs': rep('\uD800\u0000\uDC00', 3),
  // items run into one line, each a slip of the numbering: read as lines of their own up to a bound
  'run-in items, skipping': rep('1.完成。3.完成。', 10),
  'run-in items, broken': rep('(一)标题。)标题', 9),
  // session 20: a list in 、 with no comma after it (comma-last's test once read forward from every 、), and commas
  // between items of one form (comma-parallel)
  '、 list items repeated': rep('项目、', 3),
  'comma-parted items of one form repeated': rep('，进景区', 4),
  // session 21: an item listed twice (repeated-word's listed-twice) once counted each item over the whole list and
  // looked for each 、's item back to the line's start; a long list of items that differ, and one item three times
  // session 22 round 2: a comma between short items inside a list (read to 等 and back a bounded way), letters in dates,
  // over-precise percentages and amounts in 元
  'commas between short items repeated': rep('、武术,体操', 6),
  'letters in dates repeated': rep('于2O23年l2月3l日', 12),
  'over-precise rates and 元 repeated': rep('98.12345%，1234.5678元', 20),
  'a cover’s evaluated and evaluating units repeated': rep('被评价单位:某县农业农村局 评价单位:某县财政局 ', 25),
  '、 list of items that all differ': (size) => Array.from({ length: size / 3 }, (_, i) => `${han(i)}${han(i * 7 + 3)}、`).join(''),
};

for (const [name, line] of Object.entries(lines)) {
  test(`a 1 MB line: ${name}`, () => {
    const text = `${HEAD}${line(MB)}\n`;
    // the better of two runs, each by CPU time when the machine is busy: load must not fail a test about complexity
    let findings = checkText(text, { registry }).findings;
    const ms = leastEffortMs(() => (findings = checkText(text, { registry }).findings), 2, LIMIT_MS);
    // over the limit, a slow moment of the machine or a slow path: how the work grows from a quarter of the line tells
    const quarterMs = quarterEffortMs(ms, LIMIT_MS, () => {
      const quarter = `${HEAD}${line(MB / 4)}\n`;
      return () => checkText(quarter, { registry });
    });
    assert.equal(complexityFault(ms, quarterMs, LIMIT_MS), undefined);
    for (const f of findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length);
  });
}
