// Plain paragraphs, headings, quotes, lists and fenced code are read without remark-parse
// (plain-blocks.ts). Whatever the lines — indented, nested, with trailing spaces or ideographic
// spaces, any line ending, with or without Markdown syntax at their start — parseBlocks gives exactly
// what remark-parse gives. Fixed seed: deterministic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseBlocks, remarkBlocks } from '../../server/src/engine/parse/blocks.js';
import { plainBlocks } from '../../server/src/engine/parse/plain-blocks.js';
import { blockCells } from '../../server/src/engine/model/table-cells.js';
import { LineIndex } from '../../server/src/engine/text/line-index.js';
import { readExample } from '../helpers.js';
import { effortMs } from '../effort.js';

const SEED = Number(process.env.JIXIAO_FUZZ_SEED ?? 42);
const SCALE = Number(process.env.JIXIAO_FUZZ_SCALE ?? 1);

const same = (text: string): void => {
  const index = new LineIndex(text);
  assert.deepEqual(parseBlocks(text, index), remarkBlocks(text, index), JSON.stringify(text));
};

// line contents: mostly plain report text, some that only look like syntax, some that are syntax
const body = fc.constantFrom(
  '我局 2023 年收入总预算 3232.51 万元。',
  '一、部门基本情况',
  '（二）绩效目标',
  '1、完成科技项目验收',
  '2023年度',
  '123',
  '12345678901. 不是列表',
  '1. 列表',
  '3) 列表',
  '# 标题',
  '## 一、标题 ##',
  '####### 七个',
  '#\u3000全角空格',
  '#',
  '#\t制表符',
  '#标题',
  '> 引用',
  '- 列表项',
  '* 列表项',
  '+ 列表项',
  '-     五个空格',
  '- - -',
  '* * *',
  '- ',
  '-',
  '-\t制表',
  '- # 标题',
  '- 1. 有序',
  '-文字',
  '  - 嵌套',
  '01. 零一',
  '1234567890. 十位',
  '2.     五个空格',
  '1.',
  '1.\t制表',
  '1. - 嵌套',
  '   3. 缩进',
  '***',
  '---',
  '===',
  '___',
  '```',
  '~~~',
  '<!-- jixiao-disable doc-number -->',
  '<div>',
  '[a]: http://x',
  '| a | b |',
  '| 年度资金总额 | 4753.66万元 | 100% |',
  '|:--|--:|',
  '---|---',
  '项目 | 金额',
  '| a \\| b | |',
  '\\# 转义',
  '&amp; 实体',
  '　　年收入总预算　　万元',
  '\u3000',
  'a\u00a0b',
  '',
);
const indent = fc.constantFrom('', ' ', '  ', '   ', '    ', '\t', ' \t');
const trailing = fc.constantFrom('', ' ', '  ', '\t', '\u3000');
const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');
const line = fc.tuple(indent, body, trailing, eol).map(([a, b, c, d]) => a + b + c + d);
const chunk = fc.array(line, { minLength: 1, maxLength: 12 }).map((lines) => lines.join(''));

test('parseBlocks equals remark-parse on random lines, plain or not', () => {
  fc.assert(fc.property(chunk, same), { seed: SEED, numRuns: Math.round(3000 * SCALE) });
});

// only what the plain path takes: it must take these, and agree with remark-parse
const plainBody = fc.constantFrom(
  '我局 2023 年收入总预算 3232.51 万元。',
  '一、部门基本情况',
  '1、完成验收',
  '2023年度',
  '123',
  '　　年收入总预算　　万元',
  '\u3000',
  'a\u00a0b',
  '',
  '# 标题',
  '## 一、部门概况 ##',
  '###### 六',
  '# #',
  '### a ###b',
  '| 项目 | 金额 |',
  '|---|---|',
  '| 年度资金总额 | 4753.66万元 | 100% |',
  '|:--|:--:|--:|',
  '| | |',
  '| 其中：财政拨款 | a \\| b |',
  '项目 | 金额',
  '\\# 转义',
  '&amp; 实体',
  '9',
  '2023.5',
  '1、2、3',
  '- 第一项',
  '* 第二项',
  '+ 第三项',
  '-  两个空格',
  '-    四个空格',
  '- 1、项',
  '- 2023.5',
  '1. 第一项',
  '2. 第二项',
  '3) 第三项',
  '1) 一',
  '10. 十',
  '2023. 年',
  '2.  两个空格',
);
// (an indented ordered item is left to remark: not generated here)
const plainLine = fc
  .tuple(fc.constantFrom('', ' ', '  ', '   '), plainBody, trailing, eol)
  .map(([a, b, c, d]) => (/^\d+[.)]/.test(b) ? '' : a) + b + c + d);
const plainChunk = fc.array(plainLine, { minLength: 1, maxLength: 12 }).map((lines) => lines.join(''));

test('random plain paragraphs, headings and list items are read without remark-parse, as remark-parse reads them', () => {
  let runs = 0;
  let taken = 0;
  fc.assert(
    fc.property(plainChunk, (text) => {
      runs++;
      if (plainBlocks(text, new LineIndex(text))) taken++;
      same(text);
    }),
    { seed: SEED, numRuns: Math.round(3000 * SCALE) },
  );
  // left to remark only where an ordered item follows an indented paragraph that may be a list item's
  assert.ok(taken > runs * 0.8, `${taken} of ${runs} taken by the plain path`);
});

