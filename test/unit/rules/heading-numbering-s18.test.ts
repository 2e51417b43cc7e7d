// Heading numbers session 18 read on the report's own sequence: a bracketed number with a stray 、 where the same level
// is written clean elsewhere (numbering/stray-separator.ts), and a title between two numbers that lost its own, shown
// with the number after it as the evidence (numbering-slips.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => spanText(text, f));
const stray = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.includes('括号编号后不加'));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;

test('旌德电商 2020 (tune corpus, annotated): `(一)、项目申报管理` and `(一)、项目管理。` where the level writes `(二)资金落实`', () => {
  const text = tuneText('2020-安徽-旌德县农村电商提质增效工程-专项资金');
  const fs = stray(findingsAsReport(text, RULE));
  assert.deepEqual(spans(text, fs), ['(一)、', '(一)、']);
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('应为「(一)项目申报管理」'), f.message.zh);
  assert.ok(applyFix(text, f).includes('\n(一)项目申报管理\n'));
});

test('抚远 2022 (tune corpus, outline annotated as holding): `(一)、` `(二)、` and `1、2、3、` — a 、 after every number, its own scheme', () => {
  const text = tuneText('2022-黑龙江-抚远市农村饮水维修养护-项目支出');
  assert.deepEqual(stray(findingsAsReport(text, RULE)), []);
});

test('made up: a stray 、 or ， after （一） or （1） is read only where the level is written clean elsewhere', () => {
  const mixed = plain('一、项目概况\n\n（一）、项目背景\n\n正文。\n\n（二）项目内容\n\n正文。\n\n（1），数量指标\n\n（2）质量指标');
  assert.deepEqual(spans(mixed, stray(findingsOf(mixed, RULE))), ['（一）、', '（1），']);
  for (const body of [
    // every number the report writes takes a 、, its 1. as 1、 too: the report's own scheme (a run with no 1、 is read:
    // heading-numbering-stray-run.test.ts)
    '一、项目概况\n\n（一）、项目背景\n\n1、项目来源\n\n正文。\n\n（二）、项目内容\n\n正文。',
    // a bracket with nothing after the 、 is no heading
    '一、项目概况\n\n（一）、\n\n（二）项目内容',
  ]) {
    const text = plain(body);
    assert.deepEqual(stray(findingsOf(text, RULE)), [], body);
  }
});

test('攀枝花西区一幼 2021 (tune corpus, annotated): `人员情况` between (一) and (三) lost its (二); (三) is shown as the evidence', () => {
  const text = tuneText('2021-四川-攀枝花市西区第一幼儿园-部门整体');
  const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('「人员情况」缺少编号'));
  assert.equal(fs.length, 1);
  const f = fs[0] as Finding;
  assert.deepEqual(
    (f.related ?? []).map((r) => text.slice(r.span.start, r.span.end)),
    ['(三)'],
  );
});

// The false alarms of tune (session 18): each a shape of correct text the own-sequence readings took for a slip.
test('宁国非遗 2023 (tune corpus, annotated as holding): (一)资金投入 (二)资金管理 (三) (四) — the report’s own (二) counts', () => {
  // checked as published: the 转移支付 template fits it
  const text = tuneText('2023-安徽-宁国市文旅局省级非遗保护资金-转移支付');
  assert.deepEqual(
    findingsOf(text, RULE).map((f) => f.message.zh),
    [],
  );
});

test('made up: after the report’s own (二) at the template’s 1. place, a real skip to (四) is still told', () => {
  const text = tuneText('2023-安徽-宁国市文旅局省级非遗保护资金-转移支付').replace(
    '(三)总体绩效目标完成情况分析',
    '(四)总体绩效目标完成情况分析',
  );
  assert.ok(findingsOf(text, RULE).some((f) => f.message.zh.includes('跳号') && f.message.zh.includes('(四)')));
});

test('保亭果蔬 20xx (tune corpus): `????*.決策與管理情況分析` has its number, masked like the figures of a redacted copy', () => {
  const text = tuneText('20xx-海南-保亭县热带果蔬科创基地建设-项目支出');
  assert.deepEqual(
    findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('決策與管理')),
    [],
  );
});

