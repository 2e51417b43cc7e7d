// What a rule is: one file with an id, a default severity, a one-line description in both languages,
// and a check that returns findings (each with zh-CN and English messages and an optional fix).
import type { Report } from '../model/report.js';
import type { Fix, Localized, RelatedInfo, Severity, Span } from '../types.js';

export interface RuleSettings {
  /** 执行率 / 到位率 below this (percent) contradicts a 存在问题 section that says 无. */
  executionThreshold: number;
}

export const DEFAULT_SETTINGS: RuleSettings = { executionThreshold: 90 };

export interface RuleContext {
  report: Report;
  settings: RuleSettings;
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
  /** What the rule's fix does, for the docs; absent when it has none. Automatic fixes are the `safe` ones. */
  fix?: Localized;
  check(ctx: RuleContext): RuleFinding[];
}

export function defineRule(rule: Rule): Rule {
  return rule;
}
