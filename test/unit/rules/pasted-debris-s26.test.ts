// pasted-debris, session 26 (session 25's sixth set rotated into tune: 山东 扶贫 2016–2018, 周至 2024, 生化楼 2022, 霍山 2022
// and 2024): a portal's app links 返回首页 / 客户端下载, a menu bar opening with 首页, the breadcrumb 您当前的位置, the gambling
// brand 太阳集团 written into a sentence; and the correct text that looks like each. Field cases are in
// pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';
import { tuneText } from './_tune.js';

describe('pasted-debris: a portal’s links and menu bar above the title (made up)', () => {
  test('made up: 返回首页 and 客户端下载 on lines of their own above the title are one block', () => {
    const t = text('返回首页', '客户端下载', '', TITLE, ...BODY);
    assert.deepEqual(quoted(t), ['返回首页\n客户端下载']);
  });

  test('made up: a menu bar 首页 新闻中心 信息公开 政务服务 … is furniture', () => {
    const t = text('首页 新闻中心 信息公开 政务服务 政民互动 走进山河 专题专栏', '', TITLE, ...BODY);
    assert.equal(debris(t).length, 1);
    assert.ok(debris(t)[0]?.message.zh.includes('首页 新闻中心 信息公开'), debris(t)[0]?.message.zh);
  });

  test('made up: a sentence that says the report was put on the site’s 首页 is left', () => {
    assert.deepEqual(quoted(text(TITLE, '本报告已在县政府网站首页 信息公开 栏目公开。', ...BODY)), []);
    assert.deepEqual(quoted(text(TITLE, '首页', ...BODY)), []);
  });

  test('made up: the breadcrumb 您当前的位置:首页 > … is quoted with its steps', () => {
    const t = text('您当前的位置:首页 > 信息公开 > 山河县水利局 > 财政资金', '', TITLE, ...BODY);
    assert.equal(debris(t).length, 1);
    assert.ok(debris(t)[0]?.message.zh.includes('“您当前的位置:首页 > 信息公开'), debris(t)[0]?.message.zh);
  });
});

describe('pasted-debris: a gambling brand written into the report (made up)', () => {
  test('made up: 太阳集团…官方入口 inside a sentence is spam, quoted whole, with no fix', () => {
    const t = text(TITLE, '2023年启动了太阳集团成网官方入口水库除险加固项目。', ...BODY);
    const fs = debris(t);
    assert.equal(fs.length, 1);
    assert.ok(fs[0]?.message.zh.includes('“太阳集团成网官方入口”'), fs[0]?.message.zh);
    // spam may stand where the report's words were (a place name, 关于): the drafter restores them from the original
    assert.equal(fs[0]?.fix, undefined);
  });

  test('made up: 太阳能 and a 集团 named in a sentence are left', () => {
    assert.deepEqual(quoted(text(TITLE, '2023年建成太阳能路灯120盏，由县城投集团组织实施。', ...BODY)), []);
  });
});

describe('pasted-debris: a sharing site’s record, buttons and blurb (绩溪 养老 2017, made up)', () => {
  test('made up: 上传者: … 认领文档 / 手机打开 / 马上扫一扫 / 继续免费阅读全文 above the title are one block', () => {
    const t = text(
      '上传者:某某',
      '2021-03-02 09:43:04    共32页      51.00Kb',
      '认领文档',
      '手机打开',
      '马上扫一扫',
      '继续免费阅读全文',
      '',
      TITLE,
      ...BODY,
    );
    assert.equal(debris(t).length, 1);
    assert.ok(quoted(t)[0]?.startsWith('上传者:某某'), quoted(t)[0]);
    assert.ok(quoted(t)[0]?.includes('继续免费阅读全文'), quoted(t)[0]);
  });

  test('made up: the essay site’s blurb (…报告使用范围很广。 …本站今天为大家精心准备了…) is the site’s; a report’s 打开 and 上传 are left', () => {
    assert.equal(debris(text('某项目绩效评价报告报告使用范围很广。', '', TITLE, ...BODY)).length, 1);
    assert.equal(debris(text(TITLE, '本站今天为大家精心准备了某项目绩效评价报告,希望对大家有所帮助!', ...BODY)).length, 1);
    assert.deepEqual(quoted(text(TITLE, '资料已上传至平台，群众可用手机打开查看。', ...BODY)), []);
  });
});

