// Heading numbers session 22's second numbering round read on made-up outlines the first round's red team wrote: a （一）
// → （三） skip where a template fits (the outline leaves （三） out, so only the report's own run reads it); sub-headings
// numbered from （二） right under their 一、; an inline run 一是 … 二是 … 四是; 第一部分 → 第三部分; a top-level number written
// twice, told once and not again at each correct number after it; and the fix for a heading whose number is not read as
// one (叁、存在问题), which replaces that number instead of putting a new one before it. Each with the correct text that
// looks like it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const TITLE = '# 某县农业农村局2023年度部门整体支出绩效自评报告\n\n';
const BODY = '本局主要负责全县农业农村发展规划、农业产业化经营和农村经营管理等工作，年末在职人员45人。';
const said = (text: string): string[] => findingsOf(text, RULE).map((f) => `${spanText(text, f)} ${f.message.zh}`);
const report = (...lines: string[]): string => TITLE + lines.join('\n\n') + '\n';
const TAIL = ['二、绩效目标完成情况', '三、存在问题', '四、改进措施'];

// （一） → （三） under a template that fits
test('made up: （一）部门职能 then （三）人员情况 under 一、, the template fitting: （三） is said, 应为（二）', () => {
  const found = said(report('一、部门基本情况', '（一）部门职能', '（三）人员情况', ...TAIL));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.startsWith('（三） 编号跳号：「（一）」之后是「（三）人员情况」') && found[0].includes('应为「（二）」'), found[0]);
});

test('made up: （一） （三） （四） with paragraphs: one finding, at （三）', () => {
  const found = said(report('一、部门基本情况', '（一）部门职能', BODY, '（三）人员情况', BODY, '（四）资产情况', BODY, ...TAIL));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.startsWith('（三）'), found[0]);
});

const subSilent: [string, string][] = [
  [
    '（一） with its own 1. 2., then （二） （三）',
    report('一、部门基本情况', '（一）部门职能', '1.主要职责', '2.内设机构', '（二）人员情况', '（三）资产情况', ...TAIL),
  ],
  [
    '（一） （二） under 一、, （一） （二） under 二、',
    report(
      '一、部门基本情况',
      '（一）部门职能',
      '（二）人员情况',
      '二、绩效目标完成情况',
      '（一）产出指标',
      '（二）效益指标',
      '三、存在问题',
      '四、改进措施',
    ),
  ],
  [
    'a clause cited as （一）（三）项 in a paragraph',
    report('一、部门基本情况', '（一）部门职能', '依据《办法》（一）（三）项的规定执行。', '（二）人员情况', ...TAIL),
  ],
  [
    '（一） under 一、, then （三） the first under 二、 (another part)',
    report('一、部门基本情况', '（一）部门职能', BODY, '二、绩效目标完成情况', '（三）效益指标', BODY, '三、存在问题', '四、改进措施'),
  ],
  [
    "（一） （三） in a pipe table's cells",
    report(
      '一、部门基本情况',
      '（一）部门职能',
      BODY,
      '（二）人员情况',
      '| 序号 | 指标 |\n|---|---|\n| （一） | 产出 |\n| （三） | 效益 |',
      ...TAIL,
    ),
  ],
  [
    '（一） to （三） in order under both parts',
    report(
      '一、部门基本情况',
      '（一）部门职能',
      '（二）人员情况',
      '（三）资产情况',
      '二、绩效目标完成情况',
      '（一）产出指标',
      '（二）效益指标',
      '（三）满意度指标',
      '三、存在问题',
      '四、改进措施',
    ),
  ],
];
for (const [name, text] of subSilent) test(`made up, silent: ${name}`, () => assert.deepEqual(said(text), []));

// sub-headings numbered from （二）
test('made up: （二）部门职能 （三）人员情况 right under 一、: （二） is said, 应为（一）', () => {
  const found = said(report('一、部门基本情况', '（二）部门职能', '（三）人员情况', ...TAIL));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(
    found[0]?.startsWith('（二） 编号跳号：本部分的二级标题从「（二）部门职能」开始') && found[0].includes('应为「（一）部门职能」'),
    found[0],
  );
});

test('made up: half-width (二) (三) right under 一、', () => {
  const found = said(report('一、部门基本情况', '(二)部门职能', '(三)人员情况', ...TAIL));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.includes('应为「(一)部门职能」'), found[0]);
});

