// Accuracy on the field corpus: each real text is checked and its findings are matched against the
// reviewer's annotations written before the checker was run (test/corpus/README.md). Recognition,
// recall per kind of defect, precision per rule, and findings on facts annotated as holding.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { checkText, TemplateRegistry, type Finding, type Span } from '../../server/src/engine/index.js';

export const CORPUS_DIR = join(import.meta.dirname, '..', 'corpus');
/** Made-up reports written blind (test/made-up-set/README.md): scored apart from the real texts, never mixed with them. */
export const MADE_UP_DIR = join(import.meta.dirname, '..', 'made-up-set');

/** Which rules find each kind of defect. A kind no rule covers yet maps to nothing and counts as missed. */
export const KIND_RULES: Readonly<Record<string, readonly string[]>> = {
  // a list's number run into the year that opens its item (32022年, 张店 2022, annotated numbering; 芜湖 2020's 12018年 is
  // annotated year) is broken-date's, as a date that lost its marks is
  numbering: ['heading-numbering', 'broken-date'],
  'missing-section': ['missing-section', 'section-order'],
  // a quantity × a standard against the amount worked out from it is a sum of equal parts (保山 档案 2017, annotated sum)
  sum: ['budget-total', 'stated-total', 'restated-total', 'table-column-total', 'unit-sum'],
  'count-sum': ['stated-total'],
  'unit-sum': ['unit-sum'],
  // a 自评表 row's 执行率 is a rate too (裕安 2022's 0.958 and 霍山 2024's 100 % of 0 ÷ 0 are annotated rate)
  rate: ['ratio', 'problems-vs-execution', 'table-narrative-execution', 'table-execution-rate'],
  growth: ['ratio'],
  // a 自评表 whose 执行率 is low with no reason in the form or the report (table-low-rate, added after this map was written)
  'low-rate-unexplained': ['problems-vs-execution', 'table-low-rate'],
  // the scores or weights of a form that do not add up (T5/T6 of DOMAIN-TABLES §3)
  'score-sum': ['table-weight-sum', 'table-total-score'],
  // a row scored above its 分值 (T5; on the budget-execution row, a score above rate × 分值 is the same cell): the kind
  // had no rule in this map, so no finding could ever count for it
  'score-over-weight': ['table-score-over-weight', 'table-rate-score'],
  'spending-over-budget': ['spending-over-budget'],
  'spending-over-income': ['spending-over-budget'],
  headcount: ['headcount', 'stated-total'],
  'grade-score': ['grade-score'],
  'doc-number': ['doc-number'],
  year: ['year-consistency', 'broken-date'],
  // a report date no calendar has (2020年4月31日, the second made-up blind set of session 23) is broken-date's
  // a cover's date with its month and day left blank (2014年月, 湖北 水利厅 2013) is a blank unfilled (unfilled-blank)
  // a 落款 date zero-padded (2022年08月01日, 奉化 交通 2021, annotated so in session 42's set 29) is date-padding's
  'report-date': ['year-consistency', 'broken-date', 'unfilled-blank', 'date-padding'],
  'money-unit': ['money-unit'],
  // a date that lost its 年 (201910月) is found by typo's glued-date check (measured in session 14: two annotated so)
  'chinese-date': ['year-consistency', 'broken-date', 'typo'],
  debris: ['pasted-debris'],
  'leftover-instruction': ['leftover-instruction', 'unfilled-blank'],
  // a mark written twice (活动。。, 》,,制定, 甘谷 雪亮工程) is typo's doubled-mark check, as for enumeration-separator below
  'repeated-word': ['repeated-word', 'table-comparator', 'typo'],
  jiezhi: ['jiezhi'],
  typo: ['typo', 'place-name'],
  'over-precise': ['over-precise'],
  // a list's separator written twice (要≥90%;;(2), 九华山 2024) is typo's doubled-mark check
  'enumeration-separator': ['enumeration-separator', 'typo'],
  'unbalanced-bracket': ['unbalanced-bracket'],
  table: [
    'table-execution-rate',
    'table-fund-sum',
    'table-nature-totals',
    'table-rate-score',
    'table-score-over-weight',
    'table-total-score',
    'table-weight-sum',
    'table-unscored',
    'table-comparator',
    'table-indicator-score',
    'table-far-above-target',
    'table-unmet-reason',
    'problems-vs-table',
    'table-narrative-score',
    'table-narrative-execution',
    'table-column-total',
    'table-low-rate',
    'table-final-over-budget',
    'table-money-quantity',
    'table-duplicate-indicator',
    'table-benefit-measure',
    'table-satisfaction-evidence',
  ],
};

/** Rules whose findings on a partial text (an excerpt cut by its source) say nothing: the rest was cut. */
const CUT_BY_SOURCE = new Set(['missing-section', 'section-order']);

export interface Annotation {
  line: number;
  kind: string;
  quote: string;
  expect?: string[];
  note: string;
}

export interface CorpusEntry {
  slug: string;
  text: string;
  source: string;
  kind: string;
  medium: string;
  partial: boolean;
  split: 'tune' | 'measure';
  defects: Annotation[];
  holds: Annotation[];
}

export function readCorpus(dir = CORPUS_DIR): CorpusEntry[] {
  return readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()
    .map((n) => {
      const slug = n.slice(0, -'.json'.length);
      const meta = JSON.parse(readFileSync(join(dir, n), 'utf8')) as Omit<CorpusEntry, 'slug' | 'text'>;
      return { ...meta, slug, text: readFileSync(join(dir, `${slug}.md`), 'utf8') };
    });
}

