import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, exampleNames, findingsOf, readExample, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneScore, tuneText } from './_tune.js';

const RULE = 'broken-date';

/** The clean report with 一（一）'s body replaced by `body` (made-up sentences in the 2023 report's wording). */
const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

describe('broken-date on the field corpus (tuning texts)', () => {
  test('finds the dates that lost 年/月 or a digit, and nothing else', () => {
    // report-date since session 44: a filing date cut after its year (湘西民院 2015's 报告时间:2016年 6)
    const s = tuneScore(RULE, ['chinese-date', 'year', 'numbering', 'report-date']);
    // session 24's rotation (its measured set): 截至20231231日 and 截至202441日 lost 年 and 月, right on reading; its reader
    // left them out, no defect kind fitting a date run together
    assert.deepEqual(s.falseAlarms, [
      '2023-湖南-湖南省应急管理厅安全生产预防及应急专项资金-专项资金:61 [20231231日]',
      '2023-湖南-湖南省应急管理厅安全生产预防及应急专项资金-专项资金:63 [202441日]',
    ]);
    assert.deepEqual(s.onHolds, []);
    assert.ok(s.found.includes('2021-云南-元阳县大坪乡人民政府-项目支出:21 项目建设周期为2021325日至2021418日'), s.found.join('\n'));
    assert.ok(s.found.includes('2022-湖南-文旅专项资金剧目创作-专项资金:1 于202年1月11日全部到位'), s.found.join('\n'));
    // session 29 (set 14 rotated into tune): 禄丰 2013's 20122013年, two years run together
    assert.ok(s.found.includes('2013-云南-禄丰县仁兴镇小学营养改善计划-专项资金:14 20122013年'), s.found.join('\n'));
    // session 30 (set 15 rotated into tune): 湖北 水利厅 2013's cover, 项目名称:201年度…, a year of three digits before 年度
    assert.ok(
      s.found.includes('2013-湖北-省水利厅小型农田水利设施建设项目-项目支出:10 201年度小型农田水利设施建设项目'),
      s.found.join('\n'),
    );
  });

  test('禄丰 2013: 现将我校20122013年实施… — two years run into one figure, the span said, no fix', () => {
    const text = tuneText('2013-云南-禄丰县仁兴镇小学营养改善计划-专项资金');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '20122013');
    assert.ok(f);
    assert.ok(f.message.zh.includes('应为「2012—2013年」'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  test('made up: two years a span apart run together are told; a year written twice, years far apart or a code are left', () => {
    const said = (body: string): string[] => findingsOf(withBody(body), RULE).map((f) => f.message.zh);
    assert.equal(said('按照20212025年发展规划实施。').length, 1);
    assert.equal(said('完成了20232024学年的资助工作。').length, 1);
    assert.deepEqual(said('收入20192019年度持平。'), []);
    assert.deepEqual(said('对照19902020年数据。'), []);
    assert.deepEqual(said('2021年至2025年发展规划已印发。'), []);
  });

  test('元阳 2021: 2021325日 and 2021418日, each with the one date its figures can be', () => {
    const text = tuneText('2021-云南-元阳县大坪乡人民政府-项目支出');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['2021325日', '2021418日'],
    );
    assert.equal(fs[0]?.severity, 'warning');
    assert.ok(fs[0]?.message.zh.includes('可能是「2021年3月25日」'), fs[0]?.message.zh);
    assert.equal(fs[0]?.fix, undefined);
  });

  test('文旅剧目 2022: 于202年1月11日 — a year of three digits', () => {
    const text = tuneText('2022-湖南-文旅专项资金剧目创作-专项资金');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['202年'],
    );
    assert.ok(fs[0]?.message.zh.includes('3 位数字'), fs[0]?.message.zh);
  });

  test('figures that allow two dates name none (made up: 2021111日 is 1月11日 or 11月1日)', () => {
    const text = withBody('项目于2021111日开工。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['2021111日'],
    );
    assert.ok(!fs[0]?.message.zh.includes('可能是'), fs[0]?.message.zh);
  });
});

describe('broken-date: a date whose 年, 月 (and 日) were all lost (session 15)', () => {
  for (const [slug, shown, want] of [
    // a 自评表's 上报时间 with no mark at all
    ['2016-海南-海口市档案局档案征集编研-项目支出', '2017915', '2017年9月15日'],
    ['2020-海南-海南省高级人民法院综合事务-项目支出', '2021726', '2021年7月26日'],
  ] as const) {
    test(`${slug}: 上报时间:${shown} → ${want}`, () => {
      const text = tuneText(slug);
      const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === shown);
      assert.ok(
        f,
        findingsAsReport(text, RULE)
          .map((x) => spanText(text, x))
          .join(', '),
      );
      assert.ok(f.message.zh.includes(`可能是「${want}」`) && f.message.zh.includes('“年”“月”“日”'), f.message.zh);
    });
  }

  test('漳平 2017 line 7: 根据20111026日市政府 and 201431日起, each with its one date', () => {
    const text = tuneText('2017-福建-漳平市城市执法局道路清扫保洁-项目支出');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => [spanText(text, f), /可能是「([^」]+)」/.exec(f.message.zh)?.[1]]),
      [
        ['20111026日', '2011年10月26日'],
        ['201431日', '2014年3月1日'],
      ],
    );
  });

  // made up, in report wording
  test('made up: 填报日期：2024731 and 自2023115起 (1月15日 or 11月5日: no date named)', () => {
    const text = withBody('填报日期：2024731。自2023115起实施。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['2024731', '2023115'],
    );
    assert.ok(fs[0]?.message.zh.includes('可能是「2024年7月31日」'), fs[0]?.message.zh);
    assert.ok(!fs[1]?.message.zh.includes('可能是'), fs[1]?.message.zh);
  });

  for (const body of [
    '上报时间：20210726。',
    '于2017915元的合同签订后开工。',
    '根据2023123号文件执行。',
    '时间2021999次，从2020000起算。',
    '根据2024年7月31日的通知，于2024年8月1日起实施。',
  ])
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
});

