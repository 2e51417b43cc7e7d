import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findingsOf, readExample, ROOT, spanText, only } from '../../helpers.js';
import { cleanReport } from './_report.js';

const RULE = 'unit-sum';
const body = (text: string): string => cleanReport({ bodies: { 'basic-functions': text } });

/** A tune text of the field corpus, with front matter naming a template (it is recognised by it). */
function tuneText(slug: string, template = 'project-expenditure'): string {
  const meta = JSON.parse(readFileSync(join(ROOT, 'test', 'corpus', `${slug}.json`), 'utf8')) as { split: string };
  assert.equal(meta.split, 'tune', 'only tune texts are read by tests that tune rules');
  return `---\ntemplate: ${template}\n---\n${readFileSync(join(ROOT, 'test', 'corpus', `${slug}.md`), 'utf8')}`;
}

describe('unit-sum: quantity × unit amount against the amount paid', () => {
  test('昌宁 2023 (tune corpus): 9 人 × 0.60 万元/生·年 = 5.40 万元, but 6.46 万元 paid', () => {
    const text = tuneText('2023-云南-昌宁县特殊教育公用经费-项目支出');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '9人');
    for (const x of ['9', '0.60', '5.40', '6.46']) assert.ok(f.message.zh.includes(x), f.message.zh);
    assert.deepEqual(
      f.related?.map((r) => spanText(text, r)),
      ['0.60万元', '6.46万元'],
    );
  });

  test('the same standard and count with the payment that matches them: silent (made up)', () => {
    const text = body('人均补助标准为0.60万元/生.年。实际补助人数9人。拨付使用资金5.40万元,预算执行率100%。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('two standards: not multiplied (made up)', () => {
    const text = body('一类补助标准为2000元/人,二类补助标准为3000元/人。实际补助人数9人。拨付资金2.5万元。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('products written out, against the total after them (made up, the issue wording)', () => {
    const text = body('发放补贴60户×2000元+35户×3000元，共计21.5万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '21.5万元');
    assert.ok(f.message.zh.includes('60户 × 2000 元 + 35户 × 3000 元 = 22.50 万元'), f.message.zh);
  });

  test('products that add up, written either way round: silent (made up)', () => {
    assert.deepEqual(findingsOf(body('发放补贴60户×2000元+35户×3000元，共计22.5万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('按2000元/户×75户发放，共计15万元。'), RULE), []);
  });

  test('the examples', () => {
    for (const name of ['2019-湛江市科技局-整体绩效自评报告-修正稿.md', '2023-湛江市科学技术局-整体绩效自评报告.md']) {
      assert.deepEqual(findingsOf(readExample(name), RULE), []);
    }
  });
});

describe('unit-sum: a standard written without 元, the people a payment went to, and an amount spent in full', () => {
  test('保山 2022 (tune corpus): 慰问对象120人, 慰问标准300/人, 市级资金配套3.6元,全部到位并使用完毕 (the 万 dropped)', () => {
    const text = tuneText('2022-云南-保山市卫生健康委员会-项目支出');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '120人');
    for (const x of ['120', '300', '3.6元', '3.6万元']) assert.ok(f.message.zh.includes(x), f.message.zh);
  });

  test('the same figures in 万元 hold (made up): 慰问对象120人，慰问标准300/人 … 配套3.6万元，全部到位并使用完毕', () => {
    const text = body('慰问对象120人，慰问标准300/人。市级资金配套3.6万元，全部到位并使用完毕，执行率100%。');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('an amount not said to be spent in full is not the payment (made up): 慰问对象120人，标准300/人，项目预算5万元', () => {
    assert.deepEqual(findingsOf(body('慰问对象120人，慰问标准300/人。项目预算5万元。'), RULE), []);
  });
});

describe('unit-sum: an amount worked out from a standard per item (session 15)', () => {
  test('保山 档案 2017 (tune corpus, line 8): 合计共132697卷 … 每卷(册)2元的标准测算 … 21.44万元, but 132697 × 2 元 = 26.54 万元', () => {
    const text = tuneText('2017-云南-保山市档案局馆藏档案-项目支出');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '21.44万元');
    assert.equal(f.message.zh, '按写明的标准测算：132697 卷 × 2 元 = 26.54 万元，与写明的 21.44 万元 不符：请核对数量、标准或金额');
  });

  test('made up: the amount that matches, two different totals of the items, or no verb of working out: silent', () => {
    assert.deepEqual(findingsOf(body('馆藏档案合计共1000卷,按照规定每卷2元的标准测算,争取到资金0.2万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('馆藏档案合计共1000卷,新增档案共200卷,按照规定每卷2元的标准测算,争取到资金0.3万元。'), RULE), []);
    assert.deepEqual(findingsOf(body('馆藏档案合计共1000卷,每卷2元的标准另行核拨,争取到资金0.3万元。'), RULE), []);
  });

  test('made up: 共有困难群众120人,按每人500元的标准计算,发放慰问金5万元 → 120 人 × 500 元 = 6 万元', () => {
    const text = body('共有困难群众120人,按每人500元的标准计算,发放慰问金5万元。');
    const f = only(findingsOf(text, RULE));
    assert.equal(spanText(text, f), '5万元');
    assert.ok(f.message.zh.includes('120 人 × 500 元 = 6.00 万元'), f.message.zh);
  });
});

describe('unit-sum: a standard per head, its count and the payment in one sentence (session 22, red team)', () => {
  const found = (text: string) => findingsOf(body(text), RULE);

  test('made up: standard × count that does not make the payment, in each order and wording: found on the payment', () => {
    for (const [sentence, paid, product] of [
      ['按每人每年3600元的标准，为120名困难群众发放补贴40万元。', '40万元', '43.20 万元'],
      ['为120名困难群众按每人3600元标准发放补贴40万元。', '40万元', '43.20 万元'],
      ['按每生每年1000元标准，资助家庭经济困难学生500名，发放资助金额60万元。', '60万元', '50.00 万元'],
      ['按每户2000元的标准，为300户脱贫户发放产业奖补资金70万元。', '70万元', '60.00 万元'],
      ['按每人每年3600元的补助标准，为120人发放补贴，共计40万元。', '40万元', '43.20 万元'],
      ['5个县(市、区)共110户侨界代表人士和困难归侨侨眷,标准为每户400元,共计4.8万元。', '4.8万元', '4.40 万元'],
    ] as const) {
      const text = body(sentence);
      const f = only(findingsOf(text, RULE));
      assert.equal(spanText(text, f), paid, sentence);
      assert.ok(f.message.zh.includes(`= ${product}`), f.message.zh);
    }
  });

  test('made up: payments that agree, months, parts of the year, batches, two counts or standards, floors, spans: silent', () => {
    for (const sentence of [
      '按每人每年3600元的标准，为120名困难群众发放补贴43.2万元。',
      '按照每人每月300元的标准，全年为120名困难群众发放生活补贴40万元。',
      '按每人每年3600元的标准，为120名困难群众发放上半年补贴21.6万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴43.2万元，另发放一次性慰问金2万元。',
      '按每户2000元的标准，为300户脱贫户发放产业奖补资金60万元。',
      '按每人3600元的标准，为120名困难群众发放补贴，共计43.2万元。',
      '按每人每年3600元的标准，为新增的120名困难群众发放补贴40万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴40万元（其中12人为年中新增，按实际享受月数发放）。',
      '按每人每年3600元、每户每年1000元的标准，为120名困难群众和50户家庭发放补贴48.2万元。',
      '按照每人每年3600元的标准，2023年共为120名困难群众发放补贴43.2万元，较上年增加20名。',
      '按每人每年不低于3600元的标准，为120名困难群众发放补贴45万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴43.2万元，为30名特困人员发放补贴15万元。',
      '按每人每年3600元的标准，为120名困难群众购买意外保险，支付保费43.2万元。',
      '按照每人每年3600元的标准，为120名困难群众发放补贴43.2万元，县级配套资金10万元用于工作经费。',
      '按每人每年3600元的标准，为120名困难群众发放补贴38万元，其余5.2万元结转下年发放。',
      '按每人每年3600元的标准，对120名困难群众进行补助，省级补助资金30万元，县级配套13.2万元。',
      '按照每人每年800元的标准，为全县12000名城乡居民购买保险，县财政承担900万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴40万元，惠及家庭80户。',
      '按每户0.2万元的标准，为300户脱贫户发放产业奖补资金70万元。',
      '按每人每年3600元的标准，为120名困难群众（含残疾人15名）发放补贴40万元。',
      '按每人每年3600元的标准，2022—2023年为120名困难群众发放补贴86.4万元。',
      '按每人每次200元的标准，为120名困难群众发放慰问金4.8万元，全年慰问2次。',
      '按每人每年3600元的标准，连续3年为120名困难群众发放补贴129.6万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，累计发放129.6万元。',
      '按每亩200元的标准，为120户农户发放耕地地力保护补贴80万元。',
      '按每户每年2000元的标准，为300户脱贫户中的150户发放产业奖补资金30万元。',
      '5个县(市、区)共110户侨界代表人士和困难归侨侨眷,标准为每户400元,共计4.4万元。',
    ]) {
      assert.deepEqual(
        found(sentence).map((f) => f.message.zh),
        [],
        sentence,
      );
    }
  });

  test('made up: the report’s one standard and count (实际补助) in the payment’s sentence: found once', () => {
    assert.equal(found('补助标准为每人3600元，实际补助120人，发放补助资金40万元。').length, 1);
  });
});

describe('unit-sum: standards × counts in new wordings (red team s23, made up)', () => {
  const found = (text: string) => findingsOf(body(text), RULE);

  test('made up (red team s23): more money after the payment (另有3.2万元…停发) makes it a part: silent (was a false alarm)', () => {
    assert.deepEqual(found('按每人每年3600元的标准，为120名困难群众发放补贴40万元，另有3.2万元因人员死亡停发，已收回。'), []);
  });

  test('made up (red team s23): products that hold, 元/万元 mixed, part-year, several standards, partial payments: silent', () => {
    for (const sentence of [
      '按每人每月300元的标准，为120名困难群众发放3个月补贴10.8万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴432000元。',
      '按每人每年0.36万元的标准，为120名困难群众发放补贴43.2万元。',
      '按每生每学期500元的标准，资助学生200名，全年发放20万元。',
      '按一等每人3000元、二等每人2000元的标准，为150名学生发放奖学金35万元。',
      '按每人每年3600元的标准，为120名困难群众发放7至12月补贴21.6万元。',
      '按每人每年3600元的标准，为2023年新纳入的120名困难群众按月发放补贴，全年发放30万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴40万元，另有3.2万元因人员死亡停发，已收回。',
      '按每人1000元的标准，为120名退役军人发放春节慰问金12万元，为30户烈属发放慰问金6万元。',
      '按每户每年2000元的标准，为300户发放奖补资金60万元，其中中央资金40万元、县级资金20万元。',
      '按每人每年3600元的标准（其中省级承担2400元，县级承担1200元），为120名困难群众发放县级补贴14.4万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴43.2万元（含2022年结转资金5万元）。',
      '按每人每月300元的标准，为120名困难群众发放补贴，全年共计43.2万元。',
      '按每人每年3600元的标准，为120人次发放补贴43.2万元。',
      '按每亩每年120元的标准，为3000亩公益林发放生态效益补偿资金36万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，已发放40万元，剩余3.2万元于2024年1月发放。',
      '按每人每年3600元的标准，为120名困难群众发放补贴43.2万元，同时按每人200元的标准发放慰问金2.4万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，截至12月底已发放40万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，中央资金负担40万元，其余由县级承担。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，其中县级资金40万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，人均发放3333元，共40万元。',
      '对120名考核合格的村干部按每人每年3600元标准发放绩效报酬，因8人考核不合格未发放，实际发放40.32万元。',
      '按每人每年1200元的标准为120名乡村医生发放补助14.4万元，按每村5000元的标准为80个村卫生室发放运行经费40万元。',
      '按每名学生每天4元的标准，为1200名学生提供营养午餐，全年补助95.04万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴，补贴资金40万元已于11月拨付到乡镇，余款年底前拨付。',
      '按每人每年3600元的标准，为120名困难群众发放补贴43.2万元，发放率100%。',
      '按照人均3600元的标准，为120名困难群众发放补贴43.2万元。',
      '标准为每人3600元，共计120人，发放补贴43.20万元。',
      '按每人每年3,600元的标准，为120名困难群众发放补贴432,000.00元。',
      '按每人每年3600元的标准，为第四季度新增的120名困难群众发放补贴10.8万元。',
    ]) {
      assert.deepEqual(
        found(sentence).map((f) => f.message.zh),
        [],
        sentence,
      );
    }
  });

  test('made up (red team s23): standard × count off the payment, incl. 每亩 and 人均 standards: found once', () => {
    for (const sentence of [
      '按每人每年0.36万元的标准，为120名困难群众发放补贴40万元。',
      '按每人每年3600元的标准，为120名困难群众发放补贴400000元。',
      '对120名困难群众，按照每人每年3600元的标准发放生活补贴，发放金额为40万元。',
      '为全镇120名高龄老人按每人每年3600元的标准发放高龄津贴，共发放40万元。',
      '按每亩每年120元的标准，为3000亩公益林发放生态效益补偿资金30万元。',
      '按照人均3600元的标准，为120名困难群众发放补贴40万元。',
      '标准为每人3600元，共计120人，发放补贴40万元。',
      '按每人每年3,600元的标准，为120名困难群众发放补贴420,000.00元。',
      '按每户1000元的标准慰问困难党员120户，发放慰问金10万元。',
    ]) {
      assert.equal(found(sentence).length, 1, sentence);
    }
  });
});

describe('unit-sum: a standard per 亩 of each head times the 亩, not the heads (session 42, set 29)', () => {
  test('西平 小麦 2023 (tune corpus, holds): 每人每亩100元 × 26930亩 = 269.3万元, not 11196户 × 100元', () => {
    const text = readFileSync(join(ROOT, 'test/corpus/2023-河南-西平县优质小麦种植补贴-转移支付.md'), 'utf8');
    assert.deepEqual(findingsOf(text, RULE), []);
  });

  test('made up: 每人每年 is per head still; 每人每亩 is not', () => {
    const paid = (standard: string): number =>
      findingsOf(body(`按照${standard}100元标准，实际享受补贴人员为1000户，实际发放补贴资金20万元。`), RULE).length;
    assert.equal(paid('每户每年'), 1);
    assert.equal(paid('每人每月'), 1);
    assert.equal(paid('每户每亩'), 0);
  });
});