test('汨罗公交 2017 (tune corpus, a 自评表): the row label right under 三、项目绩效自评情况 is no sibling that lost 四、', () => {
  const text = tuneText('2017-湖南-汨罗市城市公共汽车公司低票价运营补贴-自评表');
  assert.deepEqual(
    findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('缺少编号')),
    [],
  );
});

test('made up: a title written like 三、 after a paragraph of 三、 lost 四、; right under 三、 it is 三、’s own first part', () => {
  const lost = plain('一、项目概况\n\n正文。\n\n二、项目决策情况\n\n正文。\n\n三、项目管理情况\n\n正文。\n\n项目绩效情况\n\n正文。');
  assert.ok(findingsOf(lost, RULE).some((f) => f.message.zh.includes('「项目绩效情况」缺少编号')));
  const under = plain('一、项目概况\n\n正文。\n\n二、项目决策情况\n\n正文。\n\n三、项目管理情况\n\n项目绩效情况\n\n正文。');
  assert.ok(!findingsOf(under, RULE).some((f) => f.message.zh.includes('缺少编号')));
});

// A part whose sub-headings start at (二), and a (一) right under a (一) (numbering/first-missing.ts, adjacent-repeat.ts).
const gapOf = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.includes('前没有') || f.message.zh.includes('之下紧接着'));

test('东川城管 2020 and 渔业增殖放流 2019 (tune corpus, annotated): paragraphs, then `(二)…` with no (一) before it', () => {
  for (const [slug, want] of [
    ['2020-云南-东川区城市管理局-部门整体', '(二)'],
    ['2019-不详-XX市渔业增殖放流-项目支出', '(二)'],
  ] as const) {
    const text = tuneText(slug);
    const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('前没有'));
    assert.deepEqual(spans(text, fs), [want], slug);
  }
});

test('made up: (二) first in its part is read only after a paragraph, with no (一) in the stretch, and only (二)', () => {
  const lost = plain('一、部门概况\n\n本局负责全县林业工作，内设机构5个。\n\n（二）年度重点工作\n\n正文。');
  assert.deepEqual(spans(lost, gapOf(findingsOf(lost, RULE))), ['（二）']);
  for (const body of [
    // (一) run into the paragraph: it is there
    '一、部门概况\n\n主要情况如下：（一）部门职能。本局负责全县林业工作。\n\n（二）年度重点工作\n\n正文。',
    // no paragraph before it: a text cut above, or a heading list
    '一、部门概况\n\n（二）年度重点工作\n\n正文。',
    // (三) first: more than one lost, or a text cut, is a guess
    '一、部门概况\n\n本局负责全县林业工作，内设机构5个。\n\n（三）年度重点工作\n\n正文。',
  ]) {
    const text = plain(body);
    assert.deepEqual(gapOf(findingsOf(text, RULE)), [], body);
  }
});

test('胶州 耕地 20xx (set 27, rotated into tune in session 42): paragraphs, then `2.项目内容及实施情况。` with no 1. before it', () => {
  const text = tuneText('20xx-山东-胶州市生态补偿耕地保护提升-专项资金');
  const f = findingsOf(text, RULE).filter((x) => x.message.zh.includes('前没有'));
  assert.deepEqual(spans(text, f), ['2.']);
  assert.ok(f[0]?.message.zh.includes('前没有「1.」：本部分的三级标题从「2.」开始'), f[0]?.message.zh);
});

test('made up: a 2. first in its part is read as (二) is; not after a 1. run into a line, nor after a site’s banner alone', () => {
  const lost = plain('本项目主要用于耕地质量提升，覆盖全市12个镇街。\n\n2.项目内容及实施情况。\n\n正文。');
  assert.deepEqual(spans(lost, gapOf(findingsOf(lost, RULE))), ['2.']);
  for (const body of [
    '主要情况如下：1.项目背景。本项目主要用于耕地质量提升。\n\n2.项目内容及实施情况。\n\n正文。',
    '《某县项目绩效自评报告.docx》由会员分享,可在线阅读,更多相关文档请在本站上搜索。\n\n2.项目内容及实施情况。\n\n正文。',
  ]) {
    const text = plain(body);
    assert.deepEqual(gapOf(findingsOf(text, RULE)), [], body);
  }
});