describe('pasted-debris: a sharing site’s begging line and the end of its preview (湖南 环保 2016, made up)', () => {
  test('made up: 整理文档很辛苦,赏杯茶钱您下走! and 免费阅读已结束… under the title are one block', () => {
    const t = text(TITLE, '', '整理文档很辛苦,赏杯茶钱您下走!', '', '免费阅读已结束,点击下载阅读编辑剩下 ...', '', ...BODY);
    assert.equal(debris(t).length, 1);
    assert.ok(quoted(t)[0]?.startsWith('整理文档很辛苦'), quoted(t)[0]);
    assert.ok(quoted(t)[0]?.includes('免费阅读已结束'), quoted(t)[0]);
  });

  test('made up: a report that says its archive staff sorted the documents is left', () => {
    assert.deepEqual(quoted(text(TITLE, '档案室整理文档1200份，阅读室全年免费开放。', ...BODY)), []);
  });
});

describe('pasted-debris: a betting site’s run of names in place of the county (衡阳县林业局 2021, made up)', () => {
  test('made up: 365彩票手机app下载_365bet官网网址多少_office365桌面应用 before 林业局 is spam, quoted whole', () => {
    const t = text(TITLE, '365彩票手机app下载_365bet官网网址多少_office365桌面应用林业局2021年度部门整体支出情况如下。', ...BODY);
    const fs = debris(t);
    assert.equal(fs.length, 1);
    assert.ok(fs[0]?.message.zh.includes('“365彩票手机app下载_365bet官网网址多少_office365桌面应用”'), fs[0]?.message.zh);
  });

  test('made up: a report’s office software and its 365 days are left', () => {
    assert.deepEqual(quoted(text(TITLE, '购置office365桌面应用授权10套，全年365天值班。', ...BODY)), []);
  });
});

describe('pasted-debris: an essay site’s tagline and rating, a posting date after 时间: (session 26’s second set, made up)', () => {
  test('made up: 2016全新精品资料-全新公文范文-全程指导写作 –独家原创 and 推荐度: are the site’s', () => {
    assert.equal(debris(text(TITLE, '2016全新精品资料-全新公文范文-全程指导写作 –独家原创', ...BODY)).length, 1);
    assert.equal(debris(text('优质粮食工程项目绩效评价报告 推荐度:', '', TITLE, ...BODY)).length, 1);
  });

  test('made up: 时间: 2022-04-25 alone on its line is the page’s record; a date in a sentence is the report’s', () => {
    assert.deepEqual(quoted(text('时间: 2022-04-25', '', TITLE, ...BODY)), ['时间: 2022-04-25']);
    assert.deepEqual(quoted(text(TITLE, '评审时间：2022-04-25，地点：县财政局会议室。', ...BODY)), []);
  });
});

describe('pasted-debris: what is no sentence cut across paragraphs (session 26, on the tune texts)', () => {
  const cuts = (t: string): string[] =>
    debris(t)
      .filter((f) => f.message.zh.startsWith('句子被换行截断'))
      .map((f) => f.message.zh);
  /** Two paragraphs inside the report's body, where cut sentences are read. */
  const inBody = (a: string, b: string): string => text(TITLE, '一、部门基本情况', a, '', b, '二、自评结论', '经自评，综合得分为95分。');
  test('郴州科协 2021, 岳阳县委宣传部 2022, 开远统战部 2021, 云溪 2015, 弥勒 2023: titles, items and new subjects, silent', () => {
    for (const slug of [
      '2021-湖南-郴州市科协-部门整体',
      '2022-湖南-岳阳县委宣传部镜像-部门整体',
      '2021-云南-开远市委统战部-项目支出',
      '2015-湖南-岳阳市公安局云溪分局办案费-项目支出',
      '2023-云南-弥勒市发展和改革局水库移民扶持资金-项目支出',
    ])
      assert.deepEqual(cuts(tuneText(slug)), [], slug);
  });

  test('made up: a heading with its guidance and items 任务1: 任务2: are not joined', () => {
    assert.deepEqual(cuts(inBody('(二)机构情况,包括当年变动情况及原因', '本局内设办公室、规划股两个股室。')), []);
    assert.deepEqual(cuts(inBody('任务1:坚决守好意识形态防线和网络舆情防线', '任务2:始终突出理论武装和新闻宣传工作')), []);
  });

  test('望岳路 2021 (set 20, rotated into tune in session 34, lines 69–71): a heading ending 取得的成绩 after 任务5:…, not joined', () => {
    assert.deepEqual(cuts(tuneText('2021-湖南-岳阳楼区望岳路街道办事处-部门整体')), []);
    const heading = (b: string): string =>
      text(TITLE, '一、部门基本情况', '任务5:突出严管厚爱,建强班子队伍', '', b, '', '全年支出120万元。');
    assert.deepEqual(cuts(heading('年度部门(单位)总体运行情况及取得的成绩')), []);
    assert.equal(cuts(heading('年度部门(单位)总体运行情况及取得的成果')).length, 1);
    // the rest of a sentence running on to its stop is still found, whatever noun ends the paragraph after
    assert.equal(cuts(inBody('为扩大防治成果，提高防治成效，确保省政府与市政', '府签定的年度防治目标如期完成，取得了成绩')).length, 1);
  });

  test('made up: a sentence a PDF cut mid-clause is still found (as 保山血站 2019’s 市政 / 府签定)', () => {
    assert.equal(cuts(inBody('为扩大防治成果，提高防治成效，确保省政府与市政', '府签定的年度防治目标如期完成。')).length, 1);
    assert.deepEqual(cuts(inBody('为保障民族宗教工作正常开展每年市级补助10.00万元', '本单位2021年度项目绩效目标已完成。')), []);
  });
});

