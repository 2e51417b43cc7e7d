// pasted-debris, session 13 (issue 14 §2, §7): one debris per block as reviewers note it — a mirror's pinyin over the
// whole text is one defect, however much report text lies between its stretches — and the furniture of the texts
// rotated into tune this session, read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const lines = (text: string, f: Finding): [number, number] => [lineAt(text, f.span.start), lineAt(text, f.span.end)];
const glossed = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('转载网站在汉字后插入了拼音'));
/** A clean report with `line` as the first paragraph of its 基本情况. */
const inReport = (line: string): string => cleanReport({ bodies: { 'basic-functions': line } });

describe('pasted-debris: a mirror’s pinyin is one defect over the whole text (session 13)', () => {
  test('岳阳林业 2021: glosses on lines 1–39, 43–147 and 177–183 are one finding naming the three stretches', () => {
    const text = tuneText('2021-湖南-岳阳县林业局森林防火专项-项目支出');
    const fs = glossed(text);
    assert.deepEqual(
      fs.map((f) => lines(text, f)),
      [[1, 183]],
    );
    assert.ok(
      (fs[0] as Finding).message.zh.includes('第 4—42、46—150、180—186 行') /* three front-matter lines before the text */,
      (fs[0] as Finding).message.zh,
    );
  });

  test('made up: two stretches far apart are one finding, the first gloss of each quoted, one fix deleting them all', () => {
    const far = Array.from({ length: 8 }, (_, i) => `第${i + 1}段正文没有拼音，写明了项目资金的使用情况和管理情况。`).join('\n\n');
    const text = inReport(`項(xiàng)目資(zī)金到(dào)位。\n\n${far}\n\n結(jié)轉(zhuǎn)資(zī)金已清理。`);
    const fs = glossed(text);
    assert.equal(fs.length, 1);
    const f = fs[0] as Finding;
    assert.ok(f.message.zh.includes('、'), f.message.zh);
    assert.ok(f.message.zh.includes('“項(xiàng)目”') && f.message.zh.includes('“結(jié)轉”'), f.message.zh);
    assert.equal(f.fix?.edits.length, 6);
  });
});

describe('pasted-debris: the ads of hijacked mirrors, adult and lottery (session 13)', () => {
  test('六安 20xx: the adult banner of line 1 is struck whole, its first phrase quoted to the bar', () => {
    const text = tuneText('20xx-安徽-六安某县智慧学校建设-项目支出');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    // with the essay site's column 報告, its compilation's headline and wrapper below it: one block, as annotated (session 15)
    assert.deepEqual(lines(text, f), [1, 13]);
    assert.ok(f.message.zh.includes('“久久精品99久久”'), f.message.zh);
  });

  test('枞阳 2021: 手机购彩 on lines of its own around the page title is the page’s', () => {
    const text = tuneText('2021-安徽-枞阳县学前教育促进工程-项目支出');
    const f = debris(text).find((x) => lineAt(text, x.span.start) === 1) as Finding;
    assert.ok(f.message.zh.includes('“手机购彩”'), f.message.zh);
  });

  test('made up: a banner line of other ads (lottery, adult) is struck whole', () => {
    for (const banner of ['时时彩', '网上购彩|购彩大厅', '幸运飞艇 北京赛车', '欧美一区|自拍偷拍|人妻无码']) {
      const text = inReport(`本单位负责全县林业工作。\n\n${banner}\n\n项目资金已全部到位。`);
      const fs = debris(text);
      assert.equal(fs.length, 1, banner);
      assert.equal(text.slice((fs[0] as Finding).span.start, (fs[0] as Finding).span.end).trim(), banner);
    }
  });

  test('made up: an ad written into a title or a sentence is deleted alone, the words around it kept', () => {
    for (const [line, ad] of [
      ['手机购彩本单位负责全县林业工作。', '手机购彩'],
      ['本单位久久精品负责全县林业工作。', '久久精品'],
      ['全年完成造林时时彩面积1200亩。', '时时彩'],
    ] as const) {
      const text = inReport(line);
      const fs = debris(text);
      assert.equal(fs.length, 1, line);
      const f = fs[0] as Finding;
      assert.equal(text.slice(f.span.start, f.span.end), ad);
      assert.equal(f.fix?.safe, false);
      assert.ok(applyEdits(text, f.fix?.edits ?? []).includes(line.replace(ad, '')), line);
    }
  });

  test('made up: a 福利彩票 centre’s own words (彩票, 购彩者, 销售彩票) are no ad', () => {
    const text = inReport('本中心负责福利彩票发行销售，保护购彩者合法权益，全年销售彩票1.2亿元。');
    assert.deepEqual(debris(text), []);
  });
});

