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
 * read as 照抄上年 (the field corpus's folder paired 480 of its texts with a report of another unit). `unsure`: how many
 * reports of the year before were left for that reason (two or more; 0 otherwise), said to the user, who can name one.
 */
export function lastYearsAmong<T extends { identity: Identity }>(now: Identity, others: readonly T[]): { found?: T; unsure: number } {
  if (now.year === undefined) return { unsure: 0 };
  const year = now.year - 1;
  const before = others.filter((o) => o.identity.year === year);
  const { unit } = now;
  const own = unit === undefined ? undefined : before.find((o) => o.identity.unit !== undefined && sameUnit(unit, o.identity.unit));
  if (own) return { found: own, unsure: 0 };
  if (unit !== undefined && before.every((o) => o.identity.unit !== undefined)) return { unsure: 0 };
  return before.length === 1 ? { found: before[0], unsure: 0 } : { unsure: before.length };
}

/** 湛江市科技局 and 湛江市科学技术局 are one unit: the shorter name's characters in order in the longer. */
export function sameUnit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}
