// Across the submissions of one `jixiao check` run: two whose 存在问题/改进措施 are near-identical, and a report
// that names another unit of the batch, are noted on both (copied from another unit is a top reason for sending a
// report back). Linear in the batch's text: sections are compared by MinHash with banding (only submissions that
// share a band are compared exactly: many only when many sections are alike, and then each pair is a finding), and unit
// names are found by a character trie in one pass over each text. The thresholds and word lists are data (batch.json,
// which says why each is what it is).
import { sameUnit, type Localized } from '../engine/index.js';
import SETTINGS from './batch.json' with { type: 'json' };

export interface BatchEntry {
  path: string;
  isReport: boolean;
  unit?: string;
  /** The 存在问题/改进措施 text. */
  problems: string;
  /** The whole text, when the run kept it: without it no unit names are looked for. */
  text?: string;
}

export interface BatchNote {
  kind: 'similar-problems' | 'names-other-unit';
  /** The other submission. */
  other: string;
  /** similar-problems: the Jaccard index of the two sections' 3-grams, 0 to 1. */
  similarity?: number;
  /** names-other-unit: the unit named (the other submission's), and which of the two names it. */
  unit?: string;
  namer?: string;
  message: Localized;
}

export function batchNotes(entries: readonly BatchEntry[]): Map<string, BatchNote[]> {
  const notes = new Map<string, BatchNote[]>();
  const add = (path: string, note: BatchNote): void => {
    const list = notes.get(path);
    if (list) list.push(note);
    else notes.set(path, [note]);
  };
  const reports = entries.filter((e) => e.isReport);
  for (const { a, b, similarity } of similarPairs(reports)) {
    const pct = Math.round(similarity * 100);
    for (const [self, other] of [
      [a, b],
      [b, a],
    ] as const)
      add(self.path, {
        kind: 'similar-problems',
        other: other.path,
        similarity,
        message: {
          zh: `“存在问题/改进措施”与 ${other.path} 的几乎相同（相似度 ${pct}%）：请核对是否照抄了另一单位的报告`,
          en:
            `Its 存在问题/改进措施 is near-identical to that of ${other.path} (${pct}% alike): ` +
            "check it was not copied from another unit's report",
        },
      });
  }
  for (const { namer, named } of unitMentions(reports)) {
    const unit = named.unit as string;
    const message = (self: BatchEntry): Localized =>
      self === namer
        ? {
            zh: `报告中写有本批另一单位“${unit}”（${named.path}）的名称：请核对是否照抄了该单位的报告`,
            en: `It names “${unit}”, the unit of another submission of the batch (${named.path}): check it was not copied from that report`,
          }
        : {
            zh: `本批的 ${namer.path} 写有本单位“${unit}”的名称：请核对两份报告是否互相照抄`,
            en: `${namer.path}, another submission of the batch, names this unit (“${unit}”): check one was not copied from the other`,
          };
    add(namer.path, { kind: 'names-other-unit', other: named.path, unit, namer: namer.path, message: message(namer) });
    add(named.path, { kind: 'names-other-unit', other: namer.path, unit, namer: namer.path, message: message(named) });
  }
  return notes;
}

/** The section's 3-grams, spaces, punctuation and list markers left out, as 32-bit hashes; none when it is too short to judge. */
export function shingles(text: string): Set<number> {
  const kept = text.replace(/[\s\p{P}\p{S}0-9０-９a-zA-Z]/gu, '');
  const out = new Set<number>();
  if (kept.length < SETTINGS.minChars) return out;
  const n = SETTINGS.shingle;
  for (let i = 0; i + n <= kept.length; i++) out.add(fnv(kept, i, i + n));
  return out;
}

export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let both = 0;
  for (const x of small) if (large.has(x)) both++;
  return both / (a.size + b.size - both);
}