// containers and fences: lines that open, continue, leave and close quotes, list items and code
const readable = {
  prefix: ['', '', '> ', '>', '> > ', '>  ', '- ', '  ', '   ', '  - ', '    - ', '1. ', '2. ', '- > ', '> - ', '10) ', ' ', '* ', '1) '],
  body: [
    '我局预算数 1 万元，执行率 100%。',
    '一、部门基本情况',
    '# 标题',
    '```',
    '````',
    '~~~',
    '``` js',
    '- 列表项',
    '1. 第一项',
    '2. 第二项',
    '> 引用',
    '　　缩进',
    '执行率1%',
  ],
};
// …and what is left to remark-parse: tabs, empty items (a marker on a line of its own), setext underlines, thematic breaks, HTML,
// indented code
const unread = {
  prefix: ['    ', '      ', '>     ', '\t', '-\t'],
  body: ['-', '---', '***', '===', '<div>', '\t制表', '```a`b', '[a]: http://x'],
};
const nestedChunk = (prefixes: string[], bodies: string[]): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        {
          arbitrary: fc.tuple(fc.constantFrom(...prefixes), fc.constantFrom(...bodies), trailing, eol).map(([a, b, c, d]) => a + b + c + d),
          weight: 5,
        },
        { arbitrary: fc.constantFrom('\n', '>\n', '> >\n', '  \n'), weight: 1 }, // blank lines, in quotes too
      ),
      { minLength: 1, maxLength: 14 },
    )
    .map((lines) => lines.join(''));

test('random quotes, nested lists and fences are read without remark-parse, as remark-parse reads them', () => {
  let runs = 0;
  let taken = 0;
  fc.assert(
    fc.property(nestedChunk(readable.prefix, readable.body), (text) => {
      runs++;
      if (plainBlocks(text, new LineIndex(text))) taken++;
      same(text);
    }),
    { seed: SEED, numRuns: Math.round(3000 * SCALE) },
  );
  assert.ok(taken > runs * 0.8, `${taken} of ${runs} taken by the plain path`);
});

test('with lines it leaves to remark-parse among them, parseBlocks still equals remark-parse', () => {
  const chunk = nestedChunk([...readable.prefix, ...unread.prefix], [...readable.body, ...unread.body]);
  fc.assert(fc.property(chunk, same), { seed: SEED, numRuns: Math.round(3000 * SCALE) });
});

test('parseBlocks equals remark-parse on the examples, paragraph by paragraph and whole', () => {
  for (const name of ['2019-湛江市科技局-整体绩效自评报告.md', '2023-湛江市科学技术局-整体绩效自评报告.md']) {
    const text = readExample(name);
    same(text);
    for (const part of text.split(/\n\n+/)) same(`${part}\n`);
  }
});

test('a chunk of plain paragraphs is read without remark: several times faster', () => {
  const text = Array.from(
    { length: 400 },
    (_, i) => `第${i}段：我局 2023 年收入总预算 ${i}.51 万元，一般公共预算安排拨款 ${i}.00 万元。`,
  ).join('\n\n');
  const index = new LineIndex(text);
  const time = (f: () => void): number => {
    let best = Infinity;
    for (let r = 0; r < 5; r++) best = Math.min(best, effortMs(f));
    return best;
  };
  const fast = time(() => parseBlocks(text, index));
  const remark = time(() => remarkBlocks(text, index));
  assert.deepEqual(parseBlocks(text, index), remarkBlocks(text, index));
  // about 8× here: both share the reading of lines into blocks
  assert.ok(fast * 3 < remark, `plain path ${fast.toFixed(2)} ms, remark ${remark.toFixed(2)} ms`);
});

test('fenced code in a quote or a list item is not report text, as at the margin', () => {
  for (const text of [
    '> ```\n> 湛财绩【2024】05号\n> ```\n',
    '- ```\n  湛财绩【2024】05号\n  ```\n',
    '- 说明\n\n  ~~~\n  湛财绩【2024】05号\n  ~~~\n',
  ]) {
    const index = new LineIndex(text);
    for (const parsed of [parseBlocks(text, index), remarkBlocks(text, index)]) {
      assert.ok(!parsed.lines.some((l) => l.text.includes('湛财绩')), JSON.stringify(text));
      assert.equal(parsed.opaque.length, 1);
    }
  }
});

// pipe tables (issue 15): rows with empty cells, escaped pipes and aligned delimiters, at the margin or
// indented, among paragraphs: both readers give the same blocks, the plain path takes them, and each
// table cell read from a block is the text at its offsets
const tableLine = fc
  .tuple(
    fc.constantFrom('', ' ', '  ', '   '),
    fc.constantFrom(
      '| 项目资金（万元） | 年初预算数 | 全年预算数（A） | 全年执行数（B） | 分值 | 执行率（B/A） | 得分 |',
      '|---|:---|:---:|---:|---|---|---|',
      '| 年度资金总额 | 4753.66万元 | 4753.66万元 | 3824.26万元 | 10 | 100% | 10 |',
      '| 其中：财政拨款 | | 99 | 99 | - | 100% | - |',
      '| 造林面积 | a \\| b | 1.2万亩 |',
      '|总分|100|100',
      '| |',
      '我局 2023 年收入总预算 3232.51 万元。',
      '',
    ),
    trailing,
    eol,
  )
  .map(([a, b, c, d]) => a + b + c + d);

test('pipe tables: the plain path reads them as remark-parse does, and their cells sit at their offsets', () => {
  fc.assert(
    fc.property(fc.array(tableLine, { minLength: 1, maxLength: 12 }), (lines) => {
      const text = lines.join('');
      const index = new LineIndex(text);
      assert.ok(plainBlocks(text, index), JSON.stringify(text));
      same(text);
      for (const b of parseBlocks(text, index).blocks)
        for (const c of blockCells(text, b)) assert.equal(text.slice(c.start, c.end), c.text, JSON.stringify(text));
    }),
    { seed: SEED, numRuns: Math.round(1000 * SCALE) },
  );
});
