// pasted-debris, session 22's red team: correct report text that looks like debris. An indicator table whose indicators
// are named in a web record's words (门户网站浏览量, 信息时效性), such a name alone or in a count (总浏览量120万次), and a
// numbered field that ends without a stop (3、资金来源：…). Field cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a web record’s words in the report’s own indicators (made up)', () => {
  test('made up: rows of an indicator table (a target with ≥, a level 数量指标) are the report’s: silent', () => {
    const t = text(
      TITLE,
      ...BODY,
      '| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 |',
      '| --- | --- | --- | --- | --- |',
      '| 产出指标 | 数量指标 | 门户网站浏览量 | ≥50万次 | 61万次 |',
      '| 产出指标 | 数量指标 | 公众号文章阅读次数 | ≥10万次 | 12万次 |',
      '| 产出指标 | 数量指标 | 公开目录信息条数 | ≥500条 | 620条 |',
      '| 效益指标 | 社会效益指标 | 政务公开索引号规范率 | 100% | 100% |',
      '| 效益指标 | 社会效益指标 | 信息时效性 | 及时 | 及时 |',
      '| 网站浏览次数 | ≥100万次 | 120万次 |',
    );
    assert.deepEqual(quoted(t), []);
  });

  test('made up: such a name run into the words before it, alone or with a count and its unit: silent', () => {
    for (const line of ['网站浏览次数', '全年网站总浏览量120万次', '门户网站累计访问量达35万人次', '公众号文章阅读次数'])
      assert.deepEqual(quoted(text(TITLE, ...BODY, line)), [], line);
  });

  test('made up: the record’s label run into the words before it, with a colon or a bare figure, is still the record', () => {
    for (const line of ['文章来源: 某县文化和旅游局浏览量:', '来源: 某县财政局浏览次数 1597']) {
      const t = text(TITLE, ...BODY, line);
      assert.equal(debris(t).length, 1, line);
      assert.ok(debris(t)[0]?.message.zh.includes('网页发布信息'), line);
    }
  });

  test('made up: a record’s table row with the label in a cell of its own is still the record', () => {
    const t = text('| 索引号 | 000014348/2024-00123 | 发布机构 | 某县统计局 |', TITLE, ...BODY);
    assert.equal(debris(t).length, 1);
  });
});

describe('pasted-debris: a numbered field with no stop is no cut sentence (made up)', () => {
  test('made up: 3、资金来源：中央补助资金和县级配套资金, then a paragraph: silent', () => {
    const t = text(
      TITLE,
      ...BODY,
      '1、项目名称：农村危房改造',
      '2、项目单位：某县住房和城乡建设局',
      '3、资金来源：中央补助资金和县级配套资金',
      '',
      '全年完成危房改造任务356户，其中C级危房加固改造210户。',
    );
    assert.deepEqual(quoted(t), []);
  });

  test('made up: a numbered item that lists in its title and runs on is still cut', () => {
    const t = text(
      TITLE,
      ...BODY,
      '（一）拟订全县实施创新驱动发展战略、促进科技创新强',
      '',
      '县建设的规划，以及促进科技发展的政策并组织实施。',
    );
    assert.equal(debris(t).length, 1);
    assert.ok(debris(t)[0]?.message.zh.includes('截断'), debris(t)[0]?.message.zh);
  });
});

describe('pasted-debris: a page counter glued into a sentence (made up)', () => {
  test('made up: 第 3 页 共 8 页 between a sentence’s words is a PDF footer', () => {
    for (const line of [
      '根据通知要求，我局开展了自评工作，第 3 页 共 8 页形成了本报告。',
      '我局全年完成统计调查项目12项，第3页/共8页按时上报数据。',
    ]) {
      const t = text(TITLE, ...BODY, line);
      assert.equal(debris(t).length, 1, line);
      assert.ok(debris(t)[0]?.message.zh.includes('页码'), line);
    }
  });

  test('made up: a cited document’s page (第3页, 第12页至第15页) is the report’s: silent', () => {
    for (const line of [
      '依据《某县农业发展规划》第3页所列目标，我局完成了全部任务。',
      '本报告引用的《农业统计年鉴》第12页至第15页的数据已核对，全书共320页。',
    ])
      assert.deepEqual(quoted(text(TITLE, ...BODY, line)), [], line);
  });
});

describe('pasted-debris: a two-character name padded to line up in a team’s list (made up)', () => {
  test('made up: 组长 王 强 副组长 李 明 成员 赵 丽 刘 洋 is the drafter’s layout: silent', () => {
    assert.deepEqual(quoted(text(TITLE, ...BODY, '评价工作组成员：组长 王 强 副组长 李 明 成员 赵 丽 刘 洋')), []);
  });

  test('made up (red team s23): surnames of Guangxi and Hainan (蒙, 符) and an expert panel with titles after the names: silent', () => {
    for (const line of [
      '组长 覃 强 副组长 蒙 明 成员 韦 刚 符 磊',
      '评价专家 王 强 高级工程师 李 明 高级会计师',
      '组员 农 丽 张晓红 刘 洋',
    ])
      assert.deepEqual(quoted(text(TITLE, ...BODY, line)), [], line);
  });

  test('made up: a spaced label among names (评价人员 姓 名 石栋) and spaced cells in a sentence are still found', () => {
    for (const line of ['三、评价人员 姓 名 石栋 黄岩 符萍 职务', '本项目达标绩 效 指 标一级指标均已完成，成员共5人。']) {
      const t = text(TITLE, ...BODY, line);
      assert.equal(debris(t).length, 1, line);
      assert.ok(debris(t)[0]?.message.zh.includes('拆成了单字'), line);
    }
  });
});

describe('pasted-debris: a wrapped paragraph’s message quotes a cut inside a clause (made up)', () => {
  test('made up: the first line ends on 、, so the cut quoted is the next one (“下属事业”/“单位3个”), not an empty quote', () => {
    const t = text(
      TITLE,
      ...BODY,
      '我局主要负责全县水资源管理、水利工程建设与运行管理、',
      '水土保持和农村饮水安全等工作，内设机构6个，下属事业',
      '单位3个，核定编制45名，年末实有人员43人。2023年，我局',
      '围绕年度目标，扎实推进各项工作，完成了预定任务。',
    );
    const f = debris(t).find((x) => x.message.zh.includes('保留了 PDF 的换行'));
    assert.ok(f?.message.zh.includes('“下属事业”/“单位3个”'), f?.message.zh);
  });
});
