// One item listed twice in one enumeration (安福 2021: 油茶新造任务安排在洲湖镇、洋门乡、寮塘乡、洲湖镇等乡镇): the
// drafter meant another place, unit or measure, or copied one in twice. Only whole items are compared: a list's items
// are what stands between two 、; its first item runs from the clause's start, so only its end is read, after a word
// that opens a list (data/repeated-word.json `listOpeners`: 在, 即, 包括…); its last runs to 等 or to the clause's
// end, and is whole there only when it is no longer than the list's other items (城区、乡镇、城区周边 lists three places).
// A joining word (和, 及, 与…) or 等 inside an item ends one list and starts another (刑事、民事、行政诉讼活动及刑事、
// 民事、行政裁决: two lists), and brackets and clause marks end a list (sub-lists in brackets are lists of their own).
import words from '../data/repeated-word.json' with { type: 'json' };
import type { Repeat } from './repeat.js';

/** Two 、 in one clause: what every list of three items holds (linear: the run between them holds no 、). */
const TWO_MARKS = /、[^、，,。；;：:！？!?（）()《》“”"|【】[\]]+、/;
/** What ends a clause, and so a list. */
const BREAK = /[，,。；;：:！？!?（）()《》“”"|【】[\]]/;
/** A joining word or 等 inside an item: the list ends before it and another starts after it. */
const JOIN = new RegExp(words.listJoins.join('|'));
const OPENERS = new Set(words.listOpeners);
const ITEM = /^[\u4e00-\u9fa5]{2,}$/;
/**
 * A list of values given in turn to things named before it (made up: 四个季度考核结果分别为优秀、良好、优秀、优秀;
 * 回答依次为满意、满意、基本满意): its items repeat as the values do, and name nothing twice.
 */
const VALUES = /(?:分别|依次|各自)(?:为|是|达到|获得|评为)/;
/** Grades and answers: a list that gives one twice gives values in turn (考核结果为优秀、良好、优秀、合格), names nothing twice. */
const LIST_VALUES = new Set(words.listValues);
/** An item written three times or more in one list is a value repeated on purpose (满分、满分、满分、扣2分), not a slip. */
const ON_PURPOSE = 3;
/** How far back from a 、 its item's earlier copy is looked for (a list of places or units in one clause). */
const REACH = 400;

interface Item {
  text: string;
  at: number;
  /** Whether the item's start is known (a 、 or a joining word before it), not the clause's start. */
  whole: boolean;
}

export function listedTwice(text: string): Repeat[] {
  if (!TWO_MARKS.test(text) || !itemAgain(text)) return NONE;
  let out: Repeat[] | undefined;
  let at = 0;
  for (const clause of text.split(BREAK)) {
    if (clause.indexOf('、') !== clause.lastIndexOf('、') && !VALUES.test(clause))
      for (const r of clauseRepeats(clause, at)) (out ??= []).push(r);
    at += clause.length + 1;
  }
  return out ?? NONE;
}

/**
 * Some 、 is followed by two characters written earlier in its clause: what the second copy of every item listed twice
 * shows. Native searches per 、, before any list is cut up (most lists name no item twice).
 */
function itemAgain(text: string): boolean {
  for (let p = text.indexOf('、'); p >= 0; p = text.indexOf('、', p + 1)) {
    // read back no further than a list's reach: a long line of items stays linear
    const from = Math.max(0, p - REACH);
    const at = text.slice(from, p).lastIndexOf(text.slice(p + 1, p + 3), p - 2 - from);
    if (at >= 0 && !BREAK.test(text.slice(from + at, p))) return true;
  }
  return false;
}

function clauseRepeats(clause: string, offset: number): Repeat[] {
  const parts = clause.split('、');
  const lists: Item[][] = [];
  let list: Item[] = [];
  let at = offset;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k] as string;
    const last = k === parts.length - 1;
    const join = k === 0 ? null : JOIN.exec(part);
    if (join === null) list.push({ text: part, at, whole: k > 0 });
    else {
      // the item ends at the joining word; after it, another list starts (or, in the last item, the list's last item)
      if (join.index > 0) list.push({ text: part.slice(0, join.index), at, whole: true });
      if (!last || join[0] !== '等') {
        lists.push(list);
        list = [];
        const tail = part.slice(join.index + join[0].length);
        if (!last && tail !== '') list.push({ text: tail, at: at + join.index + join[0].length, whole: true });
      }
      at += part.length + 1;
      continue;
    }
    at += part.length + 1;
  }
  lists.push(list);
  let out: Repeat[] | undefined;
  for (const l of lists) for (const r of listRepeats(l)) (out ??= []).push(r);
  return out ?? NONE;
}

/** The repeats of one list: its last item is whole when it is no longer than its others (the clause's end is its end). */
function listRepeats(list: Item[]): Repeat[] {
  if (list.length < 3) return NONE;
  let longest = 0;
  for (let k = 1; k < list.length - 1; k++) longest = Math.max(longest, (list[k] as Item).text.length);
  const tail = list.at(-1) as Item;
  if (tail.text.length > longest) list = list.slice(0, -1);
  // how often each item is written and where its first whole copy stands, in one pass (a list may be very long)
  const count = new Map<string, number>();
  const firstWhole = new Map<string, number>();
  list.forEach((x, k) => {
    count.set(x.text, (count.get(x.text) ?? 0) + 1);
    if (x.whole && !firstWhole.has(x.text)) firstWhole.set(x.text, k);
  });
  const head = list[0] as Item;
  let out: Repeat[] | undefined;
  for (let j = 1; j < list.length; j++) {
    const b = list[j] as Item;
    if (!ITEM.test(b.text)) continue;
    if ((count.get(b.text) ?? 0) >= ON_PURPOSE || LIST_VALUES.has(b.text)) continue;
    // the earliest copy before it: the end of a first item not read whole, else the first whole item written the same
    let first = head.whole ? -1 : openedAt(head, b.text);
    const k = firstWhole.get(b.text) as number;
    if (first < 0 && k < j) first = (list[k] as Item).at;
    if (first >= 0) {
      (out ??= []).push({
        at: first,
        length: b.text.length,
        copies: 2,
        end: b.at + b.text.length,
        cut: [b.at - 1, b.at + b.text.length],
        word: b.text,
        listed: true,
      });
    }
  }
  return out ?? NONE;
}

/** Where `word` stands at the end of the list's first item, after a word that opens a list (安排在洲湖镇), or -1. */
function openedAt(a: Item, word: string): number {
  if (!a.text.endsWith(word)) return -1;
  const before = a.text.length - word.length;
  if (before === 0) return a.at;
  for (const o of OPENERS) if (a.text.endsWith(o, before)) return a.at + before;
  return -1;
}

const NONE: Repeat[] = [];
