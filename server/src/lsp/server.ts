// The Jixiao language server's wiring (dist/connection.cjs): the connection, the documents, and the
// `initialize` answer. The rest (session.ts: the engine — remark, zod, templates, rules; a bundle of
// its own, dist/session.cjs) is loaded once `initialize` is answered, so the editor has the
// capabilities at once; anything that arrives meanwhile waits for the load, in order.
import { format } from 'node:util';
import {
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type MessageWriter,
  type Position,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { initializeResult } from './capabilities.js';
import type { EarlyStart } from './early-initialize.js';
import { join } from 'node:path';
import { requireBundle } from './code-cache.js';
import type { Session } from './session.js';

const SAVE_CACHE_AFTER_MS = 5000;

/** The engine's bundle, through the code cache; saved a while after loading, when the first checks have compiled more of it. */
function loadSession(connection: Connection): typeof import('./session.js') {
  const start = performance.now();
  const loaded = requireBundle<typeof import('./session.js')>(join(__dirname, 'session.cjs'));
  connection.console.info(`jixiao: engine loaded in ${(performance.now() - start).toFixed(0)} ms (code cache: ${loaded.cache}${loaded.cacheFile ? `, ${loaded.cacheFile}` : ''})`);
  setTimeout(loaded.save, SAVE_CACHE_AFTER_MS).unref();
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

/** The client has the answer to `initialize` already (early-initialize.ts): the library's, a second one, is dropped. */
function withoutSecondAnswer(writer: MessageWriter, answered: number | string | undefined): MessageWriter {
  let pending = answered;
  return {
    onError: writer.onError,
    onClose: writer.onClose,
    end: () => writer.end(),
    dispose: () => writer.dispose(),
    write: (m) => {
      if (pending !== undefined && Message.isResponse(m) && m.id === pending) {
        pending = undefined;
        return Promise.resolve();
      }
      return writer.write(m);
    },
  };
}

/**
 * The connection over the transport the entry point chose. Over stdio this does what the library does
 * when it reads `--stdio` itself: stdout is the protocol, so console output goes to the client's log,
 * and the server ends with its input.
 */
function connect(early: EarlyStart | undefined): Connection {
  if (!early) return createConnection(); // --socket, --pipe: the library reads the command line
  if (early.transport === 'node-ipc') return createConnection(new IPCMessageReader(process), withoutSecondAnswer(new IPCMessageWriter(process), early.answered));
  const connection = createConnection(new StreamMessageReader(process.stdin), withoutSecondAnswer(new StreamMessageWriter(process.stdout), early.answered));
  let shutdown = false;
  connection.onShutdown(() => {
    shutdown = true;
  });
  const exit = (): never => process.exit(shutdown ? 0 : 1);
  process.stdin.on('end', exit).on('close', exit);
  console.log = console.info = console.debug = (...args: unknown[]) => connection.console.log(format(...args));
  console.warn = (...args: unknown[]) => connection.console.warn(format(...args));
  console.error = (...args: unknown[]) => connection.console.error(format(...args));
  return connection;
}

/** Starts serving; `early` is what the entry point read and answered before the library was loaded. */
export function startServer(early?: EarlyStart): Connection {
  const connection = connect(early);
  const documents = new TextDocuments({ create: TextDocument.create, update: updateClamped });
  let params: InitializeParams = { processId: null, rootUri: null, capabilities: {} };
  let loading: Promise<Session> | undefined;
  const session = (): Promise<Session> =>
    (loading ??= Promise.resolve().then(() => loadSession(connection)).then((m) =>
      m.createSession({
        connection,
        documents,
        params,
        registerConfiguration: () => void connection.client.register(DidChangeConfigurationNotification.type, { section: 'jixiao' }),
        watchFiles: (files) => connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: files.map((globPattern) => ({ globPattern })) }),
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
  connection.onDidChangeConfiguration(on((s) => s.reloadSettings()));
  connection.onDidChangeWatchedFiles(on((s) => s.reloadSettings()));
  documents.onDidChangeContent(on((s, e) => s.changed(e.document.uri)));
  documents.onDidClose(on((s, e) => s.closed(e.document.uri)));
  connection.languages.diagnostics.on(on((s, p) => s.diagnostics(p)));
  connection.onCodeAction(on((s, p) => s.codeActions(p)));
  connection.onCompletion(on((s, p) => s.completion(p)));
  connection.onHover(on((s, p) => s.hover(p)));
  connection.onDocumentSymbol(on((s, p) => s.symbols(p)));
  connection.onFoldingRanges(on((s, p) => s.folding(p)));
  connection.onExecuteCommand(on((s, p) => s.executeCommand(p)));
  connection.onRequest('jixiao/templates', on((s) => s.templates()));
  connection.onRequest('jixiao/newReport', on((s, p: { templateId?: string; year?: number; unit?: string }) => s.newReport(p)));

  documents.listen(connection);
  connection.listen();
  early?.replay();
  return connection;
}
