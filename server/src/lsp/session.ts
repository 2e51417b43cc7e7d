// The server's behaviour once the engine is loaded: the analysis cache, settings and workspace data
// files, and every handler's answer. Wiring only: the answers come from the engine. Handlers never
// throw to the client (a failure is logged and answered empty).
// Only types from vscode-languageserver: its code lives in the server bundle (see Host).
import type {
  CancellationToken,
  CodeActionParams,
  CompletionParams,
  Connection,
  Disposable,
  DocumentDiagnosticParams,
  DocumentDiagnosticReport,
  DocumentFormattingParams,
  DocumentRangeFormattingParams,
  DocumentSymbolParams,
  ExecuteCommandParams,
  FoldingRangeParams,
  HoverParams,
  InitializeParams,
  TextDocuments,
  WorkDoneProgressBegin,
  WorkDoneProgressEnd,
  WorkDoneProgressReport,
} from 'vscode-languageserver/node';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_COMMANDS, type ServerCommandArguments, type ServerCommandResult } from '../../../shared/commands.js';
import { SETTINGS_SECTION, type PathSetting } from '../../../shared/configuration.js';
import type {
  TemplatesParams,
  CheckWorkspaceParams,
  CheckWorkspaceResult,
  ExportWordParams,
  ExportWordResult,
  ImportWordParams,
  ImportWordResult,
  NewReportParams,
  NewReportResult,
  StatusParams,
  TemplateInfo,
} from '../../../shared/protocol.js';
import { hoverAt } from '../engine/assist/hover.js';
import {
  renderNewReport,
  TemplateRegistry,
  type BoilerplateLibrary,
  type Finding,
  type Template,
  type TemplateError,
} from '../engine/index.js';
import type { BoilerplateFile } from '../engine/template/boilerplate.js';
import { AnalysisCache, type Analysis } from './analysis.js';
import { wantsPullDiagnostics } from './capabilities.js';
import { codeActions, fixAllEdit, insertMissingSectionsEdit, insertTableEdit } from './code-actions.js';
import { formattingEdits } from './formatting.js';
import { completionItems, TRIGGER_CHARACTER } from './completion.js';
import { toDiagnostic, toRange } from './convert.js';
import { logLines, notification, type Problem } from './problems.js';
import { FolderSettings } from './folder-settings.js';
import { exportWord } from './export-word.js';
import { importWord } from './import-word.js';
import { checkWorkspace } from './check-workspace.js';
import { resolveNamed, workspaceFolders } from './previous-report.js';
import { messageLang, readSettings, type Settings } from './settings.js';
import { documentSymbols, foldingRanges } from './symbols.js';
import { loadWorkspaceBoilerplate, loadWorkspaceTemplates } from './workspace-templates.js';
import { ProjectSettings, type DocumentSettings } from './project-config.js';
import { CONFIG_NAMES } from '../config/find.js';
import { describeProblem } from '../config/problem.js';

// the server hands pdf.js's import to this bundle, which the code cache loads without import() (lsp/server.ts)
export { usePdfImporter } from '../office/pdf.js';

function safeFolder(uri: string): string {
  try {
    return fileURLToPath(uri);
  } catch {
    return '';
  }
}

/** What the session gets from the server bundle. */
export interface Host {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  params: InitializeParams;
  /** Asks the client for didChangeConfiguration on the `jixiao` section. */
  registerConfiguration(): void;
  /** Asks the client to report changes to these files. */
  watchFiles(files: string[]): Promise<Disposable>;
  /** Sends the status bar's notification (shared/protocol.ts). */
  sendStatus(status: StatusParams): void;
  /** Reports a long request's progress on the client's token ($/progress). */
  sendProgress(token: string, value: WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd): void;
}

export type Session = ReturnType<typeof createSession>;

