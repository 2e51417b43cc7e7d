// What a rule is: one file with an id, a default severity, a one-line description in both languages,
// and a check that returns findings (each with zh-CN and English messages and an optional fix).
import type { Report } from '../model/report.js';
import type { Fix, Localized, RelatedInfo, Severity, Span } from '../types.js';

/** The options rules read; defaults and ranges in ../options.ts. */
export interface RuleSettings {
  /** 执行率 / 到位率 below this (percent) contradicts a 存在问题 section that says 无, and needs a reason in the 自评表. */
  executionThreshold: number;
}

export interface RuleContext {
  report: Report;
  settings: RuleSettings;
  /** Last year's report of the same unit, when it is at hand (the copied-from-last-year rule reads it). */
  previous?: Report;
}

export interface RuleFinding {
  span: Span;
  message: Localized;
  fix?: Fix;
  related?: RelatedInfo[];
  /** Overrides the rule's default severity for this finding (e.g. a style note inside a numbering rule). */
  severity?: Severity;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: Localized;
  /**
   * The kinds of fix the rule offers, for the docs; absent when it has none. A test checks that the
   * fixes it produces on real text have exactly these `safe` flags, so the docs' labels cannot drift.
   */
  fixes?: readonly RuleFixKind[];
  /**
   * 'chunk': the rule's findings on a chunk of the text (parse/chunks.ts: paragraphs between blank lines)
   * depend on that chunk's lines, blocks, sentences, 文号 and dates alone, besides the template, the
   * settings, the evaluation year, the unit the header names, and whether its offsets lie before where the figures start (factsStart)
   * — never on a neighbouring paragraph, the rest of the outline or a sum across the report — and its
   * messages never name a line number or a count over the report: a kept finding is moved with its chunk,
   * not worded again (a pasted-debris detector naming 第 58—62 行 was tried and failed the random-edit
   * test). The checker
   * runs it on each chunk apart, on a view of the report holding only that chunk's facts (chunkReport in
   * model/report.ts), and keeps its findings while the chunk outlives edits: a keystroke re-checks only
   * the chunk it touched. Absent: the rule is run on the whole report.
   */
  scope?: 'chunk';
  check(ctx: RuleContext): RuleFinding[];
}

/** One kind of fix: what it does, and whether it is safe (applied by `--fix` and fix-on-save) or only on request. */
export interface RuleFixKind {
  does: Localized;
  safe: boolean;
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
