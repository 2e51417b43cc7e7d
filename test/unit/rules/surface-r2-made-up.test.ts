// Session 22's second surface round: made-up wrong variants the readings missed and now find, and made-up correct look-alikes
// (written first, five or more per class) they must leave alone: a comma inside a list in 、 (enumeration-separator), a
// percentage or an amount in 元 over-precise, a caption's unit bracket left open before a table (unbalanced-bracket), and
// a year with a letter for a digit (broken-date, dates/letter-digit.ts; a month's or a day's is typo's).
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

describe('enumeration-separator: a comma between items of one list in 、 (made up, session 22 round 2)', () => {
  test('made up: the last item of a list ending in one word, run on by the list’s head noun', () => {
    assert.deepEqual(found('enumeration-separator', '组织开展送教下乡、送戏下乡，送医下乡活动。'), ['，']);
    assert.deepEqual(found('enumeration-separator', '完成一期工程、二期工程，三期工程。'), ['，']);
  });
  test('made up: a comma between two short items inside the list', () => {
    assert.deepEqual(found('enumeration-separator', '配套场地能够满足球类、武术,体操、器械健身、游泳等项目。'), [',']);
    assert.deepEqual(found('enumeration-separator', '采购桌椅、电脑、音响,打印机、空调等设备。'), [',']);
  });
  test('made up: issuers listed before their title, one after a comma', () => {
    const body = '根据农业农村部计划财务司、农田建设管理司,财政部农业农村司《关于报送自评材料的通知》执行。';
    assert.deepEqual(found('enumeration-separator', body), [',']);
    // the first issuer carrying the words before it, as a PDF's text runs them on
    const run = '评价报告1根据农业农村部计划财务司、农田建设管理司,财政部农业农村司《关于报送自评材料的通知》执行。';
    assert.deepEqual(found('enumeration-separator', run), [',']);
  });
  test('made up: a comma that ends a list and opens a clause, lists of clauses (look-alikes)', () => {
    for (const body of [
      '完成一期工程、二期工程，三期工程启动。',
      '开展送教下乡、送戏下乡，惠及群众3万人。',
      '加强制度建设、队伍建设，作风建设明显加强。',
      '强化预算编制、执行,加强资产、合同等管理。',
      '推进党建、廉政建设，推进改革、创新发展。',
      '一是加强学习、二是强化管理，三是规范程序。',
      '开展送教下乡、送戏下乡，下乡活动深受欢迎。',
      '根据财政部、农业农村部,省财政厅《关于开展绩效自评的通知》要求。',
      '加强预算管理、财务管理，规范预算管理。',
      '资金用于教育、卫生，文化、体育两项未安排。',
      '完成设备采购、安装，调试工作正在进行。',
      '开展送教下乡、送戏下乡，送医下乡工作正在推进。',
      '主要做法：健全制度、规范管理，强化监督、严格考核。',
      '贯彻执行党的路线、方针、政策,教育、引导广大妇女增强自尊、自信精神。',
      '宣传党的方针、政策,法律、法规等。',
      '采购桌椅、电脑,打印机、空调等设备。',
      '贯彻落实省委、省政府,市委、市政府有关部署。',
    ])
      assert.deepEqual(found('enumeration-separator', body), [], body);
  });
});

