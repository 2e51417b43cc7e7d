import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFix, findingsOf, readExample, ROOT, spanText, exampleNames } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneScore, tuneText } from './_tune.js';

const RULE = 'typo';

/** The clean report with 一（一）'s body replaced by `body` (made-up sentences in the 2023 report's wording). */
const withBody = (body: string): string => cleanReport({ bodies: { 'basic-functions': body } });

describe('typo on the field corpus (tuning texts)', () => {
  test('finds the annotated misspellings but the lost first character of a name (徐闻: 闻县前山镇, pasted-debris’s), and nothing else', () => {
    const s = tuneScore(RULE, ['typo']);
    assert.deepEqual(s.missed, ['2024-广东-徐闻县前山镇人民政府-部门整体:18 闻县前山镇人民政府为徐闻县财政局下的行政单位']);
    assert.equal(s.found.length, 8);
    assert.deepEqual(s.falseAlarms, []);
    assert.deepEqual(s.onHolds, []);
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
    typos: { wrong: string; right: string; source: string }[];
  };

  test('every entry says where it was seen, and differs from its correction', () => {
    for (const t of list.typos) {
      assert.ok(t.source.length > 10, t.wrong);
      assert.notEqual(t.wrong, t.right);
    }
  });

  test('every entry is found and fixed in a sentence (made up, in the 2023 report wording)', () => {
    for (const t of list.typos) {
      const text = withBody(`我局严格按照${t.wrong}要求办理。`);
      const fs = findingsOf(text, RULE);
      assert.deepEqual(
        fs.map((f) => spanText(text, f)),
        [t.wrong],
      );
      assert.ok(applyFix(text, fs[0] as Finding).includes(`按照${t.right}要求`));
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
