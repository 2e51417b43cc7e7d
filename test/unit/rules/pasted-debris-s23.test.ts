// pasted-debris, session 23's red team: a scanning app's watermark left in a PDF's text (扫描全能王 创建 on a line of its
// own inside a wrapped sentence, the second made-up blind set), in the wordings such apps print; the app named in a
// report's own sentence or cost row is the report's. Made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a scanning app’s watermark (made up, red team s23)', () => {
  for (const mark of [
    '扫描全能王 创建',
    '由 扫描全能王 扫描创建',
    '扫描全能王',
    'Scanned by CamScanner',
    'Scanned with CamScanner',
    '夸克扫描王',
  ])
    test(`made up (red team s23): the watermark line ${mark}`, () => {
      const t = text(TITLE, ...BODY, '县级安排耕地地力保护补贴工作经费12万元，用于面积核实、信息', mark, '录入和政策宣传。');
      assert.equal(debris(t).length, 1);
      assert.ok(debris(t)[0]?.message.zh.includes('扫描软件的水印'), debris(t)[0]?.message.zh);
    });

  test('made up (red team s23): the app named in a sentence, a wrapped line or a cost row is the report’s: silent', () => {
    for (const line of [
      '为提高档案数字化效率，我馆购置扫描全能王会员账号2个。',
      '档案数字化使用扫描全能王等软件',
      '扫描全能王会员费\t0.02',
    ])
      assert.deepEqual(quoted(text(TITLE, ...BODY, line)), [], line);
  });
});
