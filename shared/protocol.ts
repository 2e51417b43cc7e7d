// Jixiao's own requests and notifications between the VS Code client and the language server, typed
// with their parameters and results (as vscode-eslint's customMessages.ts does), so neither side
// writes a method name or guesses a payload. Both bundles carry vscode-languageserver-protocol
// already; the engine's bundle (server/src/lsp/session.ts) imports types only from here.
import { NotificationType, RequestType } from 'vscode-languageserver-protocol';

export interface Bilingual {
  zh: string;
  en: string;
}

/** A template a new report can be made from. */
export interface TemplateInfo {
  id: string;
  name: Bilingual;
  /** 'built-in', or the file it came from. */
  source: string;
}

export interface TemplatesParams {
  /**
   * Where the new report will be (a file: uri in its folder, or of an open report): the templates of the project
   * config file that governs it join the workspace's. Without it, the workspace's alone.
   */
  uri?: string;
}

/** The templates a client can offer for a new report. */
export const TemplatesRequest = new RequestType<TemplatesParams | null, TemplateInfo[], void>('jixiao/templates');

export interface NewReportParams {
  /** The template (default: the default template). */
  templateId?: string;
  /** The year the report is about (default: last year). */
  year?: number;
  /** The unit's name (default: a placeholder). */
  unit?: string;
  /** Where the report will be, as in TemplatesParams: a template of that folder's project config may be named. */
  uri?: string;
}

export interface NewReportResult {
  text: string;
  /** The template used: the one asked for, or the default when there is no such template. */
  templateId: string;
}

/** The text of a new report from a template; null when the server could not make one. */
export const NewReportRequest = new RequestType<NewReportParams, NewReportResult | null, void>('jixiao/newReport');

/** For the status bar: which template a document is checked with, and how many findings it has. */
export interface StatusParams {
  uri: string;
  isReport: boolean;
  /** The language of the server's messages (jixiao.language). */
  lang: 'zh' | 'en';
  template: { id: string; name: Bilingual; shortName: Bilingual };
  /** How the template was chosen (front matter, --template, the outline, the title, the default) and why. */
  templateChoice: { source: 'front-matter' | 'option' | 'outline' | 'title' | 'default'; reason: Bilingual };
  /** Why the document is a report, or why it is not one. */
  recognition: Bilingual;
  errors: number;
  warnings: number;
  /** Information and hints. */
  infos: number;
}

/** Sent after every check of an open document. */
export const StatusNotification = new NotificationType<StatusParams>('jixiao/status');

export interface ImportWordParams {
  /** The .docx file (a file: uri). */
  uri: string;
}

/** The Markdown of a Word report (office/docx.ts), with what was left out; or why it could not be read. */
export type ImportWordResult = { text: string; notes: Bilingual[] } | { error: Bilingual };

/** Reads a .docx as Markdown (`jixiao import`'s conversion), for `Jixiao: 从 Word 导入`. */
export const ImportWordRequest = new RequestType<ImportWordParams, ImportWordResult, void>('jixiao/importWord');

export interface ExportWordParams {
  /** The Markdown report, open in the editor (its text as the editor has it is exported). */
  uri: string;
  /** Export a report that has errors as it is (the drafter was told and said so). */
  force?: boolean;
}

/** An error of the report, where it is (0-based line) and what it says. */
export interface ExportBlocker {
  line: number;
  ruleId: string;
  message: Bilingual;
}

/**
 * The .docx in the 公文 layout (office/export-docx.ts), base64; or the errors that hold it back (without
 * `force`); or why it cannot be made (not a report, not open).
 */
export type ExportWordResult = { docx: string } | { errors: ExportBlocker[] } | { error: Bilingual };

/** Writes an open report as Word in the 公文 layout (`jixiao export`'s), for `Jixiao: 导出为 Word（公文格式）`. */
export const ExportWordRequest = new RequestType<ExportWordParams, ExportWordResult, void>('jixiao/exportWord');

export interface CheckWorkspaceParams {
  /** The client's token for the progress ($/progress WorkDoneProgress begin/report/end). */
  workDoneToken?: string;
}

/** The reports of the workspace's folders, checked into the Problems view; what could not be, and why. */
export interface CheckWorkspaceResult {
  /** Files found (Markdown, .docx, PDF), those open in the editor included. */
  files: number;
  /** Files checked as reports, and their findings by severity (open ones as the editor has them). */
  reports: number;
  errors: number;
  warnings: number;
  infos: number;
  /** Files that do not look like a self-evaluation report (workspace-relative paths). */
  notReports: string[];
  /** Files that could not be read, and why. */
  unreadable: { path: string; reason: Bilingual }[];
  /** Stopped by the drafter before the end. */
  cancelled: boolean;
}

/** `Jixiao: 检查工作区全部报告`: every report of the workspace checked, its findings published as diagnostics. */
export const CheckWorkspaceRequest = new RequestType<CheckWorkspaceParams, CheckWorkspaceResult, void>('jixiao/checkWorkspace');
