// Heading numbers damaged in ways session 15's measured texts (rotated into tune in session 16) showed: a (一) that lost
// its ( before the report first writes one whole (numbering/lost-open.ts), a level whose numbers all lost their point
// (numbering/glued-run.ts), and an attachment's label that lost its 附件 (numbering/attachment-label.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, only, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const spans = (text: string, fs: Finding[]): string[] => fs.map((f) => spanText(text, f));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;
const YONGQIAO = '2021-安徽-埇桥区文旅局省级旅游发展资金-专项资金';

test('埇桥 2021: 一) before the report first writes (一) whole, then 二) 三) — each lost its (', () => {
  const text = tuneText(YONGQIAO);
  const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('缺了前括号'));
  assert.deepEqual(spans(text, fs), ['一)', '二)', '三)']);
  assert.ok(applyFix(text, fs[0] as Finding).includes('\n(一)资金投入情况分析。'));
});

test('埇桥 2021: 1项目… 2项目… 3项目…, each a heading over its paragraph, all lost their point', () => {
  const text = tuneText(YONGQIAO);
  // one finding for the run (session 27), the others related, and one fix for all
  const f = only(findingsAsReport(text, RULE).filter((x) => x.message.zh.includes('缺了点号')));
  assert.equal(spanText(text, f), '1');
  assert.deepEqual(
    (f.related ?? []).map((r) => spanText(text, r)),
    ['2', '3'],
  );
  assert.ok(f.message.zh.includes('应为「1.项目资金到位情况分析」'), f.message.zh);
  assert.equal(f.fix?.safe, false);
  const fixed = applyFix(text, f);
  for (const h of ['1.项目资金到位情况分析。', '2.项目资金执行情况分析。', '3.项目资金管理情况分析。'])
    assert.ok(fixed.includes(`\n${h}`), h);
});

test('made up: a draft that writes (一) whole only after its 一) has the whole form: 一) lost its (', () => {
  const text = plain('一、基本情况\n\n一)项目概况\n\n本项目资金50万元。\n\n(二)项目绩效目标\n\n完成造林1200亩。');
  const fs = findingsOf(text, RULE).filter((f) => f.message.zh.includes('缺了前括号'));
  assert.deepEqual(spans(text, fs), ['一)']);
});

test('made up: headings 1项目… 2资金… over their paragraphs are flagged; a list 1负责… 2开展… line after line once, as a list', () => {
  const headings = plain('一、基本情况\n\n1项目概况。\n\n本项目资金50万元。\n\n2资金使用情况\n\n已全部支出。');
  assert.deepEqual(
    findingsOf(headings, RULE)
      .filter((f) => f.message.zh.includes('缺了点号'))
      .flatMap((f) => [f, ...(f.related ?? [])])
      .map((x) => spanText(headings, x)),
    ['1', '2'],
  );
  // session 19: a reviewer annotates such a list as numbers that lost their separators (同德镇 2021, 1使… 2困难… 3覆盖…),
  // said once for the list (numbering/glued-list.ts), not per line as headings
  const list = plain('一、基本情况\n\n1负责全区林地管护。\n\n2开展森林防火工作。\n\n3承担造林绿化工作。');
  const said = findingsOf(list, RULE);
  assert.equal(said.length, 1);
  assert.ok((said[0] as Finding).message.zh.startsWith('这一列表的编号「1」「2」「3」后'), (said[0] as Finding).message.zh);
});

test('made up: months glued to a figure (1月… 2月…) are no numbers; nor headings of two lists', () => {
  const months = plain('一、工作开展情况\n\n1月份工作\n\n完成造林100亩。\n\n2月份工作\n\n完成造林200亩。');
  assert.deepEqual(findingsOf(months, RULE), []);
  const split = plain('一、基本情况\n\n1项目概况\n\n本项目资金50万元。\n\n二、绩效评价\n\n2资金使用情况\n\n已全部支出。');
  assert.deepEqual(
    findingsOf(split, RULE).filter((f) => f.message.zh.includes('缺了点号')),
    [],
  );
});

test('种子总站 2020: 4-2 alone on its line between 附件4-1 and 附件4-3 lost its 附件', () => {
  const text = tuneText('2020-海南-省种子总站农业技术推广-项目支出');
  const fs = findingsAsReport(text, RULE).filter((f) => f.message.zh.includes('前缺了'));
  assert.deepEqual(spans(text, fs), ['4-2']);
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('应为「附件4-2」'), f.message.zh);
  assert.equal(f.fix?.safe, false);
  assert.ok(applyFix(text, f).includes('\n附件4-2\n'));
});

test('made up: a bare 2-3 with no 附件2-2 or 附件2-4 beside it (a page number, a range) is not read', () => {
  const alone = plain('一、基本情况\n\n本项目资金50万元。\n\n2-3\n\n附件1-1\n\n项目支出绩效自评表');
  assert.deepEqual(
    findingsOf(alone, RULE).filter((f) => f.message.zh.includes('前缺了')),
    [],
  );
  const labelled = plain('一、基本情况\n\n本项目资金50万元。\n\n附表2-2 项目绩效目标表\n\n2-3\n\n项目支出绩效自评表');
  assert.deepEqual(
    spans(
      labelled,
      findingsOf(labelled, RULE).filter((f) => f.message.zh.includes('前缺了')),
    ),
    ['2-3'],
  );
});
