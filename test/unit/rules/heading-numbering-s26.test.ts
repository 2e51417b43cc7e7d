// Heading numbers damaged as session 26's second set showed: second-level headings that kept only their closing bracket
// (numbering/bare-close.ts, 宣城高新区 2022), where no whole (一) stands under the top-level heading to count from.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, findingsOf, readFixture, spanText } from '../../helpers.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
const bare = (fs: Finding[]): Finding[] => fs.filter((f) => f.message.zh.includes('只剩右括号'));
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县科技局2024年度部门整体支出绩效自评报告\n\n${body}\n`;

test('宣城高新区 2022: )当年部门履职总体情况, )当年部门年度整体支出绩效目标, )部门预算绩效管理开展情况 read (一) (二) (三)', () => {
  const text = tuneText('2022-安徽-宣城高新区管委会-部门整体');
  const fs = bare(findingsAsReport(text, RULE));
  assert.deepEqual(
    fs.map((f) => f.message.zh.match(/应为「(.+?)」/)?.[1]),
    ['(一)', '(二)', '(三)'],
  );
  assert.equal(fs[0]?.fix?.safe, false);
  assert.ok(applyFix(text, fs[0]).includes('(一)当年部门履职总体情况'));
});

test('临河 2023 (tune corpus): after a whole (一), the sequence reading tells the lost number; no second finding', () => {
  const text = tuneText('2023-内蒙古-临河区退役军人事务局-转移支付');
  assert.deepEqual(bare(findingsAsReport(text, RULE)), []);
  assert.ok(findingsAsReport(text, RULE).some((f) => spanText(text, f) === ')' && f.message.zh.includes('应为「(二)」')));
});

test('made up: counted afresh under each top-level heading; a ) closing a sentence’s bracket, or one before prose, is left', () => {
  const text = plain('一、基本情况\n\n)部门职责\n\n负责全县科技工作。\n\n二、绩效目标\n\n)年度目标\n\n)完成情况');
  assert.deepEqual(
    bare(findingsOf(text, RULE)).map((f) => f.message.zh.match(/应为「(.+?)」/)?.[1]),
    ['(一)', '(一)', '(二)'],
  );
  assert.deepEqual(bare(findingsOf(plain('一、基本情况\n\n(全年)\n\n)等三项工作已完成，成效明显，群众满意。'), RULE)), []);
});

test('the published 2019 report as Markdown headings (### (三)…, ### )部门整体…): the sequence reading tells (四), no second finding', () => {
  const text = readFixture('2019-markdown-headings.md');
  assert.deepEqual(bare(findingsOf(text, RULE)), []);
  // made up: the same bare heading with no whole (一) under its ## 三、 is numbered by its place
  const md = plain('## 三、绩效自评情况\n\n### )部门整体支出绩效管理存在问题\n\n存在预算执行进度偏慢的问题。');
  assert.deepEqual(
    bare(findingsOf(md, RULE)).map((f) => f.message.zh.match(/应为「(.+?)」/)?.[1]),
    ['(一)'],
  );
});

test('泸西交警 2024 (tune corpus) with its (一) cut to ): the bare line is told (一), and (二) after it is right, not a skip', () => {
  // the safe-fix round trip of session 27 cut (一) from `(一)部门职能职责`: the sequence reading then renumbered
  // (二)机构设置及人员情况 to (一) with a safe fix, which --fix applied
  const text = tuneText('2024-云南-泸西县公安局交通警察大队-部门整体').replace('(一)部门职能职责', ')部门职能职责');
  const fs = findingsAsReport(text, RULE);
  assert.deepEqual(
    fs.map((f) => f.message.zh.slice(0, 24)),
    ['编号只剩右括号「)」，按本文的顺序应为「(一)」'],
  );
  // the same with (二) written (三): one number is still missing, told as a skip, and fixing it is a guess
  const gap = text.replace('(二)机构设置及人员情况', '(三)机构设置及人员情况');
  const skip = findingsAsReport(gap, RULE).filter((f) => !f.message.zh.includes('只剩右括号'));
  assert.equal(skip.length, 1);
  assert.ok(skip[0]?.message.zh.includes('(三)'), skip[0]?.message.zh);
  assert.equal(skip[0]?.fix?.safe, false);
  // made up: two bare lines before (三) count two numbers
  const two = plain('一、基本情况\n\n)部门职责\n\n负责全县科技工作。\n\n)机构设置\n\n内设3个股室。\n\n(三)人员情况\n\n在职12人。');
  assert.deepEqual(
    findingsOf(two, RULE).filter((f) => !f.message.zh.includes('只剩右括号')),
    [],
  );
});
