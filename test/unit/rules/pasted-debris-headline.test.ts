// pasted-debris, session 14 (after the measured texts were rotated into tune): the page's own headline above its
// publication record, struck with the record when the document's own title follows it or when the page prints the
// headline twice (debris/headline.ts); a scraped list's leftover markup and a page's own source address (furniture.json).
// A record's label is quoted with its value. Real texts are named; made-up ones say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { findingsOf } from '../../helpers.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lines = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const record = (text: string): Finding => debris(text).find((f) => f.message.zh.includes('网页发布信息')) as Finding;
const fixed = (text: string, f: Finding): string => applyEdits(text, f.fix?.edits ?? []);

describe('pasted-debris: the page’s headline above its publication record (session 14)', () => {
  test('岳阳楼 人大办 2016: headline, 来源:楼区财政局   2017-11-23 10:15, then the form’s own title — one block', () => {
    const text = tuneText('2016-湖南-岳阳楼区人大办代表之家-项目支出');
    const f = record(text);
    assert.deepEqual(lines(text, f), [1, 2]);
    assert.ok(f.message.zh.includes('“2016年度区人大代表之家项目支出绩效自评报告”'), f.message.zh);
    assert.ok(fixed(text, f).startsWith('岳阳楼区财政支出项目绩效评价自评报告\n'), fixed(text, f).slice(0, 30));
  });

  test('桃源 公安局 2022: …专项支出绩效自评 above 来源:桃源县公安局 发布时间:…, the title 2022年度桃源县公安局 / …绩效报告 after', () => {
    const text = tuneText('2022-湖南-桃源县公安局特殊人群收治-专项资金');
    const f = record(text);
    assert.deepEqual(lines(text, f), [1, 3]);
    assert.ok(fixed(text, f).startsWith('2022年度桃源县公安局\n'), fixed(text, f).slice(0, 30));
  });

  test('湘西州 民宗局 2018: the headline printed twice, the record, the report’s title on line 13 — lines 1, 3 and 5 struck', () => {
    const text = tuneText('2018-湖南-湘西州民族宗教事务局少数民族工作专项-项目支出');
    const f = record(text);
    assert.deepEqual(lines(text, f), [1, 5]);
    assert.ok(f.message.zh.startsWith('从网页粘贴带入的网页标题、网页发布信息'), f.message.zh);
    assert.ok(!fixed(text, f).includes('少数民族工作专项数据表'), 'both copies of the headline go');
  });

  test('泸溪 林业局 2022: the title printed twice above the record and no other title — the first copy struck, the second kept', () => {
    const text = tuneText('2022-湖南-泸溪县林业局-项目支出');
    const f = record(text);
    assert.deepEqual(lines(text, f), [1, 5]);
    assert.ok(fixed(text, f).startsWith('泸溪县合水油茶产业建设绩效自评报告\n'), fixed(text, f).slice(0, 30));
    assert.ok(!fixed(text, f).includes('来源:泸溪县林业局'), 'the record goes');
  });

  test('明光 2023 and 南昌档案馆 2022: the title after the record repeats the headline (wrapped or split): the headline stays', () => {
    for (const [slug, first] of [
      ['2023-安徽-明光市民政局-转移支付', '明光市2023年度中央集中彩票公益金支持社会福利事业专项资金绩效自评情况'],
      ['2022-江西-南昌市档案馆-部门整体', '南昌市档案馆2022年整体支出绩效自评报告'],
    ] as const) {
      const text = tuneText(slug);
      const f = record(text);
      assert.ok(fixed(text, f).includes(`${first}\n`), slug);
    }
  });

  const RECORD = '来源：某县林业局 发布时间：2023-06-26 09:34';
  const BODY = '一、基本情况\n\n本项目年度预算50万元，全部到位。\n';

  test('made up: a headline, the record, then the report’s own title in other words: one block of two lines', () => {
    const text = `某县林业局2022年森林防火经费绩效自评\n\n${RECORD}\n\n某县财政支出项目绩效评价自评报告\n\n${BODY}`;
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, fs.map((f) => f.message.zh).join('\n'));
    assert.deepEqual(lines(text, fs[0] as Finding), [1, 3]);
  });

  test('made up: the title alone above the record, or repeated after it in part: the record alone', () => {
    for (const text of [
      `某县林业局2022年度项目支出绩效自评报告\n\n${RECORD}\n\n${BODY}`,
      `某县林业局2022年度项目支出绩效自评报告\n\n${RECORD}\n\n2022年度项目支出绩效自评报告\n\n${BODY}`,
    ]) {
      const f = findingsOf(text, RULE).find((x) => x.message.zh.includes('网页发布信息')) as Finding;
      assert.ok(f, text);
      assert.equal(lineAt(text, f.span.start), lineAt(text, text.indexOf(RECORD)), text);
    }
  });

  // 景洪 公安 2018 and 隆阳 河图 2018, whose readers struck the headline with the record (pasted-debris-s30.test.ts)
  test('made up: the copy under the record is the report’s title; the headline goes with the record', () => {
    const title = '某县林业局2022年度项目支出绩效自评报告';
    const text = `${title}\n\n${RECORD}\n\n${title}\n\n${BODY}`;
    const f = findingsOf(text, RULE).find((x) => x.message.zh.includes('网页发布信息')) as Finding;
    assert.equal(lineAt(text, f.span.start), 1);
    assert.ok(fixed(text, f).startsWith(`${title}\n\n${BODY.split('\n')[0]}`), fixed(text, f).slice(0, 60));
  });
});

