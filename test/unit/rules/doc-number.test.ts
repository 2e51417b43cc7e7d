import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, spanText, only } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport, edit, offsetOf } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'doc-number';

const CLEAN = cleanReport();
/** The clean report with `b` as 一（一）'s body. */
const inBody = (b: string): string => cleanReport({ bodies: { 'basic-functions': b } });
/** The clean report with the opening paragraph citing the notice as `doc`. */
const opening = (doc: string): string => edit(CLEAN, '（湛财绩〔2024〕5 号）要求，我单位', `（${doc}）要求，我单位`);
/** The clean report whose 一（一） cites another document as `doc`. */
const citing = (doc: string): string =>
  cleanReport({
    bodies: {
      'basic-functions': `根据《湛江市科学技术局职能配置、内设机构和人员编制规定》（${doc}）精神，湛江市科学技术局是市人民政府工作部门，正处级，设 8 个内设机构。`,
    },
  });

/** One warning on `bad`, whose safe fix writes `good` there and changes nothing else. */
function fixes(text: string, bad: string, good: string): Finding {
  const f = only(findingsOf(text, RULE));
  assert.equal(f.ruleId, RULE);
  assert.equal(f.severity, 'warning');
  assert.equal(spanText(text, f), bad);
  assert.ok(f.message.zh.includes(`「${bad}」`), f.message.zh);
  assert.ok(f.message.zh.includes(`应写作「${good}」`), f.message.zh);
  assert.equal(f.fix?.safe, true);
  const at = offsetOf(text, bad);
  const fixed = applyFix(text, f);
  assert.equal(fixed, text.slice(0, at) + good + text.slice(at + bad.length));
  assert.deepEqual(findingsOf(fixed, RULE), []);
  return f;
}

describe('doc-number: correct 文号 are silent', () => {
  test('the clean report cites 湛财绩〔2024〕5 号 (with a space) twice', () => {
    assert.deepEqual(findingsOf(CLEAN, RULE), []);
  });

  for (const doc of ['湛财绩〔2024〕5号', '湛办发〔2019〕17号', '湛机编办〔2022〕158 号', '财预〔2020〕10号']) {
    test(doc, () => {
      assert.deepEqual(findingsOf(citing(doc), RULE), []);
    });
  }

  test('the corrected 2019 example and the 2023 example', () => {
    assert.deepEqual(findingsOf(readExample('2019-湛江市科技局-整体绩效自评报告-修正稿.md'), RULE), []);
    assert.deepEqual(findingsOf(readExample('2023-湛江市科学技术局-整体绩效自评报告.md'), RULE), []);
  });

  test('two different notices with the same year and number (湛财绩 and 粤财绩) are not a conflict', () => {
    assert.deepEqual(findingsOf(citing('粤财绩〔2024〕5号'), RULE), []);
  });

  // made up, in the 2023 report's wording
  for (const other of ['合同编号202201号', '证书第2022001号', '湛江市人民路20081号', '粤公网安备20190102001号']) {
    test(`a number after a word that is no 机关代字, without brackets: ${other}`, () => {
      const body = `湛江市科学技术局是市人民政府工作部门，正处级，见${other}。`;
      assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-functions': body } }), RULE), []);
    });
  }

  test('a year and a number that are not a 文号: 2023年5号台风', () => {
    const body = '湛江市科学技术局是市人民政府工作部门，正处级。2023年5号台风过后，我局组织农村科技特派员开展灾后生产自救。';
    assert.deepEqual(findingsOf(cleanReport({ bodies: { 'basic-functions': body } }), RULE), []);
  });
});

describe('doc-number: numbers of other systems, and 【year】 after a word or before one, are silent (made up)', () => {
  for (const doc of [
    '中共湛江市委〔2022〕3号',
    '(2022)粤01民初123号',
    'GB/T 9704-2012',
    '见通知【2021】',
    '详见附件【2021】',
    '案号【2022】',
    '现行目录【2023】版',
    '湛财绩〔2024〕',
  ])
    test(doc, () => {
      assert.deepEqual(findingsOf(citing(doc), RULE), []);
    });
});

