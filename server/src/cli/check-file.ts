// Checking one file, the unit of work of `jixiao check` in the main thread and in worker threads.
import { resolve } from 'node:path';
import {
  checkText,
  summaryFacts,
  type CheckOptions,
  type CheckResult,
  type Finding,
  type Localized,
  type SeverityOverride,
  type SummaryFacts,
} from '../engine/index.js';
import { decodeText } from '../files/encoding.js';
import { InputError } from '../files/input-error.js';
import { fixText } from './fix.js';
import { writeFixed } from './fix-write.js';
import { readSource } from '../files/read.js';
import { OFFICE, OLD_OFFICE, readOffice } from '../files/read-office.js';
import { previousFor } from './previous.js';
import { relativeOrAbsolute } from '../files/files.js';
import type { FixReport, Unreadable } from './result.js';

/** What a check needs, in a form that can be sent to a worker thread. */
export interface CheckSettings {
  cwd: string;
  templateId?: string;
  templateFile?: string;
  severities: Record<string, SeverityOverride>;
  /** --region, when given: a province whose templates (and the national ones) are chosen from. */
  region?: string;
  /** --execution-threshold, when given. */
  executionThreshold?: number;
  /** --previous: last year's report, to hold every file against (without it, one is looked for beside each file). */
  previous?: string;
  fix: boolean;
  /** --no-config: no project config file is looked for. */
  noConfig?: boolean;
  /** Send each file's text back (the summary page quotes the lines around each finding). */
  keepText?: boolean;
}

/** A checked file in a form that can be sent back from a worker thread. */
export interface CheckedFile {
  kind: 'checked';
  path: string;
  isReport: boolean;
  template: string;
  templateChoice: { source: string; reason: Localized };
  recognition: Localized;
  findings: Finding[];
  lineStarts: number[];
  length: number;
  /** What the summary row says of it (unit, year, score, grade, execution rate, 存在问题 text). */
  facts: SummaryFacts;
  /** The text checked, with CheckSettings.keepText. */
  text?: string;
  /** With --fix, when the file had safe fixes: whether they were written. */
  fix?: FixReport;
  /** A .docx or a PDF: where its paragraphs or pages start in the text checked, and what was left out. */
  office?: OfficeInfo;
  /** The report it was held against as last year's, when there was one. */
  previous?: string;
  /** How many reports of the year before its folder holds, none taken: which is its unit's own cannot be told. */
  previousUnsure?: number;
}

export interface OfficeInfo {
  kind: 'docx' | 'pdf';
  /** Where each paragraph of a .docx starts in the text checked. */
  paragraphs: number[];
  /** Where each page of a PDF starts in the text checked. */
  pages: number[];
  notes: Localized[];
}

/** A file is checked, or could not be read: one such file never stops the others. */
export type FileOutcome = CheckedFile | ({ kind: 'unreadable' } & Unreadable);

export async function checkFile(path: string, settings: CheckSettings, options: CheckOptions): Promise<FileOutcome> {
  if (OFFICE.test(path) || OLD_OFFICE.test(path)) return checkOfficeFile(path, settings, options);
  let src;
  try {
    src = readSource(resolve(settings.cwd, path));
  } catch (e) {
    return unreadable(path, e);
  }
  let text = src.text;
  let fix: FixReport | undefined;
  let checked: CheckResult | undefined;
  let previous;
  try {
    previous = await withPrevious(path, text, settings, options);
  } catch (e) {
    return unreadable(path, e);
  }
  if (settings.fix) {
    const outcome = fixText(text, previous.options);
    if (outcome.text !== text) {
      const written = writeFixed(src, outcome.text);
      const rules = [...new Set(outcome.applied.map((f) => f.ruleId))];
      const done = { count: outcome.applied.length, rules, tables: outcome.tablesAligned };
      fix = written.written ? { written: true, ...done } : { written: false, ...done, reason: written.reason };
      if (written.written) text = outcome.text;
    }
    // the fix passes end with a check of the fixed text: reused when that is the text kept
    if (text === outcome.text) checked = outcome.checked;
  }
  const result = checkedFile(path, text, checked ?? checkText(text, previous.options), settings);
  if (fix) result.fix = fix;
  notePrevious(result, previous);
  return result;
}

