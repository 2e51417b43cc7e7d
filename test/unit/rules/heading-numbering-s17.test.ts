// Heading and item numbers that lost their marker, shown by session 16's second measured set (rotated into tune in
// session 17): an inline item's number with no 、 among siblings written whole (numbering/inline-glued.ts), a PDF's 1
// read as L, and a glued number whose sibling was run into the lead-in line before it (numbering/glued-marker.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';
import { readMarker } from '../../../server/src/engine/parse/markers.js';

const RULE = 'heading-numbering';
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => spanText(text, f));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;
const item = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.startsWith('列举项'));
/** What the rule says of a tuning text in its messages that hold `words`. */
const saidOn = (slug: string, words: string): string[] =>
  findingsAsReport(tuneText(slug), RULE)
    .filter((f) => f.message.zh.includes(words))
    .map((f) => f.message.zh);

test('办公楼维修 (tune corpus, annotated): `2、效益指标:…,3满意度指标:` — item 3 lost its 、', () => {
  const text = tuneText('20xx-不详-办公楼维修项目-项目支出');
  const fs = item(findingsAsReport(text, RULE));
  assert.deepEqual(spans(text, fs), ['3']);
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('「3满意度指标」') && f.message.zh.includes('应为「3、满意度指标」'), f.message.zh);
  assert.ok(applyFix(text, f).includes(',3、满意度指标:'));
});

test('大足 2020 (tune corpus, annotated): `(一)项目基本情况L预算项目情况分析。…2.项目组织情况分析。` — a PDF’s 1 read as L', () => {
  const text = tuneText('2020-重庆-大足区电子政务中心-项目支出');
  const fs = item(findingsAsReport(text, RULE));
  assert.deepEqual(spans(text, fs), ['L']);
  assert.ok((fs[0] as Finding).message.zh.includes('应为「1.预算项目情况分析」'), (fs[0] as Finding).message.zh);
});

test('益阳总工会 2022 (tune corpus, annotated): `其中:1、运行维护经费` then `2专项资金` alone on its line', () => {
  const text = tuneText('2022-湖南-益阳市总工会整体支出-自评表');
  const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('「2专项资金」'));
  assert.deepEqual(spans(text, fs), ['2']);
  assert.ok(applyFix(text, fs[0] as Finding).includes('2、专项资金'));
});

test('made up: inline items whose siblings end their titles alike are read; figures, references and other shapes are not', () => {
  const lost = plain('一、绩效目标\n\n1、产出指标：完成维修5次；2、效益指标：受益人数300人；3满意度指标：满意度90%以上。');
  assert.deepEqual(spans(lost, item(findingsOf(lost, RULE))), ['3']);
  for (const body of [
    // a figure with its unit
    '一、绩效目标\n\n1、产出指标：完成维修5次；2、效益指标：受益人数300人，3个村受益。',
    // the bare number's title ends otherwise than its sibling's
    '一、绩效目标\n\n1、产出指标：完成维修5次；2、效益指标：受益人数300人，3满意度达到百分之九十以上的目标。',
    // a number after a word is a reference
    '一、绩效目标\n\n1、产出指标：详见附表2；附表3满意度指标：见下。',
    // no sibling written whole
    '一、绩效目标\n\n产出指标：完成维修5次，3满意度指标：满意度90%以上。',
    // a Latin letter between Chinese words with no 2. after it
    '一、绩效目标\n\n采购L型支架一批。项目已完成。',
  ]) {
    const text = plain(body);
    assert.deepEqual(item(findingsOf(text, RULE)), [], body);
  }
});

test('made up: a glued number under a lead-in line whose last item is not its sibling is left', () => {
  for (const lead of ['其中:1、运行维护经费，已支付', '其中:3、运行维护经费', '其中运行维护经费']) {
    const text = plain(`一、预算执行\n\n${lead}\n\n2专项资金\n\n二、绩效情况\n\n完成。`);
    assert.deepEqual(
      findingsOf(text, RULE).filter((f) => f.message.zh.includes('2专项资金')),
      [],
      lead,
    );
  }
});

