// pasted-debris, session 12 (issue 14 §7): the debris of the texts rotated into tune this session — a gambling
// site's advertising a mirror wrote inside words, and messages that quote what the reviewer sees (a short line whole,
// a long block by its two ends, a long breadcrumb cut) — read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const spam = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句中混入'));
/** A clean report with `line` as the first paragraph of its 基本情况. */
const inReport = (line: string): string => cleanReport({ bodies: { 'basic-functions': line } });

describe('pasted-debris: a gambling site’s advertising inside words (session 12)', () => {
  test('三峡后续 2021: 全球最大的博彩平台 written in place of 水利, each time, boast and all, with no fix (the lost word is not known)', () => {
    const text = tuneText('2021-重庆-重庆市三峡后续工作建设基金-转移支付');
    const found = spam(text);
    assert.deepEqual(
      found.map((f) => lineAt(text, f.span.start)),
      [1, 1, 1, 3, 5],
    );
    for (const f of found) {
      assert.equal(text.slice(f.span.start, f.span.end), '全球最大的博彩平台');
      assert.equal(f.fix, undefined);
    }
  });

  test('made up: one word that is the advertising itself, with the weak words around it, in other brands', () => {
    for (const [line, phrase] of [
      ['2023年亚洲最大的博彩网站林业局下达补助资金100万元。', '亚洲最大的博彩网站'],
      ['下达开云体育资金100万元，用于道路建设。', '开云体育'],
      ['全县九游会官网平台农村公路养护里程120公里。', '九游会官网平台'],
    ] as const) {
      const text = inReport(line);
      const found = spam(text);
      assert.deepEqual(
        found.map((f) => text.slice(f.span.start, f.span.end)),
        [phrase],
        line,
      );
    }
  });

  test('made up: a report’s 最大的, 全球, 平台 and a police report’s 赌博 are no spam', () => {
    for (const line of ['全县最大的体育彩票投注站完成改造，彩票公益金支出20万元。', '搭建全球领先的政务服务平台，打击网络赌博违法犯罪。']) {
      assert.deepEqual(spam(inReport(line)), [], line);
    }
  });
});

describe('pasted-debris: the message quotes what the reviewer sees (session 12)', () => {
  const TITLE = '某县水利局2023年度项目支出绩效自评报告';
  const page = (head: string): string => `${head}\n\n${TITLE}\n\n一、基本情况\n\n全年预算100万元，已全部支出。\n`;
  const furniture = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('从网页粘贴带入'));

  test('made up: a short line is quoted whole, a label with its value (文章来源:…, 发布时间 with its time)', () => {
    const text = page('文章来源:某县水利局\n\n发布时间:2024-03-22 15:19\n\n浏览次数:');
    const f = furniture(text)[0] as Finding;
    for (const q of ['“文章来源:某县水利局”', '“发布时间:2024-03-22 15:19”', '“浏览次数:”'])
      assert.ok(f.message.zh.includes(q), f.message.zh);
  });

  test('made up: a long block is named by its two ends, its last line among the first words quoted', () => {
    const head = [
      '当前位置：首页 > 政务公开',
      '索引号：001/2024-01',
      '发布机构：某县水利局',
      '主题分类：财政',
      '统一登记号：无',
      '浏览次数：12',
    ];
    const f = furniture(page(head.join('\n')))[0] as Finding;
    assert.ok(f.message.zh.includes('“浏览次数：12”'), f.message.zh);
  });

  test('红河 2022: a breadcrumb longer than the quote allows shows its first steps, cut', () => {
    const text = tuneText('2022-云南-红河州财政局-项目支出');
    const f = furniture(text)[0] as Finding;
    assert.ok(f.message.zh.includes('“首页>政府信息公开>法定主动公开内容>重点领域信息公开>财政信息公开>预算绩效管…”'), f.message.zh);
  });
});

describe('pasted-debris: 文章来源 and a site’s note on an OCR’d attachment (session 12)', () => {
  const TITLE = '某县水利局2023年度项目支出绩效自评报告';
  const furniture = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('从网页粘贴带入'));

  test('红河 2022: 文章来源:红河州财政局 opens the record block under the title (发布日期, 浏览次数), quoted with its value', () => {
    const text = tuneText('2022-云南-红河州财政局-项目支出');
    const f = furniture(text).find((x) => x.message.zh.includes('文章来源')) as Finding;
    assert.ok(f.message.zh.includes('“文章来源:红河州财政局”'), f.message.zh);
    assert.ok(lineAt(text, f.span.end) >= 9);
  });

  test('made up: 详情见附件 and the OCR notice on lines of their own are the site’s; a report’s 详见附件 is not', () => {
    const note = `${TITLE}\n\n详情见附件\n（注：以下内容为附件图片识别，个别文字可能不准确，请以附件为准）\n\n一、基本情况\n\n全年预算100万元。\n`;
    const f = furniture(note)[0] as Finding;
    assert.ok(f.message.zh.includes('网站对附件的说明') && f.message.zh.includes('“详情见附件”'), f.message.zh);
    assert.deepEqual(furniture(inReport('项目明细详见附件，全年预算100万元。')), []);
  });

  test('南充 2023: the note glued before the form’s title is deleted alone (safe), the line and its title kept', () => {
    const text = tuneText('2023-四川-南充市林业局退耕还林工作经费-自评表');
    assert.deepEqual(
      furniture(text).filter((f) => lineAt(text, f.span.start) === 1),
      [],
    );
    const f = debris(text).find((x) => x.message.zh.startsWith('转载网站在正文前加的说明')) as Finding;
    assert.equal(f.fix?.safe, true);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).startsWith('部门预算项目支出绩效自评表(2023年度)'));
  });

  test('made up: the note with full-width brackets glued before a title; a report that writes 注: in its text is left', () => {
    const glued = inReport('（注：以下内容为附件图片识别，请以附件为准）2023年度项目支出绩效自评表');
    const f = debris(glued).find((x) => x.message.zh.startsWith('转载网站在正文前加的说明')) as Finding;
    assert.ok(f.message.zh.includes('“（注：以下内容为附件图片识别，请以附件为准）”'), f.message.zh);
    const own = inReport('（注：以下内容为本单位自评结果，数据以决算为准）全年预算100万元。');
    assert.deepEqual(
      debris(own).filter((x) => x.message.zh.startsWith('转载网站在正文前加的说明')),
      [],
    );
  });
});

