// A document-sharing site's chunk counters (1、 2、 3、 at the head of each 300-character chunk, cutting words) are
// furniture, as pasted-debris reads them (rules/debris/chunk-counters.ts): heading-numbering leaves them out of the
// report's own numbering, so a counter is neither a repeated number nor the number an item after it repeats.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, spanText } from '../../helpers.js';
import { tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const told = (slug: string): string[] => {
  const text = tuneText(slug);
  return check(text)
    .filter((f) => f.ruleId === RULE)
    .map((f) => `${spanText(text, f)} ${f.message.zh}`);
};

test('福建 2016, 裕安 2018, 森林防火 2018 (tune corpus, counters annotated as debris): no repeat read on a counter', () => {
  for (const slug of [
    // `2、间:2016 年…` cuts 项目起止时间 in two, after the report's inline 1.
    '2016-福建-福建省民政厅老区科技示范项目-项目支出',
    // `2、运、市县处理”` after the report's 2.建设…
    '2018-安徽-裕安区美丽乡村建设-专项资金',
  ]) {
    assert.deepEqual(told(slug), [], slug);
  }
  // `2、目绩效目标` (项 / 2、目) is the site's, not a repeat of the 2、 before it
  const fire = told('2018-不详-县林业局森林防火专项资金-专项资金');
  assert.ok(!fire.some((f) => f.includes('「2、目绩效目标」')), fire.join('\n'));
  // and pasted-debris reads the counters on each
  for (const slug of ['2016-福建-福建省民政厅老区科技示范项目-项目支出', '2018-安徽-裕安区美丽乡村建设-专项资金']) {
    const text = tuneText(slug);
    const debris = check(text).filter((f) => f.ruleId === 'pasted-debris' && f.message.zh.includes('段号'));
    assert.equal(debris.length, 1, slug);
  }
});

test('made up: a drafter’s 1、 2、 items, short and ending their sentences, still count in the numbering', () => {
  const text = '某县林业局2024年度项目支出绩效自评报告\n\n一、项目概况\n\n1、项目背景。\n\n2、项目内容。\n\n2、项目资金。\n';
  const fs = check(text).filter((f) => f.ruleId === RULE);
  assert.ok(
    fs.some((f) => f.message.zh.includes('编号重复')),
    fs.map((f) => f.message.zh).join('\n'),
  );
});

test('硚口交警 2017 and 黄冈档案馆 2020 (tune corpus): chunks whose mirror glued pinyin on (業(yè)) are the site’s length, cut mid-word', () => {
  // 硚口: the 300-character chunk runs to 437 with its glosses and ends on 業(yè); its 2、務(wù)指標(biāo) is no repeat of the report's 2、
  const text = tuneText('2017-湖北-硚口区交通大队道路交通管理经费-项目支出');
  assert.deepEqual(told('2017-湖北-硚口区交通大队道路交通管理经费-项目支出'), []);
  const counters = check(text).filter((f) => f.ruleId === 'pasted-debris' && f.message.zh.includes('段号'));
  assert.equal(counters.length, 1);
  // 黄冈: 2、評表 cuts 自評表 in two (its reader left it unannotated)
  const archive = tuneText('2020-湖北-黄冈市档案馆-项目支出');
  assert.ok(check(archive).some((f) => f.ruleId === 'pasted-debris' && f.message.zh.includes('“2、評表')));
});
