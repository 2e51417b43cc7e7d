import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, findingsOf, readExample, ROOT, spanText, exampleNames, only } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneScore, tuneText } from './_tune.js';
import { phraseReadings } from '../../../server/src/engine/rules/typo/phrase-slip.js';

const RULE = 'typo';

/** The clean report with 一（一）'s body replaced by `body` (made-up sentences in the 2023 report's wording). */
const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

/** The spans the rule finds in the clean report with `body` as 一（一）'s body. */
const written = (body: string): string[] => {
  const text = withBody(body);
  return findingsOf(text, RULE).map((f) => spanText(text, f));
};

describe('typo on the field corpus (tuning texts)', () => {
  test('finds the annotated misspellings, the unit’s name that lost its first character (徐闻) included, and nothing else', () => {
    const s = tuneScore(RULE, ['typo']);
    // 士康 (土壤 or 健康: its correction is not known) and 服務(wù)工, a mirror's traditional script with glued pinyin
    // (page debris), are read by no list or shape
    // rotated into tune in session 12 (session 11's measured texts): read since — a year with no 年 (bare-year.ts), 的 for 地
    // (de-for-di.ts), 其中于 before an amount (stray-yu.ts), hmm for hm² and the look-alikes 根县, 形票, 捉升, 资预算金, 因由于,
    // 扎实骨干 (data). Left: a name that lost its first character (、峡工程), a place name seen once (湾址区) and 繁昌县 (a
    // county since renamed 繁昌区)
    // rotated into tune in session 13 (session 12's measured texts), misses: 申报…了 (a 了 inside a verb phrase), the
    // unit's own 宝坻区 written four ways by a PDF's OCR (宝延区, 宝垠区, 宝诋区), a word that lost a character (现将评情况),
    // look-alikes (仼务, 当于 for 相当于, 群中 for 群众). Read since: the set phrases of 公文 openings (现将自评情况汇报如下,
    // set-phrase.ts keeping two characters of the start where five of the end are kept) and the look-alikes (data). The
    // garbled 宝坻区 and 湾址区 are found by place-name (its own rule: the right name is read across the report), not by this one
    // rotated into tune in session 14 (session 13's measured texts): 确实 for 切实 (为确实做好), a court's 刑事审判庭第一庭
    // (刑事审判第一庭), the look-alikes 菅 for 营/管 (菅造, 保菅) and 咸 for 成 (完咸), and 为…发展务 (服 lost) found since;
    // 芜湖 2022's 繁昌县 beside its 繁昌区 is place-name's since (listed here, as 湾址区 is)
    // rotated into tune in session 14 (its 46 new texts): read since — a year whose 年 was typed 月 (2020月12月, bare-year.ts),
    // a unit of measure before 元 (3万亩元, malformed-figure.ts), 的 for 地 opening a clause (,有效的打击毒品犯罪, de-for-di.ts),
    // 必须的 before a noun, the economic classes cut before a figure (基本支989312.11元, budget-class.ts) or inside
    // (对个和家庭补助, set phrases) and the heading (3)实效指标. Left: characters stray or lost in words seen once
    // (人大代表联之家, 退人人员, 通过工并, 依具, 运行发经费, 提起供), 万地 for 万元, a 局 lost from an issuer's name, a
    // figure wedged in a title (馆4员人), a half-width . between clauses (龙感湖: read since session 40, half-width-stop.ts),
    // 发展定的 (two sentences run together)
    // session 15: the 19 typo misses of session 14's second measured set, rotated into tune, are listed here unread;
    // 寻甸 2024's 2024底 read since (glued-digits: a year that lost its 年 before 底), and 漳平 2017's traditional characters in
    // a simplified text (區, 關, 責: traditional-chars.ts) and its look-alikes 偅要 and 爿区 (data)
    // read since: 行驶 for 行使 before a power, 做为, 依具, 暂行方法, 全面阅读 for 全民阅读 as an activity (data) and the issuer
    // cut before 关于 (issuer-cut.ts), 退人人员 for 退休人员 (phrase-slip.ts), 更好的确保 (de-for-di.ts),
    // 东川区人办公室 (body-name-cut.ts). Left: characters stray or lost in words seen once (人大代表联之家, 可启效控制,
    // 机械设), 看法 for 意见 in a cited title (a word, not a misspelling)
    // session 16's rotation (session 15's measured set): its 20 typo misses are listed unread (one-off lost or extra characters,
    // a year without 年 before a noun, 万元亩)
    // read since: a year of the report's own time with no 年 before any word that is no measure (2023老年人, 2023主体班:
    // bare-year.ts's yearsBeforeNouns) and 2020人口普查 (人口, a listed word after any year); 万元亩 (malformed-figure.ts);
    // 通知》求, the 要 of 要求 lost after a cited title (data); 人力资源社会资源保障 (phrase-slip.ts: an earlier word again);
    // 我对 opening a clause, the unit's short name lost (bare-self.ts)
    // session 16's second rotation (session 16's measured set): its 26 typo misses are listed unread (a synonym-spun text's
    // 掌控 and 免疫系统规划, one-off slips, a year without 年 inside a mirror's traditional characters)
    // session 17's rotation (session 16's second measured set): its 9 typo misses are listed unread (a PDF's glyph swaps
    // 挃 for 指 and 戒 for 或, IO0% for 100%, a figure inside a word, lost or doubled characters of one-off words)
    // read since: the PDF glyph swaps 挃 and 戒 (typo/glyph-swap.ts, the family as data) and IO0% (typo/letter-figure.ts)
    // session 17's second rotation (session 17's measured set): its 11 typo misses listed unread (鄱县 for 酃县 twice, 数援, 对像, one-off
    // slips, a date cut before 日); 对像 read since (session 35)
    // session 19's second rotation (its second measured set): one-off slips (过度性, 明信, 调解 for 调节, 满意指标, a missing
    // verb), letters for digits in an OCR'd PDF (I月, 100OOO) and a mirror's 經賽 / 其占, listed unread; 过度性安置 read since (session 35)
    // session 19's rotation (its measured set): nine one-off slips (进行一步, 减灭, 建84.5万元, 人民调解委员, 我省底所辖, 现将价情况, a
    // stray 9 after a heading, 500/年 that lost 元) listed unread
    // session 20's rotation (its measured set): one-off slips (基本概括, 属各, 口0.75分 for 扣, 0毛岁, 宜传) and a committee's name that
    // lost its 会 (市卫生健康委员、) listed unread; the flattened 自评表's glued cells (合格2020指标2: 分值 20, 得分 20) pinned as false alarms
    // read since: a committee's name that lost its 会 (市卫生健康委员、, 人民调解委员10万元: typo/committee-cut.ts); the glued
    // cells are no longer read as years (after a cell written twice or a figure's unit, before 指标2: bare-year.ts's inGluedRow)
    // session 22 round 2's red team: 口0.75分 (六安妇幼 2021: 口 for 扣 before a deduction, typo/deduction.ts) and 2021年I月
    // (临湘文旅 2021: a letter for a date's month, typo/letter-figure.ts) read since
    assert.deepEqual(s.missed, [
      // session 44's rotation of set 34: a money clause garbled by the sharing site's extraction (其中33,360项为…), not read
      '2009-江苏-南通农业职业技术学院园艺实训基地-项目支出:14 其中33,360项为专项资金。400万元',
      '2015-海南-文昌市教师进修学校-项目支出:13 评价时间: 2016年4月20日至 2016年4月26',
      // session 26's rotation of its second set: 财政预算厅, a unit's name missing 中心, a 。 inside a clause, 确实 for 切实, a mirror's 報賬
      // for 保障, 国有 for 所有, a comma inside 经办人员, not read yet
      '2015-湖南-湖南省国土资源厅矿产资源与地质环境专项资金-专项资金:10 湖南省财政预算厅',
      // session 26's rotation of its own set: 荣湾湖's 年 a page turned into - (-度, 上-结转), 环境整理, 邮电费2.40万 (no 元), a garbled cell (岳阳县
      // 低保), 技,术, 监督实;, 绩评价 (a lost 效), 圆梦 . 孤儿, not read yet
      '2016-湖南-岳阳县荣湾湖建设开发服务中心-部门整体:2 岳阳县20 16 -度部门(单位)整体支出',
      '2016-湖南-岳阳县荣湾湖建设开发服务中心-部门整体:33 综合开发和-度计划',
      '2016-湖南-岳阳县荣湾湖建设开发服务中心-部门整体:36 -度主要工作内容',
      '2016-湖南-岳阳县荣湾湖建设开发服务中心-部门整体:43 -度部门(单位)总体运行情况及取得的成绩',
      '2016-湖南-岳阳县荣湾湖建设开发服务中心-部门整体:54 -度收入情况(万元)',
      '2016-湖南-岳阳县荣湾湖建设开发服务中心-部门整体:64 上-结转',
      '2016-湖南-岳阳楼区人大办代表之家-项目支出:158 我区已建成人大代表联之家16个',
      '2016-湖南-某市环境保护局环境治理专项资金-专项资金:11 主要用于环境整理的“以奖促治”',
      '2016-湖南-湖南省科协科学普及专项资金-专项资金:5 组织专门力量,2016年度“科学普及专项资金”1780万元,进行绩效评价',
      // session 27's rotation of its second set (round 9): not read yet
      '2016-福建-福建省海洋与渔业厅海洋预报经费-专项资金:15 风暴潮、海浪、赤湖等灾害性海洋环境现象',
      // session 24's second set, rotated into tune: one-off slips (月未 for 月末, 不良应, 市省市; 不动登记, 年未 and
      // 设施设项目 read since), 市 for the 州, a year with no 年 in a project's name, a hyphen inside a word on a mirror,
      // 為確實 in traditional script, not read yet
      '2017-云南-保山市外事办友好城市工作经费-项目支出:24 年终进行绩效评,',
      '2017-云南-保山市广播电视台电视专题节目制作经费-项目支出:39 邮电费2.40万,',
      // session 30's rotation of session 28's set 15: a character lost or garbled in a phrase seen once, not read yet
      '2017-云南-嵩明县财政专项扶贫资金-专项资金:2 经样数据分析',
      // session 43's rotation of set 32: its page is not recognised (区残联康复民生工程总结: a 总结 title), not read
      '2017-安徽-铜陵某区残联康复民生工程-项目支出:5 残疾人康复民工程',
      '2017-安徽-铜陵某区残联康复民生工程-项目支出:11 遂项目明确',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2017-新疆-自治区国土资源厅特大型地质灾害防治经费-转移支付:9 通过地质灾害防治工程的设施、消除减少当地居民生产、生 活的威胁',
      '2017-海南-省生态公益林管理中心林业补助-专项资金:16 可启效控制',
      '2017-湖南-汨罗市城市公共汽车公司低票价运营补贴-自评表:13 项目实施过程评□',
      // session 27's rotation of its first set (round 8): not read yet
      '2017-湖南-益阳市劳动人事争议仲裁院-部门整体:8 指导各区、县.(市)劳动争议仲裁工作',
      '2018-不详-县林业局森林防火专项资金-专项资金:14 申报森林防火了专项资金48万元',
      '2018-安徽-六安市供销社新网工程-专项资金:6 未于拨付',
      // session 27's rotation of its second set (round 9): not read yet
      '2018-江苏-南京市标准化水产健康养殖示范基地-专项资金:10 落实“全面实施绩效管理”要,提升',
      '2018-江苏-南京市标准化水产健康养殖示范基地-专项资金:26 添臵增氧、投饵等机械装备',
      '2018-湖北-洪山区卫生和计划生育委员会-项目支出:1 群团经及全区卫生计生系统',
      // session 44's rotation of set 35: 黄石二中's page went through a synonym spinner (黄石二遭遇, 评论机构:从评, 城市便中小学),
      // not read
      '2018-湖北-黄石市第二中学校园建设和设备采购-项目支出:3 黄石二遭遇2018年',
      '2018-湖北-黄石市第二中学校园建设和设备采购-项目支出:36 评论机构:从评',
      '2018-湖北-黄石市第二中学校园建设和设备采购-项目支出:50 《城市便中小学校校舍建设标准》',
      '2018-湖南-岳阳县民政局城市低保-项目支出:165 1904210 189099 181890990',
      '2018-湖南-永兴县委宣传部主流媒体战略合作-项目支出:3 战略合作8资金',
      '2018-湖南-郴州市不动产登记中心-部门整体:7 2018年12月未',
      // session 25's rotation of its fourth set: 有步骤的 and 做的 for 地/到, a stray comma inside 城区, a lost 行, a word slipped from the
      // line above, a word pasted inside a phrase (学校教育学校, three times), a lost 实现: one-off slips, not read yet (签定, 资金拉用, 整治素质
      // and 绿色防空 read since, data)
      '2019-云南-保山市卫健委基本公卫工作经费-项目支出:26 有步骤的开展工作',
      '2019-云南-保山市卫健委计生专项-项目支出:6 有步骤的开展工作',
      '2019-云南-保山市广播电视局-部门整体:16 行业技,术标准',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      // session 42's rotation of set 26: a page not recognised as a report (no title), its slips of sense (北与长箐村为界,
      // the village bordering itself), a lost 土 (国面积) and a group's name written two ways (里从组, 里丛组)
      '2019-云南-龙陵县腊勐镇长箐村道路硬化-项目支出:4 北与长箐村为界',
      '2019-云南-龙陵县腊勐镇长箐村道路硬化-项目支出:4 国面积18.1平方公里',
      '2019-云南-龙陵县腊勐镇长箐村道路硬化-项目支出:5 里从组在党和政府的关心下',
      '2019-四川-大英县公安局交警大队-自评表:13 投诉渠道申通',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:2 宝延区2019年',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:2 宝垠区现有林地面积',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:3 宝诋区2019年',
      '2019-天津-宝坻区农业农村委林业改革发展资金-项目支出:3 绩效评价对象是宝垠区',
      // session 26's rotation of session 25's sixth set: 三城同城 (三城同创), 实施传输 (实时), 线效 (绩效), 1级 beside 二级, 以长为组长 (a lost 局), not read yet
      '2019-河北-清河县病媒生物防制-项目支出:4 “三城同城”',
      '2019-河南-渑池县美丽乡村示范点奖励资金-项目支出:26 产业指标:',
      '2019-湖北-省红十字会绩效自评-部门整体:26 进一步完阿善项目年度指标体系',
      '2019-湖北-蔡甸区急救站急救运营专项-专项资金:10 救护车视频系统实施传输',
      '2019-湖南-中方县文物管理所-部门整体:12 开支在均因', // session 43's rotation of set 31: a stray 在, not read
      '2019-湖南-岳阳市水利局-部门整体:42 水量分配方案并监督实;',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2019-湖南-洪江区第二福利院-部门整体:22 计划内合同工1,退休职工4院内',
      '2019-湖南-炎陵县农业农村局酃县白鹅保种-项目支出:2 2019年鄱县白鹅',
      '2019-湖南-炎陵县农业农村局酃县白鹅保种-项目支出:3 鄱县白鹅于1986年',
      '2019-湖南-衡山县妇幼保健计划生育服务中心-部门整体:3 中心基本概括',
      // session 27's first set, as above
      '2020-不详-农村公路养护重点项目绩效评价结果-项目支出:9 2020年我單位局農(nóng)村公路',
      '2020-不详-县环卫单位-部门整体:4 确保城,区清扫保洁工作',
      '2020-不详-某镇乡镇基本财力保障-项目支出:10 2.项目资金申报相符性项目申报内容与具体实施内容相符',
      // session 24's rotation (its measured set): 印发 inside the issued title's 〈〉 and a trailing 万 with no 元, not read
      // yet (人民编制, 央补助, 末完成, 纪律检察机关 and 延用 are read since, typo.json)
      '2020-云南-保山市水务局-部门整体:36 关于〈印发保山市人民政府职能转变和机构改革实施意见〉的通知',
      '2020-云南-南华县融媒体中心-部门整体:70 第一部分 南华县融媒体概况',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2020-云南-昌宁县政协办公室-部门整体:25 政协昌宁县委员编制24人',
      '2020-云南-泸西县人大常委会办公室基层人大建设-项目支出:13 项目绩评价自评报告',
      '2020-云南-红河州司法局司法专项经费-项目支出:14 《云南省人民政府办公厅关于印发云南省省级财政支出绩效评价暂行办法》',
      '2020-云南-红河州民政局边境县村民小组补助经费-项目支出:24 由市级财政安排',
      '2020-云南-红河州民政局边境县村民小组补助经费-项目支出:34 2020年市财政给予',
      '2020-内蒙古-内蒙古自治区人力资源和社会保障厅-部门整体:23 (三)预算资金情况9',
      '2020-内蒙古-内蒙古自治区人力资源和社会保障厅-部门整体:54 现将价情况报告如下',
      '2020-四川-县机关事务服务中心公共机构节能-项目支出:81 县财政共下达我中心。公共机构节能管理维护费9万元',
      '2020-四川-县机关事务服务中心公共机构节能-项目支出:87 确实做好节能宣传等相关工作',
      '2020-四川-泸县生活垃圾填埋场抢险救灾工程-项目支出:3 对填埋场进采取临时封场措施',
      // session 26's rotation of its third set: 公共全视频 (公共安全视频) twice, 综合 for 综治, 及人員及情況 (a 及 too many), a heading cut (管理情), not read yet
      '2020-天津-蓟州区公安分局雪亮工程-转移支付:4 天津市蓟州区公共全视频监控建设联网应用项目',
      '2020-天津-蓟州区公安分局雪亮工程-转移支付:4 综合分平台和公安分平台',
      '2020-天津-蓟州区公安分局雪亮工程-转移支付:17 完成了公共全视频监控建设联网应用1座的30%投入',
      '2020-安徽-叶集区民政局孤儿基本生活费-项目支出:19 “福彩圆梦 . 孤儿助学工程”',
      // session 42's rotation of set 28: a text not recognised as a report (no title; 现将梳理情况报告如下), its 。 for 、 between two acceptors
      '2020-安徽-埇桥区城东街道产业扶贫到户-专项资金:16 监督指导项目所在街道。社区对完工项目进行验收',
      // session 27's first set, as above
      '2020-安徽-宁国市生态环境分局水环境生态补偿-项目支出:14 水质目标为类水',
      '2020-安徽-旌德县农村电商提质增效工程-专项资金:8 我局认真梳理总计',
      '2020-安徽-裕安区民政局生活无着人员救助-项目支出:13 做的应保尽保',
      // session 29's rotation of session 28's set 14: a homophone (实话 for 精细化), a unit after its noun (服务天360天) and a
      // mark for 十 (“^一五”), not read yet; 做為 for 作为 on a mirror is read since (the list read through traditional script)
      '2020-山东-威海市环翠区综合行政执法局城市精细化管理奖补-项目支出:10 经实话管理考核',
      // session 25's fifth set: 徵信 for 微信, 有限 for 有效, 标注 for 标准 not read yet; 即定 for 既定 in traditional script read
      // since (session 35: the list's context words read through a mirror's glosses, 即定發(fā)放目標)
      '2020-山东-青岛市文化和旅游局-部门整体:4 徵信、抖音',
      '2020-广东-广东省民政厅孤儿助学工程-转移支付:9 中央集中彩票公益支持社会福利事业专项资金',
      '2020-新疆-博乐市抗疫特别国债-转移支付:5 供9个项目',
      '2020-江西-龙南市园林绿化养护经费-项目支出:15 线效相关原则',
      '2020-河北-曲阳县教育和体育局彩票公益金-专项资金:24 为精准有限使用资金',
      '2020-河南-西平县财政专项扶贫资金-专项资金:5 其中1级指标3个,二级指标7个',
      '2020-海南-五指山市统计局人口普查经费-项目支出:32 提供全性的基本统计数字',
      '2020-湖北-通城县塘湖镇-自评表:10 日效性指标',
      // session 27's first set, as above
      '2020-湖南-南县就业服务中心-部门整体:4 县创业孵化基招商和管理',
      // session 24's third set, rotated into tune in session 25: a stray 义, a lost 挥, 意识 for 意见 and 更好的建设 in a
      // form's cell, not read (群从团体, 决义案, 军民两技术 and 序列项目支出 read since, data)
      '2020-湖南-新邵县政协-部门整体:14 常务委员会会议义',
      '2020-湖南-新邵县政协-部门整体:16 充分发县政协委员的作用',
      '2020-湖南-新邵县林业局-部门整体:18 林业发展的经济调节意识',
      '2020-湖南-沅江市红十字会-专项资金:10 2016单列出来群团组织',
      '2020-湖南-沅江市红十字会-专项资金:14 我绩效目标是',
      '2020-湖南-沅江市红十字会-专项资金:22 使专资金按规定的用途使用',
      '2020-重庆-大足区电子政务中心-项目支出:3 党政务互联网运行维护',
      '2020-重庆-大足区电子政务中心-项目支出:3 保障了全区党政互联正常运行',
      '2020-重庆-大足区电子政务中心-项目支出:4 5 会公众或服务对象满意度',
      '2020-重庆-开州区民政局养老机构运营补贴-转移支付:6 中央支付地方发展项目绩效目标自评表',
      '2020-青海-尖扎县体育场免费低收费开放补助资金-专项资金:1 黃南州體育場2020免費',
      '2021-不详-乡镇老放映员省级补助资金-项目支出:2 对老放映员的生活补助标注可适度提高',
      '2021-云南-保山市交通运输局-部门整体:1 局机关及属各二级预算单位',
      '2021-云南-施甸县农业农村局糖料蔗良种良法-项目支出:10 施甸县2021糖料蔗良种良法',
      '2021-云南-武定县人民医院-部门整体:6 及人員及情況',
      '2021-四川-同德镇临时救助-项目支出:25 不超过500/年标准',
      '2021-四川-同德镇临时救助-项目支出:45 不超过500/年标准',
      '2021-四川-大英县信访局-部门整体:1 满意指标都取得了不错的成绩',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2021-四川-大英县县城补短板项目-项目支出:9 该项目地完成了预定目标',
      '2021-四川-安居区市场监管局食品监管补助-自评表:129 开展食品安全宣传周等科普宣传活',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2021-四川-开江县城镇保障性安居工程-专项资金:12 及时科学的分配了',
      '2021-四川-开江县城镇保障性安居工程-专项资金:14 城市棚户区改100分',
      '2021-四川-攀枝花市西区第一幼儿园-部门整体:29 实有人员20',
      '2021-四川-沐川生态环境局项目支出镜像-项目支出:7 以報(bào)賬局機(jī)關(guān)及下屬單位正常運(yùn)作',
      '2021-四川-炉霍县卫健局重大传染病防治-自评表:12 降低艾滋病病列率',
      '2021-四川-炉霍县卫健局重大传染病防治-自评表:12 基于国家致病性识别网的细菌性传染病监测',
      '2021-四川-甘孜州文旅局文旅发展专项资金-专项资金:3 1 .宣传营销方。',
      '2021-四川-盐边公共文化-转移支付:19 公共文化服务体系建84.5万元',
      '2021-四川-西区动物疫病预防控制中心-部门整体:16 支出 1.51万元',
      '2021-四川-遂宁经开区市场监管分局区域绩效-自评表:50 医疗器械不良应每百万人口报告数',
      '2021-安徽-埇桥区文旅局省级旅游发展资金-专项资金:36 接到资金下达文化后',
      '2021-安徽-瑶海区数据资源局信息化项目建设-项目支出:12 信息系化项目建设',
      '2021-山西-吕梁市吕梁山护工培训-自评表:14 88.32%及以上',
      // session 27's rotation of session 26's fourth set: 沙县 2021's 认线年度, not read yet
      '2021-新疆-沙县衔接资金-转移支付:1 认线年度财政衔接推进乡村振兴补助资金绩效自评工作',
      '2021-江西-上饶市司法局司法业务经费-自评表:2 严防止社区矫正对象脱离监管',
      '2021-江西-上饶市司法局司法业务经费-自评表:2 推进普法紧绕中心服务',
      '2021-江西-都昌县人民检察院-转移支付:104 年度标值',
      '2021-河北-平泉市党坝镇-部门整体:17 镇村振兴',
      '2021-海南-海南省交通运输厅新能源公交车运营补助-转移支付:1 海南2021年度与新能源公交车运营补助资金',
      '2021-海南-海南省交通运输厅新能源公交车运营补助-转移支付:3 财政部提前下达我2021年度',
      '2021-湖北-鄂州市行政审批局市民中心运行维护费-自评表:61 为更好的建设',
      '2021-湖南-临湘市文化旅游广电局公共文化服务体系-项目支出:3 100OOO1',
      '2021-湖南-岳阳楼区文化馆-部门整体:30 选送教育局团队赴市参赛活动一等奖',
      '2021-湖南-张家界市应急管理局-部门整体:40 综合防灾减灭和救灾物资保障科',
      '2021-湖南-新田县教育局-自评表:10 維護經(jīng)賽',
      '2021-湖南-新田县教育局-自评表:11 其占:公車購置',
      '2021-湖南-新田县教育局-自评表:23 (學校保安賽)',
      '2021-湖南-益阳高级技工学校中职免学费-自评表:28 M轻学生家庭经济负担',
      '2021-湖南-益阳高级技工学校中职免学费-自评表:28 所有开支句环保无公害',
      '2021-湖南-邵阳市疾控中心重大公共卫生服务-项目支出:14 市衛(wèi)生與健康委員會',
      // set 20, rotated into tune in session 34: 长沙县 机关事务 2021's 消防有情工作 (舆情? 有关? its reader named no correction)
      '2021-湖南-长沙县机关事务中心-部门整体:3 食堂食品安全及生产消防有情工作',
      '2021-重庆-重庆市三峡后续工作建设基金-转移支付:5 、峡工程综合能力建设和综合效益项目',
      '2022-不详-县委宣传部精神文明建设-项目支出:6 实施方案要求,》',
      '2022-不详-某镇村社区党组织服务群众专项经费-项目支出:5 对去世村民的家属给予剧问',
      '2022-不详-疾控中心预防控制重大疾病-专项资金:8 等防治与掌控',
      '2022-不详-疾控中心预防控制重大疾病-专项资金:9 不断扩大免疫系统规划',
      '2022-不详-疾控中心预防控制重大疾病-专项资金:12 国家不断扩大免疫系统规划经费36.4万元',
      '2022-不详-疾控中心预防控制重大疾病-专项资金:13 成本17万元',
      '2022-不详-疾控中心预防控制重大疾病-专项资金:13 疾病掌控等39.11万元',
      '2022-中央-教育部现代职业教育质量提升计划资金-转移支付:10 现代职业教育质量提升计划资2022年度绩效自评报告',
      '2022-云南-临沧市红十字会-部门整体:20 1.部门职能职',
      // session 29's rotation of session 28's set 14, as above
      // session 42's rotation of set 26: a contents list naming 部门整体支出绩效自评表 twice (item 十二 should be 自评情况), not read
      '2022-云南-云县财政局部门决算-部门整体:19 十二、部门整体支出绩效自评表',
      '2022-云南-保山市图书馆免费开放市级补助经费-项目支出:24 年度免费开放服务天360天',
      // session 27's first set, as above
      '2022-云南-屏边县公安局交通警察大队-项目支出:13 (1)项目背景中',
      '2022-云南-屏边县公安局交通警察大队-项目支出:27 (1)项目背景中',
      // session 30's rotation of session 28's set 15: a character lost or garbled in a phrase seen once, not read yet
      '2022-云南-耿马县大兴乡-部门整体:42 生态文明建设金和党的建设',
      '2022-云南-隆阳区林业和草原局林业生态保护恢复资金-转移支付:21 支付71.01万地',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2022-四川-大英县商务和经济合作局国内贸易-项目支出:4 对本项目资金实际单独核算',
      '2022-安徽-芜湖市文化和旅游局-转移支付:21 湾址区3.73万元',
      '2022-安徽-芜湖市文化和旅游局-转移支付:19 繁昌县56.5万元',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2022-安徽-郎溪县财政局普惠金融发展专项资金-转移支付:29 该项资金用一是用于',
      '2022-广西-贺州市自然资源局-部门整体:70 国有国土空间用途管制职责',
      '2022-江西-新建区委统战部-部门整体:7 統-戰線',
      '2022-江西-新建区委统战部-部门整体:8 新-代代表人物',
      // session 27's first set, as above
      '2022-浙江-奉化区农业农村局溪口雷笋地理标志保护-专项资金:10 中央农业生产发展资金一地理标志农产品保护工程建设资金',
      '2022-浙江-奉化区文广旅体局体彩公益金-项目支出:10 日常支出103.9915万。',
      '2022-湖南-中方县残联残疾人康复-项目支出:10 假肢安装及基本康复服务21实际完成',
      '2022-湖南-桃源县公安局特殊人群收治-专项资金:19 由人大审核通过工并列入财政预算',
      // session 27's rotation of session 26's fourth set: 沅陵 2022's 部門整體出績效 (支 lost), not read yet
      '2022-湖南-沅陵县火场土家族乡人民政府-部门整体:1 部門整體出績效',
      '2022-湖南-沅陵县火场土家族乡人民政府-部门整体:5 部門整體出績效',
      '2022-甘肃-武威市文联整体支出-部门整体:22 开展对市级文艺术家协会',
      '2022-甘肃-玄马镇农村厕所革命-项目支出:46 三、项目实施及管理情',
      '2022-重庆-丰都县融媒体中心-项目支出:17 (二)项目资金情况。意义,',
      '2022-重庆-忠县金声乡农村综合改革-转移支付:38 梨子圆50亩',
      '2022-陕西-陕西省应急管理厅-部门整体:12 衔接驻映解放军和武警部队',
      '2023-不详-妇幼健康相关项目-项目支出:3 根据市省市有关文件规定',
      '2023-云南-云南省应急管理厅应急管理领域中央转移支付-转移支付:18 (第一批森林火灾救灾补助)通知》',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2023-云南-富民县大营街道大鱼塘示范村提质增效-项目支出:6 大渔塘片区',
      '2023-云南-弥勒市住建局农村危房改造-项目支出:17 2023年度农村改造和抗震安居工程建设兑付资金',
      '2023-云南-施甸县图书馆-部门整体:9 图书资料馆4员人',
      '2023-云南-施甸县图书馆-部门整体:11 公益事业发展定的绩效指标',
      '2023-云南-施甸县图书馆-部门整体:15 事业运行发经费',
      // session 31's rotation of session 29's set 16: a word written twice in the wrong place (绩效事前绩效评估) and a word that
      // makes no sense there (管理党风相关工作, the template's 管理等相关工作), not read yet
      '2023-云南-河口县委党校-项目支出:20 开展绩效事前绩效评估工作',
      '2023-云南-红河州第二人民医院基本公卫州级补助-转移支付:19 将0毛岁儿童',
      '2023-云南-红河州第二人民医院基本公卫州级补助-转移支付:33 宜传',
      '2023-云南-红河州粮食和物资储备局-项目支出:12 冻猪肉储备调解机制',
      '2023-云南-红河州粮食和物资储备局-项目支出:12 收储库存量的不低于总规模的70%',
      // session 27's first set, as above
      '2023-云南-腾冲市应急管理局冬春救助救灾资金-转移支付:8 《财政部 应急管理部关于印发< 中央自然灾害救灾 资金管理暂行办法> 》',
      '2023-云南-腾冲市应急管理局冬春救助救灾资金-转移支付:11 《财政部 应急管理部关于印发< 中央自然 灾害救灾资金管理暂行办法> 》',
      '2023-内蒙古-巴彦淖尔市生态环境局-转移支付:5 将该笔资金下拨至乌拉特前旗和乌拉特后旗,“巴彦淖尔市乌拉特前旗污染地块土壤污染状况详细调查”(272万元)',
      '2023-安徽-怀远生态环境分局-自评表:5 对部分群众反应强烈',
      '2023-安徽-绩溪县教体局特殊教育-转移支付:31 福䘵贝尔教具',
      '2023-河北-围场县人民法院-部门整体:8 围场县满族蒙古族自治县人民法院',
      '2023-河北-围场县人民法院-部门整体:27 (三)部门年度体收支情况',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2023-浙江-龙游县农村幼儿园提升改造专项债-项目支出:23 良好地教育福音',
      // session 27's rotation of its second set (round 9): not read yet
      '2023-海南-儋州市兰洋镇财政衔接资金-转移支付:27 给予公开如下',
      '2023-甘肃-平凉市公共文化服务体系资金-转移支付:13 《关于下达2023年中公共文化服务体系建设专项资金的通知》',
      // session 39's rotation of set 23: a contents entry cut short (保山水务局 2024: 一、主要职 for 主要职责), not read yet
      '2024-云南-保山市水务局-部门整体:24 一、主要职',
      '2024-云南-昌宁县殡葬服务中心-部门整体:17 破除封建明信',
      '2024-安徽-宣城旅游学校现代职业教育质量提升计划-转移支付:6 用于改善学校教育学校办学条件',
      '2024-安徽-宣城旅游学校现代职业教育质量提升计划-转移支付:13 用于改善学校教育学校办学条件',
      '2024-安徽-宣城旅游学校现代职业教育质量提升计划-转移支付:19 用于改善学校教育学校办学条件',
      // session 27's first set, as above
      '2024-安徽-潘集区送戏进万村-项目支出:10 群众对经典老戏独有情中',
      '2024-安徽-舒城县科学技术局-部门整体:7 相关经办,人员',
      '2024-广东-徐闻县政务服务和数据管理局-部门整体:13 公共资源交易平台管理党风相关工作',
      // session 35's set 21: 治区 (自治区 that lost its 自 at a line's start), a sentence cut at 钦州市林业 (its 局 lost), 关用于 (a
      // stray 用 in 关于: the line's 中共中夹 is found) and a letter l for 1 before 、, not read yet
      '2024-广西-钦州市林业局增发国债项目资金-转移支付:25 治区下达我市',
      '2024-广西-钦州市林业局增发国债项目资金-转移支付:31 分解下达到钦州市林业',
      '2024-湖南-南县应急管理局-部门整体:12 突发事件应急数援',
      '2024-湖南-南县文化馆-部门整体:6 成立了以长为组长的',
      '2024-湖南-赫山区城市管理局-部门整体:4 关用于',
      '2024-湖南-赫山区城市管理局-部门整体:9 l 、 局机关内设股室',
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '2025-吉林-白城中医院异地新建专项债-项目支出:26 此报告。',
      '2025-河南-固始县段集镇乐道冲村野菊花加工-项目支出:5 机械设)',
      // session 44's rotation of set 36: letters for the digits of 110 (IlO), not read
      '20xx-不详-XX县司法局普法宣传法治创建-专项资金:3 在职IlO人',
      '20xx-不详-办公楼维修项目-项目支出:36 政府综合办公楼修维维护',
      // session 31's rotation: 杜絕腐 (杜绝腐败, its 败 lost) on a mirror's traditional lines, not read yet
      '20xx-不详-某区乡村振兴衔接资金-转移支付:8 集體研究杜絕腐',
      '20xx-不详-某区文化局两馆一站免费开放-专项资金:11 免费开放工作的看法',
      // session 38's rotation (set 22): a 、 for the decimal point of an amount (167、00萬元), and 的 for 地 before a verb on a
      // page not recognised as a report (西区 青少年活动中心: an essay site titles it 事前绩效评估报告), not read yet
      '20xx-云南-保山市乡村振兴局脱贫成果巩固-项目支出:17 經(jīng)費167、00萬元',
      '20xx-云南-呈贡区人大-部门整体:16 车辆2张', // session 42's rotation of set 26: a wrong measure word, not read
      '20xx-云南-红河州红十字会-部门整体:5 提起供紧急救援',
      '20xx-四川-西区青少年活动中心-部门整体:13 有序的開展各項(xiàng)工作',
      // session 29's rotation of session 28's set 14, as above
      '20xx-广东-湛江某污水处理厂及管网配套工程-项目支出:12 “ ^一五”规划',
      // session 44's rotation of set 34: a 床 lost (开放病300张), not read
      '20xx-湖南-县中医医院-部门整体:9 实际开放病300张',
      '20xx-湖南-桂阳县公路建设养护中心四好农村公路-项目支出:10 全部到位并当年“四好农村公路”建设工程',
      '20xx-湖南-永兴县教育专项资金-专项资金:26 全县教职工的工职福利',
      '20xx-湖南-省文旅厅公共文化服务体系-转移支付:21 为我省底所辖888个乡镇',
      '20xx-湖南-长沙县农产品质量安全监管-项目支出:17 縣財政投入,10萬元', // session 43's rotation of set 30: a stray comma, not read
      // session 32's rotation (sets 17 and 18): a one-off misspelling or a lost word, not read yet
      '不详-不详-某校智慧校园建设-专项资金:27 财科务',
      '不详-广西-河池市耕地质量定点监测-项目支出:30 评估耕地士康的承载能力',
      '不详-湖南-湘阴县残疾人联合会-项目支出:19 和服務(wù)工,指導',
    ]);
    // 73 since session 14 (67 at its start) (宝坻 2019's 2.2%。, annotated after the checker ran, included); 81 with the 8 of
    // session 14's rotated texts read since (none was read when they were rotated in)
    // 82 with the one typo of session 15's rotated texts (session 14's second measured set) found; 88 with 2024底 and 漳平's 5
    // 82 with the one typo of session 15's rotated texts (session 14's second measured set) found
    // 90 with session 15's readings: 行驶 before a power (行驶解释宪法, twice), 依具, 做为, 暂行方法, 全民阅读 named as an
    // activity (data, pairs of the 公文 typo lists) and an issuer cut before 关于 (《云南省林业和草原关于, issuer-cut.ts)
    // 91 with 退人人员 (a set phrase's character written as its neighbour's copy, phrase-slip.ts); 92 with 更好的确保 (确保,
    // never a noun, after an adverb and 的: de-for-di.ts's `whole` verbs)
    // 93 with 东川区人办公室 (a body's name after its place cut inside a word, body-name-cut.ts)
    // 99 with both session 15 branches merged (2024底 and 漳平's traditional characters and look-alikes among them)
    // 101 with session 16's rotation: 五指山 2020's 我市2020预算项目 and 埇桥 2021's 提前下达2021省级 (a year without 年)
    // 104 with a year of the evaluation year's time before a word (岐山 2023, 沅江党校 2023) and 2020人口普查 (五指山 2020)
    // 106 with 42.59万元亩 and 66.81万元亩 (永兴 2020: 元 then a unit, malformed-figure.ts)
    // 107 with 通知》求, (海南种子总站 2020: 》要求 before a clause mark, data)
    // 108 with 人力资源社会资源保障 (泸西妇联 2021: a set phrase's earlier word written again between two of its words)
    // 109 with 临沧红十字会 2022's 我对2022年度… (我 opening a clause before 对: the unit's short name lost)
    // 110 with session 16's second rotation (沅江 红十字会 2020's 2020财政下达)
    // 112 with session 17's rotation (保山政府办 2017's 更好的做好, 寻甸 2024's 为确实做好)
    // 115 with 临沂国土 2018's 挃标 and 戒 (a PDF's glyph swaps) and 大足电子政务 2020's IO0% (letters for digits)
    // 116 with session 17's second rotation (平凉 2023's 2023中央, a year without 年 in a cited title)
    // 119 with session 19's rotation (固镇 20xx's 公共文体化, a character typed in)
    // 121 with a committee's name that lost its 会 (六安妇幼 2021's 市卫生健康委员、, 六安信访 2023's 人民调解委员10万元)
    // 123 with session 22 round 2's 口0.75分 (六安妇幼 2021) and 2021年I月 (临湘文旅 2021)
    // 125 with session 24's rotation, 130 with its typos listed; 135 with its second set's (不动登记, 年未在职, 设施设项目)
    // 139 with session 24's third set (群从团体, 决义案, 军民两技术, 序列项目支出: data)
    // 144 with session 25's rotation of its fourth set (张店's 更好的满足; 签定, 资金拉用, 整治素质, 绿色防空: data)
    // 146 with session 25's fifth set (南昌退役军人 2020's 2020度 and 202012月)
    // 147 with its sixth set (景东 2018's heading (四)2018部门整体支出绩效自评报告, a year without 年度)
    // 156 with session 26's set (进行一步完善 here and in 共青团保山 2019, 改建建议, 总体布属, 公交I卡, 人生意外险: data; 蒙自's and 蚌埠's years without 年, 岳阳水利's ,,)
    // 158 with session 26's second set (郴州科协's 20213月, 舒城's 项自内容)
    // 159 with session 26's third set (玄马's 我高度重视, a 局 lost after 我)
    // 162 with session 27's first set (开远广电's 为确实做好, 南县就业's and 奉化's years without 年)
    // 168 with session 27's data (湘西's three 部门(部门), 娄星's 资金管理法》, 屏边's 运行维工作, 益阳's 在职干职工)
    // 170 with session 29's reading through traditional script (巴彦's 做為, 涟源's 為確實做好)
    // 173 with session 30's rotation of session 28's set 15 (嵩明's 专线扶贫: data; 隆阳 河图's (四)2018部门整体… and 南昌县's
    // 有效的保障了, read as they were)
    // 175 with session 31's rotation of session 29's set 16 (海淀 学院路's 更好的服务于: de-for-di's whole verbs; 昌宁 执法局's
    // 有关事的通知: data)
    // 178 with session 32's rotation of sets 17 and 18
    // 179 with session 34's rotation of set 20 (望岳路 2021's 综合减仓示范社区: data)
    // 183 with session 35's data (截流、挪用, 过度性安置, 对像, 即定 read through a mirror's glosses)
    // 185 with session 35's set 21 (赫山城管 2024's 中共中夹 and 负贵: data)
    // 192 with session 40's set 24 (红河人大's 绩效自价 and 报告以下, 兴义镇's 一般公共性预算: data) and the half-width stops after a
    // figure (兴义镇 2022, 龙感湖 2023 twice, 基础数据表 2018's lines 44 and 56: half-width-stop.ts)
    // 200 with session 41's set 25 (经开区 扶贫资金 2021's 管理方法 and 绩效评价方法 before their 文号, and its 顺当: data; its line
    // 11 read past the essay site's blurb run into its title, debris/blurb-end.ts)
    // 202 with session 42's sets 26 and 27 (开远编办's 人民团休, 县交通局's 收益对象: data); 204 with its set 28 (保山机关事务 2019's
    // 2019度 and 的 for 地 before 做好)
    // 210 with session 43's set 30 (新邵 司法局's 决胜全面建设小康社会, 发改委 前期经费's 建全项目, 亳州's 各施其職: data; 长春
    // 一五〇中学's ○ for 〇, three times, where its title writes 〇: circle-zero.ts)
    // 213 with session 43's sets 31 and 32 (中方 文物所's 有条不紊的进行: data; 铜陵 残联's 拔付 and 下拔, found on its page read as
    // a report here)
    // 214 with session 44's set 33 (石峰疾控 2020's 預算收支出情況: data); 217 with its set 34 (湘西民院's 部门整体指出: data;
    // 县中医医院's 支出万元3018.1万元 and 发改委 前期经费's 结余万元9.18万元, a unit written twice: glued-digits.ts)
    // 219 with its set 35 (保山市政府办 2018's 为更好的做好, 的 for 地: de-for-di.ts; 宏宇小学's 截留、卡扣: data)
    // 220 with its set 36 (蒙城 招商 2023's 20231-12月, a year run into a range of months: glued-digits.ts)
    assert.equal(s.found.length, 220);
    // 丰泽 (rotated into tune in session 11): the doubled 。 is in a sharing site's terms, page furniture deleted whole;
    // 海南琼中 2024: the second area in m on lines 10 and 12 (占地面积约为4978.48m), which the line's annotation names in its note
    // 四川住建厅 2019 and 元阳融媒体 2022: glued-digits' date that lost its 年 (201910月, 202212月), annotated as chinese-date
    // on the same line (not reached by this test while the missed list above was stale)
    // 漳平 2017 (session 15's rotation): two dates that lost their 年 (20177月, 20178月), annotated as chinese-date; 海南高院 2020:
    // a year that lost its 年 before a quote (现将我院2020“综合事务”…), annotated as chinese-date (session 15); 霍山医保 2024:
    // the second 更好的确保 of line 21, in the row's other cell, which the line's one annotation names in its note
    // 海南交通 2021 (session 16's second rotation): 20205月, a date that lost its 年, annotated as chinese-date on the line
    // session 17's second rotation (session 17's measured set): 惠州 2021's 2021部门整体 (no 年度) in a sharing site's file name repeated
    // eight times on three lines, which its reader did not annotate: one finding per copy
    assert.deepEqual(s.falseAlarms, [
      // session 25's rotation of its fourth set: a form's cells flattened with their 、 doubled (2、、, 3、。, 大通湖 2016) and
      // 2023绩效自评范围 (怀化 2023, a year without 年度 inside the sentence its reader held for its count): right on reading, not
      // annotated
      '2016-湖南-大通湖区植保项目-自评表:24 [、、]',
      '2016-湖南-大通湖区植保项目-自评表:26 [、。]',
      // session 30's rotation of session 28's set 15: 嵩明 2017's 2、、取水口, a sharing site's chunk number glued before the list's own
      // 、 (annotated debris, found there)
      '2017-云南-嵩明县财政专项扶贫资金-专项资金:2 [、、]',
      // session 26's rotation of its own set: 南岳's 衡阳市市财政局, a doubled 市 its reader annotated as repeated-word (found there),
      // which typo reads as 市级财政
      '2017-湖南-南岳区文物局-部门整体:1 [市市财政]',
      '2017-福建-漳平市城市执法局道路清扫保洁-项目支出:7 [20177月]',
      '2017-福建-漳平市城市执法局道路清扫保洁-项目支出:7 [20178月]',
      // session 29's rotation of session 28's set 14: 景洪's heading (四)2018部门整体支出绩效自评报告, a year without 年度 its reader
      // left
      '2018-云南-景洪市公安局部门决算-部门整体:34 [2018]',
      '2019-四川-四川省住房和城乡建设厅省级城镇保障性安居工程-专项资金:27 [201910月]',
      '2020-海南-海南省高级人民法院综合事务-项目支出:87 [2020]',
      '2021-海南-海南省交通运输厅新能源公交车运营补助-转移支付:3 [20205月]',
      '2022-云南-元阳县融媒体中心-部门整体:37 [202212月]',
      '2023-湖南-怀化市交通运输局-项目支出:15 [2023]',
      // session 24's rotation: 绥宁 2023's :、 and ;、 where a sharing site lost the list's numbers, which its reader left out
      '2023-湖南-绥宁县图书馆-部门整体:4 [:、]',
      '2023-湖南-绥宁县图书馆-部门整体:4 [;、]',
      '2023-湖南-绥宁县图书馆-部门整体:4 [;、]',
      // session 26's rotation of session 25's sixth set: a list's ; written twice, annotated enumeration-separator (the accuracy
      // script counts it there)
      // session 31's rotation of session 29's set 16: 寻甸 七星镇's 20255月, a date that lost its 年, annotated as chinese-date
      // on the line (found there), as 海南交通's
      // session 34's rotation of set 19: 宁德 人才驿站 2023's ,, (a mirror wrote each of its breaks so; the rule reads three of
      // them), real doubled commas of the page its reader did not annotate
      '2023-福建-宁德某市人才驿站补助资金-项目支出:1 [,,]',
      '2023-福建-宁德某市人才驿站补助资金-项目支出:1 [,,]',
      '2023-福建-宁德某市人才驿站补助资金-项目支出:1 [,,]',
      '2024-云南-寻甸县七星镇-部门整体:33 [20255月]',
      '2024-安徽-九华山社会保障局福彩公益金-转移支付:12 [;;]',
      '2024-安徽-霍山县医保局医疗救助补助资金-转移支付:21 [的]',
      // session 35's set 21: 罗湖 慈善超市 2024's 较好的保障了我区困难群众基本生活, 的 before a verb with its 了 (地), right on
      // reading and left unannotated by its reader
      '2024-广东-罗湖区慈善超市线上线下服务项目-项目支出:13 [的]',
      '2024-海南-海南中部绿色产业园投资发展有限公司-项目支出:10 [4978.48m]',
      '2024-海南-海南中部绿色产业园投资发展有限公司-项目支出:12 [4978.48m]',
      // session 32's rotation: a doubled mark annotated repeated-word, which the accuracy script counts for typo
      '不详-甘肃-甘谷县委政法委雪亮工程-项目支出:20 [。。]',
      // session 32's rotation: a doubled mark annotated repeated-word, which the accuracy script counts for typo
      '不详-甘肃-甘谷县委政法委雪亮工程-项目支出:21 [,,]',
    ]);
    // 怀化 2023: the year without 年度 above stands inside the sentence its reader held for its count (1 + 6 + 1 = 8)
    assert.deepEqual(s.onHolds, [
      '2023-湖南-怀化市交通运输局-项目支出:15 此次纳入2023绩效自评范围预算单位8个,其中:全额拨款行政单位1个、全额拨款事业单位6、差额拨款事业单位1',
    ]);
  });

  test('股寺 → 股室 (南县发改局 2021): a warning with a safe fix', () => {
    const text = tuneText('2021-湖南-南县发展和改革局-部门整体');
    const fs = findingsAsReport(text, RULE);
    assert.equal(fs.length, 1);
    const f = fs[0] as Finding;
    assert.equal(spanText(text, f), '股寺');
    assert.equal(f.message.zh, '错别字：「股寺」应为「股室」');
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('评估督导股室14个职能股室'));
  });
});

