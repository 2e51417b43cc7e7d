// Session 22's red team of unbalanced-bracket: made-up correct text that comes close to the reading (a false alarm before its mend),
// and a made-up wrong variant it keeps finding.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';

/** The spans `rule` finds in the clean report with `body` as 一（一）'s body. */
const found = (rule: string, body: string): string[] => {
  const text = cleanReport({ bodies: { 'basic-functions': body } });
  return findingsOf(text, rule).map((f) => spanText(text, f));
};

describe('unbalanced-bracket: made-up look-alikes and wrong variants (session 22 red team)', () => {
  test('unbalanced-bracket: a list numbered 1）2）3） before another list numbered （1）（2） (made up)', () => {
    assert.deepEqual(found('unbalanced-bracket', '分三步：1）摸底调查；2）组织实施；3）验收评估。\n（1）资金到位；（2）资金使用。'), []);
  });
  test('unbalanced-bracket: a quotation of several paragraphs, each opening with “ and the last closing with ” (made up)', () => {
    const body = [
      '文件明确规定：',
      '“一、各级财政部门要加强预算绩效管理。',
      '“二、各部门要认真开展绩效自评。',
      '“三、自评结果要及时公开。”',
    ];
    assert.deepEqual(found('unbalanced-bracket', body.join('\n\n')), []);
  });
  test('unbalanced-bracket: a paragraph opening with “ that nothing goes on from (made up)', () => {
    assert.deepEqual(found('unbalanced-bracket', '“一、各级财政部门要加强预算绩效管理。\n\n以上要求我局均已落实。'), ['“']);
  });
  test('unbalanced-bracket: 1） whose next item is written （2） (made up)', () => {
    assert.deepEqual(found('unbalanced-bracket', '主要做法：1）摸底调查；（2）组织实施；（3）验收评估。'), ['1）']);
  });
});

describe('unbalanced-bracket: a gloss opened in prose and never closed (red team s23, made up)', () => {
  test('made up (red team s23): （以下简称…, （含…, （包括…, (其中…, （下称…, （不含…, （简称… left open in the paragraph are found', () => {
    for (const body of [
      '为推进紧密型县域医疗卫生共同体（以下简称“医共体”建设，提升基层\n医疗服务能力，我院承担医共体信息化平台建设任务。',
      '我校于2019年实施校园安全防范设施改造（含视频监控、一键报警、周界防护三个子项，改造内容包括新增高清监控点位。',
      '2023年我县共安排财政衔接推进乡村振兴补助资金（以下简称“衔接资金”9865.00万元，其中中央资金7320.00万元。',
      '全年共下达农村危房改造补助资金360万元（包括中央资金200万元、省级资金100万元，县级配套60万元。',
      '本年度支出合计520万元(其中基本支出320万元，项目支出200万元。',
      '县林业局会同县财政局（下称“两局”联合印发实施方案，明确了补助标准。',
      '项目总投资85万元（不含设备购置费，已全部完工并通过验收。',
      '城乡居民基本医疗保险（简称“城乡医保”参保率达98%，较上年提高1个百分点。',
    ]) {
      const spans = found('unbalanced-bracket', body);
      assert.equal(spans.length, 1, body);
      assert.ok(spans[0] === '（' || spans[0] === '(', body);
    }
  });

  test('made up (red team s23): glosses closed (next line, past a page number, nested, mixed widths), cells, captions: silent', () => {
    for (const body of [
      '为推进紧密型县域医疗卫生共同体（以下简称“医共体”）建设，提升基层医疗服务能力。',
      '为推进紧密型县域医疗卫生共同体（以下简称“医共体”\n）建设，提升基层医疗服务能力。',
      '我校实施校园安全防范设施改造（含视频监控、一键报警、周界防护三个子项），改造内容包括新增高清监控点位。',
      '本年度支出合计520万元(其中基本支出320万元，项目支出200万元）。',
      '本年度支出合计520万元（其中基本支出320万元（含人员经费280万元），项目支出200万元）。',
      '（一）项目资金情况。全年下达资金360万元（含中央资金200万元）。',
      '（含结转资金）',
      '全年下达农村危房改造补助资金360万元（包括中央资金200万元、省级资金\n100万元），县级配套60万元。',
      '县林业局会同县财政局（以下简称“两局”），联合印发实施方案。',
      '表1 项目资金明细（含上年结转\n| 资金来源 | 金额（万元） |\n|---|---|\n| 中央 | 200 |',
      '| 资金来源 | 本年下达（含结转 | 执行数 |\n|---|---|---|\n| 中央 | 200 | 200 |',
      '根据《关于下达2021年资金的通知》（宁财(社)发〔2021〕88号），下达资金（含提前下达部分）200万元。',
      '全县共有贫困户1200户（其中：一般贫困户800户、低保户300户、五保户100户），已全部脱贫。',
      '项目总投资85万元(不含设备购置费)，已全部完工。',
      '(1)包括中央资金200万元；(2)包括省级资金100万元。',
      '本项目资金包括：（一）中央资金；（二）省级资金。',
      '全年下达农村危房改造补助资金360万元（包括中央资金200万元、省级资金\n\n— 2 —\n\n100万元），县级配套60万元。',
      '全年下达农村危房改造补助资金360万元（包括中央资金200万元、省级资金\n\n100万元），县级配套60万元。',
      '2023年我县共安排衔接资金（以下简称“衔接资金”）9865.00万元（其中中央资金7320.00万元）。',
    ])
      assert.deepEqual(found('unbalanced-bracket', body), [], body);
  });

  test('made up (red team s23): a text cut inside a gloss in its last sentence is silent (宜章迎春镇学校 2017’s shape)', () => {
    const text =
      '# 某县学校2017年度专项资金绩效自评报告\n\n一、专项概况\n\n项目支出决算为150万元。大型修缮44.3万元(其中:中学家属楼改造18万元;中学校门口维修12万元;承启小\n';
    assert.deepEqual(findingsOf(text, 'unbalanced-bracket'), []);
    // the same gloss left open sentences before the text's end is found
    const open = text.replace('承启小\n', '承启小学维修14.3万元。全部按期完工。\n');
    assert.equal(findingsOf(open, 'unbalanced-bracket').length, 1);
  });
});

