// Which report a file is, read from its first lines alone (no parse): its evaluation year and its unit, as
// the header block or the title writes them. Enough to find, among the files of a folder, last year's
// report of the same unit, without reading each file in full.
import { unitNameIn } from './unit-name.js';

const HEAD = 3000;
const YEAR_FIELD = /评价年度[:：\s]*((?:19|20)\d{2})/;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?[^\n]{0,40}?(?:自评|评价)报告/;
const UNIT_FIELD = /(?:评价单位|单位名称|预算单位|部门名称)(?:[（(][公盖]章[)）])?[:：\s]*([^\s\n|，,]{2,40})/;
/** The unit written before the year in a title: 湛江市科技局2019年度整体绩效自评报告. */
const TITLE_UNIT = /([\u4e00-\u9fff（）()]{2,40}?)\s*(?:19|20)\d{2}\s*年度?[^\n]{0,40}?(?:自评|评价)报告/;

export interface Identity {
  year?: number;
  unit?: string;
}

export function reportIdentity(text: string): Identity {
  const head = text.slice(0, HEAD);
  const out: Identity = {};
  const year = YEAR_FIELD.exec(head) ?? TITLE_YEAR.exec(head);
  if (year?.[1]) out.year = Number(year[1]);
  // a field or title that names no unit (现将, 主题词, 8个) names none: model/unit-name.ts
  const field = UNIT_FIELD.exec(head)?.[1];
  const title = TITLE_UNIT.exec(head)?.[1];
  const unit = (field && unitNameIn(field)) ?? (title && unitNameIn(title));
  if (unit) out.unit = unit;
  return out;
}

/**
 * Which of a folder's reports (`others`, the report itself left out) is last year's report of the unit `now` is, if
 * any. A report of the year before naming the same unit is. One that names no unit, or any when `now` names none, is
 * only when it is the folder's one report of the year before: in a reviewer's folder of many units' reports, a report
 * whose unit is not written cannot be told from another unit's, and two units' 存在问题 held against each other would
 * read as 照抄上年 (the field corpus's folder paired 480 of its texts with a report of another unit).
 */
export function lastYearsAmong<T extends { identity: Identity }>(now: Identity, others: readonly T[]): T | undefined {
  if (now.year === undefined) return undefined;
  const year = now.year - 1;
  let only: T | undefined;
  let count = 0;
  for (const other of others) {
    const { unit } = other.identity;
    if (other.identity.year !== year) continue;
    if (now.unit !== undefined && unit !== undefined && sameUnit(now.unit, unit)) return other;
    if (count++ === 0) only = other;
  }
  if (count !== 1 || !only) return undefined;
  return now.unit === undefined || only.identity.unit === undefined ? only : undefined;
}

/**
 * How many of a folder's reports are of the year before when lastYearsAmong takes none of them because a unit is not
 * written (two or more, and which is the unit's own cannot be told); 0 otherwise. Said to the user, who can name it.
 */
export function unsureLastYears(now: Identity, others: readonly { identity: Identity }[]): number {
  if (now.year === undefined) return 0;
  const before = others.filter((o) => o.identity.year === (now.year as number) - 1);
  if (before.length < 2) return 0;
  return now.unit === undefined || before.some((o) => o.identity.unit === undefined) ? before.length : 0;
}

/** 湛江市科技局 and 湛江市科学技术局 are one unit: the shorter name's characters in order in the longer. */
export function sameUnit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}
