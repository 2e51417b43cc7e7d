// Budget statements: which labelled amounts are totals and which are their parts.
//   收入总预算 = 一般公共预算（安排）拨款 + （政府性）基金预算拨款 [+ 国有资本经营预算 + 其他收入 …]
//   总支出 = 一般公共预算支出 + 政府性基金支出 [+ …];  本年支出 = 基本支出 + 项目支出;  基本支出 = 人员经费 + 公用经费
import { UNIT_FACTOR } from '../parse/numbers.js';
import { isHanCode } from '../text/han.js';
import { moneySlack, RoundingSlack, type Rounded } from './rounding.js';
import type { LabelledAmount, Sentence } from '../parse/sentences.js';
import { always, sentenceMemo } from '../parse/sentence-memo.js';
import type { ChunkView } from '../parse/chunks.js';
import { chunkDiff } from '../parse/picked-lines.js';

export type Flow = 'income' | 'expense' | 'basic';

export interface Kind {
  flow: Flow;
  /** Parts of one breakdown share a family; a total is checked against each family separately. */
  family: string;
  key: string;
  re: RegExp;
}

const TOTALS: { flow: Flow; re: RegExp }[] = [
  { flow: 'income', re: /收入总预算|收入预算总额|预算总收入|年度总收入|总收入|收入合计|收入总额|收入总计/ },
  { flow: 'expense', re: /总支出|支出总额|支出合计|支出总计|支出预算总额|本年支出|全年支出/ },
  { flow: 'basic', re: /基本支出/ },
];

const PARTS: Kind[] = [
  { flow: 'income', family: 'source', key: 'general', re: /一般公共预算(?:安排)?(?:拨款|收入|资金)|财政拨款收入|财政拨款/ },
  { flow: 'income', family: 'source', key: 'fund', re: /(?:政府性)?基金预算(?:安排)?(?:拨款|收入|资金)|政府性基金(?:拨款|收入)/ },
  { flow: 'income', family: 'source', key: 'soe', re: /国有资本经营预算(?:拨款|收入)?/ },
  // each a source of its own: a hospital's or a school's income is 财政拨款 + 事业收入 + 经营收入 + 其他收入 (made up, red team
  // s23: 收入合计14417.76万元，其中财政拨款收入2860.00万元，事业收入11245.36万元，其他收入312.40万元 was read as two parts)
  { flow: 'income', family: 'source', key: 'business', re: /事业收入/ },
  { flow: 'income', family: 'source', key: 'operating', re: /经营收入/ },
  { flow: 'income', family: 'source', key: 'carried', re: /上年结转(?:结余)?/ },
  { flow: 'income', family: 'source', key: 'other', re: /其他收入/ },
  { flow: 'expense', family: 'source', key: 'general', re: /一般公共预算(?:拨款)?支出/ },
  { flow: 'expense', family: 'source', key: 'fund', re: /(?:政府性)?基金(?:预算)?支出/ },
  { flow: 'expense', family: 'source', key: 'soe', re: /国有资本经营预算支出/ },
  { flow: 'expense', family: 'type', key: 'basic', re: /基本支出/ },
  { flow: 'expense', family: 'type', key: 'project', re: /项目支出/ },
  { flow: 'expense', family: 'source', key: 'other', re: /其他支出/ },
  { flow: 'basic', family: 'economic', key: 'personnel', re: /人员经费|人员支出/ },
  { flow: 'basic', family: 'economic', key: 'public', re: /公用经费|公用支出/ },
];

export interface Named {
  amount: LabelledAmount;
  /** The words that named it, as a message shows them (收入总预算). */
  name: string;
}

export interface Statement {
  total: Named;
  flow: Flow;
  /** Parts by family, in text order. */
  families: Map<string, (Named & { key: string })[]>;
}

function classifyTotal(label: string): { flow: Flow; name: string } | undefined {
  for (const t of TOTALS) {
    const m = t.re.exec(label);
    if (m) return { flow: t.flow, name: m[0] };
  }
  return undefined;
}

const FLOWS: readonly Flow[] = ['income', 'expense', 'basic'];
const PARTS_OF: Record<Flow, Kind[]> = { income: [], expense: [], basic: [] };
for (const k of PARTS) PARTS_OF[k.flow].push(k);

