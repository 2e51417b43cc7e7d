// A count of units against the units the sentence names:
//   内设办公室、人事股、…、信息中心21个股室        (the list before the count, 、 between names)
//   下设6个科室：办公室、财务科、…               (the list after it, behind ：/ 分别为 / 包括)
// Names are counted by their 、 at the list's own bracket depth (人事股(党建工作办公室) is one name
// with an alias). A list whose last name holds 和 / 及 / 与 or a figure is not counted: 和 may join
// two names or sit inside one (粮食和物资监督检查股). Every scan is bounded (WINDOW characters).
import type { Sentence } from '../parse/sentences.js';
import { noItems, sentenceMemo } from '../parse/sentence-memo.js';

export interface Enumeration {
  /** The count and its noun: 21个股室. */
  start: number;
  end: number;
  count: number;
  noun: string;
  named: number;
  /** The list's span. */
  listStart: number;
  listEnd: number;
}

const WINDOW = 600;
/** Nouns of organisational units and places whose names a report lists. */
const UNIT_NOUN =
  /^(?:职能|内设|二级|直属|下属|派驻|业务)?(?:股室|科室|处室|股|科|处|室|单位|机构|部门|中心|站|所|队|大队|中队|派出所|乡镇|乡|镇|村|社区|学校|医院)/;
const LIST_BEFORE_END = /[，,；;：:。！？\n]/;
const LIST_AFTER_END = /[，,；;。！？\n]/;
const DIGIT = /[0-9０-９]/;
const AFTER_CUE = /^[\s\u3000]{0,2}(?:[:：]|[,，]?(?:分别为|分别是|包括|即))[\s\u3000]{0,2}/;
const JOINED = /和|及|与|\d|[０-９]/;

export const enumerations: (s: Sentence) => Enumeration[] = sentenceMemo((s) => (s.text.includes('、') ? read(s) : []), noItems);

/** Names in text[from, to): 、 at depth 0 plus one, or undefined when the last name is ambiguous or the list is too short. */
function named(text: string, from: number, to: number): number | undefined {
  let depth = 0;
  let commas = 0;
  let last = from;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      commas++;
      last = i + 1;
    }
  }
  if (commas < 2 || depth !== 0) return undefined;
  if (JOINED.test(text.slice(last, to).replace(/[（(][^）)]*[）)]/g, ''))) return undefined;
  return commas + 1;
}

function read(s: Sentence): Enumeration[] {
  const out: Enumeration[] = [];
  const t = s.text;
  for (let i = t.indexOf('个'); i >= 0; i = t.indexOf('个', i + 1)) {
    let d = i;
    while (d > 0 && d > i - 4 && /[0-9]/.test(t[d - 1] ?? '')) d--;
    if (d === i || /[0-9.．]/.test(t[d - 1] ?? '')) continue;
    const count = Number(t.slice(d, i));
    const noun = UNIT_NOUN.exec(t.slice(i + 1, i + 9))?.[0];
    if (!noun || count < 2) continue;
    const end = i + 1 + noun.length;
    const base = { start: s.start + d, end: s.start + end, count, noun };
    // the list before: back to the clause's start
    // (a digit ends the walk and the list is not read: a list holds no figure, and so the walks of
    // two counts never cover the same text, which keeps a paragraph of counts linear)
    let from = d;
    while (from > 0 && d - from < WINDOW && !LIST_BEFORE_END.test(t[from - 1] ?? '') && !DIGIT.test(t[from - 1] ?? '')) from--;
    const digitBefore = from > 0 && DIGIT.test(t[from - 1] ?? '');
    let to = d;
    const etc = t.slice(Math.max(from, d - 1), d) === '等';
    if (etc) to--;
    const before = from < to && !digitBefore && (from === 0 || d - from < WINDOW) ? named(t, from, to) : undefined;
    if (before !== undefined) {
      if (before !== count && !(etc && before < count))
        out.push({ ...base, named: before, listStart: s.start + from, listEnd: s.start + to });
      continue;
    }
    // the list after: behind ：/ 分别为 / 包括, to the clause's end
    const cue = AFTER_CUE.exec(t.slice(end, end + 8));
    if (!cue) continue;
    const listStart = end + cue[0].length;
    let listEnd = listStart;
    while (listEnd < t.length && listEnd - listStart < WINDOW && !LIST_AFTER_END.test(t[listEnd] ?? '') && !DIGIT.test(t[listEnd] ?? ''))
      listEnd++;
    if (listEnd - listStart >= WINDOW || DIGIT.test(t[listEnd] ?? '')) continue;
    let stop = listEnd;
    while (stop > listStart && /[，,、\s]/.test(t[stop - 1] ?? '')) stop--;
    const tail = t.slice(Math.max(listStart, stop - 1), stop);
    if (tail === '等') continue;
    const after = named(t, listStart, stop);
    if (after !== undefined && after !== count)
      out.push({ ...base, named: after, listStart: s.start + listStart, listEnd: s.start + stop });
  }
  return out;
}
