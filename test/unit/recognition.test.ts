// Which texts are 绩效自评报告 and which template they follow: real tuning texts of the field corpus
// both ways (reports as published, with page furniture, a document-sharing banner, split titles, a title
// in a table row, flattened lines, no title at all; notices, a 结果通报, a list of report files, a news
// item and a 管理办法 that are not), and small made-up cases, each marked as made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildReport, parseTemplate, TemplateRegistry } from '../../server/src/engine/index.js';
import { CORPUS_DIR } from '../accuracy/score.js';
import { findingsOf, registry, ROOT } from '../helpers.js';

const corpus = (slug: string): string => readFileSync(join(CORPUS_DIR, `${slug}.md`), 'utf8');
const report = (text: string, region?: string) => buildReport(text, region ? { registry, region } : { registry });

describe('real reports are recognised', () => {
  const cases: [slug: string, by: string, template?: string][] = [
    // the title after the site's furniture (归档时间, 当前位置), split over two lines
    ['2018-湖南-南县住房和城乡建设局-部门整体', 'title'],
    // 来源 / 浏览量 lines first, then the page title
    ['2018-湖南-岳阳市城市管理监督指挥中心-部门整体', 'title'],
    // the whole report on one line: the title is its head; its outline is the Ministry of Finance's (一、 二、 三、, no 自评工作开展情况)
    ['2021-四川-汶川县食品监管补助-转移支付', 'title', 'transfer-payment-central'],
    // the same outline written out in full (一、…五、): not the 衔接资金 one, which adds 二、绩效自评工作开展情况
    ['2020-天津-东丽区光辉路工程-转移支付', 'title', 'transfer-payment-central'],
    // the 衔接资金 outline with 二、绩效目标自评工作开展情况 (an alias), no title
    ['2024-河南-固始县祖师庙镇-转移支付', 'outline', 'transfer-payment'],
    // a 部门决算 whose 目录 and 第四部分 hold the 云南 self-evaluation sections, after the site's furniture
    ['2022-云南-临翔区章驮乡-部门整体', 'outline', 'yn-final-accounts'],
    // a cover note flattened into one line, the table named after 附件:
    ['2022-四川-中江县水利局-自评表', 'title'],
    // 发布时间 and 【字体 lines, then the table's title
    ['2022-安徽-滁州市人社局-自评表', 'title'],
    // no title at all: the conclusion-first outline (一、自评结论 … 二、佐证材料)
    ['2020-湖北-黄石市公路局-项目支出', 'outline', 'yn-project-expenditure'],
    // an index table first, then the outline of the national project form
    ['2019-云南-腾冲市林业和草原局-项目支出', 'outline', 'project-expenditure'],
    // a 部门决算 whose 第四部分 is the Sichuan self-evaluation (table of contents with page numbers)
    ['2021-四川-阿坝县公安局-部门整体', 'outline', 'sc-department-overall'],
    // a 四川 单位决算 whose 第四部分附件 is the 部门整体 self-evaluation, in other words (部门资金收支情况, 部门整体绩效分析)
    ['2022-四川-达州市发改委所属单位-部门整体', 'outline', 'sc-department-overall'],
    // a 云南 部门决算 with its self-evaluation sections 十三、十四、十五
    ['2023-云南-临沧市政务服务管理局-部门整体', 'outline', 'yn-final-accounts'],
    // a document-sharing site's banner (《…自评价报告.docx》由会员分享) first, then the report flattened to one line
    ['2022-湖南-耒阳市第四中学-专项资金', 'title'],
    // the same banner before an OCR'd 自评表
    ['2021-宁夏-银川市第六中学-自评表', 'title'],
    // a login bar and an 索引号 / 发布机构 list of eleven lines, then the title, twice
    ['2020-云南-泸西县教育体育局-项目支出', 'title'],
    // the title is the first cell of a table row
    ['2022-云南-永德县明朗中学-自评表', 'title'],
    // an 索引号 table, then the title with its project on the next line, conclusion first
    ['2023-云南-昌宁县第一示范小学-项目支出', 'title', 'yn-project-expenditure'],
    // the title on the first line, as most pages give it
    ['2021-重庆-大足区季家镇龙塘中心小学-项目支出', 'title'],
    // a page in traditional script, with pinyin after some characters: `| 2020年度項(xiàng)目支出績效自評表 |`
    ['2020-云南-古城区自然资源局-自评表', 'title'],
    // 绩效自评总结报告: the file name, then the title run into the flattened text
    ['2022-河南-许昌市河湖水系水源调度中心-部门整体', 'title'],
    // 绩效自评总报告, after a document-sharing site's banner
    ['2022-江西-南昌市烈士陵园管理处-项目支出', 'title'],
    // no title: 一、绩效目标分解下达情况 （一）中央下达预算情况 （二）自治区下达…, the opening of the Ministry of Finance outline
    ['2022-广西-自治区城市管网及污水处理补助资金-转移支付', 'outline', 'transfer-payment-central'],
    // no title, an excerpt of two headings: 一、绩效目标分解下达情况 （一）中央下达预算和绩效目标情况, then long paragraphs
    ['2021-广西-农业生产发展资金-转移支付', 'outline', 'transfer-payment-central'],
    // the site's 我要收藏 bar, then 一、绩效目标分解下达情况 （一）中央下达资金和绩效目标情况 （二）广西资金安排、分解下达… (aliases)
    ['2022-广西-广西壮族自治区商务厅-转移支付', 'outline', 'transfer-payment-central'],
    // no title: 一、基本情况 （一）项目概况 （二）项目绩效目标, the opening of the national project outline
    ['2022-浙江-瓯海区排水管网工程二期-项目支出', 'outline', 'project-expenditure'],
    // an 索引号 record table, then 一、基本情况 （一）部门整体概况: the opening of the 湖南 outline
    ['2020-湖南-南县发展和改革局-部门整体', 'outline', 'hn-department-overall'],
    // no title at all: the excerpt starts inside the 绩效指标 table
    ['2020-四川-大英县双心及文明城市创建专项资金-项目支出', 'body'],
    // no title: a 自评表 OCR'd from an attachment, its columns 一级指标 | 二级指标 | 指标名称 | 目标值 | 完成值 and its 二级指标 named
    // 产出数量 / 产出质量 / 产出时效 / 产出成本, after the site's note (session 16)
    ['2021-山西-吕梁市吕梁山护工培训-自评表', 'body'],
    // a 绩效监控总结报告 title no report word names, then 绩效目标分解下达情况 … of the 衔接资金 outline (4 sections), 绩效自评 and
    // 项目资金到位情况分析: what was done with the money is what a self-evaluation reports, and a notice does not
    ['2022-河南-西平县民族宗教局-转移支付', 'body'],
    // no title, a mirror's traditional script with pinyin glued after characters (`一、績(jī)效目標(biāo)分解下達(dá)情況`):
    // its headings read as the simplified titles of the Ministry of Finance outline
    ['2024-不详-水稻集中育秧设施建设-转移支付', 'outline', 'transfer-payment-central'],
    // a sharing site's editor line, then a PDF's form: `附件3: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元 …` —
    // the 湖南 form of a unit's own figures, its title run on into its first header field
    ['2018-不详-部门整体支出绩效评价基础数据表-自评表', 'title'],
    // a sharing site's file name `三、绩效分析及评价结论.doc` first: a file's name, not the body's first 三、 section
    ['2018-广西-南宁市学生资助管理办公室-项目支出', 'title'],
    // the report word closes the title's bracket: `…绩效自评工作情况总结(绩效自评结果、绩效评价报告)`
    ['2022-安徽-霍邱县教育局-部门整体', 'title'],
    // a title of 38 characters written in 87 with its glued pinyin (`…專項(xiàng)債券項(xiàng)目資金績(jī)效評(píng)價(jià)報(bào)告`), read at its
    // own length, not cut at 80 before its report word (session 31)
    ['20xx-广东-兴宁市宁新街道老旧小区改造专项债-项目支出', 'title'],
    // no title, traditional script with glued pinyin: `…現(xiàn)將自評情況報告如下:` read as the opening sentence it is
    ['2023-内蒙古-临河区城乡义务教育补助经费-转移支付', 'opening'],
    // an 索引號 table, then 一、自評結論 (一)部門整體績效自評得分 …: its first heading, read in simplified script, is the first
    // section of the conclusion-first outline and names the self-evaluation (it was recognised by its body's evidence before)
    ['2024-云南-腾冲市林业和草原局-部门整体', 'outline', 'yn-project-expenditure'],
    // the tail of a 四川 自评表 on one line: indicator kinds, 评价结论, and the 项目负责人 / 财务负责人 boxes
    ['不详-四川-项目支出绩效自评表摘录-自评表', 'body'],
    // no title: 一、绩效目标分解下达情况, the 转移支付 outline's first section, which only a self-evaluation opens with,
    // then 二、绩效情况分析 of no template (巴彦淖尔 2023, after a table converter's empty cells and the 发布时间 / 来源 lines)
    ['2023-内蒙古-巴彦淖尔市民政局-转移支付', 'outline', 'transfer-payment-central'],
    // the same first section, its sub-section in words of no template (中央下达专项转移支付预算和区域绩效目标情况)
    ['2024-广西-广西壮族自治区民政厅-转移支付', 'outline', 'transfer-payment-central'],
    // no title, an excerpt opening at 一、投入(14分): each scored item ends 自评得2分, 自评得3分 … (session 13)
    ['2019-安徽-霍邱县学前教育项目-项目支出', 'body'],
    // no title, a mirror's gambling spam in place of 水利: `现将…基金(三峡后续工作)绩效完成情况公示如下:` (session 13)
    ['2021-重庆-重庆市三峡后续工作建设基金-转移支付', 'opening'],
    // no title: 一、项目基本情况 二、项目绩效自评工作开展情况, two top-level sections of the project outline in its order, one
    // naming the self-evaluation
    ['2020-云南-保山市移民行政审批中介服务费-项目支出', 'outline', 'project-expenditure'],
    // no title: 一、项目概况 （一）项目基本情况, the first section of the project outline and its part named the other way round
    ['2023-海南-博鳌乐城先行区管理局-项目支出', 'outline', 'project-expenditure'],
    // an excerpt from inside 四、: （二）项目效益情况 五、评价结论及建议 （一）评价结论 （二）存在的问题 （三）相关建议 — the 四川
    // 部门整体 outline weighs its one 评价结论及建议 block more, but only the project outline is matched well enough (4 sections)
    ['不详-四川-大英县燃油税转移支付资金-转移支付', 'outline', 'project-expenditure'],
    // no title, a table first, then （三）项目财务管理情况 三、项目实施及管理情况 四、项目绩效情况: the 四川 项目支出 outline (session 39)
    ['2022-四川-大英县商务和经济合作局国内贸易-项目支出', 'outline', 'sc-project-expenditure'],
    // no title, an excerpt of one section: 一、部门(单位)概况 (一)机构组成 (二)机构职能, the opening of the 四川 部门整体 outline
    // (session 40)
    ['20xx-四川-攀枝花市西区人民政府办公室-部门整体', 'outline', 'sc-department-overall'],
    // a 云南 决算 on a mirror in traditional script with glued pinyin: its contents' 十二、2022年度部門(mén)整體支出績(jī)效自評(píng)情況表 …,
    // read at the title's length without the glosses (session 40)
    ['2022-云南-镇康县忙丙乡卫生院-部门整体', 'outline', 'yn-final-accounts'],
    // no title: the opening paragraph ends `现将自评情况总结汇报如下` (汇报, not 报告)
    ['2023-广西-广西壮族自治区应急管理厅-转移支付', 'opening'],
    // the page's title ends 绩效自评公开, and the form's own title, after 表1:, is `2021年部门整体绩效目标自评表` (重庆's name of the form)
    ['2021-重庆-大足区商务委员会-自评表', 'title'],
    // the CMS's empty 标题: field, then a 海南 project outline (two headings of a template), 资金到位 / 资金使用及管理 and
    // 资金使用率 99% (the execution rate by another name)
    ['2023-海南-海南省商务厅-项目支出', 'body'],
    // one flattened line whose head is `…部门预算绩效管理工作考核评价报告`: the report word with words inside it
    ['2019-安徽-淮南市教育体育局-部门整体', 'title'],
    // `…部门整体支出绩效自评工作情况报告`: the unit's report on its own self-evaluation work (session 20)
    ['2023-安徽-金寨县应急管理局-部门整体', 'title'],
    // no title, a mirror's spam inside the unit's name: 一、基本情况 （一）单位基本情况 （二）项目绩效目标, the project outline's first
    // section and its performance part after a part of no template
    ['不详-湖南-江永县公安局-项目支出', 'outline', 'project-expenditure'],
    // a page title naming no report (…资金管理使用情况), `现将上级转移支付资金使用情况报告如下`, then 资金使用情况, 产出指标完成情况分析
    // and (1)数量指标 (2)质量指标 (3)时效指标: what was done with the money and how each indicator was met
    ['2021-广东-深圳市福田区民政局-转移支付', 'body'],
    // no title: `福建省财政厅:`, then `…我厅委托第三方机构开展2018年度省级专项资金绩效评价…现将有关情况报送如下:` — a unit writing
    // up to its finance bureau on the performance of its own funds
    ['2018-福建-福建省住房和城乡建设厅-专项资金', 'opening'],
    // a page titled `2020年度绩效评价` (no report word), then one paragraph: `项目全年预算数为1050万元,执行数为1050万元,完成预算的
    // 100%。项目绩效目标完成情况:一是…` — the budget column, the execution rate as the transfer form writes it, the targets' results
    // (session 14)
    ['2020-浙江-东阳市文广旅体局公共文化服务-项目支出', 'body'],
    // a title naming no report (…农机购置补贴实施情况), the 转移支付 outline with its numbers lost (`绩效目标分解下达情况`, then
    // `…共计84.47万元。绩效目标完成情况分析`, `2.效益指标完成情况分析`): the targets' and the indicators' results (session 14)
    ['2023-湖北-龙感湖管理区农机购置补贴-转移支付', 'body'],
    // a report flattened into four table-like lines, its title the first row's first cell: `2021年度部门整体支出绩效自评情况报告`
    // (绩效自评情况 followed by 报告; session 15)
    ['2021-云南-德钦县人大常委会-部门整体', 'title'],
    // `关于…免费开放专项资金到位使用情况的自查报告`: a unit checking the arrival and use of its own fund (session 15)
    ['20xx-不详-某区文化局两馆一站免费开放-专项资金', 'title'],
    // no title, the body first: `…组织开展了2024年度部门绩效自评工作。现将自评工作情况总结如下:` (session 15)
    ['2024-安徽-杜集区城市管理局-部门整体', 'opening'],
    // a Q&A site's question, a project's name, then `…我局对2017年度道路清扫保洁项目资金实施了绩效评价,形成本报告如下:` —
    // the unit evaluating its own funds in the first person (session 15)
    ['2017-福建-漳平市城市执法局道路清扫保洁-项目支出', 'opening'],
    // an essay site's menu (`• 扫黑除恶` / `• 实施方案`: two items, not a 实施方案's title split over two lines), then the page's
    // title `市直预算项目绩效自评报告` (session 16)
    ['2018-湖北-武汉市人大常委会办公厅专项业务经费-项目支出', 'title'],
    // no title: `…要求,我厅认真开展了2022年度部门预算绩效自评工作。…自评得97.5分。`, then 一、部门概况 — the writer's own done
    // self-evaluation, in the first person (session 16)
    ['2022-陕西-陕西省应急管理厅-部门整体', 'opening'],
    // a mirror's traditional script with glued pinyin: `…現(xiàn)將黃南州體育場2020免費低收費開放補(bǔ)助資金使用和管理自評報告公示如下。`
    // — one fund's self-evaluation report made public (session 16)
    ['2020-青海-尖扎县体育场免费低收费开放补助资金-专项资金', 'opening'],
    // no title: `为进一步加强预算绩效管理,…,池州市人社局对2022年度城乡居保市级补贴使用情况开展了财政绩效评价工作。现将绩效评价情况
    // 报告如下:` — the unit, named in the third person, evaluated its own subsidy (session 16)
    ['2022-安徽-池州市人社局城乡居保市级补贴-项目支出', 'opening'],
    // a sharing site's banner, then its page `1、…绩效自评报告一、项目概况(一)…`: the title run on into the body's first heading
    // (session 17); 大足 2020 writes the same, once read by its body
    ['2019-湖南-炎陵县农业农村局酃县白鹅保种-项目支出', 'title'],
    ['2020-重庆-大足区电子政务中心-项目支出', 'title'],
    // a mirror of the ministry's page, its name replaced by a betting site's: `根据《财政部关于开展…绩效自评工作的通知》…,
    // www.…2022在对…基础上,对…进行了绩效自评。现将有关情况报告如下:` — no 我部, but the report follows (session 17)
    ['2020-中央-教育部支持学前教育发展资金-转移支付', 'opening'],
    // a mirror in traditional script, its title lost to `?????`: `一、項目概況` `(一)項目單位基本情況。…` (session 17)
    ['2020-贵州-遵义市农业农村局-项目支出', 'outline'],
  ];
  for (const [slug, by, template] of cases) {
    test(slug, () => {
      const r = report(corpus(slug));
      assert.ok(r.isReport, r.recognition.reason.en);
      assert.equal(r.recognition.by, by);
      if (template) assert.equal(r.template.id, template, r.templateChoice.reason.en);
    });
  }

  test("the page's own title, not the breadcrumb that ends with it (南县政协: 欢迎来到… / 您现在的位置: 首页 > … > 绩效评价报告)", () => {
    const r = report(corpus('2021-湖南-南县政协-部门整体'));
    assert.equal(r.recognition.by, 'title');
    assert.match(r.recognition.reason.zh, /^标题“部门整体支出及项目支出绩效评价报告”/);
  });

  test('no title, a portal record filing the page under 自评报告 (保山地震局 2021: 公开目录 | 自评报告 | 发布日期 …)', () => {
    const r = report(corpus('2021-云南-保山市地震局-部门整体'));
    assert.ok(r.isReport, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'title');
    assert.match(r.recognition.reason.zh, /自评报告/);
  });

  test('the record’s column as a bullet of its own (• 自评报告) is no title: the title below it is (保山图书馆 2021, session 24)', () => {
    const r = report(corpus('2021-云南-保山市图书馆-部门整体'));
    assert.ok(r.isReport, r.recognition.reason.en);
    assert.match(r.recognition.reason.zh, /保山市图书馆2021年度部门整体支出绩效自评报告/);
  });

  test('made up (s24): the report word alone on a line is a title only when no fuller title follows', () => {
    const alone = report('• 公开目录\n• 自评报告\n\n一、部门基本情况\n\n本局2023年度预算执行率98%。\n');
    assert.ok(alone.isReport, alone.recognition.reason.en);
    const fuller = report('• 公开目录\n• 自评报告\n某县档案馆2023年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n预算执行率98%。\n');
    assert.match(fuller.recognition.reason.zh, /某县档案馆2023年度/);
  });

  test('a portal record names the column only when no title says otherwise (made up: 公开目录 | 自评报告, then a notice)', () => {
    const record = '索引号 | 0000-2022-01 | 发布机构 | 某县财政局 |\n公开目录 | 自评报告 | 发布日期 | 2022-07-07 |\n\n';
    const r = report(`${record}关于开展2021年度部门整体支出绩效自评工作的通知\n\n各部门：\n\n现将有关事项通知如下。\n`);
    assert.equal(r.isReport, false, r.recognition.reason.en);
  });

  test('the document-sharing banner is read past: the reason quotes the report, not the banner', () => {
    const r = report(corpus('2022-湖南-耒阳市第四中学-专项资金'));
    assert.doesNotMatch(r.recognition.reason.zh, /由会员分享/);
    assert.match(r.recognition.reason.zh, /耒阳市第四中学专项资金绩效自评价报告/);
  });

  test('the body evidence is named in the reason (the --verbose line)', () => {
    const r = report(corpus('2020-四川-大英县双心及文明城市创建专项资金-项目支出'));
    assert.match(r.recognition.reason.zh, /自评表的指标栏.*绩效指标的类别.*自评工作/);
    assert.match(r.recognition.reason.en, /indicator columns/);
  });

  test('the conclusion-first outline is chosen over the national project outline, even where the title names a project report', () => {
    const r = report(corpus('2023-云南-昌宁县特殊教育公用经费-项目支出'));
    assert.equal(r.template.id, 'yn-project-expenditure');
    assert.equal(r.templateSource, 'outline');
    assert.ok(r.templateChoice.fits);
  });
});