const secondSilent: [string, string][] = [
  [
    '（一） run into the 一、 line, then （二） （三）',
    report('一、部门基本情况（一）部门职能', '（二）人员情况', '（三）资产情况', ...TAIL),
  ],
  ['（一） （二） （三） in order', report('一、部门基本情况', '（一）部门职能', '（二）人员情况', '（三）资产情况', ...TAIL)],
  ['a lone （二） right under 一、, no （三） after it to bear out a run', report('一、部门基本情况', '（二）人员情况', ...TAIL)],
  ['（二） （三） before the first 一、', report('（二）部门职能', '（三）人员情况', '一、部门基本情况', ...TAIL)],
  ['a 1. before （二） in the part', report('一、部门基本情况', '1.部门职能', '（二）人员情况', '（三）资产情况', ...TAIL)],
  [
    '（一） with a sentence after its title, then （二） （三）',
    report('一、部门基本情况', '（一）部门职能。本局主要负责全县农业农村工作。', '（二）人员情况', '（三）资产情况', ...TAIL),
  ],
];
for (const [name, text] of secondSilent) test(`made up, silent: ${name}`, () => assert.deepEqual(said(text), []));

// 一是 … 二是 … 四是
test('made up: 一是…；二是…；四是… in one paragraph: 四是 is said, 缺三是', () => {
  const found = said(
    report(
      '一、部门基本情况',
      '二、绩效目标完成情况',
      '一是完成高标准农田建设；二是完成农民培训；四是完成农产品抽检。',
      '三、存在问题',
      '四、改进措施',
    ),
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.startsWith('四是 编号跳号：本段「二是」之后是「四是」，缺「三是」'), found[0]);
});

test('made up: 一是… 三是… (二是 skipped), commas between', () => {
  const found = said(
    report('一、部门基本情况', '二、绩效目标完成情况', '主要措施：一是加强领导，三是完善制度。', '三、存在问题', '四、改进措施'),
  );
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.includes('缺「二是」'), found[0]);
});

const pointSilent: [string, string][] = [
  [
    "一是 二是, then a new paragraph's 一是 二是 三是",
    '一是完成高标准农田建设；二是完成农民培训。\n\n一是加强资金管理；二是强化绩效监控；三是做好信息公开。',
  ],
  [
    '之一是, 唯一是 and a 四是 with no run before it',
    '本局是主管部门之一，其职责之一是指导农业生产；唯一是以财政拨款为来源的单位。四是指第四季度。',
  ],
  ['the saying 一是一、二是二 before 四是指', '全年工作突出“一是一、二是二”的务实作风，四是指四个方面。'],
  ["a point's own 一是 二是 inside the run, then 二是 三是", '一是项目管理，具体包括：一是立项，二是实施；二是资金管理；三是绩效评价。'],
  ['统一是, 第二是, 三是否 are words', '统一是前提，第二是落实，三是否达标需复核。一是建立台账。二是定期调度。'],
  [
    'problems 一是 二是, then measures 一是 二是 三是 in one line',
    '存在问题：一是预算编制不够精准；二是绩效目标设置不够细化。改进措施：一是提高预算编制质量；二是细化绩效目标；三是加强监控。',
  ],
  ['一是 二是 then 第三是', '一是完成高标准农田建设5万亩；二是培训农民1200人次。第三是指标设置不够合理。'],
];
for (const [name, para] of pointSilent) {
  test(`made up, silent: ${name}`, () =>
    assert.deepEqual(said(report('一、部门基本情况', '二、绩效目标完成情况', para, '三、存在问题', '四、改进措施')), []));
}

// 第一部分 → 第三部分
test('made up: 第一部分 then 第三部分: 第三部分 is said, 缺第二部分', () => {
  const text =
    '某市教育局2022年度部门整体支出绩效自评报告\n\n第一部分 部门基本情况\n\n一、部门职能\n\n第三部分 绩效目标完成情况\n\n一、年度绩效目标\n\n' +
    '第四部分 存在问题及改进措施\n\n一、存在问题\n';
  const found = said(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.startsWith('第三部分 编号跳号：「第一部分」之后是「第三部分 绩效目标完成情况」，缺「第二部分」'), found[0]);
});

