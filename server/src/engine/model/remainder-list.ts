// A count split into a count and the rest listed by name (金寨 麻埠 2023: `10个项目均完工,其中3个项目资金执行100%,
// 剩余农业农村生态环境支出(…)资金执行99.97%;桂花村美丽乡村项目99.89%,响洪甸水毁修复项目95.6%,…99.49%`:
// 3 + 5 named = 8, not 10). Read only when every clause after 剩余 / 其余 is a name and its own percentage, two at
// least, to the sentence's end: a clause of anything else (均已完成, a count, an amount) and the list is not read.
import type { Sentence } from '../parse/sentences.js';
import { noItems, sentenceMemo } from '../parse/sentence-memo.js';

export interface RemainderList {
  /** The total count (10个项目), its value, the part counted (其中3个) and the items named after 剩余. */
  start: number;
  end: number;
  count: number;
  part: number;
  partStart: number;
  partEnd: number;
  named: number;
  listStart: number;
  listEnd: number;
}

/** The total: a count of projects (10个项目, 共10项). */
const TOTAL = /(?<![0-9.．])([0-9]{1,3})[ \u3000]?[个项](?=项目|子项目)/g;
/** The part counted right after it: 其中3个 (项目). */
const PART = /^[^。，,；;]{0,30}?[，,][ \u3000]?其中[ \u3000]?([0-9]{1,3})[ \u3000]?[个项]/;
/** The rest, named: 剩余 / 其余 and a name (not a count, not 均 / 都, not the remaining money). */
const REST = /[，,；;][ \u3000]?(?:剩余|其余)(?![ \u3000]?(?:[0-9０-９]|[个项]|均|都|资金|部分|款|的))/;
/** How far after 其中 N 个 its clause may run before the rest (a clause, not a paragraph). */
const PART_CLAUSE = 60;
/** The longest list read after 剩余 / 其余: a sentence running on past it is not read (and each read stays bounded). */
const LIST_MAX = 600;
/** The percentage closing an item. */
const ITEM_RATE = /[0-9]+(?:\.[0-9]+)?[%％]$/;
const CJK = /[\u4e00-\u9fa5]/;
const ITEM_BREAK = /[，,；;]/;

export const remainderLists: (s: Sentence) => RemainderList[] = sentenceMemo(
  (s) => (s.text.includes('其中') && /剩余|其余/.test(s.text) ? read(s) : []),
  noItems,
);

function read(s: Sentence): RemainderList[] {
  const t = s.text;
  const out: RemainderList[] = [];
  TOTAL.lastIndex = 0;
  for (let m = TOTAL.exec(t); m; m = TOTAL.exec(t)) {
    const after = m.index + m[0].length;
    const part = PART.exec(t.slice(after, after + 40));
    if (!part) continue;
    const partEnd = after + part[0].length;
    // the rest follows the part's own clause: nothing but that clause between them (searched within a window)
    const near = t.slice(partEnd, partEnd + PART_CLAUSE);
    const rest = REST.exec(near);
    if (!rest || /[，,；;]/.test(near.slice(0, rest.index))) continue;
    const listStart = partEnd + rest.index + rest[0].length;
    const named = items(t, listStart);
    if (named === undefined) continue;
    const count = Number(m[1]);
    const partCount = Number(part[1]);
    if (partCount >= count || partCount + named === count) continue;
    out.push({
      start: s.start + m.index,
      end: s.start + after + (t.startsWith('子项目', after) ? 3 : 2),
      count,
      part: partCount,
      partStart: s.start + after + part[0].indexOf('其中'),
      partEnd: s.start + partEnd,
      named,
      listStart: s.start + listStart,
      listEnd: s.start + listEndOf(t),
    });
  }
  return out;
}

/** The items from `from` to the sentence's end, each a name and its percentage (two at least), or undefined. */
function items(t: string, from: number): number | undefined {
  const end = listEndOf(t);
  if (end - from > LIST_MAX) return undefined;
  let depth = 0;
  let start = from;
  let named = 0;
  for (let i = from; i <= end; i++) {
    const c = t[i] ?? '';
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (i === end || (depth === 0 && ITEM_BREAK.test(c))) {
      if (!isItem(t.slice(start, i).trim())) return undefined;
      named++;
      start = i + 1;
    }
  }
  return named >= 2 ? named : undefined;
}

/** Where the list ends: the sentence's end, before its full stop. */
const listEndOf = (t: string): number => t.length - (/[。！？!?]$/.test(t) ? 1 : 0);

/** A name (a Chinese character at least, no other percentage) and its percentage closing the clause. */
function isItem(item: string): boolean {
  const rate = ITEM_RATE.exec(item);
  if (!rate) return false;
  const name = item.slice(0, rate.index);
  return CJK.test(name) && !/[%％]/.test(name) && !/[0-9.]$/.test(name);
}
