import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText, only } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { tuneLine, tuneText } from './_tune.js';
import { checkText, TemplateRegistry } from '../../../server/src/engine/index.js';

const RULE = 'grade-score';

const LEAD = '经综合评价，我局 2023 年度部门整体支出绩效自评';
/** A clean report whose 自评结果 says `result` (after the usual lead-in). */
const withResult = (result: string): string => cleanReport({ bodies: { 'results-score': LEAD + result } });

/** The grade is wrong for the score: error on the grade word, fixed to `want`. */
function wrongGrade(result: string, grade: string, want: string): { text: string; f: Finding } {
  const text = withResult(result);
  const f = only(findingsOf(text, RULE));
  assert.equal(f.severity, 'error');
  assert.equal(spanText(text, f), grade);
  assert.ok(f.message.zh.includes(`「${grade}」`), f.message.zh);
  assert.equal(f.fix?.edits.length, 1);
  const fixed = applyFix(text, f);
  assert.equal(fixed, withResult(result.replace(grade, want)));
  assert.deepEqual(findingsOf(fixed, RULE), []);
  return { text, f };
}

describe('grade-score: grade and score agree', () => {
  for (const result of [
    '综合得分为 95 分，评价结果为“优”。',
    '综合得分为 100 分，评价结果为“优”。',
    '综合得分为 90 分，评价等次为“优秀”。',
    '综合得分为 89.5 分，评价结果为“良”。',
    '综合得分为 80 分，评价等次为“良好”。',
    '综合得分为 60 分，评价结果为“中”。',
    '综合得分为 59.5 分，评价结果为“差”。',
    '综合得分为95分,评价结果为"优"。',
  ]) {
    test(result, () => {
      assert.deepEqual(findingsOf(withResult(result), RULE), []);
    });
  }

  test('the clean report and the examples that state a result', () => {
    assert.deepEqual(findingsOf(cleanReport(), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
  });

  test('indicator scores after the result (得分 18 分) do not count as the total', () => {
    const text = withResult('综合得分为 85 分，评价结果为“良”。其中预算编制情况满分 20 分，得分 18 分。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });
});

describe('grade-score: grade does not match the score', () => {
  test('85 分 with 优: error on 优, message names the band, fix to 良 (unsafe)', () => {
    const { text, f } = wrongGrade('综合得分为 85 分，评价结果为“优”。', '优', '良');
    assert.ok(f.message.zh.includes('85 分'), f.message.zh);
    assert.ok(f.message.zh.includes('80–90'), f.message.zh);
    assert.ok(f.message.zh.includes('良'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['85'],
    );
  });

  test('85 分 with 优秀: fix to the two-character 良好', () => {
    wrongGrade('综合得分为 85 分，评价等次为“优秀”。', '优秀', '良好');
  });

  test('92 分 with 良好: fix to 优秀', () => {
    wrongGrade('综合得分为 92 分，评价等次为“良好”。', '良好', '优秀');
  });

  test('boundaries: 90 分 is 优 not 良; 80 分 is 良 not 中; 60 分 is 中 not 差', () => {
    wrongGrade('综合得分为 90 分，评价结果为“良”。', '良', '优');
    wrongGrade('综合得分为 80 分，评价结果为“中”。', '中', '良');
    wrongGrade('综合得分为 60 分，评价结果为“差”。', '差', '中');
  });

  test('decimal score 85.5 分 with 优', () => {
    wrongGrade('综合得分为 85.5 分，评价结果为“优”。', '优', '良');
  });

  test('grade before the score in the sentence: 评价结果为“良”，综合得分 95 分', () => {
    wrongGrade('评价结果为“良”，综合得分 95 分。', '良', '优');
  });

  test('grade without quotes: 评价结果为良 with 95 分', () => {
    wrongGrade('综合得分为 95 分，评价结果为良。', '良', '优');
  });

  test('grade word followed by 等次: 自评结果为优秀等次 with 85 分', () => {
    wrongGrade('综合得分为 85 分，自评结果为优秀等次。', '优秀', '良好');
  });

  test('full-width score ８５分 with 优', () => {
    wrongGrade('综合得分为８５分，评价结果为“优”。', '优', '良');
  });
});

describe('grade-score: impossible or missing result', () => {
  test('a score over 100: error on the score', () => {
    const text = withResult('综合得分为 105 分，评价结果为“优”。');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '105');
    assert.ok(f.message.zh.includes('105') && f.message.zh.includes('100'), f.message.zh);
  });

  test('自评结果 with neither score nor grade: information on the section heading', () => {
    const text = cleanReport({ bodies: { 'results-score': '我局在 2023 年度内圆满完成整体支出绩效目标。' } });
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '（一）自评结果');
    assert.ok(f.message.zh.includes('综合得分') && f.message.zh.includes('评价等次'), f.message.zh);
  });

  test('score without grade, and grade without score: information naming what is missing', () => {
    const noGrade = withResult('综合得分为 95 分。');
    const f1 = only(findingsOf(noGrade, RULE));
    assert.equal(f1.severity, 'information');
    assert.ok(f1.message.zh.includes('评价等次') && !f1.message.zh.includes('综合得分和'), f1.message.zh);
    const noScore = withResult('评价结果为“优”。');
    const f2 = only(findingsOf(noScore, RULE));
    assert.equal(f2.severity, 'information');
    assert.ok(f2.message.zh.includes('综合得分') && !f2.message.zh.includes('评价等次'), f2.message.zh);
  });

  test('the published 2019 report states no score: information on (一)自评结果', () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'information');
    assert.equal(spanText(text, f), '(一)自评结果');
  });

  test('severity override', () => {
    const text = withResult('综合得分为 85 分，评价结果为“优”。');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    assert.equal(only(findingsOf(text, RULE, { severities: { [RULE]: 'warning' } })).severity, 'warning');
  });
});

describe('grade-score: results as real reports word them (tune corpus)', () => {
  test('益阳 2021 `自评得分为98分,自评结论为“优秀` (annotated as holding) is read, and agrees', () => {
    const line = tuneLine('2021-湖南-益阳市人社局-项目支出', 14);
    assert.ok(line.includes('得分为98分,自评结论为“优秀'), line);
    assert.deepEqual(findingsOf(withResult(line), RULE), []);
    // the same sentence with the score changed (made up): the grade is read, so the mismatch is caught
    const text = withResult(line.replace('98分', '85分'));
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '优秀');
  });

  test('保山 2022 `开展绩效评分100分,自评为优` (annotated as holding): 评分 and 自评为 are read', () => {
    const line = tuneLine('2022-云南-保山市卫生健康委员会-项目支出', 24);
    assert.ok(line.includes('评分100分,自评为优'), line);
    assert.deepEqual(findingsOf(withResult(line), RULE), []);
    const text = withResult(line.replace('100分', '75分'));
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '优');
  });

  test("霍山残联 2022 `综合得分为100分,划分为“优秀”等级` (session 25's sixth set): a grade quoted before 等级 is read", () => {
    const line = tuneLine('2022-安徽-霍山县残联彩票公益金-项目支出', 27);
    assert.ok(line.includes('综合得分为100分,划分为“优秀”等级'), line);
    assert.deepEqual(findingsOf(withResult(line), RULE), []);
    const text = withResult(line.replace('100分', '85分'));
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '优秀');
  });

  test('a scale listed (按得分分为“优秀”、“良好”…四个等级) names no grade (made up)', () => {
    const text = withResult('综合得分为 92 分。按得分高低分为“优秀”、“良好”、“合格”和“不合格”四个等级。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('评价等次'), f.message.zh);
  });

  test('评分标准 with a weight (评分标准满分 20 分) is not a score (made up)', () => {
    const text = withResult('综合得分为 85 分，评价结果为“良”。预算执行率评分标准满分 20 分。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('天津 东丽 2020 and 宁夏 兴庆 2022: a 转移支付 report gives its score on the 自评表, not in 总体绩效目标完成情况: silent', () => {
    for (const slug of ['2020-天津-东丽区光辉路工程-转移支付', '2022-宁夏-兴庆区住房和城乡建设局-转移支付']) {
      const { report, findings } = checkText(tuneText(slug), { registry: new TemplateRegistry() });
      assert.ok(report.template.id.startsWith('transfer-payment'), `${slug}: ${report.template.id}`);
      assert.deepEqual(
        findings.filter((f) => f.ruleId === RULE),
        [],
        slug,
      );
    }
  });

  test('腾冲 2024: a mirror in traditional script with glued pinyin states 自評分97分,綜合評價等級為“優(yōu)”: nothing missing', () => {
    const { findings } = checkText(tuneText('2024-云南-腾冲市林业和草原局-部门整体'), { registry: new TemplateRegistry() });
    assert.deepEqual(
      findings.filter((f) => f.ruleId === RULE),
      [],
    );
  });

  test('made up: a wrong grade in traditional script with glued pinyin is found on the grade as written', () => {
    const text = withResult('綜(zōng)合得分為 85 分，評價結果為“優(yōu)”。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '優');
    assert.match(f.message.zh, /85 分/);
  });
});

describe('grade-score: a result section with no sentence of its own (session 27)', () => {
  test('南京 2018, 天水 20xx, 寻甸档案馆 2024 (tune corpus): cut after one unfinished line, or headings only: silent', () => {
    for (const slug of [
      // (一)评价结果 / 各区能够根据2018, the excerpt's end
      '2018-江苏-南京市标准化水产健康养殖示范基地-专项资金',
      // (一)综合评价结论 then (二)绩效分析 and 五、存在问题及原因分析: an outline left empty
      '20xx-甘肃-天水市自然资源局麦积分局不稳定斜坡治理-项目支出',
      // 四、评价结论 in the table of contents, 五、主要经验做法 under it
      '2024-云南-寻甸县档案馆-部门整体',
    ])
      assert.deepEqual(findingsOf(tuneText(slug), RULE), [], slug);
  });

  test('made up from 南京: the same line closed by a full stop says nothing was stated', () => {
    const text = tuneText('2018-江苏-南京市标准化水产健康养殖示范基地-专项资金');
    const whole = `${text.trimEnd()}年度计划完成了各项建设任务。\n`;
    assert.equal(only(findingsOf(whole, RULE)).severity, 'information');
  });
});

describe('grade-score: an excerpt cut off inside its result section', () => {
  // a false alarm on session 12's blind set (rotated into tune in session 13): the excerpt stops at `…建设过程民`
  const LONGLING = '2019-云南-龙陵县象达镇勐蚌公路坍方清除-项目支出';
  const CUT = '村民小组的作用,建设过程民';

  test('龙陵 2019 stops mid-sentence under 、综合评价情况及评价结论: the score may be in the part cut off, silent', () => {
    const text = tuneText(LONGLING);
    assert.ok(text.trimEnd().endsWith(CUT));
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up from 龙陵: the same section ending with a full stop, or with a 落款 under it, says nothing was stated', () => {
    const text = tuneText(LONGLING);
    for (const end of ['村民小组的作用,建设过程民主透明。', '村民小组的作用,建设过程民主透明。\n\n龙陵县象达镇人民政府\n2020年3月5日']) {
      const whole = text.replace(CUT, end);
      const f = only(findingsOf(whole, RULE));
      assert.equal(f.severity, 'information');
      assert.equal(spanText(whole, f), '、综合评价情况及评价结论');
    }
  });

  test('泸西 2018 stops inside a title it opened (`对照《财政部关`) under 三、综合评价结论: cut, however short, silent', () => {
    const text = tuneText('2018-云南-泸西县妇联妇女儿童维权-专项资金');
    assert.ok(text.trimEnd().endsWith('对照《财政部关'));
    assert.deepEqual(findingsOf(text, RULE), []);
    // made up: the title closed (`对照《财政部关于…的通知》。`) ends the section, and the note that nothing was stated stands
    const closed = text.replace('对照《财政部关', '对照《财政部关于全面实施预算绩效管理的通知》。');
    assert.equal(only(findingsOf(closed, RULE)).severity, 'information');
  });

  test('made up: a result section cut mid-sentence with sections after it was not cut by the source: information', () => {
    const text = cleanReport({ bodies: { 'results-score': '我局在 2023 年度内圆满完成整体支出绩效目标，项目效益初步显现，建设过程' } });
    assert.equal(only(findingsOf(text, RULE)).severity, 'information');
  });
});

describe('grade-score: a score without a grade where the outline fits no template', () => {
  test('湖北科技学院 2021 `综合评价得分为 99.8分` (annotated as holding), no template fits: no note asking for the grade', () => {
    const slug = '2021-湖北-湖北科技学院本专科生奖助学金-项目支出';
    const { report, findings } = checkText(tuneText(slug), { registry: new TemplateRegistry() });
    assert.equal(report.templateFits, false);
    assert.ok(report.assessment.score && !report.assessment.grade);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === RULE),
      [],
    );
  });

  test('made-up: a report whose outline fits no template, with a score and no grade, is silent', () => {
    const text = [
      '2023年度助学金项目自评结果',
      '一、自评结论',
      '(一)评价得分情况。',
      '对照年初绩效目标及项目实际完成情况，自评小组经过自评，综合评价得分为 93 分。',
      '(二)绩效目标完成情况',
      '1、执行率情况。',
      '2023年项目实际下达预算120万元，全年实际支出120万元，项目预算执行率100%。',
      '(三)存在的问题和原因',
      '无。',
    ].join('\n');
    const { report, findings } = checkText(text, { registry: new TemplateRegistry() });
    assert.ok(report.isReport && !report.templateFits);
    assert.equal(report.assessment.score?.value, 93);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === RULE),
      [],
    );
  });
});

