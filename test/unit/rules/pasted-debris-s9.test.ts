// pasted-debris, session 9 (issue 14): furniture and debris of kinds the blind set showed the rule had not
// generalised to, read on the lines of the tuning texts themselves (some of the texts are not recognised as
// reports yet, so each is checked as one), and the false alarms printed for the rotated texts. Made-up
// texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const cut = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句子被换行截断'));

describe('pasted-debris: false alarms printed for the rotated texts (session 9)', () => {
  test('新开镇 2021: a cell’s text, then the next label wrapped in its cell (…武装等工作 / 年度主要 / 工作内容), is no cut sentence', () => {
    const text = tuneText('2021-湖南-岳阳县新开镇政府-部门整体');
    assert.ok(text.includes('武装等工作\n\n年度主要\n\n工作内容'));
    assert.deepEqual(
      cut(text).map((f) => lineAt(text, f.span.start)),
      [],
    );
  });
});
