import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { applyFix, check, findingsOf, readExample, readFixture, ROOT, spanText } from '../../helpers.js';
import { assertMarkedFindings } from '../../expect.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport, edit } from './_report.js';

const RULE = 'heading-numbering';

function only(findings: Finding[]): Finding {
  assert.equal(findings.length, 1, findings.map((f) => `${f.severity} ${f.message.zh}`).join('\n'));
  return findings[0] as Finding;
}

/** The defect's one finding, and its fix restores the clean text exactly. */
function assertFixRestores(clean: string, broken: string, f: Finding): void {
  const fixed = applyFix(broken, f);
  assert.equal(fixed, clean);
  assert.deepEqual(findingsOf(fixed, RULE), []);
}

const MD = cleanReport();
const PLAIN = cleanReport({ style: 'plain' });
const PLAIN_HALF = cleanReport({ style: 'plain', halfWidth: true, indent: '  ' });

const DUTIES = [
  '市科学技术局贯彻落实党中央和省委关于科技创新工作的方针政策和决策部署。主要职责是：',
  '(一)拟订全市实施创新驱动发展战略、促进科技创新强市建设的规划，以及促进科技发展，引进国(境)外智力等方面的规划和政策并组织实施。',
  '(二)统筹推进全市创新体系建设和科技体制改革，会同有关部门健全科技创新激励机制，优化科研体系建设。',
  '(三)牵头建立统一的市级科技管理平台和科研项目资金协调、评估、监管机制。',
  '(四)拟订市基础与应用基础研究政策和措施并组织实施。',
  '(十二)负责国家和省科学技术奖的推荐提名工作。',
  '(十三)完成市委、市政府和省科技厅交办的其他任务。',
  '(十四)职能转变。市科技局应当围绕贯彻实施创新驱动发展战略，加强、优化、转变政府科技管理和服务职能。',
].join('\n\n');

const TARGETS_2019 = [
  '一、加快湛江湾实验室建设。一是进一步完善体制机制。完善主任委员会、研究中心和院士工作室的建设，理顺工作机制。二是引进海内外高端人才。',
  '二、加快国家高新区建设。一是完善运行管理机制。指导高新区积极配合省委编办做好编制审批工作。',
  '三、加快市海洋科技产业创新中心建设。制定海洋科技创新大厦管理办法等制度，理顺政府、建设单位、运营单位关系。',
  '四、实施高新技术企业树标提质行动计划。',
].join('\n\n');

const TARGETS_2023 = [
  '(一)突出党建引领，凝聚科技创新发展“向心力”。一是抓实政治理论学习。',
  '（二）突出比学赶超，争当科技自立自强“排头兵”。一是推动打造创新城市“金字招牌”。',
  '（三）突出战略支撑，建设科技攻坚攻关“强引擎”。',
].join('\n\n');

