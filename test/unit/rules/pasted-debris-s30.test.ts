// pasted-debris, session 30 (session 28's set 15 rotated into tune): a page headline the page prints again word for word
// under its record (隆阳 河图 2018, 景洪 2018's shape), an essay site's blurb in its editor's name (以下是小编整理的…, 优质粮食
// 20xx, 涟源 妇幼 20xx), a welcome line opening 您好 or going on to a county selector, a search box's label, 相关推荐, and
// the spaces a flattened page left where a heading meets its text (元江 羊街乡 2021); and the correct text that looks like
// each. Real texts are named; made-up ones say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

const lines = (t: string, f: Finding): [number, number] => [lineOf(t, f.span.start), lineOf(t, f.span.end)];
const fixed = (t: string, f: Finding): string => applyEdits(t, f.fix?.edits ?? []);

describe('pasted-debris: the headline printed again under the record (隆阳 河图 2018)', () => {
  test('隆阳 河图 2018 (tuning text): the headline on line 1 goes with the ten-line record; the copy on line 12 stays', () => {
    const t = tuneText('2018-云南-隆阳区河图中心学校-部门整体');
    const f = findingsAsReport(t, 'pasted-debris')[0] as Finding;
    assert.equal(lines(t, f)[0], 1, f.message.zh);
    assert.ok(f.message.zh.startsWith('从网页粘贴带入的网页标题、网页发布信息'), f.message.zh);
    const title = '保山市隆阳区河图中心学校2018年度部门决算';
    const out = fixed(t, f);
    assert.ok(!out.startsWith(title) && out.split(title).length === 2, out.slice(0, 80));
  });

  test('景洪 公安 2018 (tuning text): - 来源 :… / - 访问次数 : (a space before the colon) open the record under the headline', () => {
    const t = tuneText('2018-云南-景洪市公安局部门决算-部门整体');
    const f = findingsAsReport(t, 'pasted-debris')[0] as Finding;
    assert.equal(lines(t, f)[0], 1, f.message.zh);
    assert.ok(f.message.zh.includes('“访问次数 :”'), f.message.zh);
  });

  test('made up: 访问次数 with a figure and its unit is a report’s count, in a sentence or a table', () => {
    assert.deepEqual(quoted(text(TITLE, '一、部门基本情况', '门户网站访问次数12万次', '| 网站访问次数 | ≥10万次 |', ...BODY.slice(2))), []);
  });

  test('made up: headline, 来源 and 发布时间, then the same title word for word: the headline is struck, the title kept', () => {
    const t = text(TITLE, '来源：山河县水利局', '发布时间：2024-03-05 10:12', TITLE, ...BODY);
    const [f] = debris(t);
    assert.ok(f, 'one finding');
    assert.deepEqual(lines(t, f), [1, 3]);
    assert.ok(fixed(t, f).startsWith(`${TITLE}\n一、部门基本情况`), fixed(t, f).slice(0, 40));
  });

  test('made up: the same title further down, past the report’s first heading, is no copy: the headline stays', () => {
    const t = text(TITLE, '来源：山河县水利局', '发布时间：2024-03-05 10:12', ...BODY.slice(0, 2), TITLE, ...BODY.slice(2));
    const [f] = debris(t);
    assert.ok(f, 'the record is still found');
    assert.equal(lines(t, f)[0], 2, f.message.zh);
  });
});

