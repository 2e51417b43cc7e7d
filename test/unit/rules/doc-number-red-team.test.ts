// Session 22's red team of doc-number: made-up correct citations that come close to a malformed or conflicting 文号 (each
// was a false alarm before its mend), and made-up wrong variants the rule keeps finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

const RULE = 'doc-number';

/** The spans doc-number finds in the clean report with `body` as 一（一）'s body. */
const found = (body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, RULE).map((f) => spanText(text, f));
};

describe('doc-number: made-up correct look-alikes are silent (session 22 red team)', () => {
  const silent: [string, string][] = [
    ['an accounting firm’s report number, with 第 and a zero', '会计师事务所出具了审计报告（湘天审字〔2023〕第012号）。'],
    ['a firm’s report number after 文号为', '审计报告文号为天职业字[2023]第12号。'],
    ['a 纪要 numbered in its series', '县长办公会议纪要〔2023〕第5号明确由我局牵头，县政府办公室〔2023〕第12号会议纪要作了分工。'],
    ['a meeting’s 纪要 in round brackets', '县人民政府常务会议纪要（2023）第12号研究同意该项目。'],
    ['figures after 根据 with no code', '根据2023120号文件执行。'],
    ['two series of one body with one number, listed together', '根据湘财农〔2023〕12号、湘财预〔2023〕12号文件下达资金。'],
    // session 27, after 贺州自然资源局 2022 (贺财预〔2022〕1号、贺财建函〔2022〕136号、…、贺财行函〔2022〕1号等)
    [
      'two series with one number in one list, others between',
      '根据湘财农〔2023〕12号、湘财建〔2023〕30号、湘财预〔2023〕12号等文件下达资金。',
    ],
    [
      'two series of one body with one number, each under its own title',
      '按照《关于下达农业转移支付资金的通知》（湘财农〔2023〕15号）执行。\n\n按照《关于下达均衡性转移支付资金的通知》（湘财预〔2023〕15号）执行。',
    ],
    ['the 2009 edition of the 暂行办法', '根据《财政支出绩效评价管理暂行办法》（财预〔2009〕76号）开展评价。'],
  ];
  for (const [name, body] of silent) test(`${name} (made up)`, () => assert.deepEqual(found(body), []));
});

describe('doc-number: made-up wrong variants are still found (session 22 red team)', () => {
  test('a 公文’s 文号 with 第 and a zero, whatever its code (made up)', () => {
    assert.deepEqual(found('按照湘财绩[2023]第05号文件要求，县发改审批〔2023〕第45号批复立项。'), [
      '湘财绩[2023]第05号',
      '县发改审批〔2023〕第45号',
    ]);
  });
  test('one notice cited as 湘财绩 and 湘财评, not listed together (made up)', () => {
    assert.deepEqual(found('依据《关于开展绩效自评的通知》（湘财绩〔2023〕6号）开展。\n\n依据湘财评〔2023〕6号开展自评。'), [
      '湘财评〔2023〕6号',
    ]);
  });
  test('the 2011 办法 with a digit lost (made up)', () => {
    assert.deepEqual(found('按照《财政支出绩效评价管理暂行办法》（财预〔2011〕28号）执行。'), ['财预〔2011〕28号']);
  });
});