describe('heading-numbering: silent on correct numbering', () => {
  test('the clean report in every heading style', () => {
    assert.deepEqual(findingsOf(MD, RULE), []);
    assert.deepEqual(findingsOf(PLAIN, RULE), []);
    assert.deepEqual(findingsOf(PLAIN_HALF, RULE), []);
  });

  test('the examples that are numbered correctly', () => {
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  for (const [name, options] of [
    ['Markdown', {}],
    ['plain (一)', { style: 'plain', halfWidth: true, indent: '  ' }],
    ['plain （一）', { style: 'plain' }],
  ] as const) {
    test(`${name}: the 14 duties (一)拟订… and the 一、加快…。一是… targets are list paragraphs, not headings`, () => {
      const text = cleanReport({ ...options, bodies: { 'basic-tasks': DUTIES, 'basic-targets': TARGETS_2019 } });
      assert.deepEqual(check(text), []);
    });

    test(`${name}: the duties as lines of one paragraph, and the 2023 (一)突出党建引领，… paragraphs`, () => {
      const text = cleanReport({ ...options, bodies: { 'basic-tasks': DUTIES.replace(/\n\n/g, '\n'), 'basic-targets': TARGETS_2023 } });
      assert.deepEqual(check(text), []);
    });
  }

  test('half- and full-width brackets mixed in one report are both fine', () => {
    const text = edit(PLAIN_HALF, '(二)年度总体工作和重点工作任务', '（二）年度总体工作和重点工作任务');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('run-in heading `(二)自评工作过程。根据…` numbered correctly', () => {
    const text = edit(PLAIN_HALF, '(二)自评工作过程\n\n  根据', '(二)自评工作过程。根据');
    assert.deepEqual(check(text), []);
  });

  test('headings ending in 。 and bold plain headings', () => {
    const period = PLAIN_HALF.replace(/^( {2}\([一二三四五]\)[^\n]{2,20})$/gm, '$1。');
    assert.notEqual(period, PLAIN_HALF);
    assert.deepEqual(findingsOf(period, RULE), []);
    const bold = PLAIN.replace(/^(（[一二三四五]）[^\n]{2,20})$/gm, '**$1**');
    assert.notEqual(bold, PLAIN);
    assert.deepEqual(findingsOf(bold, RULE), []);
  });

  test('a Markdown heading that continues the numbering (#### 5.其他需要说明的情况)', () => {
    const text = edit(
      MD,
      '较好地完成了年度绩效目标。\n\n',
      '较好地完成了年度绩效目标。\n\n#### 5.其他需要说明的情况\n\n无其他需要说明的情况。\n\n',
    );
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});

describe('heading-numbering: missing marker', () => {
  test('plain line `年度总体工作和重点工作任务` without （二）', () => {
    const text = edit(PLAIN, '（二）年度总体工作和重点工作任务', '年度总体工作和重点工作任务');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '年度总体工作和重点工作任务');
    assert.ok(f.message.zh.includes('缺少编号'));
    assert.ok(f.message.zh.includes('「（二）年度总体工作和重点工作任务」'));
    assertFixRestores(PLAIN, text, f);
  });

  test('Markdown heading `### 年度总体工作和重点工作任务`: the number goes after `### `', () => {
    const text = edit(MD, '### （二）年度总体工作和重点工作任务', '### 年度总体工作和重点工作任务');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '年度总体工作和重点工作任务');
    assertFixRestores(MD, text, f);
  });

  test('`一、单位基本情况` without 一、 (corrected 2019 report): only that number is missing; the 一…七 goals under （三） stay a list', () => {
    const clean = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
    const text = edit(clean, '\n一、单位基本情况\n', '\n单位基本情况\n');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '单位基本情况');
    assert.deepEqual(
      f.fix?.edits.map((e) => e.newText),
      ['一、'],
    );
    assertFixRestores(clean, text, f);
  });

  test('the published 2019 report: 年度总体工作… and 今后改进措施 lack numbers, `)部门…` is broken', () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['年度总体工作和重点工作任务', ')部门整体支出绩效管理存在问题', '今后改进措施'],
    );
    assert.deepEqual(
      fs.map((f) => f.fix?.edits.map((e) => e.newText)),
      [['(二)'], ['(四)'], ['(五)']],
    );
  });
});

describe('heading-numbering: broken marker `)标题`', () => {
  test('half-width plain report: `)部门整体支出绩效管理存在问题` → (四)', () => {
    const text = edit(PLAIN_HALF, '(四)部门整体支出绩效管理存在问题', ')部门整体支出绩效管理存在问题');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), ')部门整体支出绩效管理存在问题');
    assert.ok(f.message.zh.includes('残缺'));
    assert.ok(f.message.zh.includes('「(四)部门整体支出绩效管理存在问题」'));
    assertFixRestores(PLAIN_HALF, text, f);
  });

  test('full-width Markdown report: `### ）部门整体支出绩效管理存在问题` → （四）', () => {
    const text = edit(MD, '（四）部门整体支出绩效管理存在问题', '）部门整体支出绩效管理存在问题');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '）部门整体支出绩效管理存在问题');
    assertFixRestores(MD, text, f);
  });

  test('bold plain heading `**)部门…**`: the span and message stop before the closing **', () => {
    const bold = PLAIN.replace(/^(（[一二三四五]）[^\n]{2,20})$/gm, '**$1**');
    const text = edit(bold, '**（四）部门整体支出绩效管理存在问题**', '**)部门整体支出绩效管理存在问题**');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), ')部门整体支出绩效管理存在问题');
    assert.ok(!f.message.zh.includes('*'), f.message.zh);
    assert.equal(applyFix(text, f), bold);
  });
});

