// A count of units against the units the sentence names:
//   内设办公室、人事股、…、信息中心21个股室        (the list before the count, 、 between names)
//   下设6个科室：办公室、财务科、…               (the list after it, behind ：/ 分别为 / 包括)
//   直属事业单位3个，分别为…、实施项目共3个：…    (the noun before the count, the list after it; 所属事业单位4家 too)
//   下辖…、园林处4家二级单位                      (家 for units and companies)
// Names are counted by their 、 at the list's own bracket depth (人事股(党建工作办公室) is one name
// with an alias). 和 / 及 / 与 in the last name may join two names or sit inside one (粮食和物资监督检查股): how the
// words before it end says which (joinedNames); a last name with a figure is not counted. A range of numbered units
// (第一至第六纪检监察室) is as many names as it spans. Every scan is bounded (WINDOW characters).
import type { Sentence } from '../parse/sentences.js';
import { noItems, sentenceMemo } from '../parse/sentence-memo.js';
import { chineseNumeral } from '../text/normalize.js';
import { simplify } from '../text/traditional.js';

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
  /**
   * The commas that, read as 、, make the names as many as the count (…、财务室、食堂,接待室,档案室 under 6个职能股室, 洪江
   * 福利院 2019): the count is right and the commas are enumeration-separator's, not a name missing. Absent: the count is wrong.
   */
  commas?: number[];
  /** Every name of the list follows a comma, none a 、 (分别为:办公室,检验监测科,疾控一科和疾控二科). */
  allCommas?: true;
}

const WINDOW = 600;
/** Nouns of organisational units and places whose names a report lists. */
const UNIT_NOUN =
  /^(?:职能|内设|二级|直属|下属|派驻|业务)?(?:股室|科室|处室|股|科|处|室|单位|机构|部门|中心|站|所|队|大队|中队|派出所|乡镇|乡|镇|村|社区|学校|医院)/;
const LIST_BEFORE_END = /[，,；;：:。！？\n]/;
const LIST_AFTER_END = /[，,；;。！？\n]/;
const DIGIT = /[0-9０-９]/;
const AFTER_CUE = /^[\s\u3000]{0,2}(?:[:：]|[,，]?(?:分别为|分别是|包括|即)[:：]?)[\s\u3000]{0,2}/;
const JOINED = /和|及|与|\d|[０-９]/;
/** The noun written before the count (直属事业单位3个, 实施项目共3个), when 个 is followed by none. */
const NOUN_BEFORE = /(?:股室|科室|处室|单位|机构|部门|中心|乡镇|社区|学校|医院|项目)(?:共有|共计|共|为)?$/;
/** The noun 家 counts written before it (所属事业单位4家，分别为…): what JIA_NOUN names after it. */
const JIA_BEFORE = /(?:单位|机构|公司|企业|医院)(?:共有|共计|共|为)?$/;
/** What 家 counts: units, companies, hospitals (3家二级单位), never people or places. */
const JIA_NOUN = /^(?:二级|直属|下属|所属)?(?:单位|机构|公司|企业|医院)/;

export const enumerations: (s: Sentence) => Enumeration[] = sentenceMemo(
  (s) => (s.text.includes('、') || (COUNTED.test(s.text) && COMMA_CUE.test(s.text)) ? read(s, simplify(s.text)) : []),
  noItems,
);

/** A count of units (4个, 4個, 3家): what a list written with commas alone is read against. */
const COUNTED = /[0-9][个個家]/;
/** A list behind its cue whose first name is followed by a comma (分别为:办公室,检验监测科,…): read for commaList. */
const COMMA_CUE = /(?:分别为|分別為|分别是|分別是|包括|[：:])[^，,。；;、：:]{2,16}[，,]/;

/**
 * Names in text[from, to): 、 at depth 0 plus one, or undefined when the last name is ambiguous or the
 * list has fewer than `minCommas` + 1 names (a list before its count needs three: its start is a guess).
 */
function namedNames(text: string, from: number, to: number, minCommas = 2): number | undefined {
  let depth = 0;
  let commas = 0;
  let last = from;
  for (let i = from; i < to; i++) {
    const c = text[i] as string;
    // a 、 inside quotation or title marks is a name's own (“综合、财务”科, 《…、…》), as inside brackets
    if (OPENERS.includes(c)) depth++;
    else if (CLOSERS.includes(c) && depth > 0) depth--;
    else if (c === '、' && depth === 0) {
      commas++;
      last = i + 1;
    }
  }
  if (commas < minCommas || depth !== 0) return undefined;
  const more = rangedNames(text.slice(from, to));
  const tail = text.slice(last, to).replace(ALIAS, '');
  if (!JOINED.test(tail)) return commas + 1 + more;
  const joined = joinedNames(text.slice(from, last).replace(ALIAS, ''), tail);
  return joined === undefined ? undefined : commas + joined + more;
}

