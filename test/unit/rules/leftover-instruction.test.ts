import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readExample, readFixture, spanText, only } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, lineOf, tuneScore, tuneText } from './_tune.js';

const RULE = 'leftover-instruction';

/** The clean report with 一（一）'s body replaced by `body` (made-up sentences in the 2023 report's wording). */
const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

const QUESTION = '根据通知要求本单位所报送的自评报告、数据表、评分表是否与公开的自评报告、数据表、评分表一致';

describe('leftover-instruction on real text', () => {
  test('the published 2019 report copies the outline question 是否与公开的…一致 instead of answering it', () => {
    for (const text of [readExample('2019-湛江市科技局-整体绩效自评报告.md'), readFixture('2019-markdown-headings.md')]) {
      const f = only(findingsOf(text, RULE));
      assert.equal(spanText(text, f), QUESTION);
      assert.equal(f.severity, 'warning');
      assert.ok(f.message.zh.includes('没有作答'), f.message.zh);
      assert.equal(f.fix, undefined);
    }
  });

  test('the corrected 2019 report and the 2023 report answer it: nothing flagged', () => {
    for (const name of ['2019-湛江市科技局-整体绩效自评报告-修正稿.md', '2023-湛江市科学技术局-整体绩效自评报告.md'])
      assert.deepEqual(findingsOf(readExample(name), RULE), [], name);
  });

  test('tuning texts: nothing flagged, the tick boxes of the 横县 cover (评价方式:部门(单位)绩效自评□√) are answers', () => {
    const s = tuneScore(RULE, ['leftover-instruction']);
    // 岳阳县 2020 (rotated into tune in session 11): a form's unticked boxes in traditional script on a mirror page, found
    // 芦山 (rotated into tune in session 12): the 范文 site's masked year 20xx年 on line 10 is found, as a related place of
    // line 3's finding (one finding per paragraph, and the PDF's paragraph runs from line 3 to line 10 with no blank
    // line): the accuracy script counts it, this score reads each finding's own span only. One finding per line was
    // tried in session 12 and made 9 false alarms (镇财政所 2021's template paragraph, annotated once)
    // rotated into tune in session 14: a form's length prompts left in its cells (…的完成情况(100字以内)) and a 项目编码 of
    // empty boxes (□□□) found since; 20xx written for the year inside a 文号 (南江 档案馆) is a related place, as 芦山's
    // 泸溪 2022 (rotated into tune in session 14, second round): the outline's own gloss of a section
    // (包括自评工作开展范围、对象、时间及方式等。) left under its heading: found since session 16's second round, as the
    // outline's note on a line of its own right under a heading
    // rotated into tune in session 15 (session 14's second measured set): a court's form note left in (注:预算批复的绩效
    // 目标如有调整的…) and a 20xx year in a cited notice's title (华容): not read as leftovers yet
    // session 15: the stars a site or a template wrote where a name or figure belongs (区妇联 2024, 保亭, 河县 2023, 乌力吉苏木
    // 2023) are found, one finding per paragraph: the lines listed here after the first of each text are its related
    // places (the test below checks each annotated line is one)
    // session 16's rotation (session 15's measured set): 益阳总工会 2022's form note (一个项一行) left in a row, found since
    // session 16's second rotation (session 16's measured set): a form's gloss left in (如无特别说明的情况则无需阐述; 根据…逐项分析
    // is found since, the outline's prompt on a line of its own under a heading), an empty 填报日期 年 月 日 (found since: a
    // form's date field left blank), a 县 masked as __, an ellipsis where a notice's name belongs, and 郴州's 20xx inside 文号
    // on a mirror in traditional characters: not read yet
    // session 17: the form's conditional gloss (如无…则无需阐述), the court's 注:…需在报告中加以说明。 and the sentence opening on
    // ………, are found (conditionalNotes, reportNotes, elided)
    // session 17's second rotation (session 17's measured set): 潍坊 2018's blank cover date (年 月 日) beside its tick box, XX区 2019's
    // 资金XX万元 and 江永 2023's (此页为封面) listed unread
    // session 19's rotation (its measured set): 雨花区 2019's blank 报告日期:年月日 run into a sharing site's chunk (found
    // since session 19's second round: the date field's blanks may be lost), 景洪 2025's masked names in running text
    // (******街道) and 固镇's 20xx years in running text listed here: related places of each text's first finding, one
    // per paragraph, as 芦山's (the accuracy script counts them; this score reads each finding's own span only)
    // session 20's rotation (its measured set): masks as a lone * before a measure (面积*亩) or _ (_县, 20_ 年), 20xx on a mirror's
    // traditional lines, a template's guidance after a heading ((包括…)) and (此页为封面) listed unread
    // session 20's second round: the lone-star masks (面积*亩, 为*m3, 〔*〕), the _ over a place (_县, __县) or a year (20_ 年) and
    // (此页为封面) are found
    assert.deepEqual(s.missed, [
      // session 44's rotation of set 35: 剑门中学's masks (**) are one finding on the paragraph's first, 经**县, which its reader
      // left (see falseAlarms); the annotated ones are its related places
      '2009-四川-剑门中学农村初中校舍改造-项目支出:3 向**县发展和改革局',
      '2009-四川-剑门中学农村初中校舍改造-项目支出:3 安全鉴**论',
      // session 26's rotation of its second set: a masked firm's name (xxxx会计师事务所), a form's note (最少3位), a signature's date left
      // blank (寻甸, twice), a seal's label (盖章), a mirror's xx in a figure and a name, not read yet
      '2011-不详-某市扶持中小企业发展专项资金-专项资金:13 xxxx会计师事务所有限公司',
      // session 27's rotation of its first set (round 8): XX县畜牧 2016's masked county on line 12 is found since session 43, its
      // sharing site's record (line 4, the file's name with XX in it) no longer taking the paragraph's first finding
      // session 25's rotation of its fourth set: a form's blank dates with their year printed (2016年月2016年月日), a template's
      // guidance in traditional script with glued pinyin, and a masked year inside a 文号 (〔20xx〕) on a masked page, not read yet
      '2016-湖南-大通湖区植保项目-自评表:24 2、2016年月2016年月日',
      // session 26's rotation of its own set: a masked city XX before 市 and 日报 (environment 2016), and a mirror's 多少萬元 left for
      // the amount, not read yet
      '2016-湖南-某市环境保护局环境治理专项资金-专项资金:11 《2016年XX市生态市创建环境整治六大专项行动考核办法》',
      '2016-湖南-某市环境保护局环境治理专项资金-专项资金:11 在XX日报、XX市电视台、红网开设专栏',
      '2017-安徽-铜陵某区残联康复民生工程-项目支出:11 《**市20xx年贫困残疾人康复项目实施办法》', // session 43's rotation of set 32: related places of line 11's finding
      '2018-山东-潍坊市科技局海洋化工研究院定额补助-项目支出:8 联合评价组□ 年 月 日 潍坊市财政局(制)',
      // session 44's rotation of set 35: 黄石二中's template label 封面格式 left on its cover, not read
      '2018-湖北-黄石市第二中学校园建设和设备采购-项目支出:10 封面格式',
      // session 25's fifth set: a template's guidance run on in prose, a cover's empty date, a masked year in a date: not read yet
      '2018-湖南-永州市统计局经济普查-专项资金:14 主要包括项目绩效总目标和阶段性目标,预期主要的经济、政治和社会效益',
      '2019-不详-XX区农业生产救灾资金-转移支付:2 资金XX万元',
      '2019-河北-宁晋县扶贫办雨露计划-自评表:20 年 月 日',
      // session 43's rotation of set 31: the 湖南 outline's heading kept whole, which 郴州科协 2021's reader left unannotated:
      // not read
      '2019-湖南-中方县文物管理所-部门整体:6 包括当年变动情况及原因',
      // session 27's first set, as above
      '2020-不详-农村公路养护重点项目绩效评价结果-项目支出:9 政府專項(xiàng)經(jīng)費(fèi)萬元',
      '2021-不详-市总工会困难群众救助金-项目支出:9 年度預算安排多少萬元',
      // session 40's rotation of set 24: the 云南 outline's prompt kept as a heading (红河 人大 2021); eleven other 云南 texts write
      // 1.简述部门职能 so, unannotated: not read
      '2021-云南-红河州人大常委会办公室-部门整体:12 1.简述部门职能职责。',
      // 沙县 2021 (session 27's rotation): lines 3–7 are read since session 27 (letter-masks.ts), as related spans of line 2's
      // finding: the page's lines make one Markdown paragraph
      '2021-新疆-沙县衔接资金-转移支付:3 全县总户数X户X人',
      '2021-新疆-沙县衔接资金-转移支付:5 有效衔接资金X万元,其中:下达我县中央财政衔接资金X万元',
      '2021-新疆-沙县衔接资金-转移支付:6 项目计划共计X个,总投X万元,截至X月X日',
      '2021-新疆-沙县衔接资金-转移支付:7 资金X万元,占总资金的X。',
      // session 42's rotation of set 27: masks and blank figures told as the paragraph's other placeholders of one finding (本段另有…)
      '2021-福建-台江区河道专管员-项目支出:10 本项目20xx年资金计划19.2万元',
      // session 24's second set, rotated into tune: a lone * or ** before a county's name or an amount, and cc for a figure, not read yet
      '2022-不详-县委宣传部精神文明建设-项目支出:3 根据*县财政局',
      '2022-不详-县委宣传部精神文明建设-项目支出:6 复核*万元',
      '2022-不详-县委宣传部精神文明建设-项目支出:9 *县新时代文明实践中心',
      '2022-不详-县委宣传部精神文明建设-项目支出:14 复核cc万元',
      '2022-不详-县委宣传部精神文明建设-项目支出:16 支出**万元',
      '2022-不详-某镇村社区党组织服务群众专项经费-项目支出:4 预算安排XX镇人民政府(以下简称本单位)',
      '2022-不详-某镇村社区党组织服务群众专项经费-项目支出:4 党组织服务群众专项经费XX万元,本单位下辖X个村(社区),按每个村(社区)一年X万元的标准',
      // session 26's rotation of its third set: a seal's label with a mask (盖章): ****, an outline's guidance in prose, single x
      // masks (农村文化), and 20xx 文号 whose line's finding quotes the paragraph's first mask (matched by line in the accuracy
      // script), not read yet
      '2022-不详-校园维修改造与设备购置-项目支出:2 项目单位(盖章): ****',
      '2022-不详-校园维修改造与设备购置-项目支出:32 包括项目整改和绩效目标调整完善等相关内容',
      // session 24's rotation (its measured set): 20xx years on a mirror's traditional lines, not read yet; its form's guidance
      // in brackets after a heading ((包括完成情况和偏差原因等), and 福建 林场's) is found since session 29, and 林芝 2024's empty
      // (公章) field (项目主管部门(单位):(公章)) and 怀化 公积金 2024's 单位名称:(盖章) since session 34
      // session 27's first set, as above
      '2022-云南-德钦县图书馆-部门整体:184 附件7 ……',
      '2022-广东-兴宁市人民医院专项债-项目支出:4 包括項(xiàng)目基本信息,行業(yè)相關(guān)政策,項(xiàng)目建設(shè)內(nèi)容等。',
      '2022-广西-贺州市自然资源局-部门整体:59 (最少3位)',
      '2023-不详-妇幼健康相关项目-项目支出:5 资金*万元',
      '2023-云南-寻甸县财政局-部门整体:23 年 月 日',
      '2023-云南-寻甸县财政局-部门整体:25 年 月 日',
      '2023-内蒙古-乌力吉苏木人民政府-转移支付:3 项目全年预算数*,执行数*元',
      '2023-内蒙古-乌力吉苏木人民政府-转移支付:4 项目全年预算数78.*元,执行数78.*元',
      '2023-内蒙古-河县中央水利发展资金-转移支付:3 ****财政局呼财农指',
      '2023-内蒙古-河县中央水利发展资金-转移支付:4 ****水务局、****财政局',
      '2023-内蒙古-河县中央水利发展资金-转移支付:5 乡村**衔接资金',
      '2023-内蒙古-河县中央水利发展资金-转移支付:6 下达**河县',
      '2023-内蒙古-河县中央水利发展资金-转移支付:8 **河县2023年度',
      '2023-内蒙古-河县中央水利发展资金-转移支付:9 其中**河干流',
      '2024-不详-区妇联-部门整体:2 部门(单位)名称:****',
      '2024-不详-区妇联-部门整体:5 2024年度****部门',
      '2024-不详-区妇联-部门整体:8 **区****预算人员',
      '2024-不详-区妇联-部门整体:10 ****妇联依据《****联合会章程》',
      '2024-不详-区妇联-部门整体:13 促进妇女参政议**参与',
      '2024-不详-区妇联-部门整体:15 加强区域**交往',
      '2024-不详-区妇联-部门整体:17 承办区委、****政府',
      '2024-西藏-林芝市广电局村村通维护经费-项目支出:13 (对照附件2《项目绩效自评指标评分表》分析)',
      '2025-云南-景洪某街道农村综合改革-转移支付:4 ******街道2025年中央农村综合性改革转移支付资金即******街道曼外村委会',
      '2025-云南-景洪某街道农村综合改革-转移支付:5 于2025年************有限公司',
      // session 44's rotation of set 36: XX县 masked in a finance bureau's name inside a 文号's paragraph, not read
      '20xx-不详-XX县司法局普法宣传法治创建-专项资金:2 XX县财政局',
      // session 44's rotation of set 34: a blank count left as a space (音乐等 个专业), not read
      '20xx-不详-县职业中专汽修实训基地-项目支出:11 音乐等 个专业',
      // its x万元 are read since session 27 (letter-masks.ts), as related spans: the findings are on each paragraph's first
      // placeholder, 20XX, which the reader left unannotated
      // session 31's rotation of session 29's set 16: the 20xx years of a mirror's traditional lines with glued pinyin, and 南县
      // 公园's second xx on line 26, found as related places of their paragraph's first placeholder (the accuracy script counts
      // them; this score reads own spans only)
      '20xx-不详-某区乡村振兴衔接资金-转移支付:6 20xx年人居環(huán)境整治',
      '20xx-不详-某区乡村振兴衔接资金-转移支付:8 20xx年,我區(qū)共投入',
      '20xx-不详-某区乡村振兴衔接资金-转移支付:9 20xx年,我區(qū)財政',
      '20xx-不详-某区乡村振兴衔接资金-转移支付:10 20xx年我區(qū)各行政村',
      '20xx-不详-某县农村文化建设专项补助-专项资金:8 补助资金x万元',
      '20xx-不详-某县农村文化建设专项补助-专项资金:12 我省提标到x万元',
      '20xx-不详-某县农村文化建设专项补助-专项资金:14 文化信息共享工程完成x万元',
      // session 38's rotation (set 22): 某街道办's second xx year (line 25), a related place of its line 21's finding (one
      // finding per paragraph of the PDF's run of lines): the accuracy script counts it, this score reads each finding's own span
      '20xx-不详-某街道办水源保护经费-项目支出:25 我街道辦xx年水源保護(hù)工作',
      '20xx-不详-泉眼镇雨露计划补助资金-专项资金:8 時間為20_年11月22日',
      // session 44's rotation of set 34: the paragraph's masks are one finding, on its first 20xx (下达20xx年…), the 文号's a
      // related place (listed below as that finding's own span)
      '20xx-云南-保山妇幼保健院基本公卫-项目支出:11 保财社〔20xx〕45号',
      // session 42's rotation of set 26: a 范文 site's 20xx years, related places of line 5's finding (one per paragraph)
      '20xx-云南-呈贡区人大-部门整体:10 20xx年度分别在呈贡政务网和云南省财政厅门户网对20xx年预算进行公开',
      '20xx-云南-呈贡区人大-部门整体:12 区人大20xx年初结转结余为0元',
      '20xx-云南-呈贡区人大-部门整体:14 20xx年末资产合计760826.4元',
      '20xx-云南-呈贡区人大-部门整体:16 20xx年初预算三公经费64332元',
      '20xx-四川-南江县档案馆-项目支出:4 (中办发(20xx)15号)',
      '20xx-四川-南江县档案馆-项目支出:5 (川委办(20xx)2号)',
      '20xx-四川-芦山县西川河小流域水利发展资金-转移支付:10 20xx年实际基本完成',
      // session 29's rotation of session 28's set 14: a 20xx 文号 in traditional script and XXXXXX for a name, related
      // places of each text's first finding (the accuracy script counts them)
      '20xx-安徽-东至县医保局城乡医疗救助-项目支出:21 池醫(yī)保發(fā)【20xx】7號',
      '20xx-安徽-固镇公共文化-转移支付:8 20xx年,省厅下达固镇县',
      '20xx-安徽-固镇公共文化-转移支付:10 固镇县20xx年中央补助地方公共文化服务体系建设资金(其他)54.6万元',
      '20xx-安徽-固镇公共文化-转移支付:12 固镇县20xx年中央补助地方公共文化服务体系建设资金按照',
      '20xx-安徽-固镇公共文化-转移支付:15 固镇县20xx年中央补助地方公共文化服务体系建设资金主要用于',
      '20xx-安徽-某试验区粮食专项补助资金-专项资金:8 (以下稱建豐省儲庫)xx4萬元',
      '20xx-安徽-某试验区粮食专项补助资金-专项资金:10 安徽xx糧食現代物流園項目',
      '20xx-安徽-霍邱县民政局生活无着人员救助-项目支出:5 20xx年縣救助管理站',
      '20xx-安徽-霍邱县民政局生活无着人员救助-项目支出:8 《霍邱縣20xx年生活無著人員社會救助實施辦法》(霍民務字〔20xx〕22號)',
      '20xx-安徽-霍邱县民政局生活无着人员救助-项目支出:9 提前下達20xx年中央財政社會救助補助資金的通知',
      '20xx-安徽-霍邱县民政局生活无着人员救助-项目支出:11 《霍邱縣20xx年生活無著人員社會救助實施辦法》(霍民務字〔20xx〕22號)',
      // session 42's rotation of set 27: masks and blank figures told as the paragraph's other placeholders of one finding (本段另有…)
      '20xx-山东-胶州市生态补偿耕地保护提升-专项资金:17 资金共批复万元',
      '20xx-山东-胶州市生态补偿耕地保护提升-专项资金:19 项目预算支出为万元,实际支出万元',
      // session 43's rotation of set 30: 某中医院's blank years (20_) and officers (组长:副组长:) on a sharing site's chunk line, not read yet;
      // 汨罗一中's 20xx on lines 4 and 9 are related places of line 2's finding (one per paragraph)
      '20xx-广东-某中医院中医特色专科建设-专项资金:14 (20_-20_年度)',
      '20xx-广东-某中医院中医特色专科建设-专项资金:14 组长:副组长: 成员:',
      '20xx-广东-某中医院中医特色专科建设-专项资金:14 由_负责具体工作',
      // session 29's rotation of session 28's set 14, as above
      '20xx-广东-湛江某污水处理厂及管网配套工程-项目支出:12 建设XXXXXX 污水处理厂',
      '20xx-广西-罗城县镇安村壮大村集体经济资金-项目支出:11 (桂财基财〔20xx〕21号)',
      '20xx-江苏-兴化市教育局校安改薄工程-项目支出:17 (兴财教〔20xx〕21号)',
      // session 42's rotation of set 27: masks and blank figures told as the paragraph's other placeholders of one finding (本段另有…)
      '20xx-河北-隆尧一中-项目支出:34 xx周年校慶維修改造項',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:7 ****年縣財政分解下達',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:12 *.預算執行情況分析',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:13 預算執行率為***%',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:14 *.決策與管理情況分析',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:15 (*)決策情況',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:16 ****元以下(含****元)',
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出:17 (*)資金管理與使用',
      '20xx-湖南-华容县图书馆总分馆建设-项目支出:9 《关于20xx年度文化体制改革任务落实和动态监测的通知》',
      // session 27's first set, as above
      '20xx-湖南-南县xx公园管理-项目支出:26 南縣xx公園綠化面積',
      '20xx-湖南-娄星区衔接资金产业项目精选7篇-转移支付:5 20XX年度,用于农业产业发展项目资金2000万元',
      '20xx-湖南-娄星区衔接资金产业项目精选7篇-转移支付:7 (财农[20XX]19号)',
      '20xx-湖南-桂阳县公路建设养护中心农村公路日常养护-项目支出:8 (湘辦發(fā)〔20xx〕10號)',
      '20xx-湖南-桂阳县公路建设养护中心四好农村公路-项目支出:4 (湘办发〔20xx〕10号)',
      // session 43, set 30: as above (related places of line 2's finding)
      '20xx-湖南-汨罗市一中足球场提质改造-专项资金:4 20xx年9月付中标公司工程款40万元',
      '20xx-湖南-汨罗市一中足球场提质改造-专项资金:9 建设时间为20xx年8月至20xx年10月',
      // session 32's rotation (set 17): the blank figures of 湘南幼专's line 11 (资金总额万元…) are found since session 32, as related
      // spans of the paragraph's one finding, which sits on its 20xx; this count reads the finding's own span only
      '20xx-湖南-湘南幼专附属幼儿园-部门整体:11 资金总额万元,其中公共财政拨款收入万元,纳入专户管理的非税收入拨款万元,基本支出万元',
      '20xx-湖南-郴州市林业专项资金通用5篇-专项资金:11 (20xx~20xx年)》(郴發(fā)〔20xx〕8號)',
      '20xx-湖南-郴州市林业专项资金通用5篇-专项资金:12 四年(20xx~20xx)行動(dòng)計劃》(郴政辦函〔20xx〕128號)',
      '20xx-湖南-郴州市林业专项资金通用5篇-专项资金:13 (林濕發(fā)〔20xx〕189號)',
      '20xx-湖南-郴州市林业专项资金通用5篇-专项资金:14 (第四屆〔20xx〕第20次)',
      '20xx-湖南-郴州市林业专项资金通用5篇-专项资金:15 《郴州市20xx-20xx年森林生態(tài)景觀(guān)提質(zhì)工程實(shí)施方案》',
      '20xx-湖南-郴州某县商务局商务专项资金自查-专项资金:28 20xx年度,我縣申報專項資金狀況',
      '20xx-湖南-郴州某县商务局商务专项资金自查-专项资金:30 1、20xx年承接',
      '20xx-湖南-郴州某县商务局商务专项资金自查-专项资金:32 2、20xx年承接',
      // session 42's rotation of set 28: the paragraph's second 20xx, a related place of line 6's finding (本段另有 1 处)
      '20xx-湖南-长沙市道路建设项目中心-项目支出:12 20xx年续建及新开工建设项目共21个',
      // session 34's rotation of set 19: 福安 档案馆's lines 3–10 are one paragraph (a mirror's, no blank line), whose one
      // finding on line 3 counts the other 20xx of lines 5 and 7 (本段另有 5 处占位符)
      '20xx-福建-福安市档案馆专项经费监控报告题-项目支出:5 20xx年初',
      '20xx-福建-福安市档案馆专项经费监控报告题-项目支出:7 20xx年福安市檔案館',
    ]);
    // 濉溪 2019 (rotated into tune in session 14): the form's targets left as printed (农村低保发放人数…(≥**人)), which its
    // reader did not annotate; a reviewer would return them, so they stay found and are listed here
    // 华容 (session 15's rotation): the finding is on the 文号's [20xx] just before the annotated notice title's 20xx年度
    // 市总工会 2020 (session 16's rotation): line 7 is the essay site's teaser of the report (2023年度…小编…供大家参考), which its
    // reader did not annotate; its XX万元 copies line 17's (annotated and found)
    // 渔业 2019 (session 16's second rotation): the XX of the sharing site's title line (XX市), which its reader left inside
    // the debris block it annotated there
    // session 17's second rotation (session 17's measured set): 文昌 2015's 评价类型 tick boxes, all blank in the excerpt — a form
    // left unanswered, which its reader did not annotate
    // 区妇联 2024's (此页为封面) on its cover, found since session 20's second round, which its reader did not annotate (江永's and
    // 桃源's are)
    assert.deepEqual(s.falseAlarms, [
      // session 44's rotation of set 35: the first mask of 剑门中学's paragraph (经**县), its reader's others related places of it
      // (see missed)
      '2009-四川-剑门中学农村初中校舍改造-项目支出:3 [**]',
      // session 26's rotation of its second set: 中小企业 2011's masked 文号 x财预评【2012】x号, found as a placeholder on the line its
      // reader annotated as doc-number
      '2011-不详-某市扶持中小企业发展专项资金-专项资金:13 [xx]',
      '2015-海南-文昌市教师进修学校-项目支出:9 [评价类型:□实施过程评价 □]',
      // session 24's rotation: two forms' tick boxes left blank (云溪 2015, 海南 生态公益林) and a mirror's masked phone number
      // (岳阳县 2018), which their readers did not annotate
      '2015-湖南-岳阳市公安局云溪分局办案费-项目支出:8 [评价类型:项目实施过程评价□   项目完成结果评价□]',
      // session 27's first set: the sharing site's file name (XX县2016年….doc, line 1), inside the block its reader annotated as
      // debris; line 12's XX is annotated and found; line 4's, the file's name in the site's page list, is read past since
      // session 43 (a placeholder in a file's name on a sharing site's line is the uploader's)
      '2016-湖南-XX县畜牧水产局草食动物品种改良-项目支出:1 [XX]',
      // session 26's rotation of its own set: 绩溪's xx in a sharing site's keyword title and blurb (lines 1, 13, 19), inside the
      // block its reader annotated as debris; 岳阳县 低保's unticked 评价类型 boxes, which its reader chose to leave out
      '2017-安徽-绩溪县民政局社会化养老服务体系建设-项目支出:1 [xx]',
      '2017-安徽-绩溪县民政局社会化养老服务体系建设-项目支出:13 [xx]',
      '2017-安徽-绩溪县民政局社会化养老服务体系建设-项目支出:19 [xx]',
      '2018-湖南-岳阳县民政局城市低保-项目支出:9 [评价类型:项目实施过程评价□   项目完成结果评价□]',
      '2018-湖南-岳阳县畜牧水产发展服务中心病死畜禽无害化处理-项目支出:31 [****]',
      '2019-不详-XX市渔业增殖放流-项目支出:1 [XX]',
      '2019-安徽-濉溪县民政局临时救助-自评表:66 [**]',
      '2019-安徽-濉溪县民政局临时救助-自评表:75 [**]',
      // session 25's fifth set: 宁晋's 评价类型 tick boxes (its reader annotated the 组织方式 line's) and 红十字会's second xx mask in the
      // sentence its reader annotated as a mask elsewhere
      '2019-河北-宁晋县扶贫办雨露计划-自评表:19 [评价类型:□预算申报前评价 □实施过程评价 □]',
      '2020-不详-市总工会冬季困难群众救助金-项目支出:7 [XX]',
      '2021-江西-都昌县人民检察院-转移支付:129 [指标2]',
      // session 24's second set, rotated into tune: 昌江 2025, a site that masked every figure and name, annotated by its
      // reader as one block: one finding per paragraph here; 宣传部 2022's ** on a line whose * its reader annotated
      '2022-不详-县委宣传部精神文明建设-项目支出:6 [**]',
      '2024-不详-区妇联-部门整体:4 [(此页为封面)]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:13 [*****]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:15 [****]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:21 [****]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:25 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:27 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:29 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:31 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:33 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:35 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:37 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:41 [****]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:47 [*]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:49 [****]',
      '2025-海南-昌江县市场监管局药品监管补助资金-转移支付:51 [*]',
      // session 29's rotation of session 28's set 14: 残联's xx placeholders, which its reader left unannotated (a 范文
      // site's sample), and 湛江's first mask of line 12 (XXX 社会经济…), the line its reader annotated by another mask
      '20xx-不详-XX市残联残儿康复训练-项目支出:1 [xx]',
      // session 26's rotation of its third set: the paragraph's first mask (20XX, 20xx) quoted where its reader annotated another
      // on the same line (x万元, a 文号's 20xx): the accuracy script matches them by line
      '20xx-不详-某县农村文化建设专项补助-专项资金:8 [20XX]',
      '20xx-不详-某县农村文化建设专项补助-专项资金:12 [20XX]',
      // session 27: 农村文化建设's line 14 masks every figure (在x行政村…演出x场…完成x万元): the finding is on the first lone x before a measure,
      // its reader annotated the last
      '20xx-不详-某县农村文化建设专项补助-专项资金:14 [x]',
      // session 44's rotation of set 34: the first 20xx of the paragraph whose 文号's 20xx is annotated (see missed)
      '20xx-云南-保山妇幼保健院基本公卫-项目支出:11 [20xx]',
      // session 42's rotation of set 27: 胶州's 20xx on lines its reader annotated by their blank figures (one finding per paragraph)
      '20xx-山东-胶州市生态补偿耕地保护提升-专项资金:17 [20xx]',
      '20xx-山东-胶州市生态补偿耕地保护提升-专项资金:19 [20xx]',
      // session 43's rotation of set 30: 某中医院's xxx, which its reader reads as the uploader's mask of the hospital's name, in the file
      // name heading the page (line 1) and the chunk's run title (line 14)
      '20xx-广东-某中医院中医特色专科建设-专项资金:1 [xxx]',
      '20xx-广东-某中医院中医特色专科建设-专项资金:14 [xxx]',
      // session 29's rotation of session 28's set 14: 残联's xx placeholders, which its reader left unannotated (a 范文
      // site's sample), and 湛江's first mask of line 12 (XXX 社会经济…), the line its reader annotated by another mask
      '20xx-广东-湛江某污水处理厂及管网配套工程-项目支出:12 [XXX]',
      '20xx-广西-罗城县镇安村壮大村集体经济资金-项目支出:11 [20xx]',
      '20xx-未知-XX市红十字会-部门整体:22 [xx]',
      '20xx-江苏-兴化市教育局校安改薄工程-项目支出:17 [20xx]',
      '20xx-海南-省生态公益林管理中心森林生态效益补偿-项目支出:22 [组织方式:□财政部门□]',
      '20xx-湖南-华容县图书馆总分馆建设-项目支出:9 [20xx]',
      // session 31's rotation: 南县 公园's line 26 opens on a masked xx its reader left (the line's annotated xx is the second)
      '20xx-湖南-南县xx公园管理-项目支出:26 [xx]',
      // session 26: 天水 麦积 20xx's contents line keeps the form's 评价指标体系(简要说明), the note 甘谷 2024's reader annotated; right on
      // reading, not annotated
      '20xx-甘肃-天水市自然资源局麦积分局不稳定斜坡治理-项目支出:51 [(简要说明)]',
    ]);
    assert.deepEqual(s.onHolds, []);
    assert.ok(tuneText('2017-广西-横县机构编制委员会办公室-部门整体').includes('事后评价□√评价方式:部门(单位)绩效自评□√'));
    assert.deepEqual(findingsAsReport(tuneText('2017-广西-横县机构编制委员会办公室-部门整体'), RULE), []);
  });
});

