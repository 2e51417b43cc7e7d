import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { check, findingsOf, readFixture, spanText } from '../../helpers.js';
import { assertMarkedFindings } from '../../expect.js';
import { renderNewReport } from '../../../server/src/engine/fixes/new-report.js';
import { registry } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

const RULE = 'unfilled-blank';

describe('unfilled-blank', () => {
  test('the clean report has none', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
  });

  // The fixture marks its two blanks (a budget sentence, a date of three blanks) with
  // <!-- expect-next-line unfilled-blank --> and leaves unmarked what is not a blank: a paragraph
  // indented with ideographic spaces, a single one (中　文), a line of nothing but them.
  test('test/fixtures/marked/unfilled-blank.md: exactly the marked lines; one finding per line, blank to blank', () => {
    const text = readFixture('marked/unfilled-blank.md');
    const [budget, date] = assertMarkedFindings(text);
    assert.ok(budget && date);
    assert.equal(budget.severity, 'warning');
    assert.equal(spanText(text, budget), '　　');
    assert.match(budget.message.zh, /空白“　　”还没有填写/);
    assert.equal(spanText(text, date), '　　年　　月　　');
    assert.match(date.message.zh, /3 处空白/);
    assert.match(date.message.en, /^3 blanks/);
  });

  test('a fresh skeleton from jixiao init: every line with blanks is found, in the header and the body', () => {
    const template = registry.get('gd-department-overall');
    assert.ok(template);
    const text = renderNewReport(template, { year: 2025, unit: '湛江市科学技术局' });
    const found = findingsOf(text, RULE);
    const lines = text.split('\n').filter((l) => /[^\s\u3000]\u3000{2}/.test(l.replace(/^[\s\u3000]+/, 'x')));
    assert.ok(found.length >= 10, `${found.length} findings`);
    assert.equal(found.length, lines.length, 'one finding per line with blanks');
    // filled in, they go
    assert.deepEqual(
      check(text.replace(/\u3000{2,}/g, '1')).filter((f) => f.ruleId === RULE),
      [],
    );
  });
  // made up (red team, session 22): ideographic spaces set a filled header field apart from the next field's label
  test('made up: spaces between filled header fields are no blank; after an empty field they are', () => {
    const title = '# 某县林业局2023年度部门整体支出绩效自评报告\n\n';
    const spaced = `${title}单位名称：某县林业局\u3000\u3000\u3000\u3000填报日期：2024年3月1日\n\n联系人：张三\u3000\u3000联系电话：0871-1234567\n`;
    assert.deepEqual(findingsOf(spaced, RULE), []);
    const empty = `${title}单位名称：\u3000\u3000\u3000\u3000填报日期：2024年3月1日\n`;
    assert.equal(spanText(empty, findingsOf(empty, RULE)[0]!), '\u3000\u3000\u3000\u3000');
    const amount = `${title}年收入总预算\u3000\u3000万元。\n`;
    assert.equal(findingsOf(amount, RULE).length, 1);
  });
});

// Session 22 red team: ideographic spaces lay out a form's header line too; only a blank a value was meant for is one.
describe('unfilled-blank: made up look-alikes (session 22 red team)', () => {
  const blanksIn = (line: string): string[] => {
    const text = `# 某县统计局2023年度部门整体支出绩效自评报告\n\n${line}\n\n## 一、基本情况\n\n我局内设机构4个。\n`;
    return findingsOf(text, RULE).map((f) => spanText(text, f));
  };

  test('made up: spaces between a filled value and the next field, or before a whole date, part two fields: silent', () => {
    for (const line of [
      '联系人：张三　　联系电话：0731-1234567',
      '单位负责人：王强　　财务负责人：李明　　填表人：赵丽',
      '联系电话：0731-1234567　　填报日期：2024年3月15日',
      '某县统计局　　　　2024年3月15日',
      '项目名称：统计调查经费　　主管部门：某县统计局',
      '单位：万元　　　　　　　　金额单位：万元',
      '评价得分：95分　　评价等级：优',
    ])
      assert.deepEqual(blanksIn(line), [], line);
  });

  test('made up: the room a stamp or a signature takes on paper, its date with it: silent', () => {
    assert.deepEqual(blanksIn('单位（盖章）：　　　　　　负责人（签字）：'), []);
    assert.deepEqual(blanksIn('签字：　　　　年　　月　　日'), []);
  });

  test('made up: blanks a value was meant for are still found, beside filled fields or after a label', () => {
    assert.deepEqual(blanksIn('填报人：　　　　联系电话：'), ['　　　　']);
    assert.deepEqual(blanksIn('单位负责人：王强　　财务负责人：　　填表人：赵丽'), ['　　']);
    assert.deepEqual(blanksIn('填报日期：2024年　　月　　日'), ['　　月　　']);
    assert.deepEqual(blanksIn('某县统计局　　年　　月　　日'), ['　　年　　月　　']);
    assert.deepEqual(blanksIn('根据部门预算批复，我单位　　年度整体支出绩效目标为：一是提高效率。'), ['　　']);
    // the score's blank is one; the spaces after its unit part it from the next field
    assert.deepEqual(blanksIn('评价得分：　　分　　评价等级：优'), ['　　']);
  });
});