function classifyPart(label: string, flow: Flow): (Kind & { name: string }) | undefined {
  for (const k of PARTS_OF[flow]) {
    const m = k.re.exec(label);
    if (m) return { ...k, name: m[0] };
  }
  return undefined;
}

/** An amount named as a budget total or part, with what it is for each flow. */
export interface BudgetAmount {
  amount: LabelledAmount;
  total?: { flow: Flow; name: string };
  parts: Partial<Record<Flow, Kind & { name: string }>>;
}

/** Any total's or part's name: most amounts are named by none, and need no more tests. */
const ANY_NAME = new RegExp([...TOTALS.map((t) => t.re.source), ...PARTS.map((k) => k.re.source)].join('|'));

/**
 * The sentence's amounts that are budget figures (most sentences have none); worked out once per sentence
 * (a sentence lives until its paragraph is edited) and kept in its memo slot: the reading holds the
 * sentence's own amounts, which move with it.
 */
export const budgetAmounts: (s: Sentence) => BudgetAmount[] = sentenceMemo(readBudgetAmounts, always);

/**
 * A list item naming the flow alone before a colon (`1、收入:792.22万元。2、支出:799.12万元。`, 南县政协 2021): a total of
 * the report's, though its label is a bare 收入 or 支出 that names no total.
 */
const ITEM_TOTAL = /(?:^|[\s、.．])(?:本年度?|全年|年度)?(收入|支出)(?:合计|总计|总额)?[:：][ \u3000]{0,2}$/;

const FLOW_WORD = /收入|支出/;

function itemTotal(s: Sentence, amount: LabelledAmount): { flow: Flow; name: string } | undefined {
  const at = amount.start - s.start;
  const m = ITEM_TOTAL.exec(s.text.slice(Math.max(0, at - 12), at));
  return m?.[1] ? { flow: m[1] === '收入' ? 'income' : 'expense', name: m[1] } : undefined;
}

/** What ends a name read back across a line break: a clause break or another line break. */
const NAME_BREAK = new Set([...'，,；;：:、（()）\n\r“”"《》。'].map((c) => c.charCodeAt(0)));
/** How far back a name is read before a line break. */
const MAX_WRAPPED = 20;

/**
 * The name of an amount whose clause a PDF's line break cuts (其中财政拨款收入⏎2860.00万元, 事业⏎收入11245.36万元: made up, red team
 * s23): the line before ends in a Chinese character, and its words back to the clause break before them are the name's
 * first part. The label as the sentence read it when no line break cuts the name.
 */
function wrappedLabel(s: Sentence, amount: LabelledAmount): string {
  const t = s.text;
  const at = amount.start - s.start;
  let i = at;
  while (i > 0 && at - i < MAX_WRAPPED && !NAME_BREAK.has(t.charCodeAt(i - 1))) i--;
  if (t[i - 1] !== '\n') return amount.label;
  let end = i - 1;
  if (t[end - 1] === '\r') end--;
  if (!isHanCode(t.charCodeAt(end - 1))) return amount.label;
  let from = end;
  while (from > 0 && end - from < MAX_WRAPPED && !NAME_BREAK.has(t.charCodeAt(from - 1))) {
    // a figure at the end of the line before (100万元⏎…): no name cut in two
    if (/[0-9０-９]/.test(t[from - 1] as string)) return amount.label;
    from--;
  }
  return (t.slice(from, end) + t.slice(i, at)).replace(/[\s\u3000*_]/g, '');
}

function readBudgetAmounts(s: Sentence): BudgetAmount[] {
  const list: BudgetAmount[] = [];
  for (const amount of s.amounts) {
    // (the label reads past the colon: the flow's word alone, or with 本年 / 合计, is the whole label)
    const item = amount.label.length <= 6 && FLOW_WORD.test(amount.label) ? itemTotal(s, amount) : undefined;
    if (item) {
      list.push({ amount, total: item, parts: {} });
      continue;
    }
    const label = wrappedLabel(s, amount);
    if (!ANY_NAME.test(label)) continue;
    const total = classifyTotal(label);
    const parts: BudgetAmount['parts'] = {};
    let named = total !== undefined;
    for (const flow of FLOWS) {
      const k = classifyPart(label, flow);
      if (k) parts[flow] = k;
      named ||= k !== undefined;
    }
    if (named) list.push(total ? { amount, total, parts } : { amount, parts });
  }
  return list;
}

