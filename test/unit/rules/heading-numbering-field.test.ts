// heading-numbering on real outlines of the field corpus (issue 14 §3): each false alarm found on a
// real text is a test here, and so is each defect a reviewer would return. Texts marked "made up" are
// a real text with one change, named in the test.
import { describe, test } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, ROOT, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';

const RULE = 'heading-numbering';
const corpus = (slug: string): string => readFileSync(join(ROOT, 'test/corpus', `${slug}.md`), 'utf8');
/** Named in front matter, so the text is checked with that template whether or not its outline fits it. */
const withTemplate = (id: string, text: string): string => `---\ntemplate: ${id}\n---\n${text}`;
const messages = (fs: Finding[]): string => fs.map((f) => f.message.zh).join('\n');

const BAOSHAN = corpus('2017-云南-保山市委办公室关心下一代专项-项目支出');

describe('heading-numbering on real outlines: silent where the numbering is right', () => {
  test('保山 2017: 一、…八、 with two of them the 转移支付 template’s is not renumbered to that template (二、 → 一、, 八、 → 二、)', () => {
    assert.deepEqual(findingsOf(BAOSHAN, RULE), [], messages(findingsOf(BAOSHAN, RULE)));
    // even when the template is named: most of its top-level titles are not the template's
    const named = withTemplate('transfer-payment', BAOSHAN);
    assert.deepEqual(findingsOf(named, RULE), [], messages(findingsOf(named, RULE)));
  });

  test('平山医院: targets listed 一、…四、 inside （二）, then the heading 二、 — not a repeat of the list’s 二、', () => {
    const text = withTemplate('project-expenditure', corpus('20xx-海南-平山医院卫生健康发展专项-项目支出'));
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });

  test('the other new tune texts: 南县政协 2021, 广西 2021 农业生产发展资金, a flattened 编办 report, a PDF score-table excerpt', () => {
    for (const [slug, id] of [
      ['2021-湖南-南县政协-部门整体', 'hn-department-overall'],
      ['2021-广西-农业生产发展资金-转移支付', 'transfer-payment'],
      ['2021-未知-县编办专项工作经费-项目支出', 'project-expenditure'],
      ['2017-未知-部门整体得分表摘录-部门整体', 'gd-department-overall'],
    ] as const) {
      const text = withTemplate(id, corpus(slug));
      assert.deepEqual(findingsOf(text, RULE), [], `${slug}\n${messages(findingsOf(text, RULE))}`);
    }
  });
});

describe('heading-numbering on real outlines: a part named like a template chapter', () => {
  const XUNDIAN = corpus('2024-云南-寻甸县林业和草原局异地造林-项目支出');

  test('寻甸 2024: `三、评价结论及绩效分析` then `(一)评价结论`: a part of 三、, not the chapter 评价结论 at the wrong level', () => {
    assert.deepEqual(findingsOf(XUNDIAN, RULE), [], messages(findingsOf(XUNDIAN, RULE)));
    // nor a result section with no score: the lines are a table of contents
    assert.deepEqual(findingsOf(XUNDIAN, 'grade-score'), []);
  });

  // session 23 (red team, made up): a report numbering chapters of its own (三、其他情况 四、项目主要经验及做法… 五、附件) where the
  // template requires others follows another outline (template-fit.ts): its （一）评价结论 is a part of its own 三、, not the
  // template's 三、综合评价情况及评价结论 written a level down
  test('made up: `(一)评价结论` under `三、其他情况`, in a report of its own outline, is a part of that chapter', () => {
    const text = XUNDIAN.replace('三、评价结论及绩效分析', '三、其他情况');
    assert.doesNotMatch(messages(findingsOf(text, RULE)), /评价结论.*层级不对/);
  });
});

