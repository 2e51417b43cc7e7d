// Session 44, set 35 rotated into tune after its one measure run: each mend on its real text and a made-up pair.
// - money-unit: a total in 元 whose parts, all in 万元, add up to its figure (旺苍 卫健局 2021: 补助471.23元,其中中央补助
//   189.63万元,地方财政补助281.6万元), told as a 万 dropped, not as a part above its total;
// - typo: 截留、卡扣 (宏宇小学 2024);
// - pasted-debris: an essay site's label ending …报告例文 / …报告范文.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';
import { quoted, text, TITLE, BODY } from './_debris-made-up.js';

const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

describe('money-unit: a total in 元 over parts in 万元 that add up to its figure', () => {
  test('旺苍 卫健局 2021: 471.23元 = 189.63 + 281.6 万元, with 万 put back; stated-total says nothing of it', () => {
    const t = tuneText('2021-四川-旺苍县卫健局基本药物制度补助-自评表');
    const [f, ...rest] = findingsAsReport(t, 'money-unit');
    assert.ok(f, 'found');
    assert.deepEqual(rest, []);
    assert.equal(lineOf(t, f.span.start), 17);
    assert.match(f.message.zh, /189\.63 万元 \+ 281\.6 万元/);
    assert.ok(applyFix(t, f).includes('补助471.23万元,其中中央补助'));
    assert.deepEqual(
      findingsAsReport(t, 'stated-total').filter((x) => lineOf(t, x.span.start) === 17),
      [],
    );
  });

  test('made up: the parts adding to another figure leave the total to stated-total', () => {
    const slip = withBody('全年补助471.23元，其中中央补助189.63万元，地方补助281.6万元。');
    assert.equal(findingsOf(slip, 'money-unit').length, 1);
    assert.deepEqual(findingsOf(slip, 'stated-total'), []);
    const other = withBody('全年补助471.23元，其中中央补助189.63万元，地方补助200万元。');
    assert.deepEqual(findingsOf(other, 'money-unit'), []);
  });
});

describe('typo: 截留、卡扣', () => {
  test('宏宇小学 2024: 无截留、卡扣、占用和挪用', () => {
    const t = tuneText('2024-不详-宏宇小学课桌椅购置-项目支出');
    assert.ok(findingsAsReport(t, 'typo').some((f) => f.message.zh.includes('克扣') && lineOf(t, f.span.start) === 10));
  });

  test('made up: 卡扣 as a part (安装卡扣) is a word', () => {
    assert.deepEqual(
      findingsOf(withBody('更换课桌卡扣200个。'), 'typo').filter((f) => f.message.zh.includes('克扣')),
      [],
    );
  });
});

describe('pasted-debris: an essay site’s label ending …报告例文', () => {
  test('made up: the label above a report is found; a title naming 例文 elsewhere is not', () => {
    assert.equal(quoted(text('专项资金自查报告范文 图书馆免费开放资金自查报告例文', TITLE, ...BODY)).length, 1);
    assert.deepEqual(quoted(text(TITLE, ...BODY, '整理了优秀例文供各单位学习。')), []);
  });
});