/**
 * Statements in one paragraph: a total, then the parts that follow it in the same paragraph until
 * the next total of any flow. A paragraph's statements are kept with its first budget sentence and
 * reused while its budget sentences are the same objects (sentences live until their text is edited).
 */
export function readStatements(sentences: readonly Sentence[]): readonly Statement[] {
  const known = statementsOfList.get(sentences);
  if (known) return known;
  const out: Statement[] = [];
  let i = 0;
  while (i < sentences.length) {
    const block = (sentences[i] as Sentence).block;
    const group: Sentence[] = [];
    for (; i < sentences.length && (sentences[i] as Sentence).block === block; i++) {
      const s = sentences[i] as Sentence;
      if (budgetAmounts(s).length > 0) group.push(s);
    }
    const first = group[0];
    if (!first) continue;
    let kept = statementsOf.get(first);
    if (!kept || kept.group.length !== group.length || kept.group.some((s, k) => s !== group[k])) {
      kept = { group, statements: paragraphStatements(group) };
      statementsOf.set(first, kept);
    }
    for (const st of kept.statements) out.push(st);
  }
  statementsOfList.set(sentences, out);
  return out;
}

const statementsOf = new WeakMap<Sentence, { group: Sentence[]; statements: Statement[] }>();
/** A report's budget sentences are the same list until one of them is edited (report.ts): so are their statements. */
const statementsOfList = new WeakMap<readonly Sentence[], Statement[]>();

/** The statements of one paragraph's budget sentences. */
function paragraphStatements(sentences: Sentence[]): Statement[] {
  const out: Statement[] = [];
  let current: Statement | undefined;
  // 基本支出 inside a 本年支出 statement is a part of it and a total of its own (人员经费 + 公用经费)
  let nested: Statement | undefined;
  const addPart = (st: Statement, b: BudgetAmount): boolean => {
    const k = b.parts[st.flow];
    if (!k) return false;
    const list = st.families.get(k.family) ?? [];
    if (!list.some((p) => p.key === k.key)) list.push({ amount: b.amount, name: k.name, key: k.key });
    st.families.set(k.family, list);
    return true;
  };
  for (const s of sentences) {
    if (current && s !== sentences[0] && ofAnother(s, current)) {
      current = undefined;
      nested = undefined;
    }
    const amounts = budgetAmounts(s);
    const down = levelDown(s, amounts);
    for (const b of amounts) {
      const t = b.total;
      // a part in a bracket after an amount no budget name holds is that amount's (本年收入1200万元（财政拨款1000万元…）)
      if (!t && down?.has(b.amount)) continue;
      // money said to come besides the total (另有上年结转50万元未纳入本年收入, made up, red team s23): no part of it
      if (!t && BESIDES.test(b.amount.label)) continue;
      // an aside of what a figure holds (事业收入500万元（含其他收入50万元）, made up, red team s23): within it, no part of its own
      if (!t && HOLDS_WITHIN.test(b.amount.label)) continue;
      if (t?.flow === 'basic' && current?.flow === 'expense' && addPart(current, b)) {
        nested = { total: { amount: b.amount, name: t.name }, flow: 'basic', families: new Map() };
        out.push(nested);
        continue;
      }
      if (t) {
        current = { total: { amount: b.amount, name: t.name }, flow: t.flow, families: new Map() };
        nested = undefined;
        out.push(current);
        continue;
      }
      if (nested && addPart(nested, b)) continue;
      if (current) addPart(current, b);
    }
  }
  return out;
}

/** An aside that says what the figure before it holds: 含 / 包含 / 其中含 right after the bracket opens. */
const HOLDS_WITHIN = /^(?:含|包含|其中含)/;
/** Words that put an amount beside the total, not in it. */
const BESIDES = /另(?:有|外|行|安排|拨|下达|追加|列支|筹)/;