describe('pasted-debris: a document-sharing site’s record and page thumbnails (session 13)', () => {
  test('新邵 2017: ID:, 大小:, 页数:, 时间:, the thumbnails …_第1页 … _第5页, 资源描述: and 由会员上传分享 are one block, 5–20', () => {
    const text = tuneText('2017-湖南-新邵县大形山林场防火经费-项目支出');
    const fs = debris(text).filter((f) => lineAt(text, f.span.start) <= 20);
    assert.deepEqual(
      fs.map((f) => lines(text, f)),
      [[5, 20]],
    );
    assert.ok((fs[0] as Finding).message.zh.includes('“ID:31798207”'), (fs[0] as Finding).message.zh);
  });

  test('森林防火 2018: the thumbnails with no file extension, 全文预览已结束 … 文档简介: one block 1–12, no line-break finding inside', () => {
    const text = tuneText('2018-不详-县林业局森林防火专项资金-专项资金');
    const fs = debris(text).filter((f) => lineAt(text, f.span.start) <= 12);
    assert.deepEqual(
      fs.map((f) => lines(text, f)),
      [[1, 12]],
    );
  });

  test('made up: a sharing site’s ID, size and thumbnails above a report; a report’s own 第3页 and ID card wording stay', () => {
    const page = '某县2023年度项目支出绩效自评报告_第1页\n某县2023年度项目支出绩效自评报告_第2页\n\nID:20231234\n\n大小:56.5 KB\n\n';
    const text = page + inReport('本单位负责全县林业工作。');
    const fs = debris(text);
    assert.deepEqual(
      fs.map((f) => lines(text, f)),
      [[1, 6]],
    );
    const own = inReport('详见附表第3页。身份证ID:不适用，文件大小:未统计。');
    assert.deepEqual(debris(own), []);
  });
});

describe('pasted-debris: a sharing site’s chunk counters (session 13)', () => {
  /** `n` characters of report text with no sentence stop at the end. */
  const filler = (n: number): string => '本单位严格执行预算管理制度，加强资金监管，'.repeat(20).slice(0, n);
  const counters = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('文档分享网站分段时'));

  test('森林防火 2018: 2、 between 2、项 and 目绩效目标 is the site’s, named with the words it cuts', () => {
    const text = tuneText('2018-不详-县林业局森林防火专项资金-专项资金');
    const f = counters(text)[0] as Finding;
    // the site's 1、 before the text is its counter too (session 18): the finding starts there, 2、 among its places
    assert.equal(lineAt(text, f.span.start), 14);
    assert.equal(text.slice(f.span.start, f.span.end), '1、');
    const two = (f.related ?? []).find((r) => lineAt(text, r.span.start) === 16);
    assert.equal(two && text.slice(two.span.start, two.span.end), '2、');
    assert.ok(f.message.zh.includes('“2、”'), f.message.zh);
  });

  test('made up: chunks of 300 characters numbered 1、 2、 3、, cut mid-word: one finding, the fix joins the words', () => {
    const a = `1、${filler(298)}项`;
    const b = `2、目资金${filler(296)}`;
    const text = `${a}\n\n${b}\n\n3、已全部到位。`;
    const fs = counters(text);
    assert.equal(fs.length, 1);
    const f = fs[0] as Finding;
    assert.equal(text.slice(f.span.start, f.span.end), '1、');
    assert.equal(f.related?.length, 3);
    const after = applyEdits(text, f.fix?.edits ?? []);
    assert.ok(after.includes('项目资金') && after.endsWith('已全部到位。'), after.slice(-20));
  });

  test('made up: the same chunks with CR line ends (the fuzz test’s counterexample): the fix joins them, its edit in order', () => {
    const text = `1、${filler(298)}项\r\r2、目资金${filler(296)}\r\r3、已全部到位。`;
    const f = counters(text)[0] as Finding;
    for (const e of f.fix?.edits ?? []) assert.ok(e.start <= e.end && e.end <= text.length, JSON.stringify(e));
    assert.ok(applyEdits(text, f.fix?.edits ?? []).includes('项目资金'));
  });

  test('made up: a drafter’s 1、 2、 paragraphs that end their sentences, or of other lengths, are items', () => {
    const ended = `1、${filler(297)}。\n\n2、${filler(200)}。`;
    assert.deepEqual(counters(ended), []);
    const long = `1、${filler(420)}\n\n2、${filler(200)}`;
    assert.deepEqual(counters(long), []);
    const short = `1、${filler(120)}\n\n2、${filler(120)}`;
    assert.deepEqual(counters(short), []);
    const alone = `2、${filler(300)}\n\n3、${filler(100)}`;
    assert.deepEqual(counters(alone), []);
  });
});

