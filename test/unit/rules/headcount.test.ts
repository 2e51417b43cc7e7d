import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf, only, readExample, spanText } from '../../helpers.js';
import { findingsAsReport, tuneLine, tuneText } from './_tune.js';
import { cleanReport } from './_report.js';

const RULE = 'headcount';
const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });

describe('headcount: people in post above the approved posts', () => {
  test('共有编制人数54人,实际在职人数56人 (made up from 南县 2020)', () => {
    const text = body('2020年县发改局共有编制人数54人,实际在职人数56人,退休人数75人。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '56人');
    assert.ok(f.message.zh.includes('56 人') && f.message.zh.includes('54') && f.message.zh.includes('超出 2 人'), f.message.zh);
  });

  test('several posts without a total are added up (made up from 阿坝 2021)', () => {
    const text = body('我局由县编办核定政法专项编制247人、行政工勤编制15人。截至2023年末在职270人,其中:政法专项250人、工勤20人。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.includes('共 262 人') && f.message.zh.includes('超出 8 人'), f.message.zh);
  });

  test('made up (from 炎陵 2019): a 实有 total whose 其中 lists the retired is held against the posts by its 在职 part', () => {
    assert.deepEqual(findingsOf(body('人员编制144人,年末实有266人,其中在职人员143人,离休1人,退休122人。'), RULE), []);
    const text = body('人员编制144人,年末实有266人,其中在职人员150人,离休1人,退休115人。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '150人');
    // a total with no retired in it stays the people in post
    // (编外聘用 people are off the posts, a reason: the red team's look-alike below; 病休 people hold theirs)
    only(findingsOf(body('人员编制144人,年末实有150人,其中在职人员140人,长期病休10人。'), RULE));
  });

  test('a reason given in the paragraph: silent', () => {
    assert.deepEqual(findingsOf(body('我局核定编制20人,实有人数22人,超编2人系机构改革划转人员,正在逐步消化。'), RULE), []);
  });
});

describe('headcount: the people of one class against that class’s posts', () => {
  test('北塔团委 2021 (tune corpus, line 2): 行政编制 1 个 … 实有行政编制人员 3 人, with 其中挂职 0 人 no reason', () => {
    const slug = '2021-湖南-北塔区团委-部门整体';
    const text = tuneText(slug);
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '3 人');
    assert.equal(f.message.zh, '实有行政编制人员3 人超过本单位行政编制1 个，超出 2 人：请核对人数，或说明超编原因');
  });

  test('德钦人大 2021 (tune corpus, line 2): 行政编制20人 … 在职在编实有行政人员26人, a form whose heading says 原因 before them', () => {
    const text = tuneText('2021-云南-德钦县人大常委会-部门整体');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '26人');
    assert.ok(f.message.zh.includes('20 人') && f.message.zh.includes('超出 6 人'), f.message.zh);
  });

  test('made up: 行政编制10人,事业编制5人,实有行政人员12人,事业人员2人 → 12 > 10; within each class, or with a reason: silent', () => {
    const text = body('本单位行政编制10人,事业编制5人,实有行政人员12人,实有事业人员2人。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '12人');
    assert.deepEqual(findingsOf(body('本单位行政编制10人,事业编制5人,实有行政人员9人,实有事业人员5人。'), RULE), []);
    assert.deepEqual(findingsOf(body('本单位行政编制10人,实有行政人员12人,其中借调2人。'), RULE), []);
    // 工勤 and 参公 posts are counted inside the class, never held alone
    assert.deepEqual(findingsOf(body('行政编制10人(含行政工勤编制1人),实有行政人员10人(含行政工勤人员3人)。'), RULE), []);
  });

  test('三亚住建 2019 (tune corpus, line 22): 行政编制37名, 在编在岗67名 其中行政人员60人,工勤人员7人 — the 行政 people above the 行政 posts', () => {
    const slug = '2019-海南-三亚市住建局垃圾处理政府补贴-项目支出';
    const text = tuneText(slug);
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '60人');
    assert.ok(tuneLine(slug, 22).includes('其中行政人员60人'));
    for (const x of ['行政人员60 人', '行政编制37 人', '超出 23 人']) assert.ok(f.message.zh.includes(x), f.message.zh);
    // made up: the 行政 people within the 行政 posts, the rest 工勤 whose posts are not stated: silent
    assert.deepEqual(findingsOf(body('单位人员行政编制37名,实有在编在岗人员67名,其中行政人员35人,工勤人员32人。'), RULE), []);
  });
});

describe('headcount: the posts the people in post’s own sentence states', () => {
  test('江永巡察办 2023 (tune corpus, line 10, a hold): 核定编制8名 of the office in line 8, 行政编制20名 with the 21 in post', () => {
    assert.deepEqual(findingsAsReport(tuneText('2023-湖南-江永县委巡察办-部门整体'), RULE), []);
  });

  test('made up: an earlier sentence’s 编制 of a part, the staff’s own sentence states the whole — silent; above it, flagged', () => {
    const part = '本办核定编制8名;设立4个工作组,每个工作组核定编制3名。';
    assert.deepEqual(findingsOf(body(`${part}单位现有行政编制20名,事业编制4名,年底实有在职人员21人。`), RULE), []);
    const f = only(findingsOf(body(`${part}单位现有行政编制20名,事业编制4名,年底实有在职人员26人。`), RULE));
    assert.ok(f.message.zh.includes('共 24 人') && f.message.zh.includes('超出 2 人'), f.message.zh);
    // the staff's sentence states no posts: the paragraph's first still count
    only(findingsOf(body('本单位核定编制20名。年底实有在职人员26人。'), RULE));
  });

  test('made up: a 其中 after the people in post breaks them down, never a post to add', () => {
    const f = only(findingsOf(body('本单位行政编制20名,年底实有在职人员24人,其中行政编制18人,事业人员6人。'), RULE));
    assert.ok(f.message.zh.includes('共 20 人') && f.message.zh.includes('超出 4 人'), f.message.zh);
    // a 其中 of the posts before the people in post is still read (西藏残联 2020: 编制总数共计29人(其中行政编制21人、机关事业编制8人))
    assert.deepEqual(findingsOf(body('核定编制总数共计29人(其中行政编制21人、机关事业编制8人)。实有人数22人。'), RULE), []);
  });
});

describe('headcount: silent on the tune corpus holds', () => {
  for (const [slug, line] of [
    ['2020-湖南-南县发展和改革局-部门整体', 14],
    ['2021-广东-茂名市发展和改革局-部门整体', 2],
    ['2018-湖南-南县住房和城乡建设局-部门整体', 18],
    ['2021-四川-阿坝县公安局-部门整体', 84],
    // session 28: the one finding on a holding fact of the tune texts since session 26 (both readings below)
    ['2024-云南-红河州第二人民医院-部门整体', 26],
  ] as const) {
    test(`${slug}:${line}`, () => {
      assert.deepEqual(
        findingsOf(body(tuneLine(slug, line)), RULE).map((f) => f.message.zh),
        [],
      );
    });
  }

  test('the examples', () => {
    for (const name of ['2019-湛江市科技局-整体绩效自评报告-修正稿.md', '2023-湛江市科学技术局-整体绩效自评报告.md']) {
      assert.deepEqual(findingsOf(readExample(name), RULE), []);
    }
  });
});

describe('headcount: a form’s cells (岳阳’s fixed form, a 基础数据表 row)', () => {
  const YUEYANG = '2018-湖南-岳阳市城市管理监督指挥中心-部门整体';

  test('岳阳 2018 (tune corpus): `人员编制` / `21` / `实有人数` / `21`, each its own paragraph, holds', () => {
    assert.deepEqual(findingsAsReport(tuneText(YUEYANG), RULE), []);
  });

  test('the same form with 23 in post (made up: 21 changed to 23)', () => {
    const text = tuneText(YUEYANG).replace('实有人数\n\n21', '实有人数\n\n23');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '23');
    assert.equal(f.message.zh, '实有人数 23 人超过人员编制 21 人（控制率 109.52%），超出 2 人：请核对人数，或说明超编原因');
  });

  test('a 基础数据表 row under `| 编制数 | 实际在职人数 | 控制率 |` (made up; the Hunan columns of DOMAIN-TABLES §1c)', () => {
    const table = '| 编制数 | 实际在职人数 | 控制率 |\n|---|---|---|\n| 15 | 18 | 120% |';
    const text = body(table);
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '18');
    assert.ok(f.message.zh.includes('超出 3 人'), f.message.zh);
    assert.deepEqual(findingsOf(body(table.replace('| 15 | 18 |', '| 18 | 18 |')), RULE), []);
    assert.deepEqual(findingsOf(body(`${table}\n\n超编 3 人系机构改革划转人员，正在逐步消化。`), RULE), []);
  });

  test('岳阳楼区 2021 (tune corpus): the cells keep their bars (`人员编制 |` / `36 |` / `实有人数 |` / `38 |`): 38 > 36 flagged', () => {
    const text = tuneText('2021-湖南-岳阳楼区人民政府办公室-部门整体');
    assert.ok(text.includes('人员编制 |\n36 |\n实有人数 |\n38 |'));
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '38');
    assert.ok(f.message.zh.includes('超出 2 人'), f.message.zh);
  });

  test('衡山 贯塘乡 2023 (tune corpus): the 基础数据表 flattened one cell per paragraph, headers then values: 50 > 46', () => {
    const text = tuneText('2023-湖南-衡山县贯塘乡人民政府-部门整体');
    assert.ok(text.includes('编制数\n\n2023 年实际在职人数\n\n控制率\n\n46\n\n50\n\n108.70%'));
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '50');
    assert.ok(f.message.zh.includes('编制数 46 人') && f.message.zh.includes('108.70%'), f.message.zh);
    // the same table with 46 in post (made up): holds
    assert.deepEqual(findingsAsReport(text.replace('46\n\n50\n\n108.70%', '46\n\n46\n\n100%'), RULE), []);
  });

  test('岳阳楼区 2023 (tune corpus): the same form in traditional script with glued pinyin (編制數(shù)), its 控制率 left empty: 16 > 11', () => {
    const text = tuneText('2023-湖南-岳阳楼区文化旅游广电体育局-自评表');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '16');
    assert.equal(tuneLine('2023-湖南-岳阳楼区文化旅游广电体育局-自评表', 22), '16');
    assert.ok(f.message.zh.includes('11 人') && f.message.zh.includes('145.45%'), f.message.zh);
  });

  test('the values short of a cell other than the last are not read (made up, after 衡山 贯塘乡)', () => {
    const form = (values: string): string => body(['编制数', '实际在职人数', '控制率', values, '经费控制情况'].join('\n\n'));
    assert.equal(findingsOf(form('46\n\n50'), RULE).length, 1);
    assert.deepEqual(findingsOf(form('46'), RULE), []);
    assert.deepEqual(findingsOf(form('46\n\n108.70%'), RULE), []);
  });

  test('寻甸 2023 (tune corpus): 编制 39 + 5 and 在职实有 32 in the next paragraph: silent', () => {
    assert.deepEqual(findingsAsReport(tuneText('2023-云南-寻甸县委办公室-部门整体'), RULE), []);
  });
});

