// Machine-readable output: every finding with 1-based positions, both messages and its fix; what
// --fix wrote or did not; the paths that could not be read. Paths exactly as on disk.
import type { Lang, SummaryFacts } from '../../engine/index.js';
import { countFindings, locate, officePlace, type FileResult, type Unreadable } from '../result.js';

export function formatJson(results: FileResult[], unreadable: Unreadable[], lang: Lang): string {
  const files = results.map((r) => ({
    path: r.path,
    isReport: r.isReport,
    recognition: { message: r.recognition[lang], messages: r.recognition },
    template: r.template,
    templateChoice: { source: r.templateChoice.source, message: r.templateChoice.reason[lang], messages: r.templateChoice.reason },
    ...(r.notChecked ? { notChecked: true } : {}),
    ...(r.previous ? { previous: r.previous } : {}),
    ...(r.previousUnsure ? { previousUnsure: r.previousUnsure } : {}),
    ...(r.facts ? { facts: jsonFacts(r.facts, lang) } : {}),
    ...(r.batch && r.batch.length > 0
      ? { batch: r.batch.map(({ message, ...note }) => ({ ...note, message: message[lang], messages: message })) }
      : {}),
    ...(r.fix
      ? {
          fix: {
            written: r.fix.written,
            changes: r.fix.count,
            rules: r.fix.rules,
            tablesAligned: r.fix.tables,
            ...(r.fix.reason ? { message: r.fix.reason[lang], messages: r.fix.reason } : {}),
          },
        }
      : {}),
    ...(r.office
      ? {
          office: {
            kind: r.office.kind,
            ...(r.office.kind === 'docx' ? { paragraphs: r.office.paragraphs.length } : { pages: r.office.pages.length }),
            notes: r.office.notes.map((n) => n[lang]),
          },
        }
      : {}),
    findings: r.findings.map((f) => {
      const { start, end } = locate(r, f);
      const place = officePlace(r, f);
      return {
        ruleId: f.ruleId,
        severity: f.severity,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        ...place,
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
                  return {
                    line: s.line + 1,
                    column: s.character + 1,
                    endLine: en.line + 1,
                    endColumn: en.character + 1,
                    offset: e.start,
                    endOffset: e.end,
                    newText: e.newText,
                  };
                }),
              },
            }
          : {}),
      };
    }),
  }));
  const c = countFindings(results);
  const notRead = unreadable.map((u) => ({ path: u.path, message: u.reason[lang], messages: u.reason }));
  const summary = {
    files: results.length,
    errors: c.error,
    warnings: c.warning,
    information: c.information,
    hints: c.hint,
    unreadable: unreadable.length,
    notChecked: results.filter((r) => r.notChecked).length,
    batchFlagged: results.filter((r) => (r.batch?.length ?? 0) > 0).length,
  };
  return JSON.stringify({ version: 1, files, unreadable: notRead, summary }, null, 2) + '\n';
}

/** The summary facts without the 存在问题 text (it is the report's own, and only compared across the batch). */
function jsonFacts({ problems: _, kind, ...facts }: SummaryFacts, lang: Lang) {
  return { ...facts, kind: kind[lang] };
}