describe('over-precise: percentages and amounts in 元 (made up, session 22 round 2)', () => {
  test('made up: a percentage with five decimals, an amount in 元 with four', () => {
    assert.deepEqual(found('over-precise', '预算执行率为98.12345%。'), ['98.12345']);
    // a right figure of session 11's tests until session 22, which reads five decimals and more in a percentage
    assert.deepEqual(found('over-precise', '预算执行率 99.123456%，实际支出 3232.51 万元。'), ['99.123456']);
    assert.deepEqual(found('over-precise', '本年支出1234.5678元。'), ['1234.5678']);
    assert.deepEqual(found('over-precise', '发放补助资金共计35680.125元。'), ['35680.125']);
  });
  test('made up: the fix drops zeros only, to two decimals for 元', () => {
    const text = report('本年支出1234.5000元。');
    const [f] = findingsOf(text, 'over-precise');
    assert.ok(f?.fix);
    assert.ok(applyFix(text, f).includes('本年支出1234.50元。'));
  });
  test('made up: prices, averages, small rates, coordinates, 亩, 亿元 (look-alikes)', () => {
    for (const body of [
      '上网电价0.5653元/千瓦时。',
      '污水处理费每吨356.125元。',
      '亩均补助123.456元。',
      '人均经费1234.567元。',
      '标准为1234.5678元/人·年。',
      '检出率为0.00012%，税率为0.0005%。',
      '项目地理坐标东经112.934567°，北纬28.123456°。',
      '流转土地12.34567亩。',
      '执行率98.12%，单价2.875元，支出1234.56元。',
      '支出合计1.2345亿元。',
    ])
      assert.deepEqual(found('over-precise', body), [], body);
  });
});

describe('unbalanced-bracket: a caption’s unit bracket left open at its line’s end (made up, session 22 round 2)', () => {
  const TABLE = '| 指标 | 分值 | 得分 |\n| --- | --- | --- |\n| 产出指标 | 50 | 48 |';
  test('made up: （单位：分 before a pipe table', () => {
    assert.deepEqual(found('unbalanced-bracket', `表1 绩效指标得分情况（单位：分\n${TABLE}`), ['（单位：分']);
  });
  test('made up: (单位:万元 ending its paragraph', () => {
    assert.deepEqual(found('unbalanced-bracket', '预算执行情况(单位:万元\n\n全年预算100万元。'), ['(单位:万元']);
  });
  test('made up: closed captions, a unit said mid-sentence, a 下同 (look-alikes)', () => {
    for (const body of [
      `表1 绩效指标得分情况（单位：分）\n${TABLE}`,
      `表1 绩效指标得分情况（单位：万元，下同\n${TABLE}`,
      '对照（单位：万元）如下。',
      '说明（单位：万元，下同）：全年支出80万元。',
      `（单位：分）\n${TABLE}`,
      '各项得分(单位:分)见下表。',
    ])
      assert.deepEqual(found('unbalanced-bracket', body), [], body);
  });
});

describe('broken-date: a date with a letter for a digit (made up, session 22 round 2)', () => {
  test("made up: O for 0 and l for 1 in a year; a month or a day written so is typo's alone (one finding a slip)", () => {
    assert.deepEqual(found('broken-date', '于2O23年12月完成验收。'), ['2O23']);
    assert.deepEqual(found('broken-date', '于2Ol9年完成验收。'), ['2Ol9']);
    assert.deepEqual(found('broken-date', '于2023年l2月完成验收。'), []);
    assert.deepEqual(found('typo', '于2023年l2月完成验收。'), ['l2']);
    assert.deepEqual(found('broken-date', '资金于2023年1O月31日拨付。'), []);
    assert.deepEqual(found('typo', '资金于2023年1O月31日拨付。'), ['1O']);
    assert.deepEqual(found('typo', '资金于2023年10月3l日拨付。'), ['3l']);
  });
  test('made up: the fix writes the digits for the letters only', () => {
    const text = report('于2O23年12月完成验收。');
    const [f] = findingsOf(text, 'broken-date');
    assert.ok(f?.fix?.safe);
    assert.ok(applyFix(text, f).includes('于2023年12月完成验收。'));
  });
  test('made up: codes and Latin words beside dates (look-alikes)', () => {
    for (const body of [
      '推行O2O模式，2023年完成ISO9001认证。',
      '采购Win10系统电脑，2023年12月交付。',
      '项目编号XM2023年度第1批。',
      '完成IO月度报表。',
      'l月份资金到位。',
      '2023年，O2O平台上线。',
      '规格为DN100，2023年12月31日前完工。',
      '2023年1月、2月、3月分别拨付。',
      '编号2O22年度OA系统升级。',
    ])
      assert.deepEqual(found('broken-date', body), [], body);
  });
});
