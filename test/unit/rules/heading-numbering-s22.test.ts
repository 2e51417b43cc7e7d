// Heading numbers the session 22 red team read on made-up outlines: a report in parts (第一部分 … 一、 二、, 第二部分 …
// 一、 二、), each numbered on its own, is not renumbered by the template's one run of numbers; a top-level number the
// template's count would lower past a heading it does not name (一、基本情况 二、绩效目标完成情况 四、存在问题) is said
// one too many, not told to repeat 二、; a contents list before the body is no sibling of the body's 一、.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport } from '../../../server/src/engine/index.js';
import { findingsOf, registry, spanText } from '../../helpers.js';

const RULE = 'heading-numbering';
const TITLE = '# 某县农业农村局2023年度部门整体支出绩效自评报告\n\n';
const said = (text: string): string[] => findingsOf(text, RULE).map((f) => `${spanText(text, f)} ${f.message.zh}`);

test('made up, silent: three parts (第一部分 … 第三部分), each numbering its sections from 一、', () => {
  const text =
    TITLE +
    '第一部分 部门整体支出绩效自评情况\n\n一、部门基本情况\n\n二、绩效目标完成情况\n\n' +
    '第二部分 项目支出绩效自评情况\n\n一、项目基本情况\n\n二、项目绩效目标完成情况\n\n' +
    '第三部分 存在问题及改进措施\n\n一、存在问题\n\n二、改进措施\n';
  assert.deepEqual(said(text), []);
  assert.equal(buildReport(text, { registry }).templateFits, false);
});

// the number it proposes (三、, the template's count) is not yet the 四、 the report's own run wants: left, and said in the report
test('made up: a 一、 written again with no part before it is still a slip the template numbers', () => {
  const text = TITLE + '一、部门基本情况\n\n二、绩效目标完成情况\n\n三、存在问题\n\n一、改进措施\n\n五、其他需要说明的情况\n';
  const found = said(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.includes('编号「一、」应为'), found[0]);
});

// red team s23: 五、 follows 四、 in the report's own run: no skip of its own, said in 四、's finding (青溪 2023, made up)
test('made up: 四、 after 二、 and a heading the template does not name is one too many (应为「三、」, 五、 moving with it)', () => {
  const text = TITLE + '一、部门基本情况\n\n二、绩效目标完成情况\n\n四、存在问题\n\n五、改进措施\n';
  const found = said(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.includes('编号「四、」应为「三、」（其后的「五、」随之顺延改号）'), found[0]);
});

test('made up: a heading that lost its number among them is said alone; 四、 after it is right', () => {
  const text = TITLE + '一、部门基本情况\n\n二、绩效目标完成情况\n\n存在问题\n\n四、改进措施\n';
  const found = said(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.includes('应为「三、存在问题」'), found[0]);
});

test('made up, silent: a contents list (一、部门基本情况……1) before the body', () => {
  const text =
    TITLE +
    '目  录\n\n一、部门基本情况……………………1\n二、绩效目标完成情况………………3\n三、存在问题…………………………5\n' +
    '四、改进措施…………………………6\n\n一、部门基本情况\n\n二、绩效目标完成情况\n\n三、存在问题\n\n四、改进措施\n';
  assert.deepEqual(said(text), []);
});

test('made up (round 2), silent: a document quoted one paragraph at a time, each opening “ and its own number', () => {
  for (const quoted of [
    '文件明确规定：\n\n“一、各级财政部门要加强预算绩效管理，建立全过程预算绩效管理机制。\n\n' +
      '“二、各部门要认真开展绩效自评，如实反映绩效目标完成情况。\n\n“三、自评结果要及时公开，接受社会监督。”\n',
    '通知要求：\n\n“（一）加强资金管理情况\n\n“（二）规范项目实施情况”\n',
    '办法规定：\n\n「第三条 项目资金管理情况\n\n「第四条 项目资金使用情况」\n',
  ]) {
    const text = TITLE + '一、部门基本情况\n\n' + quoted + '\n以上要求我局均已落实。\n';
    assert.deepEqual(said(text), [], quoted);
  }
});

test('made up (round 2): a heading that opens with a quoted word (“三公”经费支出情况) and lost its number is still said', () => {
  const text = TITLE + '一、部门基本情况\n\n二、部门预算执行情况\n\n“三公”经费支出情况\n\n四、存在问题\n';
  const found = said(text);
  assert.equal(found.length, 1, found.join('\n'));
  assert.ok(found[0]?.includes('应为「三、“三公”经费支出情况」'), found[0]);
});
