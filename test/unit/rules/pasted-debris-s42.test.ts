// pasted-debris, session 42 (set 27 rotated into tune): an essay site's blurb opening 【写作参考】 heads a compilation (胶州
// 耕地 20xx), and the lines above it are the site's head; garbled lines a mirror's glued pinyin runs between are one
// stretch of its damage (隆尧一中 20xx: the headings （一） and （三） garbled on lines 18 and 34, every line between glossed).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { debris, quoted, text, TITLE, BODY } from './_debris-made-up.js';
import { lineOf, tuneText } from './_tune.js';

test('胶州 耕地 20xx (set 27): the title with 【推荐8篇】, the 网友 分享 时间 line and the 【写作参考】 blurb are one block', () => {
  const t = tuneText('20xx-山东-胶州市生态补偿耕地保护提升-专项资金');
  const block = debris(t).find((f) => f.message.zh.includes('范文网站的包装文字'));
  assert.ok(block);
  assert.equal(lineOf(t, block.span.start), 1);
  // (the message counts lines of the text as checked, behind the front matter findingsAsReport puts above it)
  assert.match(block.message.zh, /第 \d+、\d+、\d+ 行：“2024年项目绩效自评报告【推荐8篇】”“【写作参考】”“网友 分享 时间:”/);
});

test('隆尧一中 20xx (set 27): the garbled headings on lines 18 and 34, glossed lines between, are one finding', () => {
  const t = tuneText('20xx-河北-隆尧一中-项目支出');
  const garbled = debris(t).filter((f) => f.message.zh.includes('乱码'));
  assert.equal(garbled.length, 1);
  const f = garbled[0];
  assert.ok(f);
  assert.deepEqual([lineOf(t, f.span.start), f.message.zh.includes('行 2 处')], [18, true]);
});

test('made up: 【写作参考】 heads an essay site’s blurb; garbled lines apart with no gloss between are two findings', () => {
  const blurb = '【写作参考】一篇好的范文往往能让您的写作事半功倍,下面是网友为您分享的“项目绩效自评报告【推荐3篇】”优质范例。';
  assert.deepEqual(quoted(text(blurb, TITLE, ...BODY)), [blurb]);
  const apart = text(TITLE, '。ㄒ唬┱畱部门职能', ...BODY, '第二段。', '第三段。', '第四段。', '。ㄈ昂颖甭虻谝恢袑');
  assert.equal(debris(apart).filter((f) => f.message.zh.includes('乱码')).length, 2);
});

test('乌海 精神卫生 2021 (set 29): a cell that is a whole name, 于 before it elsewhere (隶属于乌海市…), lost nothing', () => {
  const t = tuneText('2021-内蒙古-乌海市精神卫生中心精神卫生工作专项经费-专项资金');
  assert.deepEqual(
    debris(t).filter((f) => f.message.zh.includes('丢了第一个字')),
    [],
  );
});

test('made up: a cell indented one space lost the character the text writes before it elsewhere, not a preposition', () => {
  const lost = (elsewhere: string): number =>
    debris(text(TITLE, ' 陵区林业局', ...BODY, elsewhere)).filter((f) => f.message.zh.includes('丢了第一个字')).length;
  assert.equal(lost('本项目由零陵区林业局实施。'), 1);
  assert.equal(lost('本项目隶属于陵区林业局管理。'), 0);
});