describe('leftover-instruction: a form’s cells left as the form printed them', () => {
  const row = (cells: string[]): string =>
    withBody(`| ${cells.join(' | ')} |\n|${cells.map(() => '---').join('|')}|\n| ${cells.map(() => '…').join(' | ')} |`);

  test('a cell holding only the form’s prompt and its word limit was never answered (made up, after 大英医保 2023)', () => {
    for (const prompt of [
      '结合自评情况，分析存在的问题及原因。',
      '对照年度目标,说明相关任务目标的完成情况',
      '简述项目实施取得的主要成效',
    ]) {
      const text = row(['存在问题', `${prompt}(200字以内)`, '']);
      assert.equal(spanText(text, only(findingsOf(text, RULE))), '(200字以内)', prompt);
    }
  });

  test('a word limit after a label, or after the form’s numbered note, in a cell is the printed form (made up)', () => {
    assert.deepEqual(findingsOf(row(['年度目标完成情况(100字以内)', '全年完成培训12期，覆盖1200人次。']), RULE), []);
    assert.deepEqual(findingsOf(row(['说明(200字以内)', '无']), RULE), []);
    assert.deepEqual(findingsOf(row(['1.预算执行率未达到90%的需说明原因(100字以内);2.年中发生预算调整的应单独说明理由']), RULE), []);
  });

  test('a field left as a row of empty boxes (made up, after 下花园 2019’s 项目编码)', () => {
    for (const [line, want] of [
      ['项目编码： □□□□□□□□□□□□', '项目编码： □□□□□□□□□□□□'],
      ['统一社会信用代码:□□□□□□□□ 项目名称：农田建设', '统一社会信用代码:□□□□□□□□'],
      ['| 项目编码：□□□□ □□□□ | 项目名称 |', '项目编码：□□□□ □□□□'],
    ] as const) {
      const text = withBody(line);
      assert.equal(spanText(text, only(findingsOf(text, RULE))), want, line);
    }
    // a ticked choice's boxes (one per option), three boxes, and boxes a word follows (a PDF's lost glyphs) are not
    for (const line of ['评价方式：√自评 □抽评', '项目编码：□□□', '系统显示：□□□□□资金已拨付到位。'])
      assert.deepEqual(findingsOf(withBody(line), RULE), [], line);
  });
});