/** A run of numbered units written as one name (第一至第六纪检监察室: six rooms, 屏边纪委 2023). */
const RANGE = /第([一二三四五六七八九十]{1,3})至第([一二三四五六七八九十]{1,3})/g;

/** How many names the list's ranges hold beyond the one name each is written as. */
function rangedNames(list: string): number {
  if (!list.includes('至第')) return 0;
  let more = 0;
  for (const m of list.matchAll(RANGE)) {
    const span = chineseNumeral(m[2] as string) - chineseNumeral(m[1] as string);
    if (span > 0) more += span;
  }
  return more;
}

const OPENERS = '（(“「『《〈';
const CLOSERS = '）)”」』》〉';

/** An alias in brackets after a name (社会保障综合服务中心(加挂“退役军人服务站”牌子)): no part of how the name ends. */
const ALIAS = /[（(][^）)]*[）)]/g;
const JOINER = /和|及|与/g;

/**
 * How many names the last one of a list is when it holds one 和 / 及 / 与 (and no figure): two when the words before the 和
 * end as a name of the list does (…人事代表工作委员会和县人大办公室, where every name ends in 会; 财务科和人事科), one when
 * they end as none does, the 和 inside a name (…、生态环境和农业农村综合服务中心, 禄脿 2023; 粮食和物资监督检查股). Undefined
 * when it holds more than one, or a figure: the words do not tell.
 */
function joinedNames(before: string, tail: string): number | undefined {
  if (/\d|[０-９]/.test(tail)) return undefined;
  const joiners = tail.match(JOINER);
  if (!joiners || joiners.length !== 1) return undefined;
  const at = tail.search(JOINER);
  const left = tail.slice(0, at).trim();
  const right = tail.slice(at + 1).trim();
  if (left.length < 2 || right.length < 2) return undefined;
  const end = left[left.length - 1] ?? '';
  const ends = new Set(before.split('、').map((n) => n.trim().slice(-1)));
  ends.add(right[right.length - 1] ?? '');
  return ends.has(end) || UNIT_ENDS.has(end) ? 2 : 1;
}

/**
 * What a body's own name ends in (车辆管理所及指挥中心, 泸西交警 2024: a 所 and a 中心): words before a 和 / 及 / 与 that end so
 * are a name of their own, though no other name of the list ends alike.
 */
const UNIT_ENDS = new Set([...'所站队科股室局院办部处馆心']);

/** The offsets of 个 and 家 in `t`, in order: one pass (an indexOf per classifier would rescan a long sentence). */
function classifiers(t: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < t.length; i++) if (t[i] === '个' || t[i] === '家') out.push(i);
  return out;
}

/**
 * The names listed after a count, behind ：/ 分别为 / 包括, to the clause's end. A list behind its cue
 * is explicit, so two names (A、B) are counted too. A ； followed by more names and nothing else (no label, no
 * figure) goes on with the list, grouped by kind (江永 公安局: 归口管理机构13个:县看守所、县拘留所;城关派出所、…、
 * 黄甲岭派出所: 2 + 11).
 */
function listAfter(t: string, end: number): { start: number; end: number; named: number } | undefined {
  const cue = AFTER_CUE.exec(t.slice(end, end + 8));
  if (!cue) return undefined;
  const listStart = end + cue[0].length;
  let from = listStart;
  let named = 0;
  let stop = listStart;
  for (;;) {
    const group = groupAt(t, from, listStart);
    if (!group) return undefined;
    named += group.named;
    stop = group.stop;
    // another group after a ；: only names, the clause closed by ； or 。 like this one
    const next = group.end < t.length && SEMICOLON.test(t[group.end] ?? '') ? groupAt(t, group.end + 1, listStart) : undefined;
    if (!next || COLON.test(t.slice(group.end + 1, next.stop)) || !t.slice(group.end + 1, next.stop).includes('、')) break;
    from = group.end + 1;
  }
  return named === 0 ? undefined : { start: listStart, end: stop, named };
}

const SEMICOLON = /[；;]/;
const COLON = /[：:]/;