describe('typo: pairs from 公文 typo lists and the 拔/拨 confusion (issue 14 part 7)', () => {
  test('楼梯馆所 (雨花区发改局 2022, tune corpus) → 楼堂馆所', () => {
    const text = tuneText('2022-湖南-雨花区发展和改革局-部门整体');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['楼梯馆所'],
    );
    assert.ok(applyFix(text, fs[0] as Finding).includes('没有楼堂馆所项目的部门'));
  });

  test('布署, 步署, 按步就班, 拔入, 划拔 (made up, in report wording)', () => {
    const text = withBody('我局及时布署、步署工作，按步就班推进；资金已拔入专户，按规定划拔到位。部署有力，资金按时拨付。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => f.message.zh),
      ['布署', '步署', '按步就班', '拔入', '划拔'].map((w) => {
        const right = { 布署: '部署', 步署: '部署', 按步就班: '按部就班', 拔入: '拨入', 划拔: '划拨' }[w];
        return `错别字：「${w}」应为「${right}」`;
      }),
    );
  });
});

describe('typo: the list', () => {
  const list = JSON.parse(readFileSync(join(ROOT, 'server/src/engine/rules/data/typo.json'), 'utf8')) as {
    typos: { wrong: string; right: string; source: string; followedBy?: string[]; title?: boolean }[];
  };

  test('every entry says where it was seen, and differs from its correction', () => {
    for (const t of list.typos) {
      assert.ok(t.source.length > 10, t.wrong);
      assert.notEqual(t.wrong, t.right);
    }
  });

  test('every entry is found and fixed in a sentence (made up, in the 2023 report wording)', () => {
    // a heading-only entry is tried as a heading (below); one bound to the words after it, before the first of them
    for (const t of list.typos.filter((x) => !x.title)) {
      const next = t.followedBy?.[0] ?? '';
      const text = withBody(`我局严格按照${t.wrong}${next}要求办理。`);
      const fs = findingsOf(text, RULE);
      assert.deepEqual(
        fs.map((f) => spanText(text, f)),
        [t.wrong],
      );
      assert.ok(applyFix(text, fs[0] as Finding).includes(`按照${t.right}${next}要求`));
    }
  });

  test('the examples have none; 帐篷 and 及时 are words, not typos', () => {
    for (const name of exampleNames()) assert.deepEqual(findingsOf(readExample(name), RULE), [], name);
    assert.deepEqual(findingsOf(withBody('我局应及时为野外科考队配发帐篷，及时拨付资金，建立健全台账。'), RULE), []);
  });
});

