// Arbitraries for the property-based tests in fuzz.test.ts: the example reports and fixtures with
// random damage (lines deleted, duplicated, swapped; heading markers and brackets changed; digits
// widened or made huge; hostile Unicode; other line endings; a BOM; front matter), random text over a
// report-like alphabet, and fully random UTF-16.
import fc from 'fast-check';
import { exampleNames, readExample, readFixture } from '../helpers.js';

export const BASES: readonly { name: string; text: string }[] = [
  ...exampleNames().map((name) => ({ name, text: readExample(name) })),
  ...['2019-markdown-headings.md', '2023-plain.md'].map((name) => ({ name: `fixtures/${name}`, text: readFixture(name) })),
];

export const TEMPLATE_IDS = ['gd-department-overall', 'project-expenditure', 'transfer-payment'] as const;

/** Characters that have broken text tools before. */
export const HOSTILE = [
  '\u0000',
  '\uD800',
  '\uDC00',
  '\uDBFF',
  '\uDFFF',
  '\u200E',
  '\u200F',
  '\u202E',
  '\u2066',
  '\u2069',
  '😀',
  '👨‍👩‍👧',
  '\u0301',
  '\u0308\u0301',
  '\u2028',
  '\u2029',
  '\uFEFF',
  '\u00A0',
  '\u3000',
  '\t',
  '\r',
  '\n',
  '\r\n',
  '\u000B',
  '\u000C',
  '\u0085',
  '\uFFFD',
  '\uFFFF',
  '𠀀',
  '\uFF10',
  '\uFF19',
] as const;

/** One mutation of a document, as data so that fast-check can shrink it and print it. */
export type Mutation =
  | { kind: 'delete-line'; at: number }
  | { kind: 'duplicate-line'; at: number }
  | { kind: 'swap-lines'; at: number; with: number }
  | { kind: 'replace'; from: string; to: string; nth: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'full-width-digits'; nth: number }
  | { kind: 'huge-number'; nth: number; digits: string };

export interface Damage {
  base: number;
  mutations: Mutation[];
  frontMatter: string | null;
  eol: 'lf' | 'crlf' | 'cr';
  bom: boolean;
}

/** Replacements of heading markers and brackets, applied to one occurrence. */
const REPLACEMENTS: readonly [string, string][] = [
  ['（', '('],
  ['）', ')'],
  ['(', '（'],
  [')', '）'],
  ['一、', '一. '],
  ['二、', '二. '],
  ['三、', '三.'],
  ['、', '. '],
  ['、', ''],
  ['〔', '【'],
  ['〕', '】'],
  ['【', '〔'],
  ['】', '〕'],
  ['〔', '['],
  ['（一）', '(一)'],
  ['（二）', '（二'],
  ['1.', '1、'],
  ['1、', '1.'],
  ['#', ''],
  ['## ', '#'],
  ['# ', '### '],
  ['万元', '元'],
  ['万元', '亿元'],
  ['%', '％'],
  ['。', ''],
  ['\n\n', '\n'],
  ['\n', '\n\n'],
  ['号', ''],
  ['年', ''],
  ['优', '差'],
  ['良', '优'],
];

const line = fc.nat({ max: 1_000_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete-line' as const), at: line }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: line }),
  fc.record({ kind: fc.constant('swap-lines' as const), at: line, with: line }),
  fc
    .constantFrom(...REPLACEMENTS)
    .chain(([from, to]) =>
      fc.record({ kind: fc.constant('replace' as const), from: fc.constant(from), to: fc.constant(to), nth: fc.nat({ max: 200 }) }),
    ),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat({ max: 1_000_000 }),
    text: fc.oneof(
      fc.constantFrom(...HOSTILE, ')', '）', '(', '（', '〔', '】', '\n一、', '\n（一）', '\n# ', '```\n', '<!--', '-->'),
      fc.string({ unit: fc.constantFrom(...HOSTILE), minLength: 1, maxLength: 4 }),
    ),
  }),
  fc.record({ kind: fc.constant('full-width-digits' as const), nth: fc.nat({ max: 300 }) }),
  fc.record({
    kind: fc.constant('huge-number' as const),
    nth: fc.nat({ max: 300 }),
    digits: fc.oneof(
      fc.constant('9'.repeat(30)),
      fc.constant('123456789012345678901234567890.123'),
      fc.constant('0'.repeat(30)),
      fc.constant('1e308'),
    ),
  }),
);

