// The Jixiao language server: wiring only. Every answer comes from the engine through the analysis
// cache; handlers never throw to the client (a failure is logged and answered empty).
import {
  CodeActionKind,
  createConnection,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Disposable,
  DocumentDiagnosticReportKind,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type Position,
  type TextDocumentContentChangeEvent,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { hoverAt } from '../engine/assist/hover.js';
import { TemplateRegistry, type TemplateError } from '../engine/index.js';
import { renderNewReport } from '../cli/init.js';
import { AnalysisCache, type Analysis } from './analysis.js';
import { codeActions, FIX_ALL_KIND, fixAllEdit, INSERT_MISSING_KIND, insertMissingSectionsEdit } from './code-actions.js';
import { completionItems, TRIGGER_CHARACTERS } from './completion.js';
import { toDiagnostic, toRange } from './convert.js';
import { messageLang, readSettings } from './settings.js';
import { documentSymbols, foldingRanges } from './symbols.js';
import { loadWorkspaceBoilerplate, loadWorkspaceTemplates } from './workspace-templates.js';

export const COMMANDS = { insertMissingSections: 'jixiao.server.insertMissingSections', fixAll: 'jixiao.server.fixAll' };

const BURST_MS = 4;

/**
 * Applies content changes one at a time with their ranges clamped to the document. The library's own
 * update writes past the end of its line table for a range wholly beyond the last line, and the next
 * edit then duplicates the text.
 */
function updateClamped(doc: TextDocument, changes: TextDocumentContentChangeEvent[], version: number): TextDocument {
  let current = doc;
  for (const change of changes) {
    if (!('range' in change)) {
      current = TextDocument.update(current, [change], version);
      continue;
    }
    // the library's own offsetAt clamps as LSP clients expect (a negative line is the start)
    const clamp = (p: Position): Position => current.positionAt(current.offsetAt(p));
    let start = clamp(change.range.start);
    let end = clamp(change.range.end);
    if (current.offsetAt(end) < current.offsetAt(start)) [start, end] = [end, start];
    current = TextDocument.update(current, [{ range: { start, end }, text: change.text }], version);
  }
  return current;
}

export function startServer(connection: Connection = createConnection()): Connection {
  const documents = new TextDocuments({ create: TextDocument.create, update: updateClamped });
  const cache = new AnalysisCache();
  let clientLocale: string | undefined;
  let canConfigure = false;
  let canWatch = false;
  let watching: Disposable | undefined;
  let watched = '';
  let pullDiagnostics = false;
  let folders: string[] = [];
  let dataErrorUris = new Set<string>();
  const reported = new Set<string>();

  /** Runs a handler; on an internal error logs it and returns the fallback, so the server stays up. */
  const safe = <T>(name: string, fallback: T, fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      connection.console.error(`jixiao: ${name} failed: ${(e as Error).stack ?? String(e)}`);
      return fallback;
    }
  };

  const analysisOf = (uri: string): Analysis | undefined => {
    const doc = documents.get(uri);
    return doc ? cache.get(doc) : undefined;
  };

  const diagnosticsOf = (a: Analysis) => a.findings.map((f, i) => toDiagnostic(a.report.index, a.uri, f, i, cache.lang, a.version));

  /** For the status bar: which template a document is checked with, and how many findings it has. */
  const sendStatus = (a: Analysis): void => {
    const count = (s: string): number => a.findings.filter((f) => f.severity === s).length;
    void connection.sendNotification('jixiao/status', {
      uri: a.uri,
      isReport: a.report.isReport,
      template: { id: a.report.template.id, name: a.report.template.name },
      errors: count('error'),
      warnings: count('warning'),
      infos: count('information') + count('hint'),
    });
  };

  const publish = (doc: TextDocument): void => {
    const a = safe('diagnostics', undefined, () => cache.get(doc));
    if (!a) return;
    sendStatus(a);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: diagnosticsOf(a) });
  };

  // A keystroke is checked at once; a burst of edits (changes less than BURST_MS apart) is checked
  // once, BURST_MS after it started, at its newest version: work for stale versions never starts.
  // (vscode-jsonrpc handles one queued message per event-loop turn, so setImmediate alone would run
  // a check between every two queued changes.)
  const scheduled = new Set<string>();
  let lastChange = 0;
  const schedule = (uri: string): void => {
    const now = performance.now();
    const inBurst = now - lastChange < BURST_MS;
    lastChange = now;
    if (scheduled.has(uri)) return;
    scheduled.add(uri);
    const run = (): void => {
      scheduled.delete(uri);
      const doc = documents.get(uri);
      if (doc) publish(doc);
    };
    if (inBurst) setTimeout(run, BURST_MS);
    else setImmediate(run);
  };

  const warnOnce = (message: string): void => {
    connection.console.warn(message);
    if (reported.has(message)) return;
    reported.add(message);
    void connection.window.showWarningMessage(message);
  };

  /** Problems in the workspace's data files, shown in the file (at the field) and once as a warning. */
  const reportDataErrors = (templateErrors: TemplateError[], libraryErrors: TemplateError[]): void => {
    const byUri = new Map<string, Diagnostic[]>();
    const add = (e: TemplateError): void => {
      const uri = pathToFileURL(e.file).href;
      const at = { line: (e.at?.line ?? 1) - 1, character: (e.at?.column ?? 1) - 1 };
      const where = e.field ? `${e.field}: ` : '';
      const list = byUri.get(uri) ?? [];
      list.push({ range: { start: at, end: { line: at.line, character: at.character + 1 } }, severity: DiagnosticSeverity.Error, source: 'jixiao', message: `${where}${e.reason}` });
      byUri.set(uri, list);
    };
    for (const e of templateErrors) {
      add(e);
      warnOnce(cache.lang === 'zh' ? `Jixiao 模板有误，已忽略：${e.message}（内置模板照常使用）` : `Jixiao: broken template ignored: ${e.message} (built-in templates still work)`);
    }
    for (const e of libraryErrors) {
      add(e);
      warnOnce(cache.lang === 'zh' ? `Jixiao 常用表述库有误：${e.message}` : `Jixiao: problem in a boilerplate library: ${e.message}`);
    }
    for (const [uri, diagnostics] of byUri) void connection.sendDiagnostics({ uri, diagnostics });
    for (const uri of dataErrorUris) if (!byUri.has(uri)) void connection.sendDiagnostics({ uri, diagnostics: [] });
    dataErrorUris = new Set(byUri.keys());
  };

  const reloadSettings = async (): Promise<void> => {
    let raw: unknown = {};
    if (canConfigure) {
      try {
        raw = await connection.workspace.getConfiguration('jixiao');
      } catch (e) {
        connection.console.error(`jixiao: cannot read settings: ${String(e)}`);
      }
    }
    const { settings, problems } = readSettings(raw);
    cache.settings = settings;
    cache.lang = messageLang(settings, clientLocale);
    for (const p of problems) warnOnce(`Jixiao: ${p[cache.lang]}`);
    const loaded = loadWorkspaceTemplates(settings.templates, folders);
    cache.registry = new TemplateRegistry(loaded.loaded, settings.defaultTemplate);
    const library = loadWorkspaceBoilerplate(settings.boilerplate, folders, cache.registry.list());
    cache.library = library.library;
    void watchDataFiles([...loaded.files, ...library.files]);
    if (!cache.registry.get(settings.defaultTemplate)) {
      warnOnce(cache.lang === 'zh' ? `Jixiao：默认模板“${settings.defaultTemplate}”不存在，改用内置默认模板` : `Jixiao: default template "${settings.defaultTemplate}" does not exist; using the built-in default`);
    }
    reportDataErrors(loaded.errors, library.errors);
    cache.clear();
    if (pullDiagnostics) connection.languages.diagnostics.refresh();
    documents.all().forEach(publish);
  };

  /** Template and library files are watched, so one that is edited, replaced or deleted is reloaded at once. */
  const watchDataFiles = async (files: string[]): Promise<void> => {
    const key = files.join('\n');
    if (!canWatch || key === watched) return;
    watched = key;
    watching?.dispose();
    watching = undefined;
    if (files.length === 0) return;
    watching = await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: files.map((f) => ({ globPattern: f })) });
  };

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLocale = params.locale;
    cache.lang = messageLang(cache.settings, clientLocale);
    canConfigure = Boolean(params.capabilities.workspace?.configuration);
    canWatch = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    pullDiagnostics = Boolean(params.capabilities.textDocument?.diagnostic);
    folders = (params.workspaceFolders ?? []).map((f) => safe('folder', '', () => fileURLToPath(f.uri))).filter(Boolean);
    if (folders.length === 0 && params.rootUri) folders = [fileURLToPath(params.rootUri)];
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND, INSERT_MISSING_KIND] },
        completionProvider: { triggerCharacters: TRIGGER_CHARACTERS },
        hoverProvider: true,
        documentSymbolProvider: { label: 'Jixiao' },
        foldingRangeProvider: true,
        executeCommandProvider: { commands: Object.values(COMMANDS) },
        ...(pullDiagnostics ? { diagnosticProvider: { identifier: 'jixiao', interFileDependencies: false, workspaceDiagnostics: false } } : {}),
      },
      serverInfo: { name: 'jixiao-language-server' },
    };
  });

  connection.onInitialized(() => {
    if (canConfigure) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'jixiao' });
    void reloadSettings();
  });
  connection.onDidChangeConfiguration(() => void reloadSettings());
  connection.onDidChangeWatchedFiles(() => void reloadSettings());

  documents.onDidChangeContent((e) => schedule(e.document.uri));
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    if (!pullDiagnostics) void connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });

  connection.languages.diagnostics.on((params) => {
    const a = safe('diagnostics', undefined, () => analysisOf(params.textDocument.uri));
    return { kind: DocumentDiagnosticReportKind.Full, items: a ? diagnosticsOf(a) : [] };
  });

  connection.onCodeAction((params) => {
    const a = analysisOf(params.textDocument.uri);
    return a ? safe('code actions', [], () => codeActions(a, params, cache.lang)) : [];
  });

  connection.onCompletion((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return [];
    return safe('completion', [], () => completionItems(cache.get(doc), doc.offsetAt(params.position), cache.lang, cache.library));
  });

  connection.onHover((params) => {
    const doc = documents.get(params.textDocument.uri);
    if (!doc) return null;
    return safe('hover', null, () => {
      const a = cache.get(doc);
      const h = hoverAt(a.report, doc.offsetAt(params.position));
      return h ? { contents: { kind: 'markdown' as const, value: h.contents[cache.lang] }, range: toRange(a.report.index, h.span) } : null;
    });
  });

  connection.onDocumentSymbol((params) => {
    const a = analysisOf(params.textDocument.uri);
    return a ? safe('symbols', [], () => documentSymbols(a)) : [];
  });

  connection.onFoldingRanges((params) => {
    const a = analysisOf(params.textDocument.uri);
    return a ? safe('folding', [], () => foldingRanges(a)) : [];
  });

  connection.onExecuteCommand(async (params) => {
    const uri = (params.arguments?.[0] as string | undefined) ?? '';
    const a = analysisOf(uri);
    if (!a) return { applied: false };
    const edit = params.command === COMMANDS.insertMissingSections ? insertMissingSectionsEdit(a) : params.command === COMMANDS.fixAll ? fixAllEdit(a) : undefined;
    if (!edit) return { applied: false };
    const result = await connection.workspace.applyEdit({ label: 'Jixiao', edit });
    return { applied: result.applied };
  });

  /** Templates a client can offer for a new report, and the text of one. */
  connection.onRequest('jixiao/templates', () =>
    safe('templates', [], () => cache.registry.list().map((t) => ({ id: t.id, name: t.name, source: t.source }))),
  );
  connection.onRequest('jixiao/newReport', (params: { templateId?: string; year?: number; unit?: string }) =>
    safe('newReport', null, () => {
      const t = (params.templateId && cache.registry.get(params.templateId)) || cache.registry.default;
      return { text: renderNewReport(t, { year: params.year ?? new Date().getFullYear() - 1, unit: params.unit ?? '（单位名称）' }), templateId: t.id };
    }),
  );

  documents.listen(connection);
  connection.listen();
  return connection;
}
