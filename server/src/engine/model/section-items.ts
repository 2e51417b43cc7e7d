// The items a section lists (each numbered point, and each sentence of unnumbered prose), each with its
// place and its words without numbering, spaces and punctuation: what a reviewer compares when a
// 存在问题 or 改进措施 reads like last year's.
import type { Report } from './report.js';
import type { SectionRole } from '../template/template.js';

export interface SectionItem {
  start: number;
  end: number;
  /** As written, trimmed. */
  text: string;
  /** Without its number, spaces and punctuation. */
  words: string;
}

/** A number starting an item: 1、 1. （一） (1) 一是 第一, ①. */
const MARKER =
  /^(?:[0-9０-９]{1,2}[、.．)）]|[（(][0-9一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}[是、]|第[一二三四五六七八九十]{1,3}[，,、是]?|[①-⑳])/;
const NOISE = /[\s\u00a0\u3000，,。.；;：:、！!？?“”"'‘’（）()《》〈〉【】*_#>|-]/g;
/** Items shorter than this (in words) say too little to be called copied. */
const MIN_WORDS = 12;

/** The items of every section with one of `roles`, in text order, headings left out. */
export function sectionItems(report: Report, roles: readonly SectionRole[]): SectionItem[] {
  const out: SectionItem[] = [];
  for (const t of report.template.all) {
    if (!t.role || !roles.includes(t.role)) continue;
    const section = report.outline.byTemplateId.get(t.id);
    if (!section) continue;
    const from = section.heading.line.end;
    for (const line of report.parsed.lines) {
      if (line.start < from || line.start >= section.end) continue;
      // a numbered point is one item, however many sentences it has; unnumbered prose, one per sentence
      const pieces = MARKER.test(line.text) ? [{ start: line.start, end: line.end }] : sentences(report.text, line.start, line.end);
      for (const piece of pieces) {
        const text = report.text.slice(piece.start, piece.end).trim();
        const words = text.replace(MARKER, '').replace(NOISE, '');
        if (words.length >= MIN_WORDS) out.push({ start: piece.start, end: piece.end, text, words });
      }
    }
  }
  return out;
}

/** A line cut after each 。；!?, so each point of a paragraph is an item of its own. */
function sentences(text: string, start: number, end: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let s = start;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '。' || c === '；' || c === ';' || c === '！' || c === '？') {
      out.push({ start: s, end: i + 1 });
      s = i + 1;
    }
  }
  if (text.slice(s, end).trim()) out.push({ start: s, end });
  return out;
}

/** How alike two items' words are: the Dice coefficient of their character pairs (1 = the same). */
export function likeness(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i + 1 < a.length; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let shared = 0;
  for (let i = 0; i + 1 < b.length; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      shared++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length - 1 + (b.length - 1));
}