test('龙感湖 2023 (tune corpus, annotated): 1.项目资金到位情况分析, its paragraph, then 项目资金执行情况分析 bare — lost its 2.', () => {
  const text = tuneText('2023-湖北-龙感湖管理区农机购置补贴-转移支付');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.startsWith('标题「项目资金执行情况分析」缺少编号'));
  assert.equal(fs.length, 1);
  assert.ok((fs[0] as Finding).message.zh.includes('应为「2.项目资金执行情况分析」'), (fs[0] as Finding).message.zh);
});

test('made up: after a 1. item, a bare line sharing only a short ending, or reading as a sentence, is no lost sibling', () => {
  for (const bare of ['资金安排情况', '其他情况', '申报内容与实际相符,申报目标合理可行']) {
    const text = plain(`一、基本情况\n\n1.资金分配情况\n\n资金按计划分配。\n\n${bare}\n\n已按要求完成。`);
    assert.deepEqual(
      findingsOf(text, RULE).filter((f) => f.message.zh.includes('缺少编号')),
      [],
      bare,
    );
  }
  const lost = plain('一、基本情况\n\n1.项目资金到位情况分析\n\n资金已到位。\n\n项目资金执行情况分析\n\n已按要求完成。');
  assert.ok(findingsOf(lost, RULE).some((f) => f.message.zh.startsWith('标题「项目资金执行情况分析」缺少编号')));
});

test('平凉公共文化 2023 (tune corpus, line 15): …具体情况如下: then the caption of the table after it — no heading that lost (二)', () => {
  assert.deepEqual(saidOn('2023-甘肃-平凉市公共文化服务体系资金-转移支付', '缺少编号'), []);
});

test('made up: a title line the line before leads into with its colon is what the colon announces; after a full stop, lost', () => {
  const run = (lead: string): string => plain(`一、基本情况\n\n(一)资金下达情况分析\n\n${lead}\n\n资金使用情况分析\n\n二、其他\n\n无。`);
  const lost = (text: string): Finding[] =>
    findingsOf(text, RULE).filter((f) => f.message.zh.startsWith('标题「资金使用情况分析」缺少编号'));
  assert.deepEqual(lost(run('省级下达资金3020万元,具体情况如下:')), []);
  assert.deepEqual(lost(run('省级下达资金3020万元,具体情况如下：')), []);
  assert.equal(lost(run('省级下达资金3020万元,已全部下达。')).length, 1);
});

test('梯子河小学 2022 (tune corpus, line 21, set 24): `具体绩效目标:` over `1、满足全校…` is its list’s label, not a lost (四)', () => {
  assert.deepEqual(saidOn('2022-重庆-丰都县三元镇梯子河完全小学校-项目支出', '具体绩效目标'), []);
});

test('made up (s40): a title line that leads with its colon into a numbered list is its label; with no list under it, lost', () => {
  const run = (after: string): string =>
    plain(
      `一、基本情况\n\n(一)项目背景。\n\n学校共有20个项目。\n\n(二)绩效目标。\n\n总绩效目标:保障学校各项工作的正常开展。\n\n具体绩效目标:\n${after}\n\n二、其他\n\n无。`,
    );
  const lost = (text: string): Finding[] => findingsOf(text, RULE).filter((f) => f.message.zh.startsWith('标题「具体绩效目标」缺少编号'));
  assert.deepEqual(lost(run('1、满足全校60名学生的教学需要。\n2、保障教师培训。')), []);
  assert.equal(lost(run('\n全年完成各项教学任务。')).length, 1);
});

test('XX区农业救灾 2019 (tune corpus, line 4): `2、2019年预算下达…` is item 2, so `3、绩效目标下达情况:` follows it — no level slip', () => {
  assert.deepEqual(saidOn('2019-不详-XX区农业生产救灾资金-转移支付', '层级不对'), []);
});

test('made up: a number then a year (2、2019年…) is an item that opens with its year; a number then other figures is none', () => {
  assert.equal(readMarker('2、2019年预算下达资金', 0)?.value, 2);
  assert.equal(readMarker('12、2023年度目标', 0)?.value, 12);
  for (const figures of ['1、2、3项', '1.5万元', '2、20万元', '1、2019', '3、3020万元'])
    assert.equal(readMarker(figures, 0), undefined, figures);
});