describe('heading-numbering: a number written afresh takes the form of its level, and is safe only when that form is certain', () => {
  const R2019 = readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md');
  const R2023 = readExample('2023-湛江市科学技术局-整体绩效自评报告.md');

  test('the level-3 numbers of the corrected 2019 report are `1. ` with a space, unlike the other levels: `1. ` is put back', () => {
    const text = edit(R2019, '\n1. 预算编制情况。', '\n预算编制情况。');
    const f = only(findingsOf(text, RULE));
    assert.deepEqual(
      f.fix?.edits.map((e) => e.newText),
      ['1. '],
    );
    assert.equal(f.fix?.safe, true);
    assertFixRestores(R2019, text, f);
  });

  test('the 2023 report writes level 2 both `(一) ` and `（四）`: the lost （四） is offered, on request only', () => {
    const text = edit(R2023, '### （四）部门整体支出情况', '### 部门整体支出情况');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('缺少编号'));
    assert.ok(f.message.zh.endsWith('（同级标题编号的括号或空格写法不一，请按上下文选定写法）'), f.message.zh);
    assert.ok(
      f.message.en.endsWith('(the headings of this level write their numbers in different forms: choose the one that fits)'),
      f.message.en,
    );
    assert.equal(f.fix?.safe, false);
  });

  test('a broken `）` in the 2023 report is corrected on request only, for the same reason', () => {
    const text = edit(R2023, '### （四）部门整体支出情况', '### ）部门整体支出情况');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('编号残缺'));
    assert.equal(f.fix?.safe, false);
  });

  test('`) 标题`, a bracket left before a space, is not a number the parser reads: the number is offered, not applied', () => {
    const text = edit(R2019, '\n(二)年度总体工作和重点工作任务', '\n) 年度总体工作和重点工作任务');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.fix?.safe, false);
  });

  test('`### 其他事项` that lost its （六）: the （七） after it is not renumbered on its own; a skip with no such heading before it is', () => {
    const withMore = edit(MD, '### （五）改进措施', '### （五）改进措施\n\n无。\n\n### （六）其他事项\n\n无。\n\n### （七）附件清单');
    assert.deepEqual(findingsOf(withMore, RULE), []);
    const lost = edit(withMore, '### （六）其他事项', '### 其他事项');
    const f = only(findingsOf(lost, RULE));
    assert.ok(f.message.zh.includes('跳号'));
    assert.ok(f.message.zh.endsWith('若是前面无编号的标题丢了编号，请改为补上那个编号'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    const dropped = only(findingsOf(edit(withMore, '### （六）其他事项\n\n无。\n\n', ''), RULE));
    assert.equal(dropped.fix?.safe, true);
    assert.ok(!dropped.message.zh.includes('丢了编号'));
  });

  test('a wrong number keeps its own brackets: `(三)` where （二） is due in a report of full-width brackets becomes `(二)`', () => {
    const text = edit(PLAIN, '（二）年度总体工作和重点工作任务', '(三)年度总体工作和重点工作任务');
    const f = only(findingsOf(text, RULE));
    assert.deepEqual(
      f.fix?.edits.map((e) => e.newText),
      ['(二)'],
    );
    assert.equal(f.fix?.safe, true);
  });
});

