// The one entry point the CLI and the language server call: text in, findings out.
import { evaluationYear } from './model/filed-date.js';
import { factsStart } from './model/locate.js';
import { buildReport, chunkReport, type ModelOptions, type Report } from './model/report.js';
import type { ChunkView } from './parse/chunks.js';
import type { Template } from './template/template.js';
import { RULES } from './rules/index.js';
import { shiftedFinding } from './rules/shift-finding.js';
import { OPTIONS, type LEVELS } from './options.js';
import type { Rule, RuleFinding, RuleSettings } from './rules/rule.js';
import { isSuppressed, suppressionRegions } from './suppress.js';
import type { Finding } from './types.js';

/** A rule's level as the options set it: a severity, or 'off'. */
export type SeverityOverride = (typeof LEVELS)[number];

export interface CheckOptions extends ModelOptions {
  /** Per-rule severity, or 'off'. */
  severities?: Readonly<Partial<Record<string, SeverityOverride>>>;
  settings?: Partial<RuleSettings>;
  /** Above this many bytes (of the text in UTF-8, as saved) only the structure is checked (default 10 MB). */
  maxSize?: number;
  /** The text of last year's report of the same unit, to hold this one against (rule copied-from-last-year). */
  previous?: string;
}

export const DEFAULT_MAX_SIZE = OPTIONS.maxDocumentSize.default * 1024 * 1024;

const DEFAULT_RULE_SETTINGS: RuleSettings = { executionThreshold: OPTIONS.executionThreshold.default };

/** The rules that read only the outline: what a document above the size limit still gets. */
const STRUCTURAL = new Set(['missing-section', 'section-order', 'heading-numbering', 'unknown-template']);

export interface CheckResult {
  report: Report;
  findings: Finding[];
  /** Above the size limit: only the outline was read and checked (no figures, no tables). */
  structureOnly?: true;
}

export function checkText(text: string, options: CheckOptions): CheckResult {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  // a UTF-16 unit is at most 3 bytes: most texts are settled without counting
  const size = text.length * 3 > maxSize ? utf8Length(text) : 0;
  const large = size > maxSize;
  const report = buildReport(text, large ? { ...options, structureOnly: true } : options);
  const run: RunOptions = { severities: options.severities, settings: options.settings, incremental: options.parser !== undefined };
  if (options.previous !== undefined && !large) run.previous = previousReport(options.previous, options);
  const findings = runRules(report, run, large ? STRUCTURAL : undefined);
  if (large && report.isReport) findings.unshift(sizeNote(size, maxSize));
  return large ? { report, findings, structureOnly: true } : { report, findings };
}

/**
 * Bytes of `text` in UTF-8, what the file holds and what "MB" means to the drafter (text.length counts
 * UTF-16 units: a 50 MB Chinese report is 17 million of them). A lone surrogate counts as U+FFFD.
 */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function sizeNote(size: number, max: number): Finding {
  const mb = (n: number): string => (n / 1024 / 1024).toFixed(1);
  return {
    ruleId: 'document-size',
    severity: 'information',
    span: { start: 0, end: 0 },
    message: {
      zh: `文档有 ${mb(size)} MB，超过 ${mb(max)} MB 的上限：只检查提纲结构（章节与编号），不检查数字、文号和年份`,
      en:
        `The document is ${mb(size)} MB, above the ${mb(max)} MB limit: only the outline (sections and numbering) is checked, not ` +
        `figures, 文号 or years`,
    },
  };
}

/** The last previous report read, kept while its text is the same (the editor checks on every keystroke). */
let lastPrevious: { text: string; report: Report } | undefined;

function previousReport(text: string, options: CheckOptions): Report {
  if (lastPrevious?.text !== text) {
    const { parser: _, previous: __, ...rest } = options;
    lastPrevious = { text, report: buildReport(text, rest) };
  }
  return lastPrevious.report;
}

export interface RunOptions extends Pick<CheckOptions, 'severities' | 'settings'> {
  /** Last year's report, read (checkText reads CheckOptions.previous). */
  previous?: Report;
  /**
   * The report will be checked again after edits (its parser is kept): the chunk-scoped rules run chunk
   * by chunk and keep their findings for the next check. A single check runs every rule on the whole
   * report, which gives the same findings without the cost of keeping them.
   */
  incremental?: boolean;
}

export function runRules(report: Report, options: RunOptions, only?: ReadonlySet<string>): Finding[] {
  if (!report.isReport) return [];
  const settings: RuleSettings = { ...DEFAULT_RULE_SETTINGS, ...options.settings };
  const active = RULES.filter((rule) => options.severities?.[rule.id] !== 'off' && (!only || only.has(rule.id)));
  const byChunk = chunkScoped(report, settings, options.incremental ? active.filter((rule) => rule.scope === 'chunk') : []);
  const findings: Finding[] = [];
  for (const rule of active) {
    const level = options.severities?.[rule.id];
    const override = level === 'off' ? undefined : level;
    for (const f of byChunk.get(rule) ??
      rule.check(options.previous ? { report, settings, previous: options.previous } : { report, settings })) {
      const finding: Finding = { ruleId: rule.id, severity: override ?? f.severity ?? rule.severity, span: f.span, message: f.message };
      if (f.fix) finding.fix = f.fix;
      if (f.related) finding.related = f.related;
      findings.push(finding);
    }
  }
  const regions = suppressionRegions(report.parsed.comments, report.index, report.text);
  return findings
    .filter((f) => !isSuppressed(f, regions, report.index))
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId));
}