describe('headcount: a reason given for a fall is no reason for people above the posts (session 21)', () => {
  test('寻甸人大 2024 (tune corpus, line 34): 核定编制38人 … 在职在编实有行政人员48人, 与上年相比减少2人,原因是本年退休3人', () => {
    const SLUG = '2024-云南-寻甸县人大常委会-部门整体';
    const text = tuneText(SLUG);
    const f = only(findingsAsReport(text, RULE));
    assert.ok(tuneLine(SLUG, 34).includes(spanText(text, f)));
    assert.ok(f.message.zh.includes('48') && f.message.zh.includes('38') && f.message.zh.includes('超出 10 人'), f.message.zh);
  });

  test('made up: the reason of a fall beside 48 in post of 38 posts is flagged', () => {
    const text = body('核定编制38人，其中：行政编制38人。年末实有人员48人，与上年相比减少2人，原因是本年退休3人、调出1人。');
    assert.equal(spanText(text, only(findingsOf(text, RULE))), '48人');
  });

  test('made up: a reason of a rise, one that names the excess, or one in a sentence of its own: silent', () => {
    const posts = '核定编制38人，其中：行政编制38人。年末实有人员48人，';
    for (const t of [
      '与上年相比增加10人，原因是机构改革划入人员。',
      '与上年相比减少2人，原因是消化超编人员。',
      '较上年减少2人。超编原因是机构改革人员划转。',
      '较上年减少2人。原因是机构改革后人员尚未分流。',
      '超编10人，原因是机构改革。',
    ])
      assert.deepEqual(findingsOf(body(posts + t), RULE), [], t);
  });
});