const frontMatter = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.constantFrom(...TEMPLATE_IDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '',
      'gd-department-overal',
      '"project-expenditure"',
      '\u0000',
      '𠀀',
      '../../etc/passwd',
      '__proto__',
      'constructor',
    ),
  },
);

export const damage: fc.Arbitrary<Damage> = fc.record({
  base: fc.nat({ max: BASES.length - 1 }),
  mutations: fc.array(mutation, { maxLength: 8 }),
  frontMatter,
  eol: fc.constantFrom('lf' as const, 'lf' as const, 'crlf' as const, 'cr' as const),
  bom: fc.boolean(),
});

function nthIndex(text: string, needle: string, nth: number): number {
  let count = 0;
  for (let i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) count++;
  if (count === 0) return -1;
  let n = nth % count;
  let i = text.indexOf(needle);
  while (n-- > 0) i = text.indexOf(needle, i + 1);
  return i;
}

function nthDigitRun(text: string, nth: number): { start: number; end: number } | undefined {
  const runs = [...text.matchAll(/[0-9]+/g)];
  if (runs.length === 0) return undefined;
  const m = runs[nth % runs.length] as RegExpMatchArray;
  return { start: m.index as number, end: (m.index as number) + m[0].length };
}

export function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case 'delete-line':
    case 'duplicate-line':
    case 'swap-lines': {
      const lines = text.split('\n');
      const i = m.at % lines.length;
      if (m.kind === 'delete-line') lines.splice(i, 1);
      else if (m.kind === 'duplicate-line') lines.splice(i, 0, lines[i] as string);
      else {
        const j = m.with % lines.length;
        [lines[i], lines[j]] = [lines[j] as string, lines[i] as string];
      }
      return lines.join('\n');
    }
    case 'replace': {
      const i = nthIndex(text, m.from, m.nth);
      return i < 0 ? text : text.slice(0, i) + m.to + text.slice(i + m.from.length);
    }
    case 'insert': {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.text + text.slice(at);
    }
    case 'full-width-digits': {
      const r = nthDigitRun(text, m.nth);
      if (!r) return text;
      const wide = [...text.slice(r.start, r.end)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
      return text.slice(0, r.start) + wide + text.slice(r.end);
    }
    case 'huge-number': {
      const r = nthDigitRun(text, m.nth);
      return r ? text.slice(0, r.start) + m.digits + text.slice(r.end) : text;
    }
  }
}

