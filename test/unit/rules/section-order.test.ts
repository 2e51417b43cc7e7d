import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, readExample, spanText, only } from '../../helpers.js';
import { cleanReport, offsetOf } from './_report.js';

const RULE = 'section-order';

/** Moves the text from `b` up to `end` (or the end of the text) in front of `a`. */
function moveBefore(text: string, a: string, b: string, end?: string): string {
  const i = offsetOf(text, a);
  const j = offsetOf(text, b);
  const k = end === undefined ? text.length : offsetOf(text, end);
  assert.ok(i < j && j < k);
  return text.slice(0, i) + text.slice(j, k) + text.slice(i, j) + text.slice(k);
}

describe('section-order: silent', () => {
  test('on the clean report, both heading styles', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    assert.deepEqual(findingsOf(cleanReport({ style: 'plain', halfWidth: true, indent: '  ' }), RULE), []);
  });

  test('on the examples', () => {
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  test('when a section is missing (a gap is not a wrong order)', () => {
    assert.deepEqual(findingsOf(cleanReport({ omit: ['results-key-projects', 'self-eval-team'] }), RULE), []);
  });
});

describe('section-order: finds sections out of order', () => {
  test('改进措施 before 存在问题: one warning, on the section that moved', () => {
    const text = moveBefore(cleanReport(), '### （四）部门整体支出绩效管理存在问题', '### （五）改进措施');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.ruleId, RULE);
    assert.equal(f.severity, 'warning');
    assert.equal(spanText(text, f), '（五）改进措施');
    assert.ok(f.message.zh.includes('「改进措施」'));
    assert.ok(f.message.zh.includes('「部门整体支出绩效管理存在问题」之后'));
  });

  test('the out-of-order section’s number is not also reported by heading-numbering', () => {
    const text = moveBefore(cleanReport(), '### （四）部门整体支出绩效管理存在问题', '### （五）改进措施');
    assert.deepEqual(findingsOf(text, 'heading-numbering'), []);
  });

  test('top-level sections swapped: 三 before 二', () => {
    const text = moveBefore(cleanReport(), '## 二、自评工作开展情况', '## 三、绩效自评情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '三、绩效自评情况');
    assert.ok(f.message.zh.includes('「自评工作开展情况」之后'));
  });

  test('plain half-width report: (二)自评工作过程 before (一)评价小组情况', () => {
    const text = moveBefore(
      cleanReport({ style: 'plain', halfWidth: true }),
      '(一)评价小组情况',
      '(二)自评工作过程',
      '(三)自评材料报送时间及质量',
    );
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '(二)自评工作过程');
    assert.ok(f.message.zh.includes('「评价小组情况」之后'));
  });

  test('level-3 sections: 2.预算执行情况 before 1.预算编制情况', () => {
    const text = moveBefore(cleanReport(), '#### 1.预算编制情况', '#### 2.预算执行情况', '#### 3.预算监督情况');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2.预算执行情况');
  });

  test('severity override', () => {
    const text = moveBefore(cleanReport(), '## 二、自评工作开展情况', '## 三、绩效自评情况');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'error' } })).severity, 'error');
  });
});

