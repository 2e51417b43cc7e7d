// The one entry point the CLI and the language server call: text in, findings out.
import { buildReport, type ModelOptions, type Report } from './model/report.js';
import { RULES } from './rules/index.js';
import { OPTIONS, type LEVELS } from './options.js';
import type { RuleSettings } from './rules/rule.js';
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
}

export const DEFAULT_MAX_SIZE = OPTIONS.maxDocumentSize.default * 1024 * 1024;

const DEFAULT_RULE_SETTINGS: RuleSettings = { executionThreshold: OPTIONS.executionThreshold.default };

/** The rules that read only the outline: what a document above the size limit still gets. */
const STRUCTURAL = new Set(['missing-section', 'section-order', 'heading-numbering', 'unknown-template']);

export interface CheckResult {
  report: Report;
  findings: Finding[];
}

export function checkText(text: string, options: CheckOptions): CheckResult {
  const maxSize = options.maxSize ?? DEFAULT_MAX_SIZE;
  // a UTF-16 unit is at most 3 bytes: most texts are settled without counting
  const size = text.length * 3 > maxSize ? utf8Length(text) : 0;
  const large = size > maxSize;
  const report = buildReport(text, large ? { ...options, structureOnly: true } : options);
  const findings = runRules(report, options, large ? STRUCTURAL : undefined);
  if (large && report.isReport) findings.unshift(sizeNote(size, maxSize));
  return { report, findings };
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

export function runRules(report: Report, options: Pick<CheckOptions, 'severities' | 'settings'>, only?: ReadonlySet<string>): Finding[] {
  if (!report.isReport) return [];
  const settings: RuleSettings = { ...DEFAULT_RULE_SETTINGS, ...options.settings };
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const override = options.severities?.[rule.id];
    if (override === 'off' || (only && !only.has(rule.id))) continue;
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