describe('pasted-debris: leftover list markup and the page’s own source address (session 14)', () => {
  test('兵团 2019 line 1: `1. <rp id="zsypk"></rp>` opens the essay mirror’s block (its headline, 時間 … 我要投稿, 小編)', () => {
    const text = tuneText('2019-新疆-兵团第十四师农业农村局农机购置补贴-转移支付');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    assert.ok(f, 'a block from line 1');
    assert.ok(f.message.zh.includes('网页源码残留') && f.message.zh.includes('<rp'), f.message.zh);
    assert.ok(f.message.zh.includes('我要投稿'), 'the record below is the same block');
  });

  test('琼海 2020 line 22: `本文来源:https://www.dy1993.cn/pGIK.html` after the report, quoted with its address', () => {
    const text = tuneText('2020-海南-琼海市老年人日间照料中心-项目支出');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 22) as Finding;
    assert.ok(f && f.message.zh.includes('“本文来源:https://www.dy1993.cn/pGIK.html”'), f?.message.zh);
  });

  test('made up: an anchor of the writer’s own, a table’s empty cell, a data source citing a site: report text', () => {
    const title = '某县林业局2023年度项目支出绩效自评报告';
    for (const line of [
      '<a id="jixiao"></a>',
      '<span id="s1"></span>',
      '2. <td></td>',
      '数据来源:https://www.stats.gov.cn',
      '本文来源于县林业局年度统计',
    ]) {
      const text = `${title}\n\n一、基本情况\n\n${line}\n\n本项目年度预算50万元，全部到位。\n`;
      assert.deepEqual(
        findingsOf(text, RULE).map((f) => f.message.zh),
        [],
        line,
      );
    }
  });

  test('made up: a numbered empty span, an 原文链接 with its address: debris', () => {
    const title = '某县林业局2023年度项目支出绩效自评报告';
    for (const line of ['3. <span class="x"></span>', '原文链接：https://example.gov.cn/a/1.html']) {
      const text = `${title}\n\n一、基本情况\n\n本项目年度预算50万元，全部到位。\n\n${line}\n`;
      assert.equal(findingsOf(text, RULE).length, 1, line);
    }
  });
});

describe('pasted-debris: a record’s label quoted with its value (session 14)', () => {
  test('泸溪 林业局 2022 line 5: 来源:泸溪县林业局 作者: 发布时间:2022-08-22 — the source and the date with their values', () => {
    const text = tuneText('2022-湖南-泸溪县林业局-项目支出');
    const f = record(text);
    assert.ok(f.message.zh.includes('“来源:泸溪县林业局”') && f.message.zh.includes('“作者:”'), f.message.zh);
    assert.ok(f.message.zh.includes('发布时间:2022-08-22'), f.message.zh);
  });

  test('湘西州 民宗局 2018 line 5: the posting time with its seconds (发布时间:2019-07-12 14:12:11)', () => {
    const text = tuneText('2018-湖南-湘西州民族宗教事务局少数民族工作专项-项目支出');
    assert.ok(record(text).message.zh.includes('发布时间:2019-07-12 14:12:11'), record(text).message.zh);
  });

  test('made up: a label whose value is the next label, or that is followed by nothing, is quoted alone', () => {
    const text = `来源: 作者: 发布时间： 【字体大小：大 中 小】 【打印本页】\n\n某县林业局2023年度项目支出绩效自评报告\n\n一、基本情况\n\n本项目年度预算50万元。\n`;
    const f = findingsOf(text, RULE)[0] as Finding;
    assert.ok(f.message.zh.includes('“来源:”') && !f.message.zh.includes('来源: 作者'), f.message.zh);
  });
});
