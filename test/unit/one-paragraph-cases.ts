// The inputs of one-paragraph.test.ts, and the child process that checks one of them: a real report
// (the 2023 example, its 存在问题 section saying 无 so that every rule has something to read) with
// one megabyte added to its 部门整体支出情况 section. Run as a script with a case name, it checks that
// report and prints {"ms", "maxRssMb", "quarterMs"}: its time, the process's peak memory after one check, and,
// when the time is over the limit, the time of the case at a quarter of its size.
import { fileURLToPath } from 'node:url';
import { checkText } from '../../server/src/engine/index.js';
import { readExample, registry } from '../helpers.js';
import { leastEffortMs, quarterEffortMs } from '../effort.js';

const MB = 1_000_000;
const CN = [...'一二三四五六七八九十'];

/**
 * Each case at about `size` characters: Markdown put into the report as it is (a paragraph, or the constructs named).
 * The test runs each at a megabyte, and at a quarter of it when the megabyte is over its limit (test/effort.ts).
 */
export function casesOf(size: number): Record<string, () => string> {
  /** `phrase` repeated to `size`, as one line. */
  const line = (phrase: string): string => phrase.repeat(Math.ceil(size / phrase.length));
  /** `make(i)` for i = 0, 1, … until `size`, joined by `join`. */
  function series(make: (i: number) => string, join = ''): string {
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < size; i++) {
      const part = make(i) + join;
      parts.push(part);
      length += part.length;
    }
    return parts.join('');
  }
  return {
    // one paragraph of one sentence (commas only): each rule's favourite phrase
    rates: () => line('预算数1万元，执行数1万元，执行率100%，'),
    'rates, spelled out': () => series((i) => `项目预算数${100 + i}万元，实际执行数${90 + i}万元，执行率${(i % 100) + 1}%；`),
    growth: () => line('增长率5%，1万元，'),
    'growth, spelled out': () => series((i) => `本年收入${200 + i}万元，比上年增加${10 + (i % 9)}万元，增长率${(i % 40) + 1}%，`),
    'shares of one denominator': () => line('全市科技研发投入5000万元，科研经费100万元，占全市科技研发投入的2%，'),
    'shares of many denominators': () => series((i) => `第${i}类专项资金${100 + (i % 50)}万元，占第${i}类专项资金总额的${(i % 90) + 1}%，`),
    'income totals and parts': () => line('收入总预算3232.51万元，其中：一般公共预算安排拨款2932.51万元，基金预算拨款300.00万元，'),
    'spending totals and parts': () =>
      line('本年支出合计2000万元，其中基本支出1000万元，项目支出900万元，人员经费600万元，公用经费400万元，'),
    'spending over budget': () => line('收入总预算100万元，总支出200万元，'),
    counts: () => line('服务1万人次，覆盖2万户，完成3个项目，新增1.5万亩，'),
    '文号, right, wrong and conflicting': () => series((i) => `湛财绩〔2024〕${i}号，湛财绩【2024】0${i}号，湛财〔2024〕${i}号，`),
    'dates, zero-padded': () =>
      series((i) => `${2000 + (i % 30)}年0${(i % 9) + 1}月0${(i % 9) + 1}日，${2000 + (i % 30)}-0${(i % 9) + 1}-0${(i % 9) + 1}，`),
    'years of budget totals': () => series((i) => `我局${2000 + (i % 30)}年收入总预算${100 + i}万元，`),
    'grades and scores': () => line('评价结果为优，自评得分为95分，评价等级为“良”，'),
    // issue 14 part 5 and 6: totals, names, products, headcounts, 截至 years and Chinese-numeral dates
    'totals and parts': () => line('合计15个，其中8个、8个，年初下达12个、年中追加5个，共15个，'),
    'breakdowns in a row': () => line('资金6.46万元，其中4.68万元，'),
    'names against counts': () => series((i) => `内设办公室、财务股、法规股${i % 5}个股室，下设${i % 7}个科室：办公室、财务科、业务科，`),
    'quantity × unit amount': () => line('发放补贴60户×2000元+35户×3000元，共计21.5万元，人均补助标准为0.60万元/生.年，实际补助人数9人，'),
    headcounts: () => line('共有编制人数54人,实际在职人数56人,'),
    'as-of years and Chinese dates': () => line('截至2020年底，二〇二三年三月十日，二○二三年，'),
    'growth and decline': () => line('部门支出1200万元，比上年度减少200万元、下降25%，'),
    'pasted debris, one line': () =>
      line('当前位置：首页 > 发布时间:2022-03-14 17:01 浏览量: 下面是小编为大家整理的 香港六宝典资料免费 布置自 评任务 '),
    // empty cells after a page counter, then not the end of the line: /[\s|]+$/ would try every cell
    'pasted debris, empty cells': () => `浏览量${line('| ')}x`,
    // a line between two lines of furniture that looks like a table rule to its last character
    'pasted debris, a table rule that is not one': () => `【字体:打印\n|${line('-')}x\n【字体:打印`,
    'pasted debris, each on its own line': () =>
      series(
        (i) => ['【字体:打印', ' 陵区林业局', '零陵区林业局', `我单位及时布置自 评任务，明确人员分工${i}，落实主体责 任`][i % 4] as string,
        '\n',
      ),
    'a table of contents': () => series((i) => `第${i}部分部门概况${i % 100}`, '\n') + '\n第1部分部门概况\n第2部分部门概况',
    'rates, each on its own line': () => series((i) => `预算数${i + 1}万元，执行数${i}万元，执行率${(i % 100) + 1}%`, '\n'),
    // text that lost its line breaks: run-in headings and lists, numbers in prose beside them, and slips
    'run-in headings': () =>
      series(
        (i) =>
          `${CN[i % 10]}、部门概况(一)主要职能负责拟订和组织实施全市国民经济和社会发展战略、中长期规划和年度计划，` +
          '如一、二季度支出1.5万元，构建标准统一、布局合理的一体化政务大数据体系。(二)机构设置 我局设8个内设机构，' +
          '实有编制数63人，年末在职人数57人：1.办公室负责机关日常运转。2.财务科负责预算编制和执行。2.业务科负责项目管理。',
      ),
    'run-in list items': () => series((i) => `${(i % 9) + 1}.完成第${i}项工作。`),
    // Markdown constructs remark-parse reads
    'an unclosed fence': () => '```\n' + series(() => '执行率1%', '\n'),
    'a closed fence': () => '```\n' + series(() => '执行率1%', '\n') + '```\n',
    'nested lists': () => series((i) => `- 第${i}项\n  - 预算数1万元，执行数1万元，执行率100%\n    - 细项`, '\n'),
    'a list indented deeper and deeper': () => series((i) => `${'  '.repeat(i % 40)}- 第${i}项`, '\n'),
    quotes: () => series(() => '> 预算数1万元，执行数1万元，执行率100%', '\n'),
    'nested quotes': () => series((i) => `${'> '.repeat((i % 5) + 1)}引用第${i}行`, '\n'),
    'quoted lists': () => series((i) => `> - 第${i}项，执行率100%`, '\n'),
  };
}