test('寻甸统战部 2024 (tune corpus, annotated): `(一)部门基本情况` then `(一)部门机构设置、编制`, no text between', () => {
  const text = tuneText('2024-云南-寻甸县委统战部-部门整体');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('之下紧接着'));
  assert.equal(fs.length, 1);
  assert.ok((fs[0] as Finding).message.zh.includes('「(一)部门机构设置、编制」'), (fs[0] as Finding).message.zh);
});

test('made up: a (一) under a (一) with text between, figures 1. under 1., and one heading written twice are not read', () => {
  for (const body of [
    '一、部门概况\n\n（一）部门职能\n\n正文。\n\n（一）机构设置\n\n正文。',
    '一、部门概况\n\n1.部门职能\n1.机构设置\n\n正文。',
    '一、部门概况\n\n（一）部门职能\n（一）部门职能\n\n正文。',
  ]) {
    const text = plain(body);
    assert.deepEqual(
      findingsOf(text, RULE).filter((f) => f.message.zh.includes('之下紧接着')),
      [],
      body,
    );
  }
});

test('农田建设补助资金 20xx (tune corpus, annotated): `…报告如下:一、绩效目标分解下达情况20xx年度…`, then 二、 on a line of its own', () => {
  const text = tuneText('20xx-不详-省级农田建设补助资金通用7篇-转移支付');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('接在了上一段的中间'));
  assert.deepEqual(spans(text, fs), ['一、']);
});

test('made up: a list written inside a paragraph (一、 and 二、 on one line), or a report whose 一、 starts a line, is left alone', () => {
  const runIn = (s: string): Finding[] => findingsOf(plain(s), RULE).filter((f) => f.message.zh.includes('接在了上一段的中间'));
  assert.equal(runIn('现将情况报告如下:一、项目概况本项目总投资100万元。\n\n二、项目绩效\n\n正文。').length, 1);
  assert.deepEqual(runIn('主要问题如下:一、资金拨付不及时;二、管理不规范。\n\n二、项目绩效\n\n正文。'), []);
  assert.deepEqual(runIn('一、项目概况\n\n主要问题如下:一、资金拨付不及时。\n\n二、项目绩效\n\n正文。'), []);
});

test('made up: a cited document’s title (《…会议纪要》) in the gap of a list is not read as the item that lost its number', () => {
  const text = plain('一、立项依据\n\n(1)《林业发展规划》;\n\n(2)《油茶产业行动计划》;\n\n《市委常委会会议纪要》\n\n(4)《实施方案》。');
  assert.ok(!findingsOf(text, RULE).some((f) => f.message.zh.includes('会议纪要》」缺少编号')));
});

test('龙感湖 农机购置补贴 2023 (tune corpus, annotated): `…共计84.47万元。绩效目标完成情况分析`, then (一) on the next line', () => {
  const text = tuneText('2023-湖北-龙感湖管理区农机购置补贴-转移支付');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('接在了上一段的末尾，也没有编号'));
  assert.deepEqual(spans(text, fs), ['绩效目标完成情况分析']);
});

test('made up: a lead-in (…情况如下) or a tail not followed by a first item is no run-on heading', () => {
  const bare = (s: string): Finding[] => findingsOf(plain(s), RULE).filter((f) => f.message.zh.includes('也没有编号'));
  assert.equal(bare('一、项目概况\n\n本项目总投资100万元。资金使用情况分析\n（一）资金到位情况分析\n\n正文。').length, 1);
  assert.deepEqual(bare('一、项目概况\n\n本项目总投资100万元。具体情况如下\n（一）资金到位情况\n\n正文。'), []);
  assert.deepEqual(bare('一、项目概况\n\n本项目总投资100万元。资金使用情况分析\n\n正文。'), []);
  // a sentence cut off (a page's end): it ends as no heading under it does
  assert.deepEqual(bare('一、项目概况\n\n本项目总投资100万元。指导县科技创新促进会和\n（一）资金到位情况分析\n\n正文。'), []);
});

