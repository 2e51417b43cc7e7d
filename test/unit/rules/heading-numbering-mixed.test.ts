// One list run into a line whose items write their numbers two ways (numbering/mixed-separator.ts): the item written
// otherwise takes its siblings' form; lists on lines apart, and a run with no form holding most items, are left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, check, findingsOf, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const mixed = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.startsWith('同一列举中编号写法不一'));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县林业局2024年度项目支出绩效自评报告\n\n${body}\n`;

test('岳阳楼区文化馆 2021 (tune corpus, annotated): a cell’s `1.` `2.` `3.` then `4、完成送文化下乡20场次` — 4、 should be 4.', () => {
  const text = tuneText('2021-湖南-岳阳楼区文化馆-部门整体');
  const fs = mixed(check(text).filter((f) => f.ruleId === RULE));
  assert.deepEqual(
    fs.map((f) => spanText(text, f)),
    ['4、'],
  );
  const f = fs[0] as Finding;
  assert.ok(f.message.zh.includes('「4、」应为「4.」'), f.message.zh);
  assert.equal(f.fix?.safe, true);
  assert.ok(applyFix(text, f).includes(' 4.完成送文化下乡20场次'));
});

test('made up: left alone — lists on lines apart, two forms even, a run of two, a run not from 1', () => {
  for (const body of [
    '一、工作开展情况\n\n1.完成培训。\n\n2.开展服务。\n\n3、开展活动。',
    '一、工作开展情况\n\n1.完成培训。 2.开展服务。 3、开展活动。 4、组织下乡。',
    '一、工作开展情况\n\n1.完成培训。 2、开展服务。',
    '一、工作开展情况\n\n2.完成培训。 3.开展服务。 4.开展活动。 5、组织下乡。',
  ]) {
    const text = plain(body);
    assert.deepEqual(mixed(findingsOf(text, RULE)), [], body);
  }
  const told = plain('一、工作开展情况\n\n1、完成培训。 2、开展服务。 3.开展活动。');
  assert.deepEqual(
    mixed(findingsOf(told, RULE)).map((f) => spanText(told, f)),
    ['3.'],
  );
});