describe('heading-numbering on real outlines: template headings that go on from an item of the report’s own', () => {
  const FUYUAN = corpus('2022-黑龙江-抚远市农村饮水维修养护-项目支出');

  test('抚远 2022: `1、产出指标数量指标:` (a line of targets) then 2、效益指标 3、满意度指标 — 3、 follows 2、, no skip', () => {
    assert.deepEqual(findingsOf(FUYUAN, RULE), [], messages(findingsOf(FUYUAN, RULE)));
  });

  test('铁路沿线 2020: (二)项目管理情况 (三)项目效益 under 四、绩效评价分析, the template’s 项目过程 and 项目效益 — (三) follows (二)', () => {
    const text = corpus('2020-四川-铁路沿线环境治理经费-项目支出');
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
    // made up: (五) follows neither the report's (二) nor the template's (四)
    const skipped = text.replace('(三)项目效益', '(五)项目效益');
    // read on the report's own numbers since its 四、绩效评价分析 stands for the template's 四、绩效评价指标分析 (red team s23)
    assert.match(messages(findingsOf(skipped, RULE)), /跳号.*\(五\)项目效益.*应为「\(三\)」/);
  });

  test('made up from 抚远 2022: 4、满意度指标 after 2、效益指标 is still a skip', () => {
    const text = FUYUAN.replace('3、满意度指标', '4、满意度指标');
    assert.match(messages(findingsOf(text, RULE)), /满意度指标.*跳号/);
  });
});

describe('heading-numbering on real outlines: the Ministry of Finance 转移支付 outline, without 绩效自评工作开展情况', () => {
  // 东丽 2020 writes 一、…五、 as the national outline has them; the 衔接资金 outline adds 二、绩效自评工作开展情况,
  // and read with it 二、绩效目标完成情况分析 was called a repeat to be written 三、
  for (const slug of [
    '2020-天津-东丽区光辉路工程-转移支付',
    '2020-云南-牟定县交通运输局-转移支付',
    '2022-宁夏-兴庆区住房和城乡建设局-转移支付',
  ]) {
    test(`${slug}: 二、绩效目标完成情况分析 and what follows keep their numbers`, () => {
      const text = corpus(slug);
      assert.ok(text.includes('\n二、绩效目标完成情况分析'));
      assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
      const missing = findingsOf(text, 'missing-section').map((f) => f.message.zh);
      assert.ok(!missing.some((m) => m.includes('绩效自评工作开展情况')), missing.join('\n'));
    });
  }

  test('东丽 2020, complete: no section missing from the outline it follows', () => {
    const text = corpus('2020-天津-东丽区光辉路工程-转移支付');
    assert.deepEqual(findingsOf(text, 'missing-section'), [], messages(findingsOf(text, 'missing-section')));
  });

  test('秀英 2022: （一）资金投入 （二）项目绩效指标, the template’s （二）总体绩效目标 left out — （二） is right by the report’s own sequence', () => {
    const text = corpus('2022-海南-秀英区水务局-转移支付');
    assert.ok(text.includes('\n(二)项目绩效指标完成情况分析。'));
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });

  test('made up from 秀英 2022: a real skip after the left-out section is still found', () => {
    const text = corpus('2022-海南-秀英区水务局-转移支付').replace('\n(二)项目绩效指标完成情况分析。', '\n(四)项目绩效指标完成情况分析。');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    assert.ok((fs[0] as Finding).message.zh.includes('「(四)」应为「(三)」'), messages(fs));
  });
});

describe('heading-numbering on real outlines: a form used throughout is the report’s own', () => {
  test('涉农 2021: 一、 （一） 1、 throughout — no note on 1、项目资金到位情况分析', () => {
    const text = corpus('2021-不详-镇财政所涉农整合资金-项目支出');
    assert.ok(text.includes('\n1、项目资金到位情况分析:'));
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });
});

