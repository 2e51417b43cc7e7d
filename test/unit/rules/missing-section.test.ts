import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { applyFix, check, findingsOf, readExample, registry, ROOT, spanText, only } from '../../helpers.js';
import { applyEdits, buildReport } from '../../../server/src/engine/index.js';
import { cleanReport, edit, offsetOf } from './_report.js';

const RULE = 'missing-section';

/** The fix inserts `inserted` at `at` and touches nothing else. */
function assertInsertedOnly(before: string, after: string, at: number, inserted: string): void {
  assert.equal(after.length, before.length + inserted.length);
  assert.equal(after.slice(0, at), before.slice(0, at), 'text before the insertion is unchanged');
  assert.equal(after.slice(at, at + inserted.length), inserted);
  assert.equal(after.slice(at + inserted.length), before.slice(at), 'text after the insertion is unchanged');
}

describe('missing-section: silent on complete reports', () => {
  test('the clean report in Markdown headings', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
  });

  test('the clean report in plain numbered lines, half-width, indented', () => {
    assert.deepEqual(findingsOf(cleanReport({ style: 'plain', halfWidth: true, indent: '  ' }), RULE), []);
  });

  test('the corrected 2019 example and the 2023 example', () => {
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  test('optional sub-sections (1. 预算编制情况 … 4. 预算使用效益) may be left out', () => {
    const text = cleanReport({
      omit: [
        'results-indicators-preparation',
        'results-indicators-execution',
        'results-indicators-supervision',
        'results-indicators-benefits',
      ],
    });
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('aliases count: 存在问题 and 今后改进措施', () => {
    let text = edit(cleanReport(), '### （四）部门整体支出绩效管理存在问题', '### （四）存在问题');
    text = edit(text, '### （五）改进措施', '### （五）今后改进措施');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('a section whose heading lost its number is still present (that is heading-numbering’s finding)', () => {
    const text = edit(cleanReport({ style: 'plain' }), '（二）年度总体工作和重点工作任务', '年度总体工作和重点工作任务');
    assert.deepEqual(findingsOf(text, RULE), []);
    assert.equal(findingsOf(text, 'heading-numbering').length, 1);
  });
});

describe('missing-section: finds the missing section', () => {
  test('三（三）missing in a Markdown report: error on the parent heading, inserted as ### （三） after 三（二）’s sub-sections', () => {
    const text = cleanReport({ omit: ['results-key-projects'] });
    const f = only(findingsOf(text, RULE));
    assert.equal(f.ruleId, RULE);
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '三、绩效自评情况');
    assert.match(f.message.zh, /^缺少章节「(（三）)?部门重点项目支出绩效情况」/);
    assert.ok(f.message.zh.includes('绩效自评情况'), 'names the parent section');
    assert.ok(f.fix?.safe, 'inserting a section is a safe fix');

    // after the last sub-section of 三（二）(4. 预算使用效益 and its paragraph), before the next heading
    const at = offsetOf(text, '### （三）部门整体支出绩效管理存在问题');
    const fixed = applyFix(text, f);
    const inserted =
      '### （三）部门重点项目支出绩效情况\n\n　　项目年度预算　　万元，实际支出　　万元，执行率　　%，主要完成了　　，取得了　　成效。\n\n';
    assertInsertedOnly(text, fixed, at, inserted);
    assert.ok(fixed.slice(0, at).endsWith('较好地完成了年度绩效目标。\n\n'), 'lands after 4. 预算使用效益’s content');
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('plain report with (一) and a two-space indent: inserted as a plain indented line numbered (三)', () => {
    const text = cleanReport({ style: 'plain', halfWidth: true, indent: '  ', omit: ['results-key-projects'] });
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '三、绩效自评情况');
    const at = offsetOf(text, '  (三)部门整体支出绩效管理存在问题');
    const fixed = applyFix(text, f);
    assertInsertedOnly(
      text,
      fixed,
      at,
      '  (三)部门重点项目支出绩效情况\n\n  　　项目年度预算　　万元，实际支出　　万元，执行率　　%，主要完成了　　，取得了　　成效。\n\n',
    );
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('full-width plain report without indent: inserted as （三）', () => {
    const text = cleanReport({ style: 'plain', omit: ['results-key-projects'] });
    const f = only(findingsOf(text, RULE));
    const fixed = applyFix(text, f);
    const at = offsetOf(text, '（三）部门整体支出绩效管理存在问题');
    assert.ok(fixed.slice(at).startsWith('（三）部门重点项目支出绩效情况\n\n'));
    assert.equal(fixed.slice(0, at), text.slice(0, at));
  });

  test('two missing siblings: two findings, inserted in template order (（三） then （四）) at the same place', () => {
    const text = cleanReport({ omit: ['self-eval-submission', 'self-eval-disclosure'] });
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 2);
    assert.match(fs[0]?.message.zh ?? '', /^缺少章节「(（三）)?自评材料报送时间及质量」/);
    assert.match(fs[1]?.message.zh ?? '', /^缺少章节「(（四）)?自评材料报送及公开一致情况」/);
    for (const f of fs) assert.equal(spanText(text, f), '二、自评工作开展情况');

    const at = offsetOf(text, '## 三、绩效自评情况');
    const fixed = applyEdits(
      text,
      fs.flatMap((f) => f.fix?.edits ?? []),
    );
    const inserted = fixed.slice(at, fixed.length - (text.length - at));
    assert.equal(fixed.slice(0, at), text.slice(0, at));
    assert.equal(fixed.slice(at + inserted.length), text.slice(at));
    assert.ok(inserted.startsWith('### （三）自评材料报送时间及质量\n\n'));
    assert.ok(inserted.indexOf('### （四）自评材料报送及公开一致情况\n\n') > inserted.indexOf('（三）'));
    assert.ok(inserted.endsWith('\n\n'));
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('a missing parent is reported once, not its four children; the fix inserts it with its children', () => {
    const text = cleanReport({ omit: ['self-eval'] });
    const f = only(findingsOf(text, RULE));
    assert.match(f.message.zh, /^缺少章节「(二、)?自评工作开展情况」/);
    const at = offsetOf(text, '## 二、绩效自评情况');
    // no parent heading to point at: the finding marks the insertion point
    assert.deepEqual(f.span, { start: at, end: at });
    const fixed = applyFix(text, f);
    const inserted = fixed.slice(at, fixed.length - (text.length - at));
    assertInsertedOnly(text, fixed, at, inserted);
    assert.ok(inserted.startsWith('## 二、自评工作开展情况\n\n### （一）评价小组情况\n\n'));
    for (const h of ['### （二）自评工作过程', '### （三）自评材料报送时间及质量', '### （四）自评材料报送及公开一致情况'])
      assert.ok(inserted.includes(`\n\n${h}\n\n`), h);
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('the first child missing: inserted before the next sibling, right under the parent heading', () => {
    const text = cleanReport({ omit: ['basic-functions'] });
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '一、单位基本情况');
    const at = offsetOf(text, '### （一）年度总体工作和重点工作任务');
    const fixed = applyFix(text, f);
    assert.ok(fixed.slice(at).startsWith('### （一）单位机构设置、部门职能情况\n\n我单位为　　（单位性质、级别）'));
    assert.equal(fixed.slice(0, at), text.slice(0, at));
    assert.ok(fixed.endsWith(text.slice(at)));
  });

  test('the last top-level section missing: appended at the end of the text', () => {
    const text = cleanReport({ omit: ['results'] });
    const f = only(findingsOf(text, RULE));
    assert.match(f.message.zh, /^缺少章节「(三、)?绩效自评情况」/);
    const fixed = applyFix(text, f);
    assert.ok(fixed.startsWith(text));
    assert.ok(fixed.slice(text.length).startsWith('\n## 三、绩效自评情况\n\n### （一）自评结果\n\n'));
    assert.ok(fixed.endsWith('\n') && !fixed.endsWith('\n\n\n'));
    assert.deepEqual(findingsOf(fixed, RULE), []);
  });

  test('CRLF text: the inserted section uses CRLF line breaks', () => {
    const text = cleanReport({ omit: ['results-measures'] }).replace(/\n/g, '\r\n');
    const f = only(findingsOf(text, RULE));
    const fixed = applyFix(text, f);
    assert.ok(fixed.startsWith(text));
    assert.equal(fixed.slice(text.length), '\r\n### （五）改进措施\r\n\r\n针对上述问题，我单位将采取以下改进措施：\r\n');
    assert.ok(!/[^\r]\n/.test(fixed), 'no bare LF');
  });

  test('the published 2019 report (web paste): 三（二）and 三（三）inserted as indented (二)/(三) lines before `)部门…存在问题`', () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => f.message.zh.match(/^缺少章节「(?:\(.\)|（.）)?(.+?)」/)?.[1]),
      ['部门整体支出绩效指标分析', '部门重点项目支出绩效情况'],
    );
    const at = offsetOf(text, '  )部门整体支出绩效管理存在问题');
    const fixed = applyEdits(
      text,
      fs.flatMap((f) => f.fix?.edits ?? []),
    );
    assert.equal(fixed.slice(0, at), text.slice(0, at));
    assert.ok(fixed.endsWith(text.slice(at)));
    const inserted = fixed.slice(at, fixed.length - (text.length - at));
    assert.ok(inserted.startsWith('  (二)部门整体支出绩效指标分析\n\n'));
    assert.ok(inserted.includes('\n\n  (三)部门重点项目支出绩效情况\n\n'));
  });

  test('severity override: off drops it, warning changes it', () => {
    const text = cleanReport({ omit: ['results-key-projects'] });
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
    assert.ok(check(text).some((f) => f.ruleId === RULE));
  });
});

describe('missing-section: inserted on request only where the report is built otherwise (issue 12)', () => {
  const omitted = (): string => cleanReport({ omit: ['results-key-projects'] });

  test('a top-level heading the template does not know: the section may be it under another title', () => {
    const text = `${omitted()}\n## 四、工作亮点\n\n本年度工作亮点为　　。\n`;
    const f = only(findingsOf(text, RULE));
    assert.equal(f.fix?.safe, false);
    assert.ok(f.message.zh.includes('「工作亮点」不是模板章节'), f.message.zh);
  });

  test('a heading numbered at another level than the template reads it: the outline reads two ways', () => {
    const text = edit(omitted(), '## 二、自评工作开展情况', '## （二）自评工作开展情况');
    const f = findingsOf(text, RULE).find((x) => x.message.zh.includes('部门重点项目支出绩效情况'));
    assert.equal(f?.fix?.safe, false);
  });

  test('the level-2 numbers written in two bracket widths: the skeleton’s （三） is a guess', () => {
    const text = edit(omitted(), '### （一）自评结果', '### (一)自评结果');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.fix?.safe, false);
    assert.ok(f.message.zh.includes('写法无从确定'), f.message.zh);
  });

  test('政协 2023 (a finance department’s evaluation, every line in one block): its (一) lost, no insertion applied on its own', () => {
    const published = readFileSync(join(ROOT, 'test/corpus/2023-山东-山东省政协办公厅部门整体评价-非自评.md'), 'utf8');
    // with (一)部门概况 the outline fits no template; without its (一), 部门概况 is a line the heading above closes,
    // standing in the gap before (三): the template fits, and what it lacks is no certain insertion
    const lost = published.replace('\n(一)部门概况', '\n部门概况');
    assert.notEqual(lost, published);
    const fs = findingsOf(lost, RULE);
    assert.ok(fs.length > 0);
    assert.deepEqual(
      fs.filter((f) => f.fix?.safe).map((f) => f.message.zh),
      [],
    );
  });

  test('the 2024 谢家集 report (its own outline: 一、年度绩效目标分解下达情况, 二、绩效情况分析 …): no insertion is applied on its own', () => {
    const published = readFileSync(join(ROOT, 'test/corpus/2024-安徽-谢家集区农业农村水利局-转移支付.md'), 'utf8');
    // its title picks the 转移支付 template, which its outline fits too poorly (two sections of three
    // headings) to say a section is missing; named in front matter, the template is the author's word
    assert.deepEqual(findingsOf(published, RULE), []);
    const text = `---\ntemplate: transfer-payment\n---\n${published}`;
    const fs = findingsOf(text, RULE);
    assert.ok(fs.length > 0);
    assert.deepEqual(
      fs.filter((f) => f.fix?.safe).map((f) => f.message.zh),
      [],
    );
    // and when 二、 is lost from 绩效情况分析, the line left in the gap keeps it so
    const lost = text.replace('\n二、绩效情况分析', '\n绩效情况分析');
    assert.notEqual(lost, text);
    assert.deepEqual(
      findingsOf(lost, RULE)
        .filter((f) => f.fix?.safe)
        .map((f) => f.message.zh),
      [],
    );
  });
});

describe('missing-section: a local outline whose generic sections match the template (session 22 red team, made up)', () => {
  test('made up, silent: 一、项目基本情况 二、项目资金使用及管理情况 三、项目绩效目标完成情况 四、存在的问题 五、改进措施', () => {
    const text =
      '# 某县林业局2023年度项目支出绩效自评报告\n\n一、项目基本情况\n\n（一）项目概况\n\n正文。\n\n（二）项目绩效目标\n\n正文。\n\n' +
      '二、项目资金使用及管理情况\n\n（一）资金到位情况\n\n正文。\n\n（二）资金使用情况\n\n正文。\n\n三、项目绩效目标完成情况\n\n' +
      '（一）产出指标完成情况\n\n正文。\n\n（二）效益指标完成情况\n\n正文。\n\n四、存在的问题\n\n正文。\n\n五、改进措施\n\n正文。\n';
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up, silent (and no renumbering to the template): 一、项目概况 二、绩效指标完成情况 三、存在问题 四、改进措施', () => {
    const text =
      '# 某县水务局2023年度项目支出绩效自评报告\n\n一、项目概况\n\n正文。\n\n二、绩效指标完成情况\n\n正文。\n\n' +
      '三、存在问题\n\n正文。\n\n四、改进措施\n\n正文。\n';
    assert.deepEqual(findingsOf(text, RULE), []);
    assert.deepEqual(findingsOf(text, 'heading-numbering'), []);
  });
});

describe('missing-section: two sections written under one heading (session 22 red team, made up)', () => {
  const outline = (tail: string): string =>
    '# 某市农业农村局2023年度部门整体支出绩效自评报告\n\n## 一、单位基本情况\n\n### （一）单位机构设置、部门职能情况\n\n' +
    '### （二）年度总体工作和重点工作任务\n\n### （三）部门整体支出绩效目标\n\n### （四）部门整体支出情况\n\n## 二、自评工作开展情况\n\n' +
    '### （一）评价小组情况\n\n### （二）自评工作过程\n\n### （三）自评材料报送时间及质量\n\n### （四）自评材料报送及公开一致情况\n\n' +
    '## 三、绩效自评情况\n\n### （一）自评结果\n\n### （二）部门整体支出绩效指标分析\n\n### （三）部门重点项目支出绩效情况\n\n' +
    tail;

  test('made up, silent: （四）存在问题及改进措施 for the 广东 outline’s （四）…存在问题 and （五）改进措施', () => {
    assert.deepEqual(findingsOf(outline('### （四）存在问题及改进措施\n'), RULE), []);
  });

  test('made up: a heading with 和 that names neither (（四）资金管理和使用) still leaves both missing', () => {
    assert.equal(findingsOf(outline('### （四）资金管理和使用\n'), RULE).length, 2);
  });

  test('made up (red team s23), silent: a part that only one sibling’s title holds (（四）问题及改进措施: 问题 is only in 存在问题)', () => {
    assert.deepEqual(findingsOf(outline('### （四）问题及改进措施\n'), RULE), []);
    assert.deepEqual(findingsOf(outline('### （四）存在的问题和改进措施\n'), RULE), []);
  });

  test('made up (red team s23): a part that several siblings hold (（四）情况和措施) names none of them: both still missing', () => {
    assert.equal(findingsOf(outline('### （四）情况和措施\n'), RULE).length, 2);
  });
});

describe('missing-section: the basic information named by the unit’s kind (session 23 red team, made up)', () => {
  const tail =
    '\n\n二、部门整体支出情况\n\n2023年度支出1150万元。\n\n三、部门整体支出绩效情况\n\n良好。\n\n四、存在的问题及原因分析\n\n进度偏慢。\n\n' +
    '五、下一步改进措施\n\n加快进度。\n';
  for (const first of ['学校基本情况', '医院基本情况', '卫生院基本情况']) {
    test(`made up (red team s23), silent: 一、${first} is the template’s 部门基本情况`, () => {
      const text = `# 某县第一中学2023年度部门整体支出绩效自评报告\n\n一、${first}\n\n本校年末在职教职工120人。${tail}`;
      assert.deepEqual(
        findingsOf(text, RULE).map((f) => f.message.zh),
        [],
      );
    });
  }
  test('made up (red team s23): 一、学校发展基本情况 names no unit’s kind before 基本情况, and stands in its place', () => {
    const text = `# 某县第一中学2023年度部门整体支出绩效自评报告\n\n一、学校发展基本情况\n\n本校年末在职教职工120人。${tail}`;
    // not the template's 部门基本情况 …
    assert.equal(buildReport(text, { registry }).outline.byTemplateId.has('basic'), false);
    // … but the report's own first chapter where the template has it: another outline's title, not a section left out
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});