/**
 * The amounts inside a bracket that opens right after an amount no budget name holds (made up, red team s23: 收入总计1250万元，
 * 其中本年收入1200万元（财政拨款1000万元、事业收入200万元），上年结转50万元): a level down, that amount's breakdown, not
 * the statement's parts. One walk over the sentence; undefined when it has no such bracket.
 */
function levelDown(s: Sentence, budget: readonly BudgetAmount[]): Set<LabelledAmount> | undefined {
  const t = s.text;
  if (!t.includes('（') && !t.includes('(')) return undefined;
  const named = new Set(budget.map((b) => b.amount));
  const opens: boolean[] = []; // per open bracket: whether it follows an unnamed amount
  let unnamedOpen = 0;
  let out: Set<LabelledAmount> | undefined;
  let j = 0; // the next amount of the sentence
  let last: LabelledAmount | undefined; // the last amount that ended
  for (let i = 0; i < t.length; i++) {
    const at = s.start + i;
    while (j < s.amounts.length && (s.amounts[j] as LabelledAmount).start <= at) {
      const a = s.amounts[j] as LabelledAmount;
      if (a.start === at && unnamedOpen > 0) (out ??= new Set()).add(a);
      last = a;
      j++;
    }
    const c = t.charCodeAt(i);
    if (c === 0xff08 || c === 40) {
      const after = last !== undefined && last.unitEnd <= at && at - last.unitEnd <= 1 && !named.has(last);
      opens.push(after);
      if (after) unnamedOpen++;
    } else if ((c === 0xff09 || c === 41) && opens.length > 0) {
      if (opens.pop()) unnamedOpen--;
    }
  }
  return out;
}

/**
 * A sentence that opens by naming what it breaks down (本年收入中，…): its parts are of that figure, not of the statement's
 * total when it names another (made up, red team: 收入总计3456.78万元，其中：本年收入3210.50万元，上年结转246.28万元。
 * 本年收入中，财政拨款收入3100.00万元，其他收入110.50万元).
 */
const BREAKS_DOWN = /^[\s\u3000]{0,2}([^\d０-９，,。；;：:、]{2,12})中[，,：:]/;
function ofAnother(s: Sentence, st: Statement): boolean {
  const m = BREAKS_DOWN.exec(s.text);
  const name = m?.[1];
  return name !== undefined && !name.includes(st.total.name) && !st.total.name.includes(name);
}

/** How many keys a flow can have: its total and each kind of part. */
const keyCount = (flow: Flow): number => 1 + new Set(PARTS.filter((k) => k.flow === flow).map((k) => k.key)).size;
const KEYS: Record<Flow, number> = { income: keyCount('income'), expense: keyCount('expense'), basic: keyCount('basic') };

/** Kept per list of sentences, as the statements are. */
const firstOfEachMemo = new WeakMap<readonly Sentence[], Map<Flow, Map<string, Named>>>();

/** Every amount named as a budget figure or as spending, in text order: the first of each key counts. */
export function firstOfEach(sentences: readonly Sentence[], flow: Flow): ReadonlyMap<string, Named> {
  let byFlow = firstOfEachMemo.get(sentences);
  if (!byFlow) firstOfEachMemo.set(sentences, (byFlow = new Map<Flow, Map<string, Named>>()));
  const known = byFlow.get(flow);
  if (known) return known;
  const out = new Map<string, Named>();
  byFlow.set(flow, out);
  const all = KEYS[flow];
  for (const s of sentences) {
    if (out.size === all) break; // every key found: nothing later counts
    for (const b of budgetAmounts(s)) {
      const t = b.total;
      if (t && t.flow === flow && !out.has('total')) out.set('total', { amount: b.amount, name: t.name });
      const k = b.parts[flow];
      if (k && !out.has(k.key) && !t) out.set(k.key, { amount: b.amount, name: k.name });
    }
  }
  return out;
}

/** Kept per list of the report's sentences with numbers (the same object while no paragraph with a number changed). */
const firstOfEachInMemo = new WeakMap<readonly Sentence[], Map<Flow, Map<string, Named>>>();

