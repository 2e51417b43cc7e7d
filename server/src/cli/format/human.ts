// Per file with findings, a line with its counts, then `file:line:col  severity  message  [rule]` (a form
// terminals and problem matchers link), coloured on a terminal; then a summary line. Names and quoted text
// have their control characters escaped (escape.ts).
import type { Lang, Severity } from '../../engine/index.js';
import { countFindings, locate, officePlace, type FileResult, type Unreadable } from '../result.js';
import { severityName, t } from '../strings.js';
import { escapeControls } from './escape.js';

const COLOURS: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

export function formatHuman(results: FileResult[], unreadable: Unreadable[], lang: Lang, colour: boolean, verbose = false): string {
  const paint = (code: string, s: string): string => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const r of results) {
    const file = escapeControls(r.path);
    // with --verbose, which template and why, and why the file is (not) a report
    if (verbose && !r.notChecked) {
      lines.push(
        paint(
          '90',
          r.isReport
            ? t(lang, 'verboseReport', { file, template: r.template, choice: r.templateChoice.reason[lang], reason: r.recognition[lang] })
            : t(lang, 'verboseNotReport', { file, reason: r.recognition[lang] }),
        ),
      );
    }
    if (verbose && r.previous) lines.push(paint('90', t(lang, 'verbosePrevious', { file, previous: escapeControls(r.previous) })));
    if (verbose && r.previousUnsure) lines.push(paint('90', t(lang, 'verbosePreviousUnsure', { file, count: String(r.previousUnsure) })));
    if (r.notChecked)
      lines.push(`${paint('1', file)}  ${paint('33', t(lang, 'notChecked', { reason: escapeControls(r.recognition[lang]) }))}`);
    for (const note of r.office?.notes ?? []) lines.push(paint('90', `${file}  ${escapeControls(note[lang])}`));
    if (r.findings.length > 0) lines.push(paint('4', fileCounts(lang, file, r)));
    for (const f of r.findings) {
      const { start } = locate(r, f);
      const place = officePlace(r, f);
      const where =
        `${escapeControls(r.path)}:${start.line + 1}:${start.character + 1}` +
        (place ? ('paragraph' in place ? t(lang, 'paragraph', place) : t(lang, 'pageLine', place)) : '');
      lines.push(
        `${paint('1', where)}  ${paint(COLOURS[f.severity], severityName(lang, f.severity))}  ${escapeControls(f.message[lang])}  ` +
          `${paint('90', `[${f.ruleId}]`)}`,
      );
    }
    if (r.findings.length > 0) lines.push('');
  }
  const c = countFindings(results);
  const total = c.error + c.warning + c.information + c.hint;
  const notChecked = results.filter((r) => r.notChecked).length;
  const checked = results.length - notChecked;
  if (total === 0) {
    // the tick only when every file was read and checked; the files not checked are not clean
    if (unreadable.length === 0 && notChecked === 0) lines.push(paint('32', t(lang, 'summaryClean', { files: results.length })));
    else if (notChecked === 0 || checked > 0) lines.push(t(lang, 'summaryCleanSome', { files: checked }));
  } else {
    if (lines.length > 0 && lines.at(-1) !== '') lines.push('');
    const withFindings = results.filter((r) => r.findings.length > 0).length;
    const summary = t(lang, 'summary', {
      total,
      errors: c.error,
      warnings: c.warning,
      infos: c.information + c.hint,
      withFindings,
      files: results.length,
    });
    lines.push(paint(c.error > 0 ? '31;1' : '33;1', summary));
    const fixable = results.reduce((n, r) => n + r.findings.filter((f) => f.fix?.safe).length, 0);
    if (fixable > 0) lines.push(t(lang, 'fixable', { count: fixable }));
  }
  if (notChecked > 0) lines.push(paint('33;1', t(lang, 'notCheckedSummary', { count: notChecked })));
  if (unreadable.length > 0) lines.push(paint('31;1', t(lang, 'unreadable', { count: unreadable.length })));
  return lines.join('\n') + '\n';
}

function fileCounts(lang: Lang, file: string, r: FileResult): string {
  const c = countFindings([r]);
  return t(lang, 'fileCounts', { file, total: r.findings.length, errors: c.error, warnings: c.warning, infos: c.information + c.hint });
}