test('made up (red team): people in post above the posts, those above named as off the posts (编外聘用): no 超编', () => {
  const body = '本单位核定编制35人，其中行政编制25人，事业编制10人。年末实有人员38人，其中在职在编33人，编外聘用5人；退休人员12人。';
  assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-budget': body } }), 'headcount'), []);
  const none = '本单位核定编制35人，其中行政编制25人，事业编制10人。年末实有人员38人，退休人员12人。';
  assert.equal(findingsOf(cleanReport({ bodies: { 'basic-budget': none } }), 'headcount').length, 1);
});

test('made up (red team, round 2): every item of a 其中 list after the people in post is a part of them, not a post', () => {
  assert.deepEqual(findingsOf(body('全局实有在职人员56人，其中机关编制15人，下属单位编制41人。'), RULE), []);
  // posts stated after the list's ； are posts again
  const text = body('全局实有在职人员56人，其中机关编制15人，下属单位编制41人；核定编制50名。');
  assert.ok(only(findingsOf(text, RULE)).message.zh.includes('超出 6 人'));
});

describe('headcount: 在职在编 / 在编在岗 above the posts (red team s23, made up)', () => {
  test('made up (red team s23): 在职在编 / 在编在岗 above the 编制 with no reason: found', () => {
    for (const sentence of ['编制数35人，年末在编在岗38人。', '核定编制35名，在职在编38名，退休12名。']) {
      assert.ok(only(findingsOf(body(sentence), RULE)).message.zh.includes('超出 3 人'), sentence);
    }
  });

  test('made up (red team s23): 在职在编 within the posts, explained, posts of parts, 工勤 beyond one class’s posts: silent', () => {
    for (const sentence of [
      '核定编制35人，实有在编人员33人，编外聘用人员8人。',
      '核定行政编制20人、事业编制15人，实有人员41人，其中在编33人、编外8人。',
      '编制35人，在职在编33人，退休12人。',
      '核定编制35名，年末在职在编人员35名，超编0人。',
      '编制35人，实有在职人员38人，其中在编35人、公益性岗位3人。',
      '本单位核定编制35人，实有38人，其中在编35人、借调3人。',
      '核定编制35人（其中行政编制20人、事业编制15人），在职在编32人、聘用人员6人。',
      '核定编制35人，实有在职人员33人，离退休人员38人。',
      '机关行政编制35人，实有35人；下属事业单位编制20人，在职在编22人（含上级统一调配2人，已报编办备案）。',
      '核定编制35人，在职在编33人，其中在编在岗30人、借调外单位3人；另有劳务派遣人员10人。',
      '核定编制35人，在职在编33人。',
      '核定行政编制20人，事业编制15人，在职在编35人。',
      '核定编制35名，其中行政编制20名、事业编制15名；在职在编35名。',
      '机关核定行政编制20名，在职在编22名，其中借调2名。',
      '核定编制35人，在职在编38人，超编3人系机构改革划转人员，正在逐步消化。',
      '局机关行政编制20名，下属事业单位编制18名，在职在编36名。',
      '核定事业编制14名，在职在编人员19人（其中公务员14人，工勤人员5人）。',
      '核定编制35人，退休人员40人，在职在编33人。',
      '编制35人，在职在编33人，在编在岗31人，2人长期病休。',
      '全系统核定编制135人，在职在编128人，其中局机关核定编制35人、在编33人。',
      '核定编制35人，在职在编35人，编制使用率100%。',
      '核定编制35人（含工勤编制3人），在职在编35人。',
      '年末实有人员41人，其中在职在编33人、编外聘用8人，核定编制35人。',
      '核定行政编制12名、事业编制8名、工勤编制2名，在职在编21名，退休9名。',
      '本单位核定编制35人，在职在编在岗32人，长期病假1人。',
      '核定编制35名，在职在编人员33名，其中在编在岗30名、借调外单位3名。',
    ]) {
      assert.deepEqual(
        findingsOf(body(sentence), RULE).map((f) => f.message.zh),
        [],
        sentence,
      );
    }
  });

  test('保山地震局 2021 (tune corpus): 实有在职在编人员19人(公务员14人,工勤人员5人) against 核定事业编制14 名: silent', () => {
    assert.deepEqual(findingsAsReport(tuneText('2021-云南-保山市地震局-部门整体'), RULE), []);
  });
});

test('session 28 (红河州第二人民医院 2024): posts broken down by 其中 are not added again; people paid from the unit’s own funds', () => {
  // made up: the 其中 posts are parts of the 编制 before them — 30 in post of 32 posts is within them
  assert.deepEqual(findingsOf(body('人员编制32人，其中行政编制20人，事业编制12人。年末在职人员30人。'), RULE), []);
  // made up: with 34 in post, the finding says 32 posts, not 64
  const over = only(findingsOf(body('人员编制32人，其中行政编制20人，事业编制12人。年末在职人员34人。'), RULE)).message.zh;
  assert.ok(over.includes('超出 2 人'), over);
  // made up: a hospital's staff paid from its own funds explain the people above the posts; none named, flagged
  assert.deepEqual(
    findingsOf(body('在职人员编制320人，其中事业编制320人。在职实有906人，其中：财政差额补助298人，单位资金保障608人。'), RULE),
    [],
  );
  assert.equal(findingsOf(body('在职人员编制320人，其中事业编制320人。在职实有906人。'), RULE).length, 1);
});
