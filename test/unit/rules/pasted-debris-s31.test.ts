// pasted-debris, session 31 (session 29's set 16 rotated into tune): a document-sharing site's download box — the guest and
// member download buttons, the price in coins, the login and payment prompts and the site's numbered 友情提示 — is one block
// with the banner above it (产粮大县 山东 2015); a portal's publication record laid out as a list opens with an empty item,
// a lone `-`, that is the block's (蒙自 地震局 2019, 屏边 2021, 蒙自 卫健 2024); and the correct text that looks like each.
// Real texts are named; made-up ones say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdits, type Finding } from '../../../server/src/engine/index.js';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';
import { findingsOf } from '../../helpers.js';
import { lineOf, tuneText } from './_tune.js';

describe("pasted-debris: a sharing site's download box (产粮大县 山东 2015)", () => {
  test('产粮大县 山东 2015 (tuning text): the banner, the download box and its 友情提示 are one block, lines 1–29', () => {
    // the PDF's file name under the box (line 31) is left: the annotation counts it in the block, but a file name alone on
    // its line is read otherwise (a weak pattern tried for it lost the findings on 21 tune texts' opening file names)
    const t = tuneText('2015-山东-产粮大县奖励资金-转移支付');
    const [f, ...rest] = findingsOf(t, 'pasted-debris') as [Finding, ...Finding[]];
    assert.deepEqual(rest, [], 'nothing after the block');
    assert.deepEqual([lineOf(t, f.span.start), lineOf(t, f.span.end)], [1, 29], f.message.zh);
  });

  test('made up: 游客一键下载, 下载资源需要20金币 and 加入VIP above the title are struck with it', () => {
    const box = ['快捷下载 游客一键下载', '会员登录下载', '下载资源需要20金币 【人民币20元】', '邮箱/手机:', '加入VIP,下载共享资源'];
    const [f] = debris(text(...box, TITLE, ...BODY));
    assert.ok(f, 'one finding');
    assert.equal(
      text(...box, TITLE, ...BODY)
        .slice(f.span.start, f.span.end)
        .split('\n').length,
      box.length,
    );
  });

  test('made up: a report’s own 温馨提示, 验证码 and 支付方式 in its sentences are not the box (weak words alone)', () => {
    const t = text(TITLE, '一、部门基本情况', '温馨提示:', '群众办事可通过验证码登录，支付方式:支持微信支付。', ...BODY.slice(2));
    assert.deepEqual(quoted(t), []);
  });
});

describe('pasted-debris: a record laid out as a list opens with an empty item (蒙自 地震局 2019)', () => {
  test('蒙自 地震局 2019, 屏边 2021, 蒙自 卫健 2024 (tuning texts): the block starts at the lone - on line 1, and its fix deletes it', () => {
    for (const slug of [
      '2019-云南-蒙自市地震局-部门整体',
      '2021-云南-屏边县乡村振兴局小额信贷贴息-项目支出',
      '2024-云南-蒙自市卫生健康局-部门整体',
    ]) {
      const t = tuneText(slug);
      const f = findingsOf(t, 'pasted-debris')[0] as Finding;
      assert.equal(f.span.start, 0, slug);
      assert.ok(f.message.zh.includes('（第 1—'), f.message.zh);
      assert.ok(!applyEdits(t, f.fix?.edits ?? []).startsWith('-'), slug);
    }
  });

  test('made up: a lone - above a record, then the title: struck with the record, the title kept', () => {
    const t = text('-', '索引号：11530000/2024-00012', '-', '发布机构：山河县水利局', '-', '发布日期：2024-03-05', TITLE, ...BODY);
    const [f] = debris(t);
    assert.ok(f, 'one finding');
    assert.equal(f.span.start, 0);
    assert.ok(applyEdits(t, f.fix?.edits ?? []).startsWith(TITLE), applyEdits(t, f.fix?.edits ?? []).slice(0, 40));
  });

  test('made up: a lone - between the report’s own lines is no record’s: nothing said', () => {
    assert.deepEqual(quoted(text(TITLE, '一、部门基本情况', '-', '我局主要负责全县水利工程建设与管理等工作。', ...BODY.slice(2))), []);
  });
});
