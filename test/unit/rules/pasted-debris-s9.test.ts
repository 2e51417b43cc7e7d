// pasted-debris, session 9 (issue 14): furniture and debris of kinds the blind set showed the rule had not
// generalised to, read on the lines of the tuning texts themselves (some of the texts are not recognised as
// reports yet, so each is checked as one), and the false alarms printed for the rotated texts. Made-up
// texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const cut = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句子被换行截断'));

describe('pasted-debris: false alarms printed for the rotated texts (session 9)', () => {
  test('新开镇 2021: a cell’s text, then the next label wrapped in its cell (…武装等工作 / 年度主要 / 工作内容), is no cut sentence', () => {
    const text = tuneText('2021-湖南-岳阳县新开镇政府-部门整体');
    assert.ok(text.includes('武装等工作\n\n年度主要\n\n工作内容'));
    assert.deepEqual(
      cut(text).map((f) => lineAt(text, f.span.start)),
      [],
    );
  });
});

const at = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const furniture = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('从网页粘贴带入'));

describe('pasted-debris: furniture of kinds the blind set showed (session 9)', () => {
  test('寺下镇 2019: a hijacked mirror’s porn banner on line 1 starts the block of its bar and breadcrumb (in traditional script)', () => {
    const text = tuneText('2019-不详-寺下镇高其坑通组道路-项目支出');
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 9]);
    assert.ok(f.message.zh.includes('转载网站植入的广告') && f.message.zh.includes('“成人国产”'), f.message.zh);
    // the traditional bar and breadcrumb are read through the mirror's glued pinyin
    assert.ok(f.message.zh.includes('“關(guān)懷版 無障礙 無障礙”') && f.message.zh.includes('“您當前所在位置”'), f.message.zh);
  });

  test('江永 公安局: a gambling brand written in place of the county’s name (优米体育足球公安局) is spam in the sentence', () => {
    const text = tuneText('不详-湖南-江永县公安局-项目支出');
    const fs = debris(text).filter((f) => text.slice(f.span.start, f.span.end) === '优米体育足球');
    assert.equal(fs.length, 1);
    assert.equal(lineAt(text, (fs[0] as Finding).span.start), 4);
  });

  test('瑶海 2022: a sharing site’s slogan (经济文库 - 千万精品文档…) starts the block of its file name and counters', () => {
    const text = tuneText('2022-安徽-合肥市瑶海区农林水务局-项目支出');
    const f = furniture(text)[0] as Finding;
    assert.equal(lineAt(text, f.span.start), 1);
    assert.ok(f.message.zh.includes('文档分享网站的横幅') && f.message.zh.includes('精品文档'), f.message.zh);
    // session 17: the slogan is quoted to its end, the site's name with it (瑶海 2021's reviewer quotes it so)
    assert.ok(f.message.zh.includes('“经济文库 - 千万精品文档,你想要的都能搜到,下载即用。”'), f.message.zh);
  });

  test('广西商务厅 2022: the page tools 我要收藏 / 文章分享 with the widget’s name between them, lines 1–3', () => {
    const text = tuneText('2022-广西-广西壮族自治区商务厅-转移支付');
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 3]);
    assert.ok(f.message.zh.includes('页面工具栏'), f.message.zh);
  });

  test('原州 2022: a scraper’s field label 文本内容: before the text', () => {
    const text = tuneText('2022-宁夏-原州区农技中心马铃薯种薯繁育-自评表');
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 1]);
    assert.ok(f.message.zh.includes('“文本内容:”'), f.message.zh);
  });

  test('丰都 2024: the breadcrumb 您当前所在位置 is quoted', () => {
    const text = tuneText('2024-重庆-丰都县交通运输综合行政执法支队-项目支出');
    const f = furniture(text)[0] as Finding;
    assert.equal(lineAt(text, f.span.start), 1);
    assert.ok(f.message.zh.includes('“您当前所在位置”'), f.message.zh);
  });

  test('舟曲 2024: the portal’s column 公告公示 above the breadcrumb starts the block (a column named by notice words)', () => {
    const text = tuneText('2024-甘肃-舟曲县城关镇社区卫生服务中心-部门整体');
    const f = furniture(text)[0] as Finding;
    assert.equal(lineAt(text, f.span.start), 1);
    // session 11: the breadcrumb is quoted with its steps (“所在的位置: 网站首页 > 新闻中心 > 公告公示 > 正文”)
    assert.ok(f.message.zh.includes('> 公告公示 >'), f.message.zh);
  });

  test('茂名 2023: a bidding mirror’s 發布時間, bare field labels and members-only notice are one block, in traditional script', () => {
    const text = tuneText('2023-广东-茂名市交通运输局-专项资金');
    const f = furniture(text).find((x) => lineAt(text, x.span.start) === 3) as Finding;
    // session 10: with the record's 相關單位: and its masked value after the notice (lines 16–17), as annotated
    assert.deepEqual(at(text, f), [3, 17]);
    assert.ok(f.message.zh.includes('“發(fā)布時間: 2024年07月10日”') && f.message.zh.includes('“為隱藏內(nèi)容”'), f.message.zh);
    assert.equal(f.fix?.safe, false);
  });

  test('镇村扶贫酒厂 2020: a sharing site’s abstract — the opening lines run into line 1, cut mid-figure — is deleted on request', () => {
    const text = tuneText('2020-不详-镇村扶贫酒厂-专项资金');
    const f = debris(text).find((x) => x.message.zh.startsWith('第一行是文档分享网站的摘要')) as Finding;
    assert.deepEqual(at(text, f), [1, 1]);
    assert.ok(f.message.zh.includes('开头 4 行') && f.message.zh.includes('“贫,占地面积20”'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).startsWith('财政专项扶贫资金绩效自评报告\n一、绩效目标分解下达情况\n'));
  });

  test('新开镇 2021: a page headline that repeats the title over it is no abstract (one line repeated)', () => {
    const text = tuneText('2021-湖南-岳阳县新开镇政府-部门整体');
    assert.deepEqual(
      debris(text).filter((x) => x.message.zh.startsWith('第一行是文档分享网站的摘要')),
      [],
    );
  });

  test('made up: a hijacked mirror’s banner of another page (狠狠干影院/欧美午夜电影…, as on a 公文 mirror) above a title', () => {
    const text =
      '狠狠干影院/欧美午夜电影在线观看/国产精品一区二区在线观看完整版\n\n2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n我局全年支出100万元。\n';
    const f = furniture(text)[0] as Finding;
    assert.deepEqual(at(text, f), [1, 1]);
    assert.ok(f.message.zh.includes('转载网站植入的广告'), f.message.zh);
  });

  test('茂名 2023 and 名山 2024: ** where a bidding mirror hid a name is a mask in a text that shows the site’s notice', () => {
    const maoming = tuneText('2023-广东-茂名市交通运输局-专项资金');
    const m = debris(maoming).filter((x) => lineAt(maoming, x.span.start) === 39);
    assert.equal(m.length, 1);
    assert.ok(m[0]?.message.zh.startsWith('转载网站用“**”遮住了原文'), m[0]?.message.zh);
    const mingshan = tuneText('2024-四川-名山区林业局-转移支付');
    const n = debris(mingshan).filter((x) => x.message.zh.startsWith('转载网站用'));
    // the notice's own line (7) is furniture, deleted whole; the title's mask (8) is reported
    assert.deepEqual(
      n.map((x) => lineAt(mingshan, x.span.start)),
      [8],
    );
  });

  test('made up: ** for bold in a text with no site notice is Markdown, not a mask', () => {
    const text = '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n我局**全年支出100万元**，**市财政局**按时拨付。\n';
    assert.deepEqual(
      debris(text).filter((x) => x.message.zh.startsWith('转载网站用')),
      [],
    );
  });

  test('made up: 内容: inside the report, 体育足球场 and 校园足球 in a sentence, 文库 in prose are the report’s own', () => {
    const text =
      '2023年度部门整体支出绩效自评报告\n\n一、基本情况\n\n内容:\n\n我局全年新建体育足球场2个，开展校园足球活动12场，建成社区数字文库1个。\n';
    assert.deepEqual(debris(text), []);
  });
});
