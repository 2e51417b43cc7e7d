// An item of a list in 、 joined to it by a comma, read by the shared form of its items rather than a sentence end (which
// comma-last.ts reads): 开远崇文小学 2021 `向学校管理科学化、办学条件标准化,教学设施现代化迈进` — items of one length ending in
// the same character, the one after the comma as long and ending alike; 岳阳楼区文化馆 2021 `完成传统文化进校园,进景区、
// 进乡村、进机关、进工地` — items of one length opening with the same character, the one before the comma alike. Two
// clauses joined by a comma are correct Chinese (`强化政治建设、思想建设,把制度建设贯穿其中`, `统计信息,统一核定、
// 管理`): the item across the comma must have the list's length exactly and its shared character at the same place, and
// may run on by no more than a closing verb (迈进). Figures are comma-last.ts's (units are read there, with a sentence
// end), and so are items ending in one shared word (工区). A clause the line does not end is left: its item may go on.
// The comma becomes 、. Items ending in one shared word (送教下乡、送戏下乡，送医下乡活动) are read here only when the item
// across the comma ends in that word at the same place, with nothing after it but a noun that heads the whole list
// (活动: data/enumeration-separator.json's listHeads), not a verb (一期工程、二期工程，三期工程启动 is a clause). Also a
// comma between two short items inside a list in 、 (球类、武术,体操、器械健身, 朝天 2023): two to three characters on each
// side, a 、 before and after, a short item after them and 等 or more items before, not two pairs (方针、政策，法律、法规, a
// list of two levels) nor two groups of three or more alike (申请、审核、审批，拨付、核算、归档), not a list the comma opened a
// new clause with (差旅费、会议费等支出较上年下降); and issuers listed before the title they issued (计划财务司、农田建设管理司,财政部农业农村司
// 《关于…》, 农田建设 20xx): the item across the comma ends in the list's character and runs straight into 《.
// The comma becomes 、. Part of enumeration-separator.
import type { CommaLast } from './comma-last.js';
import data from '../data/enumeration-separator.json' with { type: 'json' };
import { charTable } from '../../text/char-table.js';
import { isHanCode } from '../../text/han.js';

/** By char code: what ends a clause (an item never runs past one). */
const CLAUSE_END = charTable('，,：:。；;！!？?（）()“”《》「」|  \t\u3000');
const COMMA = charTable('，,');
/** Items in 、 on the list's side of the comma, at least. */
const MIN_ITEMS = 2;
/** Characters of an item, at least: the shared character is part of a word (科学化), not a word of its own. */
const SHORTEST = 3;
/** Characters of an item, at most. */
const LONGEST = 12;
/** Characters after the item across the comma that close the clause (向…迈进), at most. */
const MOST_TAIL = 2;

/**
 * What every hit holds, tested natively before any loop: a Chinese character before a 、 that comes again right before a
 * comma with no separator between (…科学化、…标准化,), or after a comma and again right after a 、 (,进…、进).
 */
const GATE = /([\u4e00-\u9fff])、[^、，,：:。；;！!？?]{2,12}\1[，,]|[，,]([\u4e00-\u9fff])[^、，,：:。；;！!？?]{2,12}、\2/;

export interface ParallelComma extends CommaLast {
  /** The comma comes before the list's first item in 、 (else before its last item). */
  first?: boolean;
  /** The comma stands between two items inside the list. */
  middle?: boolean;
}

const LIST_HEADS: ReadonlySet<string> = new Set(data.listHeads);
/** Nouns that head a list in 、 at its clause's end (…游泳等多项体育健身活动;): data `listHeads` and `headNouns`. */
const HEAD_NOUNS: ReadonlySet<string> = new Set([...data.listHeads, ...data.headNouns]);
/** Verbs and adverbs of two characters that open a clause, not an item (兑现政策, 再次下乡): data `clauseOpeners`. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(data.clauseOpeners);
/**
 * A comma between two items of two or three Chinese characters, a 、 before the first and after the second
 * (、武术,体操、): bounded classes, linear.
 */
