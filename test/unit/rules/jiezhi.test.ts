import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText, only, exampleNames } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneScore, tuneText } from './_tune.js';

const RULE = 'jiezhi';

/** The clean report with 一（一）'s body replaced by `body` (made-up sentences in the 2023 report's wording). */
const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

describe('jiezhi on the field corpus (tuning texts)', () => {
  test('finds 截止到2021年末 (阿坝县公安局), 截止2022年12月8日 (西平) and the others annotated, leaves 截至2019年底 (腾冲, held) alone', () => {
    const s = tuneScore(RULE, ['jiezhi']);
    // session 24's second set: 截止****年**月底, a site's masked date, not read as a date
    assert.deepEqual(s.missed, ['2025-海南-昌江县市场监管局药品监管补助资金-转移支付:41 截止****年**月底']);
    assert.deepEqual(s.found.map((x) => x.split(':')[0]).sort(), [
      // session 27's rotation of its first set (round 8)
      '2016-云南-开远市广播电视台-部门整体',
      // session 42's rotation of set 26: 截止项目完成时, a time named by an event
      '2017-不详-区教育部门设备购置项目-项目支出',
      // 保山 (two) and 四好农村路 rotated into tune in session 15 (session 14's second measured set)
      '2017-云南-保山市档案局馆藏档案-项目支出',
      '2017-云南-保山市档案局馆藏档案-项目支出',
      '2017-安徽-铜陵某区残联康复民生工程-项目支出', // session 43's rotation of set 32: 截止目前 (its page read as a report here)
      // session 26's rotation of session 25's sixth set: this, 宿州, 西平 扶贫 and 永兴
      '2018-云南-开远市社会福利院-部门整体',
      '2019-湖南-炎陵县农业农村局酃县白鹅保种-项目支出', // this and 珠海 rotated into tune in session 17's second rotation
      '2019-湖南-衡山县妇幼保健计划生育服务中心-部门整体',
      // session 26's rotation of its own set: this and 邵阳美术馆
      '2020-云南-泸西县人大常委会办公室履职能力提升-项目支出',
      // session 25's rotation of its fourth set
      '2020-四川-泸县生活垃圾填埋场抢险救灾工程-项目支出',
      '2020-安徽-宿州市新型职业农民培训-项目支出',
      '2020-安徽-裕安区民政局生活无着人员救助-项目支出',
      // session 25's fifth set
      '2020-江西-南昌市退役军人事务局退役士兵教育培训-项目支出',
      '2020-河南-西平县财政专项扶贫资金-专项资金',
      // 武威 (two) and 全南 rotated into tune in session 14 (its measured texts)
      '2020-甘肃-共青团武威市委-项目支出',
      '2020-甘肃-共青团武威市委-项目支出',
      '2021-云南-开远市崇文小学校-部门整体',
      '2021-四川-西区动物疫病预防控制中心-部门整体', // this and 海南 交通 2021 rotated into tune in session 16
      '2021-四川-阿坝县公安局-部门整体',
      '2021-安徽-六安市民政局农村低保民生工程-项目支出', // this and 教师培训 rotated into tune in session 24
      '2021-安徽-某市交通运输局四好农村路-项目支出',
      '2021-安徽-田家庵区衔接资金-转移支付', // session 39's rotation of set 23 (截止目前)
      '2021-广东-珠海市工信局省级专项资金-专项资金',
      '2021-江西-全南县地质灾害群测群防-项目支出',
      '2021-海南-海南省交通运输厅新能源公交车运营补助-转移支付',
      '2021-湖南-张家界市应急管理局-部门整体', // rotated into tune in session 19
      // session 26's rotation of its second set
      '2021-湖南-郴州市科协-部门整体',
      // these two, the two 宣州, 明光 and 南县自然资源局 rotated into tune in session 12
      '2021-重庆-重庆市三峡后续工作建设基金-转移支付',
      // session 26's rotation of its third set
      '2022-云南-屏边县公安局交通警察大队-部门整体',
      '2022-安徽-宣州区应急管理局干旱救灾资金-转移支付',
      '2022-安徽-宣州区应急管理局洪涝救灾资金-转移支付',
      '2022-河南-西平县交通运输局-转移支付',
      '2022-湖南-永兴县城区绿化养护-项目支出',
      '2022-湖南-邵阳市美术馆-部门整体',
      '2023-安徽-宣州区农村危房改造-转移支付', // rotated into tune in session 14
      '2023-安徽-宣州区经信局-转移支付',
      '2023-安徽-明光市民政局-转移支付',
      '2023-河南-西平县优质小麦种植补贴-转移支付', // session 42's rotation of set 29: 截止评价点
      '2023-河南-西平县农产品交易市场仓储基地-转移支付',
      // read here as a report (front matter names a template); unrecognised on its own, its title line being 标题: alone
      '2023-海南-海南省商务厅-项目支出',
      '2023-湖南-南县就业服务中心-项目支出',
      '2024-云南-寻甸县委统战部-部门整体', // this and 办公楼维修项目 rotated into tune in session 17
      '2024-云南-西山区第七幼儿园-部门整体',
      '2024-湖南-南县自然资源局-部门整体',
      '2024-湖南-沅陵县火场土家族乡人民政府-部门整体',
      '2024-辽宁-大连市医疗保障局医疗保障服务能力提升-转移支付', // session 43's rotation of set 32: 截止2024年底
      '20xx-不详-办公楼维修项目-项目支出', // 截止报告期末: a period's end is a date all the same
      // session 30's rotation of session 28's set 15: an essay mirror's 截止20xx年12月底, the year masked
      '20xx-不详-某市优质粮食工程-专项资金',
      '20xx-云南-呈贡区人大-部门整体', // session 42's rotation of set 26: 截止20xx年底
      // a 范文 site's text: the year still masked (截止20xx年12月31日) is a date all the same
      '20xx-四川-眉山市残疾人联合会-转移支付',
      '20xx-安徽-县中小学教师培训民生工程-项目支出',
      '20xx-重庆-公路养护资金-项目支出', // session 42's rotation of set 28: 截止20xx年12月, on a mirror's traditional page
    ]);
    // 四好农村路 (session 15's rotation): 截止9月底 twice on line 21; its reader annotated one quote and wrote "twice" in the note
    assert.deepEqual(s.falseAlarms, ['2021-安徽-某市交通运输局四好农村路-项目支出:21 [截止9月底]']);
    assert.deepEqual(s.onHolds, []);
    assert.deepEqual(findingsAsReport(tuneText('2019-云南-腾冲市林业和草原局-项目支出'), RULE), []);
  });

  test('截止到2021年末: the safe fix writes 截至2021年末', () => {
    const text = tuneText('2021-四川-阿坝县公安局-部门整体');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '截止到2021年末');
    assert.ok(f.message.zh.includes('应写作「截至2021年末」'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('。截至2021年末在职244人'));
  });
});

