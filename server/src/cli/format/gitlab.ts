// GitLab Code Quality (a JSON array of issues, the `codequality` report of a CI job), so the merge request shows
// each submission's findings. Severities: error major, warning minor, notes info; a file that could not be read is
// critical, one not checked major. The fingerprint names the issue across runs: the file, the rule, the message and
// which of its like it is (not the line, which moves when text above it is edited).
import { createHash } from 'node:crypto';
import type { Lang, Severity } from '../../engine/index.js';
import { locate, type FileResult, type Unreadable } from '../result.js';
import { t } from '../strings.js';

const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', information: 'info', hint: 'info' };

interface Issue {
  type: 'issue';
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number; end: number } };
}

export function formatGitlab(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  const issue = (path: string, check: string, description: string, severity: string, begin: number, end: number): void => {
    const key = JSON.stringify([path, check, description]);
    const nth = seen.get(key) ?? 0;
    seen.set(key, nth + 1);
    const fingerprint = createHash('sha256').update(`${key}#${nth}`).digest('hex');
    issues.push({ type: 'issue', check_name: check, description, severity, fingerprint, location: { path, lines: { begin, end } } });
  };
  for (const u of unreadable) issue(u.path, 'jixiao/unreadable', u.reason[lang], 'critical', 1, 1);
  for (const r of results) {
    if (r.notChecked) issue(r.path, 'jixiao/not-checked', t(lang, 'notChecked', { reason: r.recognition[lang] }), 'major', 1, 1);
    for (const f of r.findings) {
      const { start, end } = locate(r, f);
      issue(r.path, f.ruleId, f.message[lang], SEVERITY[f.severity], start.line + 1, end.line + 1);
    }
  }
  return JSON.stringify(issues, null, 2) + '\n';
}