describe('leftover-instruction: the outline calling itself a model', () => {
  test('平泉检察院 2023 (tuning text): (参考提纲) under the title of the 承德 bureau’s outline', () => {
    const text = tuneText('2023-河北-平泉市人民检察院-部门整体');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '(参考提纲)');
  });

  test('参考 in a sentence is the report’s own word (made up)', () => {
    assert.deepEqual(findingsOf(withBody('（参考上年度执行情况）编制预算，仅供参考的数据不作为依据。'), RULE), []);
  });
});

describe('leftover-instruction: instructions and placeholders (made up, in the 2023 report wording)', () => {
  for (const [body, left, kept] of [
    ['湛江市科学技术局是市人民政府工作部门（请填写单位性质、级别），设 8 个内设机构。', '（请填写单位性质、级别）', '工作部门，设 8'],
    ['主要职能是拟订全市科技创新规划和政策并组织实施。(200字以内)', '(200字以内)', '组织实施。\n'],
    ['主要职能是拟订全市科技创新规划（限300字）。', '（限300字）', '创新规划。'],
    ['【此处填写部门职能】湛江市科学技术局是市人民政府工作部门。', '【此处填写部门职能】', '\n湛江市科学技术局是'],
  ] as const) {
    test(left, () => {
      const text = withBody(body);
      const f = only(findingsOf(text, RULE));
      assert.equal(spanText(text, f), left);
      assert.equal(f.fix?.safe, false);
      assert.ok(applyFix(text, f).includes(kept));
    });
  }

  for (const [body, left] of [
    ['我局 2023 年收入总预算 XX 万元，年末实有人员XX人。', 'XX'],
    ['××单位是市人民政府工作部门。', '××'],
  ] as const) {
    test(`placeholder ${left}`, () => {
      const text = withBody(body);
      const fs = findingsOf(text, RULE);
      assert.ok(fs.length >= 1);
      assert.equal(spanText(text, fs[0] as Finding), left);
      assert.ok(fs[0]?.message.zh.includes('占位符'));
    });
  }
});

