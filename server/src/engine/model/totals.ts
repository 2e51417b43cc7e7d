// Totals stated with their parts inside one sentence, for money (万元) and for counts (个/项/人/家 …):
//   资金6.46万元，其中：中央4.68万元，省级1.76万元，市级0.02万元      (其中 / 分别为 after the total)
//   年初下达12个、年中追加5个，共15个                                  (合计 / 共计 / 共 after the parts)
//   实施项目共15个，年初批复8个项目，…，年中增加8个项目                 (共 first, then 年初 + 年中)
// Figures in brackets are one level down (a part's own breakdown, 含… asides) and never parts at
// this level. Read once per sentence object (sentences live until their text is edited).
import { moneySlack, RoundingSlack, type Rounded } from './rounding.js';
import { budgetAmounts, type Flow } from './budget.js';
import type { Sentence } from '../parse/sentences.js';
import { isHanCode } from '../text/han.js';
import { noItems, sentenceMemo } from '../parse/sentence-memo.js';

/** A money amount or a count, with what the text writes before it and its bracket depth. */
export interface Figure {
  start: number;
  /** End of the unit or counter. */
  end: number;
  /** In 元 for money, the count itself for counts. */
  value: number;
  /** The number as written (6.46, 15) and its unit or counter (万元, 个): a message shows both. */
  written: string;
  unit: string;
  /** 万元-like units compare as money; a counter (个, 人) compares only with the same counter. */
  kind: string;
  /** Tolerance of the figure as written (half its last decimal, in 元 for money). */
  slack: number;
  depth: number;
  /** The words before it back to the previous clause break, without spaces. */
  label: string;
  /** A ； stands between it and the figure before it: a list of parts ends there. */
  afterSemicolon: boolean;
}

export interface StatedTotal {
  total: Figure;
  parts: Figure[];
  /** How the parts were stated, for the message; `exceeds`: one part of a breakdown alone is more than the total. */
  form: 'breakdown' | 'sum' | 'additions' | 'exceeds';
  sum: number;
}

/** Counters a count may carry. 个月 / 个百分点 are durations and differences, not counts. */
// 期 场 篇: sessions, events, papers (培训32期，其中进机关9期…: made up, red team s23)
const COUNTERS = new Set([...'个项人家所名户件处座台套辆间类批次期场篇']);
const TOTAL_AFTER = /(?:合计|共计|总计|总共|共有|一共|共)(?:为|达)?$/;
/**
 * What opens the parts right after a total: 其中 / 分别为 / 包括 / 包含 (衡阳住建 2019: 基本支出决算数为2994.57万元,包含工资福利
 * 支出1754.89万元;商品和服务支出452.34万元;…), or 为 right after its comma (金寨 麻埠 2023: 省级资金转移支付
 * 124.23万元,为桂花村美丽乡村建设25万元,对村集体组织帮助0.71万元,…); not 为止 / 为主 / 为准 / 为例 / 为了 / 为何.
 */
