// pasted-debris, session 41 (set 25 rotated into tune): an essay site's blurb run into the report's title on one line (经开区
// 扶贫资金 2021 on a sharing site: `1、高品质文档…本站为大家整理的相关的…自评报告,供大家参考选择。2021年度财政扶贫资金绩效自评报告依据…`)
// ends the block with its sentence: the report's title and first paragraph after it are kept (debris/blurb-end.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix } from '../../helpers.js';
import { BODY, debris, text } from './_debris-made-up.js';
import { lineOf, tuneText } from './_tune.js';

test('经开区 扶贫资金 2021 (set 25): the site’s block ends with the blurb’s sentence on line 11; its fix keeps the report', () => {
  const t = tuneText('2021-贵州-经开区财政扶贫资金-专项资金');
  const block = debris(t).find((f) => f.message.zh.includes('范文网站的包装文字'));
  assert.ok(block);
  assert.deepEqual([lineOf(t, block.span.start), lineOf(t, block.span.end)], [1, 11]);
  assert.ok(t.slice(0, block.span.end).endsWith('供大家参考选择。'), t.slice(block.span.end - 20, block.span.end));
  assert.ok(block.fix);
  const fixed = applyFix(t, { ...block, fix: block.fix });
  assert.ok(fixed.startsWith('2021年度财政扶贫资金绩效自评报告依据中央财政专项扶贫资金管理方法'), fixed.slice(0, 60));
});

test('made up: a blurb with the report’s title after it keeps the title; one that ends its line, or goes on without one, is whole', () => {
  const blurb = '本站为大家整理的相关的2021年度项目绩效自评报告,供大家参考选择。';
  const after = '2021年度某县水利局项目绩效自评报告根据县财政局的通知要求,我局对2021年度项目资金开展了绩效自评,现将情况报告如下。';
  const kept = (line: string): string => {
    const t = text(line, ...BODY);
    const [f] = debris(t);
    assert.ok(f, line);
    return t.slice(f.span.end, t.indexOf('\n', f.span.end));
  };
  assert.equal(kept(blurb + after), after);
  assert.equal(kept(blurb), '');
  assert.equal(kept(`${blurb}欢迎阅读与收藏,更多范文请关注本站的其他栏目,我们每天都会更新大量的实用文章给大家。`), '');
});
