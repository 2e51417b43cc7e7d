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
