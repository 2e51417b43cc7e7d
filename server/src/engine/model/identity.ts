// Which report a file is, read from its first lines alone (no parse): its evaluation year and its unit, as
// the header block or the title writes them. Enough to find, among the files of a folder, last year's
// report of the same unit, without reading each file in full.
const HEAD = 3000;
const YEAR_FIELD = /评价年度[:：\s]*((?:19|20)\d{2})/;
const TITLE_YEAR = /((?:19|20)\d{2})\s*年度?[^\n]{0,40}?(?:自评|评价)报告/;
const UNIT_FIELD = /(?:评价单位|单位名称|预算单位|部门名称)[:：\s]*([^\s\n|，,（(]{2,40})/;
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
  const unit = UNIT_FIELD.exec(head)?.[1] ?? TITLE_UNIT.exec(head)?.[1];
  if (unit) out.unit = unit.replace(/[（(].*$/, '');
  return out;
}

/** `earlier` is last year's report of the unit `now` is: the year before, and the same unit when both name one. */
export function isLastYears(now: Identity, earlier: Identity): boolean {
  if (now.year === undefined || earlier.year !== now.year - 1) return false;
  return now.unit === undefined || earlier.unit === undefined || sameUnit(now.unit, earlier.unit);
}

/** 湛江市科技局 and 湛江市科学技术局 are one unit: the shorter name's characters in order in the longer. */
export function sameUnit(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  for (const c of long) if (c === short[i]) i++;
  return i === short.length;
}