export function createSession(host: Host) {
  const { connection, documents, params } = host;
  const cache = new AnalysisCache();
  const clientLocale = params.locale;
  const canConfigure = Boolean(params.capabilities.workspace?.configuration);
  const canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
  const pullDiagnostics = wantsPullDiagnostics(params);
  let watching: Disposable | undefined;
  let watched = '';
  let dataErrorUris = new Set<string>();
  /** Files the workspace check published diagnostics for, while they are not open. */
  const workspaceChecked = new Set<string>();

  cache.lang = messageLang(cache.settings, clientLocale);
  const folderUris = (params.workspaceFolders ?? []).map((f) => f.uri);
  let folders = folderUris.map(safeFolder).filter(Boolean);
  if (folders.length === 0 && params.rootUri) folders = [safeFolder(params.rootUri)].filter(Boolean);
  cache.folders = workspaceFolders(folders);

  /** Runs a handler; on an internal error logs it and returns the fallback, so the server stays up. */
  const safe = <T>(name: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      connection.console.error(`jixiao: ${name} failed: ${(e as Error).stack ?? String(e)}`);
      return fallback;
    }
  };

  /** The data files of the last reload and the config files read since: what is watched. */
  let dataFiles: string[] = [];
  const configFiles = new Set<string>();
  /** The workspace's boilerplate files, which a config file's library is built on. */
  let libraryFiles: readonly BoilerplateFile[] = [];
  const projectSettings = new ProjectSettings(
    () => reloading,
    (files) => loadWorkspaceTemplates(files, { folders, anywhere: false }, logInternal),
    (files, templates) =>
      loadWorkspaceBoilerplate(files, { folders, anywhere: false }, [...cache.registry.list(), ...templates], logInternal, libraryFiles),
    (config, data) => {
      const problems: Problem[] = config.problems.map((p) => ({
        zh: `配置文件有误：${describeProblem(p, 'zh')}`,
        en: `config file: ${describeProblem(p, 'en')}`,
      }));
      announce([...problems, ...data.templateErrors.map(templateProblem), ...data.libraryErrors.map(libraryProblem)]);
      const before = configFiles.size;
      for (const f of [...config.files, ...data.files]) configFiles.add(f);
      if (configFiles.size > before) void watchDataFiles(dataFiles);
    },
  );

  /**
   * A document's settings: its folder's, else the workspace-level ones (read by reloadOnce), with its project
   * config file over them, and the templates and boilerplate that file names. A reload under way is waited for:
   * a report opened as the editor starts is checked once, in the settings' language and with the workspace's
   * templates, not first with the defaults (a drafter with `language: "en"` saw Chinese findings flash first).
   */
  const settingsOf = async (uri: string): Promise<DocumentSettings> => {
    await reloading;
    return projectSettings.apply(uri, (await folderSettings?.of(uri)) ?? cache.settings);
  };

  /**
   * Runs a handler on the analysis of the document's newest version under its settings; the fallback
   * when the document is not open (or on an internal error, see `safe`).
   */
  const withAnalysis = async <T>(
    name: string,
    uri: string,
    fallback: T,
    f: (a: Analysis, doc: TextDocument, library: BoilerplateLibrary) => T,
  ): Promise<T> => {
    const { settings, templates, library } = await settingsOf(uri);
    const doc = documents.get(uri); // after the wait: the newest version
    return doc ? safe(name, fallback, () => f(cache.get(doc, settings, templates), doc, library ?? cache.library)) : fallback;
  };

  /** The workspace's templates, with those the project config governing `uri` names (a folder's new report, an open one). */
  const templatesAt = async (uri: string | undefined): Promise<readonly Template[]> => {
    const { templates } = uri ? await settingsOf(uri) : { templates: [] };
    return templates.length > 0 ? [...cache.registry.list(), ...templates] : cache.registry.list();
  };

  const diagnosticsOf = (a: Analysis) => a.findings.map((f, i) => toDiagnostic(a.report.index, a.uri, f, i, cache.lang, a.version));

  /** For the status bar: which template a document is checked with, and how many findings it has. */
  const sendStatus = (a: Analysis): void => {
    const count = (s: string): number => a.findings.filter((f) => f.severity === s).length;
    host.sendStatus({
      uri: a.uri,
      isReport: a.report.isReport,
      lang: cache.lang,
      template: { id: a.report.template.id, name: a.report.template.name, shortName: a.report.template.shortName },
      templateChoice: { source: a.report.templateChoice.source, reason: a.report.templateChoice.reason },
      recognition: a.report.recognition.reason,
      errors: count('error'),
      warnings: count('warning'),
      infos: count('information') + count('hint'),
    });
  };

  const publish = async (uri: string): Promise<void> => {
    const a = await withAnalysis<Analysis | undefined>('diagnostics', uri, undefined, (a) => a);
    if (!a) return;
    sendStatus(a);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri, version: a.version, diagnostics: diagnosticsOf(a) });
  };

  // A keystroke is checked as soon as nothing else is waiting; edits queued behind it (a macro, a
  // client that does not wait) are checked once, at the newest version: work for stale versions never
  // starts. vscode-jsonrpc handles one queued message per event-loop turn, so the check waits two
  // turns and looks again: while the document keeps changing, another change was queued, and it waits
  // on. No timer: a drafter's keystroke is checked within two turns.
  const scheduled = new Set<string>();
  const schedule = (uri: string): void => {
    if (scheduled.has(uri)) return; // the check on its way will see this version
    scheduled.add(uri);
    let seen = documents.get(uri)?.version;
    const settle = (): void => {
      setImmediate(() =>
        setImmediate(() => {
          const doc = documents.get(uri);
          if (doc && doc.version !== seen) {
            seen = doc.version;
            settle();
            return;
          }
          scheduled.delete(uri);
          if (doc) void publish(uri);
        }),
      );
    };
    settle();
  };

  const shown = new Set<string>();
  /** Shows a notification, unless the same one was shown before (the same mistakes, read again). */
  const notifyOnce = (message: string | undefined): void => {
    if (!message || shown.has(message)) return;
    shown.add(message);
    void connection.window.showWarningMessage(message);
  };

  /** Problems in the workspace's data files, shown in each file at its field. */
  const placeDataErrors = (errors: TemplateError[]): void => {
    const byUri = new Map<string, Diagnostic[]>();
    for (const e of errors) {
      const uri = pathToFileURL(e.file).href;
      const at = { line: (e.at?.line ?? 1) - 1, character: (e.at?.column ?? 1) - 1 };
      const list = byUri.get(uri) ?? [];
      list.push({
        range: { start: at, end: { line: at.line, character: at.character + 1 } },
        severity: DiagnosticSeverity.Error,
        source: 'jixiao',
        message: e.what(cache.lang),
      });
      byUri.set(uri, list);
    }
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
    for (const uri of dataErrorUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    dataErrorUris = new Set(byUri.keys());
  };

  /** Every problem of one reload: in the output channel, and one notification with the count and the first few. */
  const announce = (problems: Problem[]): void => {
    for (const line of logLines(problems, cache.lang)) connection.console.warn(line);
    notifyOnce(notification(problems, cache.lang));
  };

  const logInternal = (e: unknown): void =>
    connection.console.error(`jixiao: while loading a data file: ${(e as Error).stack ?? String(e)}`);

  /** A reload that could not finish changes nothing, and says so: which templates stay in use, and why. */
  const reloadFailed = (e: unknown): void => {
    const reason = (e instanceof Error ? e.message : String(e)).slice(0, 200);
    const ids = cache.registry
      .list()
      .map((t) => t.id)
      .join(', ');
    connection.console.error(
      `jixiao: reloading the settings failed, the previous ones stay in use (templates: ${ids}): ${(e as Error).stack ?? String(e)}`,
    );
    notifyOnce(
      cache.lang === 'zh'
        ? `Jixiao 重新加载设置和模板失败（${reason}），仍在使用之前的设置和模板（${ids}）。详见输出面板“Jixiao”。`
        : `Jixiao: reloading the settings and templates failed (${reason}); the previous settings and templates stay in use ` +
            `(${ids}). Details in the "Jixiao" output.`,
    );
  };

  const templateProblem = (e: TemplateError): Problem => ({
    zh: `模板有误，已忽略：${e.describe('zh')}（内置模板照常使用）`,
    en: `broken template ignored: ${e.describe('en')} (built-in templates still work)`,
  });
  const libraryProblem = (e: TemplateError): Problem => ({
    zh: `常用表述库有误：${e.describe('zh')}`,
    en: `problem in a boilerplate library: ${e.describe('en')}`,
  });

  const missingDefault = (registry: TemplateRegistry, settings: Settings): Problem[] =>
    registry.get(settings.defaultTemplate)
      ? []
      : [
          {
            zh: `默认模板“${settings.defaultTemplate}”不存在，改用内置默认模板`,
            en: `default template "${settings.defaultTemplate}" does not exist; using the built-in default`,
          },
        ];

  /** A `previousReport` setting that names no file the server may read, said when the settings are read. */
  const previousProblems = (settings: Settings, folder?: string): Problem[] => {
    if (!settings.previousReport) return [];
    const named = { path: settings.previousReport, folders: cache.folders, anywhere: settings.userLevel.has('previousReport') };
    const where = resolveNamed(named, folder);
    return 'problem' in where ? [where.problem] : [];
  };

  /**
   * Each workspace folder's own settings, for the documents in it. Only what a check uses is taken from
   * them (enable, rules, executionThreshold, maxDocumentSize, defaultTemplate); the data files
   * (templates, boilerplate) are the workspace's, read by reloadOnce, and jixiao.language is an
   * application setting.
   */
  const folderSettings = canConfigure
    ? new FolderSettings(folderUris, {
        read: async (scopeUri) => {
          const { settings, problems } = readSettings(await connection.workspace.getConfiguration({ scopeUri, section: SETTINGS_SECTION }));
          // said once the workspace's templates are loaded: the default may be one of them
          void reloading.then(() =>
            announce([...problems, ...missingDefault(cache.registry, settings), ...previousProblems(settings, safeFolder(scopeUri))]),
          );
          return settings;
        },
        fallback: () => cache.settings,
        failed: (folder, e) =>
          connection.console.error(
            `jixiao: reading the settings of ${folder} failed; its documents keep the previous ones: ${(e as Error).stack ?? String(e)}`,
          ),
      })
    : undefined;

  /**
   * Reads the settings and every data file they name, then applies them all at once; until then the
   * previous ones stay in use, and if the reload fails they stay (reloadFailed).
   */
  const reloadOnce = async (): Promise<void> => {
    try {
      const raw: unknown = canConfigure ? await connection.workspace.getConfiguration(SETTINGS_SECTION) : {};
      const { settings, problems } = readSettings(raw);
      const scope = (key: PathSetting) => ({ folders, anywhere: settings.userLevel.has(key) });
      const templates = await loadWorkspaceTemplates(settings.templates, scope('templates'), logInternal);
      const registry = new TemplateRegistry(templates.loaded, settings.defaultTemplate);
      const library = await loadWorkspaceBoilerplate(settings.boilerplate, scope('boilerplate'), registry.list(), logInternal);
      cache.settings = settings;
      cache.lang = messageLang(settings, clientLocale);
      cache.setRegistry(registry);
      cache.library = library.library;
      libraryFiles = library.loaded;
      projectSettings.clear();
      configFiles.clear();
      void watchDataFiles([...templates.files, ...library.files]);
      const all: Problem[] = [...problems, ...missingDefault(registry, settings), ...previousProblems(settings)];
      all.push(...templates.errors.map(templateProblem), ...library.errors.map(libraryProblem));
      placeDataErrors([...templates.errors, ...library.errors]);
      announce(all);
    } catch (e) {
      reloadFailed(e);
      return;
    }
    cache.clear();
    // a client that fails the refresh keeps its diagnostics until the next pull; say so in the log
    // rather than leave the rejection to main.ts's last-resort "unhandled" line
    if (pullDiagnostics) {
      connection.languages.diagnostics
        .refresh()
        .catch((e: unknown) => connection.console.warn(`jixiao: workspace/diagnostic/refresh failed: ${String(e)}`));
    }
    for (const doc of documents.all()) void publish(doc.uri);
  };

  /** Reloads one after another: a file read takes time now, and an older reload must not land after a newer one. */
  let reloading = Promise.resolve();
  const reloadSettings = (): Promise<void> => (reloading = reloading.then(reloadOnce));

  /**
   * Template and library files are watched, so one that is edited, replaced or deleted is reloaded at once; so
   * are config files wherever they appear, and the files they extend.
   */
  const watchDataFiles = async (data: string[]): Promise<void> => {
    dataFiles = data;
    const files = [...data, ...CONFIG_NAMES.map((n) => `**/${n}`), ...configFiles];
    const key = files.join('\n');
    if (!canWatch || key === watched) return;
    watched = key;
    watching?.dispose();
    watching = undefined;
    watching = await host.watchFiles(files);
  };

  return {
    initialized(): void {
      if (canConfigure) host.registerConfiguration();
      void reloadSettings();
    },

    reloadSettings,

    /** The settings changed: every folder's are read again, and the workspace's with their data files. */
    configurationChanged(): Promise<void> {
      folderSettings?.clear();
      return reloadSettings();
    },

    changed(uri: string): void {
      // a file the workspace check published for is open now: its live diagnostics replace those
      if (workspaceChecked.delete(uri) && pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
      schedule(uri);
    },

    closed(uri: string): void {
      cache.forget(uri);
      if (!pullDiagnostics) void connection.sendDiagnostics({ uri, diagnostics: [] });
    },

    async diagnostics(p: DocumentDiagnosticParams): Promise<DocumentDiagnosticReport> {
      return { kind: 'full', items: await withAnalysis('diagnostics', p.textDocument.uri, [], diagnosticsOf) };
    },

    codeActions(p: CodeActionParams) {
      return withAnalysis('code actions', p.textDocument.uri, [], (a) => codeActions(a, p, cache.lang, cache.registry.list()));
    },

    completion(p: CompletionParams) {
      return withAnalysis('completion', p.textDocument.uri, [], (a, doc, library) =>
        completionItems(
          a,
          doc.offsetAt(p.position),
          cache.lang,
          library,
          cache.registry.list(),
          p.context?.triggerKind === TRIGGER_CHARACTER,
        ),
      );
    },

    hover(p: HoverParams) {
      return withAnalysis('hover', p.textDocument.uri, null, (a, doc) => {
        const h = hoverAt(a.report, doc.offsetAt(p.position));
        return h
          ? { contents: { kind: 'markdown' as const, value: h.contents[cache.lang] }, range: toRange(a.report.index, h.span) }
          : null;
      });
    },

    symbols(p: DocumentSymbolParams) {
      return withAnalysis('symbols', p.textDocument.uri, [], documentSymbols);
    },

    folding(p: FoldingRangeParams) {
      return withAnalysis('folding', p.textDocument.uri, [], foldingRanges);
    },

    /** Lines up the tables of the document (or of the range): textDocument/formatting and rangeFormatting. */
    formatting(p: DocumentFormattingParams | DocumentRangeFormattingParams) {
      return withAnalysis('formatting', p.textDocument.uri, [], (a) => formattingEdits(a, 'range' in p ? p.range : undefined));
    },

    async executeCommand(p: ExecuteCommandParams): Promise<ServerCommandResult> {
      const [uri, position] = (p.arguments ?? []) as Partial<ServerCommandArguments>;
      const edit = await withAnalysis('command', typeof uri === 'string' ? uri : '', undefined, (a) =>
        p.command === SERVER_COMMANDS.insertMissingSections
          ? insertMissingSectionsEdit(a)
          : p.command === SERVER_COMMANDS.fixAll
            ? fixAllEdit(a)
            : p.command === SERVER_COMMANDS.insertSelfEvalTable
              ? insertTableEdit(a, position, cache.registry.list())
              : undefined,
      );
      if (!edit) return { applied: false };
      const result = await connection.workspace.applyEdit({ label: 'Jixiao', edit });
      return { applied: result.applied };
    },

    /** Every report of the workspace's folders checked into the Problems view (check-workspace.ts). */
    async checkWorkspace(p: CheckWorkspaceParams, token?: CancellationToken): Promise<CheckWorkspaceResult> {
      const progressToken = p.workDoneToken;
      const title = cache.lang === 'zh' ? '检查工作区全部报告' : 'Checking all reports in the workspace';
      if (progressToken) host.sendProgress(progressToken, { kind: 'begin', title, cancellable: true, percentage: 0 });
      try {
        return await checkWorkspace(
          {
            folders: cache.folders.paths,
            lang: cache.lang,
            openFindings: (uri) => withAnalysis<Finding[] | undefined>('checkWorkspace', uri, undefined, (a) => a.findings),
            settingsOf,
            check: (uri, text, settings, templates) => cache.checkClosed(uri, text, settings, templates),
            publish: (uri, diagnostics) => {
              workspaceChecked.add(uri);
              void connection.sendDiagnostics({ uri, diagnostics });
            },
            progress: (done, total, file) => {
              if (!progressToken || done === total) return;
              const message = `${done + 1}/${total} ${file}`;
              host.sendProgress(progressToken, { kind: 'report', message, percentage: Math.floor((done * 100) / total) });
            },
          },
          token,
        );
      } finally {
        if (progressToken) host.sendProgress(progressToken, { kind: 'end' });
      }
    },

    /** Templates a client can offer for a new report: the workspace's, with those of the project config where it will be. */
    async templates(p: TemplatesParams | null): Promise<TemplateInfo[]> {
      const all = await templatesAt(p?.uri);
      return safe('templates', [], () => all.map((t) => ({ id: t.id, name: t.name, source: t.source })));
    },

    /** The text of a new report from a template. */
    importWord(p: ImportWordParams): ImportWordResult {
      return safe(
        'importWord',
        { error: { zh: '导入时出错，详情见“Jixiao: 显示输出”', en: 'import failed: see "Jixiao: Show output"' } },
        () => importWord(p),
      );
    },
    /** The open report as a .docx in the 公文 layout, or the errors that hold it back, or why not. */
    async exportWord(p: ExportWordParams): Promise<ExportWordResult> {
      const failed: ExportWordResult = {
        error: { zh: '导出时出错，详情见“Jixiao: 显示输出”', en: 'export failed: see "Jixiao: Show output"' },
      };
      const a = await withAnalysis<Analysis | undefined>('exportWord', p.uri, undefined, (a) => a);
      if (!a) return { error: { zh: '请先在编辑器中打开这份报告', en: 'open the report in the editor first' } };
      try {
        return await exportWord(a, p.force === true);
      } catch (e) {
        connection.console.error(`jixiao: exportWord failed: ${(e as Error).stack ?? String(e)}`);
        return failed;
      }
    },
    async newReport(p: NewReportParams): Promise<NewReportResult | null> {
      const all = await templatesAt(p.uri);
      return safe('newReport', null, () => {
        const t = (p.templateId && all.find((x) => x.id === p.templateId)) || cache.registry.default;
        return {
          text: renderNewReport(t, { year: p.year ?? new Date().getFullYear() - 1, unit: p.unit ?? '（单位名称）' }),
          templateId: t.id,
        };
      });
    },
  };
}