describe('broken-date: what is right as written', () => {
  test('the examples have none', () => {
    for (const name of exampleNames()) assert.deepEqual(findingsOf(readExample(name), RULE), [], name);
  });

  // made up, in report wording: whole dates, a 文号's year, amounts and counts before 日 or 年
  for (const body of [
    '项目于2021年3月25日开工，2021年12月31日完工，合同编号2021325。',
    '全年接待群众12000人日，安全运行20000日，累计2021999日次，历时202年的古建筑得到修缮。',
    '根据湛财绩〔2024〕5号要求，于 2024 年 7 月 31 日前报送。',
    // a flood standard's years before 一遇, never 年度 (session 30)
    '堤防按200年一遇防洪标准建设，排涝按20年一遇标准建设。',
  ])
    test(body, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
});

describe('broken-date: a letter O for 〇 in a year of Chinese numerals (rotated into tune in session 11)', () => {
  test('江西省体育局 2021: 二O二二年三月 → 二〇二二年', () => {
    const text = tuneText('2021-江西-江西省体育局-转移支付');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['二O二二'],
    );
    assert.ok(fs[0]?.message.zh.includes('应为「二〇二二年」'), fs[0]?.message.zh);
    // the safe fix writes 〇 for the O and touches nothing else
    const fixed = applyFix(text, fs[0] as Finding);
    assert.equal(fixed, text.replace('二O二二年', '二〇二二年'));
    assert.equal(fs[0]?.fix?.safe, true);
    assert.deepEqual(
      fs[0]?.fix?.edits.map((e) => [text.slice(e.start, e.end), e.newText]),
      [['O', '〇']],
    );
  });

  test('made up: two wrong zeros, one of them a digit, each its own one-character edit', () => {
    const text = withBody('落款：二0二O年一月');
    const f = findingsOf(text, RULE)[0] as Finding;
    assert.deepEqual(
      f.fix?.edits.map((e) => [text.slice(e.start, e.end), e.newText]),
      [
        ['0', '〇'],
        ['O', '〇'],
      ],
    );
    assert.ok(applyFix(text, f).includes('落款：二〇二〇年一月'));
  });

  // made up: a full-width Ｏ, a digit 0, a small o; right: 〇, the circle ○ typed for it, a code and an English word
  for (const [body, shown] of [
    ['二Ｏ二三年十二月三十一日', '二Ｏ二三'],
    ['落款：二0二四年一月', '二0二四'],
    ['一九九o年建成', '一九九o'],
  ] as const) {
    test(`made up: ${body}`, () => {
      const text = withBody(body);
      assert.deepEqual(
        findingsOf(text, RULE).map((f) => spanText(text, f)),
        [shown],
      );
    });
  }
  for (const body of ['二〇二三年十二月三十一日', '二○一一年五月', '编号2O22年度OA系统升级', '二OO年']) {
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('broken-date: a date alone on its line that lost 年, 月 and 日 (rotated into tune in session 12)', () => {
  test('衡阳公安 2020: 2021  4 25 under the title → 2021年4月25日, said, no fix', () => {
    const text = tuneText('2020-湖南-衡阳市公安局-部门整体');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '2021  4 25') as Finding;
    assert.ok(f.message.zh.includes('应为「2021年4月25日」'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  // made up: the date alone in its paragraph; right: a table's rows of figures, a date with its marks, a sentence
  test('made up: alone it is flagged; rows of a table, a date with its marks and figures in a sentence are not', () => {
    const alone = `${cleanReport().trimEnd()}\n\n2023 12 31\n`;
    assert.deepEqual(
      findingsOf(alone, RULE).map((f) => spanText(alone, f)),
      ['2023 12 31'],
    );
    for (const body of ['2021 4 25\n2022 5 30\n2023 6 12', '2023年12月31日', '全年完成2023 12 31项。', '2023 13 5'])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('broken-date: a list marker glued before the date; a filing date with no 日 (session 21)', () => {
  test('同德镇 2021 (tuning text), line 31: `220211231日之前` is item 2’s 20211231日', () => {
    const text = tuneText('2021-四川-同德镇临时救助-项目支出');
    const fs = findingsAsReport(text, RULE).filter((f) => text.slice(0, f.span.start).split('\n').length === 31);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['20211231日'],
    );
  });

  test('惠州 交通 2021 (tuning text): `填报日期:2022 年 5 月 20 一、` lacks its 日; 广水 交通 2021’s 日 was moved, not lost', () => {
    const text = tuneText('2021-广东-惠州市交通运输局-部门整体');
    const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('缺了“日”'));
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['2022 年 5 月 20'],
    );
    assert.ok(fs[0]?.message.zh.includes('「2022年5月20日」'), fs[0]?.message.zh);
    const moved = tuneText('2021-湖北-广水市交通运输局乡村道路-自评表');
    assert.deepEqual(
      findingsAsReport(moved, RULE).filter((f) => f.message.zh.includes('缺了“日”')),
      [],
    );
  });

  test('made up: a whole filing date, a 号, and a marker of two digits or one inside a line are not read', () => {
    const noDay = (t: string) => findingsOf(withBody(t), RULE);
    assert.equal(noDay('填报日期:2024年3月5\n\n一、部门基本情况').length, 1);
    assert.deepEqual(noDay('填报日期:2024年3月5日。'), []);
    assert.deepEqual(noDay('填报日期:2024年3月5号。'), []);
    assert.deepEqual(noDay('填报日期:2024 年 3 月 5  日。'), []);
    assert.deepEqual(noDay('共发放320211231日元。'), []);
    assert.deepEqual(noDay('1220211231日之前完成。'), []);
  });
});

describe('broken-date: a year of three digits before 年度 (session 30)', () => {
  test('made up: 201年度 and 202年度 are told with their digits; no fix', () => {
    const text = withBody('项目名称：201年度小型农田水利设施建设项目，延续至202年度实施。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['201年', '202年'],
    );
    assert.ok(fs[0]?.message.zh.includes('有 3 位数字'), fs[0]?.message.zh);
    assert.equal(fs[0]?.fix, undefined);
  });
});

describe('broken-date: a span of years that runs backwards (session 30)', () => {
  test('湖南 扶贫办 2016 (tuning text): 《中国农村扶贫开发纲要(2011—2010年)》 and the province’s, both on line 13; no fix', () => {
    const text = tuneText('2016-湖南-湖南省扶贫办财政专项扶贫资金-专项资金');
    const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '2011—2010年');
    assert.equal(fs.length, 2);
    assert.ok(fs[0]?.message.zh.includes('终止年 2010 早于起始年 2011'), fs[0]?.message.zh);
    assert.equal(fs[0]?.fix, undefined);
  });

  test('made up: 2021-2020年 and 2023至2022年 are found; spans that run forward are left', () => {
    const text = withBody('规划期为2021-2020年，资金安排至2023至2022年。上一轮规划为2016—2020年，本轮为2021～2025年。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => spanText(text, f)),
      ['2021-2020年', '2023至2022年'],
    );
  });
});