describe('unbalanced-bracket: a pointer or a clause left open (made up, red team s23)', () => {
  test('made up (red team s23): （详见…, （见…, （参见… and a bracketed clause run into its 。 with no ）: found', () => {
    for (const body of [
      '全县建成照料中心32个（详见\n附件2，全年累计服务12.6万人次。',
      '具体情况见附表（见表3，全年完成率100%。',
      '资金已全部拨付（参见附件3明细，全年支出率100%。',
      '二是养护资金到位后县级配套不足（个别县配套率低于50%。',
      '项目推进较慢（主要受汛期影响。下一步将加快进度。',
      '部分学校食堂设施陈旧(个别学校尚未配备留样冰箱。',
    ]) {
      const spans = found('unbalanced-bracket', body);
      assert.equal(spans.length, 1, body);
      assert.ok(spans[0] === '（' || spans[0] === '(', body);
    }
  });

  test('made up (red team s23): pointers and clauses closed, notes over paragraphs, list numbers, garbled cells: silent', () => {
    for (const body of [
      '全县建成照料中心32个（详见附件2），全年累计服务12.6万人次。',
      '全县建成照料中心32个（详见\n附件2），全年累计服务12.6万人次。',
      '具体指标完成情况见附表（见表3）。',
      '县级配套不足（个别县配套率低于50%。其余县均足额配套。）',
      '二是养护资金到位后县级配套不足（个别县配套率低于\n50%）。',
      '资金来源（1.中央资金200万元。2.省级资金100万元。）已到位。',
      '（一是加强督导。二是强化考核。）',
      '（注：本表数据来源于部门决算。\n\n金额单位为万元。\n\n合计数因四舍五入略有差异。）',
      '标准为(50%,80%)50%-0%(50册合理确定分值。',
      '主要问题：\n（1）资金拨付滞后。\n（2）绩效目标不够细化。',
      '| 指标 | 说明（见附件 |\n|---|---|\n| 1 | 2 |',
      '附件：1.某县项目明细表（见\n\n附件）',
    ])
      assert.deepEqual(found('unbalanced-bracket', body), [], body);
  });
});