const BETWEEN = /、[\u4e00-\u9fff]{2,3}[，,][\u4e00-\u9fff]{2,3}、/g;

export function commaParallel(text: string): ParallelComma[] {
  // most lines hold no 、: a native search before the regex, whose backreference has no literal to skip ahead by
  if (text.indexOf('、') < 0) return NONE;
  const between = commaBetween(text);
  const opening = OPENING_GATE.test(text);
  if (!opening && !GATE.test(text)) return between;
  let out: ParallelComma[] | undefined = between.length > 0 ? [...between] : undefined;
  for (let i = 0; i < text.length; i++) {
    if (COMMA[text.charCodeAt(i)] !== 1) continue;
    let from = i - 1;
    while (from >= 0 && CLAUSE_END[text.charCodeAt(from)] !== 1) from--;
    let to = i + 1;
    while (to < text.length && CLAUSE_END[text.charCodeAt(to)] !== 1) to++;
    if (to >= text.length) break; // a clause the line does not end: its item may go on
    const left = text.slice(from + 1, i);
    const right = text.slice(i + 1, to);
    const comma = text[i] as string;
    const hit =
      lastAlike(left, right, i, comma, text[to] === '《') ??
      firstAlike(left, right, i, comma) ??
      (opening ? lastOpensAlike(left, right, i, comma) : undefined);
    if (hit && !out?.some((h) => h.at === hit.at)) (out ??= []).push(hit);
  }
  return out ?? NONE;
}

/**
 * `left` a list whose items end alike, `right` one more such item (and a closing verb): the hit, or undefined. Before a
 * title (`titled`), the item across the comma is an issuer's name: it need only end in the list's character.
 */
function lastAlike(left: string, right: string, at: number, comma: string, titled: boolean): ParallelComma | undefined {
  if (right.includes('、') || hasDigit(right)) return undefined;
  const items = left.split('、');
  if (items.length < MIN_ITEMS) return undefined;
  const before = items.at(-1) as string;
  const n = before.length;
  const end = before.charCodeAt(n - 1);
  if (!isHanCode(end) || !items.every((x) => x.charCodeAt(x.length - 1) === end)) return undefined;
  const hit = { at, shown: `${before}${comma}${right}` };
  // issuers: the first may carry the words that lead to it (报告1根据农业农村部计划财务司, 农田建设 20xx's PDF text)
  if (titled && fits(before) && fits(right) && right.charCodeAt(right.length - 1) === end) return hit;
  if (!items.every(fits)) return undefined;
  // items ending in one word (…下乡、…下乡,…下乡): the item across the comma ends in it at the same place, then nothing
  // but a noun heading the list (活动); with a verb after it (三期工程启动) it is a clause. Lists of three items or more
  // ending at a sentence end are comma-last.ts's as well (…工区、…工区,…工区。)
  if (items.every((x) => x.charCodeAt(x.length - 2) === before.charCodeAt(n - 2))) {
    const word = before.slice(-2);
    const tail = right.slice(n);
    // a verb or an adverb opening the item across the comma makes it a clause on the word (惠农政策，兑现政策; 送戏下乡，
    // 再次下乡: made up, session 23 red team), not one more item; 等 may come before the list's head (送医下乡等活动)
    if (CLAUSE_OPENERS.has(right.slice(0, 2))) return undefined;
    const head = tail.startsWith('等') ? tail.slice(1) : tail;
    return right.slice(n - 2, n) === word && (tail === '' || LIST_HEADS.has(head)) ? hit : undefined;
  }
  if (right.length < n || right.length > n + MOST_TAIL || right.charCodeAt(n - 1) !== end) return undefined;
  return hit;
}

/**
 * Commas between two short items inside a list in 、 (、武术,体操、), read only where the list plainly goes on across the
 * comma: 等 closes it after (体操、器械健身、游泳等), or three items or more stand before the comma. Two lists of two in
 * adjacent clauses (用于教育、卫生，文化、体育两项未安排: made up) have neither.
 */