/** One group of names from `from` to the clause's end (within WINDOW of the list's start): its names, its end, and the last name's end. */
function groupAt(t: string, from: number, listStart: number): { named: number; end: number; stop: number } | undefined {
  let listEnd = from;
  while (listEnd < t.length && listEnd - listStart < WINDOW && !LIST_AFTER_END.test(t[listEnd] ?? '') && !DIGIT.test(t[listEnd] ?? ''))
    listEnd++;
  if (listEnd - listStart >= WINDOW || DIGIT.test(t[listEnd] ?? '')) return undefined;
  let stop = listEnd;
  while (stop > from && /[，,、\s]/.test(t[stop - 1] ?? '')) stop--;
  if (t.slice(Math.max(from, stop - 1), stop) === '等') return undefined;
  const named = namedNames(t, from, stop, from === listStart ? 1 : 0);
  return named === undefined ? undefined : { named, end: listEnd, stop };
}

/**
 * `t`: the sentence's text, simplified one character for one (a mirror in traditional script writes 內設科室4個). Such a
 * text is read for a list written with commas alone, not yet for a count its 、 make wrong: a mirror's glosses and its
 * lists in two parts (沐川 自然资源局 2023: 其他事業(yè)單位8個:…、…,新增…、…) are not read as a count and its names.
 */
function read(s: Sentence, t: string): Enumeration[] {
  const out: Enumeration[] = [];
  const mirrored = t !== s.text;
  for (const i of classifiers(t)) {
    let d = i;
    while (d > 0 && d > i - 4 && /[0-9]/.test(t[d - 1] ?? '')) d--;
    if (d === i || /[0-9.．]/.test(t[d - 1] ?? '')) continue;
    const count = Number(t.slice(d, i));
    if (count < 2) continue;
    const noun = (t[i] === '家' ? JIA_NOUN : UNIT_NOUN).exec(t.slice(i + 1, i + 9))?.[0];
    if (!noun) {
      // 直属事业单位3个，分别为…: only with the list after it, behind its cue
      // (a PDF's space may stand between the noun and its count: 内设科室 4个)
      const lead = t.slice(Math.max(0, d - 8), d);
      const spaces = lead.length - lead.trimEnd().length;
      const before = (t[i] === '个' ? NOUN_BEFORE : JIA_BEFORE).exec(lead.trimEnd());
      const listed = before && !mirrored ? listAfter(t, i + 1) : undefined;
      const commas = before && !listed ? commaList(t, i + 1, count) : undefined;
      if (before && commas) {
        out.push(commaEnumeration(s.start, d - spaces - before[0].length, i + 1, count, before[0], commas));
        continue;
      }
      if (before && listed && listed.named !== count) {
        const at = d - spaces - before[0].length;
        out.push({
          start: s.start + at,
          end: s.start + i + 1,
          count,
          noun: before[0],
          named: listed.named,
          listStart: s.start + listed.start,
          listEnd: s.start + listed.end,
        });
      }
      continue;
    }
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
    // a count right after a 、 is one item of the list, not its total (两馆一站: 区文化馆、区图书馆、54个乡镇(街道)综合文化站…)
    const item = !etc && t[d - 1] === '、';
    const before =
      !mirrored && from < to && !digitBefore && !item && (from === 0 || d - from < WINDOW) ? namedNames(t, from, to) : undefined;
    if (before !== undefined) {
      if (before !== count && !(etc && before < count)) {
        const list = { ...base, named: before, listStart: s.start + from, listEnd: s.start + to };
        const comma = before + 1 === count ? nameAcrossBefore(t, from, to) : undefined;
        out.push(comma === undefined ? list : { ...list, commas: [s.start + comma] });
      }
      continue;
    }
    // the list after: behind ：/ 分别为 / 包括, to the clause's end
    const listed = mirrored ? undefined : listAfter(t, end);
    const commas = listed ? undefined : commaList(t, end, count);
    if (commas) {
      out.push(commaEnumeration(s.start, d, end, count, noun, commas));
      continue;
    }
    if (listed && listed.named !== count) {
      const list = { ...base, named: listed.named, listStart: s.start + listed.start, listEnd: s.start + listed.end };
      const commas = listed.named < count ? namesAcrossAfter(t, listed.end, count - listed.named) : undefined;
      out.push(commas === undefined ? list : { ...list, commas: commas.map((c) => s.start + c) });
    }
  }
  return out;
}

/** Characters of a name across a comma, at most: one name, not a clause. */
const ACROSS = 12;
/** A name across a comma: Chinese characters, brackets and spaces a PDF left, no mark of a clause, no figure. */
const NAME = /^[\u4e00-\u9fa5()（） ]{2,12}$/;

/**
 * The list before a count lost its first 、 to a comma (内设综合督查(人事)处,规划财务处、…、政策协调处7个处室, 湖南扶贫办 2016): the
 * words before the comma end as a name of the list does (处). The comma's offset in `t`, or undefined.
 */