describe('heading-numbering on real outlines: a page counter inside a cut sentence is no item', () => {
  test('南昌 2022: `…7座墓` / `2、碑、生平简介等刻字` and `…宣传版` / `3、面 等600平方米` — no repeat of the items 2、 and 3、', () => {
    const text = corpus('2022-江西-南昌市烈士陵园管理处-项目支出');
    assert.ok(text.includes('\n3、面 等600平方米'));
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });

  // with one line before ending its sentence the run 1、 2、 3、 still cuts 墓 / 2、碑: the site's counters, as pasted-debris
  // reads them (rules/debris/chunk-counters.ts), and heading-numbering leaves them; with both ended there is no cut
  test('made up from 南昌 2022: with the lines before ending their sentences, 3、 at the line start is an item again, a repeat', () => {
    const text = corpus('2022-江西-南昌市烈士陵园管理处-项目支出')
      .replace('宣传版\n3、面', '宣传版。\n3、面')
      .replace('7座墓\n2、碑', '7座墓。\n2、碑');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    assert.ok((fs[0] as Finding).message.zh.startsWith('编号重复：「3、」之后是「3、面'), messages(fs));
  });
});

describe('heading-numbering on real outlines: a number in Chinese numerals is no page counter (rotated into tune in session 11)', () => {
  test('五华 2023: `…总投资为132526.13万元` (no 。) / `(二)项目决策情况。` — (二) is read, no skip from (一) to (三)', () => {
    const text = corpus('2023-广东-五华经济开发区管委会-项目支出');
    assert.ok(text.includes('132526.13万元\n(二)项目决策情况。'));
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });

  test('made up from 五华 2023: with (二) written (四), the skip is found', () => {
    const text = corpus('2023-广东-五华经济开发区管委会-项目支出').replace('(二)项目决策情况', '(四)项目决策情况');
    assert.match(messages(findingsOf(text, RULE)), /「\(一\)」之后是「\(四\)项目决策情况/);
  });
});

describe('heading-numbering on real outlines: a heading after the last of its run, written like it, lost its number (session 11)', () => {
  test('临河动物疫病 2023: （一）資金情況分析。 then 資金管理情況分析。 and no （二） — （二）資金管理情況分析, offered', () => {
    const text = corpus('2023-内蒙古-临河区动物疫病预防控制中心-转移支付');
    const fs = findingsOf(text, RULE).filter((f) => spanText(text, f) === '資金管理情況分析');
    assert.equal(fs.length, 1, messages(findingsOf(text, RULE)));
    assert.ok((fs[0] as Finding).message.zh.includes('应为「(二)資金管理情況分析」'), (fs[0] as Finding).message.zh);
    assert.equal((fs[0] as Finding).fix?.safe, false);
  });

  test('巩义 2023 (one-line paragraphs, no blank lines): 一、绩效考评工作开展情况 … 财政衔接…自评情况 then (一)资金保障 — 二、', () => {
    const text = corpus('2023-河南-巩义市-转移支付');
    const f = findingsOf(text, RULE).find((x) => spanText(text, x) === '财政衔接推进乡村振兴补助资金绩效评价自评情况');
    assert.ok(f?.message.zh.includes('应为「二、财政衔接推进乡村振兴补助资金绩效评价自评情况」'), messages(findingsOf(text, RULE)));
  });

  test('made up from 巩义 2023: the line ends its sentence (…自评情况。), or the line before does not — a sentence, not a title', () => {
    for (const text of [
      corpus('2023-河南-巩义市-转移支付').replace('补助资金绩效评价自评情况\n', '补助资金绩效评价自评情况。\n'),
      corpus('2023-河南-巩义市-转移支付').replace('奠定了基础。\n财政衔接', '奠定了基础\n财政衔接'),
    ]) {
      assert.doesNotMatch(messages(findingsOf(text, RULE)), /缺少编号/);
    }
  });

  // made up: a report's own outline (no template fits) whose second （二） lost its number, or whose 二、 did
  const OWN = '单位自评说明\n\n一、工作开展情况\n\n我单位高度重视。\n\n(一)资金到位情况分析\n\n资金已全部到位。\n\n';
  for (const [tail, want] of [
    ['资金使用情况分析\n\n资金已按进度支付。\n', '(二)资金使用情况分析'],
    ['资金管理情况分析。\n\n制度健全。\n', '(二)资金管理情况分析'],
  ] as const) {
    test(`made up: ${tail.split('\n')[0]} after (一)资金到位情况分析`, () => {
      const text = OWN + tail;
      assert.match(messages(findingsOf(text, RULE)), new RegExp(`应为「${want.replace(/[()]/g, '\\$&')}」`));
    });
  }

  // made up, right: a line written otherwise (a closing remark), two lines written like it (which lost the number is a
  // guess), a part numbered in words (第四部分 …情况说明 after 四、…情况说明, 临翔 2022)
  for (const tail of [
    '以上情况特此说明\n',
    '资金使用情况分析\n\n已支付。\n\n资金管理情况分析\n\n制度健全。\n',
    '第二部分 其他资金到位情况分析\n\n无。\n',
  ]) {
    test(`made up, right: ${tail.split('\n')[0]}`, () => {
      const text = OWN + tail;
      assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
    });
  }
});