describe('leftover-instruction: brackets and crosses that are report text (made up)', () => {
  for (const body of [
    '湛江市科学技术局（以下简称“市科技局”）是市人民政府工作部门（正处级）。',
    '2023 年收入总预算 3232.51 万元（单位：万元，下同）。',
    '对 60 户×2000 元、35 户×3000 元的补助逐户核实，覆盖 X 射线检测设备 2 台。',
    '我局所报送的自评报告、数据表、评分表与公开的自评报告、数据表、评分表一致。',
    '（一）单位机构设置；（二）年度重点工作；[1] 见附件。',
  ]) {
    test(body, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('leftover-instruction on the tuning texts of the outline forms', () => {
  test('大英 2020 keeps the 四川 outline note (可用表格形式反映) in its heading: flagged, the fix deletes it', () => {
    const text = tuneText('2020-四川-大英县双心及文明城市创建专项资金-项目支出');
    const f = only(findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '(可用表格形式反映)'));
    assert.ok(f.message.zh.includes('填报人的说明'), f.message.zh);
    assert.equal(applyFix(text, f).includes('(二)资金计划、到位及使用情况。'), true);
  });

  test('a 范文 template paragraph full of placeholders (镇 xxxx 年 … xxxx.xx 万元 …) is one finding, the rest related', () => {
    const text = tuneText('2021-不详-镇财政所涉农整合资金-项目支出');
    const fs = findingsAsReport(text, RULE);
    const first = only(fs.filter((x) => spanText(text, x) === 'xxxx' && text.slice(x.span.start - 2, x.span.start) === '镇 '));
    assert.ok((first.related?.length ?? 0) >= 10, `${first.related?.length} related`);
    assert.match(first.message.zh, /本段另有 \d+ 处占位符/);
    // every placeholder of the paragraph is in that one finding: no other finding starts inside it
    const last = first.related?.[first.related.length - 1]?.span.end ?? 0;
    assert.deepEqual(
      fs.filter((x) => x !== first && x.span.start > first.span.start && x.span.start < last),
      [],
    );
  });
});

describe('leftover-instruction leaves the printed form alone', () => {
  test('大英 司法局 2023: the 自评表 说明 cell (…需说明原因(100字以内)) is the form’s own note, not a leftover; the same note in prose is', () => {
    const text = tuneText('2023-四川-大英县司法局-自评表');
    assert.ok(text.includes('未达到90%的需说明原因(100字以内)'));
    assert.deepEqual(findingsAsReport(text, RULE), []);
    const prose = withBody('预算执行率未达到90%的需说明原因(100字以内)。');
    assert.equal(spanText(prose, only(findingsOf(prose, RULE))), '(100字以内)');
  });
});

describe('leftover-instruction: the form’s numbered notes (a false alarm found on the rotated texts)', () => {
  test('青神 2023 line 38: a word limit the form’s numbered notes go on after (…(100字以内);2.年中…) is printed; the left boxes are found', () => {
    const text = tuneText('2023-四川-青神县发展和改革局-自评表');
    const lines = text.split('\n');
    assert.ok((lines[37] as string).includes('需说明原因(100字以内);2.年中发生预算调整的'));
    const at = (f: { span: { start: number } }): number => text.slice(0, f.span.start).split('\n').length;
    assert.deepEqual(findingsAsReport(text, RULE).map(at), [19, 103, 105, 107]);
  });
});

describe('leftover-instruction: a template’s blank rows and a note that lost its )', () => {
  test('廊坊 2019: 指标2 alone under every 二级指标 is one finding, the others related', () => {
    const text = tuneText('2019-河北-廊坊市食品工程学校-自评表');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '指标2');
    assert.ok(f.message.zh.includes('编了号的空行') && f.message.zh.includes('本文另有 8 处'), f.message.zh);
    assert.equal(f.related?.length, 8);
  });

  test('贯塘 2023: 3、省级专项资金(每个专项一行 — the form’s note, its ) lost in extraction', () => {
    const text = tuneText('2023-湖南-衡山县贯塘乡人民政府-部门整体');
    assert.deepEqual(
      findingsAsReport(text, RULE).map((f) => spanText(text, f)),
      ['(每个专项一行'],
    );
  });

  test('益阳总工会 2022: (一个项一行) under 2专项资金 — the same note with 一个 for 每 (session 16)', () => {
    const text = tuneText('2022-湖南-益阳市总工会整体支出-自评表');
    assert.ok(findingsAsReport(text, RULE).some((f) => spanText(text, f) === '(一个项一行)'));
  });

  test('made up: a note on when a section may be left out, a form note asking for the report to explain, a sentence opening on ……', () => {
    const found = (body: string): string[] => findingsOf(withBody(body), RULE).map((f) => f.message.zh);
    assert.equal(found('(五)其他需要说明的情况(如不涉及可不填写)').length, 1);
    assert.equal(found('注:项目如有调整的,请在自评报告中予以说明。').length, 1);
    assert.equal(found('根据文件要求。……,下达资金30万元。').length, 1);
  });

  test('made up: a note that the report did explain, a bracket with a condition only, …… inside a sentence or alone are left', () => {
    for (const body of [
      '注:预算调整情况已在报告中说明。',
      '其他情况(如无变化,按上年执行)。',
      '开展培训、宣传、督查……,全年完成12期。',
      '……',
      '指标1：技术合同登记数\n\n……',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('made up: a heading (一) and a bracket opening with 一 that is no note are left', () => {
    assert.deepEqual(findingsOf(withBody('(一)项目概况\n\n全年开展培训(一期一行业)12期。'), RULE), []);
  });

  // made up, in the 2023 report wording: an indicator row with its name, and a bracket that opens a list
  for (const body of ['指标1：技术合同登记数', '指标2:科技项目验收率 100%', '全年开展科技活动(包括']) {
    test(body, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('leftover-instruction: a target the form left as ≥**', () => {
  test('昌宁 2022: every indicator of the form keeps its ≥** (公猪舍(≥**平方米)): each is a placeholder', () => {
    const text = tuneText('2022-云南-昌宁县供销社昌龙鸿运-自评表');
    const found = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '**');
    assert.equal(found.length, 11);
  });

  // made up, in the 2023 report wording: Markdown's bold round a figure or a heading is not a placeholder
  for (const body of ['验收率≥**95%**', '**一、基本情况**', '完成率=**100%**，达到目标', '**≥**符号']) {
    test(body, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('leftover-instruction: stars where a name, a year or a figure belongs (session 15)', () => {
  const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
  /** The lines a finding or one of its related places stands on. */
  const linesOf = (text: string, fs: Finding[]): number[] =>
    [...new Set(fs.flatMap((f) => [f.span, ...(f.related ?? []).map((r) => r.span)]).map((sp) => lineAt(text, sp.start)))].sort(
      (a, b) => a - b,
    );

  for (const [slug, lines] of [
    // a bidding site's masks with no sign of who wrote them (2024年度****部门, **区****预算人员, 区域**交往…经济**。)
    ['2024-不详-区妇联-部门整体', [1, 2, 5, 8, 10, 13, 15, 17]],
    // in traditional script: 文号 (中發〔****〕**號), figures, a heading's own number (*.預算執行情況分析, (*)決策情況)
    ['20xx-海南-保亭县热带果蔬科创基地建设-项目支出', [4, 7, 12, 13, 14, 15, 16, 17]],
    ['2023-内蒙古-河县中央水利发展资金-转移支付', [1, 3, 4, 5, 6, 8, 9]],
    // a lone star between a figure's label and its unit (项目全年预算数*元,执行数*元, 78.*元)
    ['2023-内蒙古-乌力吉苏木人民政府-转移支付', [2, 3, 4]],
  ] as const) {
    test(`${slug}: every masked line is found, one finding per paragraph`, () => {
      const text = tuneText(slug);
      const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('本该写名称、年份或数字'));
      assert.deepEqual(linesOf(text, fs), lines);
      assert.ok(
        // a run of stars is quoted alone, a lone star with the words either side of it (预算数*元)
        fs.every((f) => /^「(\*{2,}|[^」]*[^」*]\*[^」*][^」]*|[^」*]+\*|\*[^」*]+)」占着本该写名称、年份或数字的位置/.test(f.message.zh)),
        fs[0]?.message.zh,
      );
    });
  }

  test('a sharing site’s record masks its uploader (上传人:王**, 河池): furniture, not a placeholder', () => {
    const text = tuneText('不详-广西-河池市耕地质量定点监测-项目支出');
    assert.ok(text.includes('上传人:王**'));
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => spanText(text, f).includes('*')),
      [],
    );
  });

  test('a text with the site’s notice that it hides text (茂名 2023, 名山 2024, 人社局 2024): its masks are pasted-debris’s', () => {
    for (const slug of [
      '2023-广东-茂名市交通运输局-专项资金',
      '2024-四川-名山区林业局-转移支付',
      '2024-湖南-某市人社局公共就业服务能力提升示范项目-专项资金',
    ]) {
      const text = tuneText(slug);
      assert.deepEqual(
        findingsAsReport(text, RULE).filter((f) => spanText(text, f).includes('*')),
        [],
        slug,
      );
      assert.ok(
        findingsAsReport(text, 'pasted-debris').some((f) => f.message.zh.startsWith('转载网站用“*')),
        slug,
      );
    }
  });

  // made up, in the 2023 report wording
  for (const [body, want] of [
    ['2024年度****单位整体支出绩效自评报告。', '****'],
    ['本年预算执行率为***%。', '***'],
    ['依据《关于全面实施预算绩效管理的意见》（中发〔****〕**号）开展自评。', '****'],
    ['(*)决策情况', '*'],
    ['*.预算执行情况分析', '*'],
    ['项目全年预算数*元，执行数*元。', '*'],
    ['单位名称：****', '****'],
    ['促进妇女参政议**参与有关法规的制订。', '**'],
    ['依据闽林场便〔*〕11号文件开展建设。', '*'],
    ['全场现有活立木总蓄积为*m3。', '*'],
  ] as const) {
    test(`${body}: a mask`, () => {
      const text = withBody(body);
      assert.equal(spanText(text, only(findingsOf(text, RULE))), want);
    });
  }

  test('made up, after 福建 林场 20xx: a lone star between a word and its measure, twice in the text: a mask, quoted with both', () => {
    const text = withBody('全场经营面积*亩，其中林业用地面积*亩。\n\n现有职工*人(其中专业技术人员*人)。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['*', '*'],
    );
    assert.ok(fs[0]?.message.zh.startsWith('「面积*亩」'), fs[0]?.message.zh);
    assert.equal(fs[0]?.related?.length, 1);
    assert.ok(fs[1]?.message.zh.startsWith('「职工*人」'), fs[1]?.message.zh);
  });

  test('沙县 2021 (tuning text): lone X and x where figures belong, one finding for the paragraph, the others related', () => {
    // the page's lines follow one another with no blank line: Markdown reads lines 1–7 as one paragraph
    const text = tuneText('2021-新疆-沙县衔接资金-转移支付');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(lineOf(text, f.span.start), 2);
    assert.ok(f.message.zh.startsWith('「县辖x个」'), f.message.zh);
    const lines = new Set((f.related ?? []).map((r) => lineOf(text, r.span.start)));
    assert.deepEqual([...lines], [2, 3, 5, 6, 7]);
  });

  test('made up: a lone X between a word and its measure, twice in the text: a placeholder, the second related', () => {
    const text = withBody('全镇共有行政村X个，脱贫户X户，占总户数的X。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), 'X');
    assert.equal(f.related?.length, 2);
    assert.ok(f.message.zh.includes('占位符'), f.message.zh);
  });

  test('made up: a quoted lone star in a 文号 or before a unit in Latin letters', () => {
    const text = withBody('依据闽林场便〔*〕11号文件，全场活立木总蓄积为*m3。');
    const f = only(findingsOf(text, RULE));
    assert.ok(f.message.zh.startsWith('「〔*〕」'), f.message.zh);
    assert.ok(f.related?.[0]?.message.zh.startsWith('「蓄积为*m3」'), f.related?.[0]?.message.zh);
  });

  for (const body of [
    '**全年完成培训12期**，覆盖1200人次。',
    '加强**区域交往**，促进合作。',
    '建成发酵池12个，每个规格为3*1.8*2米。',
    '得分（20分*执行率）为20分。',
    '农村低保标准583元/人*月。',
    '按B/A*该指标分值记分。',
    '* 全年完成培训12期。',
    '***',
    '联系电话：188****8989。',
    '上传人：da****u',
    '*注：满意度为抽样调查结果。',
    '满意度*为抽样调查结果。',
    '使用大于1366*768分辨率浏览。',
    '\\*号表示必填项。',
    '| 项目 | * |',
    // one lone star between a word and a measure is not sure enough alone; a product's factors are words or units
    '全场经营面积*亩。',
    '共投入3人*天完成验收。',
    '按面积*单价计算补助。',
    '重点保障*人员经费*支出。',
    // a single X is a word's letter (X光机, X射线, X型), a variable in a scoring formula, or one slip alone in the text
    '新购X光机2台，X射线防护门1套。',
    '配备X型支架12个。',
    '得分=X÷Y×10，其中X为实际完成数。',
    '全镇共有行政村X个。',
    '完成iPhone X个人版适配。',
  ]) {
    test(`${body}: not a mask`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('leftover-instruction: a fill-in line never filled in (session 10)', () => {
  test('河池 (tuning text): the year left as 20_ twice on the line (我市20_耕地…, 现将20_年…): one finding, the other related', () => {
    const text = tuneText('不详-广西-河池市耕地质量定点监测-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '20_');
    assert.equal(f.related?.length, 1);
    assert.ok(f.message.zh.includes('占位符'), f.message.zh);
  });

  test('made up, in report wording: 20__年, 19_年 and a line of blanks before a unit', () => {
    const text = withBody('现将20__年度项目实施情况报告如下，项目资金___万元已全部拨付，受益人口＿＿＿人。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '20__');
    assert.deepEqual(
      f.related?.map((r) => text.slice(r.span.start, r.span.end)),
      ['___', '＿＿＿'],
    );
  });

  test('made up, after 食品安全抽样 20xx and 安福 2021: _ over a place before its 县 (_县, __县) and a year 20_ before a space', () => {
    const text = withBody('_县市场监督管理局绩效自评小组 20_ 年 4 月 30 日\n\n根据《__县巩固退耕还林成果专项规划》实施。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['_县', '__县'],
    );
    assert.deepEqual(
      fs[0]?.related?.map((r) => text.slice(r.span.start, r.span.end)),
      ['20_'],
    );
  });

  // a single _ between words is a file name's or a site's (a spam title's 在线亚洲_亚洲一级); two may be Markdown's bold; a
  // year in full is no blank
  for (const body of [
    '详见自评报告.docx_第1页',
    '__重要事项__已完成',
    '2023_年度资料编号A20_01',
    '编号510000_0013zp',
    '在线亚洲_亚洲一级',
    'A_市级资料',
  ]) {
    test(`made up: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('leftover-instruction: the outline’s note on what a section holds (session 10)', () => {
  test('红河 2023 (tuning text): （一）项目概况。包括项目背景、主要内容及实施情况、资金投入和使用情况等。', () => {
    const text = tuneText('2023-云南-红河州人力资源和社会保障局-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), '包括项目背景、主要内容及实施情况、资金投入和使用情况等。');
    assert.ok(f.message.zh.includes('提纲'), f.message.zh);
  });

  test("南县财政局 2024 (rotated into tune in session 31): 湖南's outline notes under (二) and (三), one of 93 characters", () => {
    const text = tuneText('2024-湖南-南县财政局-部门整体');
    const shown = findingsAsReport(text, RULE).map((f) => spanText(text, f));
    assert.ok(
      shown.some((x) => x.startsWith('主要包括县委县政府或上级主管部门绩效考核的个性指标')),
      shown.join(' | '),
    );
    assert.ok(shown.includes('主要包括资金到位、资金使用、资金管理、项目组织和项目管理情况分析等。'), shown.join(' | '));
  });

  test('made up: other outline notes of the same shape after a heading are found', () => {
    for (const line of [
      '（二）项目绩效目标。主要包括总体目标、年度目标和绩效指标等。',
      '2.资金管理情况：应包括资金分配情况、拨付和使用管理措施等方面。',
    ]) {
      const text = withBody(`${line}\n\n我局2023年度项目资金100万元，已全部拨付。`);
      const f = only(findingsOf(text, RULE));
      assert.ok(line.endsWith(spanText(text, f)), line);
    }
  });

  test('made up: the drafter’s own sentence after a heading — figures, no list, more after it, or prose — is left alone', () => {
    for (const line of [
      '（一）项目概况。包括城乡居民养老保险配套资金3727万元、见习补助129.6万元等。',
      '（一）项目概况。包括项目背景和主要内容。',
      '（一）项目概况。包括项目背景、主要内容等。本项目于2023年启动。',
      '我局的职能包括项目审批、资金监管等。',
      '（一）部门职能。主要包括拟订发展规划、审批投资项目、监督检查价格等。',
      '（三）资金管理情况。主要包括资金使用、资金管理等，全年支出100万元。',
      '（三）资金管理情况。我局严格资金使用、资金管理等。',
    ])
      assert.deepEqual(findingsOf(withBody(line), RULE), [], line);
  });
});

describe('leftover-instruction: a form’s choice with every box empty (rotated into tune in session 11)', () => {
  test('岳阳县 2020: 評價類型:項目實施過程評價□項目完成結果評價□', () => {
    const text = tuneText('2020-湖南-岳阳县农村公路养护中心-项目支出');
    const f = findingsAsReport(text, RULE).find((x) => x.message.zh.includes('没有勾选')) as Finding;
    assert.equal(spanText(text, f), '評價類型:項目實施過程評價□項目完成結果評價□');
    assert.equal(f.fix, undefined);
  });

  // made up, in a form's cover wording: simplified script, ☐ boxes, spaces between options
  for (const body of ['评价类型：事前评价□ 事中评价□ 事后评价□', '项目属性:1、持续性项目☐ 2、新增性项目☐']) {
    test(`made up: ${body}`, () => {
      const text = withBody(body);
      assert.equal(findingsOf(text, RULE).filter((f) => f.message.zh.includes('没有勾选')).length, 1, body);
    });
  }

  // made up, right: a tick in the group (√ after the box, ■, ☑), one group answered and the other not, boxes with no label
  for (const [body, n] of [
    ['评价类型：事前评价□事中评价□事后评价□√', 0],
    ['评价类型:项目实施过程评价□   项目完成结果评价■', 0],
    ['项目类型：常年性项目☑ 延续性项目□ 一次性项目□', 0],
    ['评价类型：事前评价□事后评价■ 评价方式：部门自评□财政评价□', 1],
    ['该项目□□建设内容□完成', 0],
    // a Word font's checked box given as R (渑池 2019: 事前评价R, session 26); an R in a Latin word is no tick
    ['评价类型:事前评价R 事中评价□ 事后评价□', 0],
    ['评价类型:ROI评价□ 事后评价□', 1],
  ] as const) {
    test(`made up: ${body} (${n})`, () => {
      assert.equal(findingsOf(withBody(body), RULE).filter((f) => f.message.zh.includes('没有勾选')).length, n, body);
    });
  }
});

describe('leftover-instruction: the outline’s note or prompt on a line of its own under a heading (session 16 round 2)', () => {
  const text = (...lines: string[]): string =>
    ['某县林业局2023年度项目支出绩效自评报告', '一、基本情况', '本项目年度预算50万元，全部到位。', ...lines].join('\n\n') + '\n';

  test('泸溪 2022 and 西区 2021: 包括…范围、对象、时间及方式等。 and 根据…逐项分析。 right under their headings', () => {
    for (const [slug, quote] of [
      ['2022-湖南-泸溪县林业局-项目支出', '包括自评工作开展范围、对象、时间及方式等。'],
      ['2021-四川-西区动物疫病预防控制中心-部门整体', '根据绩效目标及指标值逐项分析。'],
    ] as const) {
      const t = tuneText(slug);
      const fs = findingsAsReport(t, RULE).filter((f) => spanText(t, f) === quote);
      assert.equal(fs.length, 1, slug);
      assert.ok((fs[0] as Finding).message.zh.includes('提纲'), (fs[0] as Finding).message.zh);
    }
  });

  test('made up: a drafter’s first sentence under a heading — analysis that goes on, figures, a clause — is the report’s', () => {
    const t = text(
      '二、绩效目标完成情况分析',
      '根据绩效目标及指标值，逐项分析如下：',
      '三、自评工作开展情况',
      '包括项目单位3个、乡镇5个等。',
      '四、存在的问题',
      '对照年度目标，各项指标均已完成。',
    );
    assert.deepEqual(
      findingsOf(t, RULE).map((f) => spanText(t, f)),
      [],
    );
  });

  test('made up: the same prompt inside a section, not opening it, is left alone', () => {
    const t = text('二、绩效目标完成情况分析', '本年度各项指标均已完成。', '根据绩效目标及指标值逐项分析。');
    assert.deepEqual(
      findingsOf(t, RULE).map((f) => spanText(t, f)),
      [],
    );
  });
});

describe('leftover-instruction: a form’s date field left blank (session 16 round 2)', () => {
  test('平泉 2021: the cover’s 填报日期 年 月 日', () => {
    const t = tuneText('2021-河北-平泉市党坝镇-部门整体');
    const fs = findingsAsReport(t, RULE).filter((f) => spanText(t, f) === '填报日期 年 月 日');
    assert.equal(fs.length, 1);
    assert.ok((fs[0] as Finding).message.zh.includes('没有填写'), (fs[0] as Finding).message.zh);
  });

  test('雨花区 2019, line 30: the cover’s 报告日期:年月日, its blanks lost when the page was pasted into one chunk', () => {
    const t = tuneText('2019-湖南-雨花区统计局-部门整体');
    const fs = findingsAsReport(t, RULE).filter((f) => spanText(t, f) === '报告日期:年月日');
    assert.equal(fs.length, 1);
    assert.ok((fs[0] as Finding).message.zh.includes('没有填写'), (fs[0] as Finding).message.zh);
  });

  test('made up: filled dates written tight (报告日期:2021年4月22日, 报告日期：2021年4月) and a signature’s 年月日 are left alone', () => {
    const t = withBody('报告日期:2021年4月22日。报告日期：2021年4月。填报日期2021年4月22日。单位负责人(签字):年月日。');
    assert.deepEqual(
      findingsOf(t, RULE).map((f) => spanText(t, f)),
      [],
    );
  });

  test('made up: a filled date, a spaced filled date and a signature’s blank date (signed by hand) are left alone', () => {
    const t = withBody('填报日期:2021年4月22日。填表日期: 2021 年 4 月 22 日。报告撰写人(签字): 年 月 日。单位负责人签名: 年 月 日。');
    assert.deepEqual(
      findingsOf(t, RULE).map((f) => spanText(t, f)),
      [],
    );
  });
});

describe('leftover-instruction: made up wrong variants (session 22 red team)', () => {
  test('made up: a fill-in line right after a field’s label and colon (项目负责人：＿＿＿＿) was never filled in', () => {
    const text = withBody('项目负责人：＿＿＿＿　联系电话：____');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '＿＿＿＿');
    assert.deepEqual(
      f.related?.map((r) => text.slice(r.span.start, r.span.end)),
      ['____'],
    );
  });

  test('made up: a web address’s or a file name’s underscores after a colon are no blank', () => {
    for (const body of ['附件：自评表_2023_final.xlsx', '网址：http://www.example.gov.cn/a___b.html'])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('leftover-instruction: made up look-alikes (session 22 red team)', () => {
  test('made up: a bracket saying what the report left out (此处略) or what a word stands for (此处指…) is the drafter’s', () => {
    for (const body of [
      '受助学生名单已公示（此处略）。',
      '具体明细（此处省略）见附件。',
      '学生资助热线（此处指0731-1234567）全年接听咨询320次。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
    // an instruction that opens so is still one
    assert.equal(findingsOf(withBody('项目概况（此处填写项目背景和主要内容）。'), RULE).length, 1);
  });

  test('made up: a note that asks for an explanation and answers it in the same sentence is the drafter’s', () => {
    const answered = '注：自评得分低于80分的，需在报告中说明原因；本项目得分95分，无需说明。';
    assert.deepEqual(findingsOf(withBody(answered), RULE), []);
    assert.equal(findingsOf(withBody('注：自评得分低于80分的，需在报告中说明原因。'), RULE).length, 1);
  });
});

describe('leftover-instruction: made up (red team s23)', () => {
  test('made up (red team s23): a bracket where 此处 is followed by a describing word (为, 含, 仅, 不, 省) is the drafter’s', () => {
    for (const body of [
      '全县共完成造林1.2万亩（此处为上报省林业局的口径）。',
      '资金总额500万元（此处含上年结转资金80万元）。',
      '具体做法如下（此处仅列举主要措施）：',
      '各乡镇工作进展不一（此处不再逐一列举）。',
      '（此处省略各乡镇明细）',
      '2023年度各乡镇资金分配明细（略）。',
      '各村受益农户名单（名单略，详见附件2）已在村务公开栏公示。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
    // an instruction there asks: still one
    for (const body of ['（此处填写项目概况，不超过300字）', '（此处简要说明资金使用情况）', '（此处请列明绩效目标）'])
      assert.equal(findingsOf(withBody(body), RULE).length, 1, body);
  });

  test('made up (red team s23): a note that says where the report answers its ask (详见本报告第四部分, 见下文) is the drafter’s', () => {
    for (const body of [
      '注：得分低于满分的指标需在报告中说明原因，详见本报告第四部分。',
      '注：偏差较大的指标应在报告中说明，相关原因见下文“存在的问题”。',
      '注：执行率低于90%的须在自评报告中说明原因，原因已在第三部分逐项说明。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
    for (const body of ['注：未完成的指标需在报告中说明原因。', '注：执行率低于90%的，应在自评报告中作出说明，并提出改进措施。'])
      assert.equal(findingsOf(withBody(body), RULE).length, 1, body);
  });
});

describe('leftover-instruction: a fill-in line with its value written on it (made up, red team s23)', () => {
  test('made up (red team s23): a value on the printed line (____王建国____, 王建国____________ before the next field): silent', () => {
    for (const body of [
      '项目负责人：____王建国____',
      '项目负责人：＿＿王建国＿＿　　联系电话：＿＿13800000000＿＿',
      '填表人：王建国____________ 审核人：李明____________',
      '签字：______王建国______　日期：2024年3月15日',
      '填报单位（盖章）：某县水利局________',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('made up (red team s23): a line left empty, or a blank inside a value (某县____局, ____万元), is still found', () => {
    for (const body of [
      '联系电话：____________ 填报人：____________',
      '项目名称：________项目',
      '本项目共投入资金____万元。',
      '单位名称：某县____局',
      '填表人：____　审核人：____',
      '评价组组长：________（签字）',
      '项目单位：____ 项目负责人：王建国',
    ])
      assert.ok(findingsOf(withBody(body), RULE).length >= 1, body);
  });
});

describe('leftover-instruction: a form’s prompt with its word limit, a request inside a note (red team s23, made up)', () => {
  const report = (body: string): string =>
    `# 某县第二中学2023年度营养改善计划项目支出绩效自评报告\n\n评价年度：2023年度\n\n一、项目基本情况\n\n${body}\n`;

  test('made up (red team s23): a prompt and a word limit as clauses of one note, a 请填写 after the words it is about: found', () => {
    for (const [body, note] of [
      [
        '（一）项目基本情况\n\n（简要说明项目立项依据、资金来源、实施内容等，200字以内）\n\n本项目于2021年立项。',
        '（简要说明项目立项依据、资金来源、实施内容等，200字以内）',
      ],
      ['（概述部门职能、机构设置及人员情况，不超过300字）', '（概述部门职能、机构设置及人员情况，不超过300字）'],
      ['（说明绩效目标的设定依据，限500字）', '（说明绩效目标的设定依据，限500字）'],
      ['（分析偏差原因及改进措施，100字左右）', '（分析偏差原因及改进措施，100字左右）'],
      ['（填写主要绩效指标完成情况，300字以内）', '（填写主要绩效指标完成情况，300字以内）'],
      ['（300字以内，简要说明项目实施过程）', '（300字以内，简要说明项目实施过程）'],
      [
        '| 一级指标 | 二级指标 | 三级指标（定性指标请填写“达成/部分达成/未达成”） | 年度指标值 | 实际完成值 |\n|---|---|---|---|---|\n| 产出指标 | 数量指标 | 维修面积 | ≥1800平方米 | 1860平方米 |',
        '（定性指标请填写“达成/部分达成/未达成”）',
      ],
      ['| 指标 | 偏差原因（未完成的请说明原因） |\n|---|---|\n| 维修面积 | 无 |', '（未完成的请说明原因）'],
      ['资金来源（多个来源请列明金额）：县级财政资金50万元。', '（多个来源请列明金额）'],
      ['实际完成值（定量指标请填写具体数值）', '（定量指标请填写具体数值）'],
    ] as const) {
      const text = report(body);
      const f = only(findingsOf(text, RULE));
      assert.equal(spanText(text, f), note);
    }
  });

  test('made up (red team s23): a drafter’s brackets with a limit, a describing word or 请 ending another word stay silent', () => {
    for (const body of [
      '组织开展征文活动（主题鲜明，2000字以内），共收到稿件120篇。',
      '（说明：本表金额单位为万元）',
      '本单位按程序调整预算（经县政府同意后报请注明用途的专项资金）。',
      '（分析详见附件2）',
      '该指标由主管部门（邀请第三方评估机构）评定，得分9分。',
      '三级指标（定性指标）',
      '向县财政局提出追加申请（申请注明了资金用途），获批追加20万元。',
      '（简要情况见附件，共3页）',
      '（分析结果表明，满意度达95%）',
      '（说明：资金已于2023年12月拨付到位，共计200字以内的说明见附件）',
      '通过微信公众号发布通知（家长请按照指南在线填报），完成资助申请2300人次。',
      '（概述：全年完成维修面积1860平方米，300字以内的简报已报送）',
      '学生填写资助申请表（每人限填一份），共受理申请1200份。',
      '本单位编报了项目申请书（请示文件号为宁财发〔2021〕5号）。',
      '（列出的指标均已完成，共12项）',
      // inside a sentence, a requirement the drafter reports (an essay contest's, a notice's): not left for the drafter
      '开展“我的家乡”征文比赛（结合家乡变化，800字左右），共收到作品320篇。',
      '各乡镇上报完成情况（未完成的请说明原因），县局汇总后形成台账。',
      '按县财政局通知要求（简要说明项目情况，300字以内）报送了项目简介，已按时报送。',
      '组织学生撰写读后感（对照书中人物，500字以内），评出优秀作品20篇。',
    ])
      assert.deepEqual(findingsOf(report(body), RULE), [], body);
  });
});

describe('leftover-instruction: a word limit set on the outline’s part (made up, red team s23)', () => {
  test('made up (red team s23): （此部分不超过500字）, （本部分限300字）, （本节200字以内） left after the text: one each', () => {
    for (const body of [
      '本局为县政府工作部门，内设4个股室。（此部分不超过500字）',
      '（本部分限300字）',
      '主要职责是负责全县水资源管理。（本节200字以内）',
      '全年完成项目12个。（此部分内容不超过800字）',
      '部门职能概述如下。(本部分不少于300字)',
      '（本段300字左右）',
    ])
      assert.equal(findingsOf(withBody(body), RULE).length, 1, body);
  });

  test('made up (red team s23): a limit the report gives of its own work, or a part that is not the outline’s: silent', () => {
    for (const body of [
      '开展征文活动（每篇不超过800字），收到作品120篇。',
      '本部分内容详见附件1（共3页）。',
      '编印宣传手册（本部分共2万字）5000册。',
      '（本部分数据来源于2023年度部门决算报表）',
      '本节所列指标（共12项）均已完成。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('leftover-instruction: a form’s note beside a heading, as the bracket’s whole content (session 26)', () => {
  test('甘谷 2024 and 岳阳县 低保 2018 (tune corpus): (或阶段性), (简要说明) and (主管部门参考) are found', () => {
    const said = (t: string): string[] =>
      findingsOf(cleanReport({ bodies: { 'basic-functions': t } }), 'leftover-instruction').map((f) => f.message.zh);
    assert.equal(said('2024年度(或阶段性)绩效目标已全部完成。').length, 1);
    assert.equal(said('评价指标体系(简要说明)见附表。').length, 1);
    // made up: the same words inside a longer note are the drafter's, or the notice's quoted
    assert.deepEqual(said('按通知要求（简要说明项目情况，300字以内）报送了项目简介。'), []);
    assert.deepEqual(said('本年度（或阶段性目标完成后）开展了复核。'), []);
  });
});

describe('leftover-instruction: the outline’s note in brackets after a heading (session 29)', () => {
  test('保山图书馆 2022 ×2 and 福建 林场 (tune corpus): (包括完成情况和偏差原因等) after the heading is found, with a fix that deletes it', () => {
    for (const [slug, note] of [
      ['2022-云南-保山市图书馆免费开放市级补助经费-项目支出', '(包括完成情况和偏差原因等)'],
      ['2022-云南-保山市图书馆公共文化服务体系补助资金-项目支出', '(包括完成情况和偏差原因等)'],
      ['20xx-福建-某国有林场珍稀用材树种基地-项目支出', '(包括项目执行情况、采取的纠偏相关措施、项目管理制度及执行情况)'],
    ] as const) {
      const text = tuneText(slug);
      const f = findingsAsReport(text, 'leftover-instruction').find((x) => text.slice(x.span.start, x.span.end) === note);
      assert.ok(f, `${slug}: ${note}`);
      assert.equal(f.fix?.safe, false);
      assert.equal(applyFix(text, f).includes(note), false);
    }
  });

  // made up, in the 2023 report's wording
  const inHeading = (heading: string): string =>
    cleanReport({ bodies: { 'basic-functions': `${heading}\n\n全年支出120万元，预算执行率95%。` } });
  test('made up: a heading’s bracket naming two topics of the report or more is the outline’s', () => {
    for (const h of ['1.预算执行情况分析（包括完成情况和偏差原因等）。', '（二）项目管理情况（主要包括管理制度、执行情况和存在问题）'])
      assert.equal(findingsOf(inHeading(h), 'leftover-instruction').length, 1, h);
  });

  test('made up, right: a bracket naming what a figure counts, one topic, a figure, or a sentence’s bracket is the drafter’s', () => {
    for (const h of [
      '1.项目支出情况（包括人员经费和公用经费）',
      '1.部门整体支出情况（包括基本支出和项目支出情况）',
      '1.资金到位情况（包括上年结转资金30万元和本年情况）',
      '1.本年度我局加强预算管理，完善了制度（包括执行情况和存在问题）',
    ])
      assert.deepEqual(findingsOf(inHeading(h), 'leftover-instruction'), [], h);
  });
});

describe('leftover-instruction: the outline’s note in a heading, and a cover’s unit left blank (session 34, set 20)', () => {
  test('铁路第一小学 2022, 昆明高新区公安 2017 (set 20, rotated into tune in session 34): the 湖南 and 云南 outlines’ notes', () => {
    for (const [slug, note] of [
      ['2022-湖南-铁路第一小学-部门整体', '(包括部门的在职人员情况、机构设置、主要职能及重点工作计划等)'],
      ['2017-云南-昆明高新区公安分局-项目支出', '包括项目基本性质、用途和主要内容、涉及范围等。'],
    ] as const) {
      const text = tuneText(slug);
      assert.ok(
        findingsAsReport(text, RULE).some((x) => text.slice(x.span.start, x.span.end) === note),
        `${slug}: ${note}`,
      );
    }
  });

  test('铁路第一小学 2022 (line 6) and 怀化 公积金 2024 (line 11): 单位名称:(盖章), the unit’s name never written in', () => {
    for (const [slug, line] of [
      ['2022-湖南-铁路第一小学-部门整体', 6],
      ['2024-湖南-怀化市住房公积金管理中心-项目支出', 11],
    ] as const) {
      const text = tuneText(slug);
      const f = only(findingsAsReport(text, RULE).filter((x) => lineOf(text, x.span.start) === line));
      assert.equal(spanText(text, f), '单位名称:(盖章)');
      assert.ok(f.message.zh.includes('单位名称还空着'), f.message.zh);
    }
  });

  const inHeading = (heading: string): string =>
    cleanReport({ bodies: { 'basic-functions': `${heading}\n\n全年支出120万元，预算执行率95%。` } });
  test('made up: the note after a heading’s comma is the outline’s; a drafter’s clause after the comma is not', () => {
    assert.equal(findingsOf(inHeading('（一）项目基本情况简介，包括项目背景、主要内容、实施情况等。'), RULE).length, 1);
    assert.deepEqual(findingsOf(inHeading('（一）项目基本情况简介，包括拟订规划、审批项目等。'), RULE), []);
    assert.deepEqual(findingsOf(inHeading('（一）项目基本情况，本年度包括项目背景、主要内容等。'), RULE), []);
  });

  test('made up: a unit field with its name and the stamp note, or a stamp note in a sentence, is no blank', () => {
    const cover = (line: string): Finding[] => findingsOf(cleanReport({ bodies: { 'basic-functions': line } }), RULE);
    assert.equal(cover('填报单位：（盖章）').length, 1);
    assert.deepEqual(cover('填报单位：某县科学技术局（盖章）'), []);
    assert.deepEqual(cover('本报告经单位负责人审核后加盖公章（盖章）报送。'), []);
  });
});

describe('leftover-instruction: an outline’s note names topics, a drafter’s list the unit’s work (session 35, set 21)', () => {
  test('海南福彩 2022 (set 21, rotated into tune in session 35, line 22): its list of the centre’s work is no outline note', () => {
    const text = tuneText('2022-海南-省福利彩票发行中心事业运行-项目支出');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((x) => lineOf(text, x.span.start) === 22),
      [],
    );
  });

  const under = (line: string): Finding[] =>
    findingsOf(cleanReport({ bodies: { 'basic-functions': `3.项目主要内容\n\n${line}\n\n全年支出120万元。` } }), RULE);
  test('made up: a list mostly of topics is the outline’s; two topic words among many of the unit’s tasks are not', () => {
    assert.equal(under('包括自评工作开展范围、对象、时间及方式等。').length, 1);
    assert.equal(under('包括项目背景、主要内容、资金使用及管理情况等。').length, 1);
    assert.deepEqual(under('包括彩票市场销售和管理、游戏促销、营销宣传、印刷、兑奖风险金、工资社保、其他商品服务、日常办公管理等。'), []);
    assert.deepEqual(under('包括档案接收、整理、保管、编研、利用服务和库房管理等。'), []);
  });
});

describe('leftover-instruction: a figure left blank before its unit (blankFigures, session 32)', () => {
  test('龙游 幼儿园 2023 (tuning text since session 32, line 13): 建筑面积平方米, its figure never written', () => {
    const text = tuneText('2023-浙江-龙游县农村幼儿园提升改造专项债-项目支出');
    const f = only(findingsAsReport(text, RULE).filter((x) => lineOf(text, x.span.start) === 13));
    assert.equal(spanText(text, f), '面积平方米');
    assert.ok(f.message.zh.includes('缺了数字'), f.message.zh);
  });

  test('湘南幼专 20xx (tuning text, line 11): 资金总额万元,其中公共财政拨款收入万元… join the paragraph’s placeholders', () => {
    const text = tuneText('20xx-湖南-湘南幼专附属幼儿园-部门整体');
    const f = only(findingsAsReport(text, RULE).filter((x) => lineOf(text, x.span.start) === 11));
    const related = (f.related ?? []).map((r) => spanText(text, r));
    assert.ok(related.includes('总额万元') && related.includes('收入万元'), related.join(' '));
  });

  // made up, in report wording: right — a figure before the unit, a table header, 万元以上, 万元户
  for (const body of [
    '项目建设面积1200平方米，总投资300万元。',
    '| 项目 | 金额万元 |\n|---|---|\n| 办公费 | 2.5 |',
    '单笔支出万元以上的事项须集体研究。',
    '帮扶农户收入过万元户达到120户。',
  ]) {
    test(`made up, right: ${body.split('\n')[0]}`, () => {
      assert.deepEqual(
        findingsOf(withBody(body), RULE).filter((f) => f.message.zh.includes('缺了数字')),
        [],
      );
    });
  }
});

describe('leftover-instruction: the outline’s note after a clause of its own (session 42, set 26)', () => {
  test('呈贡区人大 20xx (set 26, rotated into tune in session 42, line 4): the 云南 部门整体 outline’s note on (一)', () => {
    const text = tuneText('20xx-云南-呈贡区人大-部门整体');
    const f = only(findingsAsReport(text, RULE).filter((x) => lineOf(text, x.span.start) === 4));
    assert.equal(spanText(text, f), '包括收入构成、支出构成、年初预算完成率、当年收支平衡和年终结转结余情况等。');
  });

  const inHeading = (heading: string): string =>
    cleanReport({ bodies: { 'basic-functions': `${heading}\n\n全年支出120万元，预算执行率95%。` } });
  test('made up: the clause before the note names a topic and holds no figure; else it is the drafter’s', () => {
    assert.equal(
      findingsOf(inHeading('（一）部门整体支出概况，年度收支完成情况，包括收入构成、支出构成、结转结余情况等。'), RULE).length,
      1,
    );
    // a figure in the clause, or a clause naming no topic (a drafter's sentence), leaves the list alone
    assert.deepEqual(
      findingsOf(inHeading('（一）部门整体支出概况，年度收支共120万元，包括收入构成、支出构成、结转结余情况等。'), RULE),
      [],
    );
    assert.deepEqual(findingsOf(inHeading('（一）部门整体支出概况，本局认真编制预算，包括收入构成、支出构成、结转结余情况等。'), RULE), []);
  });
});