describe('doc-number: malformed 文号', () => {
  test('【】 brackets (2019 seed): fix to 〔〕', () => {
    fixes(opening('湛财绩【2024】5号'), '湛财绩【2024】5号', '湛财绩〔2024〕5号');
  });

  test('[] brackets: 国办文[2018]35号', () => {
    fixes(citing('国办文[2018]35号'), '国办文[2018]35号', '国办文〔2018〕35号');
  });

  test('［］ full-width square brackets: 徐财绩［2025］5号', () => {
    fixes(citing('徐财绩［2025］5号'), '徐财绩［2025］5号', '徐财绩〔2025〕5号');
  });

  test('（） round brackets', () => {
    fixes(opening('湛财绩（2024）5号'), '湛财绩（2024）5号', '湛财绩〔2024〕5号');
  });

  test('missing open bracket: 川财行2020〕189号', () => {
    const f = fixes(citing('川财行2020〕189号'), '川财行2020〕189号', '川财行〔2020〕189号');
    assert.ok(f.message.zh.includes('缺少括号'), f.message.zh);
  });

  test('no brackets, the year run into the number: 湘财预202215号 (DOMAIN-TABLES §4)', () => {
    const f = fixes(citing('湘财预202215号'), '湘财预202215号', '湘财预〔2022〕15号');
    assert.ok(f.message.zh.includes('年份没有加六角括号'), f.message.zh);
  });

  test('no brackets: 川财绩20216号', () => {
    fixes(citing('川财绩20216号'), '川财绩20216号', '川财绩〔2021〕6号');
  });

  test('the glued 文号 of a real notice (临汾, tuning text): 临开财发202053号', () => {
    const text = tuneText('2023-山西-临汾经济开发区财政金融部-非自评');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['临开财发202053号'],
    );
    assert.ok(fs[0]?.message.zh.includes('应写作「临开财发〔2020〕53号」'));
  });

  test('【】 before a masked serial (虎林, tuning text): 黑财指农(资环)【2021】 (略) 文件, twice', () => {
    const text = tuneText('2021-黑龙江-虎林市林业和草原局-转移支付');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['黑财指农(资环)【2021】', '黑财指农(资环)【2021】'],
    );
    const f = fs[0] as Finding;
    assert.ok(f.message.zh.includes('序号缺失'), f.message.zh);
    assert.ok(f.message.zh.includes('应写作「黑财指农(资环)〔2021〕」'), f.message.zh);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('根据黑财指农(资环)〔2021〕 (略) 文件'), fixed.slice(0, 600));
  });

  test('the issuing office before its code is not the 机关代字 (呼和浩特**河县 2023, tuning text): ****财政局呼财农指【2023】10号', () => {
    const text = tuneText('2023-内蒙古-河县中央水利发展资金-转移支付');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      [
        '呼财农指【2023】10号',
        '呼财农指【2023】19号',
        '呼财农指【2023】41号',
        '呼财农指【2023】10号',
        '呼财农指【2023】19号',
        '呼财农指【2023】41号',
      ],
    );
    assert.ok(fs[0]?.message.zh.includes('应写作「呼财农指〔2023〕10号」'));
  });

  test('the small brackets ﹝﹞ around a template’s placeholder year (广东省发展研究中心, tuning text): 粤财绩﹝xx﹞13号', () => {
    const text = tuneText('不详-广东-广东省发展研究中心-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '粤财绩﹝xx﹞13号');
    assert.ok(f.message.zh.includes('应写作「粤财绩〔xx〕13号」'), f.message.zh);
  });

  test('a year a 范文 site masked as 20xx, in round or square brackets (made up, after 南江档案馆 and 平山医院)', () => {
    for (const [bad, good] of [
      ['南财绩(20xx)5号', '南财绩〔20xx〕5号'],
      ['中办发（20XX）15号', '中办发〔20XX〕15号'],
      ['琼财预[20xx]1606号', '琼财预〔20xx〕1606号'],
    ] as const) {
      const f = fixes(citing(bad), bad, good);
      assert.ok(f.message.zh.includes('是占位符，请填写实际年份'), f.message.zh);
    }
    // between 〔〕 nothing but the year is wrong, and a placeholder is leftover-instruction's; unbracketed it is no 文号
    assert.deepEqual(findingsOf(citing('川财农〔20xx〕167号'), RULE), []);
    assert.deepEqual(findingsOf(citing('南财绩20xx5号'), RULE), []);
  });

  test('a national notice cited with a 文号 not its own (made up, after 云南应急管理厅 2020’s 财建〔2020〕45号)', () => {
    const cite = (title: string, doc: string): string =>
      cleanReport({ bodies: { 'basic-functions': `严格落实${title}（${doc}），资金全部用于航空应急救援。` } });
    for (const [title, doc] of [
      ['《中央自然灾害救灾资金管理暂行办法》', '财建〔2020〕45号'],
      ['《财政部关于印发〈项目支出绩效评价管理办法〉的通知》', '财预〔2020〕101号'],
      ['《中共中央 国务院关于全面实施预算绩效管理的意见》', '中发〔2017〕34号'],
    ] as const) {
      const text = cite(title, doc);
      const f = only(findingsOf(text, RULE));
      assert.equal(spanText(text, f), doc);
      assert.ok(f.message.zh.includes('请对照原文件核对年份和序号'), f.message.zh);
    }
    // its own 文号, a province's notice of the same title, a title not listed
    for (const [title, doc] of [
      ['《中央自然灾害救灾资金管理暂行办法》', '财建〔2020〕245号'],
      ['《项目支出绩效评价管理办法》', '苏财规〔2020〕20号'],
      ['《江苏省省级项目支出绩效评价管理办法》', '财预〔2020〕20号'],
    ] as const)
      assert.deepEqual(findingsOf(cite(title, doc), RULE), [], doc);
  });

  test('西藏文物局 2020 (tuning text, annotated in session 11): 藏财监﹝2021﹞5号 — the small brackets, 〔〕 written', () => {
    const text = tuneText('2020-西藏-西藏自治区文物局-转移支付');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '藏财监﹝2021﹞5号');
    assert.ok(applyFix(text, f).includes('(藏财监〔2021〕5号)要求'));
  });

  test('號 of a text in traditional script, and a serial lost before its 号 (made up, after 盘山 2020)', () => {
    fixes(citing('遼財指環[2020]404號'), '遼財指環[2020]404號', '遼財指環〔2020〕404號');
    const text = citing('盤環發〔2020〕號');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '盤環發〔2020〕號');
    assert.ok(f.message.zh.includes('序号缺失'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  test('a year that lost a digit or runs into the serial (海林 2024, tuning text: 海农联呈〔20252): said, not fixed', () => {
    const text = tuneText('2024-黑龙江-海林市衔接资金-转移支付');
    const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f).startsWith('海农联呈'));
    const f = only(fs);
    assert.equal(spanText(text, f), '海农联呈〔20252');
    assert.ok(f.message.zh.includes('缺了后括号'), f.message.zh);
    assert.equal(f.fix, undefined);
    const short = only(findingsOf(citing('湛机编〔202〕5号'), RULE));
    assert.ok(short.message.zh.includes('缺了一位'), short.message.zh);
  });

  test('four digits after 〔 at a line’s end, and 【】 around a number that is no year, are not broken 文号 (made up)', () => {
    assert.deepEqual(findingsOf(citing('湛机编〔2019'), RULE), []);
    assert.deepEqual(findingsOf(citing('项目编号【20250】'), RULE), []);
  });

  test('a bracketed part of the 机关代字 with its serial: 黑财指农(资环)【2021】12号', () => {
    fixes(citing('黑财指农(资环)【2021】12号'), '黑财指农(资环)【2021】12号', '黑财指农(资环)〔2021〕12号');
  });

  test('leading zero: 湛财绩〔2024〕05号', () => {
    const f = fixes(opening('湛财绩〔2024〕05号'), '湛财绩〔2024〕05号', '湛财绩〔2024〕5号');
    assert.ok(f.message.zh.includes('前导零') || f.message.zh.includes('虚位'), f.message.zh);
  });

  test('第 before the number: 湛财绩〔2024〕第5号', () => {
    const f = fixes(opening('湛财绩〔2024〕第5号'), '湛财绩〔2024〕第5号', '湛财绩〔2024〕5号');
    assert.ok(f.message.zh.includes('第'), f.message.zh);
  });

  test('all three at once: 湛财绩【2024】第05号 → one finding, one fix', () => {
    fixes(opening('湛财绩【2024】第05号'), '湛财绩【2024】第05号', '湛财绩〔2024〕5号');
  });
});