describe("section-order: the order of the template's siblings only (red team s23, made up)", () => {
  const P = '\n\n';
  const rep = (title: string, body: string[]): string => `${title}${P}${body.join(P)}\n`;

  test("made up (red team s23), silent: the 四川 outline's 四、 parts written as chapters beside 三、's own part", () => {
    const text = rep('某县人民医院2022年度部门整体支出绩效自评报告', [
      '一、部门概况',
      '二级甲等综合医院。',
      '二、部门财政资金收支情况',
      '收入32650.18万元。',
      '三、部门整体预算绩效管理情况',
      '（一）预算管理。执行率97.95%。',
      '（二）总体绩效目标完成情况。目标全部完成。',
      '四、评价结论',
      '自评得分92分，等次为优。',
      '五、存在的问题',
      '人才不足。',
      '六、有关建议',
      '加强人才引进。',
    ]);
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up (red team s23), silent: parts of 绩效指标分析 (预算编制, 预算执行) written beside 自评结果 after them', () => {
    const text = rep('某县妇幼保健院2024年度部门整体支出绩效自评报告', [
      '一、部门基本情况',
      '开放床位120张。',
      '二、部门整体支出情况',
      '支出5260.30万元。',
      '三、绩效自评情况',
      '（一）预算编制。预算编制较为完整。',
      '（二）预算执行。支出按预算执行。',
      '（三）自评结果。自评得分93分，等级为“优”。',
      '四、存在的问题',
      '人员不足。',
      '五、改进措施',
      '加强招聘。',
    ]);
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up (red team s23): two parts of one template section swapped are still out of order', () => {
    const text = rep('某市水务局2023年度部门整体支出绩效自评报告', [
      '一、单位基本情况',
      '（一）单位机构设置、部门职能情况',
      '内设科室6个。',
      '（二）年度总体工作和重点工作任务',
      '水利建设。',
      '（三）部门整体支出绩效目标',
      '目标5项。',
      '（四）部门整体支出情况',
      '支出4120.30万元。',
      '二、自评工作开展情况',
      '（一）评价小组情况',
      '成立。',
      '（二）自评工作过程',
      '打分。',
      '（三）自评材料报送时间及质量',
      '按时。',
      '（四）自评材料报送及公开一致情况',
      '一致。',
      '三、绩效自评情况',
      '（一）自评结果',
      '得分92分，等次为优。',
      '（二）部门整体支出绩效指标分析',
      '执行率97%。',
      '（三）部门重点项目支出绩效情况',
      '项目2个。',
      '（四）改进措施',
      '加强。',
      '（五）部门整体支出绩效管理存在问题',
      '进度慢。',
    ]);
    assert.equal(only(findingsOf(text, RULE)).message.zh, '章节「改进措施」顺序不对：按模板应放在「部门整体支出绩效管理存在问题」之后');
  });

  test('made up (red team s23): two top-level sections swapped are still out of order', () => {
    const text = rep('某县2023年度就业补助资金绩效自评报告', [
      '一、绩效目标分解下达情况',
      '下达800.00万元。',
      '二、绩效自评工作开展情况',
      '组织自评。',
      '三、绩效目标自评完成情况分析',
      '执行率96%，指标全部完成。',
      '四、绩效自评结果拟应用和公开情况',
      '公开。',
      '五、偏离绩效目标的原因和下一步改进措施',
      '无偏离。',
      '六、其他需要说明的问题',
      '无。',
    ]);
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('绩效自评结果拟应用和公开情况'));
  });
});

describe('section-order: the conclusion where a known outline puts it (red team s23, made up)', () => {
  const rep = (title: string, body: string[]): string => `${title}\n\n${body.join('\n\n')}\n`;
  const project = (heads: string[]): string =>
    rep(
      '某县交通运输局2021年度农村公路建设项目支出绩效自评报告',
      heads.flatMap((h) => [h, '正文。项目资金500.00万元，执行率98%。']),
    );

  test('made up (red team s23), silent: 自评结论 last, after 存在问题 and 改进措施 (韶关, 鲁河 shape)', () => {
    const text = project(['一、基本情况', '二、绩效目标完成情况', '三、存在问题', '四、改进措施', '五、自评结论']);
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up (red team s23), silent: 绩效自评结果 last after 下一步改进措施, other wordings', () => {
    for (const last of ['七、绩效自评结果', '七、自评结果', '七、综合评价结论']) {
      const text = project([
        '一、项目基本情况',
        '二、项目资金使用及管理情况',
        '三、项目组织实施情况',
        '四、项目绩效情况',
        '五、存在的问题及原因分析',
        '六、下一步改进措施',
        last,
      ]);
      assert.deepEqual(findingsOf(text, RULE), [], last);
    }
  });

  test('made up (red team s23), silent: the conclusion first, 云南 style, and last before 其他需要说明的问题', () => {
    assert.deepEqual(findingsOf(project(['一、自评结论', '二、项目基本情况', '三、存在的问题', '四、有关建议']), RULE), []);
    const text = project([
      '一、基本情况',
      '二、绩效评价指标分析',
      '三、存在的问题',
      '四、有关建议',
      '五、评价结论',
      '六、其他需要说明的问题',
    ]);
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up (red team s23): the conclusion between 存在的问题 and 有关建议 is still out of order', () => {
    const text = project(['一、基本情况', '二、绩效评价指标分析', '三、存在的问题', '四、评价结论', '五、有关建议']);
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('「综合评价情况及评价结论」顺序不对'));
  });
});
