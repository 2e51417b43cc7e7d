// Machine-readable output: every finding with 1-based positions, both messages and its fix.
import type { Lang } from '../../engine/index.js';
import { countFindings, locate, type FileResult } from '../result.js';

export function formatJson(results: FileResult[], lang: Lang): string {
  const files = results.map((r) => ({
    path: r.path,
    isReport: r.isReport,
    template: r.template,
    findings: r.findings.map((f) => {
      const { start, end } = locate(r, f);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        message: f.message[lang],
        messages: f.message,
        ...(f.fix
          ? {
              fix: {
                title: f.fix.title[lang],
                safe: f.fix.safe,
                edits: f.fix.edits.map((e) => {
                  const s = r.index.positionAt(e.start);
                  const en = r.index.positionAt(e.end);
                  return { line: s.line + 1, column: s.character + 1, endLine: en.line + 1, endColumn: en.character + 1, offset: e.start, endOffset: e.end, newText: e.newText };
                }),
              },
            }
          : {}),
      };
    }),
  }));
  const c = countFindings(results);
  return JSON.stringify({ version: 1, files, summary: { files: results.length, errors: c.error, warnings: c.warning, information: c.information, hints: c.hint } }, null, 2) + '\n';
}