test('农业生产救灾 2019 (tune corpus, annotated): `绩效目标分解下达情况1、2019年…`, 2、 3、, then 二、 — no 一、 anywhere', () => {
  const text = tuneText('2019-不详-XX区农业生产救灾资金-转移支付');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('接在同一行'));
  assert.deepEqual(spans(text, fs), ['绩效目标分解下达情况']);
  assert.ok(applyFix(text, fs[0] as Finding).includes('\n一、绩效目标分解下达情况\n1、2019年'));
});

test('made up: a title glued to 1、 is read only where the report writes 二、 and no 一、, and its 2、 follows', () => {
  const glued = (s: string): Finding[] => findingsOf(plain(s), RULE).filter((f) => f.message.zh.includes('接在同一行'));
  assert.equal(glued('项目资金下达情况1、下达资金100万元。\n2、下达资金50万元。\n二、项目绩效\n\n正文。').length, 1);
  // 一、 written: the line is a part of the report's own
  assert.deepEqual(glued('一、项目概况\n\n项目资金下达情况1、下达资金100万元。\n2、下达资金50万元。\n二、项目绩效\n\n正文。'), []);
  // no 2、: one figure, not a list
  assert.deepEqual(glued('项目资金下达情况1、下达资金100万元。\n二、项目绩效\n\n正文。'), []);
});

test('made up: a (一) the other checks read as damaged — `(-)`, `（ ）`, `一)` — is there: its (二) is not told as the first', () => {
  for (const written of ['(-)部门职能', '（ ）部门职能', '一)部门职能']) {
    const text = plain(`一、部门概况\n\n本局负责全县林业工作，内设机构5个。\n\n${written}\n\n正文。\n\n（二）年度重点工作\n\n正文。`);
    assert.deepEqual(gapOf(findingsOf(text, RULE)), [], written);
  }
});

test('made up: `(1),12,13` — a bracketed number before figures is a row, not a heading with a stray comma', () => {
  const text = plain('一、项目概况\n\n（1）数量指标\n\n正文。\n\n(1),12,13\n\n（2）质量指标');
  assert.deepEqual(stray(findingsOf(text, RULE)), []);
});

test('桂阳 20xx (tune corpus, held): the line before (二) opens on a mirror’s garbled (一) (。ㄒ唬⿲m椯Y金概况): no (一) missing', () => {
  const text = tuneText('20xx-湖南-桂阳县公路建设养护中心农村公路日常养护-项目支出');
  assert.deepEqual(gapOf(findingsAsReport(text, RULE)), []);
  // made up: the same part with the line written plainly still lacks its (一)
  const plainText = plain(
    '一、专项资金基本情况\n\n专项资金概况说明如下，全年下达资金400万元。\n\n(二)专项资金预期目标完成程度\n\n已完成。',
  );
  assert.equal(gapOf(findingsOf(plainText, RULE)).length, 1);
  const garbled = plain(
    '一、专项资金基本情况\n\n。ㄒ唬专项资金概况说明如下，全年下达资金400万元。\n\n(二)专项资金预期目标完成程度\n\n已完成。',
  );
  assert.deepEqual(gapOf(findingsOf(garbled, RULE)), []);
});

test('师宗应急 2022 (set 29, holds): 二、 after `第二部分 …决算表一、收入支出决算总表` follows the part’s glued 一、', () => {
  const text = tuneText('2022-云南-师宗县应急管理局决算-部门整体');
  assert.deepEqual(findingsOf(text, RULE), []);
});

test('made up: a part’s line with its 一、 glued on starts the run again; a part line with none does not', () => {
  const toc = (part: string): string =>
    plain(`目录\n第一部分 部门概况\n一、主要职能\n二、部门基本情况\n${part}\n二、收入决算表\n三、支出决算表`);
  assert.deepEqual(findingsOf(toc('第二部分 2022年度部门决算表一、收入支出决算总表'), RULE), []);
  assert.ok(findingsOf(toc('第二部分 2022年度部门决算表'), RULE).length > 0);
});
