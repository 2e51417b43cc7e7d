// The Jixiao language server's wiring (dist/connection.cjs): the connection, the documents, and the
// `initialize` answer. The rest (session.ts: the engine — remark, zod, templates, rules; a bundle of
// its own, dist/session.cjs) is loaded once `initialize` is answered, so the editor has the
// capabilities at once; anything that arrives meanwhile waits for the load, in order.
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  WorkDoneProgress,
  type Connection,
  type InitializeParams,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CheckWorkspaceRequest,
  ExportWordRequest,
  ImportWordRequest,
  NewReportRequest,
  StatusNotification,
  TemplatesRequest,
} from '../../../shared/protocol.js';
import { initializeResult } from './capabilities.js';
import { connect } from './connect.js';
import type { EarlyStart } from './early-initialize.js';
import { join } from 'node:path';
import { requireBundle } from '../load/code-cache.js';
import type { Session } from './session.js';

const SAVE_CACHE_AFTER_MS = 5000;

/** The engine's bundle, through the code cache; saved a while after loading, when the first checks have compiled more of it. */
function loadSession(connection: Connection): typeof import('./session.js') {
  const start = performance.now();
  const loaded = requireBundle<typeof import('./session.js')>(join(__dirname, 'session.cjs'));
  connection.console.info(
    `jixiao: engine loaded in ${(performance.now() - start).toFixed(0)} ms (code cache: ` +
      `${loaded.cache}${loaded.cacheFile ? `, ${loaded.cacheFile}` : ''})`,
  );
  setTimeout(() => loaded.save(), SAVE_CACHE_AFTER_MS).unref();
  // a bundle loaded through the code cache cannot import() pdf.js itself (load/code-cache.ts): this file can
  loaded.exports.usePdfImporter(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
  return loaded.exports;
}

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

/** Starts serving; `early` is what the entry point read and answered before the library was loaded. */
export function startServer(early?: EarlyStart): Connection {
  const connection = connect(early);
  const documents = new TextDocuments({ create: TextDocument.create, update: updateClamped });
  let params: InitializeParams = { processId: null, rootUri: null, capabilities: {} };
  let loading: Promise<Session> | undefined;
  const session = (): Promise<Session> =>
    (loading ??= Promise.resolve()
      .then(() => loadSession(connection))
      .then((m) =>
        m.createSession({
          connection,
          documents,
          params,
          registerConfiguration: () => void connection.client.register(DidChangeConfigurationNotification.type, { section: 'jixiao' }),
          watchFiles: (files) =>
            connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: files.map((globPattern) => ({ globPattern })) }),
          sendStatus: (status) => void connection.sendNotification(StatusNotification, status),
          sendProgress: (token, value) => void connection.sendProgress(WorkDoneProgress.type, token, value),
        }),
      ));
  /** Runs `f` on the session; continuations run in the order the messages came. */
  const on =
    <P extends unknown[], R>(f: (s: Session, ...args: P) => R) =>
    async (...args: P): Promise<Awaited<R>> =>
      await f(await session(), ...args);

  connection.onInitialize((p) => {
    params = p;
    return initializeResult(p);
  });
  connection.onInitialized(on((s) => s.initialized()));
  connection.onDidChangeConfiguration(on((s) => s.configurationChanged()));
  connection.onDidChangeWatchedFiles(on((s) => s.reloadSettings()));
  documents.onDidChangeContent(on((s, e) => s.changed(e.document.uri)));
  documents.onDidClose(on((s, e) => s.closed(e.document.uri)));
  connection.languages.diagnostics.on(on((s, p) => s.diagnostics(p)));
  connection.onCodeAction(on((s, p) => s.codeActions(p)));
  connection.onCompletion(on((s, p) => s.completion(p)));
  connection.onHover(on((s, p) => s.hover(p)));
  connection.onDocumentSymbol(on((s, p) => s.symbols(p)));
  connection.onFoldingRanges(on((s, p) => s.folding(p)));
  connection.onDocumentFormatting(on((s, p) => s.formatting(p)));
  connection.onDocumentRangeFormatting(on((s, p) => s.formatting(p)));
  connection.onExecuteCommand(on((s, p) => s.executeCommand(p)));
  connection.onRequest(
    TemplatesRequest,
    on((s, p) => s.templates(p)),
  );
  connection.onRequest(
    NewReportRequest,
    on((s, p) => s.newReport(p)),
  );
  connection.onRequest(
    ImportWordRequest,
    on((s, p) => s.importWord(p)),
  );
  connection.onRequest(
    ExportWordRequest,
    on((s, p) => s.exportWord(p)),
  );
  connection.onRequest(
    CheckWorkspaceRequest,
    on((s, p, token) => s.checkWorkspace(p, token)),
  );

  documents.listen(connection);
  connection.listen();
  early?.replay();
  return connection;
}
