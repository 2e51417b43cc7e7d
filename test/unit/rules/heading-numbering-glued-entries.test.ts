// Two numbered entries that lost the break between them, the second glued to the first's title (耿马 2024's 目录:
// `十三、…绩效自评情况十四、…绩效自评表`): the number after them follows the glued one, and is no skip.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const skips = (text: string, found = findingsOf(text, RULE)): string[] =>
  found.filter((f) => f.message.zh.includes('跳号')).map((f) => spanText(text, f));

test('耿马 2024 (set 22, a hold): 十五、 after the line `十三、…情况十四、…自评表` is no skip', () => {
  const text = tuneText('2024-云南-耿马县委组织部-部门整体');
  assert.ok(text.includes('十三、2024年度部门整体支出绩效自评情况十四、2024年度部门整体支出绩效自评表\n十五、'));
  assert.deepEqual(skips(text, findingsAsReport(text, RULE)), []);
});

/** A made-up report's outline, one numbered line to a paragraph. */
const outline = (...lines: string[]): string => `某县民政局2024年度部门整体支出绩效自评报告\n\n${lines.join('\n\n')}\n`;
const numberingFindings = (text: string): string[] => findingsOf(text, RULE).map((f) => spanText(text, f));

test('made up: the number glued after an entry’s title fills the gap; a glued number that is not the missing one does not', () => {
  const glued = outline(
    '一、部门概况',
    '二、部门整体支出情况三、2024年度部门整体支出绩效自评表',
    '四、项目支出绩效自评表',
    '五、其他需说明的事项',
  );
  assert.deepEqual(numberingFindings(glued), []);
  // the glued number is not the one the gap leaves out: the skip is still told
  const wrong = outline('一、部门概况', '二、部门整体支出情况四、2024年度部门整体支出绩效自评表', '五、项目支出绩效自评表');
  assert.deepEqual(skips(wrong), ['五、']);
  // a number after 第 in a sentence, or before another numeral, is no entry
  for (const words of ['第三、四批资金已拨付', '在三、四季度完成']) {
    const text = outline('一、部门概况', `二、资金情况：${words}。`, '四、项目支出绩效自评表');
    assert.deepEqual(skips(text), ['四、'], words);
  }
});
