// The one entry point the CLI and the language server call: text in, findings out.
import { buildReport, type ModelOptions, type Report } from './model/report.js';
import { RULES } from './rules/index.js';
import { DEFAULT_SETTINGS, type RuleSettings } from './rules/rule.js';
import { isSuppressed, suppressionRegions } from './suppress.js';
import type { Finding, Severity } from './types.js';

export type SeverityOverride = Severity | 'off';

export interface CheckOptions extends ModelOptions {
  /** Per-rule severity, or 'off'. */
  severities?: Readonly<Record<string, SeverityOverride>>;
  settings?: Partial<RuleSettings>;
}

export interface CheckResult {
  report: Report;
  findings: Finding[];
}

export function checkText(text: string, options: CheckOptions): CheckResult {
  const report = buildReport(text, options);
  return { report, findings: runRules(report, options) };
}

export function runRules(report: Report, options: Pick<CheckOptions, 'severities' | 'settings'>): Finding[] {
  if (!report.isReport) return [];
  const settings: RuleSettings = { ...DEFAULT_SETTINGS, ...options.settings };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const override = options.severities?.[rule.id];
    if (override === 'off') continue;
    for (const f of rule.check({ report, settings })) {
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