describe('doc-number: one notice cited two ways', () => {
  test('湛财评〔2024〕5号 in the opening, 湛财绩〔2024〕5 号 later: warning on the later one, naming both', () => {
    const text = opening('湛财评〔2024〕5号');
    const f = only(findingsOf(text, RULE));
    assert.equal(f.severity, 'warning');
    assert.equal(f.span.start, text.lastIndexOf('湛财绩〔2024〕5 号'));
    assert.equal(spanText(text, f), '湛财绩〔2024〕5 号');
    assert.ok(f.message.zh.includes('「湛财评〔2024〕5号」') && f.message.zh.includes('「湛财绩〔2024〕5号」'), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['湛财评〔2024〕5号'],
    );
  });

  test('the published 2019 report: 湛财绩【2020】6号 (brackets) and 湛财评〔2020〕6号 (conflict)', () => {
    const text = readExample('2019-湛江市科技局-整体绩效自评报告.md');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['湛财绩【2020】6号', '湛财评〔2020〕6号'],
    );
    assert.ok(fs[1]?.message.zh.includes('「湛财绩〔2020〕6号」') && fs[1].message.zh.includes('「湛财评〔2020〕6号」'));
  });
});

describe('doc-number: severity overrides', () => {
  test('off drops the finding; error changes its severity', () => {
    const text = opening('湛财绩【2024】5号');
    assert.deepEqual(findingsOf(text, RULE, { severities: { [RULE]: 'off' } }), []);
    const f = only(findingsOf(text, RULE, { severities: { [RULE]: 'error' } }));
    assert.equal(f.severity, 'error');
    assert.equal(spanText(text, f), '湛财绩【2024】5号');
  });
});

