// GitHub Actions workflow commands: `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`, one per
// finding, which the runner shows as annotations on the pull request's files. Errors are errors, warnings warnings,
// notes notices; a file that could not be read is an error on the file, one not checked a warning. The message
// and the properties are escaped as the Actions toolkit does (`%`, CR, LF; in properties also `:` and `,`).
import type { Lang, Severity } from '../../engine/index.js';
import { locate, type FileResult, type Unreadable } from '../result.js';
import { t } from '../strings.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

export function formatGithub(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const lines: string[] = [];
  for (const u of unreadable) lines.push(command('error', { file: u.path, title: 'jixiao' }, u.reason[lang]));
  for (const r of results) {
    if (r.notChecked)
      lines.push(command('warning', { file: r.path, title: 'jixiao' }, t(lang, 'notChecked', { reason: r.recognition[lang] })));
    for (const f of r.findings) {
      const { start, end } = locate(r, f);
      const where = {
        file: r.path,
        line: start.line + 1,
        col: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        title: `jixiao ${f.ruleId}`,
      };
      lines.push(command(COMMAND[f.severity], where, f.message[lang]));
    }
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${props}::${escapeData(message)}`;
}

export function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}
