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

describe('typo: made-up correct look-alikes of the sector registers are silent (session 22 round 2)', () => {
  const silent: [string, string][] = [
    [
      'a road’s code before its grade, figures listed before their count',
      'G207三级公路改造18.6公里，S305二期工程完工；第1、2、3三个标段均通过验收。',
    ],
    [
      'a year-sized count before a measure of two characters or a rarer unit',
      '接种2023针次，挡土墙2023延米，降雨量2023毫米，装机2023兆瓦，花卉2023盆。',
    ],
    ['我 in a speaker’s words after a colon', '一位家长留言：我对学校营养餐非常满意。受助学生小李：我按照老师的要求填写了申请表。'],
    ['群中 of a chat group', '群众通过微信群中反映的问题均已答复，在工作群中反映的意见已办结。'],
    ['花田游, 茶田游, 果田游 (rural tours)', '打造油菜花田游、茶田游、果田游等乡村旅游线路5条。'],
    ['全面阅读 as a verb joined to the next by 、', '组织干部职工全面阅读、准确把握预算法的要求。'],
    ['主要用 opening a word (用气, 用餐, 用时)', '主要用气单位为工业企业，主要用餐时段为中午，本项目主要用时集中在第三季度。'],
    ['车辆行驶 (a vehicle drives)', '重点营运车辆行驶监督平台接入车辆1260台。'],
    ['戒 in the 戒毒 register’s short words', '强戒所收治人员256人，社戒社康人员88人，解戒人员全部落实衔接帮扶。'],
    ['二噁英 (噁 is the standard character of the term)', '二噁英监测每年1次。'],
  ];
  for (const [name, body] of silent) test(`${name} (made up)`, () => assert.deepEqual(found(body), []));

  test('戒 in a report that writes 或 elsewhere: the font maps 或 right (made up)', () => {
    assert.deepEqual(found('组织戒烟宣传，设立劝戒点；初步设计戒审批或备案。'), []);
  });

  /** The clean report under a title that names a village, with `body` as 一（一）'s body. */
  const village = (body: string): string =>
    cleanReport({ bodies: { 'basic-functions': body } }).replace('# 整体绩效自评报告', '# 石门乡青龙山村2023年度整体绩效自评报告');
  test('a neighbouring village the report names beside the title’s is another place, everywhere (made up)', () => {
    const text = village('项目位于青龙山村，涉及相邻的青龙村、大河村。\n\n青龙村村民委员会负责协调。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => spanText(text, f)),
      [],
    );
  });
  test('the title’s village written short, never set beside it, is still read (made up)', () => {
    const text = village('项目位于青龙山村。\n\n青龙村村民委员会负责协调。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => spanText(text, f)),
      ['青龙村'],
    );
  });
});

describe('typo: made-up wrong variants next to the round 2 mends are still found (session 22 round 2)', () => {
  test('a digit before a numeral after a Chinese word, a year before a word (made up)', () => {
    assert.deepEqual(found('下设文管所3二级单位，下达2023针对性补助。'), ['3二', '2023']);
  });
  test('我 opening the unit’s clause after a comma, 全面阅读 in a list, 田游 before 运动 (made up)', () => {
    assert.deepEqual(found('为规范管理，我对资金开展自评；开展送文艺下乡、全面阅读、免费培训；省田游运动管理中心。'), [
      '我',
      '全面阅读',
      '田游',
    ]);
  });
  test('群中 before 工作 after no group, 行驶 before a power (made up)', () => {
    assert.deepEqual(found('做好群中工作，依法行驶监督权。'), ['群中', '行驶']);
  });
});

describe('typo: made-up slips of the sector registers (session 22 round 2)', () => {
  test('letters for a date’s month or day, 口 for 扣 before the points deducted (made up)', () => {
    assert.deepEqual(found('截至2023年l2月3l日，资金已拨付。因拨付滞后口0.75分。'), ['l2', '3l', '口']);
  });
  test('listed slips: 宜传, 专帐, 交忖, 釆购, 百份点, 人民政付, 补尝费, 经济效宜 (made up)', () => {
    const body =
      '开展政策宜传，设立宜传栏；专帐核算；验收后交忖使用；执行政府釆购法；提高1.2个百份点；' +
      '县人民政付办公室印发；征收水土保持补尝费；取得经济效宜。';
    assert.deepEqual(found(body), ['宜传', '宜传', '专帐', '交忖', '釆购', '百份点', '人民政付', '补尝费', '经济效宜']);
  });
  test('the look-alikes of the new readings are silent (made up)', () => {
    const body =
      '涉密信息不宜传播，有关事宜传达至各乡镇，因地制宜传承技艺。每万人口2分的加分项不适用，从入口3分钟可到达，' +
      '窗口1分钟内响应。每发现一处问题扣0.5分。2023年Q1完成招标，型号为YL-2023I2型。';
    assert.deepEqual(found(body), []);
  });
  test('a flattened 自评表 row: the next row’s indicator class after two cells glued into a year’s four digits (made up)', () => {
    assert.deepEqual(found('时效指标补助发放时间2023年12月底前2023年12月完成2023社会效益指标学生营养状况明显改善有所改善1513'), []);
  });
});