/** What a chunk-scoped rule may read of the report besides its chunk: kept findings hold while it is the same. */
interface Context {
  template: Template;
  key: string;
}

/** The chunk-scoped rules' findings on one chunk, with where the chunk started when they were found. */
interface Kept {
  context: Context;
  start: number;
  /** Where the body begins (after the header block), as the chunk's offsets compare with it: see bodyFrom. */
  body: number;
  /** By the rule's place among the chunk-scoped rules: what it found on the chunk, found at `start`; undefined while not run on it. */
  byRule: (RuleFinding[] | undefined)[];
  /** How many chunk-scoped rules ran on the chunk, and how many of them found something. */
  ran: number;
  found: number;
}

/** Per chunk object: a chunk that outlives an edit keeps its findings, moved by how far it moved (see ChunkView). */
const kept = new WeakMap<ChunkView, Kept>();

/**
 * A chunk-scoped rule's place among them: the kept findings of a chunk are an array of their number, not a map
 * (hundreds of chunks per keystroke), nor one indexed by the place in RULES (fifty-odd slots per chunk, most empty).
 */
const CHUNK_SCOPED = RULES.filter((rule) => rule.scope === 'chunk');
const RULE_INDEX = new Map(CHUNK_SCOPED.map((rule, i) => [rule, i]));
const CHUNK_RULES = CHUNK_SCOPED.length;

function newKept(context: Context, start: number, body: number): Kept {
  return { context, start, body, byRule: new Array<RuleFinding[] | undefined>(CHUNK_RULES), ran: 0, found: 0 };
}

/**
 * The findings of the chunk-scoped rules, each run on every chunk apart (chunkReport), in text order. A
 * chunk that outlived the edits since the last check gives what it gave then, moved with it; only the
 * chunks parsed again are checked again.
 */
function chunkScoped(report: Report, settings: RuleSettings, rules: readonly Rule[]): Map<Rule, RuleFinding[]> {
  const out = new Map<Rule, RuleFinding[]>(rules.map((rule) => [rule, []]));
  if (rules.length === 0) return out;
  const found = rules.map((rule) => out.get(rule) as RuleFinding[]);
  const at = rules.map((rule) => RULE_INDEX.get(rule) as number);
  const context: Context = {
    template: report.template,
    // the unit the header names and the title: typo reads the unit's name cut of its first character and the title's
    // places with a character lost in every chunk
    key: JSON.stringify([
      report.templateFits,
      report.templateTrusted,
      evaluationYear(report)?.year,
      report.header.unit?.value,
      report.header.title?.value,
      settings,
    ]),
  };
  const bodyStart = factsStart(report);
  // what a chunk seen for the first time is compared with: of this check's context but stale (no body is negative), so
  // the opening reads and compares what a keystroke does (with nothing to compare there, V8 threw chunkScoped's
  // optimised code away on the first keystroke)
  const unseen = newKept(context, 0, -1);
  const g: Gathering = { report, settings, rules, at, found };
  for (const chunk of report.chunks) {
    let k = kept.get(chunk) ?? unseen;
    const body = bodyFrom(bodyStart, chunk);
    if (k.context.template !== context.template || k.context.key !== context.key || k.body !== body) {
      k = newKept(context, chunk.start, body);
      kept.set(chunk, k);
    }
    // most chunks of a long report: every rule ran on them, and none found anything
    if (k.found !== 0 || k.ran !== CHUNK_RULES) gather(k, chunk, g);
  }
  return out;
}

/** What gather reads besides the chunk: the same for every chunk of a check. */
interface Gathering {
  report: Report;
  settings: RuleSettings;
  rules: readonly Rule[];
  /** Each rule's slot in a chunk's kept findings. */
  at: readonly number[];
  /** Each rule's findings so far, in text order. */
  found: RuleFinding[][];
}

/**
 * A chunk's findings by the chunk-scoped rules, added to `g.found`: the kept ones, and those of the rules not yet run on
 * it. Apart from chunkScoped's loop over every chunk, which V8 compiles on the first keystrokes: this part, run for the
 * few chunks with findings or parsed again, no longer makes that compile larger.
 */
function gather(k: Kept, chunk: ChunkView, g: Gathering): void {
  const { rules, at, found } = g;
  // kept findings stay where they were found: moved on the way out, not in place on every keystroke
  const by = chunk.start - k.start;
  let view: Report | undefined;
  for (let r = 0; r < rules.length; r++) {
    let list = k.byRule[at[r] as number];
    if (!list) {
      list = (rules[r] as Rule).check({ report: (view ??= chunkReport(g.report, chunk)), settings: g.settings });
      // found at the chunk's start now: kept as if found at k.start, so `by` moves every list alike
      k.byRule[at[r] as number] = list = by === 0 ? list : list.map((f) => shiftedFinding(f, -by));
      k.ran++;
      if (list.length > 0) k.found++;
    }
    if (list.length > 0) {
      const into = found[r] as RuleFinding[];
      for (const f of list) into.push(by === 0 ? f : shiftedFinding(f, by));
    }
  }
}

/**
 * Where the figures begin (`factsStart`: the first heading, or the end of the front matter in a text with
 * no heading), relative to the chunk, as far as any offset in it can tell: a rule that leaves
 * out the header block compares its offsets with the body's start, and every start before the chunk
 * (or after it) compares alike. An edit in the header moves the body's start without touching the
 * chunks below it; a heading added above the header's end moves it into or past a chunk.
 */
function bodyFrom(bodyStart: number, chunk: ChunkView): number {
  return Math.max(0, Math.min(bodyStart - chunk.start, chunk.end - chunk.start));
}
