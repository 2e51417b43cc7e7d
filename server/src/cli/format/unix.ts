// One line per finding in the form compilers use, `file:line:col: severity: message [rule]`, which editors read
// without configuration (VS Code's `$jixiao` problem matcher, Vim's quickfix, Emacs' compilation mode): severity
// words in English (error, warning, info, hint) whatever the message language, so a matcher can map them; the
// message in the chosen language, as written (no escapes but the control characters, so one finding is one line). A
// file that could not be read or was not checked is a line with no place: `file: error: reason`.
import type { Lang, Severity } from '../../engine/index.js';
import { locate, type FileResult, type Unreadable } from '../result.js';
import { t } from '../strings.js';
import { escapeControls } from './escape.js';

const WORD: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'info', hint: 'hint' };

export function formatUnix(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const lines: string[] = [];
  for (const u of unreadable) lines.push(`${escapeControls(u.path)}: error: ${escapeControls(u.reason[lang])}`);
  for (const r of results) {
    const file = escapeControls(r.path);
    if (r.notChecked) lines.push(`${file}: warning: ${escapeControls(t(lang, 'notChecked', { reason: r.recognition[lang] }))}`);
    for (const f of r.findings) {
      const { start } = locate(r, f);
      lines.push(`${file}:${start.line + 1}:${start.character + 1}: ${WORD[f.severity]}: ${escapeControls(f.message[lang])} [${f.ruleId}]`);
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}
