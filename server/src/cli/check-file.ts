// Checking one file, the unit of work of `jixiao check` in the main thread and in worker threads.
import { resolve } from 'node:path';
import { checkText, loadTemplateFile, TemplateRegistry, type CheckOptions, type CheckResult, type Finding, type Lang, type SeverityOverride } from '../engine/index.js';
import { fixText, writeFixed } from './fix.js';
import { readSource } from './read.js';
import { t } from './strings.js';

/** What a check needs, in a form that can be sent to a worker thread. */
export interface CheckSettings {
  cwd: string;
  templateId?: string;
  templateFile?: string;
  severities: Record<string, SeverityOverride>;
  fix: boolean;
  lang: Lang;
}

/** A checked file in a form that can be sent back from a worker thread. */
export interface CheckedFile {
  path: string;
  isReport: boolean;
  template: string;
  findings: Finding[];
  lineStarts: number[];
  length: number;
  /** Lines for stderr (what --fix changed). */
  notes: string[];
}

export function checkOptions(settings: CheckSettings): CheckOptions {
  const registry = new TemplateRegistry(settings.templateFile ? [loadTemplateFile(settings.templateFile)] : []);
  const options: CheckOptions = { registry, severities: settings.severities };
  if (settings.templateId) options.templateId = settings.templateId;
  return options;
}

export function checkFile(path: string, settings: CheckSettings, options: CheckOptions): CheckedFile {
  const src = readSource(resolve(settings.cwd, path));
  let text = src.text;
  const notes: string[] = [];
  let checked: CheckResult | undefined;
  if (settings.fix) {
    const outcome = fixText(text, options);
    const written = writeFixed(src.path, text, outcome.text, src.bom);
    if (written === 'written') {
      const rules = [...new Set(outcome.applied.map((f) => f.ruleId))].join(', ');
      notes.push(t(settings.lang, 'fixed', { file: path, count: outcome.applied.length, rules }));
      text = outcome.text;
    } else if (written === 'link') notes.push(t(settings.lang, 'fixSkippedLink', { file: path }));
    // the fix passes end with a check of the fixed text: reused when that is the text kept
    if (text === outcome.text) checked = outcome.checked;
  }
  const { report, findings } = checked ?? checkText(text, options);
  return { path, isReport: report.isReport, template: report.template.id, findings, lineStarts: report.index.starts, length: text.length, notes };
}