function nameAcrossBefore(t: string, from: number, to: number): number | undefined {
  if (from < 1 || !/[，,]/.test(t[from - 1] ?? '')) return undefined;
  const ends = new Set(
    t
      .slice(from, to)
      .split('、')
      .map((n) => n.replace(ALIAS, '').trim().slice(-1)),
  );
  let k = from - 1;
  while (k > 0 && from - 1 - k < ACROSS && !LIST_BEFORE_END.test(t[k - 1] ?? '')) k--;
  const name = t.slice(k, from - 1).replace(ALIAS, '');
  return name.length >= 2 && ends.has(name.slice(-1)) ? from - 1 : undefined;
}

/** Names a list after its count may have lost to commas, at most: more is a clause going on, not a list. */
const MOST_ACROSS = 3;

/**
 * The list after a count lost its last 、 (or last few) to commas (内设6个科室,分别是:办公室、…、综合科,垃圾填埋场。, 环卫 2020;
 * 共设6个职能股室,即院长办公室、医疗室、财务室、食堂,接待室,档案室。, 洪江 福利院 2019): `missing` short names, each after a
 * comma, and the last closes the sentence. The commas' offsets in `t`, or undefined.
 */
function namesAcrossAfter(t: string, end: number, missing: number): number[] | undefined {
  if (missing > MOST_ACROSS) return undefined;
  const commas: number[] = [];
  let at = end;
  for (let n = 0; n < missing; n++) {
    if (!/[，,]/.test(t[at] ?? '')) return undefined;
    let k = at + 1;
    while (k < t.length && k - at <= ACROSS + 1 && !LIST_AFTER_END.test(t[k] ?? '')) k++;
    if (!NAME.test(t.slice(at + 1, k))) return undefined;
    commas.push(at);
    at = k;
  }
  return /[。；;]/.test(t[at] ?? '') ? commas : undefined;
}

/** The count at [at, end) of a sentence starting at `base`, over its list written with commas alone (commaList). */
function commaEnumeration(
  base: number,
  at: number,
  end: number,
  count: number,
  noun: string,
  list: { listStart: number; listEnd: number; commas: number[] },
): Enumeration {
  return {
    start: base + at,
    end: base + end,
    count,
    noun,
    named: count,
    listStart: base + list.listStart,
    listEnd: base + list.listEnd,
    commas: list.commas.map((c) => base + c),
    allCommas: true,
  };
}

/** A unit's full name in such a list (市墙体材料与散装水泥事务中心, 怀化工信局 2022): Chinese characters and brackets, no figure. */
const LIST_NAME = /^[\u4e00-\u9fa5()（） ]{2,16}$/;

/** What a unit's name ends in, for a list written with commas alone: 所, 科, 室 … and a group's or a committee's 组, 会. */
const COMMA_NAME_ENDS = new Set([...UNIT_ENDS, '组', '会']);

/**
 * A list after its count written with commas alone (内设科室 4个,分别为:辦公室,檢驗監測科,疾控一科和疾控二科, 石峰疾控 2020, set 33):
 * behind its cue (a colon, 分别为, 包括), at least three names (LIST_NAME) each ending as a unit's name does, the last perhaps two joined by 和,
 * to the sentence's end, and as many as the count: the count says the commas part names, where 、 belongs. Undefined
 * when any piece is not such a name (下设3个科室,分别为:办公室,财务科,负责日常工作。: a clause goes on) or the names are
 * not the count. Offsets in `t`.
 */
function commaList(t: string, end: number, count: number): { listStart: number; listEnd: number; commas: number[] } | undefined {
  const cue = AFTER_CUE.exec(t.slice(end, end + 8));
  if (!cue) return undefined;
  const listStart = end + cue[0].length;
  const commas: number[] = [];
  let from = listStart;
  let at = listStart;
  const names: string[] = [];
  for (; at < t.length && at - listStart < WINDOW; at++) {
    const c = t[at] as string;
    if (c === '，' || c === ',') {
      names.push(t.slice(from, at));
      commas.push(at);
      from = at + 1;
    } else if ('。；;！？!?\n、'.includes(c)) break;
  }
  if (t[at] === '、' || at - listStart >= WINDOW || commas.length < 2) return undefined;
  const last = t.slice(from, at).trim();
  if (!names.every((n) => LIST_NAME.test(n.trim()) && COMMA_NAME_ENDS.has(n.trim().slice(-1)))) return undefined;
  if (!LIST_NAME.test(last) || !COMMA_NAME_ENDS.has(last.slice(-1))) return undefined;
  const joined = JOINED.test(last) ? joinedNames(names.join('、'), last) : 1;
  return joined !== undefined && names.length + joined === count ? { listStart, listEnd: at, commas } : undefined;
}