describe('mirror pages, file names and brackets (made up unless named)', () => {
  test('made up: a title in traditional script with glued pinyin, and an opening sentence so written', () => {
    assert.equal(report('縣農業農村局2023年度項(xiàng)目支出績(jì)效自評(píng)報(bào)告\n\n一、基本情況\n').recognition.by, 'title');
    const opening = report('根據(jù)縣財政局要求,對2023年度項目開展了自評,現(xiàn)將自評情況報告如下:\n一、基本情況\n');
    assert.equal(opening.recognition.by, 'opening', opening.recognition.reason.en);
  });

  test('made up: a long title whose glued pinyin takes it past the longest title is read whole; a long sentence is not', () => {
    const title =
      '某某省某某市某某縣某某街道西片區(qū)老舊小區(qū)改造項(xiàng)目專項(xiàng)債券項(xiàng)目資金績(jī)效評(píng)價(jià)報(bào)告';
    assert.ok(title.length > 80);
    assert.equal(report(`${title}\n一、項目概要\n`).recognition.by, 'title');
    const sentence = `${'本街道按照市里的統一部署推進老舊小區改造工作'.repeat(4)}並形成績效評價報告`;
    assert.ok(sentence.length > 80);
    assert.notEqual(report(`${sentence}\n一、項目概要\n`).recognition.by, 'title');
  });

  test('made up: the body evidence of a page in traditional script (自評得分, 自評結論, 預算執行率)', () => {
    const text = '本項目資金100萬元。\n項目自評得分95分,自評結論為優。\n預算執行率98%。\n';
    assert.equal(report(text).recognition.by, 'body', report(text).recognition.reason.en);
  });

  test('made up: a file name with a section number above the title is read past; one naming a report is the title', () => {
    const text = '二、项目绩效分析.docx\n\n县林业局2023年度项目支出绩效自评报告\n\n一、基本情况\n';
    assert.match(report(text).recognition.reason.zh, /县林业局2023年度项目支出绩效自评报告/);
  });

  test('made up: the report word inside the title’s closing bracket; a bracket that only follows it is no title', () => {
    assert.equal(report('县卫健委2023年度预算绩效工作情况(部门整体支出绩效自评报告)\n\n一、基本情况\n').isReport, true);
    assert.equal(report('关于报送材料的说明)绩效自评报告)\n').isReport, false);
  });

  test('昆明文旅局 2024: `…部门整体支出绩效评价报告(摘 要)` is the summary of an evaluation, not a self-evaluation', () => {
    const r = report(corpus('2024-云南-昆明市文化和旅游局-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /摘要/);
  });

  test('made up: a summary of an evaluation report is no self-evaluation; a self-evaluation’s summary is one', () => {
    assert.equal(report('某县2023年度水利项目绩效评价报告摘要\n\n一、项目概况\n').isReport, false);
    assert.equal(report('某县水利局2023年度项目支出绩效自评报告(摘要)\n\n一、项目概况\n').isReport, true);
  });

  test('made up: 资金使用率 is the execution rate, but with one other mention it makes no report', () => {
    const text = '一、工作安排\n\n各单位要加快资金到位，提高资金使用率。\n\n二、工作要求\n\n按时报送。\n';
    assert.equal(report(text).isReport, false, report(text).recognition.reason.en);
  });

  test('made up: the sign-off boxes of a form alone, or with indicator kinds but nothing done, make no report', () => {
    assert.equal(report('项目负责人:张三 财务负责人:李四\n').isReport, false);
    const blank = '数量指标 质量指标 时效指标 项目负责人: 财务负责人:\n';
    assert.equal(report(blank).isReport, false, report(blank).recognition.reason.en);
  });
});

describe('made up: a text that scores itself item by item (自评得2分), session 13', () => {
  const item = (n: number, w: number): string => `(${n})管理制度健全(${w}分)\n\n我单位制定了管理办法，落实到位。自评得${w}分。\n\n`;
  test('made up: two items scored by the writer, with the funds’ arrival, make a report with no title', () => {
    const text = `一、投入(10分)\n\n${item(1, 4)}${item(2, 6)}资金到位率100%，资金到位及时。\n`;
    const r = report(text);
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'body');
  });

  test('made up: one score alone (a review notice quoting a unit: 某局自评得95分), or a blank scoring scheme, makes none', () => {
    assert.equal(report('某局自评得95分，复核得90分。资金到位率100%，资金到位及时。\n').isReport, false);
    const scheme = '一、投入(10分)\n\n(1)管理制度健全(4分)\n\n(2)资金到位率(6分)：资金到位得满分。\n';
    assert.equal(report(scheme).isReport, false, report(scheme).recognition.reason.en);
  });
});

describe('a report by its opening sentence', () => {
  test('made up: the results of the writer’s own targets made public (绩效目标完成情况公示如下) open a report', () => {
    const text = '根据财政部要求，现将某市2023年度某某补助资金绩效目标完成情况公示如下:\n\n一、绩效目标\n\n二、绩效目标实现情况\n';
    const r = report(text);
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: an evaluation, funds or many units’ self-evaluations made public are not one', () => {
    assert.equal(report('现将我镇2022年度专项债券项目资金绩效评价情况公示如下:\n\n一、项目概况\n').isReport, false);
    assert.equal(report('现将资金情况公示如下:\n\n一、资金下达\n').isReport, false);
    assert.equal(report('现将2023年度市级部门绩效自评结果公开如下:\n\n一、市教育局\n').isReport, false);
    // made up: 各 units' fund reports, and reports naming no fund, made public are a finance bureau's list
    assert.equal(report('现将各单位2023年度项目资金绩效自评报告公示如下:\n\n一、市教育局\n').isReport, false);
    assert.equal(report('现将2023年度市级部门绩效自评报告公开如下:\n\n一、市教育局\n').isReport, false);
    // made up: one fund's self-evaluation report made public is that report
    assert.equal(report('现将2023年度农村公路养护资金绩效自评报告公示如下:\n\n一、项目概况\n').isReport, true);
  });

  test('贵州住建厅 2020: no title, but `现将我厅2020年彩票公益金…项目支出绩效报告公告如下` makes its own report public', () => {
    const r = report(corpus('2020-贵州-省住建厅彩票公益金-专项资金'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: the writer’s own performance report made public is one; another’s, results or a fund’s spending are not', () => {
    assert.equal(report('现将我局2023年度某某补助资金绩效报告公示如下:\n\n一、资金投入\n').isReport, true);
    assert.equal(report('现将我单位2023年度部门整体支出绩效自评情况公开如下:\n\n一、部门概况\n').isReport, true);
    for (const text of [
      '现将我局对县教育局2023年度项目支出绩效报告公示如下:\n\n一、项目概况\n',
      '现将我局组织的各单位2023年度绩效自评报告公示如下:\n\n一、市教育局\n',
      '现将我局2023年度重点绩效评价结果公开如下:\n\n一、评价结果\n',
      '现将我局组织的全县2023年度绩效自评抽查情况公示如下:\n\n一、抽查范围\n',
      '现将我局2023年度部门整体支出绩效自评抽查情况公示如下:\n\n一、抽查范围\n',
      '现对2022年某县体育彩票公益金使用情况公告如下:\n\n一、资金筹集\n',
    ]) {
      assert.equal(report(text).isReport, false, `${text}: ${report(text).recognition.reason.en}`);
    }
  });

  test('县编办 2021: no title line, but `现将我办专项工作经费绩效自评情况报告如下:` opens it', () => {
    const r = report(corpus('2021-未知-县编办专项工作经费-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: the writer’s own self-evaluation, done, told in the first person before 一、 opens a report', () => {
    const r = report('根据有关要求,我局认真开展了2023年度部门整体支出绩效自评工作。\n一、部门概况\n');
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: a plan, 各 units evaluating themselves, the same words after 一、, or a cover note with attached reports are not one', () => {
    for (const text of [
      '我局将于6月底前开展2023年度绩效自评工作。\n一、工作安排\n',
      '我局组织了各预算单位开展2023年度绩效自评工作。\n一、总体情况\n',
      '我局组织开展了2023年度全县预算部门绩效自评工作。\n一、总体情况\n',
      '一、基本情况\n我局认真开展了2023年度绩效自评工作。\n',
      '我厅开展了2023年度部门整体支出绩效自评。\n附件:1.某厅2023年度部门整体支出绩效自评报告\n',
    ]) {
      assert.equal(report(text).isReport, false, `${text}: ${report(text).recognition.reason.en}`);
    }
  });

  test('made up: a unit named in the third person that evaluated its fund, then 现将…报告如下, opens a report', () => {
    const r = report('为加强预算绩效管理,某县农业农村局对2023年度耕地保护资金开展了绩效评价。现将绩效评价情况报告如下:\n一、项目概况\n');
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: the same sentence by a finance bureau, a firm, of 各 units, or of several bodies is no unit’s own', () => {
    for (const subject of ['某县财政局对县教育局', '某会计师事务所对', '某县农业农村局对各乡镇', '某县农业农村局、县林业局对']) {
      const text = `${subject}2023年度耕地保护资金开展了绩效评价。现将绩效评价情况报告如下:\n一、项目概况\n`;
      assert.equal(report(text).isReport, false, `${text}: ${report(text).recognition.reason.en}`);
    }
  });

  test('made up: an opening that reports on work in general (现将有关情况报告如下), or a notice, is not one', () => {
    assert.equal(report('根据市财政局要求，我局开展了专项检查。现将有关情况报告如下:\n\n一、检查情况\n').isReport, false);
    assert.equal(report('各单位：\n\n为做好绩效自评工作，现将有关事项通知如下:\n\n一、自评范围\n').isReport, false);
  });
});

describe('made up: an opening that cites the notice asking for the self-evaluation', () => {
  const notice = '根据《县财政局关于开展2023年度预算绩效自评工作的通知》(某财绩〔2024〕3号)要求，';

  test('in the unit’s own voice (我局, 本单位): a report with no title', () => {
    for (const voice of ['我局对2023年度项目支出开展了绩效自评。', '本单位组织人员对全年资金进行了梳理。']) {
      const r = report(`${notice}${voice}\n\n一、项目概况\n\n全年预算100万元。\n`);
      assert.equal(r.recognition.by, 'opening', voice);
    }
  });

  test('in the third person, when the paragraph ends by saying the report follows: a report with no title', () => {
    const r = report(`${notice}县水利局对2023年度项目支出开展了绩效自评。现将有关情况报告如下：\n\n一、项目概况\n\n全年预算100万元。\n`);
    assert.equal(r.recognition.by, 'opening');
  });

  test('in the third person (a news item), passing it on (a notice), or a notice of no self-evaluation: no report', () => {
    for (const text of [
      `${notice}县水利局高度重视，成立了工作专班。\n\n全县共评价项目12个。\n`,
      `${notice}现将有关事项通知如下：\n\n一、自评范围\n`,
      '根据《县财政局关于做好2023年度部门决算工作的通知》要求，我局编制了决算。\n\n一、部门概况\n',
    ]) {
      assert.equal(report(text).isReport, false, text);
    }
  });
});

describe('a report inside a larger document, by its section', () => {
  test('随州 2019: a 决算公开报告 whose 目录 holds 九、整体支出绩效自评报告', () => {
    const r = report(corpus('2019-湖北-随州市公安局曾都区分局-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'section');
  });

  test('怀集 2019: a 决算 in one line of PDF text whose contents list 第五部分 绩效自评报告', () => {
    const r = report(corpus('2019-广东-怀集县文化广电旅游体育局-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.reason.zh, '文中有自评报告一节“第五部分 绩效自评报告”');
  });

  test('a 决算 whose contents name a part 绩效评价报告, not 自评, stays a 决算 (渌口 2019), and so does a part of other words', () => {
    assert.equal(report(corpus('2019-湖南-渌口区水利局-非自评')).isReport, false);
    const made = '某县民政局2023年度部门决算\n\n目 录 第一部分 单位概况 第二部分 部门决算表 第三部分 预算绩效情况说明\n';
    assert.equal(report(made).isReport, false);
    assert.equal(report(made.replace('预算绩效情况说明', '部门整体支出绩效自评情况')).isReport, true);
  });

  test('a 部门决算 without a self-evaluation section stays a 决算 (柞水县审计局 2020, 天津市审计局 2022, 泸州市中医医院 2023, 洪江市政府办)', () => {
    for (const slug of [
      '2020-陕西-柞水县审计局-非自评',
      '2022-天津-天津市审计局-非自评',
      '2023-四川-泸州市中医医院-非自评',
      // its only performance item: 十三、关于2023年度预算绩效情况的说明
      '不详-湖南-洪江市人民政府办公室-非自评',
      // 一、部门基本情况 （一）职能职责 （二）机构设置: a 决算's 部门概况 opens no self-evaluation outline, though （二） is a
      // heading of one (重庆 2021, two of them)
      '2021-重庆-沙坪坝区交通局-非自评',
      '2021-重庆-石柱县沙子镇人民政府-非自评',
      // a 四川 部门决算 after a county portal's furniture, its 目录 with no self-evaluation part (re-annotated in session 12:
      // it had been annotated as a 部门整体 report), as 渠县 2024's 单位决算
      '2022-四川-仁寿县彰加镇人民政府-部门整体',
      '2024-四川-渠县农业综合技术服务中心-非自评',
    ]) {
      assert.equal(report(corpus(slug)).isReport, false, slug);
    }
  });

  test('made up: a 决算 whose （一） was lost opens 一、单位基本情况 （二）机构设置 — an opening of the outline only when numbered first', () => {
    const body = '\n\n1负责全区生活垃圾清运工作。\n\n二、收入支出决算总体情况说明\n\n2023年度收、支总计1500万元。\n';
    const lost = `重庆市某区市政环卫管理所\n\n2023年度决算公开报告\n\n一、单位基本情况\n\n职能职责\n\n(二)机构设置${body}`;
    assert.equal(report(lost).isReport, false);
    // the same opening numbered from （一） is the 广东 outline's: an excerpt of a report cut after it
    const opened = '一、单位基本情况\n\n（一）单位机构设置、部门职能情况\n\n我局设8个内设机构。\n';
    assert.equal(report(opened).isReport, true);
  });
});

describe('what is not a self-evaluation stays unrecognised', () => {
  test('通许 2023 (set 29): 评价单位 a finance bureau with another body, glued to its label, is a finance-led evaluation', () => {
    const r = report(corpus('2023-河南-通许县财政局衔接资金重点项目评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /评价单位:通许县财政局、通许县乡村振兴局/);
  });

  test('made up: 评价单位 naming a finance bureau alone, or the unit, stays a report; a 评价方案 sentence is no field', () => {
    // (a title naming 自评 makes the unit's own report whatever the cover names: 湖北残联 2017)
    const title = '某县2023年衔接资金项目绩效评价报告\n';
    const body = '一、部门基本情况\n本局主要负责全县财政工作。\n二、自评结论\n经自评，综合得分95分，等级为优。\n';
    assert.equal(report(`${title}评价单位:某县财政局\n${body}`).isReport, true);
    assert.equal(report(`${title}评价单位某县财政局、某县乡村振兴局\n${body}`).isReport, false);
    assert.equal(report(`${title}评价方案由县财政局、县审计局审定\n${body}`).isReport, true);
  });

  test('a portal record filing the page under another column (made up: 公开目录 | 部门决算, then 一、部门基本情况)', () => {
    const record = '索引号 | 0000-2022-01 | 发布机构 | 某市地震局 |\n公开目录 | 部门决算 | 发布日期 | 2022-07-07 |\n文号 | 浏览量 |\n';
    const body =
      '一、部门基本情况\n(一)部门概况\n某市地震局是市政府直属的事业单位，承担全市防震减灾工作。\n主要职能职责:\n1.贯彻执行防震减灾工作方针。\n';
    assert.equal(report(record + body).isReport, false);
  });

  test('a finance bureau notice asking for 考核 material (one flattened line)', () => {
    const r = report(corpus('2022-安徽-合肥市包河区财政局-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /通知/);
  });

  test('a 绩效评价结果 通报 that names 整体支出绩效评价报告 in its body', () => {
    const r = report(corpus('2023-山西-临汾经济开发区财政金融部-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /通报/);
  });

  test('a finance bureau publishing ten 绩效评价报告 as attachments (附件1:…绩效评价报告.pdf): links to reports, not one', () => {
    const r = report(corpus('2022-甘肃-天水市财政局-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.en);
  });

  test('a cover note listing its attached 自评报告 (附 件:1.… 2.… 3.…): the list is no title (广东科技厅 2020)', () => {
    const r = report(corpus('2020-广东-广东省科学技术厅-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.en);
  });

  test('a 绩效评价报告 a 会计师事务所 wrote for the finance bureau (委托单位 / 评价机构 in its header): commissioned, not a self-evaluation', () => {
    const r = report(corpus('2022-西藏-昌都市宗教事务局-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /委托单位:昌都市财政局.*第三方/);
  });

  test('湖北残联 2017 (set 19, rotated into tune in session 34): a firm as 评价机构 under a title saying 自评: the unit’s self-evaluation', () => {
    // `…2017年度绩效自评报告` / `项目单位:湖北省残疾人联合会` / `评价机构:湖北衡平楚天会计师事务有限公司`: drafted with a firm's help
    const r = report(corpus('2017-湖北-湖北省残联宣传文化经费-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
  });

  test('made up: under a title saying 自评 a firm’s cover fields are read past, a firm’s voice is not', () => {
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const cover of ['评价机构:某某会计师事务所', '委托单位:某县财政局', '报告编号：某会评字〔2024〕12号']) {
      assert.equal(report(`某县2023年农业补助资金绩效自评报告\n\n${cover}${tail}`).isReport, true, cover);
      assert.equal(report(`某县2023年农业补助资金绩效评价报告\n\n${cover}${tail}`).isReport, false, cover);
    }
    const voice = '我们作为第三方绩效评价中介机构，对某县农业补助资金开展了绩效评价。';
    assert.equal(report(`某县2023年农业补助资金绩效自评报告\n\n${voice}${tail}`).isReport, false);
  });

  test('汕头生态环境局 2021: a firm’s 部门整体支出绩效评价报告 for the finance bureau, its outline naming `(一)被评价单位`', () => {
    const r = report(corpus('2021-广东-汕头生态环境局整体评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /“\(一\)被评价单位”.*第三方/);
  });

  test('made up: a heading 被评价单位 is a third party’s outline; a heading that goes on to the unit’s basics is not', () => {
    const head = '某县农业农村局2023年度部门整体支出绩效评价报告\n\n一、评价概要\n\n';
    assert.equal(report(`${head}(一)被评价单位\n\n某县农业农村局。\n`).isReport, false);
    assert.equal(report(`${head}(一)被评价单位基本情况\n\n某县农业农村局。\n`).isReport, true);
  });

  test('浔阳 2024: a 部门整体支出绩效评价报告 whose opening says 我们作为第三方绩效评价中介机构: commissioned, whatever its title', () => {
    const r = report(corpus('2024-江西-九江市浔阳区发展和改革委员会-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /“我们作为第三方绩效评价中介机构”.*第三方/);
  });

  test('黑龙江 2016: the Ministry’s resident office evaluating the province’s forestry funds on top of its self-evaluation (他评)', () => {
    const r = report(corpus('2016-黑龙江-财政部驻黑龙江专员办林业补助资金评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /他评/);
  });

  test('made up: an evaluation made on top of the self-evaluation, or combining it with another’s, is no self-evaluation', () => {
    const head = '某县2023年农业补助资金绩效评价报告\n\n';
    for (const opening of [
      '市财政局在县农业农村局自评基础上开展了重点绩效评价，现将评价情况报告如下:',
      '本次评价采取自评与他评相结合的方式，现将有关情况报告如下:',
    ]) {
      const r = report(`${head}${opening}\n\n一、基本情况\n\n全年预算100万元。\n`);
      assert.equal(r.isReport, false, opening);
    }
  });

  test('隆回 2021: an accounting firm writing 受隆回县财政局委托,我所…实施绩效评价 after a long preamble: commissioned', () => {
    const text = corpus('2021-湖南-隆回县人居环境指挥部第三方评价-非自评');
    // its report number (上会湘报字(2022)第0001号) says so first since session 26; without it, the firm's voice does
    assert.match(report(text).recognition.reason.zh, /上会湘报字\(2022\)第0001号/);
    const r = report(text.replace('上会湘报字(2022)第0001号', ''));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /“受隆回县财政局委托,我所成立绩效评价工作组/);
  });

  test('made up: 受…委托 and the evaluation the writer made is commissioned; the unit’s own self-evaluation on request is not', () => {
    const head = '某县2023年农业补助资金绩效评价报告\n\n';
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const opening of [
      '受县财政局委托，我公司对该资金开展了绩效评价，现将评价情况报告如下:',
      `${'根据有关文件精神，'.repeat(80)}受市农业农村局（以下简称“市农业局”）委托，评价组对该资金实施了重点绩效评价。`,
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, false, opening.slice(-40));
    }
    for (const opening of [
      '受县财政局委托，我局对本单位2023年项目开展了绩效自评，现将自评情况报告如下:',
      '我局接受委托，配合完成了资金拨付，现将绩效评价情况报告如下:',
      '受县人民政府委托，我局向县人大常委会报告预算执行情况。',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, true, opening);
    }
  });

  test('泗县 2019: a finance bureau’s spot-check on top of the units’ self-evaluations (…自评的基础上…进行抽查) is no self-evaluation', () => {
    const r = report(corpus('2019-安徽-泗县财政局扶贫项目自评抽查-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /“在部门单位开展绩效自评的基础上……对行业部门绩效进行抽查”/);
  });

  test('made up: a review on top of self-evaluations (复核, 抽取, 核查) is none; a unit summing up its own projects’ is one', () => {
    const head = '某县2023年项目支出绩效情况报告\n\n';
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const opening of [
      '在各单位自评的基础上，市财政局组织对10个项目进行复核，现将复核情况报告如下:',
      '在部门(单位)自评结果基础上，我局抽取20个项目开展绩效自评质量核查，现将有关情况报告如下:',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, false, opening);
    }
    for (const opening of [
      '在各项目自评的基础上，形成本部门整体支出绩效自评报告，现将自评情况报告如下:',
      '我局在自评的基础上，对存在的问题进行了整改。现将自评情况报告如下:',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, true, opening);
    }
  });

  test('湖北残联 2018: a firm that helped write the unit’s own self-evaluation (我公司接受委托成为绩效自评工作专班成员) is no third party', () => {
    assert.equal(report(corpus('2018-湖北-湖北省残疾人联合会-转移支付')).isReport, true);
  });

  test('盐田 2022: a finance bureau’s evaluation group evaluating the 城管局’s fund (财政局组建评价小组对区城管局…), on a sharing page', () => {
    const r = report(corpus('2022-广东-盐田区财政局清扫清运经费评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /“深圳市盐田区财政局组建评价小组对区城管局/);
  });

  test('made up: a finance bureau forming an evaluation group: none; its own 自评 group, or one formed with others, is no evaluator', () => {
    const head = '某县2023年农业补助资金绩效评价报告\n\n';
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const opening of [
      '县财政局成立了绩效评价工作组，对县农业农村局2023年农业补助资金开展了绩效评价。',
      '根据有关要求，市财政局组建评价小组，对该资金实施了绩效评价，现将评价情况报告如下:',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, false, opening);
    }
    for (const opening of [
      '县财政局成立绩效自评工作小组，对本局2023年部门预算开展了绩效评价。',
      '由市财政局、县乡村振兴局组成绩效评价组，对各镇资金开展了绩效自评。',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, true, opening);
    }
  });

  test('session 24: an evaluation group on a unit’s self-evaluation (路灯 2017), a finance bureau evaluating a unit (村级 20xx)', () => {
    for (const slug of ['2017-不详-x区城市管理局路灯电费评价-非自评', '20xx-不详-XX县财政局村级组织活动场所评价-非自评']) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, slug);
      assert.match(r.recognition.reason.zh, /他评/, slug);
    }
  });

  test('made up (s24): a finance bureau evaluating another unit: none; evaluating its own project or budget, or asked to: a report', () => {
    const head = '某县2023年项目支出绩效评价报告\n\n';
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const opening of [
      '根据有关文件及单位自评情况，县财政局于2024年3月5日—12日对县教育局“学生营养餐项目”开展了绩效评价，具体情况如下:',
      '在县林业局自评的基础上，评价小组对县林业局2023年度森林防火经费进行了绩效评价，现将评价情况报告如下:',
      '市财政局对市卫生健康委员会2023年度公共卫生项目实施了绩效评价。',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, false, opening);
    }
    for (const opening of [
      '县财政局对“2023年一事一议财政奖补项目”开展了绩效评价，现将自评情况报告如下:',
      '县财政局对本局2023年度部门预算开展了绩效评价。',
      '县财政局对我局2023年度项目开展了绩效评价后，我局对存在问题进行了整改。',
      '在各项目自评的基础上，局绩效评价小组形成了部门整体支出绩效自评报告。',
      '根据县财政局对各单位开展绩效评价的要求，我局开展了自评。',
    ]) {
      assert.equal(report(`${head}${opening}${tail}`).isReport, true, opening);
    }
  });

  test('塘桥 2018: a PDF cover flattened onto the title’s line (`…绩效评价报告 评价机构 : … 委托单位:塘桥街道办事处 …`): commissioned', () => {
    const r = report(corpus('2018-上海-塘桥街道小区综合整新第三方评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /委托单位:塘桥街道办事处/);
  });

  test('made up: 委托单位: inside a long flattened line is a client; a long line that only mentions 委托 is not', () => {
    const long = '某某2023年度项目绩效评价报告 评价机构 : 某某中心 项目名称: 某某项目 委托单位 : 某某局 ' + '正文。'.repeat(40);
    assert.equal(report(long).isReport, false);
    const own = '某某局2023年度项目支出绩效自评报告 项目名称: 某某项目 本项目委托单位负责实施。' + '正文。'.repeat(40);
    assert.equal(report(own).isReport, true, report(own).recognition.reason.en);
  });

  test('made up: a full-width colon and spaces in a long flattened line are read as the narrow ones (委托单位　：某某局)', () => {
    const long = '某某2023年度项目绩效评价报告　评价机构：某某中心　委托单位　：某某局　' + '正文，'.repeat(40);
    assert.equal(report(long).isReport, false);
    assert.match(report(long).recognition.reason.zh, /委托单位:某某局/);
  });

  test('the cover labels a long line is searched for are ideographs only, which width folding leaves as they are', () => {
    const words = JSON.parse(readFileSync(join(ROOT, 'server/src/engine/model/recognition.json'), 'utf8')) as Record<string, unknown>;
    for (const label of [...(words.commissionedFields as string[]), ...(words.evaluatedFields as string[])])
      assert.match(label, /^[\u4e00-\u9fa5]+$/, label);
  });

  test('西藏社保局 2020: a cover laid out with spaces for colons (`委托机构   …厅`, `评价机构   …会计师事务普通合伙`): commissioned', () => {
    const r = report(corpus('2020-西藏-自治区社会保险管理局第三方评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /委托机构:西藏自治区人力资源和社会保障厅/);
  });

  test('潼南 2023: a firm’s cover names the 被评价单位 and its 报告编号; under 一、 it evaluates 受…委托: commissioned by each', () => {
    const text = corpus('2023-重庆-潼南区发改委储备粮补贴重点评价-非自评');
    const r = report(text);
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /被评价单位:重庆市潼南区发展和改革委员会/);
    const lines = text.split('\n');
    // without the 被评价单位 line, the 报告编号 says it; without both, the first section's first paragraph does
    const noEvaluated = lines.filter((l) => !l.startsWith('被评价单位')).join('\n');
    assert.match(report(noEvaluated).recognition.reason.zh, /报告编号:汇鼎会咨报字/);
    const noCover = lines.filter((l) => !l.startsWith('被评价单位') && !l.startsWith('报告编号')).join('\n');
    assert.equal(report(noCover).isReport, false);
    assert.match(report(noCover).recognition.reason.zh, /受重庆市潼南区非税收入和预算绩效管理中心委托,重庆汇鼎会计师事务所/);
  });

  test('青岛文旅局 2020 on a sharing site: its flattened cover names the bureau both 被评价单位 and 评价单位: its own evaluation', () => {
    const r = report(corpus('2020-山东-青岛市文化和旅游局-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
  });

  test('罗湖 南湖街道 2022: a 专项债券 项目 自评表 with no title, its 偏差原因分析 column beside 实际完成值 and two indicator kinds', () => {
    const r = report(corpus('2022-广东-罗湖区南湖街道瓶改管专项债券-自评表'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /偏差原因/);
  });

  test('长泰 彩票公益金 2024 (set 21): an excerpt with no title, the 转移支付 outline’s 资金投入 and 资金管理 analysis under 二、', () => {
    const r = report(corpus('2024-福建-长泰区中央专项彩票公益金-转移支付'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /资金投入情况/);
  });

  test('made up: a 自评表 filled in is a report by its columns; the same form with its cells left empty is a blank one', () => {
    const columns = '一级指标 | 二级指标 | 三级指标 | 目标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |\n';
    const filled = `项目名称 | 某街道燃气改造工程 | 项目单位 | 某街道办事处 |\n${columns}产出指标 | 数量指标 | 改造小区数 | 12个 | 12个 | 10 | 10 | |\n`;
    assert.equal(report(filled).isReport, true);
    // without the deviation column, two kinds of the form's columns are not enough
    assert.equal(report(filled.replace('偏差原因分析及改进措施', '备注')).isReport, false);
    const blank = `项目名称 | | 项目单位 | |\n${columns}产出指标 | 数量指标 | | | | | | |\n`;
    const r = report(blank);
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /空白的模板/);
  });

  test('made up: a 被评价单位 that is also the 评价单位 is the unit evaluating itself; another 评价单位, or none, is a third party', () => {
    const head = '某县2023年农业补助资金绩效评价报告\n\n';
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const cover of [
      '被评价单位：某县农业农村局\n评价单位：某县农业农村局',
      '评价单位：某县农业农村局\n被评价单位：某县农业农村局',
      '被评价单位:某县农业农村局 评价单位:某县农业农村局 2021年4月',
    ])
      assert.equal(report(head + cover + tail).isReport, true, cover);
    for (const cover of [
      '被评价单位：某县农业农村局\n评价单位：某某会计师事务所',
      '被评价单位：某县农业农村局\n评价单位：某县财政局',
      '被评价单位:某县农业农村局 评价单位: 2021年4月',
      '被评价单位：某县农业农村局',
    ])
      assert.equal(report(head + cover + tail).isReport, false, cover);
  });

  test('made up: header fields without a colon, the evaluated unit, a report number; the unit as 评价单位 is no third party', () => {
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const cover of [
      '委托单位   某县财政局',
      '评价机构\u3000某某会计师事务所（普通合伙）',
      '被评价单位：某县农业农村局',
      '评价单位:某某会计师事务所',
      '报告编号：某会评字〔2024〕12号',
    ]) {
      const r = report(`某县2023年农业补助资金绩效评价报告\n\n${cover}${tail}`);
      assert.equal(r.isReport, false, cover);
    }
    for (const cover of [
      '评价单位:某县公共汽车有限公司',
      '评价机构 中介机构 部门(单位)评价组R 财政评价组□',
      '评价机构   部门（单位）评价组',
      '报告编号：',
      '委托单位负责项目实施。',
    ]) {
      const r = report(`某县2023年农业补助资金绩效自评报告\n\n${cover}${tail}`);
      assert.equal(r.isReport, true, `${cover}: ${r.recognition.reason.en}`);
    }
    // a PDF's cover flattened onto the title's line
    const flat = '某县2023年农业补助资金绩效评价报告 被评价单位 : 某县农业农村局 项目名称: 农业补助资金 ' + '正文。'.repeat(40);
    assert.equal(report(flat).isReport, false);
  });

  test('made up: a firm commissioned in the first section’s first paragraph is a third party; 我局, or a later paragraph, is not', () => {
    const head = '某县2023年农业补助资金绩效评价报告\n\n一、基本情况\n\n';
    for (const first of [
      '根据有关文件，受某县财政局委托，某某会计师事务所对某县农业农村局的农业补助资金开展绩效评价。',
      '某某咨询有限公司受某县财政局委托，于2024年5月对该资金开展了绩效评价。',
      '受某县财政局委托，我所对该资金实施了绩效评价。',
    ]) {
      assert.equal(report(`${head}${first}\n\n（一）项目概况\n\n全年预算100万元。\n`).isReport, false, first);
    }
    for (const text of [
      `${head}受县财政局委托，我局对本单位的农业补助资金开展了绩效评价。\n\n（一）项目概况\n\n全年预算100万元。\n`,
      `${head}某县农业农村局负责全县农业工作。\n\n（一）上年评价\n\n受县财政局委托，某某会计师事务所对我局该资金开展了绩效评价。\n`,
    ]) {
      assert.equal(report(text).isReport, true, text);
    }
  });

  test('湖南 债券 20xx: an essay site’s heading `债券绩效评价报告1` over a notice (…有关事项通知如下): a notice', () => {
    const r = report(corpus('20xx-湖南-某县政府债券项目事前绩效评估通知-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /“现就政府债券项目事前绩效评估管理工作的有关事项通知如下”.*通知/);
  });

  test('made up: a report’s opening that notifies is a notice; one that cites a notice by its title, or notifies after 一、, is not', () => {
    const head = '某县2023年度项目支出绩效评价报告\n\n';
    const notice = `${head}为加强绩效管理，现将有关事项通知如下：\n\n一、评价内容\n\n项目的必要性。\n`;
    assert.equal(report(notice).isReport, false);
    for (const text of [
      `${head}根据《关于开展2023年度绩效自评工作的通知》要求，现将自评情况报告如下：\n\n一、基本情况\n\n全年预算100万元。\n`,
      `${head}一、基本情况\n\n上级财政局现将有关事项通知如下：各单位按时报送。\n`,
    ]) {
      assert.equal(report(text).isReport, true, text);
    }
  });

  test('武山 2024 and 贵州财政厅 2019: a title split over two lines ending 整改报告 / 整改情况报告 reports rectification, not a self-evaluation', () => {
    for (const slug of ['2024-甘肃-武山县消防救援大队自评整改报告-非自评', '2019-贵州-贵州省财政厅地灾专项资金评价整改报告-非自评']) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, slug);
      assert.match(r.recognition.reason.zh, /整改(?:情况)?报告/, slug);
    }
  });

  test('made up: a self-evaluation that mentions a third party in its body, after 一、, is still one', () => {
    const text = '某县2023年度项目支出绩效自评报告\n\n一、基本情况\n\n上年度审计中，我们作为第三方委托的配合单位提供了资料。\n';
    assert.equal(report(text).isReport, true);
  });

  test('made up: a self-evaluation whose 评价机构 is its own group (岳阳 2018: 部门(单位)评价组) is still one', () => {
    const r = report('部门整体支出绩效自评报告\n\n评价机构:部门(单位)评价组\n\n一、部门基本情况\n');
    assert.equal(r.isReport, true, r.recognition.reason.en);
  });

  test('a blank 范本 of a 项目绩效报告 with its 编报说明 (北京), and a notice issuing a 绩效评价暂行办法 (中小河流 2011)', () => {
    for (const slug of ['不详-北京-市级财政支出项目绩效报告范本-非自评', '2011-全国-中小河流治理专项资金绩效评价暂行办法-非自评']) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, `${slug}: ${r.recognition.reason.en}`);
    }
  });

  test('a news item on finishing the 绩效目标自评工作, naming the outline and three 自评报告 in its body', () => {
    const r = report(corpus('2018-甘肃-省环科院-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.en);
  });

  test('a 管理办法 that defines 部门(单位)自评, and a notice issuing one with its title split over two lines', () => {
    assert.equal(report(corpus('2022-江苏-宿迁市财政局-非自评')).isReport, false);
    const r = report(corpus('2021-广西-百色市财政局-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /通知/);
  });

  test("this repository's README and rule pages: titled by a `#` heading naming no report, their report words are quotes", () => {
    for (const file of [
      'README.md',
      'docs/rules/year-consistency.md',
      'docs/rules/budget-total.md',
      'docs/rules/leftover-instruction.md',
    ]) {
      const r = report(readFileSync(join(ROOT, file), 'utf8'));
      assert.equal(r.isReport, false, `${file}: ${r.recognition.reason.en}`);
    }
  });

  test('昌江 2023 and four other notices with no title of their own: written down to 各… (`各乡镇街道、区直各部门:`)', () => {
    for (const slug of [
      '2023-江西-昌江区财政局绩效自评工作通知-非自评',
      '2010-广东-湛江市农业局-非自评',
      '2018-安徽-安徽医科大学科技产业处-非自评',
      '2021-浙江-浙江省财政厅-非自评',
      // a finance bureau's evaluation of a fund, titled …绩效评价报告, sent to 各相关单位 as a 部门文件 (session 17)
      '2019-宁夏-贺兰县财政局现代农业产业园奖补资金评价-非自评',
    ]) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, slug);
      assert.match(r.recognition.reason.zh, /^开头称呼“各.*”：这是写给各单位的通知/, slug);
    }
  });

  test('made up: 各…: on a line of its own before the body is a notice; 各位领导: and 各 inside a sentence are not', () => {
    const body = '\n\n根据要求，现将2023年度部门整体支出绩效自评情况报告如下:\n\n一、基本情况\n\n全年预算100万元。\n';
    assert.equal(report(`各县（市、区）农业农村局、财政局:${body}`).isReport, false);
    assert.equal(report(`各位领导:${body}`).recognition.by, 'opening');
    assert.equal(report(`各单位积极配合。${body}`).recognition.by, 'opening');
  });

  test('珠海 涉农资金 2023 (tune): a 转移支付 self-evaluation with no title, by its header (填报单位名称, 填报日期)', () => {
    const r = report(corpus('2023-广东-珠海市涉农资金统筹整合-转移支付'));
    assert.equal(r.recognition.by, 'header');
  });

  test('高校财务处 2024 (set 22, a look-alike): a finance office’s notice to its own units (`校屬各單位:`, a mirror’s traditional script)', () => {
    const r = report(corpus('2024-河南-高校财务处绩效自评通知-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /^开头称呼“校屬各單位:”：这是写给各单位的通知/);
  });

  test('made up: the issuer’s own units addressed (校属各单位:, 市直各部门:) is a notice; a unit or a person addressed is not', () => {
    const body = '\n\n根据要求，现将2023年度部门整体支出绩效自评情况报告如下:\n\n一、基本情况\n\n全年预算100万元。\n';
    for (const to of ['校属各单位:', '局属各单位：', '市直各部门:', '县直各单位:'])
      assert.equal(report(`${to}${body}`).isReport, false, to);
    // a report sent up to its finance bureau, or written by a unit whose name has 各 in it, is the unit's
    for (const to of ['市财政局:', '县财政局各位领导:', '各位领导:']) assert.equal(report(`${to}${body}`).recognition.by, 'opening', to);
  });

  test('made up: a report title, then 各…: on a line of its own — sent down to many units, the issuer’s, not a self-evaluation', () => {
    const title = '某县某产业园奖补资金项目绩效评价报告\n\n';
    const body = '\n\n我局委托第三方机构开展绩效评价，报告如下:\n\n一、项目基本情况\n\n全年预算100万元。\n';
    assert.equal(report(`${title}各相关单位:${body}`).isReport, false);
    assert.equal(report(`${title}县财政局:${body}`).recognition.by, 'title');
  });

  test('made up: a notice whose title names the reports it asks for', () => {
    const text = '关于报送2023年度部门整体支出绩效自评报告的通知\n\n各预算单位：\n\n一、基本情况\n\n二、存在问题\n\n三、改进措施\n';
    assert.equal(report(text).isReport, false);
  });

  test('made up: a 工作总结 with 一、基本情况 二、存在的问题及原因分析 三、下一步改进措施 (the Hunan wording)', () => {
    const text =
      '# 2023年县科技局工作总结\n\n一、基本情况\n\n全年完成各项任务。\n\n二、存在的问题及原因分析\n\n无。\n\n三、下一步改进措施\n\n加强管理。\n';
    assert.equal(report(text).isReport, false);
  });

  test('made up: the same headings with no title are too few to make a report', () => {
    const text = '一、基本情况\n\n全年完成各项任务。\n\n二、存在的问题及原因分析\n\n无。\n';
    assert.equal(report(text).isReport, false);
  });

  test('made up: two incidental mentions in a body (绩效自评, 预算执行率) are not enough', () => {
    const text = '一、工作开展情况\n\n我局组织各单位开展绩效自评，督促提高预算执行率。\n\n二、下一步工作\n\n继续加强管理。\n';
    const r = report(text);
    assert.equal(r.isReport, false, r.recognition.reason.en);
  });

  test('made up: a blank 评价指标体系 (indicator columns and kinds, 预算执行率 as an indicator) with or without its title', () => {
    const table =
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 评分标准 |\n|---|---|---|---|---|\n' +
      '| 产出指标 | 数量指标 | 完成数量 | 10 | 全部完成得满分 |\n| 产出指标 | 质量指标 | 合格率 | 10 | 达标得满分 |\n' +
      '| 产出指标 | 时效指标 | 完成及时性 | 10 | 按时得满分 |\n| 项目管理 | 资金管理 | 预算执行率 | 10 | 执行率×分值 |\n';
    assert.equal(report(table).isReport, false, report(table).recognition.reason.en);
    const titled = report(`部门整体支出绩效评价指标体系\n\n${table}`);
    assert.equal(titled.isReport, false);
    assert.match(titled.recognition.reason.zh, /指标体系/);
  });

  test('made up: a notice on the self-evaluation work stays a notice, whatever its attached form holds', () => {
    const text =
      '关于开展2023年度部门整体支出绩效自评工作的通知\n\n各预算单位：\n\n请填报附表。\n\n' +
      '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 自评得分 |\n|---|---|---|---|---|---|\n';
    const r = report(text);
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /通知/);
  });
});

describe('made up: titles, header blocks and body evidence', () => {
  test('a title run on into the body’s first heading (`…绩效自评报告一、项目概况`) is a title; `…自评报告一般…` is prose', () => {
    assert.equal(report('某局2023年某项目资金的绩效自评报告一、项目概况(一)项目单位基本情况。\n\n正文。\n').recognition.by, 'title');
    assert.equal(report('绩效自评报告一般包括基本情况和绩效分析。\n\n正文。\n').recognition.by, undefined);
  });

  test('no title, 一、项目概况 then (一)项目单位基本情况, in either script, after lost characters: the opening of an outline', () => {
    for (const text of ['一、项目概况\n\n(一)项目单位基本情况。某局是…\n', '???一、項目概況\n??(一)項目單位基本情況。\n']) {
      assert.equal(report(text).recognition.by, 'outline', text);
    }
    // another first sub-section, or the pair further apart, opens nothing
    assert.equal(report('一、项目概况\n\n(一)项目建设内容。\n').isReport, false);
    assert.equal(report('一、项目概况\n\n正文。\n\n(一)项目单位基本情况。\n').isReport, false);
  });

  test('no title, two headings of an outline, a 预算执行率 and a 自评得分: a self-evaluation by its body', () => {
    const text = '一、基本情况\n\n全年预算100万元，支出98万元，预算执行率98%，自评得分95分。\n\n二、存在的问题及原因分析\n\n无。\n';
    const r = report(text);
    assert.equal(r.recognition.by, 'body');
    assert.match(r.recognition.reason.zh, /2 个标题合于模板/);
  });

  test('宁夏 2021: news of a commissioned evaluation naming 绩效自评, the indicator kinds and one 资金使用情况 is no report', () => {
    const r = report(corpus('2021-宁夏-贺兰山东麓葡萄酒产业园区管委会-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
  });

  test('a notice that asks for 资金到位 and 资金使用情况 alone is no report: one kind of evidence', () => {
    const text = '各预算单位：\n\n请于3月底前报送2023年度专项资金到位率、资金使用情况和资金管理情况。\n\n一、报送内容\n';
    assert.equal(report(text).isReport, false);
  });

  test('a title split over two lines after 发布时间 and 字体 lines', () => {
    const text =
      '首页 > 政务公开 > 财政预决算\n\n发布时间：2024-03-01 浏览量：12\n\n字体：大 中 小\n\n某县农业农村局2023年度\n\n部门整体支出绩效自评报告\n\n一、部门基本情况\n';
    const r = report(text);
    assert.ok(r.isReport);
    assert.equal(r.recognition.by, 'title');
  });

  test('a title after more lines of site navigation than the first lines read: furniture is not counted', () => {
    const nav = Array.from({ length: 45 }, (_, i) => `首页 > 政务公开 > 栏目${i + 1}`).join('\n\n');
    const r = report(`${nav}\n\n某县水利局2023年度项目支出绩效自评报告\n\n一、基本情况\n`);
    assert.equal(r.recognition.by, 'title');
    assert.match(r.recognition.reason.zh, /某县水利局/);
  });

  test('a title spaced out by a PDF, after a page header', () => {
    const text = '某县财政局信息公开\n\n2 0 2 3 年 度 部 门 整 体 支 出 绩 效 自 评 报 告\n\n正文。\n';
    assert.equal(report(text).recognition.by, 'title');
  });

  test('a form’s title run on into its first header field, and not into prose', () => {
    assert.ok(report('2023年度项目支出绩效自评表 填报单位：某县林业局 单位：万元\n\n正文。\n').isReport);
    assert.equal(report('填写绩效自评表是本次培训的内容\n\n正文。\n').isReport, false);
  });

  test('a title that ends in 绩效自评, not in 报告', () => {
    assert.ok(report('某县农业农村局2023年度部门整体支出绩效自评\n\n正文。\n').isReport);
    assert.equal(report('某县农业农村局2023年度部门整体支出绩效自评工作方案\n\n正文。\n').isReport, false);
  });

  for (const title of [
    '某局2023年度自我评价报告',
    '某局2023年度项目自评价报告',
    '2023年度项目支出绩效自评表',
    '2023年度部门整体支出绩效自评情况',
  ]) {
    test(`the title ${title}`, () => assert.ok(report(`${title}\n\n正文。\n`).isReport));
  }

  test('a header block: 单位名称, 评价年度, 填报日期 with spaces inside the labels', () => {
    const text = '单 位 名 称：某县林业局\n\n评 价 年 度：2023年度\n\n填报日期：2024年3月1日\n\n正文。\n';
    const r = report(text);
    assert.ok(r.isReport);
    assert.equal(r.recognition.by, 'header');
  });

  test('a header block naming the unit as 填报单位名称 or 填报单位 (珠海 涉农资金 2023), with its 填报日期; one field alone is none', () => {
    for (const unit of ['填报单位名称:某市涉农资金统筹整合领导小组办公室', '填报单位：某县农业农村局']) {
      const text = `${unit}\n填报人:张三\n填报日期:2024年5月17日\n一、组织实施整体情况\n\n全年整合资金100万元。\n`;
      assert.equal(report(text).recognition.by, 'header', unit);
    }
    // the unit alone, or the unit's field with its stamp note (填报单位(盖章):), names no report
    assert.equal(report('填报单位:某县农业农村局\n\n全年整合资金100万元。\n').isReport, false);
    assert.equal(report('填报单位(盖章):某县农业农村局\n\n填报日期:2024年5月17日\n\n全年整合资金100万元。\n').isReport, false);
  });
});

describe('made up: a 自评表 with no title, by its 完成值 column and its 产出数量 … indicators (session 16)', () => {
  const head = '一级指标 | 二级指标 | 指标名称 | 目标值 |';
  const rows = ['产出指标 | 产出数量 | 培训人数 | 500人 |', '| 产出质量 | 结业率 | 95% |', '| 产出时效 | 完成时间 | 12月底前 |'];
  test('the form with what was done (完成值) is a self-evaluation', () => {
    const text = `${head} 完成值 |\n${rows.map((r) => `${r} 480人 |`).join('\n')}\n`;
    assert.equal(report(text).recognition.by, 'body');
  });
  test('the same form of targets only (a 绩效目标申报表) is none: nothing in it is done', () => {
    assert.equal(report(`${head}\n${rows.join('\n')}\n`).isReport, false);
  });
});

describe('made up: a report to the finance bureau, and how each indicator was met', () => {
  test('a salutation to the finance bureau and a paragraph on 绩效 ending 报送如下: a report; without either, or to 各…财政局, none', () => {
    const body = '为加强资金管理，我局对2023年农业补助资金开展了绩效评价。现将有关情况报送如下:\n\n（一）资金安排\n\n全年预算100万元。\n';
    const r = report(`某市财政局:\n\n${body}`);
    assert.equal(r.recognition.by, 'opening', r.recognition.reason.en);
    assert.match(r.recognition.reason.zh, /“某市财政局:……现将有关情况报送如下”/);
    assert.equal(report(`各县（市、区）财政局:\n\n${body}`).isReport, false, 'a notice is written down to 各…');
    assert.equal(report(`区人大常委会办公室:\n\n${body}`).isReport, false, 'a finance bureau reports to the congress');
    assert.equal(report(`某市财政局:\n\n${body.replace('开展了绩效评价', '完成了年度工作')}`).isReport, false, 'no 绩效');
  });

  test('资金使用情况 and 资金到位, 产出指标完成情况 and the indicator kinds: a report by its body; a notice asking for them is none', () => {
    const done =
      '一、资金基本情况\n\n资金到位及时，资金使用情况良好。\n\n二、绩效评价结果\n\n1.产出指标完成情况分析\n\n' +
      '（1）数量指标\n\n发放率100%。\n\n（2）质量指标\n\n准确率100%。\n\n（3）时效指标\n\n及时率100%。\n';
    assert.equal(report(done).recognition.by, 'body', report(done).recognition.reason.en);
    const asks = '请各单位于6月底前报送产出指标完成情况。\n\n有关要求如下。\n';
    assert.equal(report(asks).isReport, false);
  });
});

describe('made up: a 自查报告 on a fund, 总结如下, and the unit evaluating its own funds (session 15)', () => {
  test('a 自查报告 whose title names a fund is a report; one on anything else is not', () => {
    const body = '\n\n一、基本情况\n\n全年预算100万元。\n';
    assert.equal(report(`关于2023年农村饮水安全专项资金使用情况的自查报告${body}`).recognition.by, 'title');
    assert.equal(report(`某县水利局2023年度项目经费自查报告${body}`).recognition.by, 'title');
    assert.equal(report(`关于安全生产工作的自查报告${body}`).isReport, false);
  });

  test('现将自评…总结如下 opens a report; a 工作总结’s 现将…工作总结如下 does not', () => {
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    assert.equal(report(`我局组织开展了部门绩效自评工作。现将自评工作情况总结如下:${tail}`).recognition.by, 'opening');
    assert.equal(report(`现将2023年度工作总结如下:${tail}`).isReport, false);
  });

  test('我局对…实施了绩效评价,形成本报告如下: the unit’s own; a 重点 evaluation, one of 各 units, or on commission, none', () => {
    const tail = '\n\n一、基本情况\n\n全年预算100万元。\n';
    const own = '我局对2023年度道路保洁项目资金实施了绩效评价,形成本报告如下:';
    assert.equal(report(`${own}${tail}`).recognition.by, 'opening');
    for (const other of [
      '我局对2023年度道路保洁项目资金开展了重点绩效评价,现将评价情况报告如下:',
      '我局对各部门2023年度项目资金实施了绩效评价,现将有关情况报告如下:',
      '我局接受委托对该项目资金实施了绩效评价,形成本报告如下:',
      '现将2023年度道路保洁项目资金绩效评价情况报告如下:',
    ]) {
      assert.equal(report(`${other}${tail}`).isReport, false, other);
    }
  });
});

describe('made up: how the performance targets were met, and the execution rate as 完成预算的…%', () => {
  test('made up: the budget and spending, 完成预算的100% and 绩效目标完成情况 make a report with no title', () => {
    const text = '2022年度绩效评价\n\n项目全年预算数为80万元,执行数为80万元,完成预算的100%。项目绩效目标完成情况:完成培训12期。\n';
    const r = report(text);
    assert.equal(r.recognition.by, 'body', r.recognition.reason.en);
    assert.match(r.recognition.reason.zh, /绩效目标的完成情况/);
  });

  test('made up: a news item naming the targets’ results, or a budget line alone, makes none', () => {
    const news = '市财政局召开会议，要求各单位认真总结绩效目标完成情况。\n';
    assert.equal(report(news).isReport, false, report(news).recognition.reason.en);
    const budget = '全年预算数为80万元,执行数为80万元,完成预算的100%。\n';
    assert.equal(report(budget).isReport, false, report(budget).recognition.reason.en);
  });
});

describe('made up: a report word written with other words inside it', () => {
  test('绩效…评价报告 with a few words between is a title; far apart they are prose', () => {
    for (const title of ['某局2023年度部门预算绩效管理工作考核评价报告', '某县教育局绩效目标完成情况评价报告']) {
      assert.equal(report(`${title}\n\n一、基本情况\n\n全年预算100万元。\n`).recognition.by, 'title', title);
    }
    const far = '某局绩效管理工作开展以来各项任务完成良好的评价报告\n\n全年预算100万元。\n';
    assert.equal(report(far).isReport, false);
  });
});

describe('made up: 自评工作…报告 in a title', () => {
  test('a unit’s own 绩效自评工作情况报告 (工作报告, 工作的报告) is a report by its title', () => {
    for (const title of [
      '某县水利局2023年度部门整体支出绩效自评工作情况报告',
      '某县公安局2022年度辅警经费绩效自评工作报告',
      '某市农业农村局关于2023年度项目绩效自评工作的报告',
    ])
      assert.equal(report(`${title}\n\n全年预算100万元。\n`).recognition.by, 'title', title);
  });

  test('a finance bureau’s summary of the county’s self-evaluation work, and a notice about it, are not', () => {
    for (const title of [
      '某县财政局关于2023年度全县预算绩效自评工作情况的报告',
      '关于2023年度各部门绩效自评工作情况的报告',
      '某市2023年度绩效自评工作抽查情况报告',
      '关于开展2023年度部门预算绩效自评工作的通知',
    ]) {
      const r = report(`${title}\n\n各单位自评工作已完成。\n`);
      assert.equal(r.isReport, false, `${title}: ${r.recognition.reason.en}`);
    }
  });
});

describe('made up: 自评…报告 with a few words between, and a 绩效评价…评分表 (session 21)', () => {
  test('the self-evaluation named with what it reports between (结果, 分析, 情况的, 价情况) is a report by its title', () => {
    for (const title of [
      '某局2023年度项目支出绩效自评结果报告',
      '某局2023年度项目绩效自评分析报告',
      '某局2023年度项目支出绩效自评情况的报告',
      '某局关于2023年度项目支出绩效自评结果的报告',
      '某局2023年度整体支出绩效自评价情况报告',
    ])
      assert.equal(report(`${title}\n\n全年预算100万元。\n`).recognition.by, 'title', title);
  });

  test('a report on what came after the self-evaluations (结果应用, 复核, 整改) or a 自评估 is not one by that word', () => {
    for (const title of [
      '某县2023年度绩效自评结果应用情况报告',
      '某局2023年度绩效自评复核报告',
      '某局2023年度绩效自评问题整改落实报告',
      '某保护局完成天然林保护工程二期中期自评估报告',
      // red team (made up): a finance bureau's roll-up of 市直 / 县直 units' self-evaluations, a sampled check of their
      // quality, a review
      '关于市直单位2023年度绩效自评情况的报告',
      '关于2023年度县直部门绩效自评情况的报告',
      '某县2023年度项目支出绩效自评质量抽评报告',
      '某市2023年度部门绩效自评评审情况报告',
    ]) {
      const r = report(`${title}\n\n全年预算100万元。\n`);
      assert.equal(r.isReport, false, `${title}: ${r.recognition.reason.en}`);
    }
  });

  test('a 绩效评价指标评分表 is the form a unit scores itself on; a 绩效评价指标表 alone is the indicator system', () => {
    assert.equal(report('某局2023年度部门整体支出绩效评价指标评分表\n\n自评分 90\n').recognition.by, 'title');
    assert.equal(report('某局2023年度部门整体支出绩效评价指标表\n\n分值 10\n').isReport, false);
  });

  test('新邵图书馆 2017 on a sharing site: the file name 2017年度部门整体支出绩效评价指标评分表.doc is its title', () => {
    const r = report(corpus('2017-湖南-新邵县图书馆-自评表'));
    assert.equal(r.recognition.by, 'title', r.recognition.reason.en);
    // left: its title names the indicator table a notice attaches blank (see recognition.json, session 21)
    assert.equal(report(corpus('2017-不详-部门整体支出绩效评价指标表-自评表')).isReport, false);
  });
});

describe("made up: a text that opens a template's outline", () => {
  test('一、 and its first sub-section of the project outline, nothing more: a report cut after its first section', () => {
    const r = report('一、基本情况\n\n（一）项目概况\n\n某县2023年实施农村道路改造项目，总投资500万元。\n');
    assert.ok(r.isReport, r.recognition.reason.en);
    assert.equal(r.template.id, 'project-expenditure');
    assert.match(r.recognition.reason.zh, /“一、基本情况”“（一）项目概况”是模板/);
    assert.equal(r.templateChoice.fits, false);
  });

  test('the same first section with a sub-section of no template (a 部门决算’s 主要职能) is no report', () => {
    assert.equal(report('一、基本情况\n\n（一）主要职能\n\n负责全县农业农村工作。\n').isReport, false);
  });

  test('the first section, a part of no template, then its 绩效目标 part: an opening; a 决算’s later parts (机构设置) are none', () => {
    const r = report('一、基本情况\n\n（一）单位基本情况\n\n1.机构设置\n\n内设5个股室。\n\n（二）项目绩效目标\n\n保障办案经费。\n');
    assert.ok(r.isReport, r.recognition.reason.en);
    assert.match(r.recognition.reason.zh, /“一、基本情况”“（二）项目绩效目标”是模板/);
    const accounts =
      '一、基本情况\n\n（一）主要职能\n\n负责全县工作。\n\n（二）机构设置\n\n内设5个股室。\n\n（三）人员情况\n\n在职20人。\n';
    assert.equal(report(accounts).isReport, false);
    const other = '一、工作安排\n\n（一）工作任务\n\n全年任务。\n\n（二）项目绩效目标\n\n保障办案经费。\n';
    assert.equal(report(other).isReport, false);
    // past the first section, a 绩效目标 part is no opening of it
    const past = '一、基本情况\n\n（一）主要职能\n\n负责全县工作。\n\n二、下一步工作\n\n（一）项目绩效目标\n\n保障经费。\n';
    assert.equal(report(past).isReport, false);
  });

  test('a template’s sub-section under a first heading that is not the template’s first section is no opening', () => {
    assert.equal(report('一、工作安排\n\n（一）项目概况\n\n某县2023年实施农村道路改造项目。\n').isReport, false);
  });
});

describe('made up: top-level headings only a self-evaluation’s outline has', () => {
  test('一、绩效目标分解下达情况 then a section of no template: the 转移支付 outline, cut after its first section', () => {
    const r = report('一、绩效目标分解下达情况\n\n上级下达资金500万元。\n\n二、资金使用情况\n\n已全部拨付。\n');
    assert.equal(r.recognition.by, 'outline', r.recognition.reason.en);
    assert.match(r.recognition.reason.zh, /“一、绩效目标分解下达情况”只见于/);
    assert.equal(r.templateChoice.fits, false);
  });

  test('two top-level sections of the project outline in order, one naming the self-evaluation (written in traditional script too)', () => {
    for (const text of [
      '一、项目基本情况\n\n某项目。\n\n二、自评工作开展情况\n\n成立小组。\n',
      '一、項目基本情況\n\n某項目。\n\n二、自評工作開展情況\n\n成立小組。\n',
    ]) {
      const r = report(text);
      assert.equal(r.isReport, true, text);
      assert.equal(r.template.id, 'project-expenditure');
    }
  });

  test('the same sections out of order, or with no self-evaluation named, or after a first heading of no template: no report', () => {
    assert.equal(report('一、自评工作开展情况\n\n成立小组。\n\n二、基本情况\n\n某项目。\n').isReport, false);
    assert.equal(report('一、基本情况\n\n某项目。\n\n二、存在的问题\n\n无。\n').isReport, false);
    assert.equal(report('一、工作任务\n\n全年任务。\n\n二、绩效目标分解下达情况\n\n已下达。\n').isReport, false);
  });

  test('a Markdown page titled by a `#` heading naming no report quotes such headings: no report (a rule page)', () => {
    const text = '# 标题编号检查\n\n一、绩效目标分解下达情况\n\n示例。\n\n二、绩效自评工作开展情况\n\n示例。\n';
    assert.equal(report(text).isReport, false, report(text).recognition.reason.en);
  });

  test('a third party’s evaluation or a 结果通报 that opens with the same heading is none (its own words are read first)', () => {
    const third = '受县财政局委托，我公司作为第三方对该资金开展绩效评价。\n\n一、绩效目标分解下达情况\n\n下达资金500万元。\n';
    assert.equal(report(third).isReport, false, report(third).recognition.reason.en);
    const notice = '关于2023年度转移支付绩效自评结果的通报\n\n一、绩效目标分解下达情况\n\n各地均已下达。\n';
    assert.equal(report(notice).isReport, false);
  });

  test('a notice that lists the outline it asks for stays a notice', () => {
    const text = '关于开展2023年度转移支付绩效自评工作的通知\n\n各县区财政局：\n\n一、绩效目标分解下达情况\n\n二、绩效自评工作开展情况\n';
    assert.equal(report(text).isReport, false);
  });

  test('a 决算 that opens 一、部门基本情况 （一）主要职能 （二）机构设置 is no report: only the first sub-section opens an outline', () => {
    const text = '一、部门基本情况\n\n（一）主要职能\n\n负责全区交通工作。\n\n（二）机构设置\n\n内设科室5个。\n';
    assert.equal(report(text).isReport, false);
  });

  test('the project outline’s first section and its part named the other way round (一、项目概况 （一）项目基本情况)', () => {
    const r = report('一、项目概况\n\n（一）项目基本情况\n\n某县2023年实施农村道路改造项目，总投资500万元。\n');
    assert.ok(r.isReport, r.recognition.reason.en);
    assert.equal(r.template.id, 'project-expenditure');
  });
});

describe('made up: the template the outline matches, and whether it fits', () => {
  const hunan =
    '# 某县民政局2023年度部门整体支出绩效评价报告\n\n一、部门基本情况\n\n正文。\n\n二、一般公共预算支出情况\n\n正文。\n\n' +
    '三、部门整体支出绩效情况\n\n正文。\n\n四、存在的问题及原因分析\n\n正文。\n\n五、下一步改进措施\n\n正文。\n';

  test('a Hunan outline is checked with the Hunan template, and its own numbers are not accused', () => {
    const r = report(hunan);
    assert.equal(r.template.id, 'hn-department-overall');
    assert.ok(r.templateChoice.fits);
    for (const rule of ['missing-section', 'section-order', 'heading-numbering']) assert.deepEqual(findingsOf(hunan, rule), [], rule);
  });

  test('region narrows the choice: in 广东 the same outline fits no template, so nothing is renumbered or reported missing', () => {
    const r = report(hunan, '广东');
    assert.equal(r.template.id, 'gd-department-overall');
    assert.equal(r.templateChoice.fits, false);
    for (const rule of ['missing-section', 'section-order', 'heading-numbering'])
      assert.deepEqual(findingsOf(hunan, rule, { region: '广东' }), [], rule);
  });

  test('a workspace template is chosen by its outline, not only the default', () => {
    const own = parseTemplate(
      {
        id: 'ws-county',
        name: { zh: '县级自评', en: 'County self-evaluation' },
        titlePatterns: ['县级自评专用'],
        scoreBands: [{ min: 0, grades: ['差'] }],
        preamble: '',
        sections: ['甲项情况说明', '乙项情况说明', '丙项情况说明'].map((title, i) => ({
          id: `s${i}`,
          title,
          guidance: { zh: '写明情况。', en: 'Say it.' },
        })),
      },
      'ws/county.json',
    );
    const r = buildReport('一、甲项情况说明\n\n正文。\n\n二、乙项情况说明\n\n正文。\n\n三、丙项情况说明\n\n正文。\n', {
      registry: new TemplateRegistry([own]),
    });
    assert.equal(r.template.id, 'ws-county');
    assert.equal(r.recognition.by, 'outline');
  });
});

describe('a 决算 titled so is not a report on its 预算绩效 paragraph (session 22 red team, made up)', () => {
  test('made up: 部门决算公开说明 with a paragraph on its 绩效自评 (自评得分, 预算执行率) is not a report', () => {
    const text =
      '某县农业农村局2023年度部门决算公开说明\n\n第一部分 部门概况\n\n一、部门职责\n\n二、机构设置\n\n' +
      '第三部分 2023年度部门决算情况说明\n\n一、收入支出决算总体情况说明\n\n六、预算绩效管理工作开展情况\n\n' +
      '本部门组织对2023年度项目支出全面开展绩效自评，共涉及项目12个，自评得分均在90分以上，预算执行率98.2%。\n';
    const r = report(text);
    assert.equal(r.recognition.isReport, false, r.recognition.reason.zh);
    assert.ok(r.recognition.reason.zh.includes('部门决算'), r.recognition.reason.zh);
  });

  test('made up: the same paragraph with no title (an excerpt) is still read as a report, as 大英 2021 is', () => {
    const text = '本部门组织对2023年度项目支出全面开展绩效自评，共涉及项目12个，自评得分均在90分以上，预算执行率98.2%。\n';
    assert.equal(report(text).recognition.isReport, true);
  });
});

describe('a self-evaluation under another name: 说明, 汇报, 总结 (session 22 red team, made up)', () => {
  const body = '\n\n一、项目概况\n\n正文。\n\n二、资金使用情况\n\n正文。\n\n三、取得的成效\n\n正文。\n';
  test('made up: titles ending 自评情况说明, 自评情况的汇报, 自评总结, 自评说明 are reports', () => {
    for (const title of [
      '某县民政局2023年度项目支出绩效自评情况说明',
      '某县民政局关于2023年度困难群众救助资金绩效自评情况的汇报',
      '某县民政局2023年度专项资金绩效自评总结',
      '某县民政局困难群众救助资金2023年度绩效自评说明',
    ]) {
      const r = report(title + body);
      assert.equal(r.recognition.isReport, true, `${title}: ${r.recognition.reason.zh}`);
      assert.equal(r.recognition.by, 'title', title);
    }
  });

  test('made up: instructions for the form or the report, a finance bureau on the county, a 工作总结 are not', () => {
    for (const title of [
      '省级财政项目支出绩效自评表编写说明',
      '2023年度部门整体支出绩效自评表填报说明',
      '某县财政局关于全县绩效自评工作的汇报',
      '某县民政局2023年度绩效自评工作总结',
    ]) {
      const r = report(title + body);
      assert.equal(r.recognition.isReport, false, `${title}: ${r.recognition.reason.zh}`);
    }
  });
});

describe('自评…说明 by what stands between (session 23 red team, made up)', () => {
  const notice =
    '\n\n为规范绩效自评工作，现将有关事项说明如下。\n\n一、自评范围\n\n各预算单位均应开展自评。\n\n二、自评内容\n\n包括预算执行率和绩效目标完成情况。\n';
  const done =
    '\n\n一、基本情况\n\n本局年末在职人员45人，2023年预算1200万元，实际支出1150万元，预算执行率95.83%。\n\n' +
    '二、绩效目标完成情况\n\n自评得分92分，等级为优。\n\n三、存在问题\n\n部分项目进度偏慢。\n';
  test('made up (red team s23): a 说明 of a 自评 module, its scoring, indicators, deadline or schedule is no report', () => {
    for (const title of [
      '预算绩效管理系统绩效自评模块操作说明',
      '绩效自评系统使用说明',
      '关于绩效自评有关问题的说明',
      '关于绩效自评评分标准的说明',
      '2023年度项目支出绩效自评指标体系说明',
      '绩效自评问题解答及说明',
      '部门整体支出绩效自评填表说明',
      '关于延长绩效自评报送时间的说明',
      '绩效自评表格式说明',
      '关于调整2023年度绩效自评工作安排的说明',
    ]) {
      const r = report(`# ${title}${notice}`);
      assert.equal(r.recognition.isReport, false, `${title}: ${r.recognition.reason.zh}`);
    }
  });
  test('made up (red team s23): 自评情况说明, 自评情况的汇报, 自评总结, 自评有关情况的说明 of a unit are reports by their title', () => {
    for (const title of [
      '某县水利局2023年度部门整体支出绩效自评情况说明',
      '关于某镇2023年度衔接资金项目绩效自评情况的汇报',
      '某县人民医院2023年度公共卫生服务补助资金绩效自评总结',
      '某县第一中学关于2023年度学生资助资金绩效自评有关情况的说明',
      '某县文化馆2023年度免费开放补助资金绩效自评工作开展情况汇报',
    ]) {
      const r = report(`# ${title}${done}`);
      assert.equal(r.recognition.isReport, true, `${title}: ${r.recognition.reason.zh}`);
      assert.equal(r.recognition.by, 'title', title);
    }
  });
});

describe('session 25: 绩效报告, 自评如下 and a 重点绩效评价', () => {
  test('海口林场 2017: a title …森林植被恢复费绩效报告 (a unit’s report on its fund) is a report', () => {
    const r = report(corpus('2017-云南-昆明市海口林场森林植被恢复费-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'title');
  });

  test('桂阳 2020s: no title, an opening that ends 现将…绩效自评如下 is a report', () => {
    const r = report(corpus('20xx-湖南-桂阳县公路建设养护中心四好农村公路-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('双清第一幼儿园 2023: no title, 一、部门、单位基本情况 then 二、一般公共预算支出情况 (the 湖南 部门整体 outline)', () => {
    const r = report(corpus('2023-湖南-双清区第一幼儿园-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'outline');
    // made up: the same second heading under a first that is none of the outline's is no outline
    assert.equal(report('一、年度工作回顾\n\n全年完成任务。\n\n二、一般公共预算支出情况\n\n支出120万元。\n').isReport, false);
  });

  test('郴州殡葬 2016: no title, 一、部门概况 then 二、部门整体支出管理及使用情况 (the 湖南 部门整体 outline of 2016–2018)', () => {
    const r = report(corpus('2016-湖南-郴州市殡葬管理处-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'outline');
    assert.equal(r.template.id, 'hn-department-overall');
    // the titled texts of the same outline are checked by it too (郴州不动产 2018; 张家界统计局 2018 writes 支出资金管理)
    for (const slug of ['2018-湖南-郴州市不动产登记中心-部门整体', '2018-湖南-张家界市统计局-部门整体'])
      assert.equal(report(corpus(slug)).template.id, 'hn-department-overall', slug);
    // made up: the same second heading under a first that is none of the outline's is no outline
    assert.equal(report('一、年度工作回顾\n\n全年完成任务。\n\n二、部门整体支出管理及使用情况\n\n支出120万元。\n').isReport, false);
  });

  test('五华 2023: …改造项目 重点绩效评价报告 is a key evaluation organised above the unit, not a self-evaluation', () => {
    const r = report(corpus('2023-云南-五华区住建局老旧小区改造重点评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /是重点绩效评价报告（财政部门组织的重点评价）/);
  });

  test('made up: 重点 elsewhere in a title, or a 重点绩效评价 the unit evaluated itself (自评), stays a report', () => {
    for (const title of [
      '某县交通局2023年度重点项目绩效评价报告',
      '某县住建局2023年度重点绩效评价项目自评报告',
      '某县档案局2023年度项目绩效报告',
    ])
      assert.equal(report(`${title}\n\n一、项目概况\n\n我局2023年度实施项目3个。\n`).isReport, true, title);
    assert.equal(report('某县2023年度老旧小区改造项目重点绩效评价报告\n\n一、项目概况\n').isReport, false);
  });
});

describe('session 26: a firm’s report number alone, 项目自评表, and the self-evaluation before a bare 现将有关情况报告如下', () => {
  test('江永 农机 2020: 湘财正咨字〔2022〕第39号 alone on its line over the title is a firm’s report: not a self-evaluation', () => {
    const r = report(corpus('2020-湖南-江永县农机事务中心农机购置补贴第三方评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /湘财正咨字〔2022〕第39号/);
  });

  test('made up: a government 文号 alone on its line (曲震发〔2020〕4号) over a unit’s report leaves it a report', () => {
    const body = '\n\n一、项目概况\n\n我局2023年度实施项目3个。\n';
    assert.equal(report(`山河县财政局\n山财发〔2024〕4号\n某县档案局2023年度项目绩效评价报告${body}`).isReport, true);
    assert.equal(report(`山河会咨字〔2024〕第12号\n某县档案局2023年度项目绩效评价报告${body}`).isReport, false);
  });

  test('黄石 住建 2022: a form titled …申报工作经费项目自评表 is a report', () => {
    const r = report(corpus('2022-湖北-黄石市住建局海绵城市申报工作经费-自评表'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'title');
  });

  test('怀化特教 2022: no title; …我校2022年度部门整体支出绩效自评得分84分。现将有关情况报告如下: is a report', () => {
    const r = report(corpus('2022-湖南-怀化市特殊教育学校-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: the sentence before names 各 units’ self-evaluations, or no writer: a bare 报告如下 is no opening', () => {
    const tail = '现将有关情况报告如下:\n\n一、基本情况\n\n全年支出120万元。\n';
    assert.equal(report(`我局组织各单位开展了绩效自评。${tail}`).isReport, false);
    assert.equal(report(`全市绩效自评工作已完成。${tail}`).isReport, false);
    assert.equal(report(`经综合评价,我局2023年度部门整体支出绩效自评得分92分。${tail}`).isReport, true);
  });

  test('广东 2005 and 益阳商务 2018: …绩效评价自评报告书 and …绩效自评指标计分表 are reports by their titles', () => {
    for (const slug of ['20xx-广东-省劳动和社会保障厅促进再就业专项资金-专项资金', '2018-湖南-益阳市商务局-自评表']) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, true, slug);
      assert.equal(r.recognition.by, 'title', slug);
    }
    // made up: 书 after another word than 报告 ends no title
    assert.equal(report('关于绩效自评报告编写的指导书\n\n一、编写要求\n\n按模板填写。\n').isReport, false);
  });
});

describe('session 27: a firm’s name alone on a cover line, and the finance bureau commissioning a third party', () => {
  test('岳阳县 2019 and 湘潭 2021: 湖南中智誠聯合會計師事務所 / 评价单位 | 湖南诚悦达会计师事务所(普通合伙) | — a firm’s evaluation', () => {
    for (const [slug, firm] of [
      ['2019-湖南-岳阳县农村人居环境整治第三方评价-非自评', '湖南中智诚联合会计师事务所'],
      ['2021-湖南-湘潭市污水处理费第三方评价-非自评', '湖南诚悦达会计师事务所(普通合伙)'],
    ] as const) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, slug);
      assert.ok(r.recognition.reason.zh.includes(firm), r.recognition.reason.zh);
    }
  });

  test('相山 2021: 财政委托第三方中介机构独立评价 in the opening — the finance bureau’s evaluation', () => {
    const r = report(corpus('2021-安徽-相山区应急局防汛抗旱经费第三方评价-非自评'));
    assert.equal(r.isReport, false);
    assert.ok(r.recognition.reason.zh.includes('财政委托第三方'), r.recognition.reason.zh);
  });

  test('made up: a firm named inside a sentence or a field, or the unit commissioning a third party itself, leaves a report', () => {
    const body = '\n\n一、项目概况\n\n我局2023年度实施项目3个。\n';
    for (const opening of [
      '某县档案局2023年度项目绩效自评报告\n我局聘请某某会计师事务所协助整理资料。',
      '某县档案局2023年度项目绩效自评报告\n审计单位：某某会计师事务所',
      '某县档案局2023年度项目绩效自评报告\n我局委托第三方机构开展了满意度调查。',
    ])
      assert.equal(report(`${opening}${body}`).isReport, true, opening);
    assert.equal(report(`某县档案局2023年度项目绩效评价报告\n某某会计师事务所${body}`).isReport, false);
  });
});

describe('session 27: the writer evaluating its own unit’s funds in the opening', () => {
  test('硚口交警 2017 (no title, a mirror): …文件要求,對我單位2017年道路交通管理項目經費…進行績效評價 is a report', () => {
    const r = report(corpus('2017-湖北-硚口区交通大队道路交通管理经费-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.en);
    assert.equal(r.recognition.by, 'opening');
  });

  test('made up: the finance bureau or a firm evaluating 我单位, a key or commissioned evaluation, or 各 units: not a report', () => {
    const body = '\n\n一、项目概况\n\n全年支出120万元。\n';
    assert.equal(report(`根据通知要求，对我单位2023年度项目经费进行绩效评价。${body}`).isReport, true);
    for (const opening of [
      '根据通知要求，市财政局对我单位2023年度项目经费进行绩效评价。',
      '某某会计师事务所对我单位2023年度项目经费进行绩效评价。',
      '根据通知要求，对我单位2023年度项目经费进行重点绩效评价。',
      '根据通知要求，对我单位及各乡镇2023年度项目经费进行绩效评价。',
    ])
      assert.equal(report(`${opening}${body}`).isReport, false, opening);
  });
});

describe('session 27’s second set: a target table, a campaign’s self-assessment, a city’s notice on counties, a 决算', () => {
  test('福建台联 2017, 海口 2021, 庆阳 2024, 大英 河边镇 2021 (tune corpus, look-alikes): not reports, each for its reason', () => {
    for (const [slug, why] of [
      ['2017-福建-福建省台湾同胞联谊会绩效目标表-非自评', '绩效目标表'],
      ['2021-海南-海口市创建食品安全示范城市自评-非自评', '创建活动'],
      ['2024-甘肃-庆阳市农业农村局彩票公益金项目资金情况公告-非自评', ''],
      ['2021-四川-大英县河边镇部门决算-非自评', ''],
    ] as const) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, `${slug}: ${r.recognition.reason.zh}`);
      assert.ok(r.recognition.reason.zh.includes(why), r.recognition.reason.zh);
    }
  });

  test('made up: a table headed without a year, a report naming its target table, a campaign’s funds, one fund’s results: reports', () => {
    const body = '\n\n一、项目概况\n\n我局2023年度实施项目3个，全年支出120万元，完成率95%。\n';
    for (const title of ['某县档案局2023年度项目绩效自评报告及2024年度项目绩效目标表', '某市创建国家卫生城市工作经费项目绩效自评报告'])
      assert.equal(report(`${title}${body}`).isReport, true, title);
    assert.equal(report(`2024年度项目绩效目标表${body}`).isReport, false);
    assert.equal(report(`某市创建全国文明城市工作自评报告${body}`).isReport, false);
    const opening = '现将我局2023年度彩票公益金项目绩效目标完成情况公示如下：';
    assert.equal(report(`${opening}${body}`).isReport, true);
    assert.equal(report(`现将甲县、乙县2023年度彩票公益金项目绩效目标完成情况公示如下：${body}`).isReport, false);
  });
});

describe('session 28: a blank outline or a form’s instructions, titled as the report they are for', () => {
  test('主管部门自评提纲 and 填表说明 (tune corpus, session 27’s third set): not reports; 平泉检察院 2023, which kept (参考提纲), is one', () => {
    for (const [slug, note] of [
      ['20xx-不详-项目绩效自评报告主管部门自评提纲-非自评', '参考格式'],
      ['20xx-不详-项目支出绩效自评表填表说明-非自评', '指标说明'],
    ] as const) {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, `${slug}: ${r.recognition.reason.zh}`);
      assert.ok(r.recognition.reason.zh.includes(note) && r.recognition.reason.zh.includes('模板'), r.recognition.reason.zh);
    }
    assert.equal(report(corpus('2023-河北-平泉市人民检察院-部门整体')).isReport, true);
  });

  test('双高学校 参考提纲 (set 23, a look-alike): the note `(参考提纲)` below a sharing site’s 23 lines of banner and page marks', () => {
    const r = report(corpus('不详-不详-双高学校绩效自评报告参考提纲-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    assert.ok(r.recognition.reason.zh.includes('(参考提纲)'), r.recognition.reason.zh);
  });

  test('利州工商联 2024 (set 23, a look-alike): a 决算 whose 第四部分 附件 lists a 绩效评价报告 and a 自评表 by title', () => {
    const r = report(corpus('2024-四川-利州区工商联部门决算-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    // made up: the same titles as sections of the document, not under its attachments' part, make it a report
    const parts = (under: string): string =>
      `某区2024年度部门决算\n\n第三部分 名词解释\n\n${under}\n\n一、2024年部门整体支出绩效评价报告\n\n二、2024年专项预算项目支出绩效自评表\n\n第五部分 附表\n`;
    assert.equal(report(parts('第四部分 附件')).isReport, false);
    assert.equal(report(parts('第四部分 其他重要事项')).isReport, true);
  });

  test('仁寿慈航镇小学 2024 (a look-alike): a 决算 whose contents list a 自评表 among its 附表 (its 自评情况 would make it one)', () => {
    const r = report(corpus('2024-四川-仁寿县慈航镇小学校单位决算-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    // made up: the contents of a 决算, then its body from the first entry again
    const contents = (entry: string): string =>
      `目录\n第一部分 单位概况\n一、职能简介\n第二部分 附表\n一、收入支出决算总表\n${entry}\n第一部分 单位概况\n一、职能简介\n本校是一所公办小学。\n`;
    assert.equal(report(contents('二、部门预算项目支出绩效自评表(2024年度)')).isReport, false);
    assert.equal(report(contents('二、部门预算项目支出绩效自评表')).isReport, false);
    // the same entry past the contents is the document's section (the excerpt holds it), as a 云南 决算's 自评情况 in its contents
    const body = '第一部分 单位概况\n一、职能简介\n本校是一所公办小学。\n二、2024年度部门整体支出绩效自评情况\n';
    assert.equal(report(body).isReport, true);
    assert.equal(report(contents('二、2024年度部门整体支出绩效自评情况')).isReport, true);
  });

  test('濮阳档案馆 2021 (a look-alike): a finance bureau’s 批复 of a project’s targets, its title over three lines, its 绩效目标表 after', () => {
    const r = report(corpus('2021-河南-濮阳市档案馆库房消防绩效目标批复-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /批复/);
  });

  test('新田镇 2022 (set 25, a look-alike): a 绩效运行监控报告 on a mirror with glued pinyin, over the 转移支付 outline', () => {
    const r = report(corpus('2022-安徽-新田镇衔接资金监控-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /监控报告/);
    // made up: the same outline under a self-evaluation's title is a report
    const body = '\n\n一、绩效目标分解下达情况\n\n2022年下达资金157万元，执行率100%。\n';
    assert.equal(report(`新田镇吴冲路项目绩效自评报告${body}`).isReport, true);
    assert.equal(report(`新田镇吴冲路项目绩效运行监控报告${body}`).isReport, false);
  });

  test('绍兴 体育赛事 20xx (set 25, a look-alike): an evaluation agency’s work, on an essay site in traditional script with pinyin', () => {
    const r = report(corpus('20xx-浙江-绍兴市体育赛事绩效评价范文-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /评价机构通过资料收集/);
    // made up: the unit doing the same work in its own name writes a report
    const opening = (who: string): string =>
      `某县体育赛事项目绩效评价报告\n\n2023年5月，${who}通过资料收集、实地调研等方式完成该项目的绩效评价工作，现将情况报告如下：\n\n` +
      '一、项目概况\n\n全年预算50万元，执行率96%。\n';
    assert.equal(report(opening('我局')).isReport, true);
    assert.equal(report(opening('评价机构')).isReport, false);
  });

  test('临河 2022 (a look-alike): a headline naming the self-evaluation work being done is news, not a report', () => {
    const r = report(corpus('2022-内蒙古-临河区财政局单位自评填报新闻-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /新闻/);
    // made up: the same words with a report word title a report
    const body = '\n\n一、部门概况\n\n2023年预算执行率98%，绩效自评得分95分。\n';
    assert.equal(report(`关于开展2023年度部门整体支出绩效自评工作的报告${body}`).isReport, true);
    assert.equal(report(`某县水利局开展2023年度部门整体支出绩效自评工作${body}`).isReport, false);
  });

  test('项目支出绩效自评报告范本 (tune corpus, a sample with placeholders on a mirror): no report; an essay site’s 范文 collection is', () => {
    const r = report(corpus('不详-不详-项目支出绩效自评报告范本-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
    assert.ok(r.recognition.reason.zh.includes('范本'), r.recognition.reason.zh);
    // 湘阴残联: …自评报告范文(精选12篇) over a real unit's report, its excerpt cut before any figure
    assert.equal(report(corpus('不详-湖南-湘阴县残疾人联合会-项目支出')).isReport, true);
    // made up: a sample with its figures filled in is a report
    const sample = '某县水利局项目绩效自评报告（范本）\n\n一、项目概况\n\n全年支出120万元，预算执行率95%。\n';
    assert.equal(report(sample).isReport, true);
    assert.equal(report('某县水利局项目绩效自评报告（范本）\n\n一、项目概况\n\n说明项目的基本情况。\n').isReport, false);
  });

  test('made up: the same outline filled in (an amount, a rate or a dated month) is a report; a note in a sentence is not a note', () => {
    const outline =
      '***项目绩效自评报告\n\n(主管部门自评提纲)\n\n一、项目概况\n\n说明项目主管部门在该项目管理中的职能。\n\n二、项目资金申报情况\n\n说明项目资金申报、批复情况。\n';
    assert.equal(report(outline).isReport, false);
    assert.equal(report(`${outline}\n全年支出120万元。\n`).isReport, true);
    assert.equal(report(`${outline}\n预算执行率为95%。\n`).isReport, true);
    assert.equal(report(`${outline}\n填报日期：2024年3月1日\n`).isReport, true);
    const form = '项目支出绩效自评表\n\n填表说明：\n\n1、年初设定目标：所有计划任务书中设定本年度应完成的各类指标总和。\n';
    assert.equal(report(form).isReport, false);
    // a sentence naming the outline it follows is the report's own words
    const own =
      '某县档案局2023年度项目绩效自评报告\n\n本报告按照财政局印发的编写提纲撰写，现将自评情况报告如下。\n\n一、项目概况\n\n说明项目情况。\n';
    assert.equal(report(own).isReport, true);
  });
});

describe('session 29: an ex-ante evaluation and a sharing site’s 【范本】 are no self-evaluations', () => {
  test('金口河 2024 (tune corpus, set 14): 农业保险经费项目事前绩效评价报告 on a procurement site is an ex-ante evaluation', () => {
    const r = report(corpus('2024-四川-金口河区农业保险经费事前评价-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /是事前绩效评价（预算安排前对项目的评估）/);
  });

  test('made up: 事前 in a title with 自评, or a report on what the 事前 review led to, stays a report', () => {
    for (const title of ['某县农业农村局2023年度事前绩效评估项目绩效自评报告', '某县财政局2023年度项目支出绩效自评报告'])
      assert.equal(report(`${title}\n\n一、项目概况\n\n我局2023年度实施项目3个。\n`).isReport, true, title);
    for (const title of ['某县2024年度农村公路养护项目事前绩效评估报告', '某县2024年度项目事前绩效评价报告'])
      assert.equal(report(`${title}\n\n一、项目概况\n\n项目拟安排资金120万元。\n`).isReport, false, title);
  });

  test('营养改善计划 2013 (tune corpus, set 14): a sharing site’s 【范本】 over a sample with X镇XX小学 and an example’s figures', () => {
    const r = report(corpus('2013-不详-营养改善计划补助资金绩效评价报告范本-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /标明是范本/);
    // 禄丰 2013, the same sample filled in by a real school under its own title, is a report
    assert.equal(report(corpus('2013-云南-禄丰县仁兴镇小学营养改善计划-专项资金')).isReport, true);
  });

  test('铜陵郊区 2021 (tune corpus, set 14): …财政奖补项目绩效评价自评表 between a table’s bars is the form’s title', () => {
    const r = report(corpus('2021-安徽-铜陵市郊区农村公益事业财政奖补-自评表'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'title');
  });

  test('made up: 【范本】 tags a sample whatever its figures; a template’s （范本） left over a unit’s figures does not', () => {
    assert.equal(report('【范本】某县水利局项目绩效自评报告\n\n一、项目概况\n\n全年支出120万元，预算执行率95%。\n').isReport, false);
    assert.equal(report('某县水利局项目绩效自评报告（范本）\n\n一、项目概况\n\n全年支出120万元，预算执行率95%。\n').isReport, true);
  });
});

describe('session 30: a form’s worked example (填写样例) is no self-evaluation', () => {
  test('项目支出绩效自评表填写样例 (tune corpus, set 15): a ministry’s 附件 on a sharing site, its head flattened into a line', () => {
    const r = report(corpus('20xx-中央-项目支出绩效自评表填写样例-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /标明是范本/);
  });

  test('made up: 填写样例 and 填报示例 in a title tag a model whatever its figures; a unit’s own 自评表 is a report', () => {
    for (const title of ['项目支出绩效自评表填写样例', '部门整体支出绩效自评表（填报示例）'])
      assert.equal(report(`${title}\n\n| 项目名称 | 森林病虫害预测预报 |\n\n全年支出120万元，预算执行率95%。\n`).isReport, false, title);
    assert.equal(report('某县林业局2023年度项目支出绩效自评表\n\n全年支出120万元，预算执行率95%。\n').isReport, true);
  });
});

describe('recognition: look-alikes of sets 17 and 18, rotated into tune in session 32', () => {
  for (const [slug, says] of [
    // a finance department evaluating jointly with the line department (省财政厅、省人社厅联合对…开展了绩效评价)
    ['2018-河北-省级就业补助资金重点评价-非自评', '联合'],
    // a blank form: its header left empty (单位名称:填报日期:…), its title naming its unit XX单位 (read first: the header)
    ['2021-不详-XX单位XX项目绩效自评表模板-非自评', '单位名称:填报日期:'],
    // a blank form's header (项目名称:承担单位:(盖章)) and no figure anywhere
    ['2021-不详-中央引导地方科技发展资金自评表空白样表-非自评', '项目名称:承担单位:'],
    // a 全周期跟踪问效 evaluation's title
    ['2022-山东-省区域应急救援中心跟踪问效评价-非自评', '跟踪问效'],
  ] as const) {
    test(`${slug}: not a self-evaluation (the reason quotes ${says})`, () => {
      const r = report(corpus(slug));
      assert.equal(r.isReport, false, r.recognition.reason.zh);
      assert.ok(r.recognition.reason.zh.includes(says), r.recognition.reason.zh);
    });
  }

  test('made up: a title naming its unit by a placeholder (2021年XX单位XX项目绩效自评报告) is a model, though it shows figures', () => {
    const r = report('2021年XX单位XX项目绩效自评报告\n\n一、项目基本情况\n\n项目预算100万元，执行98万元。\n');
    assert.equal(r.isReport, false, r.recognition.reason.zh);
  });

  // made up: a unit's own report with its header filled, a site's masked place, a bureau evaluating its own project
  for (const text of [
    '2023年XX县农业农村局项目支出绩效自评报告\n\n项目名称:高标准农田建设 实施单位:县农业农村局\n\n一、项目基本情况\n\n项目预算100万元，执行98万元。\n',
    '2024年度****部门整体支出绩效自评报告\n\n一、部门基本情况\n\n全年支出120万元。\n',
    '县财政局2023年度项目支出绩效自评报告\n\n县财政局对本局“财政信息化”项目开展了绩效评价，现将自评情况报告如下。\n\n一、项目概况\n',
  ]) {
    test(`made up, a report: ${text.split('\n')[0]}`, () => {
      const r = report(text);
      assert.ok(r.isReport, r.recognition.reason.zh);
    });
  }
});

describe('recognition: an opening sentence sent up with 呈报如下 (session 32)', () => {
  test('开江 安居工程 2021 (tuning text since session 32): …现将自评报告呈报如下。 — the county bureaus’ report on their fund', () => {
    const r = report(corpus('2021-四川-开江县城镇保障性安居工程-专项资金'));
    assert.ok(r.isReport, r.recognition.reason.zh);
    assert.ok(r.recognition.reason.zh.includes('现将自评报'), r.recognition.reason.zh);
  });

  test('made up, not a report: a notice that sends nothing of its own up (现将有关事项通知如下)', () => {
    const r = report('关于开展2023年度绩效自评工作的通知\n\n各预算单位：\n\n现将有关事项通知如下。\n\n一、自评范围\n');
    assert.equal(r.isReport, false, r.recognition.reason.zh);
  });
});

describe('session 39: the head of a flattened page that runs on from its title into a sentence citing a notice', () => {
  test('福建 改薄 2016 (tune corpus, a sharing site): `…专项资金绩效自评报告根据省财政厅关于开展…绩效自评工作的通知` is the report', () => {
    const r = report(corpus('2016-福建-福建省教育厅全面改薄专项-专项资金'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'title');
  });

  test('made up: the same run-on in a flattened report is one; a notice flattened the same way is not', () => {
    const body = '，现将有关情况报告如下：一、项目概况。全年预算100万元，支出95万元，执行率95%。'.repeat(3);
    const flat = (title: string): string => `${title}${body}\n`;
    assert.equal(
      report(flat('2016年度某专项资金绩效自评报告根据省财政厅关于开展省直部门2016年度专项支出绩效自评工作的通知')).isReport,
      true,
    );
    const notice = '各省直部门：为做好绩效自评工作，现将有关事项通知如下：一、自评范围。各部门对2016年度专项支出开展绩效自评。'.repeat(2);
    assert.equal(report(`关于开展省直部门2016年度专项支出绩效自评工作的通知${notice}\n`).isReport, false);
  });
});

describe('session 43, set 30 rotated into tune: a section on the self-evaluation work, an essay site’s item, a second heading', () => {
  test('葛店 2023: an excerpt with no title whose 二、部门自评工作开展情况 reports how the self-evaluation was done', () => {
    const r = report(corpus('2023-湖北-葛店开发区综合执法中心-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'section');
    assert.match(r.recognition.reason.zh, /部门自评工作开展情况/);
  });

  test('made up: a notice’s 自评工作安排 or 工作要求 asks for the work; it reports nothing', () => {
    const notice = '一、自评范围\n各单位对2023年度项目支出开展自评。\n二、自评工作安排\n请于3月底前报送。\n三、工作要求\n按时报送。\n';
    assert.equal(report(notice).isReport, false);
    const done = '一、部门基本情况\n本局主要负责全县财政工作。\n二、绩效自评工作开展情况\n我局成立了自评小组。\n';
    assert.equal(report(done).isReport, true);
  });

  test('长沙县 农产品 20xx: an essay site’s item label (`資金績效評價自評報告 1`) names the report under its compilation', () => {
    const r = report(corpus('20xx-湖南-长沙县农产品质量安全监管-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'title');
  });

  test('某县 人居环境 20xx: an item label naming no 自评 (`人居环境整治绩效评价报告 1`) over a 工作总结 makes no report', () => {
    assert.equal(report(corpus('20xx-不详-某县改善农村人居环境工作总结-非自评')).isReport, false);
  });

  test('汨罗一中 20xx: 一、项目基本概况, its paragraph, then 二、项目资金使用及管理情况 open the 项目支出 outline', () => {
    const r = report(corpus('20xx-湖南-汨罗市一中足球场提质改造-专项资金'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /项目基本概况/);
  });

  test('made up: the same first heading followed by another second heading opens nothing', () => {
    const text = '一、项目基本概况\n本项目为道路建设。\n二、工作计划\n明年继续实施。\n';
    assert.equal(report(text).isReport, false);
  });

  test('石潭镇东联村 2023: one line of PDF text whose head names a work team’s 扶贫开发工作自评报告 is no performance self-evaluation', () => {
    const r = report(corpus('2023-广东-石潭镇东联村扶贫双到-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /某项工作的自评/);
  });

  test('made up: a 工作自评报告 naming its money (…项目工作自评报告, …资金绩效评价工作自评报告) is a report', () => {
    const body = '一、项目概况\n全年预算100万元，支出95万元，执行率95%。\n';
    assert.equal(report(`基层农技推广体系建设项目工作自评报告\n${body}`).isReport, true);
    assert.equal(report(`某市2024年度乡村振兴补助资金绩效评价工作自评报告\n${body}`).isReport, true);
    assert.equal(report(`某村扶贫开发工作自评报告\n${body}`).isReport, false);
  });
});

describe('session 44, set 33 rotated into tune: a section giving the whole spending’s performance', () => {
  test('石峰疾控 2020: an excerpt with no title, in traditional script, whose (一)整體支出績效情況 is the evaluating part', () => {
    const r = report(corpus('2020-湖南-石峰区疾控中心-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'section');
    assert.match(r.recognition.reason.zh, /整體支出績效情況/);
  });

  test('made up: the same heading at the top level is a report; a 决算’s spending and a notice’s request are not', () => {
    const done = '一、部门基本情况\n本局主要负责全县文物工作。\n三、部门整体支出绩效情况\n全年预算执行率98%。\n';
    assert.equal(report(done).isReport, true);
    const accounts = '一、部门基本情况\n本局主要负责全县文物工作。\n二、支出决算情况说明\n全年支出100万元。\n';
    assert.equal(report(accounts).isReport, false);
    const notice = '一、评价范围\n各单位对2023年度部门整体支出绩效情况开展自评。\n二、工作要求\n按时报送。\n';
    assert.equal(report(notice).isReport, false);
  });
});

describe('session 44, set 34 rotated into tune: a notice the report encloses, a page label, a news item’s sentences', () => {
  test('湘西民院 2015: the report’s title, its cover, then the notice forming its evaluation group (各科室:) — a report', () => {
    const r = report(corpus('2015-湖南-湘西民族职业技术学院-部门整体'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'title');
  });

  test('made up: a notice’s salutation with no report’s title above its own title is still a notice', () => {
    const notice = '关于成立绩效评价领导小组的通知\n各科室:\n经研究，成立领导小组。\n';
    assert.equal(report(notice).isReport, false);
    const enclosed = `某学院部门整体支出绩效评价报告\n评价单位:某学院\n${notice}一、基本情况\n本院全年支出100万元。\n`;
    assert.equal(report(enclosed).isReport, true);
  });

  test('南通农职院 2009: a flattened PDF whose only title is the sharing site’s page label `项目绩效报告_第1页`', () => {
    const r = report(corpus('2009-江苏-南通农业职业技术学院园艺实训基地-项目支出'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.match(r.recognition.reason.zh, /项目绩效报告/);
  });

  test('made up: a page label naming a 绩效评价报告 (a third party’s, maybe) or a 决算 names nothing', () => {
    const body = '项目名称园艺培训基地项目单位某学院报告时间:2009年10月15日投资总额1050万元\n';
    assert.equal(report(`项目绩效报告_第1页\n项目绩效报告_第2页\n${body}`).isReport, true);
    assert.equal(report(`某项目绩效评价报告.docx_第1页\n${body}`).isReport, false);
    assert.equal(report(`交通部门2017年部门决算_第1页\n${body}`).isReport, false);
  });

  test('陕西中医药大学 2020: a news item on the meeting that heard the self-evaluations is no report', () => {
    const r = report(corpus('2020-陕西-陕西中医药大学专项资金评价会-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
  });

  test('made up: the unit that did its self-evaluation or evaluated its funds still opens a report', () => {
    assert.equal(report('我校认真开展了2020年度专项资金绩效自评工作，现将情况报告如下：\n一、基本情况\n').isReport, true);
    assert.equal(report('按照文件要求，对我单位2020年度专项资金进行了绩效评价。\n一、基本情况\n').isReport, true);
    assert.equal(report('处长传达了文件精神，并对我校2020年度专项资金绩效评价工作安排进行了说明。\n').isReport, false);
  });
});

describe('session 44, set 35 rotated into tune: an essay site’s label on a 自查报告, a table of targets as declared', () => {
  test('图书馆免费开放 20xx: `专项资金自查报告范文 图书馆免费开放资金自查报告例文` titles the report it reposts', () => {
    const r = report(corpus('20xx-不详-某县文化局图书馆免费开放资金-专项资金'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
    assert.equal(r.recognition.by, 'title');
  });

  test('某县 人居环境 20xx: `…绩效评价报告范文(精选11篇)` over a 工作总结 names no self-evaluation', () => {
    assert.equal(report(corpus('20xx-不详-某县改善农村人居环境工作总结-非自评')).isReport, false);
  });

  test('南岳 青少年校外活动中心 2020: `专项资金预算绩效目标申报表` in a cell, its year on the line below, is the targets as declared', () => {
    const r = report(corpus('2020-湖南-南岳区青少年校外活动中心绩效目标申报表-非自评'));
    assert.equal(r.isReport, false, r.recognition.reason.zh);
  });

  test('made up: a 绩效目标表 with no year may head a report’s annex; a 申报表 is one whatever its year', () => {
    const body = '| 一级指标 | 二级指标 | 三级指标 | 指标值 |\n|---|---|---|---|\n| 产出指标 | 数量指标 | 培训人次 | 100 |\n';
    assert.equal(report(`专项资金预算绩效目标申报表\n${body}`).isReport, false);
    assert.equal(report(`2020年度专项资金绩效目标申报表\n${body}`).isReport, false);
  });
});

describe('session 44, set 36 rotated into tune: a form named 绩效自评…评分表, a rectification’s self-check', () => {
  test('汕头 科技创新 2020: a flattened form opening `1、項目績效自評信息指標評分表基本情況…` is a report', () => {
    const r = report(corpus('2020-广东-汕头市科技创新战略专项-自评表'));
    assert.equal(r.isReport, true, r.recognition.reason.zh);
  });

  test('遂昌 电商进农村 2021: `…项目自评报告` answering a 专项整改 notice is the rectification’s self-check', () => {
    const r = report(corpus('2021-浙江-遂昌县电商进农村自纠自查-非自评'));
    assert.equal(r.isReport, false);
    assert.match(r.recognition.reason.zh, /整改/);
  });

  test('made up: a notice on self-evaluations and their rectification, or a title naming 绩效, leaves the report', () => {
    const opening = (notice: string): string => `根据《${notice}》要求，现将有关情况报告如下。\n一、基本情况\n`;
    assert.equal(report(`某项目自评报告\n${opening('关于开展专项整改工作的通知')}`).isReport, false);
    assert.equal(report(`某项目自评报告\n${opening('关于做好绩效自评及问题整改工作的通知')}`).isReport, true);
    assert.equal(report(`某项目绩效自评报告\n${opening('关于开展专项整改工作的通知')}`).isReport, true);
  });
});