describe('doc-number: a 文号 written as its code alone, run into the title (rotated into tune in session 11)', () => {
  test('临河动物疫病 2023: 按照<臨政辦發《…》的通知> — the year and number are missing', () => {
    const text = tuneText('2023-内蒙古-临河区动物疫病预防控制中心-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '臨政辦發') as Finding;
    assert.ok(f.message.zh.includes('缺少年份和序号'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  test('made up: 根据湛财办发《关于开展绩效自评的通知》要求', () => {
    const text = inBody('根据湛财办发《关于开展绩效自评的通知》要求，我局开展自评。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => spanText(text, f)),
      ['湛财办发'],
    );
  });

  for (const b of [
    '市财政局关于印发《绩效管理办法》的通知。',
    '省水利厅及时下发《实施方案》。',
    '根据《湛江市财政局关于开展绩效自评的通知》(湛财办发〔2024〕7号)要求。',
  ]) {
    test(`made up, right: ${b}`, () => {
      assert.deepEqual(findingsOf(inBody(b), RULE), []);
    });
  }
});

describe('doc-number: a mirror’s glossed text, a 文号 with no 号, a 文号 inside 《》 (rotated into tune in session 12)', () => {
  test('盘山 2020: 遼財(cái)指環(huán)[2020]404號 is read through the glosses, and its fix writes 〔〕 where the brackets stand', () => {
    const text = tuneText('2020-辽宁-盘山县大气污染防治资金-转移支付');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['遼財(cái)指環(huán)[2020]404號', '盤環(huán)發(fā)〔2020〕號', '盤縣財(cái)指經(jīng)[2020]1038號'],
    );
    assert.ok(applyFix(text, fs[0] as Finding).includes('(遼財(cái)指環(huán)〔2020〕404號)'));
    assert.ok((fs[1] as Finding).message.zh.includes('序号缺失'), (fs[1] as Finding).message.zh);
  });

  test('芜湖文旅 2022: (皖财教〔2021〕1357) → 皖财教〔2021〕1357号, safe', () => {
    const text = tuneText('2022-安徽-芜湖市文化和旅游局-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '皖财教〔2021〕1357') as Finding;
    assert.ok(f.message.zh.includes('序号后缺“号”字'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('(皖财教〔2021〕1357号)'));
  });

  test('胶州 耕地 20xx and 农技推广 2014 (session 42): a serial with no 号 after a year in [] brackets, masked or not', () => {
    for (const [slug, shown, said] of [
      ['20xx-山东-胶州市生态补偿耕地保护提升-专项资金', '胶农字[20xx]112', '年份「20xx」是占位符'],
      ['2014-广东-某区基层农技推广体系建设-项目支出', '粤农[2014]258', '括号应为六角括号〔〕而非[]'],
    ] as const) {
      const text = tuneText(slug);
      const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === shown);
      assert.ok(f, `${slug}: ${shown}`);
      assert.ok(f.message.zh.includes('序号后缺“号”字') && f.message.zh.includes(said), f.message.zh);
    }
  });

  test('明光民政 2023: …资金的通知(财社〔2023〕63号)》 → …资金的通知》(财社〔2023〕63号)', () => {
    const text = tuneText('2023-安徽-明光市民政局-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => x.message.zh.includes('书名号')) as Finding;
    assert.equal(spanText(text, f), '(财社〔2023〕63号)》');
    assert.ok(applyFix(text, f).includes('资金的通知》(财社〔2023〕63号)'));
  });

  // made up, in report wording
  for (const [b, shown] of [
    ['根据《关于下达补助资金的通知》（粤财农〔2022〕88）要求，我局及时拨付。', '粤财农〔2022〕88'],
    ['按照湛财绩﹝2024﹞15文件要求开展自评。', '湛财绩﹝2024﹞15'],
    ['根据《关于下达补助资金的通知》（粤财农【2022】88）要求，我局及时拨付。', '粤财农【2022】88'],
    ['根据《关于下达补助资金的通知（湛财绩〔2024〕5号）》要求，我局及时拨付。', '（湛财绩〔2024〕5号）》'],
  ] as const) {
    test(`made up: ${b}`, () => {
      const text = inBody(b);
      assert.deepEqual(
        findingsOf(text, RULE).map((f) => spanText(text, f)),
        [shown],
      );
    });
  }

  // made up, right: 号 after a space, a figure of money after a 〔〕 year is no serial, the 文号 after 》
  for (const b of [
    '根据《关于下达补助资金的通知》（粤财农〔2022〕88 号）要求。',
    '下达资金湛财绩〔2024〕5号，其中〔2024〕3万元为结转。',
    '根据《关于下达补助资金的通知》（湛财绩〔2024〕5号）要求。',
    '财政资金（2024）共120万元。',
  ]) {
    test(`made up, right: ${b}`, () => {
      assert.deepEqual(findingsOf(inBody(b), RULE), []);
    });
  }
});

describe('doc-number: a 文号 the text ends on (rotated into tune in session 13)', () => {
  test('腾冲 2019: the excerpt is cut after (腾财预〔2019〕40 — held by its reader, not flagged', () => {
    const text = tuneText('2019-云南-腾冲市林业和草原局林业专项行动经费-项目支出');
    assert.deepEqual(findingsAsReport(text, RULE), []);
  });

  test('made up: the same 文号 with text after it still lacks its 号; at the very end (a drafter typing) it is left', () => {
    const cut = '根据《关于下达补助资金的通知》（粤财农〔2022〕88';
    assert.deepEqual(
      findingsOf(`${CLEAN}\n${cut}）要求。\n`, RULE).map((f) => spanText(`${CLEAN}\n${cut}）要求。\n`, f)),
      ['粤财农〔2022〕88'],
    );
    assert.deepEqual(findingsOf(`${CLEAN}\n${cut}\n`, RULE), []);
  });
});

describe('doc-number: a 文号 with no brackets and no 号 after its title (session 14)', () => {
  test('保山文物 2020 (tuning text), line 24: 《…资金的通知》(保财教202060) and (保财教2020180) → 保财教〔2020〕60号, safe', () => {
    const text = tuneText('2020-云南-保山市文化和旅游局国家文物保护-专项资金');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['保财教202060', '保财教2020180'],
    );
    for (const f of fs) {
      assert.ok(f.message.zh.includes('年份没有加六角括号') && f.message.zh.includes('序号后缺“号”字'), f.message.zh);
      assert.equal(f.fix?.safe, true);
    }
    assert.ok(applyFix(text, fs[0] as Finding).includes('专项经费资金的通知》(保财教〔2020〕60号)和'));
    assert.ok(applyFix(text, fs[1] as Finding).includes('绩效目标的通知》(保财教〔2020〕180号)共下达'));
  });

  // made up: the same digits not right after a cited title, a year with no serial, a number of another system, a figure of money
  for (const b of [
    '下达资金(保财教202060)，用于文物保护。',
    '根据《关于下达补助资金的通知》(保财教2020)要求。',
    '根据《关于下达补助资金的通知》(项目编号202060)要求。',
    '根据《关于下达补助资金的通知》(保财教2020180元)要求。',
  ]) {
    test(`made up, silent: ${b}`, () => {
      assert.deepEqual(findingsOf(inBody(b), RULE), []);
    });
  }
});

describe('doc-number: a 文号 right after its title, its brackets and 号 lost, the text running on (session 40)', () => {
  test('吉林商务 2021 (lines 11, 17): 》(财建2021455财政部关于…; 怀化公积金 2024 (line 33): 》建金202282和《…', () => {
    for (const [slug, numbers, fixed] of [
      ['2021-吉林-吉林省商务厅电子商务进农村-转移支付', ['财建2021455', '财建2021147'], '(财建〔2021〕455号财政部'],
      ['2024-湖南-怀化市住房公积金管理中心-项目支出', ['建金202282', '湘建金函202081'], '指导意见》建金〔2022〕82号和'],
    ] as const) {
      const text = tuneText(slug);
      const fs = findingsAsReport(text, RULE).filter((f) => (numbers as readonly string[]).includes(spanText(text, f)));
      assert.deepEqual([...new Set(fs.map((f) => spanText(text, f)))].sort(), [...numbers].sort(), slug);
      const first = fs.find((f) => spanText(text, f) === numbers[0]) as Finding;
      assert.ok(first.message.zh.includes('年份没有加六角括号'), first.message.zh);
      assert.ok(applyFix(text, first).includes(fixed), slug);
    }
  });

  // made up: a figure of money or a count after a title, a year and its 年, a year with no serial
  for (const b of [
    '根据《关于下达补助资金的通知》下达2021455元，用于文物保护。',
    '按照《实施方案》实施20215个项目。',
    '根据《关于下达补助资金的通知》2021年度资金已到位。',
    '落实《规划》提出2025目标。',
  ]) {
    test(`made up, silent: ${b}`, () => {
      assert.deepEqual(findingsOf(inBody(b), RULE), []);
    });
  }
});

describe('doc-number: a 文号 after its title that kept only its year’s closing bracket (session 26)', () => {
  test('高黎贡山 2019 (tuning text), line 19: 《…通知》(保财预2020〕95) → 保财预〔2020〕95号', () => {
    const text = tuneText('2019-云南-高黎贡山保山管护局管护经费-项目支出');
    const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f).includes('〕'));
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['保财预2020〕95', '保财预2017〕166'],
    );
    assert.ok(fs[0]?.message.zh.includes('应写作「保财预〔2020〕95号」'), fs[0]?.message.zh);
    assert.ok(applyFix(text, fs[0] as Finding).includes('(保财预〔2020〕95号)'));
  });

  test('made up: the same bracket after a year not right after a cited title is left', () => {
    assert.deepEqual(findingsOf(inBody('全年完成(2020〕95)项。'), RULE), []);
  });
});

describe('doc-number: a 文号 run into an amount (session 14)', () => {
  test('双桥生态环境 2021 (tuning text), line 34: 大足财建【202017200万元 and 大足财建【202010580万元 — said, no fix', () => {
    const text = tuneText('2021-重庆-双桥经开区生态环境局-项目支出');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['大足财建【202017200万元', '大足财建【202010580万元'],
    );
    for (const f of fs) {
      assert.ok(f.message.zh.includes('分不清序号到哪里为止、金额从哪里开始'), f.message.zh);
      assert.equal(f.fix, undefined);
    }
  });

  test('made up: the 〔 form runs into an amount the same way (湛财绩〔20201780万元)', () => {
    const text = cleanReport({ bodies: { 'basic-functions': '根据关于下达补助资金的通知湛财绩〔20201780万元，用于设备购置。' } });
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '湛财绩〔20201780万元');
    assert.ok(f.message.zh.includes('金额'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  // made up, silent: a closed 文号 then an amount, a number of another system, an amount with no bracket
  for (const b of [
    '根据湛财绩〔2024〕5号200万元用于设备购置。',
    '根据湛财绩【2020】17 200万元用于设备购置。',
    '合同编号【202017200万元用于设备购置。',
    '下达资金202017200万元用于设备购置。',
  ]) {
    test(`made up, silent: ${b}`, () => {
      assert.deepEqual(findingsOf(inBody(b), RULE), []);
    });
  }
});

describe('doc-number: the small brackets ﹝﹞ (session 14)', () => {
  test('红河红十字会 (tuning text), line 20: (红室字﹝2019﹞63号) → 红室字〔2019〕63号, safe (the corpus miss is recognition)', () => {
    const text = tuneText('20xx-云南-红河州红十字会-部门整体');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '红室字﹝2019﹞63号');
    assert.ok(f.message.zh.includes('﹝﹞'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('(红室字〔2019〕63号)和'));
  });

  test('made up, silent: 红室字〔2019〕63号', () => {
    assert.deepEqual(findingsOf(citing('红室字〔2019〕63号'), RULE), []);
  });
});

describe('doc-number: a space inside the brackets (session 19 round 2)', () => {
  test('沅陵 2016 (tuning text), line 6: 怀发改投〔2010 〕92号 → 怀发改投〔2010〕92号, safe; 湘发改投资〔2009〕554号 beside it silent', () => {
    const text = tuneText('2016-湖南-沅陵县档案局-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '怀发改投〔2010 〕92号');
    assert.ok(f.message.zh.includes('括号内不留空格'), f.message.zh);
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('依据湘发改投资〔2009〕554号、怀发改投〔2010〕92号设立'));
  });

  test('made up: spaces on either side of the year, full-width too, each removed and nothing else', () => {
    fixes(citing('湛科〔 2023〕7号'), '湛科〔 2023〕7号', '湛科〔2023〕7号');
    fixes(citing('湛科〔2023\u3000\u3000〕7号'), '湛科〔2023\u3000\u3000〕7号', '湛科〔2023〕7号');
  });

  test('腾冲 2023 (tuning text, held): a text that sets every figure off by spaces (614 万元) spaces its 文号 alike', () => {
    const text = tuneText('2023-云南-腾冲市应急管理局冬春救助救灾资金-转移支付');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('括号内不留空格')),
      [],
    );
    // made up: in a text that spaces its figures off, two 文号 spaced alike are its spacing; one spaced among tight ones, or
    // both in a text that writes its figures tight, is a slip
    const spacedText = (docs: string): string =>
      '某县应急管理局 2023 年度冬春救助资金绩效自评报告\n\n一、基本情况\n\n' +
      `根据（${docs}），下达资金 100 万元，完成率 98 %，受益群众 1200 人，覆盖 12 个乡镇，` +
      '建成站点 30 个，培训 450 人次，设 8 个内设机构，在职 56 人。\n';
    const tightText = (docs: string): string => spacedText(docs).replace(/ (\d+) (?=[^〕])/g, '$1');
    assert.deepEqual(findingsOf(spacedText('湛科〔 2023 〕7号、湛财〔 2023 〕12号'), RULE), []);
    const one = spacedText('湛科〔 2023 〕7号、湛财〔2023〕12号');
    assert.equal(spanText(one, only(findingsOf(one, RULE))), '湛科〔 2023 〕7号');
    assert.equal(findingsOf(tightText('湛科〔 2023 〕7号、湛财〔 2023 〕12号'), RULE).length, 2);
  });

  // made up, silent: the spaces a PDF puts between scripts, outside the brackets (弥勒 2023's 〔2015〕 85号, 开远 2024's
  // 〔2022〕 306 号, 寿县 2022's 财预 〔2021〕61 号 are held as correct), and a space elsewhere on the line
  for (const doc of ['湛科〔2023〕 7号', '湛科〔2023〕7 号', '湛科 〔2023〕7号', '湛科〔2023〕 7 号']) {
    test(`made up, silent: ${doc}`, () => {
      assert.deepEqual(findingsOf(citing(doc), RULE), []);
    });
  }
});

describe('doc-number: a 机关代字 with a bracketed part before its last characters (red team s23, made up)', () => {
  const report = (body: string): string =>
    `# 某县人民医院2021年度公立医院综合改革补助项目支出绩效自评报告\n\n评价年度：2021年度\n\n一、项目基本情况\n\n${body}\n`;

  test('made up (red team s23): 宁财(社)发[2021]88号 and its kin are read and their brackets corrected', () => {
    for (const [body, want] of [
      ['资金依据：宁财(社)发[2021]88号', '宁财(社)发〔2021〕88号'],
      ['根据宁财（社）发(2022)15号文件，下达资金50万元。', '宁财（社）发〔2022〕15号'],
      ['依据黔财(农)【2022】5号下达资金。', '黔财(农)〔2022〕5号'],
    ] as const) {
      const f = only(findingsOf(report(body), RULE));
      assert.ok(f.message.zh.includes(`应写作「${want}」`), f.message.zh);
    }
  });

  test('made up (red team s23): right citations and bracketed words before a year stay silent', () => {
    for (const body of [
      '根据《关于下达2021年公立医院综合改革补助资金的通知》（宁财(社)发〔2021〕88号），下达资金。',
      '按照川财（教）发〔2023〕12号文件要求，全面完成。',
      '本单位（社区卫生服务中心）2021年服务人次12万。',
      '三、项目（一期）建设2021年完成。',
      '资金来源：中央（含提前下达）2021年100万元。',
      '根据晋政办发〔2021〕88号文件和县政府（常务）会议2021年第5次会议精神实施。',
      '共开展家庭医生签约服务（社区）2022人次，达到预期目标。',
    ])
      assert.deepEqual(findingsOf(report(body), RULE), [], body);
  });
});

describe('doc-number: one list of 文号 cites as many notices (session 27)', () => {
  test('贺州自然资源局 2022 (tune corpus): 贺财预〔2022〕1号 … 贺财行函〔2022〕1号 in one list: two notices, not one twice', () => {
    const text = tuneText('2022-广西-贺州市自然资源局-部门整体');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('两个不同的文号')),
      [],
    );
  });
});