describe('heading-numbering: gaps, duplicates, wrong levels', () => {
  test('gap: （五）部门整体支出绩效目标 where （三） is due', () => {
    const text = edit(PLAIN, '（三）部门整体支出绩效目标', '（五）部门整体支出绩效目标');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '（五）');
    assert.ok(f.message.zh.includes('跳号'));
    assert.ok(f.message.zh.includes('「（三）」'));
    assertFixRestores(PLAIN, text, f);
  });

  test('gap at the top level: ## 四、绩效自评情况 after 二、', () => {
    const text = edit(MD, '## 三、绩效自评情况', '## 四、绩效自评情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '四、');
    assertFixRestores(MD, text, f);
  });

  test('duplicate: a second （一） where （二） is due', () => {
    const text = edit(PLAIN, '（二）年度总体工作和重点工作任务', '（一）年度总体工作和重点工作任务');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '（一）');
    assert.ok(f.message.zh.includes('重复'));
    // which of the two （一） is wrong is a guess, or the report starts a part of its own: on request only
    assert.equal(f.fix?.safe, false);
    assert.ok(f.message.zh.includes('另起一部分'));
    assertFixRestores(PLAIN, text, f);
  });

  test('run-in heading with the wrong number: `(三)自评工作过程。根据…`', () => {
    const runIn = edit(PLAIN_HALF, '(二)自评工作过程\n\n  根据', '(二)自评工作过程。根据');
    const text = edit(runIn, '(二)自评工作过程。根据', '(三)自评工作过程。根据');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '(三)');
    assertFixRestores(runIn, text, f);
  });

  test('wrong level: `### 2.部门整体支出绩效指标分析` where （二） is due', () => {
    const text = edit(MD, '### （二）部门整体支出绩效指标分析', '### 2.部门整体支出绩效指标分析');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '2.');
    assert.ok(f.message.zh.includes('层级'));
    assert.ok(f.message.zh.includes('「（二）」'));
    // the drafter's 2. reads the heading one level down: the outline can be read two ways, on request only
    assert.equal(f.fix?.safe, false);
    assertFixRestores(MD, text, f);
  });

  test('wrong level in a plain report: `2.部门整体支出绩效指标分析`', () => {
    const text = edit(PLAIN, '（二）部门整体支出绩效指标分析', '2.部门整体支出绩效指标分析');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2.');
    assertFixRestores(PLAIN, text, f);
  });

  test('a Markdown heading with a marker that skips a number is still a heading: `#### 6.` after 4.', () => {
    const extra = (n: number): string =>
      edit(
        MD,
        '较好地完成了年度绩效目标。\n\n',
        `较好地完成了年度绩效目标。\n\n#### ${n}.其他需要说明的情况\n\n无其他需要说明的情况。\n\n`,
      );
    const text = extra(6);
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '6.');
    assert.equal(applyFix(text, f), extra(5));
  });

  test('a Markdown top-level heading that skips a number: `## 五、其他需要说明的问题` after 三、', () => {
    const extra = (n: string): string => `${MD}\n## ${n}、其他需要说明的问题\n\n无其他需要说明的问题。\n`;
    const text = extra('五');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '五、');
    assert.equal(applyFix(text, f), extra('四'));
  });
});