function commaBetween(text: string): ParallelComma[] {
  if (text.indexOf(',') < 0 && text.indexOf('，') < 0) return NONE;
  let out: ParallelComma[] | undefined;
  BETWEEN.lastIndex = 0;
  for (let m = BETWEEN.exec(text); m; m = BETWEEN.exec(text)) {
    const s = m[0];
    const k = s.search(/[，,]/);
    const after = m.index + s.length;
    const left = itemsBefore(text, m.index) + 1;
    // two pairs are a list of two levels, its groups parted by a comma (方针、政策，法律、法规等: GB/T 15834 allows it); so
    // are two groups of three or more alike with no 等 closing them (申请、审核、审批，拨付、核算、归档: made up, red team s23)
    const right = itemsAfter(text, m.index + k);
    const groups = right === left && (left === 2 || (left >= 3 && !closedByDeng(text, after)));
    if (!groups && nextItemShort(text, after) && (closedByDeng(text, after) || left >= 3) && closesAsItem(text, after))
      (out ??= []).push({ at: m.index + k, shown: s.slice(1, -1), middle: true });
    BETWEEN.lastIndex = m.index + s.length - 1; // the closing 、 may open the next match
  }
  return out ?? NONE;
}

/** Characters read past the match for 等, or back from it for more items, at most (bounded: linear). */
const REACH = 24;

/** Characters of the item after the short one across the comma, at most. */
const NEXT_ITEM = 4;

/**
 * The item after the two across the comma is short too and ends at a 、 or 等 (体操、器械健身、, 空调等): the list goes
 * on. A clause of verbs after a list (路线、方针、政策,教育、引导广大妇女增强…, 株洲荷塘妇联 2022) runs on past it.
 */
function nextItemShort(text: string, from: number): boolean {
  for (let i = from; i < text.length && i - from <= NEXT_ITEM; i++) {
    const c = text[i] as string;
    if (c === '、' || c === '等') return i > from;
    if (!isHanCode(text.charCodeAt(i))) return false;
  }
  return false;
}

/** Characters after 等 (its list's head noun: 设备, 项目) or of the list's last item without 等, at most. */
const HEAD_TAIL = 4;

/**
 * The list after the comma closes as the items of one list do: 等 and a head noun at most (空调等设备。, 游泳等项目。), or a
 * last item as short as its items (打印机、空调。), then the clause's end. A list that runs on into a predicate (差旅费、会议费
 * 等支出较上年下降, 乒乓、羽毛等器材将于明年补充, 体检、随访等服务覆盖全县: made up, session 23 red team) is the subject of a
 * new clause the comma opened after a whole list; a noun phrase ending on a list's head (游泳等多项体育健身活动, 朝天 2023)
 * closes the list. Read within REACH: bounded.
 */
function closesAsItem(text: string, from: number): boolean {
  let item = from;
  for (let i = from; i < text.length && i - from < REACH; i++) {
    const c = text[i] as string;
    if (c === '等') item = i + 1;
    else if (c === '、') item = i + 1;
    else if (c === '\n') return false;
    else if (CLAUSE_END[text.charCodeAt(i)] === 1) return closingTail(text, item, i);
  }
  // the list runs past REACH (too long to be one item), or the line ends it with no mark: a PDF's line break may cut the
  // clause (…会议费等支出 / 较上年下降: made up, red team s23), which comma-last.ts and lastAlike leave alike
  return false;
}

/** What closes the list from `item` to `end`: a short item or head, or a noun phrase ending on a list's head (多项体育健身活动). */
function closingTail(text: string, item: number, end: number): boolean {
  return end - item <= HEAD_TAIL || HEAD_NOUNS.has(text.slice(end - 2, end));
}

/** The items from the comma at `at` to 等 or the clause's end, within REACH. */
function itemsAfter(text: string, at: number): number {
  let n = 1;
  for (let i = at + 1; i < text.length && i - at < REACH; i++) {
    const c = text[i] as string;
    if (c === '、') n++;
    else if (c === '等' || CLAUSE_END[text.charCodeAt(i)] === 1) break;
  }
  return n;
}

