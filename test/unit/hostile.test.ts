// Hostile single lines of a megabyte each: every one is checked in about a second at most, because no
// pattern in the engine can backtrack without bound (every quantifier is bounded or anchored on a
// literal, and numbers are read by a hand-written scanner).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkText } from '../../server/src/engine/index.js';
import { registry } from '../helpers.js';
import { leastEffortMs } from '../effort.js';

const HEAD = '# 整体绩效自评报告\n\n评价年度：2023 年度\n\n## 一、单位基本情况\n\n';
const MB = 1_000_000;
/** The i-th of 20,000 common Chinese characters (a long list of items that repeat none). */
const han = (i: number): string => String.fromCharCode(0x4e00 + (i % 20_000));
// Most take 0.2–0.6 s here and `1%` repeated (500,000 percentages, each a fact with its label) about
// 0.9 s; a quadratic path would take minutes. The margin is for a loaded CI machine.
const LIMIT_MS = 1500;

const lines: Record<string, string> = {
  digits: '1'.repeat(MB),
  'digits and dots': '1.'.repeat(MB / 2),
  '（一） repeated': '（一）'.repeat(MB / 3),
  '(一 unclosed, repeated': '(一'.repeat(MB / 2),
  '万元 repeated': '万元'.repeat(MB / 2),
  '12万元 repeated': '12万元'.repeat(MB / 4),
  '〔 repeated': '〔'.repeat(MB),
  '〔2024 unclosed, repeated': '〔2024'.repeat(MB / 5),
  'a 文号 repeated': '湛财绩〔2024〕5号'.repeat(MB / 11),
  'CJK then a year, repeated': '湛财绩2024'.repeat(MB / 7),
  '1% repeated': '1%'.repeat(MB / 2),
  '得分 repeated': '得分'.repeat(MB / 2),
  '评价结果为 repeated': '评价结果为'.repeat(MB / 5),
  '2023年1月 repeated': '2023年1月'.repeat(MB / 7),
  'thousands separators': '1,234,'.repeat(MB / 6),
  'spaces then a letter': `${' '.repeat(MB)}x`,
  'a budget sentence repeated': '收入总预算 3232.51 万元其中：一般公共预算安排拨款 2932.51 万元，基金预算拨款 300.00 万元。'.repeat(
    MB / 60,
  ),
  '占 … % repeated': '占全社会研发投入 77.28%，'.repeat(MB / 20),
  'brackets nested': '(('.repeat(MB / 2),
  // 自评表 header words and rows (issue 15): a block of 250,000 cells once overflowed the stack
  '执行率 repeated': '执行率 '.repeat(MB / 4),
  'a 自评表 header and row repeated': '全年预算数 全年执行数 执行率 年度资金总额 1 2 3% '.repeat(MB / 30),
  'pipe cells repeated': '| 执行率 | 1 '.repeat(MB / 10),
  // session 13's readers: a glued money row with units, an earlier year's round, a count and its rest named
  'a glued money row with units repeated': '全年预算数全年执行数执行率年度资金总额50万元47.6895.00%'.repeat(MB / 40),
  'an earlier round as work, repeated': '协助完成2018年度'.repeat(MB / 10),
  'a count and its rest named, repeated': '10个项目,其中3个项目执行100%,剩余甲村项目99.2%'.repeat(MB / 30),
  'lone surrogates and NULs': '\uD800\u0000\uDC00'.repeat(MB / 3),
  // items run into one line, each a slip of the numbering: read as lines of their own up to a bound
  'run-in items, skipping': '1.完成。3.完成。'.repeat(MB / 10),
  'run-in items, broken': '(一)标题。)标题'.repeat(MB / 9),
  // session 20: a list in 、 with no comma after it (comma-last's test once read forward from every 、), and commas
  // between items of one form (comma-parallel)
  '、 list items repeated': '项目、'.repeat(MB / 3),
  'comma-parted items of one form repeated': '，进景区'.repeat(MB / 4),
  // session 21: an item listed twice (repeated-word's listed-twice) once counted each item over the whole list and
  // looked for each 、's item back to the line's start; a long list of items that differ, and one item three times
  // session 22 round 2: a comma between short items inside a list (read to 等 and back a bounded way), letters in dates,
  // over-precise percentages and amounts in 元
  'commas between short items repeated': '、武术,体操'.repeat(MB / 6),
  'letters in dates repeated': '于2O23年l2月3l日'.repeat(MB / 12),
  'over-precise rates and 元 repeated': '98.12345%，1234.5678元'.repeat(MB / 20),
  '、 list of items that all differ': Array.from({ length: MB / 3 }, (_, i) => `${han(i)}${han(i * 7 + 3)}、`).join(''),
};

for (const [name, line] of Object.entries(lines)) {
  test(`a 1 MB line: ${name}`, () => {
    const text = `${HEAD}${line}\n`;
    // the better of two runs, each by CPU time when the machine is busy: load must not fail a test about complexity
    let findings = checkText(text, { registry }).findings;
    const ms = leastEffortMs(() => (findings = checkText(text, { registry }).findings), 2, LIMIT_MS);
    assert.ok(ms < LIMIT_MS, `took ${ms.toFixed(0)} ms`);
    for (const f of findings) assert.ok(f.span.start >= 0 && f.span.end <= text.length);
  });
}