/** Text that is no file (standard input), checked as the file `name` would be; undecodable bytes are its outcome. */
export async function checkBytes(bytes: Uint8Array, name: string, settings: CheckSettings, options: CheckOptions): Promise<FileOutcome> {
  let text;
  let previous;
  try {
    text = decodeText(name, bytes).text;
    previous = await withPrevious(name, text, settings, options);
  } catch (e) {
    return unreadable(name, e);
  }
  const result = checkedFile(name, text, checkText(text, previous.options), settings);
  notePrevious(result, previous);
  return result;
}

/** The options with last year's report (settings.previous, or one found beside the file), and where it is. */
async function withPrevious(
  path: string,
  text: string,
  settings: CheckSettings,
  options: CheckOptions,
): Promise<{ options: CheckOptions; path?: string; unsure?: number }> {
  const found = await previousFor(resolve(settings.cwd, path), text, settings.previous && resolve(settings.cwd, settings.previous));
  if (!found) return { options };
  if ('unsure' in found) return { options, unsure: found.unsure };
  return { options: { ...options, previous: found.text }, path: relativeOrAbsolute(found.path, settings.cwd) };
}

/**
 * Which report the file was held against as last year's, or how many it could not choose between. Not for a file that is
 * no report: it was checked against nothing, and a note on last year's report would say it had been.
 */
function notePrevious(result: CheckedFile, previous: { path?: string; unsure?: number }): void {
  if (!result.isReport) return;
  if (previous.path) result.previous = previous.path;
  if (previous.unsure) result.previousUnsure = previous.unsure;
}

/** An InputError as the outcome of a file that could not be read (the batch goes on); anything else goes on up. */
function unreadable(path: string, e: unknown): FileOutcome {
  if (e instanceof InputError) return { kind: 'unreadable', path, reason: { zh: e.zh, en: e.en } };
  throw e;
}

/**
 * A .docx or a PDF is checked as the text it converts to; --fix leaves it as it is (an office file is not
 * written back), saying so when it had safe fixes.
 */
async function checkOfficeFile(path: string, settings: CheckSettings, options: CheckOptions): Promise<FileOutcome> {
  let office;
  try {
    office = await readOffice(resolve(settings.cwd, path));
  } catch (e) {
    return unreadable(path, e);
  }
  let previous;
  try {
    previous = await withPrevious(path, office.text, settings, options);
  } catch (e) {
    return unreadable(path, e);
  }
  const result = checkedFile(path, office.text, checkText(office.text, previous.options), settings);
  notePrevious(result, previous);
  result.office = { kind: office.kind, paragraphs: office.paragraphs, pages: office.pages ?? [], notes: office.notes };
  const safe = result.findings.filter((f) => f.fix?.safe);
  if (settings.fix && safe.length > 0)
    result.fix = {
      written: false,
      count: safe.length,
      rules: [...new Set(safe.map((f) => f.ruleId))],
      tables: 0,
      reason: {
        zh: '--fix 不改写 Word 或 PDF 文件：请按提示在原文件中修改（各条提示都标了第几段或第几页）',
        en: '--fix does not write Word or PDF files: make the changes in the original (each finding names its paragraph or page)',
      },
    };
  return result;
}

function checkedFile(path: string, text: string, { report, findings, structureOnly }: CheckResult, settings: CheckSettings): CheckedFile {
  const out: CheckedFile = {
    kind: 'checked',
    path,
    isReport: report.isReport,
    template: report.template.id,
    templateChoice: { source: report.templateChoice.source, reason: report.templateChoice.reason },
    recognition: report.recognition.reason,
    findings,
    lineStarts: report.index.starts,
    length: text.length,
    facts: summaryFacts(report, structureOnly),
  };
  if (settings.keepText) out.text = text;
  return out;
}