describe('unfilled-blank: a form’s label without a colon, its value a run away (made up, red team s23)', () => {
  const blanksIn = (line: string): string[] => {
    const text = `# 某县统计局2023年度部门整体支出绩效自评报告\n\n${line}\n\n## 一、基本情况\n\n我局内设机构4个。\n`;
    return findingsOf(text, RULE).map((f) => spanText(text, f));
  };

  test('made up (red team s23): a table row as PDF text gives it (项目名称　　　　农村饮水…), a signature’s year and month: silent', () => {
    for (const line of [
      '项目名称　　　　农村饮水安全巩固提升工程',
      '主管部门　　某县水利局　　　　实施单位　　某县水利工程建设中心',
      '主管部门　　某县水利工程建设管理中心站　　　　实施单位　　某县水利局',
      '编制单位　　某县水利局　　　　编制日期　　2024年3月15日',
      '项目类型　　　　经常性项目',
      '某县水利局　　　　　　2024年3月',
      '某县水利局　　　　二〇二四年三月',
    ])
      assert.deepEqual(blanksIn(line), [], line);
  });

  test('made up (red team s23): a label followed by another label, a unit or a date’s parts is a blank still', () => {
    assert.deepEqual(blanksIn('项目负责人　　　　联系电话　　　　填报日期：2024年3月15日'), ['　　　　联系电话　　　　']);
    assert.deepEqual(blanksIn('项目负责人　　　　填报日期：2024年3月15日'), ['　　　　']);
    // the last field left empty: its run at the line's end is not read, but no value follows its label
    assert.deepEqual(blanksIn('主管部门　　某县水利局　　　　实施单位　　'), ['　　　　']);
    assert.deepEqual(blanksIn('填报日期　　年　　月　　日'), ['　　年　　月　　']);
    assert.deepEqual(blanksIn('项目资金　　万元，已全部拨付。'), ['　　']);
    assert.deepEqual(blanksIn('本年度共完成　　个项目的绩效评价。'), ['　　']);
  });
});

describe('unfilled-blank: a date with its year only, the blanks squeezed out (session 30)', () => {
  test('湖北 水利厅 2013 and 大通湖 2016 (tuning texts): the cover’s 2014年月, the table’s 2016年月 … 2016年月日', () => {
    const hubei = tuneText('2013-湖北-省水利厅小型农田水利设施建设项目-项目支出');
    const [cover] = findingsAsReport(hubei, RULE);
    assert.ok(cover && spanText(hubei, cover) === '2014年月', cover?.message.zh);
    assert.ok(cover.message.zh.includes('「2014年月」只填了年份'), cover.message.zh);
    const datong = tuneText('2016-湖南-大通湖区植保项目-自评表');
    const row = findingsAsReport(datong, RULE).find((f) => lineOf(datong, f.span.start) === 24);
    assert.ok(row && /本行有 \d+ 个日期只填了年份/.test(row.message.zh), row?.message.zh);
  });

  test('made up: 年月 before another word (月均, 月报) is no date: silent', () => {
    const text = cleanReport({ bodies: { 'basic-functions': '2023年月均接待群众120人次，2023年月报按时报送。' } });
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});
