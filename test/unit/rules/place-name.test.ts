import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, registry, spanText, exampleNames, only } from '../../helpers.js';
import { checkText } from '../../../server/src/engine/index.js';
import { IncrementalParser } from '../../../server/src/engine/parse/chunks.js';
import { generateReport } from '../../../bench/generate.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneScore, tuneText } from './_tune.js';

const RULE = 'place-name';

/** The clean report with 一（一）'s body replaced by `body` (made-up sentences in the 2023 report's wording). */
const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });
const written = (text: string): string[] => findingsOf(text, RULE).map((f) => spanText(text, f));

describe('place-name on the field corpus (tuning texts, rotated into tune in session 13)', () => {
  test('宝坻 2019 (宝延区, 宝垠区, 宝诋区 for 宝坻区) and 芜湖 2022 (湾址区 for 湾沚区, 繁昌县 beside 繁昌区), and nothing else', () => {
    const s = tuneScore(RULE, ['typo']);
    assert.deepEqual(s.found, [
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:2 宝延区2019年',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:2 宝垠区现有林地面积',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:3 宝诋区2019年',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:3 绩效评价对象是宝垠区',
      '2022-安徽-芜湖市文化和旅游局-转移支付:21 湾址区3.73万元',
      '2022-安徽-芜湖市文化和旅游局-转移支付:19 繁昌县56.5万元',
    ]);
    // 弥勒 2022 (session 16's rotation, false alarms of its measure run): 弥勒县竹园镇白砂坡砂厂 and two more are the names the
    // sand pits were licensed under before 弥勒县 became a city (a holding name, not a slip): left since session 16
    // 长泰 2024 (session 35's set 21): the old county's name in the site's record row (| 所在地区: | 福建-漳州-长泰县 |) is left
    // since, page furniture deleted whole
    assert.deepEqual(s.falseAlarms, []);
    assert.deepEqual(s.onHolds, []);
  });

  test('宝坻 2019: the fix writes the name the text writes elsewhere, on request', () => {
    const text = tuneText('2019-天津-宝坻区农业农村委林业改革发展资金-项目支出');
    const f = findingsAsReport(text, RULE)[0] as Finding;
    assert.equal(spanText(text, f), '宝延区');
    assert.equal(f.message.zh, '地名「宝延区」疑有错字：没有这个行政区划，报告别处写的是「宝坻区」，请核对');
    assert.equal(f.fix?.safe, false);
    assert.ok(applyFix(text, f).includes('宝坻区2019年林业改革发展资金'));
  });
});