describe('typo: a homophone and a lost 局 seen on the rotated texts', () => {
  test('牟定 2020: 安全生命防护和为桥改造工程 → 危桥改造, safe', () => {
    const text = tuneText('2020-云南-牟定县交通运输局-转移支付');
    const f = findingsAsReport(text, RULE)[0] as Finding;
    assert.equal(spanText(text, f), '为桥改造');
    assert.ok(applyFix(text, f).includes('安全生命防护和危桥改造工程'));
  });

  test('徐闻 2024: 《徐闻县财政关于开展…的通知》 → 县财政局关于', () => {
    const text = tuneText('2024-广东-徐闻县前山镇人民政府-部门整体');
    const f = findingsAsReport(text, RULE)[0] as Finding;
    assert.ok(applyFix(text, f).includes('《徐闻县财政局关于开展2024年度县级财政资金绩效自评工作的通知》'));
  });

  // made up, in the 2023 report wording: 为 ends 因为, the bureau named in full
  for (const body of ['因为桥改造工程延期，部分资金结转下年使用。', '根据《湛江市财政局关于开展绩效自评工作的通知》要求。']) {
    test(body, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('typo: entries bound to their context (issue 14 §7)', () => {
  test('会宁 2021 (tuning text): 按规定表明宣传标识 → 标明, safe', () => {
    const text = tuneText('2021-甘肃-会宁县财政局-专项资金');
    const f = fs1(text, '表明');
    assert.ok(applyFix(text, f).includes('按规定标明宣传标识'));
  });

  test('河北省水利厅 2022 (tuning text): 偏离原定绩效目标是,及时采取措施 → 时', () => {
    const text = tuneText('2022-河北-河北省水利厅-转移支付');
    const f = fs1(text, '偏离原定绩效目标是');
    assert.ok(applyFix(text, f).includes('偏离原定绩效目标时,及时采取措施'));
  });

  test('海南省商务厅 2023 (tuning text): the heading 一、项目概括 → 项目概况', () => {
    const text = tuneText('2023-海南-海南省商务厅-项目支出');
    const f = fs1(text, '项目概括');
    assert.ok(applyFix(text, f).includes('一、项目概况\n'));
  });

  test('the same words right where they stand (made up, in report wording): nothing flagged', () => {
    for (const body of [
      '评价结果表明，项目资金使用规范，表明宣传工作取得实效。',
      '经核查，项目未偏离绩效目标，偏离绩效目标是否及时纠偏已纳入监控。',
      '现将项目概括如下：全年完成造林1.2万亩。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: 截流, 过度性安置, 对像, 即定, 中共中夹, 负贵 — confusions read on the tuning texts (session 35)', () => {
  test('海南 学生资助 2016, 保山地震局 2021, 乐亭 2021 (tuning texts): each read and fixed to the right word', () => {
    for (const [name, wrong, right] of [
      ['2016-海南-学生资助专项项目-项目支出', '截流', '不存在截留、挪用项目资金情况'],
      ['2021-云南-保山市地震局-部门整体', '过度性安置', '参与地震灾后过渡性安置'],
      ['2021-河北-乐亭县市场监管局-自评表', '对像', '检查监管对象1590户'],
    ] as const) {
      const text = tuneText(name);
      assert.ok(applyFix(text, fs1(text, wrong)).includes(right), name);
    }
  });

  test('赫山城管 2024 (set 21, rotated into tune in session 35): 中共中夹 and 负贵, a PDF’s look-alikes, fixed', () => {
    const text = tuneText('2024-湖南-赫山区城市管理局-部门整体');
    assert.ok(applyFix(text, fs1(text, '中共中夹', ['负贵'])).includes('《中共中央国务院关用于'));
    assert.ok(applyFix(text, fs1(text, '负贵', ['中共中夹'])).includes('负责职责范围内'));
    assert.deepEqual(findingsOf(withBody('其中夹杂少量往年结转资金，已一并核算。'), RULE), []);
  });

  test('泉眼镇 20xx (tuning text, a mirror in traditional script): 即定發(fā)放目標, its context word read through the glosses', () => {
    const text = tuneText('20xx-不详-泉眼镇雨露计划补助资金-专项资金');
    assert.ok(applyFix(text, fs1(text, '即定')).includes('既定發(fā)放目標'));
  });

  test('made up: the same characters right where they stand — nothing flagged', () => {
    for (const body of [
      '完成河道截流工程1处，截流后水位稳定。',
      '针对像留守儿童这样的困难群体，加大帮扶力度。',
      '面对像汛期这样的考验，及时调度。',
      '资金下达后随即定于3月开展培训。',
      '防止资金过度集中，合理安置受灾群众。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
    const flagged = withBody('严禁截留、挪用资金，服务对像满意度95%，实现即定目标。');
    assert.deepEqual(
      findingsOf(flagged, RULE).map((f) => spanText(flagged, f)),
      ['对像', '即定'],
    );
  });
});

describe('typo: the unit’s name without its first character', () => {
  test('徐闻 2024 (tuning text): 闻县前山镇人民政府 where 评价单位(公章) is 徐闻县前山镇人民政府', () => {
    const text = tuneText('2024-广东-徐闻县前山镇人民政府-部门整体');
    const f = fs1(text, '闻县前山镇人民政府', ['县财政关于']);
    assert.ok(f.message.zh.includes('「徐闻县前山镇人民政府」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('部门职能情况。徐闻县前山镇人民政府为徐闻县财政局下的行政单位'));
  });

  test('the full name, and a name a PDF line break cut after its first character, are not flagged (made up)', () => {
    const text = tuneText('2024-广东-徐闻县前山镇人民政府-部门整体').replace('。闻县前山镇人民政府为', '。徐\n闻县前山镇人民政府为');
    assert.deepEqual(
      findingsAsReport(text, RULE).map((f) => spanText(text, f)),
      ['县财政关于'],
    );
  });
});

describe('typo: character confusions bound to a context that makes them certain (issue 14 §7)', () => {
  test('2018 基础数据表 (tuning text): 年初结余未19.8万元 → 结余为, 年未结余数 → 年末结余数', () => {
    const text = tuneText('2018-不详-部门整体支出绩效评价基础数据表-自评表');
    // the half-width stops after 32万元 (line 44) and 19.8万元 (line 56) are half-width-stop.ts's, with no fix
    const fs = findingsAsReport(text, RULE).filter((f) => f.fix);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['结余未', '年未'],
    );
    const fixed = fs.reduce((t, f) => applyFix(t, f), text);
    assert.ok(fixed.includes('年初结余为19.8万元;'));
    assert.ok(fixed.includes('年末结余数19.8万元.'));
  });

  test('南县就业服务中心 2023 (tuning text): 主要用城乡就业工作开展方面 → 主要用于', () => {
    const text = tuneText('2023-湖南-南县就业服务中心-项目支出');
    const f = fs1(text, '主要用');
    assert.ok(applyFix(text, f).includes('5万元,主要用于城乡就业工作开展方面;'));
  });

  test('年未 in prose (元阳 2021: 项目本年未整体竣工验收; 虎林 2021: 当年未使用), and 未 before a verb: silent', () => {
    for (const slug of ['2021-云南-元阳县大坪乡人民政府-项目支出', '2021-黑龙江-虎林市林业和草原局-转移支付'])
      assert.deepEqual(findingsAsReport(tuneText(slug), RULE), [], slug);
    assert.deepEqual(findingsOf(withBody('当年未结余资金，结余未使用部分已上缴，余额未超过预算。'), RULE), []);
  });

  test('主要用 before 于, 在, a noun it begins (主要用户, 用电, 用水), or no Chinese: silent (made up)', () => {
    for (const body of [
      '资金主要用于设备购置，主要用在项目建设上。',
      '主要用户为各县区，主要用电单位为机关。',
      '主要用水量逐年下降，采用什么方式主要用。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('a heading ending in 概括 (（一）项目基本概括) → 概况; 基本概括起来 in prose is not flagged (made up)', () => {
    const text = cleanReport({ bodies: { 'basic-functions': '（一）项目基本概括\n\n项目基本概括起来有三点。' } });
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['基本概括'],
    );
    assert.ok(applyFix(text, fs[0] as Finding).includes('（一）项目基本概况\n'));
  });

  test('陪训练, 一贯切实, 供给于, 天赋于, 险峻工段: the forms end or begin other words (made up)', () => {
    assert.deepEqual(findingsOf(withBody('安排教练陪训练，一贯切实履行职责，优先供给于基层，天赋于人，山势险峻工段多。'), RULE), []);
  });
});

/** The one finding of the rule on a tuning text (but those on `others`), on `bad`, with a safe fix. */
function fs1(text: string, bad: string, others: string[] = []): Finding {
  const fs = findingsAsReport(text, RULE).filter((f) => !others.includes(spanText(text, f)));
  assert.deepEqual(
    fs.map((f) => spanText(text, f)),
    [bad],
  );
  const f = fs[0] as Finding;
  assert.equal(f.fix?.safe, true);
  return f;
}

describe('typo: figures run together and slips in fixed finance terms (issue 14, session 9)', () => {
  test('四川住建厅 2019: 截至201912月 → 2019年12月, and 列入201930件民生实事 → 2019年30件, safe', () => {
    const text = tuneText('2019-四川-四川省住房和城乡建设厅-转移支付');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['201930件', '201912月'],
    );
    assert.ok((fs[1] as Finding).message.zh.includes('「2019年12月」'), (fs[1] as Finding).message.zh);
    assert.ok(applyFix(text, fs[0] as Finding).includes('将其开工列入2019年30件民生实事'));
    assert.ok(applyFix(text, fs[1] as Finding).includes('截至2019年12月,全省'));
  });

  test('施甸文旅 2024: 文管所3二级单位 (a digit before a Chinese numeral: no fix, it asks) and 基本支出就5967100.39元 → 为', () => {
    const text = tuneText('2024-云南-施甸县文化和旅游局-部门整体');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['3二', '基本支出就'],
    );
    assert.equal(fs[0]?.fix, undefined);
    assert.ok(fs[0]?.message.zh.includes('「3二级」'), fs[0]?.message.zh);
    assert.ok(applyFix(text, fs[1] as Finding).includes('其中:基本支出为5967100.39元'));
  });

  test('绥芬河 2022: 到县街接资金 → 衔接资金', () => {
    const text = tuneText('2022-黑龙江-绥芬河市衔接资金-转移支付');
    const f = fs1(text, '街接');
    assert.ok(applyFix(text, f).includes('到县衔接资金安排使用'));
  });

  test('made up, in report wording: a date that lost its 月 (2019年1231日) or its 日 (截至2019年12月31，)', () => {
    const text = withBody('截至2019年12月31，我局完成支出；2020年1231日前全部拨付，2021年115日起执行。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['2019年12月31', '2020年1231日', '2021年115日'],
    );
    assert.ok(applyFix(text, fs[0] as Finding).includes('截至2019年12月31日，'));
    assert.ok(applyFix(text, fs[1] as Finding).includes('2020年12月31日前'));
    // 115 is 1月15日 or 11月5日: asked, not corrected
    assert.equal(fs[2]?.fix, undefined);
  });

  test('figures and words that are right where they stand (made up, in report wording): nothing flagged', () => {
    for (const body of [
      '截至2019年12月31日，累计支出201912元，完成20193户改造。',
      '详见附件3四川省财政厅文件，共3个二级单位、2个三级项目。',
      '全年支出1.5万元，其中2019年12月支出0.3万元，2020年1月支出1.2万元，落实2019年30件民生实事。',
      '仅基本支出就5967100.39元，项目支出为1719355.94元。',
      '2023年1月15至20日、3月5和6日开展培训，2023年12月31日前完成，2023年12月份支出10万元，2023年3月1号验收。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: shapes that generalise — two clause marks together, a year that lost its 年 (session 10)', () => {
  test('旌德 2021 (tuning text): 维修养护,,覆盖服务人口 → one comma, safe', () => {
    const text = tuneText('2021-安徽-旌德县农业农村水利局-转移支付');
    const f = fs1(text, ',,');
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('维修养护,覆盖服务人口'));
  });

  test('南昌 2022 (tuning text): 3000 平米;,编撰 — two different marks ask which one, no fix', () => {
    const text = tuneText('2022-江西-南昌市烈士陵园管理处-项目支出');
    const f = only(findingsAsReport(text, RULE));
    assert.equal(spanText(text, f), ';,');
    assert.equal(f.fix, undefined);
    assert.ok(f.message.zh.includes('「;,」'), f.message.zh);
  });

  test('湖北科技学院 2021 (tuning text): 对照2021度本专科生 → 2021年度, safe', () => {
    const text = tuneText('2021-湖北-湖北科技学院本专科生奖助学金-项目支出');
    const f = fs1(text, '2021度');
    assert.ok(f.message.zh.includes('「2021年度」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('对照2021年度本专科生奖助学金项目'));
  });

  test('made up, in report wording: doubled and mixed marks, and years that lost 年', () => {
    assert.deepEqual(written('全年支出资金120万元，，完成目标；，其中2023度部门预算执行率100%、、资金到位率100%：，2022度项目已结转。。'), [
      '，，',
      '；，',
      '2023度',
      '、、',
      '：，',
      '2022度',
      '。。',
    ]);
  });

  test('寻甸 2024 (tuning text): 2024底 → 2024年底; 海南高院 2020: 现将我院2020“综合事务”… → 2020年, safe', () => {
    const xd = tuneText('2024-云南-寻甸县档案馆-部门整体');
    const f = fs1(xd, '2024');
    assert.ok(f.message.zh.includes('「2024年底」'), f.message.zh);
    assert.ok(applyFix(xd, f).includes('2024年底'));
    const hn = tuneText('2020-海南-海南省高级人民法院综合事务-项目支出');
    assert.ok(applyFix(hn, fs1(hn, '2020')).includes('现将我院2020年“综合事务”'));
  });

  test('made up: a year that lost 年 before 初 or a title mark; a year with its 年, a count and a code are right', () => {
    assert.deepEqual(written('计划于2025初完工，依据2024《管理办法》执行。'), ['2025', '2024']);
    for (const body of ['2024年底前完成，2020年“综合事务”项目。', '“2020”行动，共2024《读本》册。', '编号12024底稿、2024-“一网通办”。'])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('made up: a full-width mark typed three times is one finding, fixed to one', () => {
    const text = withBody('全年支出资金120万元，，，完成目标。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '，，，');
    assert.ok(applyFix(text, f).includes('120万元，完成目标'));
  });

  test('made up, right where they stand: a run of empty cells, decimals, 度 as a unit, nothing flagged', () => {
    for (const body of [
      '项目名称,,,,金额,,,,',
      '全年节约用电2000度，用电约2021度，月均用电2050度电费下降。',
      '温度保持在2030度以上，2020度左右，2023年度预算执行率100%。',
      '时间为10:30，共1.5万元。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: traditional characters in a simplified text (session 15)', () => {
  test('漳平 2017 (tuning text): 區, 關 and 責 on line 7, each with its simplified form and a safe fix; 偅要 and 爿区 look-alikes', () => {
    const text = tuneText('2017-福建-漳平市城市执法局道路清扫保洁-项目支出');
    const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('繁体字'));
    assert.deepEqual(
      fs.map((f) => [spanText(text, f), f.fix?.edits[0]?.newText, f.fix?.safe]),
      [
        ['區', '区', true],
        ['關', '关', true],
        ['責', '责', true],
      ],
    );
    assert.equal(fs[0]?.message.zh, '「區」是繁体字，本文用的是简体：应为「区」');
    const texts = findingsAsReport(text, RULE).map((f) => spanText(text, f));
    assert.ok(texts.includes('偅要') && texts.includes('爿区'), texts.join(', '));
  });

  test('pages a mirror converted to traditional script get no finding per character (保亭, 南岳 2020, 四好农村路 2021, 黄冈档案馆 2020)', () => {
    for (const slug of [
      '20xx-海南-保亭县热带果蔬科创基地建设-项目支出',
      '2020-湖南-南岳区民宗局忠烈祠免费开放-自评表',
      '2021-安徽-某市交通运输局四好农村路-项目支出',
      '2020-湖北-黄冈市档案馆-项目支出',
    ]) {
      const text = tuneText(slug);
      assert.deepEqual(
        findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('繁体字')),
        [],
        slug,
      );
    }
  });

  test('made up: a run of traditional characters is one finding (差旅費報銷); 於 is simplified text’s too (《關於…》)', () => {
    const text = withBody('本单位根據《關於开展2023年度绩效自评工作的通知》要求，差旅費報銷按规定执行，现将自评情况报告如下。');
    assert.deepEqual(
      findingsOf(text, RULE).map((f) => [spanText(text, f), f.fix?.edits[0]?.newText]),
      [
        ['據', '据'],
        ['關', '关'],
        ['費報銷', '费报销'],
      ],
    );
  });

  test('made up, right: forms simplified text writes too (著名, 乾坤, 於姓, 瞭望), a name with 昇, a passage in traditional script', () => {
    for (const body of [
      '著名景区乾坤湾的瞭望塔由於先生设计，李昇负责施工。',
      '本单位全年预算执行率100%。\n\n項目績效目標達成情況良好，資金撥付及時。',
    ])
      assert.deepEqual(
        findingsOf(withBody(body), RULE).filter((f) => f.message.zh.includes('繁体字')),
        [],
        body,
      );
  });
});

describe('typo: figures that cannot be read, areas in m (shapes seen on the texts rotated into tune in session 11)', () => {
  test('岳阳县 2020: 7,00.0,77 in the form’s 实际到位 and 实际支出 cells, no fix (the figure is not known)', () => {
    const text = tuneText('2020-湖南-岳阳县农村公路养护中心-项目支出');
    const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '7,00.0,77');
    assert.equal(fs.length, 4);
    assert.ok((fs[0] as Finding).message.zh.includes('数字「7,00.0,77」写法有误'));
    assert.equal((fs[0] as Finding).fix, undefined);
  });

  test('海南琼中 2024: 总建筑面积为68540.39m → 68540.39㎡; m2 and ㎡ are right', () => {
    const text = tuneText('2024-海南-海南中部绿色产业园投资发展有限公司-项目支出');
    const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.startsWith('面积'));
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['68540.39m', '4978.48m', '68540.39m', '4978.48m'],
    );
    assert.ok(applyFix(text, fs[0] as Finding).includes('总建筑面积为68540.39㎡;'));
  });

  // made up, in report wording: groups that are not thousands, a comma in the decimals, an area in M
  for (const [body, shown] of [
    ['项目总投资1,000,00元，已全部到位。', '1,000,00'],
    ['实际支出12,03.5,6万元，执行率100%。', '12,03.5,6'],
    ['新建厂房占地面积约为1200.5M，已完工。', '1200.5M'],
    ['绿化面积共计3,500m，已验收。', '3,500m'],
  ] as const) {
    test(`made up: ${body}`, () => {
      assert.deepEqual(written(body), [shown]);
    });
  }

  // made up, right: thousands, a list of figures a half-width comma separates, a clock, areas in ㎡ / m2 / m², a length in m
  for (const body of [
    '项目总投资1,234,567.89元，已全部到位。',
    '三个项目分别完成1.5,2.5,3万元，均已拨付。',
    '2019,2020年连续两年获评优秀。',
    '接听时间8:00,13:30两个时段。',
    '总建筑面积为68540.39㎡，道路面积4978.48m2，绿化面积300m²，改造面积100m×20m。',
    '新建道路长1100m，宽6m。',
  ]) {
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }

  test('made up: nothing on a line of a sharing site’s terms (丰泽: 侵权必究。。)', () => {
    const body = '1、原创力文档(book118)网站文档一经付费(服务费),不意味着购买了该文档的版权,侵权必究。。';
    assert.deepEqual(findingsOf(withBody(body), RULE), []);
  });
});

describe('typo: 权利事项, 田游, 公程 (rotated into tune in session 11)', () => {
  test('made up, in report wording: each is found and fixed; 办公程序 is right', () => {
    const text = withBody('明晰内部机构设置、权利事项。省田游运动管理中心完成赛事，使公程验收合格率达100%，规范办公程序。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['权利事项', '田游', '公程'],
    );
    const fixed = fs.reduceRight((t, f) => applyFix(t, f), text);
    assert.ok(fixed.includes('权力事项。省田径运动管理中心完成赛事，使工程验收合格率达100%，规范办公程序'));
  });
});

describe('typo: a set phrase that lost characters inside a word (rotated into tune in session 11)', () => {
  test('大足土门 2021: 城乡义务教保障机制 → 城乡义务教育经费保障机制, fixed', () => {
    const text = tuneText('2021-重庆-大足区土门中心小学-项目支出');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '城乡义务教保障机制') as Finding;
    assert.ok(f.message.zh.includes('固定说法是「城乡义务教育经费保障机制」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('2021年城乡义务教育经费保障机制'));
  });

  // made up, in report wording: one character lost, two, three, in other phrases of the list
  for (const [body, shown] of [
    ['本年一般公预算拨款120万元。', '一般公预算'],
    ['全面实施预算绩管理，提高资金效益。', '全面实施预算绩管理'],
    ['巩固拓展脱攻坚成果。', '巩固拓展脱攻坚成果'],
  ] as const) {
    test(`made up: ${body}`, () => {
      assert.deepEqual(written(body), [shown]);
    });
  }

  // made up, right: the whole phrase, a shorter name that drops whole words, a phrase that goes on otherwise
  for (const body of [
    '落实城乡义务教育经费保障机制，全面实施预算绩效管理。',
    '城乡居民医疗保险参保率98%，一般预算收入增长5%。',
    '预算绩效目标管理和预算绩效运行监控。',
  ]) {
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('typo: a year with no 年, 的 for 地, hectares as hmm, look-alikes (rotated into tune in session 12)', () => {
  test('呈贡云大附中 2023 (tuning text): the title 2023部门整体支出绩效评价报告 and 2023全年预算资金 → 2023年, safe', () => {
    const text = tuneText('2023-云南-呈贡区云大附中呈贡中学-部门整体');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['2023', '2023'],
    );
    const f = fs[0] as Finding;
    assert.ok(f.message.zh.includes('「2023年」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('2023年部门整体支出绩效评价报告'));
    assert.ok(applyFix(text, fs[1] as Finding).includes('2023年全年预算资金'));
  });

  // made up, in report wording: a year before a word it qualifies, a year opening a clause before a comma, 的 before
  // a verb with 好 or 了, hectares typed hmm, the look-alikes of the list
  for (const [body, shown] of [
    ['2024全年预算资金120万元，执行率100%。', '2024'],
    ['某某县农业农村局2023项目支出绩效自评报告', '2023'],
    ['对2022转移支付资金开展自评。', '2022'],
    ['2021,县财政局年初安排预算资金80万元。', '2021'],
    ['项目按期推进。2023，全县共完成改造120户。', '2023'],
    ['为切实的做好资金管理，单位成立了领导小组。', '的'],
    ['项目组较好的完成了年度绩效目标。', '的'],
    ['各乡镇积极的落实好补助政策。', '的'],
    ['完成造林面积12.5 hmm，成活率95%。', '12.5 hmm'],
    ['根县政府工作安排，项目按期推进。', '根县'],
    ['全年形票销量增长5%。', '形票'],
    ['着力捉升服务水平。', '捉升'],
    ['规范财政资预算金管理。', '资预算金'],
    ['因由于天气原因，项目延期。', '因由于'],
    ['全体干部攻坚克难，扎实骨干。', '扎实骨干'],
    ['下达资金120万元，其中于30万元用于设备购置。', '其中于'],
    ['公用经费中通迅费2万元。', '通迅'],
    ['严格执行励行节约的规定。', '励行节约'],
    ['坚持历行节约，压减一般性支出。', '历行节约'],
    ['开展项目积效评价。', '积效'],
    ['负责简报编缉工作。', '编缉'],
  ] as const) {
    test(`made up: ${body}`, () => {
      const text = withBody(body);
      const fs = findingsOf(text, RULE);
      assert.deepEqual(
        fs.map((f) => spanText(text, f)),
        [shown],
      );
      assert.ok((fs[0] as Finding).fix?.safe, 'a safe fix');
    });
  }

  // made up, right: a year in a 文号, a range, a month, an edition, a product's name, a count before its unit, a year
  // inside a clause before a comma; 的 before a noun (更好的服务, 有效的推进机制); hm, hm², 扎根县域, 情形, 骨干队伍
  for (const body of [
    '根据《关于印发2023-2025年规划的通知》（财预〔2023〕12号）和2023.12的批复，执行2023版标准。',
    '全年支出2000万元，修复1975处，安装OFFICE2007和阅读器，第2023期简报。',
    '收入合计2023，支出合计2023，结余为0。',
    '为群众提供更好的服务，形成有效的推进机制，取得较好的效果。',
    '完成造林12.5hm，其中经果林3.2hm²。',
    '干部扎根县域一线，面对复杂情形票据管理规范，建设一支扎实骨干队伍，原因由于天气延误。',
    '下达资金120万元，其中于12月拨付80万元，其中于12个村实施。',
    '项目累积效益明显，通讯费2万元，坚持厉行节约，开展绩效评价，负责编辑工作。',
  ]) {
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe("typo: a year of the report's own time with no 年 before a word (session 16)", () => {
  test('岐山 2023 and 沅江党校 2023 (tuning texts): 下达我县2023老年人…, 2023主体班… → 2023年, safe', () => {
    for (const [slug, shown] of [
      ['2023-陕西-岐山县高龄补贴-项目支出', '下达我县2023年老年人生活保健补贴资金'],
      ['2023-湖南-沅江市委党校主体班培训专项-项目支出', '2023年主体班教育培训项目'],
    ] as const) {
      const text = tuneText(slug);
      const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '2023');
      assert.equal(fs.length, 1, slug);
      const f = fs[0] as Finding;
      assert.equal(f.message.zh, '年份「2023」后面少了“年”字：应为「2023年」');
      assert.equal(f.fix?.safe, true);
      assert.ok(applyFix(text, f).includes(shown), slug);
    }
  });

  // made up, in report wording (the clean report's evaluation year is 2023): the year before, the year itself and the
  // year after, each before a word that no count or measure starts with
  for (const [body, shown] of [
    ['下达我县2023老年人补贴资金120万元。', '2023'],
    ['2024主体班培训如期开班。', '2024'],
    ['2022结转资金已全部支出。', '2022'],
    ['完成2022人口普查工作。', '2022'],
  ] as const) {
    test(`made up: ${body}`, () => {
      assert.deepEqual(written(body), [shown]);
    });
  }

  // made up, right: counts and measures (2023人次, 2023万元, 2023户), a school year, a class, an edition, a range, a
  // holiday after 元, an event's name after its year, a form's cells run together (拨款2023其他资金), and a year far from
  // the report's (2019老旧小区: the 2023 report's reading keeps its own time only)
  for (const body of [
    '完成2023人次培训，投入2023万元，惠及2023户，2023学年第一学期开课。',
    '组织2023届毕业生，执行2023版标准，购置2023款车辆，2023至2025年规划，2023元旦慰问。',
    '参加2023中国国际进口博览会和2023世界人工智能大会。',
    '本年财政拨款2023其他资金0元，2023第五届文化节。',
    '2019老旧小区改造项目已完工。',
    // a 自评表 flattened to one line (新洲楚剧团 2020's shape): 分值 20 and 得分 20 glued after a cell written twice, after
    // a figure's unit or %, and before a placeholder row's label
    '质量指标验收合格合格2023指标2:时效指标，满意度95%96%2023群众满意，培训50人次52人次2023主体班，完成2023指标1:无。',
  ]) {
    test(`made up, right: ${body}`, () => {
      assert.deepEqual(findingsOf(withBody(body), RULE), []);
    });
  }
});

describe('typo: 我 opening a clause with the unit’s short name lost (session 16)', () => {
  test('临沧红十字会 2022 (tuning text, line 14): …要求,我对2022年度部门整体支出开展绩效自评 — said, no fix', () => {
    const text = tuneText('2022-云南-临沧市红十字会-部门整体');
    const f = only(findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '我'));
    assert.equal(f.message.zh, '「我对」中“我”后面少了单位的简称：请写明主体，如「我局对」「我单位对」');
    assert.equal(f.fix, undefined);
  });

  test('made up: 我 before 按照 or 严格 opening a clause is read; 我局, 我们, 我国, 自我 are not', () => {
    assert.deepEqual(written('我按照规定拨付资金，我严格执行预算。'), ['我', '我']);
    assert.deepEqual(findingsOf(withBody('我局对资金开展检查，我们对照目标自查，我国对农业实行补贴，坚持自我对照。'), RULE), []);
  });
});

describe('typo: the texts rotated into tune in session 13 — a set phrase cut early, look-alikes', () => {
  test('made up: 现将 + a phrase that lost a character inside a word; whole words left out are a shorter phrase, left', () => {
    assert.deepEqual(written('现将评情况报告如下。'), ['现将评情况报告如下']);
    assert.deepEqual(written('现将绩效自情况汇报如下。'), ['现将绩效自情况汇报如下']);
    assert.deepEqual(written('现将自评情况汇报如下。现将情况报告如下。现将有关情况报告如下。'), []);
  });

  test('made up: 仼, 当于, 群中 — and the words they end or begin rightly', () => {
    assert.deepEqual(written('完成年度仼务；该中心当于正科级；加强群中工作。'), ['仼', '当于', '群中']);
    assert.deepEqual(written('资金应当于年底前拨付，相当于上年的两倍；人群中宣传到位，群众工作扎实。'), []);
  });
});

describe('typo: look-alikes, 确实 for 切实, a doubled 庭, a lost 服 (rotated into tune in session 14)', () => {
  const lookAlikes = (
    JSON.parse(readFileSync(join(ROOT, 'server/src/engine/rules/data/typo.json'), 'utf8')) as {
      lookAlikes: { wrong: string; right: string; words: string[]; source: string }[];
    }
  ).lookAlikes;

  test('every listed word written with its look-alike is found and fixed; written right it is not (made up)', () => {
    // no spoiled form stands for two words (菅养 would be 营养 or 管养: neither is listed)
    const forms = lookAlikes.flatMap((e) => e.words.map((w) => w.replace(e.right, e.wrong)));
    assert.equal(new Set(forms).size, forms.length);
    for (const e of lookAlikes) {
      assert.ok(e.source.length > 10, e.wrong);
      for (const word of e.words) {
        const spoiled = word.replace(e.right, e.wrong);
        const text = withBody(`我局严格${spoiled}各项资金，按时报送。`);
        const f = only(findingsOf(text, RULE));
        assert.equal(spanText(text, f), spoiled);
        assert.ok(applyFix(text, f).includes(`严格${word}各项`), word);
        assert.deepEqual(findingsOf(withBody(`我局严格${word}各项资金，按时报送。`), RULE), [], word);
      }
    }
  });

  test('made up: 营造良好环境 misread as 菅造, 运营 as 运菅, 完成 as 完咸; the look-alikes’ own words are left', () => {
    assert.deepEqual(written('着力菅造良好营商环境，保障项目运菅，全年完咸任务。'), ['菅造', '运菅', '完咸']);
    assert.deepEqual(findingsOf(withBody('严禁草菅人命，咸宁市咸安区老少咸宜，水质变咸。'), RULE), []);
  });

  test('made up: 为确实做好 → 为切实做好; 因为确实做好了 and 确实存在 are right', () => {
    const text = withBody('为确实加强资金管理，我局制定了办法。');
    assert.equal(applyFix(text, only(findingsOf(text, RULE))).includes('为切实加强资金管理'), true);
    assert.deepEqual(findingsOf(withBody('因为确实做好了前期准备，项目确实存在一定困难。'), RULE), []);
  });

  test('made up: 民事审判庭第二庭 → 民事审判第二庭; 审判庭 alone is a chamber’s name', () => {
    const text = withBody('内设民事审判庭第二庭、行政审判庭。');
    assert.equal(applyFix(text, only(findingsOf(text, RULE))).includes('内设民事审判第二庭、行政审判庭'), true);
  });

  test('made up: 为群众务。 lost its 服; 发展务实合作 and 人民务实 are words', () => {
    assert.deepEqual(written('档案馆坚持为群众务，为经济社会发展务。'), ['群众务', '发展务']);
    assert.deepEqual(findingsOf(withBody('推动发展务实合作，为人民务实办事。'), RULE), []);
  });
});

describe('typo: session 14’s tuning texts — a year’s 年 typed 月, a unit before 元, 的 for 地 opening a clause, 必须的', () => {
  test('腾冲畜禽粪污 2019 (tuning text, line 12): 2019年7月—2020月12月 → 2020年12月', () => {
    const text = tuneText('2019-云南-腾冲市农业农村局畜禽粪污资源化利用-项目支出');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '2020月') as Finding;
    assert.ok(f.message.zh.includes('2020月12月'), f.message.zh);
    assert.ok(applyFix(text, f).includes('2019年7月—2020年12月'));
  });

  test('made up: a year and 月 before a month is read; a count of months, a month alone and a date are not', () => {
    const text = withBody('项目实施期为2021年3月至2022月6月。');
    assert.equal(applyFix(text, only(findingsOf(text, RULE))).includes('至2022年6月。'), true);
    for (const body of ['项目建设期为12月，于2022年6月完工。', '共计2022月人次。', '于2020年12月完成验收，工期18月。'])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('西畴森林抚育 2021 (tuning text, line 16): 间接费用3万亩元 — a unit of measure before 元, with no fix', () => {
    const text = tuneText('2021-云南-西畴县林业和草原局森林抚育-项目支出');
    const fs = findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '3万亩元');
    assert.equal(fs.length, 1);
    assert.equal((fs[0] as Finding).fix, undefined);
  });

  test('made up: 5万吨元 and 12台元 are found; 元/亩, 元旦, 元器件 and 每亩3元 are not', () => {
    assert.deepEqual(written('支付运费5万吨元，购置设备12台元。'), ['5万吨元', '12台元']);
    assert.deepEqual(findingsOf(withBody('补助标准为300元/亩，每亩3元；10人元旦值班，购置2台元器件，共3万元。'), RULE), []);
  });

  test('永兴农业保险 2020 (tuning text, lines 19 and 27): 42.59万元亩, 66.81万元亩 — 元 then a unit, with no fix', () => {
    const text = tuneText('2020-湖南-永兴县财政局农业保险保费补贴-专项资金');
    const fs = findingsAsReport(text, RULE).filter((x) => spanText(text, x).endsWith('万元亩'));
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['42.59万元亩', '66.81万元亩'],
    );
    const f = fs[0] as Finding;
    assert.equal(f.fix, undefined);
    assert.equal(f.message.zh, '「42.59万元亩」的单位有误：计量单位“亩”与“元”不能连写，请改为金额「42.59万元」或数量「42.59万亩」');
  });

  test('海南种子总站 2020 (tuning text, line 52): 《…工作的通知》求, → 》要求, with a safe fix; 》要求 and 》求真务实 are not read', () => {
    const text = tuneText('2020-海南-省种子总站农业技术推广-项目支出');
    const f = only(findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '》求'));
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('工作的通知》要求,我站高度重视'));
    assert.deepEqual(findingsOf(withBody('根据《关于开展自评的通知》要求，学习《求是》文章，践行《实践论》求真务实。'), RULE), []);
  });

  test('made up: 3000元吨 and 1.2万元平方米 are found; 万元户, 万元人民币 and 元/亩 are not', () => {
    assert.deepEqual(written('运费3000元吨，绿化1.2万元平方米。'), ['3000元吨', '1.2万元平方米']);
    assert.deepEqual(findingsOf(withBody('培育10个万元户，折合5万元人民币，标准300元/亩。'), RULE), []);
  });

  test('宣城禁毒 2021 (tuning text, line 27): ,有效的打击毒品犯罪 and 有效的打击了 → 地; 必须的办案 → 必需的', () => {
    const text = tuneText('2021-安徽-宣城市公安局禁毒经费-自评表');
    const fs = findingsAsReport(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['必须的', '的', '的'],
    );
    assert.ok((fs[1] as Finding).message.zh.includes('有效的打击'), (fs[1] as Finding).message.zh);
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f);
    assert.ok(fixed.includes('补助必需的办案、业务、装备等开支,有效地打击毒品犯罪,'));
    assert.ok(fixed.includes('有效地打击了毒品犯罪,遏制了毒品蔓延'));
  });

  test('made up: an adverb with 的 opening a clause before a verb and its object is read; an attribute is not', () => {
    assert.deepEqual(written('加强资金监管，积极的推动项目建设，全面的提升服务水平。'), ['的', '的']);
    // 服务于 is a verb wherever it stands (海淀 学院路 2016: 更好的服务于本地区…); 更好的服务 alone is a noun, below
    assert.deepEqual(written('将道路保洁外包，更好的服务于本地区发展。'), ['的']);
    for (const body of [
      '项目取得了有效的打击效果，形成积极的推动作用。',
      '为群众提供更好的服务，有效的保障措施得到落实。',
      '，更好的服务群众。',
      '这是必须的。如有必须的话，及时调整。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: the budget’s economic classes and 二级指标 names one character off', () => {
  test('施甸图书馆 2023 (tuning text, lines 15 and 17): 基本支989312.11元 → 基本支出, 对个和家庭补助 → 对个人和家庭补助', () => {
    const text = tuneText('2023-云南-施甸县图书馆-部门整体');
    const fs = findingsAsReport(text, RULE).filter((f) => ['基本支', '对个和家庭补助'].includes(spanText(text, f)));
    assert.equal(fs.length, 2);
    assert.ok((fs[0] as Finding).message.zh.includes('基本支989312.11'), (fs[0] as Finding).message.zh);
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f);
    assert.ok(fixed.includes('基本支出989312.11元,其中工资福利支出958359.61元'));
    assert.ok(fixed.includes('维修(护)费61200.00元,对个人和家庭补助的生活补助支出'));
  });

  test('made up: 资本性支、项目支 before a figure are read; the whole names, and 支 before a non-digit, are not', () => {
    assert.deepEqual(written('资本性支12万元，项目支３万元。'), ['资本性支', '项目支']);
    for (const body of [
      '基本支出989312.11元，项目支出3万元，对个人和家庭的补助2万元，对个人和家庭补助1万元。',
      '项目支付进度较快，基本支撑了日常运转。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('龙感湖农机购置补贴 2023 (tuning text, line 12): the heading (3)实效指标 → 时效指标', () => {
    const text = tuneText('2023-湖北-龙感湖管理区农机购置补贴-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '实效指标') as Finding;
    assert.ok(applyFix(text, f).includes('(3)时效指标'));
  });

  test('made up: 实效 in prose, and a heading about 注重实效, are not read', () => {
    for (const body of ['项目注重实效，实效指标完成较好。', '各项工作取得实效。'])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: pairs of the 公文 typo lists (session 15) and an issuer cut before 关于', () => {
  test('德钦人大 2021 (tuning text, line 2): 行驶解释宪法…, 行驶全国人民代表大会授予的其他职权 → 行使, with a safe fix', () => {
    const text = tuneText('2021-云南-德钦县人大常委会-部门整体');
    const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '行驶');
    assert.equal(fs.length, 2);
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f);
    assert.ok(fixed.includes('行使解释宪法和法律'));
    assert.ok(fixed.includes('行使全国人民代表大会授予的其他职权'));
  });

  test('龙感湖农机购置补贴 2023 (tuning text): 行驶证 is not read', () => {
    const text = tuneText('2023-湖北-龙感湖管理区农机购置补贴-转移支付');
    assert.ok(text.includes('行驶证'));
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => spanText(text, f).includes('行驶')),
      [],
    );
  });

  test('施甸图书馆 2023 (line 11), 固始乐道冲村 2025 (line 5), 某区两馆一站 (lines 11, 13): 依具, 做为, 暂行方法, 全面阅读', () => {
    for (const [slug, wrong, right] of [
      ['2023-云南-施甸县图书馆-部门整体', '依具', '设立整体目标依据充分'],
      ['2025-河南-固始县段集镇乐道冲村野菊花加工-项目支出', '做为', '作为实物出资'],
      ['20xx-不详-某区文化局两馆一站免费开放-专项资金', '暂行方法', '专项资金管理暂行办法'],
      ['20xx-不详-某区文化局两馆一站免费开放-专项资金', '全面阅读', '送文艺下乡、全民阅读、免费培训'],
      // session 42's rotation of set 26 (开远市委编办 2017, line 17)
      ['2017-云南-开远市委编办-部门整体', '人民团休', '民主党派、人民团体机关'],
      // session 42's rotation of set 27 (县交通局 衔接资金 20xx, line 26)
      ['20xx-不详-县交通局衔接资金道路项目-转移支付', '收益对象', '所在地的受益对象等'],
    ] as const) {
      const text = tuneText(slug);
      const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === wrong);
      assert.ok(f, `${slug}: ${wrong}`);
      assert.ok(applyFix(text, f).includes(right), `${slug}: ${right}`);
    }
  });

  test('made up: the list’s pairs in report wording are read', () => {
    assert.deepEqual(written('做为牵头单位，依法行驶监督职权，依具《专项资金管理暂行方法》按装设备，开展全面阅读活动和技能竟赛。'), [
      '做为',
      '行驶',
      '依具',
      '暂行方法',
      '按装',
      '全面阅读',
      '竟赛',
    ]);
  });

  test('made up: 跟据, 综和, 记划, 建全 before a system, 验受 are read; 创建全国 and 党建全覆盖 are not', () => {
    assert.deepEqual(written('跟据工作记划，建全制度，综和验受合格。'), ['跟据', '记划', '建全', '综和', '验受']);
    const ok = withBody('创建全国文明城市，党建全覆盖，新建全长5公里道路。');
    assert.deepEqual(findingsOf(ok, RULE), []);
  });

  test('made up: the same characters as other words are not read', () => {
    for (const body of [
      '车辆安全行驶，行驶里程1.2万公里，办理行驶证3本。',
      '依具体情况调整，叫做为民服务站，按装修标准实施。',
      '组织干部全面阅读了有关文件，全民阅读活动10场。',
      '全部份额已分配，这座落成于2010年的场馆运行良好。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });

  test('隆阳林草 2022 (tuning text, line 23): 《云南省林业和草原关于印发… — the issuer lost its 局; no fix (局 or 厅 is not known)', () => {
    const text = tuneText('2022-云南-隆阳区林业和草原局林业生态保护恢复资金-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '云南省林业和草原') as Finding;
    assert.ok(f);
    assert.ok(f.message.zh.includes('发文机关名称「云南省林业和草原」不完整'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  test('made up: an issuer ending in a body’s or a place’s character, or no issuer, is not read; 县财政关于 is read once', () => {
    for (const body of [
      '根据《财政部 农业农村部关于印发…的通知》《中共中央 国务院关于…的意见》《安徽省财政厅等五部门关于…》执行。',
      '根据《关于印发…的通知》《四川省关于…的意见》《2023年关于…》执行。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
    assert.deepEqual(written('根据《县财政关于下达资金的通知》执行。'), ['县财政关于']);
  });
});

describe('typo: a set phrase with a character typed in, two swapped, or one written as its neighbour’s copy', () => {
  test('桃源公安 2022 (tuning text, line 13): 退人人员196人 — 退休人员?, said without a fix (退役 is a word too)', () => {
    const text = tuneText('2022-湖南-桃源县公安局特殊人群收治-专项资金');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '退人人员') as Finding;
    assert.ok(f);
    assert.ok(f.message.zh.includes('疑为「退休人员」'), f.message.zh);
    assert.equal(f.fix, undefined);
  });

  test('made up: a character typed inside a word and two neighbours swapped are read, with a fix', () => {
    const text = withBody('一般共公预算收入增加，全年预算x数未变，绩效自评报告已报送，预算行执率为98%，服务对像满意度指标达标。');
    const fs = findingsOf(text, RULE);
    // 对像 is the list's (乐亭 2021's 检查监管对像), not a set phrase's slip
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['一般共公预算', '预算行执率', '对像'],
    );
    let fixed = text;
    for (const f of [...fs].reverse()) fixed = applyFix(fixed, f);
    assert.ok(fixed.includes('一般公共预算收入增加') && fixed.includes('预算执行率为98%') && fixed.includes('服务对象满意度'), fixed);
    const typed = withBody('本年度绩效自评报x告已报送。');
    assert.deepEqual(
      findingsOf(typed, RULE).map((f) => spanText(typed, f)),
      [],
    );
    const inWord = withBody('本年度绩效自评报一告已报送。');
    assert.deepEqual(
      findingsOf(inWord, RULE).map((f) => spanText(inWord, f)),
      ['绩效自评报一告'],
    );
  });

  test('泸西妇联 2021 (tuning text, line 24): 人力资源社会资源保障专项资金 — 资源 again, fixed to 人力资源社会保障', () => {
    const text = tuneText('2021-云南-泸西县妇联-项目支出');
    const f = only(findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '人力资源社会资源保障'));
    assert.equal(f.message.zh, '「人力资源社会资源保障」多写了一个词：固定说法是「人力资源社会保障」');
    assert.ok(applyFix(text, f).includes('人力资源社会保障专项资金'));
  });

  test('made up: an earlier word of a set phrase again between two of its words is read; the phrase twice is not', () => {
    assert.deepEqual(written('落实基本公共卫生基本服务项目。'), ['基本公共卫生基本服务']);
    assert.deepEqual(findingsOf(withBody('提供基本公共服务，公共服务均等化水平提升，人力资源和社会保障局参与。'), RULE), []);
  });

  test('made up: a word between the words, a synonym one character off, and a character typed twice are not read', () => {
    for (const body of [
      '一般公共财政预算收入增加，部门整体项目支出减少，资金使用状况良好，社会效果指标达标。',
      '匹配农农村危房改造补助资金，人人参与，年年达标。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: a village or town of the title written with a character lost; 更好的确保', () => {
  test('固始乐道冲村 2025 (tuning text, line 5): 乐道村 where the title names 段集镇乐道冲村 — an unsafe fix puts 冲 back', () => {
    const text = tuneText('2025-河南-固始县段集镇乐道冲村野菊花加工-项目支出');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '乐道村') as Finding;
    assert.ok(f);
    assert.ok(f.message.zh.includes('与标题中的「乐道冲村」差一个字'), f.message.zh);
    assert.equal(f.fix?.safe, false);
    assert.ok(applyFix(text, f).includes('后续,乐道冲村以机械设备'));
  });

  test('made up: the title’s place whole, a shorter name ending another word, and 住房城乡 (和 dropped) are not read', () => {
    const title = '# 2024年度XX县段集镇乐道冲村住房和城乡建设项目支出绩效自评报告\n\n';
    const ok = `${title}一、项目概况\n\n乐道冲村完成改造，新乐道村另行安排，住房城乡建设部门验收。\n`;
    assert.deepEqual(
      findingsOf(ok, RULE).filter((f) => ['乐道村', '住房城乡'].includes(spanText(ok, f))),
      [],
    );
    const cut = `${title}一、项目概况\n\n项目在乐道村实施。\n`;
    assert.deepEqual(
      findingsOf(cut, RULE).map((f) => spanText(cut, f)),
      ['乐道村'],
    );
  });

  test('广东 科技 2023 (tuning text, line 2): 2023年度广东省 in the title is 广东省, not a name 年度广东省 that 年广东省 lost a character of', () => {
    const text = tuneText('2023-广东-广东省中央引导地方科技发展资金-转移支付');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('与标题中的')),
      [],
    );
    // made up: the name after the year is still read when long enough (2024年乐道冲村 → 乐道村)
    const cut = '# 2024年乐道冲村野菊花加工项目支出绩效自评报告\n\n一、项目概况\n\n项目在乐道村实施。\n';
    assert.deepEqual(
      findingsOf(cut, RULE).map((f) => spanText(cut, f)),
      ['乐道村'],
    );
  });

  test('霍山医保 2024 (tuning text, line 21): 更好的确保困难群众 → 更好地确保', () => {
    const text = tuneText('2024-安徽-霍山县医保局医疗救助补助资金-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => text.slice(x.span.start - 2, x.span.end + 2) === '更好的确保') as Finding;
    assert.ok(f);
    assert.ok(applyFix(text, f).includes('更好地确保困难群众'));
  });
});

describe('typo: a body’s name after its place that lost characters inside a word', () => {
  test('东川城管 2020 (tuning text, line 10): 昆明市东川区人办公室 → 人民政府办公室, with a safe fix', () => {
    const text = tuneText('2020-云南-东川区城市管理局-部门整体');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === '人办公室') as Finding;
    assert.ok(f);
    assert.ok(applyFix(text, f).includes('昆明市东川区人民政府办公室关于印发<昆明市'));
  });

  test('made up: cuts inside a word are read; whole words dropped, short names in use, and no place before, are not', () => {
    assert.deepEqual(written('经XX县人政府办公室、XX县农农村局审核，XX市城管理局配合。'), ['人政府办公室', '农农村局', '城管理局']);
    for (const body of [
      'XX县发展改革委员会、XX县人力资源社会保障局、XX县综合执法局、XX县市场监管局、XX县人大会议。',
      'XX县政府办公室牵头，个人办公室设备另行采购。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: a committee’s name that lost its last 会 (session 20)', () => {
  test('六安妇幼 2021 (tuning text, line 7): 市卫生健康委员、市财政局联合印发 → 卫生健康委员会, with a safe fix', () => {
    const text = tuneText('2021-安徽-六安市妇女儿童健康水平提升民生工程-专项资金');
    const f = only(findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '卫生健康委员'));
    assert.equal(f.message.zh, '机构名称「卫生健康委员」少了“会”字：应为「卫生健康委员会」（“委员”指人）');
    assert.equal(f.fix?.safe, true);
    assert.ok(applyFix(text, f).includes('市卫生健康委员会、市财政局联合印发'));
  });

  test('六安信访 2023 (tuning text, line 5): 人民调解委员10万元 — said, no fix (the members’ pay reads alike)', () => {
    const text = tuneText('2023-安徽-六安市信访局-项目支出');
    const f = only(findingsAsReport(text, RULE).filter((x) => spanText(text, x) === '人民调解委员'));
    assert.equal(f.fix, undefined);
  });

  test('made up, in report wording: a listed committee before a separator, a figure or a verb is read', () => {
    assert.deepEqual(written('XX县发展和改革委员牵头，会同XX县农业农村委员、XX县财政局印发方案，人民调解委员8.5万元已拨付。'), [
      '发展和改革委员',
      '农业农村委员',
      '人民调解委员',
    ]);
  });

  test('made up, right: a person’s title, a member, the name whole or cut by a line break', () => {
    for (const body of [
      '县人大常务委员、政协委员列席会议，卫生健康委员会主任出席，委员会委员组成同级委员会。',
      '聘任人民调解委员3名，人民调解委员进行纠纷排查，村专职委员每年工作补贴21.7万元。',
      '由县卫生健康委员\n会牵头组织实施。',
    ])
      assert.deepEqual(findingsOf(withBody(body), RULE), [], body);
  });
});

describe('typo: the marks of a line a pinyin-glossing mirror converted', () => {
  test('南岳忠烈祠 2020 (tuning text, lines 20, 24, 27): ,, and ,、 between glossed characters are the converter’s, not read', () => {
    const text = tuneText('2020-湖南-南岳区民宗局忠烈祠免费开放-自评表');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => /^[,，、;；]+$/.test(spanText(text, f))),
      [],
    );
  });

  test('made up: the same marks on a line with no gloss are read', () => {
    assert.deepEqual(written('认真完成年度各项工作任务,,做好日常运转经费的发放。'), [',,']);
  });
});

describe('typo: set phrases — a word written in full or short is no slip', () => {
  test('made up: 绩效目标完成情况 with two characters swapped is read', () => {
    assert.deepEqual(written('对照绩效目标成完情况分析，各项指标均已完成。'), ['绩效目标成完情况']);
  });

  test('张家界中院 2016 and 保山关心下一代 2017 (tuning texts): 自我评价 and 需 for 需要 are the words written in full or short', () => {
    const a = tuneText('2016-湖南-张家界市中级人民法院-部门整体');
    assert.deepEqual(
      findingsAsReport(a, RULE).filter((f) => spanText(a, f).includes('自我评')),
      [],
    );
    const b = tuneText('2017-云南-保山市委办公室关心下一代专项-项目支出');
    assert.deepEqual(
      findingsAsReport(b, RULE).filter((f) => spanText(b, f).includes('需说明')),
      [],
    );
  });
});

describe("typo: a PDF font's glyph swaps and letters for digits (session 17)", () => {
  test('临沂国土 2018 (tuning text): 评价挃标 挃标分值 → 指标, 项目初步设计戒实施方案 → 或, safe', () => {
    const text = tuneText('2018-山东-临沂某县国土资源局土地出让金业务费-项目支出');
    const fs = findingsAsReport(text, RULE).filter((f) => ['挃', '戒'].includes(spanText(text, f)));
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['挃', '挃', '戒'],
    );
    assert.ok(fs.every((f) => f.fix?.safe === true));
    const fixed = fs.reduceRight((t, f) => applyFix(t, f), text);
    assert.ok(fixed.includes('评价指标 指标分值'));
    assert.ok(fixed.includes('3.项目初步设计或实施方案'));
    assert.ok((fs[2] as Finding).message.zh.includes('「初步设计戒实施方案」'), (fs[2] as Finding).message.zh);
  });

  test('大足电子政务 2020 (tuning text): 完成全年预算数的IO0% → 100%, safe', () => {
    const text = tuneText('2020-重庆-大足区电子政务中心-项目支出');
    const f = findingsAsReport(text, RULE).find((x) => spanText(text, x) === 'IO0') as Finding;
    assert.ok(f);
    assert.ok(applyFix(text, f).includes('完成全年预算数的100%。'));
  });

  test('made up: 迚行, 幵且, 用亍 are fixed; 戒毒所, 警戒, 惩戒 are words', () => {
    const text = withBody('我局迚行了自查，幵且将资金用亍强制戒毒所建设、警戒设施和惩戒机制。');
    const fs = findingsOf(text, RULE);
    assert.deepEqual(
      fs.map((f) => spanText(text, f)),
      ['迚', '幵', '亍'],
    );
    const fixed = fs.reduceRight((t, f) => applyFix(t, f), text);
    assert.ok(fixed.includes('我局进行了自查，并且将资金用于强制戒毒所建设'));
  });

  test('made up: I0%, l00% and 9O.5% are read; O76% (a spare 0), iOS10% and 100% are not', () => {
    assert.deepEqual(written('执行率I0%，到位率l00%，完成率9O.5%；得分O76%，iOS10%适配，满意度100%。'), ['I0', 'l00', '9O.5']);
  });
});

describe('typo: set phrases with characters lost and with a slip, read in one pass (session 19)', () => {
  test('made up: each kind found left to right, as a pass of its own finds it', () => {
    const { cuts, slips } = phraseReadings('落实退人人员和城乡义务教保障机制，预算行执率。');
    assert.deepEqual(
      cuts.map((g) => [g.start, g.end, g.right]),
      [[7, 16, '城乡义务教育经费保障机制']],
    );
    assert.deepEqual(
      slips.map((g) => [g.start, g.end, g.right]),
      [
        [2, 6, undefined],
        [17, 22, '预算执行率'],
      ],
    );
    // a line shorter than any phrase's shortest reading: nothing, and no read past its end
    assert.deepEqual(phraseReadings('预算'), { cuts: [], slips: [] });
  });
});

describe('typo: a form with notBefore at the end of a line (red team s23, made up)', () => {
  const report = (body: string): string =>
    `# 某县卫生院2022年度部门整体支出绩效自评报告\n\n评价年度：2022年度\n\n一、部门基本情况\n\n${body}\n`;

  test('made up (red team s23): 部份 at the end of a PDF line is found (the line end read as a word after it)', () => {
    for (const body of [
      '（一）预算管理。严格执行预算，大额资金支出实行集体决策，部份\n零星采购执行了询价程序。',
      '本年度有部份\n项目未开工。',
      '部份',
    ]) {
      const f = only(findingsOf(report(body), 'typo'));
      assert.equal(spanText(report(body), f), '部份', body);
    }
  });

  test('made up (red team s23): the next line starting another word with it stays silent (全部份⏎额, 陪训⏎练, 依具⏎体)', () => {
    for (const body of [
      '本年度将全部份\n额分配到各乡镇。',
      '全部份额已在年初下达。',
      '教师参加陪训\n练习后考核合格。',
      '本项目安装工程依具\n体有关规定执行。',
      '本年度将全部份\n  额分配到各乡镇。',
    ])
      assert.deepEqual(findingsOf(report(body), 'typo'), [], body);
  });
});

describe('typo: session 24’s slips (its measured set rotated into tune), and the right words like them (made up)', () => {
  test('made up (s24): 年末完成, 期末完成, 中央补助, 纪律检查, 人员编制 and 沿用 are right: silent', () => {
    for (const sentence of [
      '项目于年末完成验收，期末完成全部资金拨付。',
      '2023年中央补助资金已全部到位。',
      '配合纪律检查机关开展监督。',
      '按照人员编制规定核定岗位。',
      '沿用上年度的管理办法。',
    ])
      assert.deepEqual(findingsOf(withBody(sentence), RULE), [], sentence);
  });
});

describe('typo: session 24’s second set (rotated into tune), and the right words like its slips (made up)', () => {
  test('made up (s24): 年末在职人员, 当年未在职的人员 left alone; 基础设施建设项目 and 不动产登记 are right', () => {
    for (const sentence of ['年末在职人员实有数207人。', '基础设施建设项目已完工。', '市不动产登记中心负责登记。'])
      assert.deepEqual(findingsOf(withBody(sentence), RULE), [], sentence);
  });

  test('made up (s24): 年未在职人员实有数 and 设施设项目 are found and fixed', () => {
    for (const [wrong, right] of [
      ['年未在职人员实有数207人。', '年末在职人员实有数207人。'],
      ['基础设施设项目已完工。', '基础设施建设项目已完工。'],
    ] as const) {
      const text = withBody(wrong);
      const f = only(findingsOf(text, RULE));
      assert.ok(applyFix(text, f).includes(right), wrong);
    }
  });
});

describe('typo: a file’s name writes its year bare (session 27)', () => {
  test('惠州交通 2021 (tune corpus): …运输局2021部门整体绩效自评报告.pdf, alone or run together on a line: no 年 missing', () => {
    const text = tuneText('2021-广东-惠州市交通运输局-部门整体');
    assert.deepEqual(
      findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('少了“年”字')),
      [],
    );
  });

  test('made up: the same words in a sentence still lack their 年', () => {
    const body = (t: string): string => cleanReport({ bodies: { 'basic-functions': t } });
    assert.deepEqual(findingsOf(body('附件：某县交通运输局2023部门整体绩效自评报告.pdf'), RULE), []);
    const prose = body('我局编制了2023部门整体绩效自评报告，并按时报送。');
    assert.ok(findingsOf(prose, RULE).some((f) => f.message.zh.includes('少了“年”字')));
  });
});

describe('typo: the known-typo list read through traditional script (session 29)', () => {
  test('巴彦 20xx and 涟源 (tune corpus, mirrors in traditional script): 做為 and 確實做好 are found, quoted and fixed as written', () => {
    const text = tuneText('20xx-黑龙江-巴彦县医疗服务与保障能力提升-转移支付');
    const f = findingsAsReport(text, RULE).find((x) => text.slice(x.span.start, x.span.end) === '做為');
    assert.ok(f);
    assert.ok(f.message.zh.includes('「做為」应为「作為」'), f.message.zh);
    assert.ok(applyFix(text, f).includes('均作為重要內'));
  });

  test('made up: the same slip in simplified and traditional script, and the right form in traditional, left', () => {
    const said = (body: string): string[] => findingsOf(withBody(body), RULE).map((f) => f.message.zh);
    assert.deepEqual(said('此項工作均做為重要內容給予安排。'), ['错别字：「做為」应为「作為」']);
    assert.deepEqual(said('此项工作均做为重要内容给予安排。'), ['错别字：「做为」应为「作为」']);
    assert.deepEqual(said('此項工作均作為重要內容給予安排。'), []);
  });
});

describe('typo: a half-width full stop between two clauses after a figure (session 40)', () => {
  test('兴义镇中心小学 2022 (line 22) and 龙感湖 2023 (lines 3, 6): 2039.8万元.全年执行数, 16万元.上年度 — no fix', () => {
    for (const [slug, quoted] of [
      ['2022-重庆-丰都县兴义镇中心小学校-项目支出', '2039.8万元.全年'],
      ['2023-湖北-龙感湖管理区农机购置补贴-转移支付', '16万元.上年度'],
    ] as const) {
      const text = tuneText(slug);
      const fs = findingsAsReport(text, RULE).filter((f) => spanText(text, f) === '.');
      assert.ok(fs.length > 0, slug);
      for (const f of fs) {
        assert.equal(f.fix, undefined);
        assert.ok(f.message.zh.includes(quoted), f.message.zh);
      }
    }
  });

  test('made up: a decimal point, a list’s number, a file’s extension, a count and a full-width stop are not read', () => {
    assert.deepEqual(written('全年预算数2039.8万元，执行数1713.9万元。合计32万元.本单位支出。'), ['.']);
    for (const body of [
      '全年预算数2039.8万元，执行率84.02%。',
      '支出5万元.2.设备购置支出3万元。',
      '详见附件2023年度决算.xlsx及说明。',
      '共培训120人次.其中',
      '共支出12万元．全年执行完毕。',
    ])
      assert.deepEqual(written(body), [], body);
  });
});

describe('typo: a synonym spinner’s words in a sharing site’s copy (session 41, set 25)', () => {
  test('经开区 扶贫资金 2021 (line 11, after the site’s blurb on the same line): 管理方法 and 绩效评价方法 before a 文号; 顺当', () => {
    const text = tuneText('2021-贵州-经开区财政扶贫资金-专项资金');
    const found = findingsAsReport(text, RULE).map((f) => spanText(text, f));
    assert.deepEqual(found, ['资金管理方法', '资金绩效评价方法', '资金管理方法', '资金绩效评价方法', '顺当', '顺当', '顺当']);
    const f = findingsAsReport(text, RULE)[0] as Finding;
    assert.ok(applyFix(text, f).includes('中央财政专项扶贫资金管理办法(财农20218号)'));
  });

  test('made up: 管理方法 and 评价方法 as phrases (not a document’s name before its 文号 or 》) are left', () => {
    assert.deepEqual(written('依据《某县扶贫资金管理方法》(某财〔2021〕8号)开展自评。'), ['资金管理方法']);
    for (const body of ['探索资金管理方法创新，提高效益。', '改进项目资金绩效评价方法和手段。', '学习先进的资金管理方法。'])
      assert.deepEqual(written(body), [], body);
  });
});