/** 等 follows in the same clause, within REACH. */
function closedByDeng(text: string, from: number): boolean {
  for (let i = from; i < text.length && i - from < REACH; i++) {
    if (text[i] === '等') return true;
    if (CLAUSE_END[text.charCodeAt(i)] === 1) return false;
  }
  return false;
}

/** The 、 before `at` (itself a 、) in the same clause, within REACH: the items before the first short one, less one. */
function itemsBefore(text: string, at: number): number {
  let n = 0;
  for (let i = at - 1; i >= 0 && at - i < REACH; i--) {
    if (text[i] === '、') n++;
    else if (CLAUSE_END[text.charCodeAt(i)] === 1) break;
  }
  return n + 1;
}

/**
 * What a list whose items open with one word holds, tested natively before the loop: a 、, two characters, an item's
 * rest, a comma, and the same two characters again (、残疾人康复、残疾人燃油补贴,残疾人阳光家园).
 */
const OPENING_GATE = /、([\u4e00-\u9fff]{2})[^、，,：:。；;！!？?]{1,10}[，,]\1/;

/** Characters of the word every item opens with, at least. */
const SHORTEST_OPENING = 2;

/**
 * `left` a list in 、 whose items open with one word, `right` one more such item closed by 等 and the list's head:
 * the hit, or undefined. 邵阳县残联 2018 `围绕残疾人教育就业与扶贫、残疾人康复、残疾人无障碍改造、残疾人燃油补贴,残疾人
 * 阳光家园等项目`. The first item may carry the words that lead to the list (围绕). Only a list 等 closes: an item of the
 * shared word across a comma with no 等 is as often a clause on it (加强残疾人康复、残疾人教育,残疾人就业得到保障).
 */
function lastOpensAlike(left: string, right: string, at: number, comma: string): ParallelComma | undefined {
  const items = left.split('、');
  if (items.length < MIN_ITEMS + 1 || hasDigit(right)) return undefined;
  const rest = items.slice(1);
  if (!rest.every(fits)) return undefined;
  let n = 0;
  const first = rest[0] as string;
  while (n < first.length - 1 && rest.every((x) => x[n] === first[n])) n++;
  if (n < SHORTEST_OPENING) return undefined;
  const word = first.slice(0, n);
  const lead = items[0] as string;
  const own = lead.lastIndexOf(word);
  if (own < 0 || !fits(lead.slice(own)) || !right.startsWith(word)) return undefined;
  const deng = right.indexOf('等');
  if (deng <= n || !fits(right.slice(0, deng))) return undefined;
  const head = right.slice(deng + 1);
  if (head !== '' && !HEAD_NOUNS.has(head)) return undefined;
  return { at, shown: `${items.at(-1) as string}${comma}${right.slice(0, deng)}` };
}

/** `right` a list whose items open alike, `left` ending in one more such item: the hit, or undefined. */
function firstAlike(left: string, right: string, at: number, comma: string): ParallelComma | undefined {
  if (left.includes('、')) return undefined;
  const items = right.split('、');
  if (items.length < MIN_ITEMS || !items.every(fits)) return undefined;
  const first = items[0] as string;
  const n = first.length;
  const open = first.charCodeAt(0);
  if (!isHanCode(open) || !items.every((x) => x.charCodeAt(0) === open)) return undefined;
  // all but the last of one length (the last may run on into the sentence: 进工地。)
  if (!items.slice(0, -1).every((x) => x.length === n) || left.length < n || left.charCodeAt(left.length - n) !== open) return undefined;
  if (hasDigit(left.slice(-n))) return undefined;
  return { at, shown: `${left.slice(-n)}${comma}${first}`, first: true };
}

const fits = (item: string): boolean => item.length >= SHORTEST && item.length <= LONGEST && !hasDigit(item);
const hasDigit = (s: string): boolean => /[0-9０-９]/.test(s);

const NONE: ParallelComma[] = [];
