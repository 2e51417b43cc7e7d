// A made-up report's parts for pasted-debris' made-up cases (pasted-debris-s18b, -s19): debris lines go before, between
// or after them, and the findings' quoted text is what a test compares.
import type { Finding } from '../../../server/src/engine/index.js';
import { findingsAsReport } from './_tune.js';

export const debris = (text: string): Finding[] => findingsAsReport(text, 'pasted-debris');
export const TITLE = '山河县水利局2023年度部门整体支出绩效自评报告';
export const BODY = [
  '一、部门基本情况',
  '我局主要负责全县水利工程建设与管理等工作。',
  '二、自评结论',
  '经自评，综合得分为95分，评价等次为“优”。',
];
export const text = (...lines: string[]): string => lines.join('\n') + '\n';
export const quoted = (t: string): string[] => debris(t).map((f) => t.slice(f.span.start, f.span.end));
