// Numbers with their closing bracket only, two items to a line, as session 34's set 20 showed (望岳路 2021:
// `1)加强党的建设。2)统筹社区发展。` then `3)组织公共服务。4)实施综合管理。`): the second item of each line is read
// (parse/run-in.ts closedItems), so the lines' first numbers 1) 3) 5) 7) 9) skip nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../helpers.js';
import { runInStarts } from '../../../server/src/engine/parse/run-in.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县科技局2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n${body}\n`;

test('望岳路 2021 (set 20, rotated into tune in session 34, lines 45–53): two items to a line, no number skipped', () => {
  assert.deepEqual(findingsAsReport(tuneText('2021-湖南-岳阳楼区望岳路街道办事处-部门整体'), RULE), []);
});

test('made up: a 2) after a sentence end in a line a 1) opens is the next item; inside a sentence or after another form it is not', () => {
  assert.deepEqual(runInStarts('1)加强党的建设。2)统筹社区发展。'), [9]);
  assert.deepEqual(runInStarts('1)加强。2)统筹。3)管理。'), [5, 10]);
  assert.deepEqual(runInStarts('1)加强，2)统筹'), []);
  assert.deepEqual(runInStarts('项目(见表1)。2)统筹'), []);
  assert.deepEqual(runInStarts('1.加强。2)统筹'), []);
});

test('made up: two items to a line in order are silent; a number the lines really skip is still found', () => {
  assert.deepEqual(findingsOf(plain('1)加强党的建设。2)统筹社区发展。\n\n3)组织公共服务。4)实施综合管理。'), RULE), []);
  const skip = findingsOf(plain('1)加强党的建设。2)统筹社区发展。\n\n4)组织公共服务。5)实施综合管理。'), RULE);
  assert.equal(skip.length, 1);
  assert.ok(skip[0]?.message.zh.includes('应为「3)」'), skip[0]?.message.zh);
});