function similarPairs(reports: readonly BatchEntry[]): { a: BatchEntry; b: BatchEntry; similarity: number }[] {
  const sets = reports.map((r) => shingles(r.problems));
  const { hashes, bandRows } = SETTINGS.minhash;
  const buckets = new Map<string, number[]>();
  sets.forEach((set, i) => {
    if (set.size === 0) return;
    const signature = minhash(set, hashes);
    for (let band = 0; band + bandRows <= hashes; band += bandRows) {
      const key = `${band}:${signature.slice(band, band + bandRows).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
  });
  const seen = new Set<string>();
  const out: { a: BatchEntry; b: BatchEntry; similarity: number }[] = [];
  for (const bucket of buckets.values())
    for (let x = 0; x < bucket.length; x++)
      for (let y = x + 1; y < bucket.length; y++) {
        const i = bucket[x] as number;
        const j = bucket[y] as number;
        const a = reports[i] as BatchEntry;
        const b = reports[j] as BatchEntry;
        // the same unit's reports (two years, two projects) share their wording by right: copied-from-last-year's matter
        // (asked before the pair is keyed: a batch of one unit's reports shares every band, a key per pair and band)
        if (a.unit && b.unit && sameUnit(a.unit, b.unit)) continue;
        const key = `${i},${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const similarity = jaccard(sets[i] as Set<number>, sets[j] as Set<number>);
        if (similarity >= SETTINGS.similarity) out.push({ a, b, similarity });
      }
  return out;
}

function minhash(set: ReadonlySet<number>, hashes: number): number[] {
  const signature = new Array<number>(hashes).fill(0xffffffff);
  for (const x of set)
    for (let k = 0; k < hashes; k++) {
      const h = mix(x ^ Math.imul(k + 1, 0x9e3779b9));
      if (h < (signature[k] as number)) signature[k] = h;
    }
  return signature;
}

/** FNV-1a of text[from, to). */
function fnv(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** murmur3's finaliser: a 32-bit hash of a 32-bit value. */
function mix(x: number): number {
  let h = x;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Reports that name the unit of another: outside a 《title》, not just after a word that cites a unit (根据, 配合, 向 …),
 * not the department above the report's unit, and a unit named by at most maxMentioningReports reports (one all of them
 * name is one they answer to). A report whose own unit is not read is not judged.
 */
function unitMentions(reports: readonly BatchEntry[]): { namer: BatchEntry; named: BatchEntry }[] {
  const names = new Trie();
  for (const r of reports) if (r.unit && r.unit.length >= SETTINGS.minUnitChars) names.add(r.unit, r);
  const found: { namer: BatchEntry; named: BatchEntry }[] = [];
  const mentionedBy = new Map<BatchEntry, number>();
  for (const namer of reports) {
    const text = namer.text;
    const own = namer.unit;
    if (text === undefined || own === undefined) continue;
    const named = new Set<BatchEntry>();
    let quoted = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === TITLE_OPEN) quoted++;
      else if (c === TITLE_CLOSE && quoted > 0) quoted--;
      // most places start no name: one array read, no string cut and no map asked (100 reports: 2.5 million places)
      if (quoted > 0 || !names.mayStart(c)) continue;
      for (const other of names.at(text, i)) {
        const unit = other.unit as string;
        if (other === namer || named.has(other)) continue;
        if (own.includes(unit) || unit.includes(own) || sameUnit(own, unit) || related(own, unit)) continue;
        // the text before the place last: a batch of one unit's reports names that unit at every mention
        if (cites(text, i)) continue;
        named.add(other);
      }
    }
    for (const other of named) {
      found.push({ namer, named: other });
      mentionedBy.set(other, (mentionedBy.get(other) ?? 0) + 1);
    }
  }
  return found.filter((f) => (mentionedBy.get(f.named) ?? 0) <= SETTINGS.maxMentioningReports);
}

/**
 * The batch's unit names by character: the names that start at a place of a text are found by walking from there as far
 * as some name goes on (most places stop at the first character), so a text is read once whatever the batch's size.
 */
class Trie {
  private readonly root: TrieNode = { next: new Map() };
  /** The UTF-16 codes that start a name (its first code unit), marked. */
  private readonly first = new Uint8Array(0x10000);

  add(name: string, entry: BatchEntry): void {
    this.first[name.charCodeAt(0)] = 1;
    let node = this.root;
    for (const c of name) {
      let child = node.next.get(c);
      if (!child) node.next.set(c, (child = { next: new Map() }));
      node = child;
    }
    (node.entries ??= []).push(entry);
  }

  /** Whether a name may start with the code unit `code` (when not, `at` finds none there). */
  mayStart(code: number): boolean {
    return this.first[code] === 1;
  }

  /** The entries whose name starts at text[from]. */
  at(text: string, from: number): readonly BatchEntry[] {
    let node = this.root.next.get(text[from] as string);
    if (!node) return NONE;
    const out: BatchEntry[] = node.entries ? [...node.entries] : [];
    for (let i = from + 1; i < text.length; i++) {
      node = node.next.get(text[i] as string);
      if (!node) break;
      if (node.entries) out.push(...node.entries);
    }
    return out;
  }
}

const NONE: readonly BatchEntry[] = Object.freeze([]);
const TITLE_OPEN = 0x300a; // 《
const TITLE_CLOSE = 0x300b; // 》

interface TrieNode {
  next: Map<string, TrieNode>;
  entries?: BatchEntry[];
}

/** A unit and the department above it: after their common place name (湛江市), more characters in common (腾冲市林业…). */
function related(a: string, b: string): boolean {
  let common = 0;
  while (common < a.length && a[common] === b[common]) common++;
  let place = 0;
  for (let i = 0; i < common; i++) if (SETTINGS.placeEnds.includes(a[i] as string)) place = i + 1;
  return common - place >= SETTINGS.relatedPrefix;
}

/** A citing word just before the name (根据湛江市财政局…, 向市财政局报送…). */
function cites(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - SETTINGS.citeWindow), at);
  return SETTINGS.citeBefore.some((w) => before.includes(w));
}