describe('pasted-debris: the space between joint issuers is no flattened line break (session 12)', () => {
  const flattened = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('PDF 的换行'));

  test('明光 2023: 《安徽省财政厅 安徽省民政厅关于…》 and 滁州市财政局 滁州市民政局, as GB/T 9704 parts joint issuers', () => {
    const text = tuneText('2023-安徽-明光市民政局-转移支付');
    assert.deepEqual(
      flattened(text).filter((f) => lineAt(text, f.span.start) === 10),
      [],
    );
  });

  test('made up: joint issuers in three citations are left; a paragraph flattened after 我局 is still found', () => {
    const cited =
      '根据《某省财政厅 某省民政厅关于下达资金的通知》、《某市财政局 某市民政局关于分配资金的通知》和' +
      '《某省财政厅 某省农业农村厅关于印发办法的通知》要求，全年预算100万元。';
    assert.deepEqual(flattened(inReport(cited)), []);
    const broken =
      '本年度我局及时布置自 评任务，按照要求开展了自评工作并形成报告，发展战 略方面取得实效，固定 资产管理规范，' +
      '资金使用合规，监 管到位，各项工作均按计划推进完成，群众满意度较高，下一步继续加 强管理。';
    assert.equal(flattened(inReport(broken)).length, 1);
  });
});

describe('pasted-debris: glued pinyin quoted by each glossed character once (session 12)', () => {
  test('宣州 2022: 區(qū) on every line is quoted once, and the 據(jù) and 數(shù) of the paragraphs below show too', () => {
    const text = tuneText('2022-安徽-宣州区应急管理局干旱救灾资金-转移支付');
    const f = debris(text).find((x) => x.message.zh.startsWith('转载网站在汉字后插入了拼音')) as Finding;
    assert.ok(f.message.zh.includes('據(jù)') && f.message.zh.includes('數(shù)'), f.message.zh);
    assert.equal(f.message.zh.split('區(qū)').length - 1, 1, f.message.zh);
  });

  test('made up: a page converted line by line names up to eight characters, each once', () => {
    const line = '項(xiàng)目資(zī)金已撥(bō)付，項(xiàng)目進(jìn)度達(dá)到預(yù)期，資(zī)金使用規(guī)範(fàn)。';
    const f = debris(inReport(`${line}\n\n${line}\n\n${line}`)).find((x) => x.message.zh.startsWith('转载网站')) as Finding;
    assert.ok(f.message.zh.includes('如“項(xiàng)目”“資(zī)金”“撥(bō)付”“進(jìn)度”'), f.message.zh);
  });
});

describe('pasted-debris: a numbered title is no sentence cut short (session 12)', () => {
  const broken = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句子被换行截断'));

  test('红河 2022: 1.“政采云”电子卖场平台服务经费 then 项目背景: … is a heading and its first field', () => {
    const text = tuneText('2022-云南-红河州财政局-项目支出');
    assert.deepEqual(
      broken(text).filter((f) => lineAt(text, f.span.start) === 17),
      [],
    );
  });

  test('made up: a numbered item cut mid-clause at a PDF line is still one', () => {
    const cut = inReport('1.我局按照县财政局的要求，及时组织开展了项目支出绩效自评工作并形成\n\n自评报告，按时报送县财政局。');
    assert.equal(broken(cut).length, 1);
    const title = inReport('1.“智慧财政”信息平台运行维护服务经费\n\n项目背景：为落实全省财政信息化建设要求。');
    assert.deepEqual(broken(title), []);
  });
});

describe('pasted-debris: the headline of an essay site that numbers its pieces (session 12)', () => {
  test('儋州: 农村项目绩效自评报告 / 时间:… 我要投稿 / the title again / 小编 … / …报告1: the headline opens the wrapper’s block', () => {
    const text = tuneText('不详-海南-儋州某镇衔接资金-转移支付');
    const f = debris(text).find((x) => x.message.zh.includes('范文网站')) as Finding;
    assert.equal(lineAt(text, f.span.start), 1);
    assert.ok(f.message.zh.includes('“农村项目绩效自评报告”'), f.message.zh);
  });

  test('made up: with no numbered piece after it, the headline above a posting line is the report’s title', () => {
    const text = `某县项目绩效自评报告\n\n时间:2023-02-25 17:30:11 报告范文 我要投稿\n\n一、基本情况\n\n全年预算100万元。\n`;
    const f = debris(text).find((x) => x.message.zh.startsWith('从网页粘贴带入')) as Finding;
    assert.equal(lineAt(text, f.span.start), 3);
  });
});