describe('jiezhi: 截止 used as it should be (made up, in the 2023 report wording)', () => {
  test('the examples', () => {
    for (const name of exampleNames()) assert.deepEqual(findingsOf(readExample(name), RULE), [], name);
  });

  for (const body of [
    '我局于 2024 年 7 月 31 日截止前报送自评材料。',
    '申报截止日期为 2023 年 3 月 31 日，截止时间为当日 17 时。',
    '截至 2023 年 12 月 31 日，全市高新技术企业总数达到 580 家。',
    '项目申报已于 3 月底截止，共受理 120 项。',
    '截止xx年的说法不对，应写截至。',
    // 截止 with its object, then 时 (when registration closed): right as written, as is the deadline's 截止时
    '截止报名时，共有 120 人报名。',
    '截止时，共受理 80 项。',
  ]) {
    test(body, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('jiezhi: 截止 before a date (made up, in the 2023 report wording)', () => {
  for (const [body, bad, good] of [
    ['截止 2023 年 12 月 31 日，全市高新技术企业总数达到 580 家。', '截止 2023 年 12 月 31 日', '截至 2023 年 12 月 31 日，全市'],
    ['截止2023年底，共登记技术合同632份。', '截止2023年底', '截至2023年底，'],
    ['截止目前，湛江湾实验室一期工程已完工。', '截止目前', '截至目前，'],
    ['截止20XX年12月31日，项目资金已全部拨付。', '截止20XX年12月31日', '截至20XX年12月31日，'],
    ['截止202x年底，共完成改造120户。', '截止202x年底', '截至202x年底，'],
    ['截止至二〇二三年十二月，全市新增高新技术企业 88 家。', '截止至二〇二三年', '截至二〇二三年十二月'],
    // a time named by an event that ends in a verb of completion or review (区教育设备购置 2017: 截止项目完成时)
    ['截止项目完成时，实际支出 989.94 万元。', '截止项目完成时', '截至项目完成时，实际'],
    ['截止自评时,项目已全部验收。', '截止自评时', '截至自评时,项目'],
    // the point in time of the evaluation (西平 小麦 2023: 截止评价点,该项目已拨付资金269.30万元)
    ['截止评价点,该项目已拨付资金269.30万元。', '截止评价点', '截至评价点,该项目'],
  ] as const) {
    test(bad, () => {
      const text = withBody(body);
      const f = only(findingsOf(text, RULE));
      assert.equal(spanText(text, f), bad);
      const fixed = applyFix(text, f);
      assert.ok(fixed.includes(good), fixed);
      assert.deepEqual(findingsOf(fixed, RULE), []);
    });
  }
});
