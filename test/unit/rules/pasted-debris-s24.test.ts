// pasted-debris, session 24 (its measured set rotated into tune: 永善 2021, 海南 生态公益林, 国培 20xx): a news CMS's empty record
// fields under the title, the download button 合集下载 of essay and sharing sites, an essay site's title ending 范文汇总6篇; and
// the correct text that looks like each. Field cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a CMS’s empty record fields under the title (made up)', () => {
  test('made up: 摘要: / 引题: / 关键字: alone on their lines under the title are one block', () => {
    const t = text(TITLE, '摘要:', '引题:', '关键字:', ...BODY);
    const fs = debris(t);
    assert.equal(fs.length, 1, quoted(t).join('\n'));
    assert.ok(quoted(t)[0]?.startsWith('摘要:'), quoted(t)[0]);
    assert.ok(quoted(t)[0]?.includes('关键字:'), quoted(t)[0]);
  });

  test('made up: a report’s own 摘要： over its summary, with no other field around it, is left', () => {
    assert.deepEqual(quoted(text(TITLE, '摘要：', '本局2023年度部门整体支出绩效自评得分95分，等级为“优”。', ...BODY)), []);
  });
});

describe('pasted-debris: an essay or sharing site’s 合集下载 and its 范文汇总N篇 title (made up)', () => {
  test('made up: the title, 合集下载 and the site’s wrapper above the first piece are one block', () => {
    const t = text('2023年度森林防火经费绩效评价报告', '', '合集下载', '', '森林防火经费绩效自评报告范文汇总5篇', '', ...BODY);
    const fs = debris(t);
    assert.equal(fs.length, 1, quoted(t).join('\n'));
    assert.ok(quoted(t)[0]?.startsWith('2023年度森林防火经费绩效评价报告'), quoted(t)[0]);
    assert.ok(quoted(t)[0]?.includes('范文汇总5篇'), quoted(t)[0]);
  });

  test('made up: a report that says it gathered 汇总 figures from five pieces of work is left', () => {
    assert.deepEqual(quoted(text(TITLE, '全年共汇总各乡镇报送材料5篇。', ...BODY)), []);
  });
});

describe('pasted-debris: a sharing site’s 文档介绍: glued before the document (made up)', () => {
  test('made up: 文档介绍: at the head of the title’s line is the site’s label: only it is deleted', () => {
    const t = text(`文档介绍:${TITLE}`, ...BODY);
    assert.deepEqual(quoted(t), ['文档介绍:']);
    assert.equal(debris(t)[0]?.fix?.safe, true);
  });

  test('made up: a report that describes its documents (档案文档介绍及整理情况如下：) is left', () => {
    assert.deepEqual(quoted(text(TITLE, '馆藏档案文档介绍及整理情况如下：全年整理档案1200卷。', ...BODY)), []);
  });
});
