// The tuning texts of the field corpus (test/corpus, split "tune" only: the measured texts are never
// read here), checked as reports. Many real texts are not yet recognised as reports, so front matter
// naming a template is put before each text; findings are then moved back onto the text as published.
// `tuneScore` matches one rule's findings on the reports among them against the reviewer's
// annotations: the defects of the rule's kinds it finds and misses, its findings on no such defect,
// and those on a fact that holds.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS_DIR, quoteSpan, type CorpusEntry } from '../../accuracy/score.js';
import type { Finding } from '../../../server/src/engine/index.js';
import { check } from '../../helpers.js';

const FRONT = '---\ntemplate: gd-department-overall\n---\n';

export function tuneEntries(): CorpusEntry[] {
  const out: CorpusEntry[] = [];
  for (const n of readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const meta = JSON.parse(readFileSync(join(CORPUS_DIR, n), 'utf8')) as Omit<CorpusEntry, 'slug' | 'text'>;
    if (meta.split !== 'tune') continue;
    const slug = n.slice(0, -'.json'.length);
    out.push({ ...meta, slug, text: readFileSync(join(CORPUS_DIR, `${slug}.md`), 'utf8') });
  }
  return out;
}

/** The tuning text `slug` (throws when there is none: a measured text is never read). */
export function tuneText(slug: string): string {
  const e = tuneEntries().find((x) => x.slug === slug);
  if (!e) throw new Error(`no tuning text ${slug}`);
  return e.text;
}

/** Line `n` (1-based) of the tuning text `slug`. */
export const tuneLine = (slug: string, n: number): string => tuneText(slug).split('\n')[n - 1] ?? '';

/** One rule's findings on a tuning text checked as a report, with spans on the text as published. */
export function findingsAsReport(text: string, ruleId: string): Finding[] {
  const back = <T extends { start: number; end: number }>(s: T): T => ({ ...s, start: s.start - FRONT.length, end: s.end - FRONT.length });
  return check(FRONT + text)
    .filter((f) => f.ruleId === ruleId)
    .map((f) => {
      const out: Finding = { ...f, span: back(f.span) };
      if (f.fix) out.fix = { ...f.fix, edits: f.fix.edits.map(back) };
      if (f.related) out.related = f.related.map((r) => ({ ...r, span: back(r.span) }));
      return out;
    });
}

export interface TuneScore {
  /** `slug:line quote` of the annotated defects found. */
  found: string[];
  missed: string[];
  /** `slug:line [finding's text]` of findings on no annotated defect of the kinds. */
  falseAlarms: string[];
  /** `slug:line quote` of holding facts touched by a finding that is on no annotated defect. */
  onHolds: string[];
}

export const lineOf = (text: string, at: number): number => text.slice(0, at).split('\n').length;

export function tuneScore(ruleId: string, kinds: readonly string[]): TuneScore {
  const score: TuneScore = { found: [], missed: [], falseAlarms: [], onHolds: [] };
  // a text that is not a self-evaluation has no defects annotated (its own mistakes are not a report's)
  for (const e of tuneEntries().filter((x) => x.kind !== 'not-a-report')) {
    const findings = findingsAsReport(e.text, ruleId);
    const overlaps = (f: Finding, s: { start: number; end: number }): boolean => f.span.start < s.end && s.start < f.span.end;
    const matched = new Set<Finding>();
    for (const d of e.defects.filter((x) => kinds.includes(x.kind))) {
      const span = quoteSpan(e.text, d, e.slug);
      const hits = findings.filter((f) => overlaps(f, span));
      hits.forEach((f) => matched.add(f));
      (hits.length > 0 ? score.found : score.missed).push(`${e.slug}:${d.line} ${d.quote}`);
    }
    for (const f of findings) {
      if (!matched.has(f)) score.falseAlarms.push(`${e.slug}:${lineOf(e.text, f.span.start)} [${e.text.slice(f.span.start, f.span.end)}]`);
    }
    for (const h of e.holds.filter((x) => x.kind !== 'not-a-report')) {
      const span = quoteSpan(e.text, h, e.slug);
      if (findings.some((f) => !matched.has(f) && overlaps(f, span))) score.onHolds.push(`${e.slug}:${h.line} ${h.quote}`);
    }
  }
  return score;
}
