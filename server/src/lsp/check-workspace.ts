// `jixiao/checkWorkspace` (Jixiao: 检查工作区全部报告): every report of the workspace's folders checked into the
// Problems view, as `jixiao check` would find and read them (files/: folder walks with .gitignore and
// .jixiaoignore, GBK, .docx and PDF) and as the editor would check them (each file's folder settings and
// project config, whose `ignores` it honours). A report open in the editor keeps its live diagnostics and is
// counted as the editor has it. A .docx or PDF has no lines the editor can show: its findings sit on its
// first line, each saying its 第 N 段 or 第 N 页. The server stays responsive: it yields between files,
// reports progress, and stops when the drafter cancels.
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver';
import type { CheckWorkspaceResult } from '../../../shared/protocol.js';
import type { CheckResult, Finding, Lang, Template } from '../engine/index.js';
import { expandPaths, NO_REPORT_FILE, type Unreadable } from '../files/files.js';
import { InputError } from '../files/input-error.js';
import { OFFICE, OLD_OFFICE, readOffice } from '../files/read-office.js';
import { readSource } from '../files/read.js';
import { officePlaceAt, type OfficeText } from '../office/office-text.js';
import { toDiagnostic } from './convert.js';
import type { Settings } from './settings.js';

export interface WorkspaceCheckHost {
  folders: readonly string[];
  lang: Lang;
  /** The findings of a document open in the editor, as it has it; undefined when it is not open. */
  openFindings(uri: string): Promise<Finding[] | undefined>;
  /** A document's settings (folder settings, project config) and its config's templates. */
  settingsOf(uri: string): Promise<{ settings: Settings; templates: readonly Template[] }>;
  check(uri: string, text: string, settings: Settings, templates: readonly Template[]): CheckResult;
  publish(uri: string, diagnostics: Diagnostic[]): void;
  progress(done: number, total: number, file: string): void;
}

export async function checkWorkspace(host: WorkspaceCheckHost, token?: CancellationToken): Promise<CheckWorkspaceResult> {
  const out: CheckWorkspaceResult = {
    files: 0,
    reports: 0,
    errors: 0,
    warnings: 0,
    infos: 0,
    notReports: [],
    unreadable: [],
    cancelled: false,
  };
  const files: { path: string; folder: string }[] = [];
  for (const folder of host.folders) {
    const found = expandPaths([folder], folder);
    files.push(...found.files.map((f) => ({ path: `${folder}/${f}`, folder })));
    out.unreadable.push(...found.unreadable.filter(outsideFolderRoot).map((u) => shown(u, folder)));
  }
  out.files = files.length;
  for (const [i, { path, folder }] of files.entries()) {
    if (token?.isCancellationRequested) {
      out.cancelled = true;
      break;
    }
    const name = relative(folder, path);
    host.progress(i, files.length, name);
    await new Promise((resolve) => setImmediate(resolve)); // the editor's own requests go first
    const uri = pathToFileURL(path).href;
    const open = await host.openFindings(uri);
    let findings = open;
    let isReport = true;
    if (!findings) {
      const { settings, templates } = await host.settingsOf(uri);
      if (!settings.enable) continue; // switched off, or named by the project config's `ignores`
      let read: { text: string; office?: OfficeText };
      try {
        read = OFFICE.test(path) || OLD_OFFICE.test(path) ? await officeText(path) : { text: readSource(path).text };
      } catch (e) {
        if (!(e instanceof InputError)) throw e;
        out.unreadable.push({ path: name, reason: { zh: e.zh, en: e.en } });
        continue;
      }
      const result = host.check(uri, read.text, settings, templates);
      isReport = result.report.isReport;
      findings = result.findings;
      host.publish(uri, diagnosticsOf(result, uri, host.lang, read.office));
    }
    if (!isReport) {
      out.notReports.push(name);
      continue;
    }
    out.reports++;
    for (const f of findings) {
      if (f.severity === 'error') out.errors++;
      else if (f.severity === 'warning') out.warnings++;
      else out.infos++;
    }
  }
  host.progress(files.length, files.length, '');
  return out;
}

async function officeText(path: string): Promise<{ text: string; office: OfficeText }> {
  const office = await readOffice(path);
  return { text: office.text, office };
}

/** A finding in a .docx or PDF sits on the file's first line and says where it is. */
function diagnosticsOf(result: CheckResult, uri: string, lang: Lang, office: OfficeText | undefined): Diagnostic[] {
  return result.findings.map((f, i) => {
    const d = toDiagnostic(result.report.index, uri, f, i, lang, 0);
    if (!office) return d;
    const at = officePlaceAt(office, result.report.index, f.span.start);
    const place =
      'paragraph' in at
        ? { zh: `第 ${at.paragraph} 段`, en: `paragraph ${at.paragraph}` }
        : { zh: `第 ${at.page} 页`, en: `page ${at.page}` };
    const { relatedInformation: _related, ...rest } = d;
    return {
      ...rest,
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      message: `${place[lang]}：${f.message[lang]}`,
    };
  });
}

/** A walk's problem with the folder itself (it holds no report) is no unreadable file. */
const outsideFolderRoot = (u: Unreadable): boolean => u.reason !== NO_REPORT_FILE;

const shown = (u: Unreadable, folder: string): CheckWorkspaceResult['unreadable'][number] => ({
  path: u.path.startsWith('/') ? relative(folder, u.path) || u.path : u.path,
  reason: u.reason,
});