/** Each case at a megabyte. */
export const CASES = casesOf(MB);

/** The 2023 example with `body` at the end of its 部门整体支出情况 section and 存在问题 saying 无. */
export function reportWith(body: string): string {
  const text = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');
  const at = text.indexOf('## 二、自评工作开展情况');
  const problems = text.indexOf('### （四）部门整体支出绩效管理存在问题');
  const after = text.indexOf('### （五）改进措施');
  if (at < 0 || problems < 0 || after < 0) throw new Error('the 2023 example has changed: update reportWith');
  return `${text.slice(0, at)}${body}\n\n${text.slice(at, problems)}### （四）部门整体支出绩效管理存在问题\n\n无。\n\n${text.slice(after)}`;
}

/**
 * Checks one case: once as the CLI would, whose peak memory is the case's; then the better of two
 * timed runs, each by CPU time when the machine is busy (as hostile.test.ts does: load must not fail a test
 * about complexity). Over `limitMs`, the case at a quarter of its size too, right after: how its work grows
 * tells a slow machine from a slow path (test/effort.ts).
 */
function run(name: string, limitMs: number): { ms: number; maxRssMb: number; quarterMs?: number } {
  const textOf = (size: number): string => {
    const make = casesOf(size)[name];
    if (!make) throw new Error(`no case ${name}`);
    return reportWith(make());
  };
  const text = textOf(MB);
  checkText(text, { registry });
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  const ms = leastEffortMs(() => checkText(text, { registry }), 2, limitMs);
  const quarterMs = quarterEffortMs(ms, limitMs, () => {
    const quarter = textOf(MB / 4);
    return () => checkText(quarter, { registry });
  });
  return quarterMs === undefined ? { ms, maxRssMb } : { ms, maxRssMb, quarterMs };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name = '', limit = '1500'] = process.argv.slice(2);
  process.stdout.write(JSON.stringify(run(name, Number(limit))));
}
