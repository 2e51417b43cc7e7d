// The TextMate injection grammar (syntaxes/jixiao.injection.tmLanguage.json) that colours outline
// markers, amounts, percentages, 文号 and 《titles》 in Markdown, loaded the way VS Code loads it:
// vscode-textmate with the Oniguruma wasm, injected into text.html.markdown. The base grammar is a
// small stand-in (markdown-base.tmLanguage.json: VS Code's own Markdown grammar is not published on
// npm); when a copy of VS Code's grammar is on disk — the code-server that `npm run test:e2e`
// installs under .cache/e2e, or a file named by JIXIAO_MARKDOWN_GRAMMAR — every assertion also runs
// over the real one. The fixture is fixture.md in this folder.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import vsctm from 'vscode-textmate';
import oniguruma from 'vscode-oniguruma';
import { complexityFault, leastEffortMs, quarterEffortMs } from '../effort.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const MARKDOWN = 'text.html.markdown';
const INJECTION = 'markdown.jixiao.injection';
const GRAMMAR_FILE = join(ROOT, 'syntaxes', 'jixiao.injection.tmLanguage.json');
const FIXTURE = readFileSync(join(HERE, 'fixture.md'), 'utf8');

const require = createRequire(import.meta.url);
await oniguruma.loadWASM(readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm')));
const onigLib: Promise<vsctm.IOnigLib> = Promise.resolve({
  createOnigScanner: (sources: string[]) => new oniguruma.OnigScanner(sources) as unknown as vsctm.OnigScanner,
  createOnigString: (s: string) => new oniguruma.OnigString(s),
});

/** The rules of VS Code's Dark+ (dark_vs.json) that reach these tokens, colours as Dark+ has them. */
const DARK_PLUS: vsctm.IRawTheme = {
  name: 'Dark+ (subset)',
  settings: [
    { settings: { foreground: '#D4D4D4', background: '#1E1E1E' } },
    { scope: 'constant.numeric', settings: { foreground: '#B5CEA8' } },
    { scope: 'keyword.other.unit', settings: { foreground: '#B5CEA8' } },
    { scope: 'keyword', settings: { foreground: '#569CD6' } },
    { scope: 'string', settings: { foreground: '#CE9178' } },
    { scope: 'markup.heading', settings: { fontStyle: 'bold', foreground: '#569CD6' } },
    { scope: 'markup.bold', settings: { fontStyle: 'bold', foreground: '#569CD6' } },
    { scope: 'punctuation.definition.list.begin.markdown', settings: { foreground: '#6796E6' } },
    { scope: 'punctuation.definition.quote.begin.markdown', settings: { foreground: '#6A9955' } },
  ],
};

interface Loaded {
  registry: vsctm.Registry;
  grammar: vsctm.IGrammar;
}

async function load(markdownGrammarFile: string): Promise<Loaded> {
  const files: Record<string, string> = { [MARKDOWN]: markdownGrammarFile, [INJECTION]: GRAMMAR_FILE };
  const registry = new vsctm.Registry({
    onigLib,
    theme: DARK_PLUS,
    loadGrammar: (scopeName) => {
      const file = files[scopeName];
      return Promise.resolve(file ? vsctm.parseRawGrammar(readFileSync(file, 'utf8'), file) : null); // e.g. text.html.derivative: left out
    },
    // what `"injectTo": ["text.html.markdown"]` in package.json does in VS Code
    getInjections: (scopeName) => (scopeName === MARKDOWN ? [INJECTION] : undefined),
  });
  const grammar = await registry.loadGrammar(MARKDOWN);
  assert.ok(grammar, `cannot load ${markdownGrammarFile}`);
  return { registry, grammar };
}

function realMarkdownGrammar(): string | undefined {
  const fromEnv = process.env['JIXIAO_MARKDOWN_GRAMMAR'];
  if (fromEnv) return fromEnv;
  const dir = join(ROOT, '.cache', 'e2e');
  if (!existsSync(dir)) return undefined;
  for (const name of readdirSync(dir).sort().reverse()) {
    const file = join(
      dir,
      name,
      'node_modules',
      'code-server',
      'lib',
      'vscode',
      'extensions',
      'markdown-basics',
      'syntaxes',
      'markdown.tmLanguage.json',
    );
    if (existsSync(file)) return file;
  }
  return undefined;
}

interface Line {
  text: string;
  tokens: vsctm.IToken[];
}

function tokenize(grammar: vsctm.IGrammar, text: string): Line[] {
  const out: Line[] = [];
  let state = vsctm.INITIAL;
  for (const line of text.split(/\r?\n/)) {
    const r = grammar.tokenizeLine(line, state);
    out.push({ text: line, tokens: r.tokens });
    state = r.ruleStack;
  }
  return out;
}

const scopesAt = (line: Line, i: number): string[] => line.tokens.find((t) => t.startIndex <= i && i < t.endIndex)?.scopes ?? [];

/** The first line containing `lineKey`, and the first `span` in it (after `lineKey`'s start when `span` is in it). */
function find(lines: Line[], lineKey: string, span: string): { line: Line; start: number; end: number } {
  const line = lines.find((l) => l.text.includes(lineKey));
  assert.ok(line, `no fixture line contains “${lineKey}”`);
  const keyAt = line.text.indexOf(lineKey);
  let start = line.text.indexOf(span, keyAt);
  if (start < 0) start = line.text.indexOf(span);
  assert.ok(start >= 0, `“${span}” is not in “${line.text}”`);
  return { line, start, end: start + span.length };
}

/** Exactly `span` has `scope`: every character of it, and neither neighbour. */
function assertScope(lines: Line[], lineKey: string, span: string, scope: string): void {
  const { line, start, end } = find(lines, lineKey, span);
  for (let i = start; i < end; i++) {
    assert.ok(
      scopesAt(line, i).includes(scope),
      `“${span}” in “${line.text}”: character ${i} (“${line.text[i]}”) has ${JSON.stringify(scopesAt(line, i))}, not ${scope}`,
    );
  }
  if (start > 0) assert.ok(!scopesAt(line, start - 1).includes(scope), `${scope} starts before “${span}” in “${line.text}”`);
  if (end < line.text.length) assert.ok(!scopesAt(line, end).includes(scope), `${scope} runs past “${span}” in “${line.text}”`);
}

/** Every character of `span` is (also) inside `scope`. */
function assertWithin(lines: Line[], lineKey: string, span: string, scope: string): void {
  const { line, start, end } = find(lines, lineKey, span);
  for (let i = start; i < end; i++)
    assert.ok(
      scopesAt(line, i).includes(scope),
      `“${span}” in “${line.text}” is not inside ${scope}: ${JSON.stringify(scopesAt(line, i))}`,
    );
}

/** No character of `span` has any Jixiao scope. */
function assertNone(lines: Line[], lineKey: string, span: string): void {
  const { line, start, end } = find(lines, lineKey, span);
  for (let i = start; i < end; i++) {
    const ours = scopesAt(line, i).filter((s) => s.endsWith('.jixiao'));
    assert.deepEqual(ours, [], `“${span}” in “${line.text}”: character ${i} (“${line.text[i]}”) has ${JSON.stringify(ours)}`);
  }
}

const L1 = 'punctuation.definition.list.begin.markdown.level-1.jixiao';
const L2 = 'punctuation.definition.list.begin.markdown.level-2.jixiao';
const L3 = 'punctuation.definition.list.begin.markdown.level-3.jixiao';
const L4 = 'punctuation.definition.list.begin.markdown.level-4.jixiao';
const AMOUNT = 'constant.numeric.amount.jixiao';
const UNIT = 'keyword.other.unit.currency.jixiao';
const PERCENT = 'constant.numeric.percentage.jixiao';
const DOC = 'string.other.doc-number.jixiao';
const TITLE = 'string.quoted.other.title.jixiao';

function suite(label: string, markdownGrammarFile: string | undefined): void {
  const skip = markdownGrammarFile
    ? false
    : 'no copy of VS Code’s markdown.tmLanguage.json on disk (run `npm run test:e2e` once, or set JIXIAO_MARKDOWN_GRAMMAR)';
  let loaded: Promise<{ lines: Line[] } & Loaded> | undefined;
  const get = (): Promise<{ lines: Line[] } & Loaded> =>
    (loaded ??= load(markdownGrammarFile as string).then((l) => ({ ...l, lines: tokenize(l.grammar, FIXTURE) })));

  test(`${label}: outline markers at the start of a line, after #, >, a bullet or **`, { skip }, async () => {
    const { lines } = await get();
    assertScope(lines, '## 一、单位', '一、', L1);
    assertScope(lines, '二十一、附件', '二十一、', L1);
    assertScope(lines, '> 十九、', '十九、', L1);
    assertScope(lines, '\u3000\u3000三、', '三、', L1); // indented with ideographic spaces, as pasted text is
    assertScope(lines, '**十二、', '十二、', L1);
    assertScope(lines, '### （一）', '（一）', L2);
    assertScope(lines, '(二)年度', '(二)', L2);
    assertScope(lines, '- （三）', '（三）', L2);
    assertScope(lines, '#### 1. 预算', '1.', L3);
    assertScope(lines, '1.项目', '1.', L3);
    assertScope(lines, '2、资金', '2、', L3);
    assertScope(lines, '3．资金', '3．', L3);
    assertScope(lines, '（1）资金', '（1）', L4);
    assertScope(lines, '(2)资金', '(2)', L4);
  });

  test(`${label}: Markdown keeps its own structure around the markers`, { skip }, async () => {
    const { lines } = await get();
    assertWithin(lines, '## 一、单位', '一、', 'markup.heading.markdown');
    assertWithin(lines, '二十一、附件', '二十一、', 'meta.paragraph.markdown'); // the injection does not take column 0 from the paragraph
    assertWithin(lines, '3232.51万元为', '3232.51万元', 'meta.paragraph.markdown');
    assertWithin(lines, '> 十九、', '十九、', 'markup.quote.markdown');
    assertWithin(lines, '**十二、', '十二、', 'markup.bold.markdown');
    // `1. ` is Markdown's ordered list: Markdown's scope, none of ours
    assertScope(lines, '1. 这是', '1.', 'punctuation.definition.list.begin.markdown');
    assertNone(lines, '1. 这是', '1. 这是 Markdown 自己的有序列表');
  });

  test(`${label}: amounts with 元, 万元, 亿元 or a bare 万/亿`, { skip }, async () => {
    const { lines } = await get();
    assertScope(lines, '3232.51万元为', '3232.51万元', AMOUNT);
    assertScope(lines, '收入总预算 3232.51', '3232.51 万元', AMOUNT);
    assertScope(lines, '收入总预算 3232.51', '12552.67万元', AMOUNT);
    assertScope(lines, '收入总预算 3232.51', '1,234.56元', AMOUNT);
    assertScope(lines, '收入总预算 3232.51', '24.75 亿', AMOUNT);
    assertScope(lines, '收入总预算 3232.51', '１２３４．５６万元', AMOUNT);
    assertScope(lines, '收入总预算 3232.51', '万元', UNIT);
    assertScope(lines, '| 专项 |', '100.00万元', AMOUNT);
    assertNone(lines, '服务 12万人次', '12万人次'); // a count, not money
    assertNone(lines, '服务 12万人次', '3万平方米');
    assertNone(lines, '编号 20240101', '12345678901234567890万元'); // too many digits to be an amount
    assertNone(lines, '编号 20240101', '20240101');
  });

  test(`${label}: percentages`, { skip }, async () => {
    const { lines } = await get();
    assertScope(lines, '执行率 77.28%', '77.28%', PERCENT);
    assertScope(lines, '执行率 77.28%', '77.28％', PERCENT);
    assertScope(lines, '执行率 77.28%', '100 %', PERCENT);
    assertScope(lines, '执行率 77.28%', '％', 'keyword.other.unit.percentage.jixiao');
  });

  test(`${label}: 文号, standard and with wrong brackets, without a lead-in word`, { skip }, async () => {
    const { lines } = await get();
    const key = '根据湛财绩';
    assertScope(lines, key, '湛财绩〔2024〕5号', DOC);
    assertScope(lines, key, '湛财绩【2020】6号', DOC);
    assertScope(lines, key, '国办文[2018]35号', DOC);
    assertScope(lines, key, '湛财评（2020）第06号', DOC);
    assertScope(lines, key, '湛财绩', 'meta.issuer.doc-number.jixiao');
    assertScope(lines, key, '〔', 'punctuation.definition.doc-number.year.begin.jixiao');
    assertScope(lines, key, '2024', 'meta.year.doc-number.jixiao');
    assertScope(lines, key, '〕', 'punctuation.definition.doc-number.year.end.jixiao');
    assertScope(lines, key, '【', 'punctuation.definition.doc-number.year.begin.nonstandard.jixiao');
    assertScope(lines, key, ']', 'punctuation.definition.doc-number.year.end.nonstandard.jixiao');
    assertScope(lines, key, '35', 'meta.serial.doc-number.jixiao');
    assertScope(lines, key, '第', 'meta.serial-prefix.nonstandard.doc-number.jixiao');
    assertNone(lines, '2023年5号不是文号', '2023年5号不是文号');
  });

  test(`${label}: 《titles》`, { skip }, async () => {
    const { lines } = await get();
    assertScope(lines, '按照《关于', '《关于开展2023年度绩效自评的通知》', TITLE);
    assertScope(lines, '按照《关于', '《', 'punctuation.definition.string.begin.jixiao');
    assertScope(lines, '按照《关于', '》', 'punctuation.definition.string.end.jixiao');
  });

  test(`${label}: nothing in code, comments or plain words; no marker in mid-line`, { skip }, async () => {
    const { lines } = await get();
    const fenced = find(lines, '围栏 3232.51', '围栏');
    assert.ok(
      scopesAt(fenced.line, fenced.start).some((s) => s.startsWith('markup.fenced_code')),
      'the stand-in fence is not a fence',
    );
    assertNone(lines, '围栏 3232.51', '围栏 3232.51 万元 77.28% 湛财绩〔2024〕5号 《标题》');
    assertNone(lines, '一、不是标题', '一、不是标题');
    assertNone(lines, '行内代码', '`3232.51万元`');
    assertNone(lines, '    缩进代码', '缩进代码 3232.51万元');
    assertNone(lines, '<!-- 注释', '<!-- 注释 3232.51万元 -->');
    assertNone(lines, '普通文字', '普通文字没有任何标记。');
    assertNone(lines, '包括:1、办公室', '1、办公室;2、综合科（一）无。');
  });

  test(`${label}: with Dark+'s rules the spans get Dark+'s number, string and list-marker colours`, { skip }, async () => {
    const { grammar, registry } = await get();
    const colors = registry.getColorMap();
    const style = (line: string, span: string, inside = ''): { fg: string; bold: boolean } => {
      const at = line.indexOf(span, inside ? line.indexOf(inside) : 0);
      assert.ok(at >= 0, span);
      const { tokens } = grammar.tokenizeLine2(line, vsctm.INITIAL);
      let meta = 0;
      for (let k = 0; k < tokens.length; k += 2) if ((tokens[k] as number) <= at) meta = tokens[k + 1] as number;
      return { fg: colors[(meta & 0x00ff8000) >>> 15] ?? '', bold: (((meta & 0x00007800) >>> 11) & 2) !== 0 };
    };
    assert.deepEqual(style('一、单位基本情况', '一、'), { fg: '#6796E6', bold: false });
    assert.deepEqual(style('## 一、单位基本情况', '一、'), { fg: '#6796E6', bold: true });
    assert.deepEqual(style('收入 3232.51 万元', '3232.51'), { fg: '#B5CEA8', bold: false });
    assert.deepEqual(style('收入 3232.51 万元', '万元'), { fg: '#B5CEA8', bold: false });
    assert.deepEqual(style('执行率 77.28%', '%'), { fg: '#B5CEA8', bold: false });
    assert.deepEqual(style('根据湛财绩〔2024〕5号', '〔'), { fg: '#CE9178', bold: false });
    assert.deepEqual(style('根据湛财绩〔2024〕5号', '2024'), { fg: '#CE9178', bold: false });
    assert.deepEqual(style('按照《通知》要求', '通知'), { fg: '#CE9178', bold: false });
    assert.deepEqual(style('按照《通知》要求', '要求'), { fg: '#D4D4D4', bold: false });
  });
}

suite('stand-in Markdown grammar', join(HERE, 'markdown-base.tmLanguage.json'));
suite('VS Code’s Markdown grammar', realMarkdownGrammar());

test('package.json contributes the grammar as an injection into Markdown, and the .vsix ships it', () => {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    contributes: { grammars?: { scopeName: string; path: string; injectTo?: string[] }[] };
  };
  const entry = manifest.contributes.grammars?.find((g) => g.scopeName === INJECTION);
  assert.ok(entry, `package.json contributes.grammars has no entry for ${INJECTION}`);
  assert.deepEqual(entry.injectTo, [MARKDOWN]);
  const raw = JSON.parse(readFileSync(join(ROOT, entry.path), 'utf8')) as { scopeName: string; injectionSelector: string };
  assert.equal(raw.scopeName, INJECTION);
  assert.match(raw.injectionSelector, /^[LR]?:?text\.html\.markdown /);
  const ignore = readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split(/\r?\n/);
  const shipped = entry.path.replace(/^\.\//, '');
  assert.ok(
    ignore.some((l) => l === `!${shipped}` || l === '!syntaxes/**'),
    `.vscodeignore does not let ${shipped} into the .vsix (add !syntaxes/**)`,
  );
});

// A megabyte on one line that almost matches everywhere: every quantifier is bounded, no repetition
// nests inside an unbounded one, and each pattern opens with a one-character test, so a line costs
// linear time whatever it holds. (VS Code itself stops tokenizing a line at
// editor.maxTokenizationLineLength, 20 000 characters by default; this is the grammar's own bound.)
const MB = 1_000_000;
const LIMIT_MS = 1000;
const nearMisses: Record<string, string> = {
  digits: '1'.repeat(MB),
  'full-width digits': '１'.repeat(MB),
  'digits and dots': '1.'.repeat(MB / 2),
  'thousands separators': '1,234,'.repeat(MB / 6),
  '万元 repeated': '万元'.repeat(MB / 2),
  '12万人 repeated': '12万人'.repeat(MB / 4),
  '（一） repeated': '（一）'.repeat(MB / 3),
  'a space and （一）, repeated': ' （一）'.repeat(MB / 4),
  '(一 unclosed, repeated': '(一'.repeat(MB / 2),
  '一、 repeated': '一、'.repeat(MB / 2),
  '** 1.x repeated': '** 1.x'.repeat(MB / 6),
  '〔 repeated': '〔'.repeat(MB),
  '〔2024 unclosed, repeated': '〔2024'.repeat(MB / 5),
  'CJK then a year, repeated': '湛财绩2024'.repeat(MB / 7),
  'CJK text': '绩效自评报告'.repeat(MB / 6),
  'lead-in words': '根据按照的'.repeat(MB / 5),
  '《 repeated': '《'.repeat(MB),
  '《 never closed': `《${'字'.repeat(MB)}`,
  '# repeated': '#'.repeat(MB),
  '* repeated': '*'.repeat(MB),
  'spaces then a letter': `${' '.repeat(MB)}x`,
  'lone surrogates and NULs': '\uD800\u0000\uDC00'.repeat(MB / 3),
};

// Lines with a highlight every few characters cost what vscode-textmate spends per token (a few
// microseconds: scope stacks, captures, one scanner call per token), not backtracking; they are
// held to the same second at a fifth of the size.
const DENSE = MB / 5;
const dense: Record<string, string> = {
  '12万元 repeated': '12万元'.repeat(DENSE / 4),
  '1% repeated': '1%'.repeat(DENSE / 2),
  '《a》 repeated': '《a》'.repeat(DENSE / 3),
  'a 文号 repeated': '湛财绩〔2024〕5号'.repeat(DENSE / 11),
  'a budget sentence repeated': '收入总预算 3232.51 万元，执行率 77.28%，根据湛财绩〔2024〕5号和《通知》。'.repeat(DENSE / 50),
};

test('a hostile line is tokenized in under a second', async (t) => {
  const { grammar } = await load(join(HERE, 'markdown-base.tmLanguage.json'));
  // compile the scanners, grow the wasm heap
  grammar.tokenizeLine2(`一、收入 3232.51 万元 77.28% 湛财绩〔2024〕5号《通知》${'字'.repeat(MB)}`, vsctm.INITIAL);
  const cases = [
    ...Object.entries(nearMisses).map(([n, l]) => [`1 MB: ${n}`, l] as const),
    ...Object.entries(dense).map(([n, l]) => [`200 KB: ${n}`, l] as const),
  ];
  for (const [name, line] of cases) {
    await t.test(name, () => {
      // a second try only when the first was slow, each by CPU time when the machine is busy: load must not fail a
      // test about complexity
      const ms = leastEffortMs(() => assert.equal(grammar.tokenizeLine2(line, vsctm.INITIAL).stoppedEarly, false), 2, LIMIT_MS);
      // over the limit, a slow moment of the machine or a slow path: how the work grows from the line's first quarter,
      // tokenized right after, tells (test/effort.ts; a quarter that ends sooner can only grow the ratio)
      const quarterMs = quarterEffortMs(ms, LIMIT_MS, () => {
        const quarter = line.slice(0, Math.floor(line.length / 4));
        return () => grammar.tokenizeLine2(quarter, vsctm.INITIAL);
      });
      assert.equal(complexityFault(ms, quarterMs, LIMIT_MS), undefined, name);
    });
  }
});