describe('pasted-debris: Word field codes glued together (session 13)', () => {
  test('made up: PAGE codes whose page numbers run into the next code or the year after them', () => {
    for (const [line, codes] of [
      ['1、PAGE 4PAGE 52018年森林防火专项资金绩效自评报告', 'PAGE 4PAGE 5'],
      ['PAGE 3PAGE 42023年度项目支出绩效自评报告', 'PAGE 3PAGE 4'],
      ['NUMPAGES 12PAGE 2本单位负责全县林业工作。', 'NUMPAGES 12PAGE 2'],
    ] as const) {
      const text = inReport(line);
      const f = debris(text).find((x) => x.message.zh.includes('域代码')) as Finding;
      assert.ok(f, line);
      assert.ok(f.message.zh.includes(`“${codes}”`), f.message.zh);
    }
  });

  test('made up: a word holding PAGE, or a page count written out, is no code', () => {
    assert.deepEqual(debris(inReport('网站HOMEPAGE 3处栏目已更新，共PAGES 12页。')), []);
  });
});

describe('pasted-debris: a form’s header lines and its ticked boxes (session 13)', () => {
  const form = (rows: string): string => `某县财政支出政策绩效评价报告\n${rows}\n\n` + inReport('本单位负责全县林业工作。');

  test('淳安 2020: the title and its fields (项目名称 …, 项目单位 …, 主管部门 …) are a form, not a wrapped paragraph', () => {
    const text = tuneText('2020-浙江-淳安县文化和广电旅游体育局公共文化活动专项资金-专项资金');
    assert.deepEqual(
      debris(text).filter((f) => f.message.zh.includes('PDF 的换行')),
      [],
    );
  });

  test('淳安 2020: the ticked boxes extracted as R on lines 5–7 are one finding; the fix writes ☑', () => {
    const text = tuneText('2020-浙江-淳安县文化和广电旅游体育局公共文化活动专项资金-专项资金');
    const f = debris(text).find((x) => x.message.zh.startsWith('表单中勾选的方框')) as Finding;
    assert.deepEqual(lines(text, f), [5, 7]);
    assert.ok(f.message.zh.includes('“事后评价R”'), f.message.zh);
    assert.ok(applyEdits(text, f.fix?.edits ?? []).includes('事后评价☑'));
  });

  test('made up: other options ticked so; an R with no empty box beside it, or inside a word, is the text’s', () => {
    const ticked = form('项目类型 新增项目□ 延续项目R\n评价方式:单位自评R 第三方评价□');
    const f = debris(ticked).find((x) => x.message.zh.startsWith('表单中勾选的方框')) as Finding;
    assert.ok(f.message.zh.includes('“延续项目R”') && f.message.zh.includes('“单位自评R”'), f.message.zh);
    const plain = form('项目类型 新增项目 延续项目R\n型号 ABCR 100台□');
    assert.deepEqual(
      debris(plain).filter((x) => x.message.zh.startsWith('表单中勾选的方框')),
      [],
    );
  });

  test('made up: a PDF paragraph cut at one width, one line opening 项目 x 个, is still wrapped; four field lines are not', () => {
    const wrapped = inReport(
      '全镇年度涉农整合资金预算金额为一千二百万元，其中产业\n项目 六个，以奖代补资金共计八十万元，因户施策资金\n共计一百二十万元，光伏扶贫资金共计三十万元，基础\n设施项目十二个，其中道路建设项目六个，预算资金总额\n为三百万元。',
    );
    assert.equal(debris(wrapped).filter((f) => f.message.zh.includes('PDF 的换行')).length, 1);
    const fields = form(
      '项目名称 2023年公共文化活动专项资金补助\n项目单位 某县文化和广电旅游体育局机关\n主管部门 某县财政局预算绩效管理科室\n评价类型 事后评价',
    );
    assert.deepEqual(
      debris(fields).filter((f) => f.message.zh.includes('PDF 的换行')),
      [],
    );
  });
});