const partSilent: [string, string][] = [
  [
    'three parts in order, each numbering from 一、',
    report(
      '第一部分 部门整体支出绩效自评情况',
      '一、部门基本情况',
      '第二部分 项目支出绩效自评情况',
      '一、项目基本情况',
      '第三部分 存在问题及改进措施',
      '一、存在问题',
    ),
  ],
  [
    'a contents list of the parts, then the parts',
    report(
      '目录',
      '第一部分 部门基本情况……1\n第二部分 绩效目标完成情况……3\n第三部分 存在问题……5',
      '第一部分 部门基本情况',
      '第二部分 绩效目标完成情况',
      '第三部分 存在问题',
    ),
  ],
  [
    'parts named in a sentence and a line that starts with 第三部分内容',
    report('一、部门基本情况', '本报告分为三个部分，第一部分为基本情况，第三部分为问题及措施。', '第三部分内容详见附件。', ...TAIL),
  ],
  [
    'two projects, each with its 第一部分 第二部分',
    report(
      '第一部分：项目A绩效自评',
      '一、项目基本情况',
      '第二部分：项目A存在问题',
      '第一部分：项目B绩效自评',
      '一、项目基本情况',
      '第二部分：项目B存在问题',
    ),
  ],
  [
    'a line of text that starts with 第四部分资金…，…',
    report(
      '第一部分 部门基本情况',
      '第二部分 绩效目标完成情况',
      '第四部分资金由县财政统筹安排，共计20万元，用于项目实施。',
      '第三部分 存在问题',
    ),
  ],
  [
    '第二部分 whose title holds a comma',
    report('第一部分 部门基本情况', '第二部分：绩效目标完成情况，包括产出、效益和满意度', '第三部分 存在问题'),
  ],
  [
    '第二部分 run into a line of text',
    report(
      '第一部分 部门基本情况',
      '一、部门职能。本局主要职能是……。第二部分 绩效目标完成情况 一、年度绩效目标完成。',
      '第三部分 存在问题',
    ),
  ],
];
for (const [name, text] of partSilent) test(`made up, silent: ${name}`, () => assert.deepEqual(said(text), []));

// a top-level number written twice
test('made up: 一、 written twice, then 三、 四、: one finding, at the second 一、', () => {
  const found = said(report('一、部门基本情况', '正文。', '一、绩效目标完成情况', '正文。', '三、存在问题', '四、改进措施'));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.startsWith('一、 编号重复：「一、部门基本情况」之后又是「一、绩效目标完成情况」'), found[0]);
});

const repeatSilent: [string, string][] = [
  [
    'a paragraph that starts 一、 under 二、',
    report('一、部门基本情况', '正文。', '二、绩效目标完成情况', '一、产出指标完成情况良好。', '三、存在问题', '四、改进措施'),
  ],
  [
    'a list 一、 二、 after the last section',
    report('一、部门基本情况', '正文。', '二、绩效目标完成情况', '三、存在问题', '四、改进措施', '一、加强预算管理', '二、强化绩效监控'),
  ],
  [
    'one to four in order with text between',
    report('一、部门基本情况', BODY, '二、绩效目标完成情况', BODY, '三、存在问题', BODY, '四、改进措施', BODY),
  ],
  ['sections in order right under each other', report('一、部门基本情况', ...TAIL)],
  [
    'a part of its own numbered from 一、 after 第二部分',
    report('第一部分 部门整体', '一、部门基本情况', '二、绩效目标完成情况', '第二部分 项目', '一、项目基本情况', '二、存在问题'),
  ],
];
for (const [name, text] of repeatSilent) test(`made up, silent: ${name}`, () => assert.deepEqual(said(text), []));

// the fix for a number not read as one
const fixOf = (text: string): { zh: string; edit: string; safe: boolean } => {
  const f = findingsOf(text, RULE)[0];
  assert.ok(f?.fix, 'a finding with a fix');
  const e = f.fix.edits[0] as { start: number; end: number; newText: string };
  return { zh: f.message.zh, edit: `${text.slice(e.start, e.end)}→${e.newText}`, safe: f.fix.safe };
};

for (const [marker, want] of [
  ['叁、', '三、'],
  ['二．', '二、'],
  ['二.', '二、'],
  ['二，', '二、'],
] as const) {
  test(`made up: a heading numbered ${marker} has it replaced, not kept after the new number; offered, not applied`, () => {
    const n = want === '三、' ? 3 : 2;
    const lines = ['一、部门基本情况', '二、绩效目标完成情况', '三、存在问题', '四、改进措施'];
    lines[n - 1] = marker + (lines[n - 1] as string).slice(2);
    const fix = fixOf(report(...lines));
    const title = (lines[n - 1] as string).slice(marker.length);
    assert.equal(fix.edit, `${marker}→${want}`);
    assert.ok(fix.zh.includes(`应为「${want}${title}」`), fix.zh);
    assert.equal(fix.safe, false);
  });
}