describe('doc-number: small round brackets ﹙﹚ round the year (session 29)', () => {
  test('云县民政局 2022 (tune corpus, set 14): 云縣辦發(fā)﹙2019﹚70號 on a mirror — the brackets told and fixed, quoted as written', () => {
    const text = tuneText('2022-云南-云县民政局部门决算-部门整体');
    const f = findingsAsReport(text, RULE).find((x) => text.slice(x.span.start, x.span.end).includes('﹙2019﹚'));
    assert.ok(f);
    assert.ok(f.message.zh.includes('而非﹙﹚，应写作「云縣辦發〔2019〕70號」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('發(fā)〔2019〕70號'));
  });

  test('made up: 云县办发﹙2019﹚70号 is told; 云县办发〔2019〕70号 is right', () => {
    const said = (body: string): number => findingsOf(cleanReport({ bodies: { 'basic-functions': body } }), RULE).length;
    assert.equal(said('根据云县办发﹙2019﹚70号第三条规定。'), 1);
    assert.equal(said('根据云县办发〔2019〕70号第三条规定。'), 0);
  });
});

describe('doc-number: a meeting’s 纪要 in traditional script keeps its 第 (session 30)', () => {
  test('南昌县 教育 20xx (tuning text, a mirror): 縣長辦公會議紀要〔20xx〕第4號 is a 纪要’s number: not a 公文’s 文号 to correct', () => {
    const text = tuneText('20xx-江西-南昌县教育部门项目支出-项目支出');
    assert.ok(text.includes('辦公會議紀要〔20xx〕第4號'));
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => spanText(text, f).includes('紀要')),
      [],
    );
  });

  test('made up: the same in simplified and traditional script is silent; a 公文 with 第 is still corrected', () => {
    for (const cite of ['县长办公会议纪要〔2023〕第4号', '縣長辦公會議紀要〔2023〕第4號'])
      assert.deepEqual(findingsOf(opening(cite), RULE), [], cite);
    assert.equal(findingsOf(opening('縣財發〔2023〕第4號'), RULE).length, 1);
  });
});