describe('pasted-debris: a hijacked mirror’s banner and a sharing site’s footer (session 26’s third set, made up)', () => {
  test('made up: 99精品在线免费观看 above the title and 名师资料总结 - - -精品资料欢迎下载 below the text are the sites’', () => {
    assert.equal(debris(text('99精品在线免费观看', '', TITLE, ...BODY)).length, 1);
    assert.equal(debris(text(TITLE, ...BODY, '', '名师资料总结 - - -精品资料欢迎下载')).length, 1);
  });

  test('made up: a report’s 精品 courses and its online broadcasts watched free are left', () => {
    assert.deepEqual(quoted(text(TITLE, '全年打造精品课程12门，群众可在线免费收看文艺演出直播。', ...BODY)), []);
  });
});

describe('pasted-debris: a bidding site’s filter widget and record (session 27, made up after 兰洋 2023)', () => {
  test('made up: 全部选择 / 反选 / 反选将当前选中的变为不选… above the title, and 所属地区: beside 发布日期:, are furniture', () => {
    const t = text(
      '全部选择',
      '反选',
      '反选将当前选中的变为不选,未选的全部变为选中。',
      '',
      TITLE,
      '',
      '所属地区:海南 - 山河 发布日期:2024-01-09',
      ...BODY,
    );
    assert.equal(debris(t).length, 2);
  });

  test('made up: a report that says what was chosen, or names its 所属地区 in a sentence, is left', () => {
    assert.deepEqual(quoted(text(TITLE, '经比选，全部选择本地企业承建。', ...BODY)), []);
    assert.deepEqual(quoted(text(TITLE, '项目所属地区:山河县,涉及3个乡镇。', ...BODY)), []);
  });
});

describe('pasted-debris: a sharing site’s file name written over and over on one line (session 27, made up after 惠州 2021)', () => {
  test('made up: …自评报告.pdf…自评报告.pdf run together is furniture; the name once, as the title, is not', () => {
    const name = '某县交通运输局2023部门整体绩效自评报告.pdf';
    assert.equal(debris(text(name.repeat(3), '', TITLE, ...BODY)).length, 1);
    assert.deepEqual(quoted(text(TITLE, ...BODY)), []);
  });
});

describe('pasted-debris: a sharing site’s source line run onto the text’s last line (session 27, after 即墨 2017)', () => {
  test('即墨 2017 (tune corpus): …直接拨付镇街。 本文来源:https://www.wddqw.com/doc/….html is found, the fix deletes it alone', () => {
    const t = tuneText('2017-山东-即墨市民政局基层政权和社区建设奖补经费-专项资金');
    const f = debris(t).find((x) => t.slice(x.span.start, x.span.end).startsWith('本文来源:https://'));
    assert.ok(f);
    assert.ok(t.slice(0, f.span.start).trimEnd().endsWith('由财政部门直接拨付镇街。'));
  });

  test('made up: a source the report cites in a sentence, or an address with no label, is left', () => {
    assert.deepEqual(quoted(text(TITLE, '数据来源:https://data.stats.gov.cn/，经整理后使用。', ...BODY)), []);
    const glued = text(TITLE, '资金已全部拨付到位。本文来源:https://www.example.com/doc/abc123.html', ...BODY);
    assert.equal(debris(glued).length, 1);
  });
});