describe('grade-score: made up (red team s22)', () => {
  test('项目自评总分90分 states the score (总分 alone names a weight: not read)', () => {
    assert.deepEqual(findingsOf(withResult('项目自评总分90分，绩效评价等级为优。'), RULE), []);
    assert.equal(findingsOf(withResult('项目自评总分85分，绩效评价等级为优。'), RULE).length, 1);
  });
});

describe('grade-score: the score broken by a PDF line (red team s23, made up)', () => {
  const P = '\n';
  const dept = (result: string): string =>
    [
      '某县中医医院2024年度部门整体支出绩效自评报告',
      '一、单位基本情况',
      '（一）单位机构设置、部门职能情况',
      '二级甲等中医医院。',
      '（二）年度总体工作和重点工作任务',
      '医疗服务。',
      '（三）部门整体支出绩效目标',
      '目标4项。',
      '（四）部门整体支出情况',
      '支出13960.52万元。',
      '二、自评工作开展情况',
      '组织自评。',
      '三、绩效自评情况',
      '（一）自评结果',
      result,
      '（二）部门整体支出绩效指标分析',
      '执行率96%。',
      '（三）部门重点项目支出绩效情况',
      '项目3个。',
      '（四）部门整体支出绩效管理存在问题',
      '人员不足。',
      '（五）改进措施',
      '加强培训。',
    ].join(P) + P;

  test('made up (red team s23), silent: 得分91 / 分，等级为“优”', () => {
    assert.deepEqual(findingsOf(dept('经自评，我院2024年度部门整体支出绩效自评得分91\n分，等级为“优”。'), RULE), []);
  });

  test('made up (red team s23), silent: 自评得分为 / 92.5分，评价等次为“优”', () => {
    assert.deepEqual(findingsOf(dept('经综合评定，本单位部门整体支出绩效自评得分为\n92.5分，评价等次为“优”。'), RULE), []);
  });

  test('made up (red team s23): the broken score read, its grade wrong', () => {
    const text = dept('经自评，我院部门整体支出绩效自评得分91\n分，等级为“良”。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('综合得分 91 分'), f.message.zh);
    assert.equal(spanText(text, f), '良');
  });

  test('made up (red team s23): 分值 on the next line is no score (得分10 / 分值…): the score is still not stated', () => {
    const f = only(findingsOf(dept('各项指标逐项计算得分10\n分值按指标体系确定，评价等次为“优”。'), RULE));
    assert.ok(f.message.zh.includes('未写明综合得分'), f.message.zh);
  });
});

describe('grade-score: a component’s 得分 is no total (red team s23, made up; blind set 2, 乌拉特东旗)', () => {
  const result = (text: string): string => cleanReport({ bodies: { 'results-score': text } });
  const messages = (text: string): string[] => findingsOf(result(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 预算执行率得分9.56分 … 自评总分94.56分 and kin (指标得分, 决策得分, 执行率得分): silent', () => {
    for (const text of [
      '预算执行率得分9.56分，产出指标得分48分，效益指标得分28分，满意度指标得分9分，自评总分94.56分，自评等级为“优”。',
      '决策指标得分18分，过程指标得分19分，产出指标得分38分，效益指标得分27分，综合得分92分，评价等级为“优”。',
      '其中决策得分20分、过程得分18分、产出得分36分、效益得分22分，综合得分96分，评价结果为“优”。',
      '经自评，预算执行率得分10分，项目综合得分96分，等级为"优"。',
      '产出指标得分40分，满意度指标得分10分，本项目自评得分为91分，评价等次为“优”。',
      '执行率得分8.2分，绩效自评得分91.2分，自评结论为“优”。',
      '一级指标中，决策得分19分（满分20分），过程得分18分（满分20分），产出得分38分（满分40分），效益得分18分（满分20分）。部门整体绩效自评得分93分，等级为“优”。',
    ]) {
      assert.deepEqual(messages(text), [], text);
    }
  });

  test('made up (red team s23): the total after its components, in the wrong band: found on the total', () => {
    for (const [text, score] of [
      ['预算执行率得分9.56分，产出指标得分38分，效益指标得分28分，满意度指标得分9分，自评总分84.56分，自评等级为“优”。', '84.56'],
      ['决策指标得分18分，过程指标得分19分，产出指标得分38分，效益指标得分27分，综合得分82分，评价等级为“优”。', '82'],
      ['其中决策得分20分、过程得分18分、产出得分36分、效益得分22分，综合得分76分，评价结果为“良”。', '76'],
      ['经自评，预算执行率得分10分，项目综合得分86分，等级为"优"。', '86'],
    ]) {
      const [m, ...rest] = messages(text as string);
      assert.deepEqual(rest, [], text);
      assert.ok(m?.startsWith(`综合得分 ${score} 分`), `${text}: ${m}`);
    }
  });
});

describe('grade-score: the score in the 自评表 总分 row (red team s23, made up)', () => {
  const TABLE = [
    '附件：项目支出绩效自评表',
    '',
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
    '|---|---|---|---|---|---|---|',
    '| 产出指标 | 数量指标 | 新建高标准农田面积 | ≥3.2万亩 | 3.25万亩 | 40 | 40 |',
    '| 效益指标 | 经济效益指标 | 新增粮食产能 | ≥160万公斤 | 152万公斤 | 30 | 27 |',
    '| 满意度指标 | 服务对象满意度指标 | 受益农户满意度 | ≥90% | 94.2% | 20 | 20 |',
    '| 总分 | | | | | 90 | 87 |',
  ].join('\n');
  const text = (conclusion: string, table: boolean): string =>
    '# 某县农业农村局2021年度高标准农田建设项目支出绩效自评报告\n\n' +
    '## 一、基本情况\n\n项目总投资2560.00万元。\n\n## 二、绩效目标完成情况\n\n新建高标准农田3.25万亩。\n\n' +
    `## 三、存在问题及改进措施\n\n管护不到位，下一步建立管护机制。\n\n## 四、自评结论\n\n${conclusion}\n` +
    (table ? `\n${TABLE}\n` : '');

  test('made up (red team s23), silent: only the grade in the text, the score in the table’s 总分 row', () => {
    for (const c of ['经自评，本项目自评等级为“优”。', '经综合评价，本项目评价结果为“良”。'])
      assert.deepEqual(
        findingsOf(text(c, true), RULE).filter((f) => f.message.zh.includes('未写明')),
        [],
        c,
      );
  });

  test('made up (red team s23): with no table the score is still said to be missing', () => {
    const f = findingsOf(text('经自评，本项目自评等级为“优”。', false), RULE);
    assert.ok(only(f).message.zh.includes('报告未写明综合得分'));
  });
});

describe('grade-score: a score standing alone under its heading (保山图书馆 2022, session 24; made up)', () => {
  const text = (under: string): string =>
    '# 某市图书馆2022年度公共文化服务体系建设补助资金项目支出绩效自评报告\n\n' +
    `一、自评结论\n\n（一）自评得分\n\n${under}\n\n（二）绩效目标完成情况\n\n全年免费开放358天。\n`;

  test('made up (s24): 100分。 in the paragraph under （一）自评得分 is the score: not said to be missing', () => {
    assert.deepEqual(findingsOf(text('100分。'), RULE), []);
    assert.deepEqual(findingsOf(text('95.5分，等级为“优”。'), RULE), []);
  });

  test('made up (s24): the score read there is judged against the grade', () => {
    const f = only(findingsOf(text('85分，等级为“优”。'), RULE));
    assert.ok(f.message.zh.includes('综合得分 85 分'), f.message.zh);
  });

  test('made up (s24): a heading over no figure is still a result without its score', () => {
    const f = findingsOf(text('经自评，本项目完成情况较好。'), RULE);
    assert.ok(
      f.some((x) => x.message.zh.includes('未写明')),
      f.map((x) => x.message.zh).join('\n'),
    );
  });
});

describe('grade-score: the total as 项目自评N分 (session 30)', () => {
  test('保洁员 20xx (tuning text, an essay site): 认为项目总体完成情况良好,项目自评100分 states the score: no note asking for it', () => {
    const { report, findings } = checkText(tuneText('20xx-不详-某镇村级保洁员生活补助扶贫项目-项目支出'), {
      registry: new TemplateRegistry(),
    });
    assert.equal(report.assessment.score?.value, 100);
    assert.deepEqual(
      findings.filter((f) => f.ruleId === RULE && f.message.zh.includes('综合得分')),
      [],
    );
  });

  test('made up: 综合自评95分 is the total; an item’s 分值10分,自评10分 is not', () => {
    assert.equal(
      checkText(withResult('综合自评95分，评价结果为“优”。'), { registry: new TemplateRegistry() }).report.assessment.score?.value,
      95,
    );
    const item = withResult('预算执行情况。分值10分,自评10分。');
    assert.equal(checkText(item, { registry: new TemplateRegistry() }).report.assessment.score, undefined);
  });
});
