// Code actions: each diagnostic's quick fix, the recomputed value of the 自评表 cell under the cursor
// (on request only), the 自评表 skeleton on a report that has none, "fix all" (source.fixAll.jixiao,
// for editor.codeActionsOnSave), and "insert all missing sections".
import type { CodeActionParams } from 'vscode-languageserver';
import { CodeActionKind, type CodeAction, type Diagnostic, type Position, type WorkspaceEdit } from 'vscode-languageserver-types';
import { compatibleFixes, type Finding, type Lang, type LineIndex, type Template } from '../engine/index.js';
import { insertTableFix, missingTableFix } from '../engine/assist/insert-table.js';
import { tableCellFix } from '../engine/assist/table-cell.js';
import type { Analysis } from './analysis.js';
import { FIX_ALL_KIND, INSERT_MISSING_KIND } from './capabilities.js';
import { toTextEdit } from './convert.js';

const TITLES = {
  fixAll: { zh: '修复全部可自动修复的问题（jixiao）', en: 'Fix all auto-fixable problems (jixiao)' },
  insertMissing: { zh: '插入全部缺失章节', en: 'Insert all missing sections' },
};

function edit(uri: string, index: LineIndex, findings: Finding[]): WorkspaceEdit {
  const { edits } = compatibleFixes(findings, false);
  return { changes: { [uri]: edits.map((e) => toTextEdit(index, e)) } };
}

export function insertMissingSectionsEdit(a: Analysis): WorkspaceEdit | undefined {
  const missing = a.findings.filter((f) => f.ruleId === 'missing-section' && f.fix);
  return missing.length > 0 ? edit(a.uri, a.report.index, missing) : undefined;
}

/** The command's edit: the 自评表 skeleton at the position (the start of the text when none is given). */
export function insertTableEdit(a: Analysis, at: Position | undefined, templates: readonly Template[]): WorkspaceEdit | undefined {
  const fix = insertTableFix(a.report, at ? a.report.index.offsetAt(at) : 0, templates);
  return fix && { changes: { [a.uri]: fix.edits.map((e) => toTextEdit(a.report.index, e)) } };
}

export function fixAllEdit(a: Analysis): WorkspaceEdit | undefined {
  const { applied } = compatibleFixes(a.findings, true);
  return applied.length > 0 ? edit(a.uri, a.report.index, applied) : undefined;
}

function findingFor(a: Analysis, d: Diagnostic): Finding | undefined {
  const data = d.data as { index?: number; version?: number } | undefined;
  if (data?.version === a.version && typeof data.index === 'number') return a.findings[data.index];
  // a diagnostic from an older version: match by rule and start position
  return a.findings.find((f) => f.ruleId === d.code && a.report.index.positionAt(f.span.start).line === d.range.start.line);
}

export function codeActions(a: Analysis, params: CodeActionParams, lang: Lang, templates: readonly Template[]): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string): boolean => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const d of params.context.diagnostics) {
      if (d.source !== 'jixiao') continue;
      const f = findingFor(a, d);
      if (!f?.fix) continue;
      out.push({
        title: f.fix.title[lang],
        kind: CodeActionKind.QuickFix,
        diagnostics: [d],
        isPreferred: f.fix.safe,
        edit: edit(a.uri, a.report.index, [f]),
      });
    }
    const cell = cellAction(a, params, lang);
    if (cell) out.push(cell);
    const table = missingTableFix(a.report, a.report.index.offsetAt(params.range.start), templates);
    if (table)
      out.push({
        title: table.title[lang],
        kind: CodeActionKind.QuickFix,
        edit: { changes: { [a.uri]: table.edits.map((e) => toTextEdit(a.report.index, e)) } },
      });
    const missing = a.findings.filter((f) => f.ruleId === 'missing-section');
    if (missing.length > 1 && params.context.diagnostics.some((d) => d.code === 'missing-section')) {
      const e = insertMissingSectionsEdit(a);
      if (e) out.push({ title: TITLES.insertMissing[lang], kind: CodeActionKind.QuickFix, edit: e });
    }
  }
  if (wants(INSERT_MISSING_KIND)) {
    const e = insertMissingSectionsEdit(a);
    if (e) out.push({ title: TITLES.insertMissing[lang], kind: INSERT_MISSING_KIND, edit: e });
  }
  if (wants(FIX_ALL_KIND) && (only !== undefined || params.context.diagnostics.length > 0)) {
    const e = fixAllEdit(a);
    if (e) out.push({ title: TITLES.fixAll[lang], kind: FIX_ALL_KIND, edit: e });
  }
  return out;
}

/** The 自评表 cell at the start of the range, rewritten with its recomputed value; with the diagnostic on that cell, if any. */
function cellAction(a: Analysis, params: CodeActionParams, lang: Lang): CodeAction | undefined {
  const index = a.report.index;
  const fix = tableCellFix(a.report, index.offsetAt(params.range.start));
  if (!fix) return undefined;
  const first = fix.edits[0];
  const on = params.context.diagnostics.filter(
    (d) =>
      d.source === 'jixiao' &&
      first !== undefined &&
      index.offsetAt(d.range.start) <= first.end &&
      first.start <= index.offsetAt(d.range.end),
  );
  return {
    title: fix.title[lang],
    kind: CodeActionKind.QuickFix,
    ...(on.length > 0 ? { diagnostics: on } : {}),
    edit: { changes: { [a.uri]: fix.edits.map((e) => toTextEdit(index, e)) } },
  };
}