describe('pasted-debris: flattened line breaks over several lines are one block (session 13)', () => {
  test('宝坻 2019: lines 2 and 3 are one finding, its first gap quoted with the words round it (林业改 革发展资金)', () => {
    const text = tuneText('2019-天津-宝坻区农业农村委林业改革发展资金-项目支出');
    const fs = debris(text).filter((f) => f.message.zh.startsWith('PDF 的换行被压成了空格'));
    assert.deepEqual(
      fs.map((f) => lines(text, f)),
      [[2, 3]],
    );
    assert.ok((fs[0] as Finding).message.zh.includes('林业改 革发展资金'), (fs[0] as Finding).message.zh);
  });

  test('made up: two flattened lines one after another are one finding and one fix; a paragraph between parts them', () => {
    const flat = (w: string): string =>
      `本单位严格执行预算管理制度加强资金${w} 监管，全年共完成造林面积一千二百亩，完成${w} 抚育面积八百亩，林业有害生物防治${w} 面积三千亩。`;
    const two = inReport(`${flat('管')}\n${flat('育')}`);
    const fs = debris(two).filter((f) => f.message.zh.startsWith('PDF 的换行被压成了空格'));
    assert.equal(fs.length, 1);
    assert.equal((fs[0] as Finding).fix?.edits.length, 6);
    const parted = inReport(`${flat('管')}\n\n本段是单位自己写的正文，没有多余的空格。\n\n${flat('育')}`);
    assert.equal(debris(parted).filter((f) => f.message.zh.startsWith('PDF 的换行被压成了空格')).length, 2);
  });
});

describe('pasted-debris: a block named by its telling words, the site and the posting time (session 13)', () => {
  const block = (text: string): Finding => debris(text).find((f) => f.message.zh.startsWith('从网页粘贴带入')) as Finding;

  test('made up: a record under the title is named by its posting time, with its label when it has one', () => {
    const bare = block(
      `某县2023年度项目支出绩效自评报告\n来源:某县林业局   2024-03-05 10:21\n浏览量:12\n\n${inReport('本单位负责全县林业工作。')}`,
    );
    assert.ok(bare.message.zh.includes('“2024-03-05 10:21”'), bare.message.zh);
    const labelled = block(
      `某县2023年度项目支出绩效自评报告\n作者: -   来源: 某县 发布时间: 2024-03-05 10:21 【字体:\n\n${inReport('本单位负责全县林业工作。')}`,
    );
    assert.ok(labelled.message.zh.includes('“发布时间: 2024-03-05 10:21”'), labelled.message.zh);
  });

  test('made up: an essay site named in its blurb, and the page tools 无障碍浏览 and 我要纠错', () => {
    const essay = block(
      `欢迎阅读项目绩效自评报告(精选3篇),内容由好范文网整理,希望对大家有所帮助。\n\n${inReport('本单位负责全县林业工作。')}`,
    );
    assert.ok(essay.message.zh.includes('“好范文网”'), essay.message.zh);
    const tools = block(
      `| 无障碍浏览 | 长者模式\n某县2023年度项目支出绩效自评报告\n文字大小:[ ] 我要纠错 背景色:\n\n${inReport('本单位负责全县林业工作。')}`,
    );
    assert.ok(tools.message.zh.includes('“无障碍浏览'), tools.message.zh);
    const own = inReport('本单位开通了无障碍浏览功能，群众可在线我要纠错栏目反映问题。');
    assert.deepEqual(debris(own), []);
  });
});
