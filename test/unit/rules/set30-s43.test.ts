// Session 43, set 30 rotated into tune: each mend on its real text and on a made-up pair (marked so), one rule at a time.
// - typo: ○ (a circle) for 〇 where the title writes 〇 in the same word (长春 一五〇中学), and new list entries;
// - broken-date: a list's number run into the year that opens its item (芜湖 2020: 12018年…, 22018年…);
// - heading-numbering: `⑥=⑤/④` under a form's column heading is a formula, not an item (宁德 党史方志 2018);
// - unbalanced-bracket: a closing 》 after a mirror's garbled characters, its opening lost with them (桃江 广电 20xx);
// - spending-over-budget: money released (下达…资金) is the budget its 支出 is held to, read through glued pinyin (桃江);
// - doc-number: a blank year (【20_】) is a placeholder, read between brackets (某中医院 20xx);
// - pasted-debris: HTML meta tags printed as text (宁德), an essay site's 【优秀15篇】 (亳州), a portal's 登录| 注册 (长春);
// - leftover-instruction: the uploader's placeholder in a file's name on a sharing site's line (某中医院's .doc_第1页).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';
import { scanNumbers } from '../../../server/src/engine/parse/numbers.js';

const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });
const on = (slug: string, rule: string): number[] => {
  const t = tuneText(slug);
  return findingsAsReport(t, rule).map((f) => lineOf(t, f.span.start));
};

describe('typo: ○ for 〇 in a word the title writes with 〇', () => {
  test('长春 一五〇中学 2020: lines 17, 19 and 21 write 第一五○中学, the title 第一五〇中学', () => {
    const t = tuneText('2020-吉林-长春第一五〇中学异地新建-项目支出');
    const found = findingsAsReport(t, 'typo').filter((f) => f.message.zh.includes('圆圈'));
    assert.deepEqual(
      found.map((f) => [lineOf(t, f.span.start), spanText(t, f)]),
      [
        [17, '第一五○中学'],
        [19, '第一五○中学'],
        [21, '第一五○中学'],
      ],
    );
  });

  test('made up: the fix writes 〇 for the circle only; a ○ the title does not write otherwise is left', () => {
    const title = '长春市第一五〇中学2023年度部门整体支出绩效自评报告';
    const text = `${title}\n\n一、部门基本情况\n\n长春市第一五○中学原址位于南关区，全年预算100万元，支出95万元。\n`;
    const [f, ...rest] = findingsOf(text, 'typo');
    assert.ok(f);
    assert.deepEqual(rest, []);
    assert.equal(f.fix?.edits.length, 1);
    assert.ok(applyFix(text, f).includes('长春市第一五〇中学原址'));
    assert.deepEqual(findingsOf(withBody('成文日期为二○二三年三月十日。'), 'typo'), []);
  });

  test('made up: the new entries are found; 建全 after 组, 创, 新 or 构 is another word', () => {
    for (const [body, wrong] of [
      ['各部门各施其职，形成合力。', '各施其职'],
      ['单位建全项目管理制度。', '建全项目'],
      ['要进一步建全内部控制。', '进一步建全'],
      ['我们要决胜全面建设小康社会。', '决胜全面建设小康社会'],
    ] as const) {
      const text = withBody(body);
      assert.deepEqual(
        findingsOf(text, 'typo').map((f) => spanText(text, f)),
        [wrong],
        body,
      );
    }
    for (const body of ['组建全项目团队。', '新建全民健身中心。', '创建全国文明城市。', '全面建设小康社会的目标。'])
      assert.deepEqual(findingsOf(withBody(body), 'typo'), [], body);
  });
});

describe('broken-date: a list number run into the year that opens its item', () => {
  test('芜湖 经开区 2020: 12018年 and 22018年 at the starts of lines 11 and 13', () => {
    const t = tuneText('2020-安徽-芜湖经开区食品药品安全专项整治-项目支出');
    const found = findingsAsReport(t, 'broken-date').filter((f) => f.message.zh.includes('行首的编号'));
    assert.deepEqual(
      found.map((f) => [lineOf(t, f.span.start), spanText(t, f)]),
      [
        [11, '12018年'],
        [13, '22018年'],
      ],
    );
    assert.match(found[0]?.message.zh ?? '', /应为「（1）2018年」或“1\.2018年”/);
  });

  test('made up: only five figures at a line’s start; a count of years or 2018年度 with its number marked is right', () => {
    assert.equal(findingsOf(withBody('32022年担任市对区考核任务。'), 'broken-date').length, 1);
    for (const body of ['（3）2022年担任市对区考核任务。', '该遗址距今12000年以上。', '3.2022年完成建设。', '120180年'])
      assert.deepEqual(findingsOf(withBody(body), 'broken-date'), [], body);
  });
});