describe('heading-numbering on real outlines: a heading no template names lost its number between two it does (session 11)', () => {
  const LINHE = corpus('2023-内蒙古-临河区退役军人事务局-转移支付');

  test('临河退役军人 2023: (一) 总体绩效情况分析 ) (四) — (二) is lost, ) is (三), (四) is right: no skip reported', () => {
    const fs = findingsOf(LINHE, RULE);
    assert.deepEqual(fs.map((f) => spanText(LINHE, f)).slice(0, 2), ['总体绩效情况分析', ')总体绩效目标完成情况分析'], messages(fs));
    assert.ok((fs[0] as Finding).message.zh.includes('应为「(二)总体绩效情况分析」'), messages(fs));
    assert.ok((fs[1] as Finding).message.zh.includes('应为「(三)总体绩效目标完成情况分析」'), messages(fs));
    assert.equal((fs[0] as Finding).fix?.safe, false);
  });

  test('临河退役军人 2023: 4.成本指标… then 4.社会效益指标。 — the number repeated, 5. (a list item to the outline, read here)', () => {
    const f = findingsOf(LINHE, RULE).find((x) => x.message.zh.startsWith('编号重复')) as Finding;
    assert.equal(spanText(LINHE, f), '4.');
    assert.ok(f.message.zh.includes('应为「5.社会效益指标」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
  });

  test('made up from 临河: 5.社会效益指标 is right; a list after a heading starts at 1., no repeat', () => {
    for (const text of [
      LINHE.replace('4.社会效益指标', '5.社会效益指标'),
      LINHE.replace('4.社会效益指标。体现党和政', '(1)社会效益指标。体现党和政'),
    ]) {
      assert.doesNotMatch(messages(findingsOf(text, RULE)), /编号重复/);
    }
  });

  // made up from 临河: a line not written like (一)资金投入情况分析, or numbers after it that leave no room for it
  test('made up: the line ends otherwise (总体情况如下) — not a lost heading; (四) is a skip again', () => {
    const text = LINHE.replace('\n总体绩效情况分析\n', '\n总体情况如下\n');
    assert.match(messages(findingsOf(text, RULE)), /编号「\(四\)」应为「\(三\)」/);
    assert.doesNotMatch(messages(findingsOf(text, RULE)), /缺少编号/);
  });

  test('made up: (四) written (三) — the numbers leave no room, no lost heading', () => {
    const text = LINHE.replace('(四)绩效指标完成情况分析', '(三)绩效指标完成情况分析');
    assert.doesNotMatch(messages(findingsOf(text, RULE)), /缺少编号/);
  });
});

describe('heading-numbering: an inline list whose first item lost its (1) (rotated into tune in session 11)', () => {
  test('海南琼中 2024 line 14: 总体目标:新建…;(2)新建道路广场…; (3)配套… — (1) lost; lines 10 and 12 have it', () => {
    const text = corpus('2024-海南-海南中部绿色产业园投资发展有限公司-项目支出');
    const fs = findingsOf(text, RULE).filter((f) => f.message.zh.startsWith('列举从'));
    assert.equal(fs.length, 1, messages(fs));
    assert.equal(text.slice(0, (fs[0] as Finding).span.start).split('\n').length, 14);
  });

  // made up, in report wording (the clean report's body): full-width brackets; and lists that are right
  const body = (b: string): string => cleanReport({ bodies: { 'basic-functions': b } });
  test('made up: 主要职责：拟订规划；（2）审批项目；（3）监督检查。 — （1） lost', () => {
    assert.match(messages(findingsOf(body('主要职责：拟订规划；（2）审批项目；（3）监督检查。'), RULE)), /列举从「（2）」开始/);
  });
  for (const b of [
    '主要职责：（1）拟订规划；（2）审批项目；（3）监督检查。',
    '主要职责如下：（1）拟订规划；\n（2）审批项目；（3）监督检查。',
    '主要职责：1）拟订规划；（2）审批项目；（3）监督检查。',
    '详见附表(2)及附件(3)。',
  ]) {
    test(`made up, right: ${b.replace('\n', ' / ')}`, () => {
      assert.doesNotMatch(messages(findingsOf(body(b), RULE)), /列举从/);
    });
  }
});

describe('heading-numbering on real outlines: numbers lost after the last of a run', () => {
  test('临翔 2022: 十一、 then three lines that kept only the 、 — one finding for the run: 十二、 十三、 十四、', () => {
    const text = corpus('2022-云南-临翔区章驮乡-部门整体');
    const fs = findingsOf(text, RULE).filter((f) => spanText(text, f) === '、');
    // one run of lost numbers is one slip: three findings each saying 「十一、」之后 read as three defects (2 of them false)
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(text.slice(f.span.start, f.span.start + 14), '、部门整体支出绩效自评情况表');
    assert.ok(
      f.message.zh.endsWith('应为「十二、部门整体支出绩效自评情况表」「十三、部门整体支出绩效自评表」「十四、项目支出绩效自评表」'),
      f.message.zh,
    );
    assert.deepEqual(
      (f.related ?? []).map((r) => text.slice(r.span.start, r.span.start + 4)),
      ['、部门整', '、项目支'],
    );
    assert.ok(
      applyFix(text, f).includes('\n十二、部门整体支出绩效自评情况表\n\n十三、部门整体支出绩效自评表\n\n十四、项目支出绩效自评表\n'),
    );
  });

  test('made up from 保山 2017: a line after the last number that starts 、 with no title after it is not read', () => {
    const text = `${BAOSHAN.trimEnd()}\n、2017年12月\n`;
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });
});

describe('heading-numbering on real outlines: a 转移支付 outline written once per sub-fund', () => {
  // made up from 谢家集 2024: its outline written twice, under the real sub-fund names of 衔接资金 (DOMAIN-TABLES §5)
  const real = corpus('2024-安徽-谢家集区农业农村水利局-转移支付').trimEnd();
  const at = real.indexOf('一、年度绩效目标分解下达情况');
  const body = `${real.slice(at)}\n\n三、偏离绩效目标的原因和下一步改进措施\n\n无`;
  const twice = `${real.slice(0, at)}以工代赈资金\n\n${body}\n\n少数民族发展资金\n\n${body}\n`;

  test('each copy restarting at 一、 is no repeat and no going back', () => {
    assert.deepEqual(findingsOf(twice, RULE), [], messages(findingsOf(twice, RULE)));
  });

  test('a skip inside the second copy is still found, counted from that copy’s own 一、', () => {
    const second = twice.lastIndexOf('二、绩效情况分析');
    const text = `${twice.slice(0, second)}三、绩效情况分析${twice.slice(second + '二、绩效情况分析'.length)}`;
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    assert.equal((fs[0] as Finding).span.start, second);
    assert.ok((fs[0] as Finding).message.zh.startsWith('编号跳号：「一、」之后是「三、绩效情况分析」'), messages(fs));
  });
});

describe('heading-numbering on real outlines: what a reviewer returns', () => {
  test('昌宁 2023: `完成的绩效目标。` after `1. 执行率情况。` is the template’s next section that lost its 2.', () => {
    const text = corpus('2023-云南-昌宁县特殊教育公用经费-项目支出');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '完成的绩效目标');
    assert.ok(f.message.zh.includes('缺少编号') && f.message.zh.includes('2.'), f.message.zh);
  });

  test('a plain line in a paragraph that names a later template section, not the next one, stays body text', () => {
    // made up: 昌宁 2023 with 完成的绩效目标 written 未完成的绩效目标, the template's section after next
    const text = corpus('2023-云南-昌宁县特殊教育公用经费-项目支出').replace('\n完成的绩效目标。\n', '\n未完成的绩效目标。\n');
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });

  test('made up from 昌宁 2023: an item of the report’s own before the template’s (1. 资金到位情况 2. 执行率情况) is no skip', () => {
    const text = corpus('2023-云南-昌宁县特殊教育公用经费-项目支出').replace('1. 执行率情况。\n', '1. 资金到位情况。\n2. 执行率情况。\n');
    const fs = findingsOf(text, RULE);
    // 2. 执行率情况 follows on from 1.; the next heading, which lost its number, is the sequence's 3.
    assert.equal(fs.length, 1, messages(fs));
    assert.ok((fs[0] as Finding).message.zh.includes('应为「3.完成的绩效目标」'), messages(fs));
  });

  test('made up from 保山 2017: `二 项目绩效自评工作开展情况`, a 、 lost in PDF text, is a broken number, fixed to 二、', () => {
    const text = BAOSHAN.replace('二、项目绩效自评工作开展情况', '二 项目绩效自评工作开展情况');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '二 ');
    assert.ok(f.message.zh.startsWith('编号残缺：「一、」之后是「二 项目绩效自评工作开展情况」'), f.message.zh);
    assert.ok(f.message.zh.includes('应为「二、项目绩效自评工作开展情况」'), f.message.zh);
    // the neighbours 一、 and 三、 leave one number, written as every other top-level number is
    assert.equal(f.fix?.safe, true);
    assert.equal(applyFix(text, f), BAOSHAN);
  });

  test('made up from 保山 2017: `、项目绩效实现情况`, a lost numeral, is a broken number, fixed to 三、', () => {
    const text = BAOSHAN.replace('三、项目绩效实现情况', '、项目绩效实现情况');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '、');
    assert.ok(f.message.zh.includes('应为「三、项目绩效实现情况」'), f.message.zh);
    assert.equal(applyFix(text, f), BAOSHAN);
  });

  test('made up from 保山 2017: a numeral and a space that is not the one missing is no remnant of it (a plain skip)', () => {
    const text = BAOSHAN.replace('二、项目绩效自评工作开展情况', '五 项目绩效自评工作开展情况');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    assert.ok((fs[0] as Finding).message.zh.startsWith('编号跳号：「一、」之后是「三、'), messages(fs));
  });

  test('made up from 保山 2017: enclosed numbers ⒈ ⒉ ⒊ (Word numbering in PDF text) are a run; ⒈ ⒉ ⒋ skips ⒊', () => {
    const enclose = (third: string): string =>
      BAOSHAN.replace('1.产出指标', '⒈产出指标').replace('2.效益指标', '⒉效益指标').replace('3.满意度指标', `${third}满意度指标`);
    // each enclosed character is a style warning (its own test below), never a slip of the run
    const slips = (t: string): Finding[] => findingsOf(t, RULE).filter((f) => f.severity === 'error');
    assert.deepEqual(slips(enclose('⒊')), [], messages(findingsOf(enclose('⒊'), RULE)));
    const text = enclose('⒋');
    const fs = slips(text);
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '⒋');
    assert.ok(f.message.zh.startsWith('编号跳号：「⒉」之后是「⒋满意度指标完成情况」') && f.message.zh.includes('应为「⒊」'), f.message.zh);
  });

  test('made up from 保山 2017: ⑶ between （2） and （4） continues their run; no gap is reported', () => {
    const text = BAOSHAN.replace('1.产出指标', '(1)产出指标')
      .replace('2.效益指标', '(2)效益指标')
      .replace('3.满意度指标完成情况:100%。\n', '⑶满意度指标完成情况:100%。\n(4)可持续影响指标完成情况:100%。\n');
    assert.ok(text.includes('⑶满意度指标完成情况:100%。\n(4)'));
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => `${f.severity} ${spanText(text, f)}`),
      ['warning ⑶'],
      messages(fs),
    );
  });
});

