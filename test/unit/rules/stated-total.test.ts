import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, only, readExample, spanText } from '../../helpers.js';
import { findingsAsReport, tuneLine, tuneText } from './_tune.js';
import { cleanReport } from './_report.js';

const RULE = 'stated-total';
const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });

describe('stated-total: a total that is not the sum of its parts', () => {
  test('红河 2024 (tune corpus): 实施项目共15个, 年初批复预算8个项目 + 年中增加8个项目 = 16', () => {
    const text = body(tuneLine('2024-云南-红河州数据发展中心-项目支出', 9));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '15个');
    assert.ok(f.message.zh.includes('15 个') && f.message.zh.includes('8 个 + 8 个 = 16 个'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['8个', '8个'],
    );
  });

  test('年初下达12个、年中追加5个，共15个 (made up, the issue wording)', () => {
    const text = body('本年度实施项目年初下达12个、年中追加5个，共15个。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '15个');
    assert.ok(f.message.zh.includes('12 个 + 5 个 = 17 个'), f.message.zh);
  });

  test('money after 其中 (made up): 6.46 万元 ≠ 4.68 + 1.76 + 0.12', () => {
    const text = body('全年预算资金6.46万元，其中：中央配套4.68万元，省级配套1.76万元，市级配套0.12万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '6.46万元');
    assert.ok(f.message.zh.includes('4.68 万元 + 1.76 万元 + 0.12 万元 = 6.56 万元'), f.message.zh);
  });

  test('people after 其中 (made up, 阿坝 wording): 在职244人 ≠ 230 + 12', () => {
    const text = body('截止到2023年末在职244人,其中:政法专项230人、工勤12人;离休1人。');
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('230 人 + 12 人 = 242 人'));
  });
});

describe('stated-total: a part that states its own category total (共计 after its name)', () => {
  test('山东 扶贫 2016 (tune corpus): 41.11 亿元 ≠ 17 + 其他用于扶贫的资金共计25.11', () => {
    const text = body(tuneLine('2016-山东-山东省财政专项扶贫资金-专项资金', 27));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '41.11亿元');
    assert.ok(f.message.zh.includes('17 亿元 + 25.11 亿元 = 42.11 亿元'), f.message.zh);
  });

  test('made up: a category total that makes the sum right is silent', () => {
    assert.deepEqual(findingsOf(body('下达资金100万元，其中中央资金60万元，地方配套资金共计40万元。'), RULE), []);
  });

  test('made up: the list’s own sum (以上两项合计, a bare 合计) is no part', () => {
    for (const sentence of [
      '下达资金100万元，其中A资金60万元、B资金40万元，以上两项合计100万元。',
      '下达资金100万元，其中中央资金60万元，地方资金40万元，合计100万元。',
      '下达资金100万元，其中中央资金60万元，地方资金40万元，上述资金共计100万元。',
      '全年支出100万元，其中基本支出60万元，项目支出共计40万元，累计支出共计100万元。',
    ]) {
      assert.deepEqual(findingsOf(body(sentence), RULE), [], sentence);
    }
  });

  test('made up: a category total that breaks the sum is read as a part', () => {
    const f = only(findingsOf(body('下达资金100万元，其中中央资金60万元，地方配套资金共计50万元。'), RULE));
    assert.ok(f.message.zh.includes('60 万元 + 50 万元 = 110 万元'), f.message.zh);
  });
});

describe('stated-total: headcounts and their parts, in the wordings reports use (issue 14 part 5)', () => {
  test('在职人员20人，其中行政人员10人、事业人员8人 (made up): 10 + 8 ≠ 20', () => {
    const text = body('2023年末在职人员20人，其中行政人员10人、事业人员8人，退休人员6人。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '20人');
    assert.ok(f.message.zh.includes('10 人 + 8 人 = 18 人'), f.message.zh);
    // the retired are no part of the people in post: with the parts right, silent
    assert.deepEqual(findingsOf(body('2023年末在职人员20人，其中行政人员12人、事业人员8人，退休人员6人。'), RULE), []);
  });

  test('parts in brackets and after 其中： (made up, 寻甸 wording)', () => {
    const text = body('在职实有32人(其中：财政全额保障30人，财政差额补助0人)。');
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('30 人 + 0 人 = 30 人'));
  });
});

describe('stated-total: silent on totals that hold (tune corpus holds)', () => {
  for (const [slug, line] of [
    ['2023-云南-寻甸县委办公室-部门整体', 35],
    ['2021-四川-阿坝县公安局-部门整体', 64],
    ['2021-四川-阿坝县公安局-部门整体', 84],
    ['2023-云南-昌宁县特殊教育公用经费-项目支出', 28],
    ['2021-河北-临城县道路建设项目-项目支出', 15],
    ['2021-湖南-南县发展和改革局-部门整体', 14],
    ['2018-湖南-南县住房和城乡建设局-部门整体', 18],
    ['2021-河北-临城县道路建设项目-项目支出', 19],
    ['2024-湖南-南县就业服务中心-项目支出', 5],
  ] as const) {
    test(`${slug}:${line}`, () => {
      assert.deepEqual(
        findingsOf(body(tuneLine(slug, line)), RULE).map((f) => f.message.zh),
        [],
      );
    });
  }

  test('a list cut short by its source (南县住建: 总编制为249个,其中行政编13个、全额事业编45个、差额…)', () => {
    assert.deepEqual(findingsOf(body('行政事业总编制为249个,其中行政编13个、全额事业编45个、差额'), RULE), []);
  });

  test('a figure that states something new is not a part: 其中 50 + 50 = 100, 已拨付 80', () => {
    assert.deepEqual(findingsOf(body('项目资金100万元，其中中央资金50万元、省级资金50万元，已拨付80万元。'), RULE), []);
  });

  test('年初 and 年中 with a project cancelled: not added up', () => {
    assert.deepEqual(findingsOf(body('实施项目共15个，年初下达8个，年中追加8个，取消1个。'), RULE), []);
  });

  test('the examples', () => {
    for (const name of ['2019-湛江市科技局-整体绩效自评报告-修正稿.md', '2023-湛江市科学技术局-整体绩效自评报告.md']) {
      assert.deepEqual(findingsOf(readExample(name), RULE), []);
    }
  });
});