describe('heading-numbering: a column’s formula under a form’s heading is no item', () => {
  test('宁德 党史方志 2018: ④ = ①+②+③ then ⑥=⑤/④ is no skip from ④ to ⑥', () => {
    const lines = on('2018-福建-宁德市委党史和地方志研究室-自评表', 'heading-numbering');
    assert.deepEqual(lines, []);
  });

  test('made up: circled items that skip are still found', () => {
    const text = withBody('①局机关内设股室7个；\n\n③区级办公室2个。');
    assert.equal(findingsOf(text, 'heading-numbering').filter((f) => f.message.zh.includes('跳号')).length, 1);
  });
});

describe('unbalanced-bracket: an opening mark lost in a mirror’s garbling', () => {
  test('桃江 广电 20xx: the 》 of lines 32 and 34 close titles whose 《 is garbled', () => {
    assert.deepEqual(on('20xx-湖南-桃江县广播电视台设备购置-项目支出', 'unbalanced-bracket'), []);
  });

  test('made up: a 》 with no 《 and no garbling before it is still found', () => {
    const text = withBody('严格按照中华人民共和国政府采购法实施条例》落实。');
    assert.equal(findingsOf(text, 'unbalanced-bracket').length, 1);
  });
});

describe('spending-over-budget: money released is the budget its 支出 is held to', () => {
  test('桃江 广电 20xx: 本級下達…資金40萬(wàn)元,支出42.84萬(wàn)元, on a mirror with glued pinyin', () => {
    const t = tuneText('20xx-湖南-桃江县广播电视台设备购置-项目支出');
    const found = findingsAsReport(t, 'spending-over-budget');
    assert.deepEqual(
      found.map((f) => lineOf(t, f.span.start)),
      [28],
    );
    assert.match(found[0]?.message.zh ?? '', /支出 42\.84 万元 超过 下达资金 40 万元（超出 2\.84 万元）/);
  });

  test('made up: released money spent within it, or an overspend explained, is not found', () => {
    assert.equal(findingsOf(withBody('本级下达设备购置资金40万元，支出42.84万元。'), 'spending-over-budget').length, 1);
    for (const body of [
      '本级下达设备购置资金40万元，支出38.5万元。',
      '本级下达设备购置资金40万元，支出42.84万元，超出部分使用上年结转资金。',
    ])
      assert.deepEqual(findingsOf(withBody(body), 'spending-over-budget'), [], body);
  });

  test('a mirror’s gloss between 萬 and 元 is read past: 40萬(wàn)元 is 40 万元', () => {
    const [a] = scanNumbers('資金40萬(wàn)元').amounts;
    assert.deepEqual([a?.value, a?.unit, a?.unitText], [40, '万元', '萬(wàn)元']);
  });
});

describe('doc-number: a blank year between brackets', () => {
  test('某中医院 20xx: 粤中医办函【20_】48号 is found, its brackets and its blank year said', () => {
    const t = tuneText('20xx-广东-某中医院中医特色专科建设-专项资金');
    const f = findingsAsReport(t, 'doc-number').find((x) => spanText(t, x).includes('20_'));
    assert.ok(f);
    assert.match(f.message.zh, /六角括号〔〕而非【】；年份「20_」是占位符/);
  });

  test('made up: a year of underscores with no brackets is no 文号', () => {
    assert.deepEqual(findingsOf(withBody('共有20__号楼需要维修。'), 'doc-number'), []);
  });
});

describe('pasted-debris: HTML meta tags, an essay site’s 【优秀15篇】, a portal’s 登录| 注册', () => {
  test('宁德 党史方志 2018: the meta tags of line 1 open the page’s block', () => {
    const t = tuneText('2018-福建-宁德市委党史和地方志研究室-自评表');
    assert.ok(on('2018-福建-宁德市委党史和地方志研究室-自评表', 'pasted-debris').includes(1));
    assert.ok(t.startsWith('〈meta name='));
  });

  test('亳州 20xx and 长春 2020: the essay site’s title line and the portal’s login bar are found on line 1', () => {
    assert.ok(on('20xx-安徽-亳州市工程建设项目审批监管平台-项目支出', 'pasted-debris').includes(1));
    assert.ok(on('2020-吉林-长春第一五〇中学异地新建-项目支出', 'pasted-debris').includes(1));
  });
});

describe('leftover-instruction: the uploader’s placeholder in a sharing site’s file name', () => {
  test('某中医院 20xx: the xxx of the page list (line 5) and the site’s banner (line 12) are the site’s', () => {
    const lines = on('20xx-广东-某中医院中医特色专科建设-专项资金', 'leftover-instruction');
    assert.ok(!lines.includes(5) && !lines.includes(12), lines.join(','));
  });

  test('made up: a placeholder in a file’s name the drafter attached is still found', () => {
    const text = withBody('附件：XX县2023年度项目支出绩效自评表.xlsx');
    assert.equal(findingsOf(text, 'leftover-instruction').length, 1);
  });
});
