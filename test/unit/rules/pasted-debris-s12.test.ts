// pasted-debris, session 12 (issue 14 §7): the debris of the texts rotated into tune this session — a gambling
// site's advertising a mirror wrote inside words, … — read on the tuning texts; made-up texts say so.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding } from '../../../server/src/engine/index.js';
import { cleanReport } from './_report.js';
import { findingsAsReport, tuneText } from './_tune.js';

const RULE = 'pasted-debris';
const debris = (text: string): Finding[] => findingsAsReport(text, RULE);
const lineAt = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
const spam = (text: string): Finding[] => debris(text).filter((f) => f.message.zh.startsWith('句中混入'));
/** A clean report with `line` as the first paragraph of its 基本情况. */
const inReport = (line: string): string => cleanReport({ bodies: { 'basic-functions': line } });

describe('pasted-debris: a gambling site’s advertising inside words (session 12)', () => {
  test('三峡后续 2021: 全球最大的博彩平台 written in place of 水利, each time, boast and all, with no fix (the lost word is not known)', () => {
    const text = tuneText('2021-重庆-重庆市三峡后续工作建设基金-转移支付');
    const found = spam(text);
    assert.deepEqual(
      found.map((f) => lineAt(text, f.span.start)),
      [1, 1, 1, 3, 5],
    );
    for (const f of found) {
      assert.equal(text.slice(f.span.start, f.span.end), '全球最大的博彩平台');
      assert.equal(f.fix, undefined);
    }
  });

  test('made up: one word that is the advertising itself, with the weak words around it, in other brands', () => {
    for (const [line, phrase] of [
      ['2023年亚洲最大的博彩网站林业局下达补助资金100万元。', '亚洲最大的博彩网站'],
      ['下达开云体育资金100万元，用于道路建设。', '开云体育'],
      ['全县九游会官网平台农村公路养护里程120公里。', '九游会官网平台'],
    ] as const) {
      const text = inReport(line);
      const found = spam(text);
      assert.deepEqual(
        found.map((f) => text.slice(f.span.start, f.span.end)),
        [phrase],
        line,
      );
    }
  });

  test('made up: a report’s 最大的, 全球, 平台 and a police report’s 赌博 are no spam', () => {
    for (const line of ['全县最大的体育彩票投注站完成改造，彩票公益金支出20万元。', '搭建全球领先的政务服务平台，打击网络赌博违法犯罪。']) {
      assert.deepEqual(spam(inReport(line)), [], line);
    }
  });
});
