// pasted-debris, session 20's second round (郴州 商务 20xx, 食品安全抽样 20xx, 新洲 2020, 红河 二院 2023): a mirror's empty
// HTML elements after a list bullet, a flattened 自评表 row whose empty cells are written -, a chunk counter past the second
// quoted with the words it cut, a portal's posting date with no time; and the correct text that looks like each. Field
// cases are in pasted-debris-field.test.ts; these are made up.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, quoted, text, TITLE } from './_debris-made-up.js';

describe('pasted-debris: a mirror’s empty elements as a bulleted list (made up)', () => {
  test('made up: bulleted tag lines and tags side by side above the title are one block of markup', () => {
    const t = text(
      '  • <strike id="uqc0k"></strike>',
      '    <ul id="uqc0k"></ul>',
      '  • <delect id="uqc0k"><s id="uqc0k"></s></delect><ul id="uqc0k"><acronym id="uqc0k"></acronym></ul>',
      TITLE,
      ...BODY,
    );
    const fs = debris(t);
    assert.equal(fs.length, 1);
    assert.ok(quoted(t)[0]?.startsWith('• <strike id="uqc0k"></strike>\n'), quoted(t)[0]);
    assert.ok(fs[0]?.message.zh.includes('网页源码残留'), fs[0]?.message.zh);
  });

  test('made up: a bulleted item that holds text (• <b>说明</b>) is left', () => {
    assert.deepEqual(quoted(text(TITLE, '  • <b>说明</b>', ...BODY)), []);
  });
});

describe('pasted-debris: a dashed number among a flattened table’s cells (made up)', () => {
  test('made up: 130 130 - 100 - 上年结转资金, empty cells written -, is no page number', () => {
    const row = '年度资金总额 130 130 130 10 100 10 其中:当年财政拨款 130 130 - 100 - 上年结转资金 - - 其他';
    assert.deepEqual(quoted(text(TITLE, ...BODY, row)), []);
  });

  test('made up: a page number after a row’s last figure (20 20 100 —1— 偏差大) or between words is one', () => {
    for (const line of ['质量指标 验收合格率 20 20 100 —1— 偏差大或目标未完成原因分析', '总分 -1- 偏差原因分析']) {
      const fs = debris(text(TITLE, ...BODY, line));
      assert.ok(
        fs.some((f) => f.message.zh.includes('页码')),
        line,
      );
    }
  });
});

describe('pasted-debris: what a message quotes (made up)', () => {
  test('made up: a third chunk counter that cut a word is quoted with the words it cut', () => {
    // a sharing site's chunks are 250 to 400 characters (pasted-debris.json chunkCounters), each but the last cut mid-word
    const cells = '指标名称年度指标值实际完成值分值得分偏差原因分析及改进措施'.repeat(12).slice(0, 280);
    const t = text(
      TITLE,
      `1、项目支出绩效自评表${cells}质量指标音响、`,
      `2、灯光、道具、服装${cells}送优秀青年演`,
      `3、员到省市专业院团随团培训。${cells}。`,
      ...BODY,
    );
    const f = debris(t).find((x) => x.message.zh.includes('段号'));
    assert.ok(f?.message.zh.includes('“3、员到省市”'), f?.message.zh);
    assert.ok(f?.message.zh.includes('“2、灯光、道”'), f?.message.zh);
  });

  test('made up: a portal’s record is quoted by its posting date when it gives no time', () => {
    const t = text(
      '预算绩效管理',
      '- 索引号: 20240913-201210-563',
      '- 发布机构: 某州卫生健康委员会',
      '- 文号:',
      '- 发布日期: 2024-03-20',
      '- 时效性: 有效',
      TITLE,
      ...BODY,
    );
    const f = debris(t)[0];
    assert.ok(f?.message.zh.includes('“发布日期: 2024-03-20”'), f?.message.zh);
  });
});
