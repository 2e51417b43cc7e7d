// Two items of a list of amounts run together (…社会保障和就业支出24.51万元城乡社区支出21,361.86万元,…, 呈贡信息产业园区
// 2018): a list whose items are a name and an amount, separated by one mark, where after one amount the next item's
// name follows with no mark. Read only where at least MIN_ITEMS amounts are followed by the same separator and the run-on
// name, of a few characters at least, ends as another item's name does (支出 … 支出) and holds no word of a comparison
// or a purpose (比上年3022亿元增加304.9亿元, 20万元用于…: data/enumeration-separator.json): prose is left alone. Part
// of enumeration-separator.
import data from '../data/enumeration-separator.json' with { type: 'json' };

/** A name of Chinese characters, an amount in 元, 万元 or 亿元, and what follows it (bounded: linear). */
const ITEM = /([\u4e00-\u9fa5]{2,16})([0-9][0-9,]*(?:\.[0-9]+)?)(万元|亿元|元)(?=(.?))/g;
/** Amounts with the same separator after them that make the line a list. */
const MIN_ITEMS = 3;
const LIST_SEPARATORS = new Set([...'，,、；;']);
/** How many characters of a name's end two items share for the run-on name to be taken for an item's. */
const SHARED_END = 2;

export interface GluedAmount {
  /** Offset in the line where the separator goes (right after the unit). */
  at: number;
  separator: string;
  /** The unit and the next item's name, as written: 万元城乡社区支出. */
  shown: string;
}

/** A unit right before a name and its figure: where an item runs on from the one before, tested before ITEM is run. */
const RUN_ON = /元[\u4e00-\u9fa5]{2,16}[0-9]/;

export function gluedAmounts(text: string): GluedAmount[] {
  if (!text.includes('元') || !RUN_ON.test(text)) return NONE;
  const items: { name: string; start: number; end: number; next: string }[] = [];
  for (const m of text.matchAll(ITEM)) {
    items.push({ name: m[1] as string, start: m.index, end: m.index + m[0].length, next: m[4] as string });
  }
  if (items.length < MIN_ITEMS + 1) return NONE;
  const counts = new Map<string, number>();
  for (const it of items) if (LIST_SEPARATORS.has(it.next)) counts.set(it.next, (counts.get(it.next) ?? 0) + 1);
  const [separator, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (n < MIN_ITEMS) return NONE;
  const ends = new Set(items.filter((it) => it.next === separator).map((it) => it.name.slice(-SHARED_END)));
  let out: GluedAmount[] | undefined;
  for (let k = 0; k + 1 < items.length; k++) {
    const it = items[k] as (typeof items)[0];
    const following = items[k + 1] as (typeof items)[0];
    // the next item's name starts right after this amount's unit, and ends as the list's names do
    const name = following.name;
    if (following.start !== it.end || name.length < data.shortestName || !ends.has(name.slice(-SHARED_END))) continue;
    if (data.comparisonWords.some((w) => name.includes(w))) continue;
    // a name opening on 和 / 及 / 与 is joined by its conjunction (…29.1万元和其他费用604.1万元、…, 县中医医院 20xx, set 34)
    if (JOINED.test(name)) continue;
    (out ??= []).push({ at: it.end, separator, shown: text.slice(it.end - 2, it.end + following.name.length) });
  }
  return out ?? NONE;
}

const NONE: GluedAmount[] = [];
const JOINED = /^(?:和|及|与|以及)/;