describe('heading-numbering on real outlines: a number written as one enclosed character', () => {
  test('广西 2022 城市管网: `⒈ 产出指标。` is Word’s numbering pasted as text — written 1.', () => {
    const text = corpus('2022-广西-自治区城市管网及污水处理补助资金-转移支付');
    const fs = findingsOf(text, RULE).filter((f) => spanText(text, f) === '⒈');
    assert.equal(fs.length, 1, messages(findingsOf(text, RULE)));
    const f = fs[0] as Finding;
    assert.equal(f.severity, 'warning');
    assert.ok(f.message.zh.includes('应写作「1.」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('\n1. 产出指标。'));
  });
});

describe('heading-numbering on real outlines: the report’s own hierarchy at its start', () => {
  test('徐闻前山镇 2024: `1. 单位基本情况` holds (一)… — a 1. cannot hold （一）s, so it reads 一、 (offered)', () => {
    const text = corpus('2024-广东-徐闻县前山镇人民政府-部门整体');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '1.');
    assert.ok(f.message.zh.startsWith('编号层级不对：「1.单位基本情况」之下是「(一)单位机构设置'), f.message.zh);
    assert.ok(f.message.zh.endsWith('应为「一、单位基本情况」'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    // the inline 1. … 5. of duties in its 单位主要职能有: paragraph are a list, not headings: no other finding
  });

  test('徐闻公路局 2024: `一、根据县财政局《…》` is the opening paragraph, no section: its 一、 shifts 二、单位基本情况', () => {
    const text = corpus('2024-广东-徐闻县地方公路局-部门整体');
    const fs = findingsOf(text, RULE);
    assert.equal(fs.length, 1, messages(fs));
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '一、');
    assert.ok(f.message.zh.includes('「二、单位基本情况」应为「一、单位基本情况」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('\n根据县财政局《关于做好'));
    assert.equal(f.fix?.safe, false);
  });

  test('made up from 徐闻公路局 2024: an opening paragraph without a number, or a first heading 一、 with a title, is no finding', () => {
    const text = corpus('2024-广东-徐闻县地方公路局-部门整体');
    const clean = text.replace('\n一、根据县财政局', '\n根据县财政局').replace('\n二、单位基本情况', '\n一、单位基本情况');
    assert.deepEqual(findingsOf(clean, RULE), [], messages(findingsOf(clean, RULE)));
  });
});

describe('heading-numbering: a report that skips a level throughout (session 10)', () => {
  const BAOSHAN_2021 = corpus('2021-云南-保山市文化和旅游局-转移支付');

  test('保山 2021: 一、 (一) (1) with no 1. anywhere — (1)项目资金到位情况分析 is the report’s own level, not the template’s 1.', () => {
    assert.ok(BAOSHAN_2021.includes('\n(1)项目资金到位情况分析\n'));
    assert.deepEqual(findingsOf(BAOSHAN_2021, RULE), [], messages(findingsOf(BAOSHAN_2021, RULE)));
  });

  test('made-up: the same outline where the report also numbers a heading 1. elsewhere — the (1) is at the wrong level', () => {
    const text = BAOSHAN_2021.replace(
      '(一)省级下达转移支付预算和绩效目标情况\n',
      '(一)省级下达转移支付预算和绩效目标情况\n\n1.预算下达情况\n',
    );
    const f = findingsOf(text, RULE).find((x) => x.message.zh.includes('项目资金到位情况分析'));
    assert.ok(f, messages(findingsOf(text, RULE)));
    assert.equal(spanText(text, f), '(1)');
  });

  test('made-up: a plain 一、 (一) (1) (2) outline with no 1.: no level finding on the first (1) nor on the (2) after it', () => {
    const text = BAOSHAN_2021.replace(
      '\n(1)项目资金到位情况分析\n',
      '\n(1)项目资金到位情况分析\n\n资金已全部到位。\n\n(2)项目资金执行情况分析\n',
    );
    assert.deepEqual(findingsOf(text, RULE), [], messages(findingsOf(text, RULE)));
  });
});

describe('heading-numbering: a space for 、, a number again after its title, a site’s terms (rotated into tune in session 12)', () => {
  const tune = (slug: string): string => readFileSync(join(ROOT, 'test', 'corpus', `${slug}.md`), 'utf8');
  const asReport = (text: string): Finding[] => findingsOf(`${cleanReport().trimEnd()}\n\n${text}`, RULE);

  test('许昌河湖水系 2022: …总结报告 一 绩效管理工作开展情况。 … 二 部门(单位)…: one finding, 二 related, the fix writes 、', () => {
    const text = tune('2022-河南-许昌市河湖水系水源调度中心-部门整体');
    const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('没有顿号'));
    assert.equal(fs.length, 1);
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '一 ');
    assert.equal(f.related?.length, 1);
    const fixed = applyFix(text, f);
    assert.ok(fixed.includes('总结报告 一、绩效管理工作开展情况。'));
    assert.ok(fixed.includes('二、部门(单位)整体和项目绩效自评结果。'));
  });

  test('开福人大 2022: 一、基本情况(一)部门(单位)基本情况(一)基本情况。 — the second (一) repeats', () => {
    const text = tune('2022-湖南-开福区人大常委会办公室-部门整体');
    const f = findingsOf(text, RULE).find((x) => x.message.zh.includes('又写了一遍')) as Finding;
    assert.equal(text.slice(f.span.start, f.span.end + 4), '(一)基本情况');
  });

  test('丰泽 (tuning text): the sharing site’s numbered terms (4、该文档为VIP文档…) are no item of the report', () => {
    const text = tune('不详-福建-丰泽区教育局足球特色学校-项目支出');
    assert.deepEqual(
      findingsOf(text, RULE).filter((f) => text.slice(f.span.start, f.span.end + 12).includes('VIP')),
      [],
    );
  });

  // made up, in report wording: spaced numbers in a text in one line, a number again after its title
  test('made up: 一 and 二 with a space for 、 in a line; (二)…(二) with a title between', () => {
    const one = asReport('自评报告 一 基本情况。 本单位共有职工20人。 二 绩效目标完成情况。 全年完成目标。');
    assert.deepEqual(
      one.filter((f) => f.message.zh.includes('没有顿号')).map((f) => f.related?.length),
      [1],
    );
    const again = asReport('二、绩效目标(二)项目资金情况(二)资金到位情况。全年资金到位120万元。');
    assert.equal(again.filter((f) => f.message.zh.includes('又写了一遍')).length, 1);
  });

  // made up, right: a lone 一 before a title, a numeral spaced out in a PDF's text, a broken word before a comma,
  // (一) twice with a sentence between
  for (const body of [
    '自评报告 一 基本情况。 本单位共有职工20人。',
    '统 一 管 理，二 次 分 配。',
    '全年 一 般公共预算支出120万元，二 级指标完成。',
    '(一)项目资金到位。全年到位120万元，(一)号文件要求已落实。',
  ]) {
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(
        asReport(body).filter((f) => /没有顿号|又写了一遍/.test(f.message.zh)),
        [],
      );
    });
  }
});