describe('place-name: made-up sentences', () => {
  test('one character wrong, the right name written elsewhere: flagged (a city, a district, a four-character city)', () => {
    assert.deepEqual(written(withBody('松滋市农业局负责全市农业工作，松兹市2023年完成造林1.2万亩。')), ['松兹市']);
    assert.deepEqual(written(withBody('本项目在宝坻区实施，宝抵区共完成防治面积98.33万亩。')), ['宝抵区']);
    assert.deepEqual(written(withBody('扎兰屯市国家现代农业产业园位于扎兰吨市中部。')), ['扎兰吨市']);
  });

  test('a place under the level it no longer has, the report writing today’s name too: flagged; 原…县 and a lone old name are left', () => {
    const text = withBody('分配繁昌区24.6万元，繁昌县56.5万元用于文化设施。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '繁昌县');
    assert.ok(f.message.zh.includes('现行行政区划是「繁昌区」'), f.message.zh);
    assert.deepEqual(written(withBody('原繁昌县文化馆并入繁昌区文化馆。')), []);
    assert.deepEqual(written(withBody('2019年繁昌县完成文化设施建设。')), []);
  });

  test('made up: a former county name opening a registered name (…砂厂, …有限公司) holds; the county itself is still found', () => {
    assert.deepEqual(written(withBody('繁昌区对繁昌县孙村镇白砂坡砂厂、繁昌县习岗哨砂场管理情况进行检查。')), []);
    assert.deepEqual(written(withBody('繁昌区委托繁昌县恒达建材有限公司实施。')), []);
    // the county itself, a town of it, a generic 厂房 or 矿山 after it: today's name is meant
    assert.deepEqual(written(withBody('繁昌区24.6万元，繁昌县孙村镇完成厂房改造。')), ['繁昌县']);
    assert.deepEqual(written(withBody('繁昌区24.6万元，繁昌县厂房改造。')), ['繁昌县']);
    assert.deepEqual(written(withBody('繁昌区24.6万元，繁昌县历史遗留矿山修复。')), ['繁昌县']);
  });

  test('a phrase before 县 is no name: 健全了县、乡 beside 全南县 (全南 2021, session 14’s measured set, fixed after measuring)', () => {
    // the real line, cut: 全了县 is one character from 全南县, which the report writes
    const line = '(2)及时调整县、乡地质灾害防灾责任人,进一步健全了县、乡、村、组四级群测群防网络。全南县自然资源局负责实施。';
    assert.deepEqual(written(withBody(line)), []);
    // the same shape with a real slip is still found (made up)
    assert.deepEqual(written(withBody('进一步健全全北县四级群测群防网络。全南县自然资源局负责实施。')), ['全北县']);
  });

  test('the wrong name with no right one in the report is left: nothing says which place is meant', () => {
    assert.deepEqual(written(withBody('宝垠区现有林地面积54.96万亩。')), []);
  });

  test('two real counties one character apart are both names (东城区 and 西城区, 宝山区 and 宝安区)', () => {
    assert.deepEqual(written(withBody('东城区与西城区联合开展检查，宝山区、宝安区各派一组。')), []);
  });

  test('ordinary words ending in 市/区 are not names: 确保全市, 中心城区, 两江新区, 防城港市 read from 城, 大湾区 (not 荔湾区)', () => {
    assert.deepEqual(
      written(
        withBody('保山市财政局确保全市资金安全，中心城区、山城区、两江新区、江北区、防城港市、贵港市、粤港澳大湾区、荔湾区均已覆盖。'),
      ),
      [],
    );
  });

  test('words for a kind of area are no names: 开发区 beside 开平区, 保护区, 工业区, 示范区 (made up, 唐山开平区)', () => {
    assert.deepEqual(written(withBody('开平区开发区管委会负责园区工作，辖内有保护区、工业区和示范区各一处。')), []);
  });

  test('a word before 市 or 区 is no name: 包括市级 beside 包头市, 城乡区域 beside 城东区 (made up; the 2023 example writes both words)', () => {
    // 包括市… (包括市自然科学基金) and 城乡区域 (促进城乡区域协调发展) stand in the 2023 report: with 包头市 or 城东区 written
    // elsewhere they were read as those names misspelt
    assert.deepEqual(written(withBody('包头市财政局下达资金，包括市级资金和县级资金，城东区负责促进城乡区域协调发展。')), []);
    // the names themselves misspelt are still found
    assert.deepEqual(written(withBody('包头市财政局下达资金，包斗市负责实施，城东区与城冬区各一组。')), ['包斗市', '城冬区']);
  });

  test('made up: typing in a report whose right name stands in another chunk, taken out and written back: as a fresh check', () => {
    // the names the report writes are counted per chunk and carried from one check to the next (only the chunks parsed
    // again are read): the right name's paragraph, far from the misspelt one, deleted and typed back
    const right = '\n\n本项目在宝坻区实施。\n\n';
    const base = generateReport(25_000, 3);
    const at = base.indexOf('\n\n', base.length >> 1);
    const texts = [base.slice(0, at) + right + base.slice(at)];
    const wrong = texts[0]!.indexOf('\n\n', 2_000);
    texts.push(texts[0]!.slice(0, wrong) + '\n\n宝垠区共完成防治面积98.33万亩。' + texts[0]!.slice(wrong));
    const last = texts[1]!;
    const cut = last.indexOf(right);
    texts.push(last.slice(0, cut) + last.slice(cut + right.length), last, `${last.slice(0, 10)}字${last.slice(10)}`);
    const parser = new IncrementalParser();
    const seen = texts.map((text) => {
      const kept = checkText(text, { registry, parser }).findings.filter((f) => f.ruleId === RULE);
      assert.deepEqual(kept, findingsOf(text, RULE), 'incremental = fresh');
      return kept.map((f) => spanText(text, f));
    });
    assert.deepEqual(seen, [[], ['宝垠区'], [], ['宝垠区'], ['宝垠区']]);
  });

  test('the examples have none', () => {
    for (const name of exampleNames()) assert.deepEqual(findingsOf(readExample(name), RULE), [], name);
  });
});
