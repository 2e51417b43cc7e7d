// JUnit XML, which most CI systems show as test results: a <testsuite> per file, a failing <testcase> per finding
// (its rule and place as the name, the message, and `file:line:col` in the body), one passing <testcase> for a file
// with none; a file that could not be read is a suite with an <error>, one not checked a failure (never a pass).
import type { Lang } from '../../engine/index.js';
import { locate, type FileResult, type Unreadable } from '../result.js';
import { severityName, t } from '../strings.js';
import { escapeXml } from './escape.js';

interface Case {
  name: string;
  failure?: { type: string; message: string; body: string };
  error?: string;
}

export function formatJunit(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const suites: { name: string; cases: Case[] }[] = [];
  for (const u of unreadable) suites.push({ name: u.path, cases: [{ name: 'jixiao', error: u.reason[lang] }] });
  for (const r of results) {
    const cases: Case[] = [];
    if (r.notChecked) {
      const message = t(lang, 'notChecked', { reason: r.recognition[lang] });
      cases.push({ name: 'not-checked', failure: { type: 'not-checked', message, body: `${r.path}: ${message}` } });
    }
    for (const f of r.findings) {
      const { start } = locate(r, f);
      const place = `${r.path}:${start.line + 1}:${start.character + 1}`;
      const message = f.message[lang];
      cases.push({
        name: `${f.ruleId} ${start.line + 1}:${start.character + 1}`,
        failure: { type: f.severity, message, body: `${place}  ${severityName(lang, f.severity)}  ${message}  [${f.ruleId}]` },
      });
    }
    if (cases.length === 0) cases.push({ name: 'jixiao' });
    suites.push({ name: r.path, cases });
  }
  const count = (pick: (c: Case) => boolean): number => suites.reduce((n, s) => n + s.cases.filter(pick).length, 0);
  const failures = count((c) => c.failure !== undefined);
  const errors = count((c) => c.error !== undefined);
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="jixiao" tests="${count(() => true)}" failures="${failures}" errors="${errors}">`,
  ];
  for (const s of suites) {
    const failures = s.cases.filter((c) => c.failure).length;
    const errors = s.cases.filter((c) => c.error !== undefined).length;
    lines.push(`  <testsuite name="${escapeXml(s.name)}" tests="${s.cases.length}" failures="${failures}" errors="${errors}">`);
    for (const c of s.cases) {
      const open = `    <testcase name="${escapeXml(c.name)}" classname="${escapeXml(s.name)}"`;
      if (c.failure) {
        const { type, message, body } = c.failure;
        lines.push(
          `${open}>`,
          `      <failure type="${escapeXml(type)}" message="${escapeXml(message)}">${escapeXml(body)}</failure>`,
          '    </testcase>',
        );
      } else if (c.error !== undefined) lines.push(`${open}>`, `      <error message="${escapeXml(c.error)}"/>`, '    </testcase>');
      else lines.push(`${open}/>`);
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return lines.join('\n') + '\n';
}