describe('stated-total: a count against the names listed', () => {
  test('下设6个科室 with five named (made up, the issue wording)', () => {
    const text = body('我局下设6个科室：办公室、财务科、业务科、法规科、人事科。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '6个科室');
    assert.ok(f.message.zh.includes('「6个科室」') && f.message.zh.includes('5 个'), f.message.zh);
  });

  test('a list before the count with one name too many (made up, 南县 wording)', () => {
    const text = body('县发改局共设立办公室、人事股、财务股、法规股、审批股4个职能股室;县价格认证中心、县粮食执法大队等2个二级机构。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '4个职能股室');
  });

  test('湖南扶贫办 2016/2017, 环卫 2020, 洪江 福利院 2019 (tune corpus, holds): a list whose first or last 、 became a comma is counted whole', () => {
    for (const [slug, line] of [
      ['2016-湖南-湖南省扶贫开发办公室-部门整体', 15],
      ['2017-湖南-湖南省扶贫开发办公室-部门整体', 19],
      ['2020-不详-县环卫单位-部门整体', 4],
      // its last two 、 became commas: 院内共设6个职能股室,即院长办公室、医疗室、财务室、食堂,接待室,档案室。 (the commas are
      // enumeration-separator's)
      ['2019-湖南-洪江区第二福利院-部门整体', 22],
    ] as const) {
      const text = tuneText(slug);
      assert.deepEqual(
        findingsAsReport(text, RULE).filter((f) => text.slice(0, f.span.start).split('\n').length === line),
        [],
        slug,
      );
    }
  });

  test('made up: a comma for the list’s first or last 、 is no name missing; one name short across a clause still is', () => {
    assert.deepEqual(findingsOf(body('内设综合科,办公室、财务科、法规科、人事科5个科室。'), RULE), []);
    assert.deepEqual(findingsOf(body('本单位内设5个科室,分别是:办公室、财务科、法规科、人事科,信息科。'), RULE), []);
    // the name before the comma ends unlike the list's (a clause, not a name), and a clause after the comma: counted as written
    assert.equal(findingsOf(body('按照要求,办公室、财务科、法规科、人事科5个科室。'), RULE).length, 1);
    assert.equal(findingsOf(body('本单位内设5个科室,分别是:办公室、财务科、法规科、人事科,共有职工40人。'), RULE).length, 1);
  });

  test('等 N 个 with fewer names: the list is not exhaustive, silent', () => {
    assert.deepEqual(findingsOf(body('内设办公室、财务股、法规股等5个股室。'), RULE), []);
  });

  test('两馆一站 (tune corpus) line 13: a count that is itself an item of the list (区图书馆、54个乡镇(街道)综合文化站…) is no total', () => {
    const slug = '20xx-不详-某区文化局两馆一站免费开放-专项资金';
    const text = tuneText(slug);
    const line13 = text.split('\n').slice(0, 12).join('\n').length + 1;
    const end13 = text.indexOf('\n', line13);
    // line 11's bracketed parts that do not add up are found (annotated); nothing on line 13
    assert.deepEqual(
      findingsAsReport(text, RULE)
        .filter((f) => f.span.start >= line13 && f.span.start < end13)
        .map((f) => f.message.zh),
      [],
    );
    assert.deepEqual(findingsOf(body('主要包括:区文化馆、区图书馆、54个乡镇综合文化站、送文艺下乡、免费培训。'), RULE), [], 'made up');
    const total = body('内设办公室、人事股、财务股、法规股、审批股4个股室。');
    assert.equal(spanText(total, only(findingsOf(total, RULE))), '4个股室', 'made up: a list before its count still is one');
  });

  test('a last name joined by 和: not counted', () => {
    assert.deepEqual(findingsOf(body('下设4个科室：办公室、财务科、业务科和法规科。'), RULE), []);
  });

  test('the noun before the count, the list behind its cue (made up, 南县 2021 and 红河 2024 wording)', () => {
    const text = body('县发改局直属事业单位3个，分别为县价格认证中心、县粮食执法大队。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '单位3个');
    assert.ok(f.message.zh.includes('2 个'), f.message.zh);
    const projects = body('2024年实施项目共3个：“数说红河”展厅运维经费、红河州一中心一平台六大库N应用经费。');
    assert.equal(spanText(projects, only(findingsOf(projects, RULE))), '项目共3个');
    assert.deepEqual(findingsOf(body('县发改局直属事业单位2个，分别为县价格认证中心、县粮食执法大队。'), RULE), []);
  });

  test('two names behind a cue are counted; before the count they are not (its start is a guess) (made up)', () => {
    const text = body('项目覆盖3个乡镇：城关镇、新华镇。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '3个乡镇');
    assert.deepEqual(findingsOf(body('局机关下设综合股、业务股3个股室。'), RULE), []);
  });

  test('家 for units and companies (made up, 南县 2018 wording)', () => {
    const text = body('下辖自来水公司、环境卫生管理处、路灯管理所、园林绿化管理处3家二级单位。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '3家二级单位');
    assert.deepEqual(findingsOf(body('下辖自来水公司、环境卫生管理处、路灯管理所3家二级单位。'), RULE), []);
  });

  test('a list of amounts behind 分别为 is not a list of names (made up)', () => {
    assert.deepEqual(findingsOf(body('实施项目共3个，分别为展厅运维经费50万元、平台运维经费30万元。'), RULE), []);
  });

  test('南县 2020 (tune corpus) line 13: 14 股室 and 5 二级机构, aliases in brackets', () => {
    assert.deepEqual(findingsOf(body(tuneLine('2020-湖南-南县发展和改革局-部门整体', 13)), RULE), []);
  });
});

describe('stated-total: parts in the next sentence, and 包括', () => {
  test('项目总投资100万元。其中：… (made up): the parts of the figure that closes the sentence before', () => {
    const text = body('项目总投资100万元。其中：中央资金60万元，省级资金30万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '100万元');
    assert.ok(f.message.zh.includes('60 万元 + 30 万元 = 90 万元'), f.message.zh);
  });

  test('the same, adding up (昌宁 2023 figures split in two sentences): silent', () => {
    assert.deepEqual(findingsOf(body('全年预算资金6.46万元。其中:中央配套4.68万元,省级配套1.76万元,市级配套0.02万元。'), RULE), []);
  });

  test('其中 after a sentence that does not end on a figure: not paired (made up)', () => {
    assert.deepEqual(findingsOf(body('项目总投资100万元，已全部到位。其中：中央资金60万元，省级资金30万元。'), RULE), []);
  });

  // the total near the parts' sum (15 of 14.97): parts far below it may be only some of it (made up, red team, session 22)
  test('包括 after a total (made up, with the 南县就业 2024 figures)', () => {
    const f = only(findingsOf(body('全年下达资金15万元，包括档案整理费5万元、稽查核查费8万元、门面税金1.97万元。'), RULE));
    assert.ok(f.message.zh.includes('5 万元 + 8 万元 + 1.97 万元 = 14.97 万元'), f.message.zh);
  });
});

describe('stated-total: kinds of spending as parts, parts one per clause, and whole numbers beside decimals', () => {
  test('绵阳 2021 (tune corpus): 总预算2455.5万元, 其中部门预算项目支出87.5万元, 专项预算支出2350万元 = 2437.5', () => {
    const text = body(tuneLine('2021-四川-绵阳市科学技术局-项目支出', 17));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2455.5万元');
    assert.ok(f.message.zh.includes('2455.5') && f.message.zh.includes('2437.5'), f.message.zh);
  });

  test('a part that says money was spent still ends the list (made up): 其中中央50、省级50, 已支出80', () => {
    assert.deepEqual(findingsOf(body('项目资金100万元，其中中央资金50万元、省级资金50万元，已支出80万元。'), RULE), []);
  });

  test('棠溪 2022 (tune corpus, one flattened line with no heading): 共完成89.97万元。其中:30万元用于…;30万元用于…;29.99万元用于…', () => {
    const text = tuneText('2022-安徽-棠溪镇人民政府-自评表');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '89.97万元');
    assert.ok(f.message.zh.includes('30 万元 + 30 万元 + 29.99 万元 = 89.99 万元'), f.message.zh);
    // the sentence before it, 共申请预算资金90万元。其中:30…;30…;30万元 (annotated as holding), is silent
    assert.ok(text.includes('本项目共申请预算资金90万元。其中:30万元用于基建工程项目预算编制;30万元用于基建工程项目审计;30万元'));
  });

  test('衡阳住建 2019 (tune corpus, annotated): 基本支出决算数为2994.57万元,包含A;B;C;D — 包含 opens the parts as 包括 does', () => {
    const text = tuneText('2019-湖南-衡阳市住建局-部门整体');
    const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '2994.57万元');
    assert.ok(only(fs).message.zh.includes('2871.97 万元'), only(fs).message.zh);
  });

  test('made up: parts after 包含 that add up, and 包含 with one aside, are silent', () => {
    assert.deepEqual(findingsOf(body('基本支出100万元，包含工资福利支出60万元；商品和服务支出40万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('总支出300万元（包含使用的存量资金20万元），其中基本支出100万元，项目支出200万元。'), RULE), []);
  });

  test('a whole-number total beside a part with decimals is exact (made up): 共100万元 ≠ 33 + 67.4 = 100.4', () => {
    const text = body('项目资金共100万元，其中：设备购置33万元，工程建设67.4万元。');
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('= 100.4 万元'));
  });
});

describe('stated-total: parts with lists of their own, and lists that are not all parts', () => {
  test('南昌 2023 (tune corpus, a holding fact): 17347万元其中第一批资金9910万元,分别支持…;第二批资金7437万元,分别支持…', () => {
    const text = body(tuneLine('2023-江西-南昌市生态环境局-转移支付', 10));
    // 17347 = 9910 + 7437, 9910 = 3000 + 3357.17 + 3552.83, 7437 = 3000 + 3688 + 730 + 19: all hold
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('昌宁 殡葬 2024 (tune corpus, a holding fact): 编制6人,其中:事业编制6人;在职实有6人,其中:财政全额保障6人', () => {
    // each 其中 clause is the total's just before it, and the ； ends it: 6 = 6, and 6 = 6
    assert.deepEqual(findingsOf(body(tuneLine('2024-云南-昌宁县殡葬服务中心-部门整体', 25)), RULE), []);
  });

  test('two totals each with its 其中, the second wrong (made up): 专项经费80万元,其中:A 50万元,B 20万元', () => {
    const text = body('年初预算100万元，其中：基本经费100万元；专项经费80万元，其中：A项目50万元，B项目20万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '80万元');
    assert.ok(f.message.zh.includes('50 万元 + 20 万元 = 70 万元'), f.message.zh);
  });

  test('leader posts under an establishment are a subset (保山地震局 2021): 编制14名。其中,正处级领导职数1名、副处级领导职数2名', () => {
    assert.deepEqual(findingsOf(body(tuneLine('2021-云南-保山市地震局-部门整体', 6)), RULE), []);
  });

  test('leaders named by title under an establishment are a subset (徐闻 政务服务 2024, rotated into tune in session 31)', () => {
    // 局机关有行政编制9名。其中:局长1名、副局长2名、正股长3名: the leaders of the 9, not the 9 (1 + 2 + 3 = 6)
    assert.deepEqual(findingsOf(body(tuneLine('2024-广东-徐闻县政务服务和数据管理局-部门整体', 13)), RULE), []);
  });

  test('an establishment broken down by other words than titles is still summed (made up): 编制9名,其中局长1名、工作人员5名', () => {
    const text = body('局机关有行政编制9名。其中：局长1名、工作人员5名。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '9名');
  });

  test('a total of leaders named by title is summed (made up): 领导班子编制5名,其中局长1名、副局长3名', () => {
    const text = body('领导班子编制5名，其中局长1名、副局长3名。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '5名');
  });

  test('a total over another thing than its parts is no sum (made up, 林场 2021 wording): 4个乡镇、2个街道办事处共计17个行政村', () => {
    assert.deepEqual(findingsOf(body('林场经营区涉及4个乡镇、2个街道办事处共计17个行政村。'), RULE), []);
  });

  test('parts that name no thing are summed against a total that names one (made up): 年初下达12个、年中追加5个，共计15个项目', () => {
    const text = body('年初下达12个、年中追加5个，共计15个项目。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '15个');
  });

  test('parts and total counting the same thing are summed (made up): 新建3个卫生室、改建2个卫生室，共计6个卫生室', () => {
    const text = body('新建3个卫生室、改建2个卫生室，共计6个卫生室。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '6个');
  });

  test('a total of posts is broken down as any other (made up, 寻甸档案馆 wording): 领导职数4名,其中馆长1名,副馆长2名', () => {
    const text = body('领导职数4名，其中馆长1名，副馆长2名。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '4名');
  });

  test('a part whose own list does not add up is still found (made up): 第一批100万元，其中A 60万元、B 30万元；第二批50万元', () => {
    const text = body('获得专项资金150万元，包括第一批资金100万元，其中A项目60万元、B项目30万元；第二批资金50万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '100万元');
  });

  test('虎林 2021 (tune corpus): amounts a reposting site masked (点击查看>> 万元) and 调减 parts: the parts read are not all the parts', () => {
    assert.deepEqual(findingsOf(body(tuneLine('2021-黑龙江-虎林市林业和草原局-转移支付', 10)), RULE), []);
  });

  test('a blank amount (made up): 资金100万元，其中中央资金 万元，省级资金30万元，市级资金20万元', () => {
    assert.deepEqual(findingsOf(body('资金100万元，其中中央资金 万元，省级资金30万元，市级资金20万元。'), RULE), []);
  });

  test('a list with a reduction (made up): 下达资金10万元，其中造林补助12万元，抚育补助调减4万元，管护补助2万元', () => {
    assert.deepEqual(findingsOf(body('下达资金10万元，其中造林补助12万元，抚育补助调减4万元，管护补助2万元。'), RULE), []);
  });
});

describe('stated-total: a part with its own breakdown in brackets is still one part', () => {
  test('made up: 总额100万元，其中A项目60万元（其中设备30万元），B项目30万元 (60 + 30 = 90)', () => {
    const text = body('项目资金总额100万元，其中A项目60万元（其中设备30万元），B项目30万元。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '100万元');
  });
});

describe('stated-total: a total closing one sentence, its parts after 其中 in the next (issue 14 §5)', () => {
  test('河县 2023 (tune corpus): 下达…资金2263万元。其中: seven parts adding to 2253 — a total need not be called 总', () => {
    const text = body(tuneLine('2023-内蒙古-河县中央水利发展资金-转移支付', 4));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2263万元');
    assert.ok(f.message.zh.includes('= 2253 万元'), f.message.zh);
  });

  test('麻埠 2023 (tune corpus): 转移支付 names a kind of fund, not a payment: 124.23 + 370.83 + 260.3 ≠ 755.19', () => {
    const f = only(findingsOf(body(tuneLine('2023-安徽-金寨县麻埠镇-转移支付', 3)), RULE));
    assert.ok(f.message.zh.includes('755.19 万元') && f.message.zh.includes('= 755.36 万元'), f.message.zh);
  });

  test('承德 2023 (tune corpus): each part with its count beside it (项目79个财政资金3038.38万元), the list ending 分别是:', () => {
    const text = body(tuneLine('2023-河北-承德市农业农村局-项目支出', 17));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '3267.28万元');
    assert.ok(f.message.zh.includes('= 3465.35 万元'), f.message.zh);
  });

  test('made up from 承德 2023: the parts adding up (218.07 → 20) are silent, and so are the counts 79 + 11 + 3 + 20 = 113', () => {
    const line = tuneLine('2023-河北-承德市农业农村局-项目支出', 17).replace('218.07万元', '20万元');
    assert.deepEqual(findingsOf(body(line), RULE), []);
  });

  test('a figure that closes a sentence and is then spent is not broken down (made up): 到位100万元。其中已支出80万元', () => {
    assert.deepEqual(findingsOf(body('项目资金到位100万元。其中已支出80万元，结余20万元。'), RULE), []);
  });
});

describe('stated-total: a count split with a part of 0 (开远 扶贫办 2016, session 38)', () => {
  test('made up from 开远 2016 (tune corpus, no title; recognised since session 39): 共1个。其中 1 + 0 + 1 = 2 units is found', () => {
    const text = body('参与整体支出绩效自评单位共1个。其中:行政单位1个,参照公务员法管理的事业单位0个,其他事业单位1个。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '1个');
    assert.ok(f.message.zh.includes('1 个 + 0 个 + 1 个 = 2 个'), f.message.zh);
  });

  test('made up: counts with parts of 0 that add up are silent; money goes on past a part of 0 as before (呈贡 2018)', () => {
    for (const line of [
      '部门预算单位共1个。其中:财政全额供给单位1个;差额供给单位0个;定额补助单位0个;自收自支单位0个。',
      '下属单位共3个，其中行政单位1个，事业单位2个，企业0个。',
      '项目资金100万元，其中中央资金100万元，省级资金0万元，县级资金0万元。',
    ])
      assert.deepEqual(findingsOf(body(line), RULE), [], line);
    const chenggong = tuneLine('2018-云南-昆明呈贡信息产业园区管委会-部门整体', 26);
    assert.ok(chenggong.includes('其中一般公共预算收入9,836.16万元,基金预算收入0元,2018年调增预算收入18,746.37万元'));
    assert.deepEqual(findingsOf(body(chenggong), RULE), []);
  });
});

describe('stated-total: a list ended by what is left of the total', () => {
  test('made up: 资金30万元，其中用于A 10万元、用于B 15万元，剩余5万元结转下年 — the parts and the rest make the total', () => {
    assert.deepEqual(findingsOf(body('收到专项资金30万元，其中用于设备购置10万元、用于培训15万元，剩余5万元结转下年使用。'), RULE), []);
  });

  test('made up: the same with a rest that does not make it up (剩余3万元) is still found', () => {
    const f = only(findingsOf(body('收到专项资金30万元，其中用于设备购置10万元、用于培训15万元，剩余3万元结转下年使用。'), RULE));
    assert.ok(f.message.zh.includes('= 25 万元'), f.message.zh);
  });
});

describe('stated-total: a list that goes on past a ； or a verb (session 16)', () => {
  test('保山商务 2019 (tune corpus, line 9): 中标价为2472551.80元 = 1783575.80 + 38976.00 + 50万元 + 15万元 after the ；: silent', () => {
    const text = tuneText('2019-云南-保山市商务局电商进农村-专项资金');
    assert.deepEqual(
      findingsAsReport(text, RULE).map((f) => spanText(text, f)),
      [],
    );
  });

  test('made up: the parts with a run of the figures after the ； make the total: silent; a run that does not is found', () => {
    const bid = (a: string, b: string): string =>
      body(`中标价为1000.00万元,其中:建安工程费800.00万元,其他费50.00万元;支付场地补助${a}万元,购置经费${b}万元。`);
    assert.deepEqual(findingsOf(bid('100', '50'), RULE), []);
    assert.equal(findingsOf(bid('100', '40'), RULE).length, 1);
    assert.equal(findingsOf(bid('300', '50'), RULE).length, 1);
  });
});

describe('stated-total: parts one per ； clause, then the total or the amount due (session 11)', () => {
  test('临夏 2023 (tune corpus): 省级3.89;市级3.89;全年应执行数为7.79万元 — 7.78 is within the rounding of three figures', () => {
    // session 12: each figure rounded to 0.01 may be off by up to 0.005, so a 0.01 gap with two parts can
    // be rounding (3.894 + 3.894 = 7.788); as budget-total reads 呈贡 2018's 30969.07 = 370.48 + 30598.58
    assert.deepEqual(findingsOf(body(tuneLine('2023-甘肃-临夏市退役军人事务局-转移支付', 29)), RULE), []);
  });

  test('made-up: the same wording off by 0.02 (beyond 3 × 0.005) is found', () => {
    const text = body('省级下拨护理费3.89万元；市级下拨护理费3.89万元；全年应执行数为7.80万元，执行率100%。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '7.80万元');
    assert.ok(f.message.zh.includes('3.89 万元 + 3.89 万元 = 7.78 万元'), f.message.zh);
  });

  test('made-up: in 元 to the 分 the figures are exact, so a 0.01 元 gap is found', () => {
    const text = body('省级下拨护理费38900.00元；市级下拨护理费38900.00元；全年应执行数为77800.01元，执行率100%。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '77800.01元');
  });

  test('made-up: 中央资金60万元；省级资金30万元；市级资金10万元；合计110万元 → 100', () => {
    const text = body('本项目中央资金60万元；省级资金30万元；市级资金10万元；合计110万元。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('60 万元 + 30 万元 + 10 万元 = 100 万元'), f.message.zh);
    assert.deepEqual(findingsOf(body('本项目中央资金60万元；省级资金30万元；市级资金10万元；合计100万元。'), RULE), []);
  });

  test('made-up: a clause with two parts (A、B；C；共计) and the amount due that holds: silent', () => {
    assert.deepEqual(findingsOf(body('A项目10万元、B项目20万元；C项目5万元；共计35万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('A项目10万元；B项目5万元、C项目5万元；合计20万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('省级下拨护理费3.89万元；市级下拨护理费3.89万元；全年应执行数为7.78万元，执行率100%。'), RULE), []);
  });

  test('made-up: spending after the sources is no total (全年实际支出 may be less), nor 相应 wording', () => {
    assert.deepEqual(findingsOf(body('省级下拨资金40万元；市级下拨资金40万元；全年实际支出70万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('省级下拨资金40万元，市级下拨资金40万元，相应拨付数为70万元。'), RULE), []);
  });
});

describe('stated-total: the parts in the next sentence after 具体是 / 分别为, and lists left open by 等 (session 11)', () => {
  test('西藏文物局 2020 (tune corpus): 下达预算资金9378万元。具体是:six projects by ； adding to 7765', () => {
    const text = body(tuneLine('2020-西藏-西藏自治区文物局-转移支付', 16));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '9378万元');
    assert.ok(f.message.zh.includes('= 7765 万元'), f.message.zh);
  });

  test('made-up: 具体为 / 分别是 open the next sentence; parts that add up are silent', () => {
    const f = only(findingsOf(body('一是市图书馆，下达资金500万元。具体为：设备购置300万元；场馆维修150万元。'), RULE));
    assert.ok(f.message.zh.includes('300 万元 + 150 万元 = 450 万元'), f.message.zh);
    assert.equal(findingsOf(body('一是市图书馆，下达资金500万元。分别是：设备购置300万元，场馆维修150万元。'), RULE).length, 1);
    assert.deepEqual(findingsOf(body('一是市图书馆，下达资金500万元。具体为：设备购置300万元；场馆维修200万元。'), RULE), []);
  });

  test('made-up: a list ending in 等 names some parts only: silent, before the total or after it', () => {
    assert.deepEqual(findingsOf(body('市级资金260.3万元，其中奖励督查10万元，水环境生态补偿资金250万元等。'), RULE), []);
    assert.deepEqual(findingsOf(body('下达资金500万元。具体为：设备购置300万元、场馆维修150万元等。'), RULE), []);
    assert.deepEqual(findingsOf(body('设备购置300万元、场馆维修150万元等，合计500万元。'), RULE), []);
    // without 等 the same lists are judged
    assert.equal(findingsOf(body('设备购置300万元、场馆维修150万元，合计500万元。'), RULE).length, 1);
  });
});

describe('stated-total: 为 right after the total’s comma opens its parts (session 11)', () => {
  test('金寨 麻埠 2023 (tune corpus): 省级 124.23 万元,为 25 + 0.71 + 100 + 21.24 = 146.95; the 市级 list ends in 等', () => {
    const text = body(tuneLine('2023-安徽-金寨县麻埠镇-转移支付', 6));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '124.23万元');
    assert.ok(f.message.zh.includes('= 146.95 万元'), f.message.zh);
  });

  test('made-up: 为 as a breakdown holds when the parts add up; 为 comparing or naming is no breakdown', () => {
    assert.deepEqual(findingsOf(body('下达资金100万元，为设备购置60万元、人员培训40万元。'), RULE), []);
    assert.equal(findingsOf(body('下达资金100万元，为设备购置60万元、人员培训30万元。'), RULE).length, 1);
    assert.deepEqual(findingsOf(body('全年支出资金100万元，为年初预算数120万元的83.3%，较上年减少10万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('下达资金100万元，为主要用于设备购置60万元、人员培训30万元的资金。'), RULE), []);
    assert.deepEqual(findingsOf(body('项目资金100万元，作为设备购置60万元、人员培训30万元的补充。'), RULE), []);
  });
});

describe('stated-total: money for retired people is a part like any other (session 11)', () => {
  test('made-up: 退休人员补助资金 among the parts of a sum of money is added in; retired people are still no part of a count in post', () => {
    assert.deepEqual(findingsOf(body('下达资金300万元，其中：设备购置100万元、退休人员养老金补助资金200万元。'), RULE), []);
    const f = only(findingsOf(body('下达资金300万元，其中：设备购置100万元、退休人员养老金补助资金150万元。'), RULE));
    assert.ok(f.message.zh.includes('100 万元 + 150 万元 = 250 万元'), f.message.zh);
    assert.deepEqual(findingsOf(body('在职20人，其中行政12人、事业8人，退休人员6人。'), RULE), []);
  });

  test('红河 2023 (tune corpus): the 包括 list of 支出数 15836.31 is read to its end, 退休人员养老金 11800 included', () => {
    const text = body(tuneLine('2023-云南-红河州人力资源和社会保障局-项目支出', 18));
    const f = findingsOf(text, RULE).find((x) => spanText(text, x) === '15836.31万元');
    assert.ok(f?.message.zh.includes('= 16369.43 万元'), f?.message.zh);
  });
});

describe('stated-total: names listed in groups by ； after a count (session 11)', () => {
  test('江永 公安局 (tune corpus, a holding fact): 归口管理机构13个 = 县看守所、县拘留所 + eleven 派出所 after the ；: silent', () => {
    const text = tuneText('不详-湖南-江永县公安局-项目支出');
    assert.ok(text.includes('归口管理机构13个:县看守所、县拘留所;城关派出所'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('made-up: groups by ； are counted together; a group that is labelled (直属大队：…) or a clause of its own ends the list', () => {
    assert.deepEqual(findingsOf(body('下设5个科室：办公室、财务科；业务一科、业务二科、业务三科。'), RULE), []);
    const f = only(findingsOf(body('下设6个科室：办公室、财务科；业务一科、业务二科、业务三科。'), RULE));
    assert.ok(f.message.zh.includes('列出的名称有 5 个'), f.message.zh);
    // the next group has a label of its own: not the same list
    assert.equal(findingsOf(body('下设2个科室：办公室、财务科；直属单位：信息中心、培训中心。'), RULE).length, 0);
    assert.equal(findingsOf(body('下设3个科室：办公室、财务科；直属单位：信息中心、培训中心。'), RULE).length, 1);
  });
});

describe("stated-total: the writer's share of a whole area's total is no breakdown (session 12)", () => {
  test('宣州经信 2023 (tune corpus): 全市共获得1260.52万元,其中我区振宣担保获253.6万元,瑞丰农业担保获18.31万元: silent', () => {
    assert.deepEqual(findingsOf(body(tuneLine('2023-安徽-宣州区经信局-转移支付', 28)), RULE), []);
  });

  test('made-up: 全省下达资金500万元，其中我市获得60万元、我县…: silent', () => {
    assert.deepEqual(findingsOf(body('全省共下达奖补资金500万元，其中我市甲公司获得60万元，乙公司获得30万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('全县安排资金80万元，其中我局承担20万元、乡镇承担10万元。'), RULE), []);
  });

  test('made-up: a whole-area total broken down by district, or our own total broken down, is still checked', () => {
    const areas = body('全市共获得资金100万元，其中甲区60万元，乙区30万元。');
    assert.ok(only(findingsOf(areas, RULE)).message.zh.includes('60 万元 + 30 万元 = 90 万元'));
    const ours = body('我局共获得资金100万元，其中我局机关60万元，下属单位30万元。');
    assert.ok(only(findingsOf(ours, RULE)).message.zh.includes('60 万元 + 30 万元 = 90 万元'));
  });
});

describe('stated-total: a count split into a count and the rest named one by one (session 13)', () => {
  // rotated into tune in session 13 (session 12's blind set): a miss
  test('金寨 麻埠 2023: `10个项目均完工,其中3个…,剩余` five projects named with their rates: 3 + 5 = 8, not 10', () => {
    const text = tuneText('2023-安徽-金寨县麻埠镇-转移支付');
    const found = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('其余逐个列出'));
    const f = only(found);
    assert.equal(spanText(text, f), '10个项目');
    assert.ok(f.message.zh.includes('3 + 5 = 8'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['其中3个', text.slice(text.indexOf('农业农村生态环境支出'), text.indexOf('99.49%') + '99.49%'.length)],
    );
  });

  const LIST = '甲村道路项目99.2%；乙村饮水项目98.5%，丙村环境整治项目97.1%';
  test('made up: the named rest making up the count, and a wrong count in 个 of 项目 (7个项目)', () => {
    assert.deepEqual(findingsOf(body(`全镇实施5个项目，其中2个项目资金执行100%，剩余${LIST}。`), RULE), []);
    const text = body(`全镇实施7个项目，其中2个项目资金执行100%，其余${LIST}。`);
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '7个项目');
    assert.ok(f.message.zh.includes('2 + 3 = 5'), f.message.zh);
  });

  test('made up: the rest as a count, as money, all alike (均), or a clause that is no name and rate: not read', () => {
    for (const rest of [
      `剩余4个项目执行率均在95%以上`,
      `剩余资金执行99.2%，98.5%`,
      `其余均已完工`,
      `剩余${LIST}，均已完工`,
      `剩余甲村道路项目99.2%`,
    ]) {
      assert.deepEqual(findingsOf(body(`全镇实施7个项目，其中2个项目资金执行100%，${rest}。`), RULE), [], rest);
    }
  });
});

describe('stated-total: a gap of one unit of the last decimal between rounded parts and their total (decided in session 13)', () => {
  // 临夏 2023 line 29 is annotated as a defect (3.89 + 3.89 = 7.78, total 7.79) and stays a miss: two parts rounded to
  // 0.01 万元 may come from 3.894 + 3.894 = 7.788, written 7.79 — a 尾差 a correct table shows, not a wrong sum
  test('临夏 2023: 省级 3.89 + 市级 3.89 against 全年应执行数 7.79 万元 is within the rounding: silent', () => {
    const text = tuneText('2023-甘肃-临夏市退役军人事务局-转移支付');
    assert.ok(text.includes('全年应执行数为7.79万元'));
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('7.79')),
      [],
    );
  });

  test('made up: two parts to 0.01 off by 0.02 from their total is more than rounding: flagged', () => {
    const text = body('2023年省级下拨护理费3.89万元；市级下拨护理费3.89万元；全年应执行数为7.80万元。');
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('7.78'));
  });
});

describe('stated-total: 基本支出 broken down by economic class (session 14)', () => {
  // budget-total judges 基本支出 against 人员经费 + 公用经费; a breakdown by 工资福利支出 / 商品和服务支出 / 对个人和家庭的补助 /
  // 资本性支出 named no part budget-total knows, and neither rule read it
  test('儋州 2018 (tune corpus): 基本支出2956.36万元 ≠ 2424.00 + 432.65 + 93.12 + 6.5 = 2956.27', () => {
    const text = body(tuneLine('2018-海南-儋州市人民法院-部门整体', 31));
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '2956.36万元');
    assert.ok(f.message.zh.includes('2956.27 万元'), f.message.zh);
  });

  test('made-up: the economic classes off by 1 万元 are found, the same classes that add up are silent', () => {
    const wrong = body('基本支出500万元，其中：工资福利支出300万元，商品和服务支出150万元，资本性支出49万元。');
    assert.ok(only(findingsOf(wrong, RULE)).message.zh.includes('= 499 万元'));
    const right = body('基本支出500万元，其中：工资福利支出300万元，商品和服务支出150万元，对个人和家庭的补助50万元。');
    assert.deepEqual(findingsOf(right, RULE), []);
  });

  test('made-up: 基本支出 with 人员经费 and 公用经费 stays budget-total’s, and is not found twice', () => {
    const text = body('基本支出500万元，其中：人员经费400万元，公用经费90万元。');
    assert.deepEqual(findingsOf(text, RULE), []);
    assert.equal(findingsOf(text, 'budget-total').length, 1);
  });
});

describe('stated-total: a part whose number is not read as a figure (session 14, after measuring)', () => {
  // a real text from session 14's measured set (施甸县图书馆 2023, line 9), fixed after measuring: the line is written out
  // here, as measured texts are never read by the tests. 图书资料馆4员人 is a garbled 图书资料馆员4人: its 4 has no counter
  // after it and is no figure, so 1 + 2 is not the sum of the parts (1 + 4 + 2 = 7 holds)
  test('施甸 图书馆 2023: 在职职工7人,其中副研究图书资料馆员1人,图书资料馆4员人,助理馆员2人: silent', () => {
    const line = '3.人员情况:在职职工7人,其中副研究图书资料馆员1人,图书资料馆4员人,助理馆员2人,属于财政全额拨款的事业单位。';
    assert.deepEqual(findingsOf(body(line), RULE), []);
  });

  test('made up: the same shape with every part readable and off by one is still found', () => {
    const text = body('3.人员情况:在职职工8人,其中副研究图书资料馆员1人,图书资料馆员4人,助理馆员2人,属于财政全额拨款的事业单位。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '8人');
    assert.ok(f.message.zh.includes('1 人 + 4 人 + 2 人 = 7 人'), f.message.zh);
  });

  test('made up: a part not read among the parts before 共 leaves the sum unknown too; a readable one is summed', () => {
    assert.deepEqual(findingsOf(body('馆员1人、图书资料馆4员人、助理馆员2人，共7人。'), RULE), []);
    const wrong = body('馆员1人、图书资料馆员4人、助理馆员2人，共8人。');
    assert.ok(only(findingsOf(wrong, RULE)).message.zh.includes('= 7 人'));
  });

  test('made up: a date, an ordinal or a share in a clause of its own is no unread part: the list is still judged', () => {
    const text = body('全年预算资金60万元，其中：中央资金30万元，2023年，省级资金20万元，第2期，市级资金5万元，占10%，县级资金1万元。');
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('= 56 万元'));
  });
});

describe('stated-total: a total with its sources in a bracket right after it, and a part more than its total (session 15)', () => {
  const SLUG = '20xx-不详-某区文化局两馆一站免费开放-专项资金';

  test('两馆一站 (tune corpus, line 11): 202万元(中央和省级补助172万元,本级配套3万元), 20万元(…172万元,…28万元), 5万元(其中…43万元', () => {
    const text = tuneText(SLUG);
    const found = findingsAsReport(text, RULE).filter(
      (f) => tuneLine(SLUG, 11).includes(spanText(text, f)) && !f.message.zh.includes('名称'),
    );
    assert.deepEqual(
      found.map((f) => f.message.zh),
      [
        '合计 202 万元 与其后列出的各部分之和不符：172 万元 + 3 万元 = 175 万元，请核对合计数或各部分',
        '合计 20 万元 与其后列出的各部分之和不符：172 万元 + 28 万元 = 200 万元，请核对合计数或各部分',
        '合计 5 万元 比其中一部分还小：其中「中央和省级补助」43 万元 已超过合计，请核对合计数或该部分（是否漏写了小数点）',
      ],
    );
  });

  test('made up: the sources in a bracket that add up, or a bracket that compares or says what a part holds: silent', () => {
    assert.deepEqual(findingsOf(body('文化馆免费开放资金每年20.2万元(中央和省级补助17.2万元,本级配套3万元)。'), RULE), []);
    assert.deepEqual(findingsOf(body('项目资金100万元(上年中央补助80万元,本级配套10万元),增长10%。'), RULE), []);
    assert.deepEqual(findingsOf(body('项目资金100万元(含中央补助80万元,省级补助10万元)。'), RULE), []);
    // one source in the bracket is no list
    assert.deepEqual(findingsOf(body('项目资金100万元(中央补助80万元)。'), RULE), []);
  });

  test('made up: a bracket of sources that do not add up is flagged like a 其中 list', () => {
    const text = body('项目资金100万元(中央补助80万元,本级配套10万元),已全部拨付。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '100万元');
    assert.ok(f.message.zh.includes('80 万元 + 10 万元 = 90 万元'), f.message.zh);
  });

  test('made up: one part after 其中 more than its total, the list cut or of one part: flagged; not more: silent', () => {
    const f = only(findingsOf(body('每站每年5万元，其中中央补助43万元。'), RULE));
    assert.ok(f.message.zh.includes('43 万元') && f.message.zh.includes('5 万元'), f.message.zh);
    assert.deepEqual(findingsOf(body('每站每年5万元，其中中央补助4.3万元。'), RULE), []);
  });
});

describe('stated-total: a form’s money block flattened one line per row, a total then its 其中 lines (session 15)', () => {
  const SLUG = '2024-重庆-彭水县卫健委计划生育服务转移支付-自评表';

  test('彭水 2024 (tune corpus, line 27): 年度预算资金总额: 321.25 over 166.00 + 136.00 + 20.25 = 322.25; 1084.25 and 763.00 hold', () => {
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '321.25');
    assert.equal(
      f.message.zh,
      '「年度预算资金总额」321.25 万元 与其下“其中”各行之和不符：166.00 + 136.00 + 20.25 = 322.25 万元，请核对合计数或各行',
    );
  });

  test('made up: lines that add up, or a total with no 其中 line below it: silent', () => {
    assert.deepEqual(findingsOf(body('资金总额: 100.00\n其中:中央补助 60.00\n市级资金 40.00'), RULE), []);
    assert.deepEqual(findingsOf(body('资金总额: 100.00\n中央补助 60.00\n市级资金 30.00'), RULE), []);
  });

  test('made up: lines that do not add up are flagged, without a unit when the form names none', () => {
    const text = body('资金总额: 100.00\n其中:中央补助 60.00\n市级资金 30.00\n\n以上资金已全部到位。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '100.00');
    assert.ok(f.message.zh.includes('60.00 + 30.00 = 90.00，'), f.message.zh);
  });
});

describe('stated-total: a count right after a 、 is one more item, not the list’s count (session 15)', () => {
  test('两馆一站 (tune corpus, line 13, a hold): 区文化馆、区图书馆、54个乡镇(街道)综合文化站场馆免费开放…: silent', () => {
    const text = tuneText('20xx-不详-某区文化局两馆一站免费开放-专项资金');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('54个乡镇')),
      [],
    );
  });

  test('made up: the count closing its list still counts it (内设办公室、财务股、人事股4个股室)', () => {
    const text = body('本局内设办公室、财务股、人事股4个股室。');
    assert.ok(only(findingsOf(text, RULE)).message.zh.includes('列出的名称有 3 个'));
  });
});

describe('stated-total: a list its source cut off mid-name is not counted (session 17)', () => {
  test('安宁市场监管局 2023 (tune corpus, line 9, a hold): 派出机构9个,分别为… cut by the excerpt at 安宁市温泉街道市场监: silent', () => {
    const text = tuneText('2023-云南-安宁市市场监管局-部门整体');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('机构9个')),
      [],
    );
  });

  test('平泉检察院 2023 (tune corpus, line 30): a whole last name with no full stop (…政治部、办公室) is still counted', () => {
    const text = tuneText('2023-河北-平泉市人民检察院-部门整体');
    only(findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('8个内设机构')));
  });

  test('made up: a paragraph cut mid-name is silent; the same list whole, with or without its full stop, is counted', () => {
    const list = '本局派出机构5个,分别为甲街道市场监督管理所、乙街道市场监督管理所、丙街道市场监督管理所';
    assert.deepEqual(findingsOf(body(`${list}、丁街道市场监`), RULE), []);
    only(findingsOf(body(`${list}。`), RULE));
    only(findingsOf(body(list), RULE));
    // cut mid-name, but closed by a full stop: the writer's own list, counted
    only(findingsOf(body(`${list}、丁街道市场监。`), RULE));
  });
});

describe('stated-total: a bracket right after a total that names its parts plainly (session 21)', () => {
  test('开远政法委 2024 (tune corpus, line 19): 在职人员18人(公务员12人,机关工人2人,事业人员5人) = 19', () => {
    const SLUG = '2024-云南-开远市委政法委-部门整体';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE).filter((x) => tuneLine(SLUG, 19).includes(spanText(text, x))));
    assert.equal(spanText(text, f), '18人');
    assert.ok(f.message.zh.includes('12 人 + 2 人 + 5 人 = 19 人'), f.message.zh);
  });

  test('阿拉善 2023 (tune corpus, line 19): 中央投入资金279万元(…81万元,…161万元) = 242; 85万元 with its 72元 is money-unit’s', () => {
    const SLUG = '2023-内蒙古-阿拉善盟计划生育项目-转移支付';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '279万元');
    assert.ok(f.message.zh.includes('81 万元 + 161 万元 = 242 万元'), f.message.zh);
  });

  test('made up: staff classes or programmes in a bracket that do not add up are flagged', () => {
    const a = body('本单位在职人员18人（公务员12人，机关工人2人，事业人员5人）。');
    assert.ok(only(findingsOf(a, RULE)).message.zh.includes('= 19 人'));
    const b = body('全年投入资金279万元（奖励扶助资金81万元，特别扶助资金161万元）。');
    assert.equal(spanText(b, only(findingsOf(b, RULE))), '279万元');
  });

  test('made up: brackets that look like it but are no breakdown (they add up, cut across, are rates or some parts): silent', () => {
    for (const t of [
      '本单位在职人员19人（公务员12人，机关工人2人，事业人员5人）。',
      // traits of people cut across their classes: the figures overlap
      '本单位在职人员18人（女性8人，党员12人）。',
      '本单位在职人员18人（35岁以下6人，男性10人）。',
      // where the money came from beside what it is for
      '项目资金100万元（中央补助60万元，用于设备购置50万元）。',
      // some of the parts
      '项目资金100万元（主要为培训费30万元，设备购置费20万元）。',
      '项目资金100万元（培训费30万元，设备购置费20万元等）。',
      // a rate and a count
      '补助资金120万元（每户补助2000元，人均补助500元）。',
      // a comparison
      '本单位在职人员18人（上年在职人员16人，本年新招录2人）。',
      // years: those to come may be left out
      '项目总投资500万元（2022年安排200万元，2023年安排150万元）。',
      '项目总投资500万元（一期工程200万元，二期工程300万元）。',
    ])
      assert.deepEqual(findingsOf(body(t), RULE), [], t);
  });
});

describe('stated-total: people counted by a trait that cuts across their classes (red team, session 21)', () => {
  test('made up: party members, schooling, ranks and leaders named after a staff total, in a 其中 list or a bracket: silent', () => {
    for (const t of [
      '年末在职人员30人，其中党员18人，团员5人。',
      '年末在职人员30人，其中研究生6人，本科20人。',
      '年末在职人员30人，其中处级干部5人，科级干部12人。',
      '年末在职人员30人，其中局领导5人，中层干部10人。',
      '年末在职人员30人（处级领导干部5人，科级干部12人）。',
      '年末在职人员30人（其中处级领导干部5人，科级干部12人）。',
      // silent before (a bracket of towns, of 编制 kinds, an education level in a bracket)
      '全县共有乡镇12个（镇8个，乡3个，民族乡1个）。',
      '核定编制35名（行政编制30名，工勤编制3名），实有人员33人。',
    ])
      assert.deepEqual(findingsOf(body(t), RULE), [], t);
  });

  test('made up: staff classes in a 其中 list that do not add up are still flagged', () => {
    const t = body('年末在职人员30人，其中公务员20人，事业人员8人。');
    assert.ok(only(findingsOf(t, RULE)).message.zh.includes('= 28 人'));
  });

  test('畜牧水产 2016 (tune corpus, line 12): 现有技术员 4人,其中高级职称 1 人,中级职称 5人 — the levels of one scale exceed the people', () => {
    const SLUG = '2016-湖南-XX县畜牧水产局草食动物品种改良-项目支出';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE).filter((x) => tuneLine(SLUG, 12).includes(spanText(text, x))));
    assert.ok(f.message.zh.includes('1 人 + 5 人 = 6 人'), f.message.zh);
    // made up: degrees and ranks above their people too; short of them (some hold none), or levels beside a trait: silent
    for (const t of ['年末在职人员30人，其中研究生16人，本科20人。', '年末在职人员30人，其中处级干部15人，科级干部22人。'])
      assert.equal(findingsOf(body(t), RULE).length, 1, t);
    for (const t of ['现有技术员4人，其中高级职称1人，中级职称2人。', '年末在职人员30人，其中女性研究生16人，本科20人。'])
      assert.deepEqual(findingsOf(body(t), RULE), [], t);
  });
});

describe('stated-total: a list whose last name holds 和, read by how the names end (session 21)', () => {
  test('寻甸人大 2024 (tune corpus, line 33): 内设人大机构8个, nine listed (…人事代表工作委员会和县人大办公室)', () => {
    const SLUG = '2024-云南-寻甸县人大常委会-部门整体';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE).filter((x) => tuneLine(SLUG, 33).includes(spanText(text, x))));
    assert.ok(f.message.zh.includes('列出的名称有 9 个'), f.message.zh);
  });

  test('禄脿 2023 (tune corpus, line 4): 所属事业单位7个, six listed, the last 生态环境和农业农村综合服务中心(加挂…)', () => {
    const SLUG = '2023-云南-安宁市禄脿街道-部门整体';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE).filter((x) => tuneLine(SLUG, 4).includes(spanText(text, x))));
    assert.ok(f.message.zh.includes('7个') && f.message.zh.includes('列出的名称有 6 个'), f.message.zh);
  });

  test('made up: 和 between two names that end alike, or inside a name that ends as none does, counted either way', () => {
    const a = body('本局下设3个科室：办公室、财务科、人事科和信息科。');
    assert.ok(only(findingsOf(a, RULE)).message.zh.includes('列出的名称有 4 个'));
    const b = body('本局下设3个股室：办公室、财务股、粮食和物资监督检查股、法规股。');
    assert.ok(only(findingsOf(b, RULE)).message.zh.includes('列出的名称有 4 个'));
  });

  test('made up: lists with 和 that hold their count, or whose 和 the endings do not decide: silent', () => {
    for (const t of [
      '本局下设3个科室：办公室、财务科和人事科。',
      '本局下设2个股室：办公室、粮食和物资监督检查股。',
      '本局下设3个股室：办公室、财务股、粮食和物资监督检查股。',
      '本局内设4个科室：办公室、人事科、财务科和信息中心。',
      // two joiners in the last name: the words do not tell
      '本局下设3个股室：办公室、财务股、规划和建设及管理股。',
    ])
      assert.deepEqual(findingsOf(body(t), RULE), [], t);
  });
});

describe('stated-total: names joined by 及 after a body’s own ending, and a range of numbered rooms (session 27)', () => {
  test('泸西交警 2024 and 屏边纪委 2023 (tune corpus, holds): 5个部门 with 车辆管理所及指挥中心 last, 第一至第六纪检监察室 in 14', () => {
    for (const slug of ['2024-云南-泸西县公安局交通警察大队-部门整体', '2023-云南-屏边县纪委县监委-项目支出'])
      assert.deepEqual(findingsAsReport(tuneText(slug), RULE), [], slug);
  });

  test('made up: the same lists with a name too few are still told; a 和 inside a name still counts one', () => {
    const a = body('本队内设5个部门，分别是秩序中队、事故中队、车辆管理所及指挥中心。');
    assert.ok(only(findingsOf(a, RULE)).message.zh.includes('列出的名称有 4 个'));
    const b = body('本委设有办公室、组织部、第一至第六纪检监察室10个内设机构。');
    assert.ok(only(findingsOf(b, RULE)).message.zh.includes('列出的名称有 8 个'));
    const c = body('本局下设3个股室：办公室、财务股、粮食和物资监督检查股、法规股。');
    assert.ok(only(findingsOf(c, RULE)).message.zh.includes('列出的名称有 4 个'));
  });
});

describe('stated-total: the 共 of 公共 is no total (session 21)', () => {
  test('桃源交通 2021 (tune corpus, line 63): 决算收入38953.21万元,其中:一般公共预算30942.99万元、… = 31726.69', () => {
    const SLUG = '2021-湖南-桃源县交通运输局-部门整体';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE).filter((x) => tuneLine(SLUG, 63).includes(spanText(text, x))));
    assert.equal(spanText(text, f), '38953.21万元');
    assert.ok(f.message.zh.includes('= 31726.69 万元'), f.message.zh);
  });

  test('made up: parts named 一般公共预算 / 公共卫生 that do not add up are flagged; that add up, or end at 共计, are not', () => {
    const f = only(findingsOf(body('本年决算收入100万元，其中：一般公共预算60万元、政府性基金预算30万元。'), RULE));
    assert.ok(f.message.zh.includes('60 万元 + 30 万元 = 90 万元'), f.message.zh);
    for (const t of [
      '本年决算收入100万元，其中：一般公共预算70万元、政府性基金预算30万元。',
      '下达资金100万元，其中：公共卫生服务资金60万元、公共文化服务资金40万元。',
      '下达资金100万元，其中：公共卫生服务资金60万元，共支出40万元。',
    ])
      assert.deepEqual(findingsOf(body(t), RULE), [], t);
  });

  test('made up: a part named a 使用费 is a fee, not money used: its list is judged; money used after the list is not a part', () => {
    const f = only(findingsOf(body('项目资金50万元，其中：设备购置费30万元、场地使用费10万元。'), RULE));
    assert.ok(f.message.zh.includes('30 万元 + 10 万元 = 40 万元'), f.message.zh);
    assert.deepEqual(findingsOf(body('项目资金50万元，其中：设备购置费30万元、场地使用费20万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('项目资金50万元，其中：设备购置费30万元，已使用10万元。'), RULE), []);
  });
});

test('made up (red team): the rest named with no figure (其余用于…), and people lent (借调) among those in post, are no full list', () => {
  for (const body of [
    '全年资金支出1200万元，其中：用于设备购置450万元，用于人员培训150万元，用于宣传推广100万元，其余用于日常运维。',
    '编制数15人，年末在职人数15人，其中长期借调外单位2人，从乡镇借调至本单位工作4人。',
  ]) {
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-budget': body } }), 'stated-total'), [], body);
  }
  // a list that names no rest is still summed
  const wrong = '全年资金支出1200万元，其中：用于设备购置450万元，用于人员培训150万元，用于宣传推广100万元。';
  assert.equal(findingsOf(cleanReport({ bodies: { 'basic-budget': wrong } }), 'stated-total').length, 1);
});

test('made up (red team, session 22): 其中 naming a few items of a much larger total is no full list; 分别为 or a near sum is', () => {
  const at = (text: string): ReturnType<typeof findingsOf> => findingsOf(cleanReport({ bodies: { 'basic-budget': text } }), RULE);
  for (const text of [
    '全年支出1200万元，其中：培训费30万元、会议费12万元。',
    '本年度项目支出共计860万元，其中：差旅费15.2万元，印刷费8.6万元，维修费20万元。',
    '核定事业编制56名，其中所长1名，副所长3名。',
    '全年支出1200万元。其中：培训费30万元、会议费12万元。',
  ])
    assert.deepEqual(at(text), [], text);
  // close to the whole, a part above it, or 分别为 (each of them): still summed
  for (const text of [
    '下达资金100万元，其中：中央资金60万元、省级资金30万元。',
    '下达资金100万元，其中：中央资金60万元、省级资金50万元。',
    '两个项目资金100万元，分别为30万元、12万元。',
  ])
    assert.equal(at(text).length, 1, text);
});

test("made up (session 22 red team, round 2): a 、 list whose first part carries the clause's lead-in (共有, 已完成) sums from it", () => {
  const at = (text: string): ReturnType<typeof findingsOf> => findingsOf(body(text), RULE);
  for (const text of [
    '全县共有物业小区56个、无物业小区12个、老旧小区30个，共计98个。',
    '本年度已完成村级公路12个、桥梁3个、安防工程5个，合计20个。',
    '财政拨付资金100万元、单位自筹50万元，共计150万元。',
  ])
    assert.deepEqual(at(text), [], text);
  // parts that do not add up are summed from the first, lead-in and all
  const text = body('全县共有物业小区56个、无物业小区12个、老旧小区31个，共计98个。');
  const f = only(findingsOf(text, RULE));
  assert.ok(f.message.zh.includes('56 个 + 12 个 + 31 个 = 99 个'), f.message.zh);
  // a lead-in figure followed by a comma, not 、, is a fact of its own: not summed (共有小区98个，…)
  assert.deepEqual(at('全县共有小区98个，物业小区56个、无物业小区12个、老旧小区30个，合计98个。'), []);
});

test('made up (red team, round 2): a net change broken into flows both ways (增加2人，其中新招录3人、退休1人) is no slip', () => {
  for (const text of [
    '年末实有人员35人，比上年增加2人，其中新招录公务员3人、退休1人。',
    '与上年相比增加2人，其中：调入3人，新录用2人，退休3人。',
    '全年净增市场主体860户，其中新登记1200户、注销340户。',
    '年末实有人员35人，比上年减少3人，其中退休2人、调出2人、新录用1人。',
  ])
    assert.deepEqual(findingsOf(body(text), RULE), [], text);
  // a change whose parts all come in is summed as any other
  assert.equal(findingsOf(body('年末实有人员35人，比上年增加5人，其中新招录公务员3人、调入3人。'), RULE).length, 1);
});

test('made up (red team, round 2): names against counts — 家 with its noun before it, a 、 inside quotation or title marks', () => {
  const one = only(findingsOf(body('所属事业单位4家，分别为县水利工程管理站、县水土保持站、县防汛抗旱服务中心。'), RULE));
  assert.ok(one.message.zh.includes('列出的名称有 3 个'), one.message.zh);
  for (const text of [
    '所属事业单位4家，分别为县水利工程管理站、县水土保持站、县防汛抗旱服务中心、县河道管理所。',
    '下设科室3个，分别为“综合、财务”科、业务科、执法科。',
    '出台制度4项，内设科室3个：办公室、《统计、信息》编辑室、执法科。',
  ])
    assert.deepEqual(findingsOf(body(text), RULE), [], text);
});

test('made up (red team, round 2): parts before 共 with one taken away (调减1个) are signed, not summed plainly', () => {
  assert.deepEqual(findingsOf(body('年初预算项目8个，年中追加3个，调减1个，全年执行项目共10个。'), RULE), []);
  assert.equal(findingsOf(body('年初安排项目8个，年中追加3个，上年结转2个，共计14个。'), RULE).length, 1);
});

describe('stated-total: 其中 lists complete and partial, in new wordings (red team s23, made up)', () => {
  test('made up (red team s23): complete and partial lists, traits, training kinds, posts beside people: silent', () => {
    // 在职在编128人，其中局机关核定编制35人、在编33人 was a false alarm (a unit's approved posts beside its people)
    for (const sentence of [
      '全局共有干部职工56人，其中在编45人、编外聘用11人。',
      '共设内设机构8个，其中：办公室、财务股、人事股等职能股室5个，下属事业单位3个。',
      '全年共召开会议12次，其中党组会议8次。',
      '共有行政村25个、社区3个，共计28个。',
      '全县共建成村级服务站120个，其中：2023年新建20个，改造提升30个。',
      '本单位编制人数35人，实有人数33人，其中行政编制28人、事业编制5人。',
      '年末实有人员56人，较上年增加3人，其中新招录5人、调出2人。',
      '共有在职人员56人，其中男性30人、女性26人；党员40人。',
      '共有在职人员56人，其中：公务员30人，参公管理15人，工勤人员6人，其他5人。',
      '共有在职人员56人，其中处级干部5人，科级干部20人。',
      '下设6个股室和2个二级机构，共8个内设单位。',
      '开展培训12期，培训人数共计600人次，其中农民培训400人次、干部培训150人次、其他50人次。',
      '全年共开展执法检查156次，其中日常检查120次、专项检查30次、联合检查6次，发现问题42个，已整改40个。',
      '全镇共有学校15所，其中中学2所、小学8所、幼儿园5所，在校学生共计6800人。',
      '共有退休人员32人（其中退休干部20人、退休工人12人），遗属补助人员3人。',
      '全年受理案件98件，办结95件，其中调解结案60件、判决结案30件、其他方式结案5件。',
      '完成造林1.2万亩，其中人工造林0.8万亩、封山育林0.4万亩。',
      '资助学生共计1250人次，其中：春季学期620人次，秋季学期630人次。',
      '共有在编人员45人，其中：局领导5人，中层干部12人，一般干部28人；另有编外人员11人。',
      '全年共计发放各类补贴资金4560万元，惠及群众2.3万人，其中城市低保对象3200人、农村低保对象1.8万人、特困人员1800人。',
      '全区现有养老机构12家，床位共计1560张，其中公办机构5家、民办机构7家。',
      '本年度新增就业岗位共计320个，其中公益性岗位120个、企业吸纳200个；帮助困难人员就业85人。',
      '在职职工56人，其中干部40人、工人10人。',
      '在职人员56人，其中干部40人、工人16人；党员30人、本科学历35人。',
      '全年培训600人次，其中党员培训200人次、干部培训150人次。',
      '共有退休人员32人，其中退休干部20人、退休工人12人。',
      '组织干部培训3期，共计180人次，其中处级干部30人次、科级干部150人次。',
      '在职人员56人，其中领导干部8人、一般干部36人、工勤人员12人。',
      '共有职工56人，其中干部40人、工人16人，党员干部30人。',
      '全系统核定编制135人，在职在编128人，其中局机关核定编制35人、在编33人。',
    ]) {
      assert.deepEqual(
        findingsOf(body(sentence), RULE).map((f) => f.message.zh),
        [],
        sentence,
      );
    }
  });

  test('made up (red team s23): lists that do not add up, incl. 退休干部/退休工人 and 干部培训 (were read as traits): found once', () => {
    for (const sentence of [
      '全局共有干部职工56人，其中在编45人、编外聘用13人。',
      '共有行政村25个、社区4个，共计28个。',
      '开展培训12期，培训人数共计600人次，其中农民培训400人次、干部培训150人次、其他60人次。',
      '共有在职人员56人，其中：公务员30人，参公管理15人，工勤人员6人，其他7人。',
      '全镇共有学校15所，其中中学2所、小学8所、幼儿园6所。',
      '全年受理案件98件，其中调解结案60件、判决结案30件、其他方式结案5件。',
      '全区现有养老机构12家，其中公办机构5家、民办机构8家。',
      '共有退休人员32人，其中退休干部20人、退休工人14人。',
      '全年共开展执法检查156次，其中日常检查120次、专项检查30次、联合检查16次。',
    ]) {
      assert.equal(findingsOf(body(sentence), RULE).length, 1, sentence);
    }
  });

  test('made up (red team s23): 干部 and 培训 read past only when the parts exceed the total; a shortfall of a rank list is silent', () => {
    assert.deepEqual(findingsOf(body('在职职工56人，其中处级干部5人、科级干部20人。'), RULE), []);
    assert.deepEqual(findingsOf(body('全年培训600人次，其中党员培训200人次、干部培训150人次。'), RULE), []);
  });
});

describe('stated-total: counts with what they count after the counter, and lists of stages (red team s23, made up)', () => {
  test('made up (red team s23): look-alikes (partial lists, nested levels, 家次, traits with 的, overlapping stages): silent', () => {
    for (const sentence of [
      '项目区涉及5个乡镇14个村，其中云台镇3个村、青龙镇4个村、石门乡2个村、白岩镇3个村、龙洞乡2个村。',
      '全县共有120个行政村，其中贫困村35个、非贫困村85个。',
      '全县共有120个行政村，其中贫困村35个。',
      '全年实施12个项目，其中基建项目9个、产业项目3个。',
      '本次设置15个绩效目标指标，其中一级指标3个，二级指标8个，三级指标15个。',
      '设置33个三级绩效指标，包括23个数量指标、2个质量指标、1个时效指标、1个成本指标、1个经济效益指标、1个社会效益指标、1个生态效益指标、1个可持续影响指标、2个满意度指标。',
      '组织120名志愿者服务群众，其中老年人80名、儿童30名。',
      '全年为1286名残疾人提供康复服务，其中肢体残疾542名、听力言语残疾318名、智力及精神残疾426名。',
      '全年为1286名残疾人提供康复服务，其中新增服务对象320名。',
      '全年为1286名残疾人提供康复服务，其中肢体残疾542名、视力残疾120名。',
      '全年检查企业120家次，其中食品企业60家、药品企业30家。',
      '全年走访慰问困难群众860户次，其中脱贫户320户、低保户280户。',
      '共有12个项目已全部完工，其中3个项目资金执行率100%。',
      '共培训基层干部560人次，其中县级干部60人、乡镇干部300人。',
      '全年培训1200人以上，其中农民800人、干部300人。',
      '帮扶120户脱贫户实现增收，其中户均增收3000元。',
      '组织120名干部开展结对帮扶，其中县级领导15名、科级干部45名。',
      '全县28个派驻机构(其中21个乡镇派出所、7个寺庙派出所)。',
      '涉及4个乡镇、2个街道办事处共计17个行政村，其中贫困村9个。',
      '全年新建12个村级服务站点，其中配备设备的站点8个、配备人员的站点10个。',
      '共覆盖5个乡镇，惠及群众3200人，其中脱贫人口1200人、监测对象300人。',
      '下辖14个村民委员会，其中3个村为省级示范村、5个村为市级示范村。',
      '全院现有30个临床科室，其中国家级重点专科2个、省级重点专科5个。',
      '本年度开展12次专项督查，其中发现问题45个、整改完成40个。',
      '全年共聘用48名乡村医生，其中本科学历6名、大专学历20名、中专学历15名。',
      '全年实施各类项目12个，其中已完工9个、在建2个、未开工1个。',
      '全年实施各类项目12个，其中已完工9个，其余3个正在建设。',
      '全年实施各类项目12个，其中已完工9个，其余项目正在有序推进。',
      '全年实施各类项目12个，其中已完工9个。',
      '全年实施项目12个，其中已开工10个、已完工8个。',
      '全年实施项目12个，其中已完工9个、已验收6个。',
      '全年实施项目12个，其中已完工9个、在建2个，另有1个因规划调整暂缓实施。',
      '全年实施项目12个，其中已完工9个、在建2个等。',
      '全年实施项目12个，其中已完工9个、已投入使用7个。',
      '全年实施项目12个，其中已完成招投标11个、已开工9个。',
      '全年实施项目12个，其中已完工项目9个、在建项目3个。',
      '全年办理信访件86件，其中已办结80件、正在办理6件。',
      '全年实施项目12个，其中已完工9个、在建2个，1个因资金未到位未开工。',
      '全年实施项目12个，其中完工9个，在建3个，已拨付资金800万元。',
      '年初计划实施项目15个，实际实施12个，其中已完工9个、在建3个。',
      '全县共有15所学校，其中完全小学8所、教学点5所、初级中学2所。',
      '办公室下设6个股室，分别为办公室、财务股、人事股、法规股、业务股、执法股。',
      '聘请3名法律顾问，其中1名为专职律师。',
      '完成5个村的道路硬化，其中3个村已验收。',
      '共帮扶32户贫困户，其中因病致贫18户、因学致贫8户、因残致贫6户。',
      '全市45个A级景区，其中5A级2个、4A级15个、3A级28个。',
      '全市45个A级景区，其中4A级以上17个。',
      '全年为1286名残疾人提供康复服务，其中儿童286名、成年人1000名。',
      '组织86名党员干部参加培训，其中处级干部12名、科级干部40名。',
      '全县18个乡镇均已完成，其中9个乡镇提前完成。',
      '共建成12个示范点，其中省级示范点3个、市级示范点5个、县级示范点4个。',
      '下辖5个社区12个行政村，其中城中村3个。',
      '抽查30家单位，其中发现问题的单位12家、已整改的单位10家。',
      '全年共审核12个项目预算，其中核减预算的项目5个，核减资金86万元。',
      '全年实施项目12个，其中已完工9个、在建2个、前期阶段1个。',
      '全年实施项目12个，其中已完工9个、在建3个；已完工项目中，已验收6个。',
      '已完工9个、在建3个，共12个项目。',
      '共实施项目12个，其中已完工的9个，正在实施的3个。',
      '全年为120户困难家庭发放救助金，其中城市低保户40户、农村低保户80户。',
      '全年为120户困难家庭发放救助金36万元，其中城市低保户40户、农村低保户70户。',
      '全县128个村（社区），其中行政村116个、社区12个。',
      '全年新增12个农民专业合作社，其中国家级示范社1个、省级示范社3个。',
      '组织12支医疗队下乡义诊，其中县级医疗队4支、乡镇医疗队8支。',
      '全年共收治1260名住院病人，其中医保患者1180名、自费患者80名。',
      '全年共开展14次联合执法检查，其中食品安全检查8次、药品检查6次。',
      '涉及3个县区28个乡镇，其中甲县12个乡镇、乙县9个乡镇、丙区7个乡镇。',
    ])
      assert.deepEqual(
        findingsOf(body(sentence), RULE).map((f) => f.message.zh),
        [],
        sentence,
      );
  });

  test('made up (red team s23): 14个村，其中…, 1286名残疾人提供康复服务，其中…, 已完工/在建/未开工 that do not add up: found once', () => {
    for (const sentence of [
      '项目区涉及5个乡镇14个村，其中云台镇3个村、青龙镇4个村、石门乡2个村、白岩镇3个村、龙洞乡3个村。',
      '全县共有120个行政村，其中贫困村35个、非贫困村80个。',
      '全年实施12个项目，其中基建项目9个、产业项目2个。',
      '全年为1286名残疾人提供康复服务，其中肢体残疾542名、听力言语残疾318名、智力及精神残疾386名。',
      '本次走访12个乡镇，其中山区乡镇8个、平原乡镇5个。',
      '全院现有30个临床科室，其中内科系统12个、外科系统10个、其他科室10个。',
      '全年实施各类项目12个，其中已完工9个、在建2个。',
      '全年实施各类项目12个，其中已完工9个、在建2个、未开工2个。',
      '全年实施项目15个，其中已竣工10个，正在实施3个。',
      '全年办理信访件86件，其中已办结78件、正在办理6件。',
      '全年实施项目12个，其中已完工项目9个、在建项目2个。',
      '改造提升18所学校，其中小学12所、初中5所。',
      '全年资助家庭经济困难学生1560名，其中学前教育320名、义务教育860名、高中阶段360名。',
      '全县共有15所学校，其中完全小学8所、教学点5所、初级中学3所。',
      '共帮扶32户贫困户，其中因病致贫18户、因学致贫8户、因残致贫8户。',
      '全年实施项目12个，其中已完工9个、在建2个、前期阶段2个。',
      '共实施项目12个，其中已完工的9个，正在实施的2个。',
      '全年共收治1260名住院病人，其中医保患者1160名、自费患者80名。',
      '涉及3个县区28个乡镇，其中甲县12个乡镇、乙县9个乡镇、丙区8个乡镇。',
    ])
      assert.equal(findingsOf(body(sentence), RULE).length, 1, sentence);
    const text = body('项目区涉及5个乡镇14个村，其中云台镇3个村、青龙镇4个村、石门乡2个村、白岩镇3个村、龙洞乡3个村。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '14个');
    assert.ok(f.message.zh.includes('= 15 个'), f.message.zh);
  });

  test('made up (red team s23): left silent — a list after a deed naming none of its words, a bracket after the noun', () => {
    // (the 其中 may break down what the deed was done to; the bracket of 村（社区） is not read)
    for (const sentence of [
      '全年为1286名残疾人提供康复服务，其中儿童286名、成年人1100名。',
      '全县128个村（社区），其中行政村114个、社区12个。',
    ])
      assert.deepEqual(findingsOf(body(sentence), RULE), [], sentence);
  });
});

describe('stated-total: money paid out, broken down in its sentence or the next (red team s23, made up)', () => {
  test('made up (red team s23): 已支出…中 / 到位资金中 / 其中拨付… that add up, name some, overlap or point vaguely (上述): silent', () => {
    for (const sentence of [
      '截至2024年12月31日，已支出935.40万元，资金执行率68.35%。已支出资金中，拨付乡镇卫生院612.30万元、村卫生室288.10万元、县级专业公共卫生机构35.00万元。',
      '已支出935.40万元，其中拨付乡镇卫生院612.30万元、村卫生室288.10万元、县级专业公共卫生机构35.00万元。',
      '全年预算1000万元，已支出800万元。已支出资金中，拨付乡镇卫生院500万元。',
      '下达资金1368.50万元，已支出935.40万元。已支出资金中，用于人员培训120万元、设备购置300万元。',
      '已支出935.40万元。已支出资金中，拨付乡镇卫生院612.30万元，剩余资金按进度拨付。',
      '资金到位1000万元，已支出935.40万元。到位资金中，中央资金800万元、省级资金200万元。',
      '已支出935.40万元，结余64.60万元。结余资金中，拟用于下年度设备采购50万元、其他14.60万元。',
      '项目预算1000万元，已支出600万元，已拨付800万元。已支出资金中，拨付乡镇卫生院300万元、村卫生室300万元。',
      '已拨付资金1000万元，其中已支出800万元、未支出200万元。',
      '已拨付1000万元，其中已支出800万元、已报账600万元。',
      '全年支出1200万元，其中：支付工程款850万元、设备款300万元、监理费50万元。',
      '预算资金1000万元，其中已拨付600万元、已支出300万元。',
      '上年结转50万元，本年到位资金1000万元。上述资金中，中央资金800万元、省级资金100万元。',
      '本年支出1200万元，其中基本支出800万元。支出中，人员经费600万元、公用经费200万元。',
      '全年下达资金1368.50万元，已支出935.40万元。下达资金中，中央补助1026.40万元、省级补助205.30万元、市级补助45.60万元、县级配套91.20万元。',
      '已支出935.40万元，其中拨付乡镇卫生院612.30万元，拨付村卫生室298.10万元，拨付县级机构25.00万元。',
      '全年共发放补贴资金860万元。发放资金中，耕地地力保护补贴600万元、农机购置补贴200万元，其余用于种粮大户奖励。',
      '已支出935.40万元，其中拨付乡镇卫生院612.30万元、村卫生室298.10万元等。',
    ])
      assert.deepEqual(
        findingsOf(body(sentence), RULE).map((f) => f.message.zh),
        [],
        sentence,
      );
  });

  test('made up (red team s23): the same that do not add up: found once, on the amount the name points to', () => {
    for (const sentence of [
      '截至2024年12月31日，已支出935.40万元，资金执行率68.35%。已支出资金中，拨付乡镇卫生院612.30万元、村卫生室298.10万元、县级专业公共卫生机构35.00万元。',
      '已支出935.40万元，其中拨付乡镇卫生院612.30万元、村卫生室298.10万元、县级专业公共卫生机构35.00万元。',
      '资金到位1000万元，已支出935.40万元。到位资金中，中央资金800万元、省级资金150万元。',
      '累计支付工程款2860万元。已支付款项中，施工单位2400万元、监理单位120万元、设计单位80万元。',
      '全年下达资金1368.50万元，已支出935.40万元。下达资金中，中央补助1026.40万元、省级补助215.30万元、市级补助45.60万元、县级配套91.20万元。',
      '全年共发放补贴资金860万元。发放资金中，耕地地力保护补贴600万元、农机购置补贴200万元、种粮大户奖励50万元。',
    ])
      assert.equal(findingsOf(body(sentence), RULE).length, 1, sentence);
    const text = body(
      '截至2024年12月31日，已支出935.40万元，资金执行率68.35%。已支出资金中，拨付乡镇卫生院612.30万元、村卫生室298.10万元、县级专业公共卫生机构35.00万元。',
    );
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '935.40万元');
    assert.ok(f.message.zh.includes('= 945.40 万元'), f.message.zh);
  });
});

describe('stated-total: a count named again with 中 and no mark after it, broken down in the next sentence', () => {
  test('寻甸 2024 (tune corpus): 财政全额供给单位1个, then 财政全额供给单位中行政单位1个;参公单位0个;事业单位1个', () => {
    const slug = '2024-云南-寻甸县委办公室-部门整体';
    const text = tuneText(slug);
    const f = only(findingsAsReport(text, RULE).filter((x) => tuneLine(slug, 32).includes(spanText(text, x))));
    for (const x of ['1 个 + 0 个 + 1 个 = 2 个']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('made up: parts that add up, a name that is no count’s whole label, or 中 inside a word: silent', () => {
    for (const sentence of [
      '我部门预算单位共1个。其中:财政全额供给单位1个;差额供给单位0个。财政全额供给单位中行政单位1个;参公单位0个;事业单位0个。',
      // the name is part of a label, not the whole of it
      '我局下属全额供给单位3个。供给单位中行政单位1个、事业单位1个。',
      // 中 ends the clause's first words, not a name of the sentence before
      '全县共有乡镇卫生院12个。项目实施中新建卫生室3个、改建卫生室2个。',
    ])
      assert.deepEqual(findingsOf(body(sentence), RULE), [], sentence);
    assert.equal(
      findingsOf(
        body('我部门预算单位共2个。其中:财政全额供给单位2个;差额供给单位0个。财政全额供给单位中行政单位1个;参公单位0个;事业单位2个。'),
        RULE,
      ).length,
      1,
    );
  });
});

test('made up (red team s23): 名 counts people as 人 does: a list in 人 of a total in 名 (and the other way) is read', () => {
  for (const sentence of [
    '全年为1286名残疾人提供康复服务，其中肢体残疾542人、听力言语残疾318人、智力及精神残疾426人。',
    '核定编制20名，其中行政编制12名、事业编制8名；实有在职人员19人，其中行政人员11人、事业人员8人。',
    '全年招聘教师45名，其中本科学历30人、研究生15人。',
    '全校共有教职工128人，其中专任教师112名、教辅人员10名、工勤人员6名。',
    '全年评选先进个人20名，共表彰60人次。',
  ])
    assert.deepEqual(findingsOf(body(sentence), RULE), [], sentence);
  const text = body('全年为1286名残疾人提供康复服务，其中肢体残疾542人、听力言语残疾318人、智力及精神残疾386人。');
  const f = only(findingsOf(text, RULE));
  assert.ok(f.message.zh.includes('542 人 + 318 人 + 386 人 = 1246 名'), f.message.zh);
  assert.equal(findingsOf(body('全校共有教职工128人，其中专任教师112名、教辅人员10名、工勤人员8名。'), RULE).length, 1);
});

describe('stated-total: sessions, events and papers counted (期 场 篇), and ordinals (red team s23, made up; blind set 2)', () => {
  const messages = (text: string): string[] => findingsOf(body(text), RULE).map((f) => f.message.zh);

  test('made up (red team s23): 培训32期，其中进机关9期、进学校14期、进社区8期 and its kin (场, 篇, brackets): found once', () => {
    for (const [sentence, sum] of [
      ['全年开展应急救护培训32期，其中进机关9期、进学校14期、进社区8期，培训持证救护员1,126名。', '9 期 + 14 期 + 8 期 = 31 期'],
      ['全年举办各类讲座45场，其中进社区20场、进校园15场、进企业12场。', '20 场 + 15 场 + 12 场 = 47 场'],
      ['全年在各级刊物发表论文12篇，其中核心期刊5篇、省级期刊8篇。', '5 篇 + 8 篇 = 13 篇'],
      ['全年开展业务培训班20期（其中线上8期、线下10期），培训学员860人次。', '8 期 + 10 期 = 18 期'],
      ['全年编发《工作简报》24期，其中信息专报6期、工作动态16期。', '6 期 + 16 期 = 22 期'],
    ]) {
      const [m, ...rest] = messages(sentence as string);
      assert.deepEqual(rest, [], sentence);
      assert.ok(m?.includes(sum as string), `${sentence}: ${m}`);
    }
  });

  test('made up (red team s23): lists that hold, partial or open lists, phases, years, ordinals (第9期、第14期), 场次: silent', () => {
    for (const sentence of [
      '全年开展应急救护培训32期，其中进机关9期、进学校14期、进社区9期，培训持证救护员1,126名。',
      '全年举办培训班12期，其中线上5期、线下7期，培训学员860人次。',
      '项目分3期实施，其中一期工程已于2023年完工。',
      '全年编发工作简报24期，其中信息专报6期。',
      '共举办各类讲座45场，其中进社区20场、进校园15场、进企业10场。',
      '全年发表论文12篇，其中核心期刊5篇、省级期刊7篇。',
      '全年开展培训32期（其中进机关9期、进学校14期、进社区9期）。',
      '全年开展培训32期，其中进机关9期、进学校14期，其余在社区开展。',
      '全年开展培训32期，其中进机关9期、进学校14期等。',
      '全年开展文化惠民演出52场，其中文艺演出30场，放映公益电影22场。',
      '累计举办培训班32期，其中2023年举办14期，2024年举办18期。',
      '累计举办培训班32期，其中2023年举办14期。',
      '全年举办培训班32期，其中第9期、第14期由市红十字会师资授课。',
      '本年度共出版《档案工作》4期，其中第2期为专刊，累计刊发稿件86篇，其中基层来稿52篇。',
      '全年举办培训班6期，每期5天，其中3期在市委党校举办。',
      '全年组织督查6次32场，其中进机关9场、进学校14场、进社区9场。',
      '全年培训32期共1,560人次，其中进机关9期、进学校14期、进社区9期。',
      '全年下达资金3批，其中第1批、第2批已拨付到位。',
    ]) {
      assert.deepEqual(messages(sentence), [], sentence);
    }
  });
});

describe('stated-total: a total in 元 over parts in 万元, and a breakdown cut by the excerpt (session 41, set 25)', () => {
  test('西区卫生监督 2021: 收入296.95元 over parts in 万元 is money-unit’s; 17万元 over a list the excerpt cuts: silent', () => {
    const text = tuneText('2021-四川-西区卫生监督执法大队-部门整体');
    assert.deepEqual(findingsAsReport(text, RULE), []);
    assert.ok(findingsAsReport(text, 'money-unit').some((f) => spanText(text, f).includes('296.95元')));
  });

  test('made up: a breakdown short of its total that stops mid-item is silent, at the text’s end or not; one that ends is found', () => {
    const cut = '项目经费预算安排为17万元,其中:卫生监督专项经费2万元;疫情防控工作经费1万元;基本公共卫生服务专项资金8万元;重大公共卫生';
    const ended = '项目经费预算安排为17万元,其中:卫生监督专项经费2万元;疫情防控工作经费1万元;基本公共卫生服务专项资金8万元。';
    assert.deepEqual(findingsAsReport(`${body('我局负责全县卫生监督工作。')}\n${cut}\n`, RULE), []);
    assert.deepEqual(findingsOf(body(cut), RULE), []);
    assert.equal(findingsOf(body(ended), RULE).length, 1);
    assert.equal(findingsOf(body(`${cut}等经费。`), RULE).length, 1);
  });
});