/**
 * firstOfEach over a report's sentences with numbers, read chunk by chunk: each chunk's own kept with its
 * list (the same object while the chunk outlives edits), and the first chunk that has a key gives it. A
 * keystroke in a paragraph with numbers reads the chunks, not every budget sentence of the report (the
 * flows' keys are seldom all found, so the read went to the end).
 */
export function firstOfEachIn(
  report: { numbered: readonly Sentence[]; chunks: readonly ChunkView[] },
  flow: Flow,
): ReadonlyMap<string, Named> {
  let byFlow = firstOfEachInMemo.get(report.numbered);
  if (!byFlow) firstOfEachInMemo.set(report.numbered, (byFlow = new Map<Flow, Map<string, Named>>()));
  const known = byFlow.get(flow);
  if (known) return known;
  const out = readIn(report.chunks, flow);
  byFlow.set(flow, out);
  return out;
}

/** A key's first amount, in the chunk it was found in (`chunk`, its index in the list) and at `at` in that chunk's own map. */
interface FirstIn {
  key: string;
  named: Named;
  chunk: number;
  at: number;
}
/**
 * By flow, the last list of chunks read and where each key was first found: the next list (a keystroke) keeps the keys
 * found before the chunks parsed again and reads those; a key found after them moves with them, and only a key first
 * found in a chunk that went is looked for again in the chunks after. Held strongly until the next list, as
 * parse/picked-lines.ts's lastDiff is.
 */
const lastIn = new Map<Flow, { chunks: readonly ChunkView[]; found: FirstIn[] }>();

/** firstOfEachIn's reading: the first chunk that has a key gives it, in the order a pass over the chunks meets them. */
function readIn(chunks: readonly ChunkView[], flow: Flow): Map<string, Named> {
  const all = KEYS[flow];
  const found: FirstIn[] = [];
  const has = new Set<string>();
  const add = (f: FirstIn): void => {
    if (has.has(f.key)) return;
    has.add(f.key);
    found.push(f);
  };
  const read = (from: number, to: number, only?: Set<string>): void => {
    for (let c = from; c < to && has.size < all; c++) {
      let at = 0;
      for (const [key, named] of firstOfEach((chunks[c] as ChunkView).numbered, flow)) {
        if (!only || only.has(key)) add({ key, named, chunk: c, at });
        at++;
      }
    }
  };
  const last = lastIn.get(flow);
  if (!last) read(0, chunks.length);
  else {
    const was = last.chunks;
    const { same, tail } = chunkDiff(was, chunks);
    const kept = was.length - tail;
    const moved = chunks.length - was.length;
    for (const f of last.found) if (f.chunk < same) add(f);
    read(same, chunks.length - tail);
    const lost = new Set<string>();
    for (const f of last.found) {
      if (f.chunk >= kept) add({ ...f, chunk: f.chunk + moved });
      else if (f.chunk >= same && !has.has(f.key)) lost.add(f.key);
    }
    if (lost.size > 0) read(chunks.length - tail, chunks.length, lost);
    found.sort((a, b) => a.chunk - b.chunk || a.at - b.at);
  }
  lastIn.set(flow, { chunks, found });
  const out = new Map<string, Named>();
  for (const f of found) out.set(f.key, f.named);
  return out;
}

/**
 * One breakdown added up in the total's unit, and whether the stated total holds: within the rounding of
 * every figure (model/rounding.ts), units converted. The rule and the hover both use this.
 */
export function sumOfParts(total: LabelledAmount, parts: Named[]): { sum: number; decimals: number; holds: boolean } {
  const rounded = (a: LabelledAmount): Rounded => ({ slack: moneySlack(a.decimals, a.unit), decimal: a.decimals > 0 });
  const slack = new RoundingSlack(false).add(rounded(total));
  let decimals = total.decimals;
  let sumYuan = 0;
  for (const { amount: a } of parts) {
    slack.add(rounded(a));
    if (a.unit === total.unit) decimals = Math.max(decimals, a.decimals);
    sumYuan += a.yuan;
  }
  return {
    sum: sumYuan / UNIT_FACTOR[total.unit],
    decimals,
    holds: slack.holds(sumYuan, total.yuan),
  };
}