describe('heading-numbering: 1、 style note', () => {
  test('`#### 1、预算编制情况`: information, fix to `1.`', () => {
    const text = edit(MD, '#### 1.预算编制情况', '#### 1、预算编制情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '1、');
    assert.ok(f.message.zh.includes('「1.」'));
    // a form the drafter chose, not damage: --fix leaves it, the quick fix writes 1.
    assert.equal(f.fix?.safe, false);
    assertFixRestores(MD, text, f);
  });

  // The fixture (made up from the plain clean report) writes its level-3 headings 1. then 2、…4、, each 、
  // marked <!-- expect-next-line heading-numbering -->; its 存在问题 / 改进措施 bodies are unmarked `1、…`
  // `2、…` list paragraphs, which are not headings and get no note.
  test('test/fixtures/marked/heading-numbering.md: a note on each 1、 heading beside a 1. one, none on the 1、 list items', () => {
    const text = readFixture('marked/heading-numbering.md');
    assert.ok(text.includes('\n\n1、制度完善') && text.includes('\n\n1、科学合理编制预算'));
    const fs = assertMarkedFindings(text);
    assert.deepEqual(
      fs.map((f) => [f.severity, spanText(text, f)]),
      [
        ['information', '2、'],
        ['information', '3、'],
        ['information', '4、'],
      ],
    );
  });
});

describe('heading-numbering: severity override', () => {
  test('off drops it; warning changes it', () => {
    const text = edit(PLAIN, '（三）部门整体支出绩效目标', '（五）部门整体支出绩效目标');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
  });
});

describe('heading-numbering: an outline read two ways is left to the drafter (issue 12)', () => {
  // The 2022 保山 report is conclusion-first: 一、自评结论 … 二、佐证材料, then 一、项目基本情况 again.
  test('the 2022 保山 report: its restarted numbers and headings at another level than the template are not fixed by --fix', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/2022-云南-保山市卫生健康委员会-项目支出.md'), 'utf8');
    const fs = findingsOf(text, RULE);
    // the Guangdong template does not fit its conclusion-first outline: it is judged on its own
    // sequence (issue 14), where a part of its own restarting at 一、 is no slip, and never renumbered to the template
    assert.ok(
      fs.every((f) => !f.message.zh.includes('倒退或重新开始') && !f.message.zh.includes('按模板')),
      `${fs.length} findings renumber to the template`,
    );
    assert.deepEqual(
      fs.filter((f) => f.fix?.safe).map((f) => f.message.zh),
      [],
    );
  });

  test('a broken `)标题` where the template has a 一、 heading: the bracket says （一）, so 二、 is offered, not applied', () => {
    const text = edit(MD, '## 二、自评工作开展情况', '## )自评工作开展情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.fix?.safe, false);
    assert.ok(f.message.zh.includes('层级'), f.message.zh);
  });
});

describe('heading-numbering: a report no template fits is judged on its own sequence (issue 14)', () => {
  const corpus = (slug: string): string => readFileSync(join(ROOT, 'test/corpus', `${slug}.md`), 'utf8');
  // named in front matter so the text is checked as a report; the template still does not fit its outline
  const asReport = (text: string): string => `---\ntemplate: gd-department-overall\n---\n${text}`;
  const YUEYANG = asReport(corpus('2018-湖南-岳阳市城市管理监督指挥中心-部门整体'));

  test('岳阳 2018: 1. 2. 3. 4. 4. 5. run into one paragraph — the second 4. is a repeat, quoted with the number due', () => {
    const f = only(findingsOf(YUEYANG, RULE));
    assert.equal(spanText(YUEYANG, f), '4.');
    assert.ok(YUEYANG.slice(f.span.start).startsWith('4.对受理的数字化城市管理的投诉'));
    assert.ok(f.message.zh.startsWith('编号重复：「4.」之后是「4.对受理的数字化城市管理的投诉、举…」'), f.message.zh);
    assert.ok(f.message.zh.includes('应为「5.」'), f.message.zh);
    // 5. follows on from it: whether an item was merged or every number after is off is the drafter's call
    assert.ok(f.message.zh.includes('其后的编号随之顺延'), f.message.zh);
    assert.equal(f.fix?.safe, false);
  });

  test('a number between two that leave it one choice is fixed safely: 1. 2. 3. 4. 3. 6. → 5.', () => {
    const clean = YUEYANG.replace('5.对各县市区', '6.对各县市区').replace('4.对受理', '5.对受理');
    assert.deepEqual(findingsOf(clean, RULE), []);
    const broken = clean.replace('5.对受理', '3.对受理');
    const f = only(findingsOf(broken, RULE));
    assert.ok(f.message.zh.startsWith('编号倒退'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    assert.equal(applyFix(broken, f), clean);
  });

  test('correct 湖南 and 广东-variant outlines are not renumbered to the Guangdong template', () => {
    for (const slug of [
      '2018-湖南-南县住房和城乡建设局-部门整体',
      '2021-湖南-南县发展和改革局-部门整体',
      '2021-广东-茂名市发展和改革局-部门整体',
    ]) {
      assert.deepEqual(findingsOf(asReport(corpus(slug)), RULE), [], slug);
    }
  });

  test('茂名 2021, flattened: a （三） that lost its number to `)` is found at its exact place, offered, not applied (1、…9、 follow it)', () => {
    const text = asReport(MAOMING_TEXT).replace('(三)年度总体工作', ')年度总体工作');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.span.start, text.indexOf(')年度总体工作'));
    assert.ok(f.message.zh.startsWith('编号残缺：「(二)」之后是「)年度总体工作和重点工作任务」'), f.message.zh);
    assert.ok(f.message.zh.includes('应为「(三)」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
  });

  test('a skip in the flattened 汶川 outline: 三、 written 四、 is found on its own characters', () => {
    const text = asReport(corpus('2021-四川-汶川县食品监管补助-转移支付')).replace('100%三、偏离', '100%四、偏离');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.span.start, text.indexOf('四、偏离'));
    assert.ok(f.message.zh.startsWith('编号跳号：「二、」之后是「四、偏离绩效目标的原因和下一步改进措…」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
  });
});

const MAOMING_TEXT = readFileSync(join(ROOT, 'test/corpus/2021-广东-茂名市发展和改革局-部门整体.md'), 'utf8');

describe('heading-numbering, own sequence: what stands in the gap of a number skipped once', () => {
  const published = readFileSync(join(ROOT, 'test/corpus/2018-湖南-岳阳市城市管理监督指挥中心-部门整体.md'), 'utf8');
  // the published text is cut in 二、's title: made up after it, two sections in the form's words
  assert.ok(published.endsWith('\n二、部门(单位\n'));
  const tail =
    '二、部门(单位)预算执行情况\n\n2018年部门预算执行率为100%，各项支出均按批复的预算和用途执行，未发生超预算支出。\n\n三、部门(单位)整体支出绩效情况\n';
  const clean = `---\ntemplate: gd-department-overall\n---\n${published.slice(0, -'二、部门(单位\n'.length)}${tail}`;

  test('岳阳 2018 with 二、 written as （二）: the one number at another level in the gap is the finding, not the skip to 三、', () => {
    assert.equal(findingsOf(clean, RULE).length, 1); // the repeated 4. of the published text
    const text = clean.replace('\n二、部门(单位)', '\n(二)部门(单位)');
    const fs = findingsOf(text, RULE);
    const f = fs.find((x) => x.message.zh.startsWith('编号层级不对'));
    assert.ok(f, fs.map((x) => x.message.zh).join('\n'));
    assert.equal(spanText(text, f), '(二)');
    assert.ok(f.message.zh.includes('应为「二、」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    assert.ok(!fs.some((x) => x.message.zh.startsWith('编号跳号')));
  });

  test('a title line with no number between 二、 and 四、 lost the 三、; between 一、 and 三、, where the form’s cells stand, it is a skip', () => {
    const longer = `${clean}\n全年完成数字化城市管理各项绩效目标，案件按期结案率和群众满意度均较上年有所提高。\n\n四、存在的问题及原因分析\n`;
    const text = longer.replace('\n三、部门(单位)整体支出绩效情况', '\n部门(单位)整体支出绩效情况');
    const fs = findingsOf(text, RULE);
    const f = fs.find((x) => x.message.zh.includes('缺少编号'));
    assert.ok(f, fs.map((x) => x.message.zh).join('\n'));
    assert.equal(f.span.start, text.indexOf('\n部门(单位)整体支出绩效情况') + 1);
    assert.ok(f.message.zh.includes('应为「三、部门(单位)整体支出绩效情况」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    assert.equal(applyFix(text, f), longer);
    // 联系人, 吴俊, 人员编制 … : many short lines in the gap, none of them known to be the lost title
    const early = clean.replace('\n二、部门(单位)预算执行情况', '\n部门(单位)预算执行情况');
    assert.ok(findingsOf(early, RULE).some((x) => x.message.zh.startsWith('编号跳号：「一、」之后是「三、')));
  });
});

describe('heading-numbering: a number that follows on from its sibling is the report’s own hierarchy (issue 14)', () => {
  test('河北 2022: (二)资金管理情况分析 after (一)资金投入情况分析 is not renumbered to the template’s 1.', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/2022-河北-河北省水利厅-转移支付.md'), 'utf8');
    const fs = findingsOf(text, RULE);
    assert.ok(!fs.some((f) => f.message.zh.includes('资金管理情况分析')), fs.map((f) => f.message.zh).join('\n'));
  });

  // a 2. that follows no 1. is still a level slip: see 'wrong level: `### 2.部门整体支出绩效指标分析`' above
});
