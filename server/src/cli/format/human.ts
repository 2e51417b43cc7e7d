// `file:line:col  severity  message  [rule]`, coloured on a terminal, then a summary line.
import type { Lang, Severity } from '../../engine/index.js';
import { countFindings, locate, type FileResult } from '../result.js';
import { severityName, t } from '../strings.js';

const COLOURS: Record<Severity, string> = { error: '31', warning: '33', information: '36', hint: '90' };

export function formatHuman(results: FileResult[], lang: Lang, colour: boolean): string {
  const paint = (code: string, s: string): string => (colour ? `\u001b[${code}m${s}\u001b[0m` : s);
  const lines: string[] = [];
  for (const r of results) {
    for (const f of r.findings) {
      const { start } = locate(r, f);
      const where = `${r.path}:${start.line + 1}:${start.character + 1}`;
      lines.push(`${paint('1', where)}  ${paint(COLOURS[f.severity], severityName(lang, f.severity))}  ${f.message[lang]}  ${paint('90', `[${f.ruleId}]`)}`);
    }
  }
  const c = countFindings(results);
  const total = c.error + c.warning + c.information + c.hint;
  if (total === 0) {
    lines.push(paint('32', t(lang, 'summaryClean', { files: results.length })));
  } else {
    if (lines.length > 0) lines.push('');
    const withFindings = results.filter((r) => r.findings.length > 0).length;
    const summary = t(lang, 'summary', { total, errors: c.error, warnings: c.warning, infos: c.information + c.hint, withFindings, files: results.length });
    lines.push(paint(c.error > 0 ? '31;1' : '33;1', summary));
    const fixable = results.reduce((n, r) => n + r.findings.filter((f) => f.fix?.safe).length, 0);
    if (fixable > 0) lines.push(t(lang, 'fixable', { count: fixable }));
  }
  return lines.join('\n') + '\n';
}
