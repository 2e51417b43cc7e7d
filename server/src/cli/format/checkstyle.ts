// Checkstyle XML, which Jenkins (Warnings Next Generation), reviewdog and many CI dashboards read: a <file> per
// checked file with an <error> per finding (`source` is jixiao.<rule>), and a file that could not be read or was
// not checked as an <error> on that file. Text is escaped for XML (escape.ts).
import type { Lang, Severity } from '../../engine/index.js';
import { locate, type FileResult, type Unreadable } from '../result.js';
import { t } from '../strings.js';
import { escapeXml } from './escape.js';

const SEVERITY: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'info' };

export function formatCheckstyle(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<checkstyle version="4.3">'];
  const error = (attrs: Record<string, string | number>): string =>
    `    <error ${Object.entries(attrs)
      .map(([k, v]) => `${k}="${escapeXml(String(v))}"`)
      .join(' ')}/>`;
  for (const u of unreadable) {
    lines.push(
      `  <file name="${escapeXml(u.path)}">`,
      error({ severity: 'error', message: u.reason[lang], source: 'jixiao.unreadable' }),
      '  </file>',
    );
  }
  for (const r of results) {
    lines.push(`  <file name="${escapeXml(r.path)}">`);
    if (r.notChecked)
      lines.push(
        error({ severity: 'warning', message: t(lang, 'notChecked', { reason: r.recognition[lang] }), source: 'jixiao.not-checked' }),
      );
    for (const f of r.findings) {
      const { start } = locate(r, f);
      lines.push(
        error({
          line: start.line + 1,
          column: start.character + 1,
          severity: SEVERITY[f.severity],
          message: f.message[lang],
          source: `jixiao.${f.ruleId}`,
        }),
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return lines.join('\n') + '\n';
}