describe('pasted-debris: an essay site’s blurb in its editor’s name', () => {
  test('涟源 妇幼 20xx and 优质粮食 20xx (tuning texts): the head down to the blurb is one block from line 1', () => {
    for (const slug of ['20xx-湖南-涟源市妇幼保健院-部门整体', '20xx-不详-某市优质粮食工程-专项资金']) {
      const t = tuneText(slug);
      const fs = findingsAsReport(t, 'pasted-debris').filter((f) => f.message.zh.includes('包装文字'));
      assert.equal(fs.length, 1, `${slug}: ${fs.map((f) => f.message.zh).join('\n')}`);
      assert.equal(lineOf(t, (fs[0] as Finding).span.start), 1, slug);
      assert.ok((fs[0] as Finding).message.zh.includes('小編'), (fs[0] as Finding).message.zh);
    }
  });

  test('made up: the site’s name, a date line and the blurb 以下是小编整理的… above the piece are struck together', () => {
    const t = text(
      '某某范文网',
      '时间：2023-01-02 08:56 报告 我要投稿',
      '',
      '项目绩效自评报告',
      '',
      '以下是小编整理的项目绩效自评报告，仅供参考。',
      '',
      TITLE,
      ...BODY,
    );
    const fs = debris(t);
    assert.equal(fs.length, 1, fs.map((f) => f.message.zh).join('\n'));
    assert.deepEqual(lines(t, fs[0] as Finding), [1, 6]);
  });

  test('made up: a report that says 以下是… in its own words is left', () => {
    assert.deepEqual(quoted(text(TITLE, '以下是我局2023年度部门整体支出绩效自评情况。', ...BODY)), []);
  });
});

describe('pasted-debris: a welcome line, a search box and 相关推荐', () => {
  test('保洁员 20xx (tuning text): 您好,欢迎来到独旅网。 opens the site’s head: one block from line 1', () => {
    const t = tuneText('20xx-不详-某镇村级保洁员生活补助扶贫项目-项目支出');
    const [f] = findingsAsReport(t, 'pasted-debris');
    assert.ok(f && lineOf(t, f.span.start) === 1, f?.message.zh);
    assert.ok(f.message.zh.includes('网站欢迎语'), f.message.zh);
  });

  test('made up: 您好 before the welcome, the county selector after it, 搜索 alone, • 相关推荐: all furniture', () => {
    for (const line of ['您好，欢迎来到某某网。', '欢迎访问山河新闻网,您可以选择访问: 山河县 东川区', '搜索', '山河搜索', '• 相关推荐']) {
      const t = text(line, '首页 > 信息公开', '发布时间：2024-03-05 10:12', '', TITLE, ...BODY);
      const fs = debris(t);
      assert.equal(fs.length, 1, line);
      assert.equal(lines(t, fs[0] as Finding)[0], 1, line);
    }
  });

  test('made up: the same words in a report’s sentences and headings are left', () => {
    const t = text(TITLE, '一、部门基本情况', '欢迎社会各界监督。', '（一）信息搜索', '相关推荐人选均已公示。', ...BODY.slice(2));
    assert.deepEqual(quoted(t), []);
  });
});

describe('pasted-debris: a flattened page’s spaces where a heading meets its text', () => {
  test('元江 羊街乡 2021 (tuning text): 第一部分 元江…概况 一、主要职能 (一)主要职能 元江… — no word is cut: no finding', () => {
    const t = tuneText('2021-云南-元江县羊街乡-部门整体');
    const fs = findingsAsReport(t, 'pasted-debris').filter((f) => f.message.zh.includes('换行被压成了空格'));
    assert.deepEqual(fs, []);
  });

  test('made up: a flattened line with words cut and headings met: only the cut words are quoted and fixed', () => {
    const line =
      '一、部门基本情况 我局主要负责全县水利工程建设与管理等工作，全年完成水利工 程投资一千二百万元，建成农村饮水安全巩固提升工程十二处，受益群众三万余人，' +
      '较上年增长明显。（一）主要职能 负责全县水资源的合理开发利用，拟订全县水利发展规 划和政策，组织编制水资源保护规划，并监督实施各项水利工程建设，按期完成年度 任务。';
    const t = text(TITLE, line, ...BODY.slice(2));
    const [f] = debris(t).filter((x) => x.message.zh.includes('换行被压成了空格'));
    assert.ok(f, 'the line is flattened');
    assert.ok(f.message.zh.includes('（3 处'), f.message.zh);
    const out = fixed(t, f);
    assert.ok(out.includes('水利工程投资') && out.includes('发展规划') && out.includes('年度任务'), out);
    assert.ok(out.includes('一、部门基本情况 我局') && out.includes('（一）主要职能 负责'), 'the spaces at the headings are kept');
  });
});