/** The span of an annotation's quote on its line; throws when the annotation does not fit its text. */
export function quoteSpan(text: string, a: Annotation, slug: string): Span {
  let start = 0;
  for (let l = 1; l < a.line; l++) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) throw new Error(`${slug}: line ${a.line} is past the end of the text`);
  }
  const end = text.indexOf('\n', start);
  const at = text.slice(start, end < 0 ? undefined : end).indexOf(a.quote);
  if (at < 0) throw new Error(`${slug}: line ${a.line} does not contain ${JSON.stringify(a.quote)}`);
  return { start: start + at, end: start + at + a.quote.length };
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function touches(text: string, f: Finding, span: Span, line: number): boolean {
  const spans = [f.span, ...(f.related ?? []).map((r) => r.span)];
  return spans.some((s) => (s.start < span.end && span.start < Math.max(s.end, s.start + 1)) || lineOf(text, s.start) === line);
}

export interface Miss {
  slug: string;
  line: number;
  kind: string;
  quote: string;
}

export interface FalseAlarm {
  slug: string;
  line: number;
  ruleId: string;
  message: string;
  /** Set when the finding lands on a fact annotated as holding. */
  hold?: string;
}

export interface SplitScore {
  texts: number;
  /** Texts annotated as self-evaluations (the rest are look-alikes). */
  reports: number;
  recognised: number;
  /** Texts that are not self-evaluations and were (wrongly) taken for one. */
  wronglyRecognised: number;
  /** Slugs of the reports not recognised and of the look-alikes taken for reports, for the printout. */
  unrecognisedSlugs: string[];
  wronglyRecognisedSlugs: string[];
  defects: number;
  found: number;
  /** Found findings whose message also quotes every figure the annotation expects. */
  foundWithFigures: number;
  findings: number;
  matchedFindings: number;
  holdViolations: number;
  recallByKind: Record<string, { defects: number; found: number }>;
  precisionByRule: Record<string, { findings: number; matched: number }>;
  misses: Miss[];
  falseAlarms: FalseAlarm[];
}

function emptyScore(): SplitScore {
  return {
    texts: 0,
    reports: 0,
    recognised: 0,
    wronglyRecognised: 0,
    unrecognisedSlugs: [],
    wronglyRecognisedSlugs: [],
    defects: 0,
    found: 0,
    foundWithFigures: 0,
    findings: 0,
    matchedFindings: 0,
    holdViolations: 0,
    recallByKind: {},
    precisionByRule: {},
    misses: [],
    falseAlarms: [],
  };
}

export function scoreCorpus(entries: readonly CorpusEntry[], registry = new TemplateRegistry()): Record<'tune' | 'measure', SplitScore> {
  const scores = { tune: emptyScore(), measure: emptyScore() };
  for (const e of entries) {
    const s = scores[e.split];
    const { report, findings: all } = checkText(e.text, { registry });
    const isReport = e.kind !== 'not-a-report';
    s.texts++;
    if (isReport) s.reports++;
    if (isReport && report.isReport) s.recognised++;
    if (isReport && !report.isReport) s.unrecognisedSlugs.push(e.slug);
    if (!isReport && report.isReport) {
      s.wronglyRecognised++;
      s.wronglyRecognisedSlugs.push(e.slug);
    }
    const findings = all.filter((f) => !(e.partial && CUT_BY_SOURCE.has(f.ruleId)));
    const matched = new Set<Finding>();
    for (const d of e.defects) {
      const span = quoteSpan(e.text, d, e.slug);
      const rules = KIND_RULES[d.kind] ?? [];
      const hits = findings.filter((f) => rules.includes(f.ruleId) && touches(e.text, f, span, d.line));
      const k = (s.recallByKind[d.kind] ??= { defects: 0, found: 0 });
      k.defects++;
      s.defects++;
      if (hits.length > 0) {
        k.found++;
        s.found++;
        if (hits.some((f) => (d.expect ?? []).every((x) => f.message.zh.includes(x)))) s.foundWithFigures++;
        for (const f of hits) matched.add(f);
      } else if (isReport) {
        s.misses.push({ slug: e.slug, line: d.line, kind: d.kind, quote: d.quote });
      }
    }
    const onHold = new Map<Finding, string>();
    for (const h of e.holds) {
      if (h.kind === 'not-a-report') continue;
      const span = quoteSpan(e.text, h, e.slug);
      // A hold says the fact is right for its kind: it is broken by a rule that judges that kind (a sum
      // rule on a correct sum), not by another rule's finding that covers the line (web furniture around
      // a correct 发布日期). Such a finding still counts against precision when no defect is annotated.
      const judges = KIND_RULES[h.kind];
      for (const f of findings) {
        if (matched.has(f) || (judges !== undefined && !judges.includes(f.ruleId))) continue;
        if (f.span.start < span.end && span.start < Math.max(f.span.end, f.span.start + 1)) onHold.set(f, h.quote);
      }
    }
    for (const f of findings) {
      const p = (s.precisionByRule[f.ruleId] ??= { findings: 0, matched: 0 });
      p.findings++;
      s.findings++;
      if (matched.has(f)) {
        p.matched++;
        s.matchedFindings++;
        continue;
      }
      const hold = onHold.get(f);
      if (hold !== undefined) s.holdViolations++;
      const alarm: FalseAlarm = { slug: e.slug, line: lineOf(e.text, f.span.start), ruleId: f.ruleId, message: f.message.zh };
      if (hold !== undefined) alarm.hold = hold;
      s.falseAlarms.push(alarm);
    }
  }
  return scores;
}

export const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);
