// Session 23's red team (round 3) over session 22's surface readings: made-up correct look-alikes (a comma after a whole
// list in 、, many decimals where they are meant, brackets around units, letters in codes, 口 in its own words, the sector
// words in their right uses, repeats that are right) and wrong variants in new wordings. Those the readings said wrongly
// or missed are mended here; a sample of the silent ones and the found ones is kept.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

const report = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });
/** The spans `rule` finds in the clean report with `body` as 一（一）'s body. */
const found = (rule: string, body: string): string[] => {
  const text = report(body);
  return findingsOf(text, rule).map((f) => spanText(text, f));
};
/** Every finding of the surface readings on the clean report with `body` as 一（一）'s body. */
const SURFACE = ['enumeration-separator', 'over-precise', 'unbalanced-bracket', 'broken-date', 'typo', 'repeated-word'];
const anyFound = (body: string): string[] => SURFACE.flatMap((rule) => found(rule, body).map((s) => `${rule}: ${s}`));

describe('enumeration-separator: a comma after a whole list in 、 (made up, red team s23)', () => {
  test('made up (red team s23): a new clause whose subject is a list, after a list and a comma, is left (mended)', () => {
    for (const body of [
      '主要支出为办公费、印刷费、水电费，差旅费、会议费等支出较上年下降。',
      '用于购置电脑、打印机、复印机，维修、保养等费用由单位自行承担。',
      '重点支持种植、养殖、加工，仓储、物流等环节另行补助。',
      '配齐篮球、排球、足球，乒乓、羽毛等器材将于明年补充。',
      '开展义诊、宣传、培训，体检、随访等服务覆盖全县。',
      '主要用于办公、印刷、邮电，维修、培训、差旅、会议等支出严格控制。',
      '严格落实中央八项规定精神，压减会议费、培训费，差旅费、接待费支出同比下降12%。',
      // a PDF's line break cutting the new clause after the list's head
      '主要支出为办公费、印刷费、水电费，差旅费、会议费等支出\n较上年下降。',
      '主要支出为办公费、印刷费、水电费，差旅费、会议费等\n支出较上年下降。',
      // two groups of three alike, no 等: a list of two levels
      '资金拨付流程为：申请、审核、审批，拨付、核算、归档。',
    ])
      assert.deepEqual(found('enumeration-separator', body), [], body);
  });
  test('made up (red team s23): a verb or an adverb on the list’s shared word after the comma is a clause (mended)', () => {
    for (const body of [
      '开展送教下乡、送戏下乡，再次下乡。',
      '落实减税政策、惠农政策，兑现政策。',
      '修订内控制度、财务制度，执行制度。',
      '加强党风建设、作风建设，提升建设。',
    ])
      assert.deepEqual(found('enumeration-separator', body), [], body);
  });
  test('made up (red team s23): other look-alikes stay silent', () => {
    for (const body of [
      '今年组织送教下乡、送戏下乡，明年开展送医下乡。',
      '开展送教下乡、送戏下乡，送医下乡活动另行安排。',
      '完成一期工程、二期工程，三期工程前期工作已启动。',
      '按照县委、县政府，乡党委、乡政府的统一部署开展工作。',
      '完成校舍维修、设备购置、图书采购，食堂、宿舍等改造列入下年计划。',
      '通过走访、座谈、问卷，收集意见建议36条。',
      '根据财政部、教育部《关于下达资金的通知》，省财政厅、省教育厅《关于分配资金的通知》要求执行。',
    ])
      assert.deepEqual(found('enumeration-separator', body), [], body);
  });
  test('made up (red team s23): the same slip in new wordings is found; 等 may come before the list’s head', () => {
    assert.deepEqual(found('enumeration-separator', '组织开展送教下乡、送戏下乡，送医下乡等活动。'), ['，']);
    assert.deepEqual(found('enumeration-separator', '推进一期工程、二期工程，三期工程建设。'), ['，']);
    assert.deepEqual(found('enumeration-separator', '采购电脑、打印机、复印机，投影仪、空调等设备。'), ['，']);
    assert.deepEqual(found('enumeration-separator', '全年开展义诊、宣传、培训、体检，随访、咨询等服务。'), ['，']);
    assert.deepEqual(found('enumeration-separator', '完成造林面积、抚育面积，补植面积。'), ['，']);
    // three and three closed by 等 and its head: one list
    assert.deepEqual(found('enumeration-separator', '采购桌椅、电脑、音响,打印机、空调、风扇等设备。'), [',']);
  });
});