test('made up: 二．绩效目标完成情况, a heading the outline leaves out: one finding at it, none at 三、 四、 after it', () => {
  const found = said(report('一、部门基本情况', '二．绩效目标完成情况', '三、存在问题', '四、改进措施'));
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.startsWith('二．绩效目标完成情况 标题「二．绩效目标完成情况」的编号「二．」不是规范编号'), found[0]);
});

const unreadSilent: [string, string][] = [
  ['a level of its own written 一. 二. under 一、', report('一、部门基本情况', '一.部门职能', '二.人员情况', ...TAIL)],
  [
    'a sentence that starts 二，',
    report('一、部门基本情况', BODY, '二、绩效目标完成情况', '二，是资金到位率高，达到100%。', '三、存在问题', '四、改进措施'),
  ],
  ['a 壹 before a title in a part of its own', report('一、部门基本情况', '壹 概述', BODY, ...TAIL)],
  ["拾遗补缺 at a line's start", report('一、部门基本情况', BODY, '拾遗补缺工作', ...TAIL)],
  [
    '附表二.绩效自评表 between sections',
    report('一、部门基本情况', BODY, '二、绩效目标完成情况', '附表二.绩效自评表', '三、存在问题', '四、改进措施'),
  ],
];
for (const [name, text] of unreadSilent) test(`made up, silent: ${name}`, () => assert.deepEqual(said(text), []));

test('made up: a heading with no number at all still gets one put before its title', () => {
  const fix = fixOf(report('一、部门基本情况', '二、绩效目标完成情况', '存在问题', '四、改进措施'));
  assert.equal(fix.edit, '→三、');
  assert.ok(fix.zh.includes('应为「三、存在问题」'), fix.zh);
});

// a heading taken for one that lost its number, where the template fits: the number it holds in a form not read as one is
// replaced, whatever it says (the lead's check after merging: the lost-number path had put 二、 before 二．)
for (const written of ['二．', '二.', '二，', '叁、']) {
  test(`made up: ${written}绩效目标完成情况 between 一、 and 三、, a template fitting: the number is replaced by 二、`, () => {
    const text = report('一、部门基本情况', BODY, `${written}绩效目标完成情况`, BODY, '三、存在问题', BODY, '四、改进措施', BODY);
    const found = findingsOf(text, RULE);
    assert.equal(found.length, 1, said(text).join('\n'));
    const f = found[0]!;
    assert.equal(spanText(text, f), `${written}绩效目标完成情况`);
    assert.ok(f.message.zh.includes(`应为「二、绩效目标完成情况」`), f.message.zh);
    assert.deepEqual(
      f.fix?.edits.map((e) => [text.slice(e.start, e.end), e.newText]),
      [[written, '二、']],
    );
  });
}

test('保山水务局 2024 (set 23): `第三部  2024年度部门决算情况说明` lost its 分, `部分  名词解释` its 第五; no skip told at 第四部分', () => {
  const text = tuneText('2024-云南-保山市水务局-部门整体');
  const parts = findingsOf(text, RULE).filter((f) => f.message.zh.startsWith('部分标题') || f.message.zh.includes('部分」之后'));
  assert.deepEqual(
    parts.map((f) => `${spanText(text, f)} ${f.message.zh}`),
    [
      '第三部 部分标题「第三部 2024年度部门决算情况说明」的编号缺「分」字：按前后各部分的顺序应为「第三部分」',
      '部分 部分标题「部分 名词解释」的编号缺少序号：按前后各部分的顺序应为「第五部分」',
    ],
  );
});

test('made up: 第三部门 and a sentence opening on 部分, or 部分 before any part, are no damaged part number', () => {
  const parts = (line: string): string[] =>
    said(report('第一部分 部门基本情况', '一、部门职能', '第二部分 绩效情况', '一、绩效目标', line, '第三部分 存在问题'));
  for (const line of ['第三部门 负责审核', '部分单位未按时报送资料。', '部分  项目进度滞后'])
    assert.deepEqual(
      parts(line).filter((x) => x.includes('部分标题')),
      [],
      line,
    );
  assert.deepEqual(
    said(report('部分  名词解释', '一、部门职能')).filter((x) => x.includes('部分标题')),
    [],
  );
});
