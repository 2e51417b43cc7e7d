// Session 22's red team of typo's readings: made-up correct text that comes close to a listed misspelling or a shape
// (each was a false alarm before its mend), and made-up wrong variants the readings keep finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

const RULE = 'typo';

/** The spans typo finds in the clean report (a 2023 report) with `body` as 一（一）'s body. */
const found = (body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, RULE).map((f) => spanText(text, f));
};

describe('typo: made-up correct look-alikes are silent (session 22 red team)', () => {
  const silent: [string, string][] = [
    ['做 + 为群众', '多做为群众办实事、解难题的好事。'],
    ['按 + 装备, 按 + 装运量', '按装备购置计划采购农机具20台，按装运量结算运费12万元。'],
    ['登记 + 划转, 登记 + 划拨', '办理资产登记划转手续，完成固定资产登记划拨。'],
    ['稻田游, 梯田游 (rural tours)', '开展稻田游、梯田游、采摘游等乡村旅游活动。'],
    ['合法权利事项 (the holders’ rights)', '依法保障农民合法权利事项，维护群众权益。'],
    ['县财政 as the bureau’s short name in prose', '县财政关于资金拨付进度有明确要求。'],
    ['主要用材, 主要用品, 主要用药', '主要用材树种为杉木；主要用品为办公耗材；主要用药为兽用疫苗。'],
    [
      'a year-sized count before a measure',
      '接种疫苗2023剂次，更换门窗2023樘，整理档案2023卷，开挖土方2023方，种植苗木2023蔸，投入2023工日。',
    ],
    ['a table’s or an attachment’s number before a Chinese numeral', '详见附表3二级项目明细，表2三级指标得分情况，附件1二类疫苗接种情况。'],
    ['戒 in a 戒毒所’s words', '承担戒治和教育矫治工作，加强戒护管理，配备戒具200套，组织戒赌教育，倡导戒奢以俭。'],
    ['街 ending a word before 接入 or 接口', '沿街接入市政排水管网，临街接口统一规范。'],
    ['验 ending a word before 受益 or 受理', '逐户核验受益农户信息，对检验受理的样品进行登记。'],
    ['我 in a person’s quoted words', '正如群众所说，我对这项政策非常满意。受访农户表示：“我对补贴发放很满意，我按照要求提交了材料。”'],
  ];
  for (const [name, body] of silent) test(`${name} (made up)`, () => assert.deepEqual(found(body), []));
});

describe('typo: the unit’s name after a one-character place (session 22 red team)', () => {
  /** The clean report with the unit 南县科学技术局 (a one-character county) and `body` as 一（一）'s body. */
  const southCounty = (body: string): string =>
    cleanReport({ bodies: { 'basic-functions': body } }).replace('评价单位：湛江市科学技术局', '评价单位：南县科学技术局');
  test('县科学技术局 is the body’s short name, not 南县科学技术局 cut (made up)', () => {
    const text = southCounty('来源：县科学技术局。县科学技术局负责全县科技工作。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => spanText(text, f)),
      [],
    );
  });
});

describe('typo: made-up wrong variants are still found (session 22 red team)', () => {
  test('做为 before another word, 按装 before 设备, 记划 alone (made up)', () => {
    assert.deepEqual(found('以设备做为出资，按装设备10台，年度工作记划已完成。'), ['做为', '按装', '记划']);
  });
  test('a year before a word that is no measure, and a digit before a numeral after no label (made up)', () => {
    assert.deepEqual(found('下达2023工作经费，文管所3二级单位。'), ['2023', '3二']);
  });
  test('a day’s 日 typed as 目: the span holds the 目, which the fix writes 日 (made up)', () => {
    const text = cleanReport({ bodies: { 'basic-functions': '资金于2023年12月31目拨付。' } });
    const f = findingsOf(text, RULE);
    assert.deepEqual(
      f.map((x) => spanText(text, x)),
      ['2023年12月31目'],
    );
    assert.equal(f[0]?.fix?.edits[0]?.newText, '2023年12月31日');
  });
  test('街接 and 验受 for 衔接 and 验收 (made up)', () => {
    assert.deepEqual(found('做好街接资金管理，项目通过验受。'), ['街接', '验受']);
  });
  test('县财政关于 opening a notice’s title, 戒 for 或 outside its words (made up)', () => {
    assert.deepEqual(found('根据《县财政关于开展绩效自评的通知》，编制初步设计戒实施方案。'), ['县财政关于', '戒']);
  });
  test('我 opening the unit’s own clause (made up)', () => {
    assert.deepEqual(found('为规范管理，我对项目资金开展了自评。'), ['我']);
  });
});