export function damaged(d: Damage): string {
  let text = (BASES[d.base] as { text: string }).text;
  for (const m of d.mutations) text = mutate(text, m);
  if (d.frontMatter !== null) text = `---\ntemplate: ${d.frontMatter}\n---\n\n${text}`;
  if (d.eol === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
  else if (d.eol === 'cr') text = text.replace(/\r?\n/g, '\r');
  if (d.bom) text = `\uFEFF${text}`;
  return text;
}

// ---------------------------------------------------------------------------------------------------
// Random text.

const CJK = [
  ...('的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高与自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四' +
    '日那社义事平形相全表间样想向道命此位理望或但内预算执行决算绩效资金支出收入总计合财政湛江市科技局单位项目情况'),
];
const MARKUP = [...'一二三四五六七八九十、（）()〔〕【】[]万元亿%％0123456789０９.。，,：:；\n\n\n #>-*|`~_'];
const SNIPPETS = [
  '整体绩效自评报告',
  '项目支出绩效自评报告',
  '自评报告',
  '\n# ',
  '\n## ',
  '\n### ',
  '一、',
  '二、',
  '三、',
  '四、',
  '（一）',
  '（二）',
  '（三）',
  '(一)',
  '1.',
  '2、',
  '（1）',
  '单位基本情况',
  '自评工作开展情况',
  '绩效自评情况',
  '自评结果',
  '存在问题',
  '改进措施',
  '预算执行情况',
  '基本情况',
  '项目概况',
  '项目绩效目标',
  '综合评价情况及评价结论',
  '收入总预算',
  '其中',
  '一般公共预算安排拨款',
  '基金预算拨款',
  '总支出',
  '基本支出',
  '项目支出',
  '预算数',
  '支出数',
  '执行率',
  '到位率',
  '占',
  '增长',
  '3232.51 万元',
  '2932.51万元',
  '300 万元',
  '100%',
  '95.5%',
  '0.00',
  '综合得分',
  '得分',
  '95 分',
  '59分',
  '评价等次为',
  '优',
  '良',
  '中',
  '差',
  '等级为“优”',
  '湛财绩〔2020〕6号',
  '湛财绩【2020】06号',
  '粤财预〔2019〕第12号',
  '评价年度：2023 年度',
  '2019年',
  '2024 年 7 月 29 日',
  '2023年1月',
  '无。',
  '\n\n',
  '<!-- jixiao-disable-next-line -->\n',
  '<!-- jixiao-disable doc-number -->\n',
  '<!-- jixiao-enable -->\n',
  '```\n',
  '| a | b |\n',
  '> ',
  '- ',
  '    ',
  '---\n',
];

/** A token of report-like text: one character of the alphabet or one snippet. */
const token = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...CJK, ...MARKUP) },
  { weight: 2, arbitrary: fc.constantFrom(...SNIPPETS) },
  { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
);

const HEADS = [
  '',
  '# 整体绩效自评报告\n\n',
  '湛江市科技局2019年度整体绩效自评报告\n\n',
  '---\ntemplate: project-expenditure\n---\n# 项目支出绩效自评报告\n',
  '---\ntemplate: transfer-payment\n---\n',
  '---\ntemplate: nope\n---\n',
];

/** Report-like random text: most of it starts like a report, so that the rules run on it. */
export const reportLikeText: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '', '', '\uFEFF'), fc.constantFrom(...HEADS), fc.string({ unit: token, maxLength: 400 }))
  .map(([bom, head, body]) => bom + head + body);

/** Any UTF-16 string: lone surrogates, controls, everything. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
  fc
    .tuple(
      fc.constantFrom(...HEADS.slice(1)),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }),
    )
    .map(([h, b]) => h + b),
);

/**
 * Every kind of input the properties run on. A damaged document is kept as its recipe, so that a
 * counterexample prints as a few readable lines rather than 25 KB of report; `textOf` makes the text.
 */
export type Input = { damage: Damage } | { text: string };

export const anyInput: fc.Arbitrary<Input> = fc.oneof(
  { weight: 2, arbitrary: damage.map((d) => ({ damage: d })) },
  { weight: 2, arbitrary: reportLikeText.map((text) => ({ text })) },
  { weight: 1, arbitrary: anyText.map((text) => ({ text })) },
);

export const damagedInput: fc.Arbitrary<Input> = damage.map((d) => ({ damage: d }));

export function textOf(input: Input): string {
  return 'damage' in input ? damaged(input.damage) : input.text;
}

/** One edit of a document, positions as fractions of its length so that they shrink well. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat({ max: 1_000_000 }),
  remove: fc.oneof(fc.constant(0), fc.nat({ max: 5 }), fc.nat({ max: 400 })),
  insert: fc.oneof(fc.constant(''), fc.constantFrom(...SNIPPETS, ...HOSTILE), fc.string({ unit: token, maxLength: 20 })),
});

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor((e.at / 1_000_000) * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
