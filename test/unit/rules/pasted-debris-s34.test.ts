// pasted-debris, session 34 (set 20 rotated into tune): a mirror that writes a lottery site's name with a colon where a
// place name stood (铁路第一小学 2022: `2022年度中国体彩网:铁路第一小学`, `是中国体彩网:教育局直属公办小学`), and a
// report that names that site as its own source, which is left.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BODY, debris, text, TITLE } from './_debris-made-up.js';
import { tuneText } from './_tune.js';

const spam = (t: string): string[] =>
  debris(t)
    .filter((f) => f.message.zh.includes('“中国体彩网:”'))
    .map((f) => f.message.zh);

test('铁路第一小学 2022 (set 20, rotated into tune in session 34): every 中国体彩网: in place of the city is found', () => {
  // lines 1, 4 and 11 (seven times), and line 2's publication record, whose message names it with the record's labels
  assert.equal(spam(tuneText('2022-湖南-铁路第一小学-部门整体')).length, 10);
});

test('made up: the site named as a source, without a colon before a unit’s name, is the report’s', () => {
  assert.equal(spam(text(TITLE, '中国体彩网:教育局直属公办小学始建于1973年。', ...BODY)).length, 1);
  assert.deepEqual(spam(text(TITLE, '销量数据来源于中国体彩网，全年销售体育彩票1.2亿元。', ...BODY)), []);
  assert.deepEqual(spam(text(TITLE, '数据来源：中国体彩网：2023年销量公告。', ...BODY)), []);
});
