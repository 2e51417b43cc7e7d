// A heading on last year or earlier years (二、上年度绩效自评结果应用情况, （三）以前年度问题整改情况): what stands under it
// states an earlier year's figures on purpose, not copied from last year's report. Read by the readings of a year in the body.
import type { Report } from '../../model/report.js';
import { sectionAt } from '../../model/locate.js';

const LAST_YEAR = /上年|上一年|去年|以前年度|往年|历年|前一年/;

/** Whether the section around `offset`, or one it is in, is headed as last year's. */
export function underLastYear(report: Report, offset: number): boolean {
  for (let s = sectionAt(report, offset); s; s = s.parent) if (LAST_YEAR.test(s.heading.line.text)) return true;
  return false;
}
