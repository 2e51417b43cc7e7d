// A numeral spaced off its brackets, as a PDF's text writes it (session 35's set 21, 赫山城管 2024: `(一)机构设置` …
// `( 二) 人员编制` … `(三)职责职能`; 腾冲 2023: `( 一 )省级下达…`): the number is read (parse/markers.ts, one space on each
// side at most), so (三) skips nothing. A line with a clause in it (model/lost-number.ts) is no title that lost its number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findingsOf } from '../../helpers.js';
import { readMarker } from '../../../server/src/engine/parse/markers.js';
import { findingsAsReport, lineOf, tuneText } from './_tune.js';

const RULE = 'heading-numbering';
/** A made-up plain report (no template fits it): its own numbering is all there is. */
const plain = (body: string): string => `某县城管局2024年度部门整体支出绩效自评报告\n\n一、部门基本情况\n\n${body}\n`;

test('赫山城管 2024 (set 21, rotated into tune in session 35, line 15): (三) after `( 二) 人员编制` is no skip', () => {
  const text = tuneText('2024-湖南-赫山区城市管理局-部门整体');
  assert.deepEqual(
    findingsAsReport(text, RULE).filter((f) => lineOf(text, f.span.start) === 15),
    [],
  );
});

test('made up: one space inside a bracket is read; two, or a figure inside, are not a number', () => {
  for (const [line, value] of [
    ['( 二) 人员编制', 2],
    ['(二 ) 人员编制', 2],
    ['( 一 )项目情况', 1],
    ['（ 三）职责职能', 3],
  ] as const) {
    const m = readMarker(line, 0);
    assert.equal(m?.level, 2, line);
    assert.equal(m?.value, value, line);
  }
  for (const line of ['(  二) 人员编制', '( 二  ) 人员编制', '( 2 )项目', '( 二3)项目'])
    assert.notEqual(readMarker(line, 0)?.level, 2, line);
});

test('made up: (一) ( 二) (三) in order are silent; a number the headings really skip is still found', () => {
  assert.deepEqual(
    findingsOf(
      plain(
        '(一)机构设置\n\n内设股室4个，大队5个。\n\n( 二) 人员编制\n\n现有人员45人，其中在编40人。\n\n(三)职责职能\n\n负责城市管理和综合执法工作。',
      ),
      RULE,
    ),
    [],
  );
  const skip = findingsOf(
    plain(
      '(一)机构设置\n\n内设股室4个，大队5个。\n\n( 二) 人员编制\n\n现有人员45人，其中在编40人。\n\n(四)职责职能\n\n负责城市管理和综合执法工作。',
    ),
    RULE,
  );
  assert.equal(skip.length, 1);
  // told as the skip it is: the sentence between (现有人员45人，其中在编40人。) holds a clause, and is no title that lost its (三)
  assert.ok(skip[0]?.message.zh.includes('跳号') && skip[0].message.zh.includes('应为「(三)」'), skip[0]?.message.zh);
});
