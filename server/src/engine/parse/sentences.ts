// Sentences of the report body with their numbers, each number labelled with the words written just
// before it (`一般公共预算安排拨款 2932.51 万元` → label 一般公共预算安排拨款). Budget, ratio and
// execution rules read these facts instead of the raw text. What the model makes of a sentence (its
// budget figures, model/budget.ts) is kept by the model, not on the sentence.
import type { FactKind } from './fact-kind.js';
import { scanNumbers, type Amount, type Percent } from './numbers.js';
import { GLOSS, glossBefore } from '../text/traditional.js';

export interface Labelled {
  /** The words before the number, back to the previous clause break, without spaces. */
  readonly label: string;
  readonly sentence: Sentence;
}

export type LabelledAmount = Amount & Labelled;
export type LabelledPercent = Percent & Labelled;

/**
 * A sentence and its numbers. The promise the number rules' caches rely on (model/budget.ts, and the
 * ratio and year-consistency rules, keyed by the sentence object): what a sentence says never changes
 * while the object lives; an edit elsewhere only moves it (start, end, block and its numbers' offsets,
 * by SENTENCES.shift), an edit in its paragraph makes a new one. So what is read from the text is
 * readonly here, and test/unit/incremental.test.ts checks every kept object against a fresh parse.
 */
export interface Sentence {
  start: number;
  end: number;
  readonly text: string;
  block: number;
  readonly amounts: readonly LabelledAmount[];
  readonly percents: readonly LabelledPercent[];
  /** Memo slots of what the model and rules work out from the sentence: see sentence-memo.ts. */
  memo: unknown[] | undefined;
}

// character codes, not one-character strings: text[i] of a Chinese character allocates a string, and
// these tests run for every character of the report
/** 。！？!?: compared, not looked up in a set (this runs for every character of the report). */
const isSentenceEnd = (c: number): boolean => c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 33 || c === 63;
const CLAUSE_BREAK = new Set([...'，,；;：:、（()）\n\r“”"《》'].map((c) => c.charCodeAt(0)));
const MAX_LABEL = 40;

export function readSentences(text: string, blocks: readonly { start: number; end: number }[]): Sentence[] {
  const out: Sentence[] = [];
  blocks.forEach((block, blockNo) => {
    let s = block.start;
    for (let i = block.start; i <= block.end; i++) {
      if (i === block.end || isSentenceEnd(text.charCodeAt(i))) {
        const end = i < block.end ? i + 1 : i;
        if (end > s) out.push(sentence(text, s, end, blockNo));
        s = end;
      }
    }
  });
  return out;
}

const DIGIT = /[0-9０-９]/;

/**
 * Whether the number rules read the sentence: it has an amount, a percentage or any other figure (a
 * count, 共15个; a headcount, 编制20人). A sentence without a digit states no total, count or rate, and
 * the rules that read figures pass over the few sentences with one instead of every sentence.
 */
export const hasNumbers = (s: Sentence): boolean => s.amounts.length > 0 || s.percents.length > 0 || DIGIT.test(s.text);

/**
 * Sentences as a kind of fact of the incremental parser. A sentence moved keeps its identity (the
 * number rules keep their work on it), so shifting updates it and its numbers in place.
 */
export const SENTENCES: FactKind<Sentence> = {
  scan: readSentences,
  // indexed loops: a keystroke shifts every sentence after it (tens of thousands in 1 MB), and for…of allocated an
  // iterator result per sentence (about 0.75 MB per keystroke) where V8 had not optimised the loop
  shift(facts, { chars, blocks }) {
    for (let i = 0; i < facts.length; i++) {
      const s = facts[i] as Sentence;
      s.start += chars;
      s.end += chars;
      s.block += blocks;
      if (chars === 0) continue;
      const amounts = s.amounts;
      for (let k = 0; k < amounts.length; k++) {
        const a = amounts[k] as LabelledAmount;
        a.start += chars;
        a.end += chars;
        a.unitEnd += chars;
      }
      const percents = s.percents;
      for (let k = 0; k < percents.length; k++) {
        const p = percents[k] as LabelledPercent;
        p.start += chars;
        p.end += chars;
        p.signEnd += chars;
      }
    }
  },
};

/** What most sentences hold: one shared empty list, not an array of their own (a sentence each, tens of thousands). */
const NONE: readonly never[] = Object.freeze([]);

function sentence(text: string, start: number, end: number, block: number): Sentence {
  const amountsOut: LabelledAmount[] = [];
  const percentsOut: LabelledPercent[] = [];
  const sent: { -readonly [K in keyof Sentence]: Sentence[K] } = {
    start,
    end,
    text: text.slice(start, end),
    block,
    amounts: NONE,
    percents: NONE,
    memo: undefined,
  };
  const { amounts, percents } = scanNumbers(text, start, end);
  // both lists are in text order: walk them together, each number labelled by the words before it
  let prevEnd = start;
  let i = 0;
  let j = 0;
  while (i < amounts.length || j < percents.length) {
    const a = amounts[i];
    const p = percents[j];
    // literals with every field: one hidden class for all (see TextLine in parse/blocks.ts)
    if (a && (!p || a.start < p.start)) {
      const label = labelBefore(text, Math.max(prevEnd, a.start - MAX_LABEL), a.start);
      amountsOut.push({
        value: a.value,
        decimals: a.decimals,
        start: a.start,
        end: a.end,
        text: a.text,
        unit: a.unit,
        unitText: a.unitText,
        unitEnd: a.unitEnd,
        yuan: a.yuan,
        label,
        sentence: sent,
      });
      prevEnd = a.unitEnd;
      i++;
    } else if (p) {
      const label = labelBefore(text, Math.max(prevEnd, p.start - MAX_LABEL), p.start);
      percentsOut.push({
        value: p.value,
        decimals: p.decimals,
        start: p.start,
        end: p.end,
        text: p.text,
        signEnd: p.signEnd,
        label,
        sentence: sent,
      });
      prevEnd = p.signEnd;
      j++;
    }
  }
  // kept for the report's life: arrays of their own length (one that grew by push holds room for 17)
  if (amountsOut.length > 0) sent.amounts = amountsOut.slice();
  if (percentsOut.length > 0) sent.percents = percentsOut.slice();
  return sent;
}

function labelBefore(text: string, from: number, to: number): string {
  let i = to;
  let glossed = false;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (!CLAUSE_BREAK.has(c)) {
      i--;
      continue;
    }
    // a mirror's pinyin gloss glued after a character (全年執(zhí)行10.12萬元, 中方司法局 2020) is no bracket closing the
    // clause: the label reads on past it, and leaves it out
    const gloss = c === 41 ? glossBefore(text, i) : 0;
    if (gloss === 0 || i - gloss < from) break;
    i -= gloss;
    glossed = true;
  }
  if (i === to) {
    // a figure right after a colon is the value of the words before it (执行率为:95%, 呈贡区人大 20xx; 预算数：50万元)
    const c = text.charCodeAt(i - 1);
    if ((c === 0x3a || c === 0xff1a) && i - 1 > from) return labelBefore(text, from, i - 1);
    return ''; // numbers in a row (a table pasted as one line): no regex call per number
  }
  const label = text.slice(i, to).replace(/[\s\u00a0\u3000*_]/g, '');
  return glossed ? label.replace(GLOSS, '') : label;
}
