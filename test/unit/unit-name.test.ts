// A unit's name as a report's header field or title gives it (model/unit-name.ts), and last year's report chosen by it
// (model/identity.ts). The strings are what the field corpus's texts put in those places (test/corpus/, named by file).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lastYearsAmong, reportIdentity, type Identity } from '../../server/src/engine/index.js';
import { unitNameIn } from '../../server/src/engine/model/unit-name.js';

describe('a unit’s name', () => {
  test('a name, with what the field or title runs on into taken off', () => {
    const names: [string, string][] = [
      ['湛江市科学技术局', '湛江市科学技术局'],
      ['施甸县农业农村局 | 填报日期:2022年7月5日 | |||||', '施甸县农业农村局'], // 2022 施甸 农业农村局
      ['隆阳区土壤肥料工作站 填报日期:2023年3月20日', '隆阳区土壤肥料工作站'],
      ['红河州投资促进局关于', '红河州投资促进局'], // a title: …局关于2020年度…的报告
      ['现将益阳市赫山区退役军人事务局', '益阳市赫山区退役军人事务局'],
      ['青岛市文化和旅游局部门', '青岛市文化和旅游局'],
      ['邵阳市美术馆2023年', '邵阳市美术馆'],
      ['湖北省残联（本级）', '湖北省残联'],
      ['昌宁县第一示范小学', '昌宁县第一示范小学'],
      ['示例单位', '示例单位'], // the made-up example's placeholder
    ];
    for (const [written, name] of names) assert.equal(unitNameIn(written), name, written);
  });

  test('what real pages put in the unit’s place and is no name: none', () => {
    const none = [
      '现将', // 2021 茂名 发改局's title: 现将2021年度…自评报告
      '关于',
      '现将我市',
      '主题词', // a portal's table
      '有效性有效',
      '文档下载', // a sharing site's banner
      '(盖章)',
      '( 盖 章 )',
      '秦洪伟', // a person
      '8个', // 预算单位8个
      '1个。本部门共有编制人数3人',
      ')阿坝县',
      '宁国市', // a place alone
      '云南省',
      '雨花区',
      '红河州第二人民医院国家基本公共卫生服务项目州级补助资金', // a fund
      '寿县融媒体中心中央对地方专项转移支付',
      '莱西市园林管理处专项资金绩效评价报告根据青岛市财政局', // a title run into its first sentence
      '南昌县黄马乡蚕茶卫生院下属单位个数0整体支出规模全年预算数',
      '本单位', // 评价单位：本单位 (made up): any report may write it of itself, so two units' reports would pair
      '我单位（盖章）',
    ];
    for (const written of none) assert.equal(unitNameIn(written), undefined, written);
  });
});

describe('last year’s report among a folder’s', () => {
  const at = (identity: Identity) => ({ identity });

  test('the year before and the same unit, among other units’ reports of that year', () => {
    const own = at({ year: 2023, unit: '湛江市科学技术局' });
    const others = [at({ year: 2023, unit: '保山市图书馆' }), own, at({ year: 2023 })];
    assert.equal(lastYearsAmong({ year: 2024, unit: '湛江市科技局' }, others).found, own);
  });

  test('a report whose unit is not read is last year’s only when it is the folder’s one report of the year before', () => {
    const alone = at({ year: 2023 });
    assert.equal(lastYearsAmong({ year: 2024, unit: '湛江市科学技术局' }, [alone, at({ year: 2022 })]).found, alone);
    assert.equal(lastYearsAmong({ year: 2024 }, [at({ year: 2023, unit: '保山市图书馆' })]).found?.identity.unit, '保山市图书馆');
    // a reviewer's folder: many units' reports of 2023, and one 2024 report whose unit is not written
    const season = [at({ year: 2023, unit: '保山市图书馆' }), at({ year: 2023, unit: '红河州民政局' }), at({ year: 2023 })];
    assert.equal(lastYearsAmong({ year: 2024 }, season).found, undefined);
    assert.equal(lastYearsAmong({ year: 2024, unit: '湛江市科学技术局' }, season).found, undefined);
    // which is its own cannot be told: said, with how many (a unit that names none of them is told apart: nothing to say)
    assert.equal(lastYearsAmong({ year: 2024 }, season).unsure, 3);
    assert.equal(lastYearsAmong({ year: 2024, unit: '湛江市科学技术局' }, season).unsure, 3);
    assert.equal(lastYearsAmong({ year: 2024, unit: '湛江市科学技术局' }, season.slice(0, 2)).unsure, 0);
    assert.equal(lastYearsAmong({ year: 2024 }, [alone]).unsure, 0);
  });

  test('another unit’s report, or one of another year, is not', () => {
    assert.equal(lastYearsAmong({ year: 2024, unit: '湛江市科学技术局' }, [at({ year: 2023, unit: '保山市图书馆' })]).found, undefined);
    assert.equal(lastYearsAmong({ year: 2024 }, [at({ year: 2022 }), at({ year: 2024 })]).found, undefined);
    assert.equal(lastYearsAmong({}, [at({ year: 2023 })]).found, undefined);
  });

  test('a title that opens 现将… or a field that holds a count names no unit, so it pairs with no other unit’s report', () => {
    // 2021 茂名 发改局 (a 现将 title) was paired with a 2020 report of another city whose title also opened 现将
    assert.equal(reportIdentity('现将2021年度部门整体支出绩效自评报告如下').unit, undefined);
    assert.equal(reportIdentity('评价单位：湛江市科学技术局\n评价年度：2023 年度').unit, '湛江市科学技术局');
    assert.equal(reportIdentity('本部门下属预算单位8个，2022年度整体支出绩效自评报告').unit, undefined);
  });
});