describe('over-precise (made up, red team s23)', () => {
  test('made up (red team s23): a purity or an availability written in nines is meant (mended)', () => {
    assert.deepEqual(found('over-precise', '多晶硅产品纯度达到99.99999%以上。'), []);
    assert.deepEqual(found('over-precise', '电子级多晶硅纯度达99.999999%。'), []);
    // a ratio of five decimals that is not all nines is still over-precise
    assert.deepEqual(found('over-precise', '全县城镇化率为99.99998%。'), ['99.99998']);
  });
  test('made up (red team s23): coordinates, areas, prices, indices and a table’s own units stay silent', () => {
    for (const body of [
      '项目位于东经112.345678°、北纬28.123456°，总投资500万元。',
      '实施退耕还林面积1234.56789亩，涉及农户326户。',
      '原煤结算价格为612.3456元 /吨，较上年下降。',
      '全年空气质量综合指数为3.12345，同比改善。',
      '全县生均公用经费1234.5678元，高于省定标准。',
      '采购商品混凝土3200立方米，综合单价为456.1234元。',
      '土壤有机质含量平均为23.45678克/千克。',
      '单位：万元\n\n| 监测点 | 经度 | 纬度 | 投资 |\n|---|---|---|---|\n| 1号点 | 112.345678 | 28.123456 | 12.50 |',
      '单位：万元\n\n| 项目 | 数量（吨） | 单价（元） | 金额（万元） |\n|---|---|---|---|\n| 水泥 | 1200.5 | 456.12345 | 54.7600 |',
    ])
      assert.deepEqual(found('over-precise', body), [], body);
  });
  test('made up (red team s23): new wordings of the slip are found', () => {
    assert.deepEqual(found('over-precise', '截至年底共完成投资1234.56789万元。'), ['1234.56789']);
    assert.deepEqual(found('over-precise', '人均补助标准为1200元，全年共发放补助资金1234567.8912元。'), ['1234567.8912']);
  });
});

describe('typo: letters for digits in an amount (made up, red team s23)', () => {
  test('made up (red team s23): an amount in 元, 万元 or 亿元 with a letter for a digit is found and fixed', () => {
    const text = report('本年度支出合计l6206.5万元，较上年增长5%。');
    const f = findingsOf(text, 'typo').find((x) => spanText(text, x) === 'l6206.5');
    assert.ok(f, 'l6206.5万元');
    assert.ok(f.message.zh.includes('「16206.5万元」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('合计16206.5万元'));
    assert.deepEqual(found('typo', '项目总投资1O50万元，已完成投资800万元。'), ['1O50']);
    assert.deepEqual(found('typo', '总预算1.2O亿元。'), ['1.2O']);
    assert.deepEqual(found('typo', '拨付补助资金2O0元/人，共计3l00元。'), ['2O0', '3l00']);
  });
  test('made up (red team s23): a code, a model or a Latin word before an amount is left', () => {
    for (const body of [
      '采购的设备型号为ID1000，单价3200元。',
      '项目编码XM2O23001500万元。',
      '开展O2O营销活动，投入50万元。',
      '建设WiFi热点20个，投资15万元。',
      'l号楼改造完成，投资50万元。',
      '本次采购的复印机型号为IR2O25，共5台，合计12.5万元。',
    ])
      assert.deepEqual(found('typo', body), [], body);
  });
});

describe('typo: sector words and 口 (made up, red team s23)', () => {
  test('made up (red team s23): 宜传 as a given name after a label is left (mended); before a count it is found', () => {
    assert.deepEqual(found('typo', '项目负责人：李宜传，联系电话：12345678。'), []);
    assert.deepEqual(found('typo', '组织开展政策宜传3次，印发资料500份。'), ['宜传']);
    assert.deepEqual(found('typo', '开展健康教育宜传12次。'), ['宜传']);
  });
  test('made up (red team s23): the sector words in their right uses and 口 in its own words stay silent', () => {
    for (const body of [
      '全年宣传活动适宜传统节日开展，不宜传播未经核实的信息。',
      '宜传统村落保护项目资金200万元已拨付。',
      '本项目实行专账核算，专款专用。',
      '县人民政府办公室印发了实施方案，财政付款及时。',
      '本县户籍人口3.2万人，常住人口2.9万人。',
      '全县有进出口企业12家，口岸2个，出口额1.2亿元。',
      '统计口径为全口径，涉及人口12.3万人。',
      '每一项不符合要求，按人口2分计算。',
    ])
      assert.deepEqual(anyFound(body), [], body);
  });
});

describe('broken-date, unbalanced-bracket, repeated-word (made up, red team s23)', () => {
  test('made up (red team s23): letters in codes, quarters and plates, units in brackets, right repeats stay silent', () => {
    for (const body of [
      '2023Q4完成验收，2024Q1投入使用。',
      '公务用车车牌号为湘A2O231，2019年购置。',
      '表2 绩效指标得分情况(单位:分)\n\n| 指标 | 分值 | 得分 |\n|---|---|---|\n| 产出指标 | 50 | 48 |',
      '| 项目名称 | 预算数（万元） | 执行率（%） |\n|---|---|---|\n| 培训费 | 10.00 | 98.00 |',
      '资金来源（单位：万元，截至\n2023年12月31日）：\n\n| 来源 | 金额 |\n|---|---|\n| 中央 | 100.00 |',
      '全县实现村村通、户户通，天天有人巡查。',
      '市卫生健康委员会委员会议审议通过年度预算。',
    ])
      assert.deepEqual(anyFound(body), [], body);
  });
  test('made up (red team s23): new wordings of the slips are found', () => {
    assert.deepEqual(found('broken-date', '项目2Ol9年立项，2O20年实施。'), ['2Ol9', '2O20']);
    assert.deepEqual(found('typo', '本项目于2022年l1月启动。'), ['l1']);
    assert.equal(found('unbalanced-bracket', '表1 资金到位情况（单位：万元\n\n| 来源 | 金额 |\n|---|---|\n| 中央 | 100.00 |').length, 1);
    assert.equal(found('repeated-word', '项目资金项目资金额度为50万元。').length, 1);
    assert.deepEqual(found('typo', '资金使用不规范口1分；档案管理不完善口0.5分。'), ['口', '口']);
  });
});
