// Session 23's arithmetic red team, round 2 (made up, not real text): look-alikes and wrong variants written against the
// readings the round's first commits added (上升, last year's 预算数/决算数 as a growth's base, 人均/户均/生均/每亩 standards,
// 在职在编, 干部 beside 工人 and 干部培训 read past only in an excess, a 其中 after a change, money 另有 beside a total).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check } from '../../helpers.js';
import { cleanReport } from './_report.js';

const ARITHMETIC = new Set(['ratio', 'unit-sum', 'stated-total', 'headcount', 'budget-total', 'year-consistency']);
const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });
const arithmetic = (text: string): string[] =>
  check(body(text))
    .filter((f) => ARITHMETIC.has(f.ruleId))
    .map((f) => `${f.ruleId}: ${f.message.zh}`);

test('made up (red team s23): look-alikes of the round’s new readings draw no arithmetic finding', () => {
  // 另有上年结转50万元未纳入本年收入 was a budget-total false alarm (read as a part of 收入合计)
  for (const sentence of [
    '2023年预算执行率98%，比上年上升3个百分点。',
    '2023年支出620万元，比上年增加120万元，占比上升2个百分点。',
    '2023年支出620万元，比上年预算数500万元增加120万元，增长24%。',
    '2023年决算支出620万元，较上年决算数580万元增加40万元，较年初预算500万元增加120万元，增长24%。',
    '2023年支出620万元，较上年调整后预算500万元增加120万元，增长24%。',
    '2023年人员经费占比65%，比上年上升2%。',
    '2023年收入620万元，同比上升24%，其中财政拨款580万元。',
    '2023年支出620万元，比上年上升120万元，上升24%。',
    '2023年支出620万元，比上年决算支出500万元增加120万元，增长24%，其中项目支出上升10%。',
    '2023年支出620万元，较上年预算安排的500万元增加120万元，增长24%。',
    '2023年年初预算620万元，较上年年初预算增加120万元，增长24%。',
    '2023年决算收入620万元，比上年决算数增加120万元，上升24%。',
    '2023年支出620万元，比2022年预算500万元多120万元，超出24%。',
    '按照人均3600元的标准，为120名困难群众发放补贴43.2万元。',
    '按人均3600元的标准测算，共需资金43.2万元，实际发放40万元。',
    '按每亩200元的标准，对流转土地3000亩的120户农户发放补贴60万元。',
    '按户均2000元的标准，为300户发放奖补资金60万元。',
    '按生均500元的标准，为800名学生拨付公用经费40万元。',
    '按生均每学期500元的标准，为800名学生拨付公用经费80万元。',
    '按每亩每年120元的标准，发放3000亩公益林生态效益补偿资金36万元。',
    '按人均每月300元的标准，为120名困难群众发放全年补贴43.2万元。',
    '按照每亩50元的标准，为全镇1.2万亩耕地发放地力保护补贴60万元。',
    '按每亩每年120元的标准，为3000亩公益林发放生态效益补偿资金36万元，为2000亩地方公益林发放补偿资金20万元。',
    '在职职工56人，其中干部40人、工人16人，女职工20人。',
    '退休人员32人，其中退休干部20人、退休工人12人，党员15人。',
    '全年培训600人次，其中干部培训400人次、农民培训200人次，女性学员300人次。',
    '在职人员56人，其中干部40人、工人16人；大专以上学历45人。',
    '全年开展干部培训3期180人次、党员教育2期120人次，共计300人次。',
    '收入合计1200万元，其中财政拨款1000万元，另有上年结转50万元未纳入本年收入，其他收入200万元。',
    '本年收入1200万元，比上年增加100万元，其中财政拨款收入增加80万元、其他收入增加20万元。',
    '2023年末实有人员35人，比上年增加2人，其中在职28人、退休7人。',
    '核定编制35人，在职在编33人，编外聘用12人，在编在岗31人。',
    '核定行政编制20名，在职在编人员21名（含军转干部安置1名，已报编办备案超编安置）。',
  ]) {
    assert.deepEqual(arithmetic(sentence), [], sentence);
  }
});

test('made up (red team s23): wrong variants in the round’s new readings are found, by the rule written for', () => {
  for (const [sentence, rule] of [
    ['2023年支出620万元，比上年预算数500万元增加120万元，增长34%。', 'ratio'],
    ['2023年决算收入620万元，比上年决算数增加120万元，上升34%。', 'ratio'],
    ['2023年支出620万元，较上年调整后预算500万元增加120万元，增长34%。', 'ratio'],
    ['按户均2000元的标准，为300户发放奖补资金70万元。', 'unit-sum'],
    ['按生均500元的标准，为800名学生拨付公用经费50万元。', 'unit-sum'],
    ['按照每亩50元的标准，为全镇12000亩耕地发放地力保护补贴50万元。', 'unit-sum'],
    ['核定编制20名，在职在编人员23名，退休10名。', 'headcount'],
    ['全年培训600人次，其中干部培训400人次、农民培训250人次。', 'stated-total'],
    ['在职职工56人，其中干部40人、工人18人。', 'stated-total'],
    ['本年收入1200万元，比上年增加100万元，其中财政拨款收入增加80万元、其他收入增加30万元。', 'stated-total'],
  ] as const) {
    const found = arithmetic(sentence);
    assert.equal(found.length, 1, `${sentence}: ${found.join(' | ')}`);
    assert.ok(found[0]?.startsWith(`${rule}:`), `${sentence}: ${found[0]}`);
  }
});

test('made up (red team s23), left: a trait (党员) listed after 干部 and 工人 still reads the list as a cut across them', () => {
  assert.deepEqual(arithmetic('退休人员32人，其中退休干部20人、退休工人14人，党员15人。'), []);
});