const BREAKDOWN =
  /^[\s\u3000]{0,2}[,，;；]?[\s\u3000]{0,2}[(（]?[\s\u3000]{0,2}(?:其中|分别为|分别是|包括|包含|(?<=[,，])为(?![止主准例了何]))[:：]?/;
/**
 * A part says what it is; a figure whose words say something happened to money, or that it comes besides the total (另安排,
 * 另有: made up, red team s23), is a new fact, not a part.
 * 支出 after 项目 / 基本 / 预算 / 人员 / 公用 / 专项 names a kind of spending (部门预算项目支出87.5万元, 绵阳 2021):
 * a part's name, not money spent. The 共 of 公共 (一般公共预算30942.99万元, 桃源交通 2021) is no total, and 使用费 a fee.
 */
const NEW_FACT =
  /另(?:有|外|行|安排|拨|下达|追加|列支|筹)|已|拨付|(?<![目本算员用项利务性])支出|(?<!转移)支付|执行|到位|使用(?![费權权])|完成|实际|累计|结余|剩余|占|增长|下降|比上年|同比|较上年|合计|共计|总计|(?<!公)共/;
/**
 * The stages a thing is at, one and only one at a time (made up, red team s23: 全年实施各类项目12个，其中已完工9个、在建2个): done,
 * under way, not begun. A part named by its stage alone (其中已完工, 在建项目, 正在办理) is a part of a count, not a new fact.
 * Stages that overlap these (已开工 holds the done and the under way, 已验收 and 已投入使用 some of the done, 已完成招投标 a
 * step) are not stages here: a part named so still ends the list.
 */
const STAGES: readonly RegExp[] = [
  /^(?:其中[:：]?)?(?:已经?|已全部|全部|基本)?(?:完工|竣工|建成|完成|办结|结案)(?:的)?(?:项目|工程|案件|件)?$/,
  /^(?:其中[:：]?)?(?:在建|续建|正在(?:建设|实施|施工|办理|推进)|施工中|实施中|办理中|推进中)(?:的)?(?:项目|工程|案件|件)?$/,
  /^(?:其中[:：]?)?(?:未开工|尚未开工|未启动|尚未启动|未实施|未完工|未完成|待建|暂缓(?:实施)?|前期(?:阶段)?)(?:的)?(?:项目|工程|案件|件)?$/,
];
/** The stage a part's words name (1, 2, 3), or 0. */
function stageOf(label: string): number {
  for (let i = 0; i < STAGES.length; i++) if ((STAGES[i] as RegExp).test(label)) return i + 1;
  return 0;
}
/**
 * Parts named by stages with another part beside them (其中已完工9个、产业项目2个) or a stage twice: the two cut the total
 * different ways, and their sum says nothing.
 */
function mixedStages(parts: readonly Figure[]): boolean {
  const seen = new Set<number>();
  for (const p of parts) seen.add(stageOf(p.label));
  return seen.size > 1 ? seen.has(0) : false;
}

/** A total of money going out: spent, paid, handed down. */
const OUTGOING = /支出|拨付|支付|下拨|下达|发放/;
/** A lead-in that pays the parts out: 拨付 / 支付 / 下拨 (给 / 至 / 到). */
const PAID_TO = /^(?:其中[:：]?)?(?:已|累计)?(?:拨付|支付|下拨|拨给|拨至)(?:给|至|到)?/;
/**
 * The first part of a 、 list carries the verb that pays every part out (已支出935.40万元，其中拨付乡镇卫生院612.30万元、村卫生室
 * 298.10万元…, made up, red team s23): of a total of money going out, it is the list's lead-in, not a new fact. Only when
 * nothing else in its words is one.
 */
function paidOut(total: Figure, f: Figure, s: Sentence): boolean {
  if (total.kind !== '元' || !OUTGOING.test(total.label)) return false;
  const m = PAID_TO.exec(f.label);
  return m !== null && !NEW_FACT.test(f.label.slice(m[0].length)) && listedOn(s, f);
}

/** A category's own total: its name, then 共计 / 合计 / 总计. */
const CATEGORY_TOTAL = /^(?:其中[:：]?)?([\u4e00-\u9fff]{2,}?)(?:共计|合计|总计)(?:为|达)?$/;
/** Names that sum the parts already given (以上两项合计, 上述资金共计, 各项合计) or the whole (全年, 累计): no category. */
const SUMS_THE_REST = /以上|上述|[两二三四五六七八九十几]项|[两二三四五六七八九十]者|各|总|全|累计|本年|当年|共|合/;

/**
 * The part names a category and states its own total (山东 扶贫 2016: 投入扶贫资金41.11亿元,其中,财政专项扶贫资金17亿元,
 * 其他用于扶贫的资金共计25.11亿元): after a first part, a part of the list, not the sum of the list. A name that sums what
 * came before (以上两项合计) is the list's sum.
 */
function categoryTotal(label: string): boolean {
  const name = CATEGORY_TOTAL.exec(label)?.[1];
  // some of the total, not a category of it; a use names a category as well as a source does here (其他用于扶贫的资金), so
  // CUTS_ACROSS is not asked
  return name !== undefined && !NEW_FACT.test(name) && !SUMS_THE_REST.test(name) && !SOME_ONLY.test(name);
}

/**
 * Retired people: never part of a count of people in post (在职20人，其中行政12人、事业8人，退休人员6人). Money for them is
 * a part like any other (红河 2023: 财政对退休人员养老金的补助资金11800万元 in a list of projects).
 */
const RETIRED = /退休|离休/;
const OPENING = /年初/;
const ADDED = /年中|追加|新增|增加|调增/;
/**
 * A sentence that ends as sentences do (not cut off by the source); a colon ends one that leads into a
 * list of its own below (承德 2023: …差的项目20个财政资金218.07万元(…),分别是:).
 */
const ENDED = /[。！？!?；;)）:：][\s\u3000]*$/;
const REMOVED = /减少|取消|调减|撤销|终止|核减|收回|调出|退回/;
const CLAUSE_BREAK = new Set([...'，,；;：:、（()）\n\r“”"《》。'].map((c) => c.charCodeAt(0)));
/** A total-like word anywhere in the sentence: most sentences have none and are passed over. */
const CUE =
  /其中|分别为|分别是|包括|包含|[,，]为|合计|共计|总计|总共|共有|一共|共\d|共[０-９]|[应應](?:执行|執行|拨付|撥付|到位|发放|發放)|[元人][(（]/;

/**
 * Figures looked at on either side of a total. No sentence lists more parts; a paragraph of a megabyte
 * written as one sentence (其中…，其中…，…) would otherwise make every figure a total read to the end.
 */
const MAX_PARTS = 40;
/**
 * Below this share of the total, parts listed after 其中 / 包括 / a bracket are some of it, not all: the tune texts' slips
 * fall short by at most a fifth (西藏文物局 2020: 7765 of 9378 万元, 0.83), and a list of a few items of a large total
 * (荣昌 环卫所 2023: 编制56名,其中所长1名,副所长3名) names what it cares to name. Half, not nearer: three uses of 1200 万元
 * that make 700 (made up, session 21) read as the whole with one left out.
 */
const MEANT_AS_WHOLE = 1 / 2;

export const statedTotals: (s: Sentence) => StatedTotal[] = sentenceMemo((s) => (CUE.test(s.text) ? read(s) : []), noItems);

function digit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** Whole numbers followed by a counter (15个, 244 人). */
function counts(s: Sentence): Figure[] {
  const out: Figure[] = [];
  const t = s.text;
  for (let i = 0; i < t.length; i++) {
    if (digit(t.charCodeAt(i)) < 0) continue;
    const from = i;
    let value = 0;
    while (i < t.length && digit(t.charCodeAt(i)) >= 0 && i - from < 9) value = value * 10 + digit(t.charCodeAt(i++));
    const prev = t.charCodeAt(from - 1);
    if (digit(t.charCodeAt(i)) >= 0 || prev === 46 || prev === 0xff0e || t[i] === '.' || t[i] === '．') {
      while (i < t.length && (digit(t.charCodeAt(i)) >= 0 || t[i] === '.')) i++;
      continue;
    }
    // an ordinal is no count (其中第9期、第14期由…授课; 第3批: made up, red team s23)
    if (t[from - 1] === '第') continue;
    let j = i;
    if (t[j] === ' ') j++;
    const counter = t[j] ?? '';
    if (!COUNTERS.has(counter)) continue;
    const next = t[j + 1];
    if (counter === '个' && (next === '月' || next === '百')) continue;
    const unit = counter === '人' && next === '次' ? '人次' : counter;
    const end = s.start + j + unit.length;
    out.push({
      start: s.start + from,
      end,
      value,
      written: t.slice(from, i),
      unit,
      // 名 counts people as 人 does (1286名残疾人…，其中肢体残疾542人、…: made up, red team s23)
      kind: unit === '名' ? '人' : unit,
      slack: 0,
      depth: 0,
      label: '',
      afterSemicolon: false,
    });
    i = j;
  }
  return out;
}

function money(s: Sentence): Figure[] {
  return s.amounts.map((a) => ({
    start: a.start,
    end: a.unitEnd,
    value: a.yuan,
    written: a.text,
    unit: a.unit,
    kind: '元',
    slack: moneySlack(a.decimals, a.unit),
    depth: 0,
    label: '',
    afterSemicolon: false,
  }));
}

/** Sets each figure's bracket depth and label in one walk over the sentence. */
function place(s: Sentence, figures: Figure[]): void {
  const t = s.text;
  let depth = 0;
  let clause = 0; // offset of the current clause's start
  let semicolon = false;
  let k = 0;
  for (let i = 0; i <= t.length && k < figures.length; i++) {
    while (k < figures.length && (figures[k] as Figure).start - s.start === i) {
      const f = figures[k++] as Figure;
      f.depth = depth;
      f.afterSemicolon = semicolon;
      semicolon = false;
      // (trimmed, not rewritten: one new string per figure of a long paragraph is what the collector pays for)
      f.label = t.slice(Math.max(clause, i - 40), i).trim();
    }
    const c = t.charCodeAt(i);
    if (c === 0xff08 || c === 40) depth++;
    else if ((c === 0xff09 || c === 41) && depth > 0) depth--;
    if (CLAUSE_BREAK.has(c)) clause = i + 1;
    if (c === 0xff1b || c === 59) semicolon = true;
  }
}

/**
 * The amount due, named after the sources that make it (临夏 2023: 省级下拨…3.89万元;市级下拨…3.89万元;全年应执行数为7.79万元):
 * what is to be spent is what came in. Not 相应 / 对应 / 供应.
 */
const DUE_AFTER = /(?<![相對对響响供適适反效])[应應](?:执行|執行|拨付|撥付|到位|发放|發放)(?:数|數|资金|資金|金额|金額)(?:为|是)?$/;
/** The last character of every word of TOTAL_AFTER and DUE_AFTER: most labels end otherwise, and need no regular expression. */
const TOTAL_AFTER_LAST = new Set([...'计共有为达数數金額额是'].map((c) => c.charCodeAt(0)));
const totalAfter = (label: string): boolean =>
  TOTAL_AFTER_LAST.has(label.charCodeAt(label.length - 1)) && (TOTAL_AFTER.test(label) || DUE_AFTER.test(label));

/** A figure as model/rounding.ts weighs it. */
const rounded = (f: Figure): Rounded => ({ slack: f.slack, decimal: f.written.includes('.') || f.written.includes('．') });

/** The total and these parts within the rounding of every figure (model/rounding.ts). */
function agrees(total: Figure, parts: readonly Figure[], sum: number): boolean {
  const slack = new RoundingSlack(true).add(rounded(total));
  for (const p of parts) slack.add(rounded(p));
  return slack.holds(sum, total.value);
}

function read(s: Sentence): StatedTotal[] {
  // budget-total reads 收入总预算 / 总支出 statements: not read twice. A sentence whose every amount is
  // a budget figure leaves only its counts to read (most budget sentences have none).
  const budget = budgetAmounts(s);
  const budgetOnly = budget.length === s.amounts.length && budget.some((b) => b.total);
  const figures = budgetOnly ? counts(s) : [...money(s), ...counts(s)].sort((a, b) => a.start - b.start);
  // two figures are enough for a part above its total (每站每年5万元，其中中央补助43万元); a sum needs three
  if (figures.length < 2) return [];
  place(s, figures);
  // a budget total is budget-total's when the sentence names a part of its flow too; 基本支出 broken down by
  // economic class (工资福利支出, 商品和服务支出, 对个人和家庭的补助, 儋州 2018) has none, and is read here
  const flowsWithParts = new Set<Flow>();
  for (const b of budget) for (const flow of Object.keys(b.parts) as Flow[]) flowsWithParts.add(flow);
  const budgetTotals = new Set(budget.filter((b) => b.total && flowsWithParts.has(b.total.flow)).map((b) => b.amount.start));
  const out: StatedTotal[] = [];
  const t = s.text;
  // once per sentence, not per total (a regular expression anchored at the end still tries every offset)
  const tail = t.slice(-8);
  const flags = { ended: ENDED.test(tail), removes: REMOVED.test(t) };
  // where 其中 / 分别 stand, found by a native search: the regular expression runs only right before one
  const cues: number[] = [];
  for (const word of ['其中', '分别', '包括', '包含', '为'])
    for (let i = t.indexOf(word); i >= 0; i = t.indexOf(word, i + 2)) cues.push(s.start + i);
  cues.sort((a, b) => a - b);
  let c = 0;
  // parts of a breakdown (其中 …) are that total's, and never summed again against a later 合计
  const claimed = new Set<Figure>();
  for (let k = 0; k < figures.length; k++) {
    const total = figures[k] as Figure;
    if (budgetTotals.has(total.start)) continue;
    while (c < cues.length && (cues[c] as number) < total.end) c++;
    const near = c < cues.length && (cues[c] as number) - total.end <= 6;
    let cueAt = total.end - s.start;
    let cue = near ? BREAKDOWN.exec(t.slice(cueAt, cueAt + 12)) : null;
    // a count with what it counts after its counter (14个村，其中…; 1286名残疾人提供康复服务，其中…)
    const tail = cue || total.kind === '元' ? 0 : countTail(t, cueAt);
    if (tail > 0) {
      cue = BREAKDOWN.exec(t.slice(cueAt + tail, cueAt + tail + 12));
      if (cue) cueAt += tail;
    }
    // a bracket right after the total that lists its sources (202万元(中央和省级补助172万元,本级配套3万元), 两馆一站): its
    // figures are the total's parts when the bracket holds only them
    const bracketed = !cue && bracketList(figures, k, s);
    const listed = cue
      ? breakdown(
          figures,
          k,
          total.depth + (/[(（]/.test(cue[0]) ? 1 : 0),
          flags.ended,
          s,
          cue[0].includes('其中'),
          cue[0].includes('分别'),
        )
      : bracketed
        ? breakdown(figures, k, total.depth + 1, flags.ended, s, true)
        : undefined;
    if (listed) {
      for (const p of listed.parts) claimed.add(p);
      const st = listed.stated;
      if (
        st &&
        !ownShare(total, t, cueAt + (cue ? cue[0].length : 1)) &&
        !netChange(st, s) &&
        !ofTheLevel(st, figures, k) &&
        !(tail > 0 && !partsOpen(s, cueAt + (cue ? cue[0].length : 0), st)) &&
        !(tail > COUNTED_NOUN && !doneWith(s, t.slice(total.end - s.start, cueAt), st))
      )
        out.push(st);
      continue;
    }
    const stated = totalAfter(total.label) ? (additions(figures, k, flags) ?? sum(figures, k, claimed, s)) : undefined;
    if (stated && !netChange(stated, s)) out.push(stated);
  }
  return out;
}

/** How many characters after a count's counter what it counts is read (1286名残疾人提供康复服务). */
const MAX_TAIL = 12;
/** A tail this long or shorter is the thing counted (村, 行政村, 残疾人, 建设项目); a longer one says what was done with it. */
const COUNTED_NOUN = 4;
/**
 * Words after a counter that make the count something else: visits (120家次, 860户次), a bound or a guess (1200人以上,
 * 左右), and 等 (the list names some).
 */
const NOT_COUNTED = /^[次余多以左上下约]|等/;
/** What may stand between the tail and the cue: a comma or an opening bracket. */
const TAIL_BREAK = new Set([...'，,（('].map((c) => c.charCodeAt(0)));

/**
 * The length of the Chinese words right after a count's counter up to a comma or bracket (14个村，其中…; 1286名残疾人提供康复
 * 服务，其中…: made up, red team s23), when a comma or a bracket ends them; 0 when none do, or they make the count no plain
 * count (NOT_COUNTED). At most MAX_TAIL characters are read: constant per count.
 */
function countTail(t: string, at: number): number {
  let i = at;
  while (i < t.length && i - at < MAX_TAIL && isHanCode(t.charCodeAt(i))) i++;
  if (i === at || !TAIL_BREAK.has(t.charCodeAt(i))) return 0;
  return NOT_COUNTED.test(t.slice(at, i)) ? 0 : i - at;
}

/** How far after the cue the first part may stand: a part's name is short. */
const OPEN_REACH = 40;
/** What separates the names or clauses of a list. */
const LIST_BREAK = /[、，,；;。]/;

/**
 * After a tail, the parts open the cue's own clause (14个村，其中云台镇3个村、…): a cue followed by names with no figure
 * (平凉政协 2024, tune corpus: “一室七委”8个内设机构,分别为办公室、…、民族宗教与三胞联络委员会,办公室下设4个科和1个事业单位)
 * lists the names, and the counts after them are of other things. `from` is the cue's end in the sentence.
 */
function partsOpen(s: Sentence, from: number, st: StatedTotal): boolean {
  const first = st.parts[0];
  if (!first || first.start - s.start - from > OPEN_REACH) return false;
  return !LIST_BREAK.test(s.text.slice(from, first.start - s.start));
}

/**
 * Below this share of the total, a list after a long tail names some parts: the writer names the main kinds of what was
 * done (为1286名残疾人提供康复服务，其中肢体残疾542名、视力残疾120名, made up, red team s23).
 */
const NAMED_AFTER_DEED = 4 / 5;

/**
 * A long tail says what was done with the count, and may end on another thing (组织120名志愿者服务群众，其中老年人80名、儿童30名:
 * the 其中 breaks down the 群众, who are not counted): the parts are the count's only when one of them is named in the words
 * of the tail (为1286名残疾人提供康复服务，其中肢体残疾542名…: 残疾; two characters in common are a shared word), and they
 * come near the whole (NAMED_AFTER_DEED) or exceed it.
 */
function doneWith(s: Sentence, tail: string, st: StatedTotal): boolean {
  if (st.form !== 'exceeds' && st.sum < st.total.value * NAMED_AFTER_DEED) return false;
  const parts = st.parts;
  const words = new Set<string>();
  for (let i = 0; i + 2 <= tail.length; i++) words.add(tail.slice(i, i + 2));
  for (const p of parts) {
    const name = p.label + countedThing(s, p);
    for (let i = 0; i + 2 <= name.length; i++) if (words.has(name.slice(i, i + 2))) return true;
  }
  return false;
}

/** A total that is a change from before (比上年增加2人, 净增, 减少): its parts may be flows both ways. */
const CHANGE = /增加|减少|增长|下降|净增|净减|增减|变动/;
/** People or things that went out (退休, 调出, 辞职 …): a flow the other way than the ones that came in. */
const OUTFLOW = /退休|离休|调出|调离|辞职|离职|死亡|病故|去世|转出|注销|减少|调减|减员|清退|解聘|到龄|退出|撤销|关停|取消/;
/** How far either side of the total a flow the other way is looked for. */
const FLOW_REACH = 120;

/**
 * A net change broken into the flows that make it (made up, red team round 2: 年末实有人员35人，比上年增加2人，其中新招录公务员
 * 3人、退休1人): the ones that went out count against it, so the parts need not add up, and one may be more than it. Read
 * only when the total's words name a change, and the sentence near it names a flow out.
 */
function netChange(st: StatedTotal, s: Sentence): boolean {
  const { total } = st;
  if (!CHANGE.test(total.label)) return false;
  // bounded either way: a paragraph of a megabyte written as one sentence reads a few hundred characters per total
  const from = Math.max(
    0,
    Math.min(total.start, ...st.parts.map((p) => p.start)) - s.start - FLOW_REACH,
    total.start - s.start - 4 * FLOW_REACH,
  );
  const to = Math.min(Math.max(total.end, ...st.parts.map((p) => p.end)) - s.start + FLOW_REACH, total.end - s.start + 4 * FLOW_REACH);
  return OUTFLOW.test(s.text.slice(from, to).replace(total.label, ''));
}

/** How many figures before a change the level it changes is looked for (本年收入1200万元，较年初预算1000万元增加200万元). */
const LEVEL_BACK = 2;

/**
 * A 其中 after a change that breaks down the level changed, not the change (made up, red team s23: 本年收入1200万元，比上年增加
 * 100万元，其中财政拨款收入1000万元…): no part is named as a change, and they add up to a figure just before it, or one of them
 * alone is above the change and within that figure.
 */
function ofTheLevel(st: StatedTotal, figures: readonly Figure[], k: number): boolean {
  const { total, parts } = st;
  if (!CHANGE.test(total.label) || parts.some((p) => CHANGE.test(p.label))) return false;
  for (let j = k - 1; j >= Math.max(0, k - LEVEL_BACK); j--) {
    const level = figures[j] as Figure;
    if (level.kind !== total.kind || level.depth !== total.depth) continue;
    if (st.form === 'exceeds' ? parts.every((p) => p.value <= level.value) : agrees(level, parts, st.sum)) return true;
  }
  return false;
}

/** A bracket opening right after a figure. */
const OPENS_BRACKET = /^[\s\u3000]{0,2}[(（]/;
/** What a part of a total in a bracket is named by: where the money comes from (中央, 省级, 本级配套, 自筹 …). */
const SOURCE = /中央|省|市级|县级|区级|本级|配套|自筹|地方|财政|补助|奖补|上级/;
/**
 * Words in a bracket that make it no breakdown: a comparison, a change, a plan against the outcome (计划生育 is a programme),
 * a rate (每人, 人均, 标准: an amount per head is no part of a total).
 */
const NOT_PARTS = /上年|去年|同期|比|较|增|减|调整|预算|计划(?!生育)|实际|执行|支出|占|含|每|均|标准/;

/**
 * Words that make a bracket's figures some of the total's parts (SOME_ONLY) or a cut of it along another line, not its
 * breakdown (CUTS_ACROSS): 主要 / 部分 / 约 / 等, what money is 用于 beside where it came from, and traits of people that cut across their
 * classes (在职18人(女性8人,党员12人): the two overlap); and years (总投资500万元(2022年安排200万元,2023年安排150万元): the
 * years to come may be left out).
 */
const SOME_ONLY = /^(?:主要|部分|约)|等/;
const CUTS_ACROSS = /最高|最低|用于|男|女|党员|岁|学历|本科|专科|大专|硕士|博士|研究生|职称|民族|以上|以下|\d年|年度/;
const partial = (label: string): boolean => SOME_ONLY.test(label) || CUTS_ACROSS.test(label);
/**
 * A part named by what it is and nothing more (公务员12人, 计划生育家庭特别扶助161万元, 开远政法委 2024 and 阿拉善 2023): some
 * Chinese words, none saying something happened to the money (NEW_FACT) or that the parts are only some of the total (partial).
 */
const plainName = (label: string): boolean => /[\u4e00-\u9fff]{2}/.test(label) && !NEW_FACT.test(label) && !partial(label);

/**
 * The figures in the bracket right after `figures[k]` are the total's parts and nothing else: at least two, every one
 * named by a source (SOURCE) or plainly by what it is (plainName), of the total's kind, at the bracket's own depth, and the
 * bracket says nothing else a part may not be (NOT_PARTS). Judged by breakdown() as a 其中 list.
 */
function bracketList(figures: readonly Figure[], k: number, s: Sentence): boolean {
  const total = figures[k] as Figure;
  const from = total.end - s.start;
  if (!OPENS_BRACKET.test(s.text.slice(from, from + 3))) return false;
  let n = 0;
  for (let i = k + 1; i < figures.length && i - k <= MAX_PARTS; i++) {
    const f = figures[i] as Figure;
    if (f.depth <= total.depth) break;
    if (f.depth > total.depth + 1) continue;
    if (f.kind !== total.kind || !(SOURCE.test(f.label) || plainName(f.label)) || NOT_PARTS.test(f.label)) return false;
    n++;
  }
  return n >= 2;
}

/** A total of a whole area (全市共获得…): its parts may be only the writer's share of it. */
const WHOLE_AREA = /全(?:国|省|市|州|盟|县|区|旗|镇|乡)/;
/** 其中 followed by the writer's own unit (其中我区…, 其中我局…): what that unit got, not every part of the total. */
const OWN_UNIT = /^[\s\u3000]{0,2}我(?:国|省|市|州|盟|县|区|旗|镇|乡|局|委|办|厅|校|院|所|站|队|部|中心|单位)/;

/**
 * 全市共获得1260.52万元,其中我区振宣担保获253.6万元,瑞丰农业担保获18.31万元 (宣州经信 2023): the parts are the
 * district's share of the city's total, not its breakdown.
 */
const ownShare = (total: Figure, t: string, afterCue: number): boolean =>
  WHOLE_AREA.test(total.label) && OWN_UNIT.test(t.slice(afterCue, afterCue + 8));

/**
 * A sentence that opens with 其中, 具体是 / 具体为 / 具体包括 or 分别是 / 分别为 lists the parts of the figure that closes the
 * sentence before it (西藏文物局 2020: 一是布达拉宫管理处,下达预算资金9378万元。具体是:A项目3005万元;B项目1235万元;…).
 */
const OPENS_WITH_PARTS = /^[\s\u3000]{0,2}(?:其中|具体(?:是|为|包括)|分别(?:是|为))/;
/** The first characters OPENS_WITH_PARTS allows (其, 具, 分) besides spaces. */
const PARTS_FIRST = new Set([0x5176, 0x5177, 0x5206]);
/** Between that figure and the end of its sentence: nothing but the stop. */
const CLOSES_WITH_FIGURE = /^[\s\u3000]{0,2}[。；;]?[\s\u3000]{0,2}$/;

/** Kept per sentence with its predecessor and its start (see parse/sentence-memo.ts: a moved total is read again). */
const nextMemo = new WeakMap<Sentence, { prev: Sentence; at: number; stated: StatedTotal | null }>();

/**
 * 项目总投资100万元。其中：中央资金60万元，省级资金30万元。 The parts in `s` of the total that ends
 * `prev` (the sentence before it in the same paragraph); kept per sentence while its predecessor is the same.
 */
export function nextSentenceTotal(prev: Sentence, s: Sentence): StatedTotal | undefined {
  // asked of every sentence on every keystroke: the first characters decide before any lookup
  const c = s.text.charCodeAt(0);
  if (!PARTS_FIRST.has(c) && !(c <= 32 || c === 0x3000)) return undefined;
  const known = nextMemo.get(s);
  if (known && known.prev === prev && (known.at === s.start || known.stated === null)) {
    known.at = s.start;
    return known.stated ?? undefined;
  }
  let stated: StatedTotal | undefined;
  if (OPENS_WITH_PARTS.test(s.text.slice(0, 8))) {
    const before = [...money(prev), ...counts(prev)].sort((a, b) => a.start - b.start);
    const total = before[before.length - 1];
    // only a sentence that states one figure of the kind: after 年初预算80万元，年中追加20万元。 the parts
    // that follow may be of the 100 万元 they make, not of the last figure
    const alone = total !== undefined && before.filter((f) => f.kind === total.kind).length === 1;
    if (total && alone && CLOSES_WITH_FIGURE.test(prev.text.slice(total.end - prev.start))) {
      // the sentence's one figure of its kind, right before 其中: that figure is what 其中 breaks down, named
      // as a total or not (河县 2023: 下达…中央水利发展资金2263万元。其中:中小河流治理工程1435万元,…)
      place(prev, before);
      const parts = [...money(s), ...counts(s)].sort((a, b) => a.start - b.start);
      place(s, parts);
      const budgetTotal = budgetAmounts(prev).some((b) => b.total && b.amount.start === total.start);
      const ended = ENDED.test(s.text.slice(-8));
      if (!budgetTotal && total.depth === 0) {
        const opening = s.text.trimStart();
        stated = breakdown([total, ...parts], 0, 0, ended, s, opening.startsWith('其中'), opening.startsWith('分别'))?.stated;
      }
    }
  }
  nextMemo.set(s, { prev, at: s.start, stated: stated ?? null });
  return stated;
}

/**
 * A sentence that opens by naming the figure it breaks down (已支出资金中，拨付乡镇卫生院612.30万元、村卫生室298.10万元…, made
 * up, red team s23): the name before 中, less its generic word (资金, 经费, 款项) and its 已 / 累计.
 */
const OPENS_WITH_NAME = /^[\s\u3000]{0,2}([^\d０-９，,。；;：:、（()）\s]{2,12})中[，,：:]/;
const GENERIC_TAIL = /(?:的)?(?:资金|经费|款项|金额|总额|部分)$/;
const GENERIC_HEAD = /^(?:已经?|累计|实际|全年|本年|年度)/;
/** The name before a bare 中 and a Chinese character (财政全额供给单位中行政单位1个): read only as a count's whole label. */
const OPENS_BARE = /^[\s\u3000]{0,2}([\u4e00-\u9fff]{4,12})中(?=[\u4e00-\u9fff])/;
/** A count's label from its clause's start, a list's mark or 其中 left out (其中:财政全额供给单位 → 财政全额供给单位). */
const ownLabel = (label: string): string => label.replace(/^(?:其中)?[\s\u3000:：]*/, '');
/** Kept as nextMemo is. */
const namedMemo = new WeakMap<Sentence, { prev: Sentence; at: number; stated: StatedTotal | null }>();

/**
 * 已支出935.40万元，资金执行率68.35%。已支出资金中，拨付A 612.30万元、B 298.10万元、C 35.00万元。 The parts in `s` of the one
 * amount of `prev` whose words hold the name `s` opens with (已支出); judged as a 其中 list. Not when the name is held by
 * no amount or by more than one (项目预算1000万元，已支出600万元，已拨付800万元 holds 已支出 once), nor a name that is only
 * a pointer (上述, 以上, 这些: which figure is not said).
 */
export function namedSentenceTotal(prev: Sentence, s: Sentence): StatedTotal | undefined {
  const at = s.text.indexOf('中');
  if (at < 2 || at > 16) return undefined;
  const known = namedMemo.get(s);
  if (known && known.prev === prev && (known.at === s.start || known.stated === null)) {
    known.at = s.start;
    return known.stated ?? undefined;
  }
  let stated: StatedTotal | undefined;
  const marked = OPENS_WITH_NAME.exec(s.text)?.[1];
  // with no mark after 中, the name must be a count's whole label in the sentence before (寻甸 2024: …其中:财政全额供给单位1个;
  // …。财政全额供给单位中行政单位1个;参公单位0个;事业单位1个): 中 may end a word of another name (项目实施中, 集中)
  const bare = marked ? undefined : OPENS_BARE.exec(s.text)?.[1];
  const core = marked?.replace(GENERIC_TAIL, '').replace(GENERIC_HEAD, '') ?? bare ?? '';
  if (core.length >= 2 && !/上述|以上|前述|这些|该/.test(core)) {
    const before = bare ? counts(prev) : money(prev);
    place(prev, before);
    const held = before.filter((f) => (bare ? ownLabel(f.label) === bare : f.label.includes(core)));
    const total = held[0];
    if (total && held.length === 1 && total.depth === 0 && !budgetAmounts(prev).some((b) => b.total && b.amount.start === total.start)) {
      const parts = [...money(s), ...counts(s)].sort((a, b) => a.start - b.start);
      place(s, parts);
      stated = breakdown([total, ...parts], 0, 0, ENDED.test(s.text.slice(-8)), s, true)?.stated;
    }
  }
  namedMemo.set(s, { prev, at: s.start, stated: stated ?? null });
  return stated;
}

/**
 * A part followed by its own list (第一批资金9910万元，分别支持A项目3000万元、B项目…): the figures after it are its parts.
 * Not a list in brackets (A 60万元（其中…）): its figures are a level down already, and the next part follows it.
 */
const OWN_LIST = /^[\s\u3000]{0,2}[,，:：]?[\s\u3000]{0,2}(?:其中|分别|包括)/;
const opensOwnList = (s: Sentence, f: Figure): boolean => OWN_LIST.test(s.text.slice(f.end - s.start, f.end - s.start + 8));
/**
 * An amount the text does not give: a unit with no figure before it (退耕还林抚育 点击查看>> 万元, a reposting
 * site masking the amount; 资金  万元 left blank). A list with one is not all its parts.
 */
const UNIT_WITHOUT_FIGURE = /[^\d０-９.．\s\u3000〇零一二两三四五六七八九十百千万亿][\s\u3000]*[万亿]元/;

/**
 * 其中 / 分别为 after the total: the parts that follow at the cue's depth; it holds when some run of them from the first adds up.
 * A part that opens a list of its own (分别支持 …) owns the figures up to the next ；, where the list of the total
 * goes on (南昌 2023: 专项资金17347万元其中第一批资金9910万元,分别支持…;第二批资金7437万元,分别支持…). A list that
 * reduces (调减) or leaves an amount out is not judged: its figures are not all plain parts; nor one with a part whose number
 * is not read as a figure (unreadPart: 图书资料馆4员人).
 */
function breakdown(
  figures: Figure[],
  k: number,
  depth: number,
  ended: boolean,
  s: Sentence,
  /** The cue says plainly that the parts are the total's (其中, a bracket of sources): a part above the total is wrong. */
  plainly = false,
  /** The cue says the parts are all of the total (分别为 / 分别是): a shortfall of any size is a slip. */
  whole = false,
): { parts: Figure[]; stated: StatedTotal | undefined } | undefined {
  const total = figures[k] as Figure;
  const parts: Figure[] = [];
  let closed = false;
  // a list whose second part follows a ； is written one part per clause (其中:30万元用于…;30万元用于…;29.99万元用于…,
  // 棠溪 2022): its ； separate parts; in a list separated by commas a ； ends it
  let bySemicolon = false;
  // the last part opened a list of its own: its figures are not parts at this level until a ；
  let nested = false;
  let signed = false;
  // the figure of the total's kind that ended the list as a new fact (剩余5万元, 结余…)
  let rest: Figure | undefined;
  // a ； before a companion count stands before its part
  let semicolonBefore = false;
  // where a new fact or a ； ended the list (not a closing bracket): the figures from there may go on with it
  let stop = -1;
  for (let i = k + 1; i < figures.length; i++) {
    if (i - k > MAX_PARTS) return undefined;
    const f = figures[i] as Figure;
    if (f.depth < depth) {
      closed = true;
      break;
    }
    if (f.depth > depth) continue;
    if (nested) {
      if (!f.afterSemicolon) continue;
      nested = false;
      bySemicolon = true;
    }
    // a count that goes with the part right after it in the same clause (承德 2023: 其中“优”的项目79个财政资金3038.38万元;
    // “良”的项目11个财政资金201.9万元…) says how many, and is no part of a total in 万元
    if (f.kind !== total.kind && companion(f, figures[i + 1], total, s)) {
      semicolonBefore ||= f.afterSemicolon;
      continue;
    }
    const afterSemicolon = f.afterSemicolon || semicolonBefore;
    semicolonBefore = false;
    // one part, a ； and a figure that opens a 其中 of its own (昌宁 殡葬 2024: 在职人员编制6人,其中:事业编制6人;在职实有6人,
    // 其中:财政全额保障6人): the ； ends the first 其中 clause, and that figure is the next total, not a part. Parts
    // that each open their own list (第一批资金9910万元,分别支持…;第二批…) were read as a list by ； above.
    if (afterSemicolon && parts.length === 1 && !bySemicolon && !opensOwnList(s, f)) bySemicolon = true;
    const ends = afterSemicolon && !bySemicolon;
    if (
      f.kind !== total.kind ||
      ends ||
      (NEW_FACT.test(f.label) &&
        !(f.kind !== '元' && stageOf(f.label)) &&
        !(parts.length === 0 && paidOut(total, f, s)) &&
        !(parts.length > 0 && categoryTotal(f.label))) ||
      (f.kind !== '元' && RETIRED.test(f.label) && !RETIRED.test(total.label))
    ) {
      closed = true;
      if (f.kind === total.kind && !ends) rest = f;
      stop = i;
      break;
    }
    parts.push(f);
    if (REMOVED.test(f.label)) signed = true;
    nested = opensOwnList(s, f);
  }
  // a list that runs to the end of a sentence cut short (an excerpt ending in 差额…) may have lost parts, and a list of
  // one part is no sum: but a part that alone is more than its total is wrong whatever the rest (每站每年5万元(其中中央和
  // 省级补助43万元,本级配…, 两馆一站)
  if ((!closed && !ended) || parts.length === 1) return { parts, stated: signed || !plainly ? undefined : exceeding(total, parts) };
  let stated = judged(total, parts, 'breakdown', true);
  // 其中 / 包括 may name only some parts of a much larger total (made up, red team: 全年支出1200万元，其中：培训费30万元、
  // 会议费12万元): parts that fall far short were not meant as the whole, only ones close to it (a part left out or mistyped).
  // A part in 元 that adds up in 万元 is money-unit's slip (阿拉善 2023: 85万元(…13万元,…72元)), and is kept for it.
  if (stated && !whole && stated.sum < total.value * MEANT_AS_WHOLE && !yuanSlip(stated)) return { parts, stated: undefined };
  // the parts with what is left (其中用于A 10万元、B 15万元，剩余5万元结转 of 30万元) account for the total: no slip
  if (stated && rest && agrees(total, [...parts, rest], stated.sum + rest.value)) stated = undefined;
  if (stated && stop >= 0 && goesOn(figures, stop, total, parts, depth, stated.sum)) stated = undefined;
  // looked at only when the parts do not add up (a paragraph of a megabyte has a breakdown at every figure)
  const last = parts[parts.length - 1];
  if (
    stated &&
    last &&
    (signed ||
      openAfter(s, last) ||
      restUnstated(s, last) ||
      leaderPosts(total, parts) ||
      crossCut(total, parts, stated.sum) ||
      nestedLevels(total, parts) ||
      mixedStages(parts) ||
      UNIT_WITHOUT_FIGURE.test(s.text.slice(Math.max(total.end - s.start, 0), last.start - s.start)) ||
      unreadPart(s, figures, k + 1, total.end, last.start, depth - total.depth))
  ) {
    return { parts, stated: undefined };
  }
  return { parts, stated };
}

/**
 * The parts with a run of the figures after the list's end (past a ； or a verb) account for the total: the list went on
 * in other words, and is no slip (保山商务 2019: 中标价为2472551.80元,其中:建安工程费1783575.80元,工程建设其他费38976.00元
 * (…);支付…场地补助经费50万元,…展品购置经费15万元 = 2472551.80 元). Figures of the total's kind at the list's depth, up
 * to a bracket that closes the list; a sum that falls short by chance needs a run that fills the gap within rounding.
 */
function goesOn(figures: readonly Figure[], stop: number, total: Figure, parts: readonly Figure[], depth: number, sum: number): boolean {
  const run = [...parts];
  let value = sum;
  for (let i = stop; i < figures.length && i - stop < MAX_PARTS; i++) {
    const f = figures[i] as Figure;
    if (f.depth < depth) return false;
    if (f.depth > depth || f.kind !== total.kind) continue;
    run.push(f);
    value += f.value;
    if (agrees(total, run, value)) return true;
    if (value > total.value) return false;
  }
  return false;
}

/** The first part that alone is more than its total beyond the rounding of both, as a finding's total and part. */
function exceeding(total: Figure, parts: readonly Figure[]): StatedTotal | undefined {
  // a total in 元 whose 万元 parts add up to its figure is a 万 dropped from it, told as such (totalYuanSlip)
  const whole: StatedTotal = { total, parts: [...parts], form: 'breakdown', sum: parts.reduce((sum, p) => sum + p.value, 0) };
  if (totalYuanSlip(whole)) return whole;
  const over = parts.find((p) => p.value > total.value && !agrees(total, [p], p.value));
  return over ? { total, parts: [over], form: 'exceeds', sum: over.value } : undefined;
}

/** Separators of a list's parts: a clause between two of them is one part. */
const PART_BREAK = new Set([...'、，,；;'].map((c) => c.charCodeAt(0)));
/** After a digit run: a date (2023年, 3月, 5日), a number (1号), a share (50%), not a quantity. */
const NOT_QUANTITY_AFTER = new Set([...'年月日号%％‰'].map((c) => c.charCodeAt(0)));

/**
 * A part the figures do not hold: a clause of the list, between two separators (、，,；;) at the list's depth, with a number
 * in it and no figure (施甸 图书馆 2023: 在职职工7人,其中副研究图书资料馆员1人,图书资料馆4员人,助理馆员2人 — the
 * 4 lost its counter to a garbled word). The parts read are then not all the parts, and their sum says nothing. Not a
 * number of a date (2023年, 3月), an ordinal (第2), a list number (1.) or a share (50%). One walk over `from`..`to`
 * (the list's stretch up to its last part) and the figures from `first` (none before it ends past `from`): linear in the
 * stretch, whatever the length of the sentence; `listDepth` is the list's bracket depth counted from `from`.
 */
function unreadPart(s: Sentence, figures: readonly Figure[], first: number, from: number, to: number, listDepth: number): boolean {
  const t = s.text;
  const end = to - s.start;
  let f = first;
  let depth = 0;
  let number = false; // the clause so far holds a number that is no figure
  let figure = false; // the clause so far holds a figure
  for (let i = Math.max(from - s.start, 0); i < end; i++) {
    while (f < figures.length && (figures[f] as Figure).end - s.start <= i) f++;
    const at = figures[f];
    if (at && at.start - s.start <= i) {
      // inside a figure: its digits are read
      figure ||= depth === listDepth;
      i = at.end - s.start - 1;
      continue;
    }
    const c = t.charCodeAt(i);
    if (c === 0xff08 || c === 40) depth++;
    else if (c === 0xff09 || c === 41) depth--;
    else if (depth !== listDepth) continue;
    else if (PART_BREAK.has(c)) {
      if (number && !figure) return true;
      number = figure = false;
    } else if (digit(c) >= 0) {
      const ordinal = t[i - 1] === '第';
      while (i + 1 < end && digit(t.charCodeAt(i + 1)) >= 0) i++;
      const after = t.charCodeAt(i + 1);
      const listNumber = (after === 46 || after === 0xff0e) && digit(t.charCodeAt(i + 2)) < 0;
      if (!ordinal && !listNumber && !NOT_QUANTITY_AFTER.has(after)) number = true;
    }
  }
  return false;
}

/**
 * Leader posts (领导职数) among an establishment: how many of its places are leaders' (保山地震局 2021: 核定事业编制14 名。
 * 其中,正处级领导职数1 名、副处级领导职数2 名;科级领导职数8 名), a subset of the total, not its breakdown. A total of posts
 * itself is broken down as any other (寻甸档案馆 2024: 领导职数3名,其中馆长1名,副馆长2名). So are approved posts (核定编制) in a
 * list of people (made up, red team s23: 在职在编128人，其中局机关核定编制35人、在编33人: a unit's posts beside its people).
 */
const POSTS = /职数|核定/;
/**
 * The same subset named by the leaders' titles alone (徐闻 政务服务 2024: 局机关有行政编制9名。其中:局长1名、副局长2名、正股长3名):
 * an establishment's places lists its leaders, not every place. Not for a total of leaders itself (领导班子5名,其中…).
 */
const ESTABLISHMENT = /编制/;
const LEADERS = /领导|班子|职数/;
const LEADER_TITLE = /(?:长|主任|书记|主席)$/;
const leaderPosts = (total: Figure, parts: readonly Figure[]): boolean =>
  (!POSTS.test(total.label) && parts.some((p) => POSTS.test(p.label))) ||
  (ESTABLISHMENT.test(total.label) && !LEADERS.test(total.label) && parts.every((p) => LEADER_TITLE.test(p.label)));

/**
 * People counted by a trait that cuts across their classes: party membership, schooling, rank (made up: 在职人员30人,其中
 * 党员18人,团员5人; 其中研究生6人,本科20人; 其中处级干部5人,科级干部12人). Such a list names whom the report cares to
 * name, not every one: a shortfall is no slip. Looked at only when the parts do not add up. So are people lent or away
 * (made up, red team: 年末在职人数15人，其中长期借调外单位2人，从乡镇借调至本单位工作4人).
 */
const TRAIT = /党员|团员|学历|研究生|本科|专科|大专|硕士|博士|职称|领导|干部|[厅处科股]级|职级|民族|借调|挂职|抽调|借用|病休/;
/** A trait's word that names a kind of training, not the people counted (干部培训400人次, made up, red team s23). */
const TRAINING = /(?:党员|团员|干部|领导)(?:培训|轮训|教育|学习)/g;
/** 干部 beside 工人 / 工勤: the classes people in post are split into, not a trait across them (退休干部20人、退休工人12人). */
const WORKERS = /工人|工勤/;
const CADRES = /干部/g;
/**
 * Only a list that adds up to more than its total is read past these words: a kind of training or 干部 beside 工人 splits the
 * total, and its parts cannot exceed it; a shortfall may still be the few the report names.
 */
function crossCut(total: Figure, parts: readonly Figure[], sum: number): boolean {
  if (total.kind === '元' || TRAIT.test(total.label)) return false;
  const over = sum > total.value;
  // things counted by what they have (其中配备设备的站点8个、配备人员的站点10个 of 12, made up, red team s23): one may have both;
  // one category named with a 的 among others (参照公务员法管理的事业单位, 开远 扶贫办 2016) is a class of its own
  if (over && parts.filter((p) => p.label.includes('的')).length >= 2) return true;
  // levels of one scale are classes, not traits across them: each person holds one title or one highest degree (畜牧水产 2016:
  // 现有技术员 4人,其中高级职称 1 人,中级职称 5人): more of them than people is a slip
  if (over && SCALES.some((scale) => parts.every((p) => scale.test(p.label) && !OTHER_TRAIT.test(p.label.replace(scale, '')))))
    return false;
  const workers = over && parts.some((p) => WORKERS.test(p.label));
  return parts.some((p) => {
    const label = over ? p.label.replace(TRAINING, '') : p.label;
    return TRAIT.test(workers ? label.replace(CADRES, '') : label);
  });
}

/** Scales whose levels exclude each other: professional titles, highest schooling, rank. */
const SCALES = [
  /(?:正高级|副高级|高级|中级|初级)(?:专业技术)?职称/,
  /(?:博士研究生|硕士研究生|研究生|博士|硕士|大学本科|本科|大学专科|专科|大专|中专|高中)(?:学历|学位)?/,
  /[厅处科股]级(?:干部|领导)?/,
];
/** A trait of another dimension beside the level (党员, 女): the list may cut across. */
const OTHER_TRAIT = /党员|团员|男|女|民族|借调|挂职|抽调|借用|病休|岁/;

/** A level of a hierarchy (一级指标, 二级指标, 三级指标). */
const LEVEL = /[一二三四五六1-6]级/;
/**
 * Counts of the levels of a hierarchy, one of them the total itself (西平 交通 2022, tune corpus: 15个绩效目标指标,其中一级指标3个,
 * 二级指标8个,三级指标15个): each level holds the one below, so they are no parts to add.
 */
const nestedLevels = (total: Figure, parts: readonly Figure[]): boolean =>
  parts.filter((p) => LEVEL.test(p.label)).length >= 2 && parts.some((p) => p.value === total.value);

/** 等 right after a list's last part (…250万元等): the list names some of the parts, not all. */
const OPEN_LIST = /^[\s\u3000]?等/;
const openAfter = (s: Sentence, last: Figure): boolean => OPEN_LIST.test(s.text.slice(last.end - s.start, last.end - s.start + 2));
/**
 * The rest named after the last part with no figure (made up, red team: 全年资金支出1200万元，其中：用于设备购置450万元，…，
 * 用于宣传推广100万元，其余用于日常运维): the parts listed are not all of the total. A rest with its figure (剩余5万元) is a part.
 */
const REST_UNSTATED =
  /^[^\d０-９]{0,6}?[，,、；;][\s\u3000]*(?:其余|剩余|余下|余款|其他(?:资金|经费|部分))[^\d０-９，,。；;]*(?:[，,。；;]|$)/;
const restUnstated = (s: Sentence, last: Figure): boolean => REST_UNSTATED.test(s.text.slice(last.end - s.start, last.end - s.start + 40));

/** A figure of another kind with a part of the total's kind right after it, in the same clause and a few characters on. */
function companion(f: Figure, next: Figure | undefined, total: Figure, s: Sentence): boolean {
  if (!next || next.kind !== total.kind || next.depth !== f.depth || next.start - f.end > 12) return false;
  for (let i = f.end - s.start; i < next.start - s.start; i++) if (CLAUSE_BREAK.has(s.text.charCodeAt(i))) return false;
  return true;
}

/**
 * 合计 / 共 after the parts: the figures before it at its depth; it holds when some run of them ending at the total adds up.
 * A ； before the total is the list's own separator (A 3.89万元;B 3.89万元;全年应执行数为7.79万元, 临夏 2023): the parts
 * are then read across the ； back to where the list stops (a more distant figure only adds a run that may add up).
 * Not judged when a part among them has a number not read as a figure (unreadPart).
 */
function sum(figures: Figure[], k: number, claimed: ReadonlySet<Figure>, s: Sentence): StatedTotal | undefined {
  const total = figures[k] as Figure;
  const parts: Figure[] = [];
  let first = k; // the index of the first part
  const bySemicolon = total.afterSemicolon;
  for (let i = k - 1; i >= 0 && k - i <= MAX_PARTS; i--) {
    const f = figures[i] as Figure;
    if (f.depth > total.depth) continue;
    if (claimed.has(f)) return undefined;
    if (f.depth < total.depth || f.kind !== total.kind || totalAfter(f.label)) break;
    // words of a new fact before the first part of a 、 list are the list's own lead-in, said of every part (全县共有物业小区
    // 56个、无物业小区12个、老旧小区30个，共计98个; 已完成A 5个、B 3个，共8个): that part opens the list, and the walk stops there
    const lead = NEW_FACT.test(f.label);
    if (lead && (parts.length === 0 || !listedOn(s, f))) break;
    parts.unshift(f);
    first = i;
    if (lead || (f.afterSemicolon && !bySemicolon)) break;
  }
  const last = parts[parts.length - 1];
  // a part taken away (年初8个，年中追加3个，调减1个，共10个): the parts are signed, and their plain sum says nothing
  if (!last || openAfter(s, last) || parts.some((p) => REMOVED.test(p.label))) return undefined;
  const stated = judged(total, parts, 'sum', false);
  if (stated && total.kind !== '元' && countsOtherThing(s, total, parts)) return undefined;
  // a part the figures do not hold among the parts or before the total (A 1人，B 4员人，C 2人，共7人)
  return stated && unreadPart(s, figures, first, (parts[0] as Figure).start, total.start, 0) ? undefined : stated;
}

/** A 、 right after a figure (spaces aside): the figure is an item of a list that goes on. */
const LISTED_ON = /^[\s\u3000]{0,2}、/;
const listedOn = (s: Sentence, f: Figure): boolean => LISTED_ON.test(s.text.slice(f.end - s.start, f.end - s.start + 3));

/** The first two Chinese characters right after a count's counter: what it counts (4个乡镇 → 乡镇), or '' when none. */
function countedThing(s: Sentence, f: Figure): string {
  const t = s.text;
  const at = f.end - s.start;
  let end = at;
  while (end < t.length && end - at < 2 && isHanCode(t.charCodeAt(end))) end++;
  return t.slice(at, end);
}

/**
 * The total counts a thing none of its parts count (林场 项目支出: 涉及4个乡镇、2个街道办事处共计17个行政村 — the villages
 * lie within the towns, they are no sum of them): every figure names what it counts, and the total's thing is none of
 * the parts'. A total over a wider name of its parts (3个科室、2个中心,共5个部门) is left unjudged with it: the words
 * alone do not tell the two apart, and a false alarm costs more than a sum missed.
 */
function countsOtherThing(s: Sentence, total: Figure, parts: readonly Figure[]): boolean {
  const thing = countedThing(s, total);
  if (thing === '') return false;
  for (const p of parts) {
    const own = countedThing(s, p);
    if (own === '' || own === thing) return false;
  }
  return true;
}

/** 共 N 个 first, then 年初 … and 年中追加 … at the same depth, in a sentence that removes nothing. */
function additions(figures: Figure[], k: number, flags: { ended: boolean; removes: boolean }): StatedTotal | undefined {
  const total = figures[k] as Figure;
  const after = figures.slice(k + 1, k + 1 + MAX_PARTS).filter((f) => f.depth === total.depth && f.kind === total.kind);
  const opening = after.filter((f) => OPENING.test(f.label));
  const added = after.filter((f) => ADDED.test(f.label) && !OPENING.test(f.label));
  if (opening.length !== 1 || added.length === 0 || flags.removes || !flags.ended) return undefined;
  return judged(
    total,
    [...opening, ...added].sort((a, b) => a.start - b.start),
    'additions',
    true,
  );
}

/** The stated total with its parts, or undefined when fewer than two parts or some run of them adds up. */
function judged(total: Figure, parts: Figure[], form: StatedTotal['form'], fromFirst: boolean): StatedTotal | undefined {
  if (parts.length < 2) return undefined;
  // the slack of the figures added so far: a run of the parts is judged with its own rounding
  const slack = new RoundingSlack(true).add(rounded(total));
  let run = 0;
  // a run of counts is two parts that count: with a part of 0 (开远 扶贫办 2016: 共1个。其中:行政单位1个,参公事业单位0个,
  // 其他事业单位1个) the run 1 + 0 is the first part alone, as large as the total, and says nothing of where the list ends.
  // Money is left as it was: a 决算's sentence goes on past its parts with no word that ends the list (呈贡 2018: 资金额为
  // 9,836.16万元,其中一般公共预算收入9,836.16万元,基金预算收入0元,2018年调增预算收入18,746.37万元,…)
  let counted = 0;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[fromFirst ? i : parts.length - 1 - i] as Figure;
    run += part.value;
    if (part.value !== 0 || total.kind === '元') counted++;
    slack.add(rounded(part));
    if ((counted >= 2 || i === parts.length - 1) && slack.holds(run, total.value)) return undefined;
  }
  return { total, parts, form, sum: run };
}

/**
 * A total in 元 over parts all in 万元 or 亿元, below a thousandth of the largest (西区卫生监督 2021: 2021年收入296.95元,其中:年初预算
 * 167.98万元,…): the 万 was dropped from the total, which money-unit reports; the sum in 元 says nothing more.
 */
export function totalInYuan(st: StatedTotal): boolean {
  if (st.form === 'exceeds' || st.total.unit !== '元' || st.parts.length === 0) return false;
  let largest = 0;
  for (const p of st.parts) {
    if (p.kind !== '元' || p.unit === '元') return false;
    largest = Math.max(largest, p.value);
  }
  return st.total.value * 1000 < largest;
}

/**
 * A total in 元 whose parts, all in 万元, add up to its figure in 万元 (旺苍 卫健局 2021, set 35: 补助471.23元,其中中央补助
 * 189.63万元,地方财政补助281.6万元: 189.63 + 281.6 = 471.23): the 万 was dropped from the total, whatever its words and
 * however the parts were read (one part alone above the total, `exceeds`). money-unit reports it.
 */
export function totalYuanSlip(st: StatedTotal): boolean {
  if (st.total.unit !== '元' || st.total.kind !== '元' || st.parts.length < 2) return false;
  if (st.parts.some((p) => p.kind !== '元' || p.unit !== '万元')) return false;
  return agrees(
    inWan(st.total),
    st.parts,
    st.parts.reduce((sum, p) => sum + p.value, 0),
  );
}

/** A figure written in 元 read as the same figure in 万元, its rounding as written. */
function inWan(f: Figure): Figure {
  const dot = Math.max(f.written.indexOf('.'), f.written.indexOf('．'));
  return { ...f, value: f.value * 1e4, slack: moneySlack(dot < 0 ? 0 : f.written.length - dot - 1, '万元') };
}

/**
 * The one part in 元 of a total in 万元 or 亿元 that, read in 万元, makes the parts add up (阿拉善 2023: 自治区投入资金85万元
 * (…奖励扶助资金13万元,计划生育家庭特别扶助72元): 13 + 72 = 85): the 万 was dropped from it. The arithmetic says the
 * unit, whatever the words: money-unit reports the part, and the total is then no slip of its own.
 */
export function yuanSlip(st: StatedTotal): Figure | undefined {
  if (st.form === 'exceeds' || st.total.kind !== '元' || st.total.unit === '元') return undefined;
  let slip: Figure | undefined;
  for (const p of st.parts) {
    if (p.unit !== '元') continue;
    if (slip) return undefined;
    slip = p;
  }
  // an amount per head (每人72元, 人均, 标准) is 元 by nature, whatever the sum
  if (!slip || /每|均|标准/.test(slip.label)) return undefined;
  const asWan = inWan(slip);
  const parts = st.parts.map((p) => (p === slip ? asWan : p));
  return agrees(st.total, parts, st.sum - slip.value + asWan.value) ? slip : undefined;
}
