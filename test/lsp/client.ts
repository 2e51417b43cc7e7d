// A minimal LSP client for the tests: spawns the built server over stdio and speaks real JSON-RPC to
// it, answering the server's own requests (configuration, registration, applyEdit) as an editor would.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import {
  createMessageConnection,
  ResponseError,
  StreamMessageReader,
  StreamMessageWriter,
  type DataCallback,
  type Disposable,
  type Message,
  type MessageConnection,
  type RequestMessage,
  type ResponseMessage,
} from 'vscode-languageserver-protocol/node';
import type {
  Diagnostic,
  LogMessageParams,
  PublishDiagnosticsParams,
  Registration,
  ShowMessageParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ROOT } from '../helpers.js';

/** A diagnostic's message as text (LSP 3.18 lets it be Markdown content too); '' when there is none. */
export const messageOf = (d: Diagnostic | undefined): string =>
  d === undefined ? '' : typeof d.message === 'string' ? d.message : d.message.value;

export interface ClientOptions {
  locale?: string;
  pull?: boolean;
  settings?: Record<string, unknown>;
  rootPath?: string;
  /** The workspace folders (default: rootPath alone). */
  folders?: string[];
  /** Extra environment for the server process. */
  env?: Record<string, string>;
  /** Advertise dynamic registration of workspace/didChangeWatchedFiles (as VS Code does). */
  watchFiles?: boolean;
  /** The server's entry file (default: bin/jixiao-language-server.cjs). */
  serverPath?: string;
}

/** Wire-level record of the requests this client sent and the responses the server sent back. */
export class WireLog {
  readonly requests = new Map<number | string, string>();
  readonly responses = new Map<number | string, ResponseMessage>();
}

const isRequest = (m: Message): m is RequestMessage => 'method' in m && 'id' in m && (m as RequestMessage).id !== undefined;
const isResponse = (m: Message): m is ResponseMessage => !('method' in m) && 'id' in m;

class RecordingReader extends StreamMessageReader {
  constructor(
    readable: NodeJS.ReadableStream,
    private readonly log: WireLog,
  ) {
    super(readable);
    // vscode-jsonrpc re-arms its partial-message timer for ever while a message the server was killed
    // in the middle of stays in its buffer, and disposing the reader does not stop it: that kept a test
    // file's process alive after its last test. Tests never listen for partial messages.
    this.partialMessageTimeout = 0;
  }

  override listen(callback: DataCallback): Disposable {
    return super.listen((m) => {
      if (isResponse(m) && m.id !== null) this.log.responses.set(m.id, m);
      callback(m);
    });
  }
}

class RecordingWriter extends StreamMessageWriter {
  constructor(
    writable: NodeJS.WritableStream,
    private readonly log: WireLog,
  ) {
    super(writable);
  }

  override write(m: Message): Promise<void> {
    if (isRequest(m) && m.id !== null) this.log.requests.set(m.id, m.method);
    return super.write(m);
  }
}

export class TestClient {
  readonly connection: MessageConnection;
  readonly process: ChildProcess;
  /** The `jixiao` settings at workspace level: the answer to a workspace/configuration item without scopeUri. */
  settings: Record<string, unknown>;
  /** A folder's own `jixiao` settings, by folder uri: laid over `settings` for an item scoped to that folder (as VS Code does). */
  readonly folderSettings = new Map<string, Record<string, unknown>>();
  /** Every workspace/configuration item the server asked for. */
  readonly configurationItems: { section?: string; scopeUri?: string }[] = [];
  /** While true, workspace/configuration is answered with an error, as a failing editor would. */
  failConfiguration = false;
  readonly messages: ShowMessageParams[] = [];
  readonly appliedEdits: WorkspaceEdit[] = [];
  readonly docs = new Map<string, TextDocument>();
  /** Every request sent and every response received, by id. */
  readonly wire = new WireLog();
  /** client/registerCapability registrations the server asked for. */
  readonly registrations: Registration[] = [];
  /** window/logMessage errors (type 1). */
  readonly errorLogs: string[] = [];
  /** Every window/logMessage text. */
  readonly logs: string[] = [];
  /** How many publishDiagnostics notifications arrived, per uri. */
  readonly publishCount = new Map<string, number>();
  private readonly histories = new Map<string, PublishDiagnosticsParams[]>();
  private readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  private waiters: (() => void)[] = [];
  stderr = '';

  constructor(readonly options: ClientOptions = {}) {
    this.settings = options.settings ?? {};
    this.process = spawn(process.execPath, [options.serverPath ?? join(ROOT, 'bin', 'jixiao-language-server.cjs'), '--stdio'], {
      stdio: ['pipe', 'pipe', 'pipe'],
      // no code cache in the user's home from the tests, unless a test asks for one (code-cache.test.ts)
      env: { ...process.env, JIXIAO_CACHE_DIR: 'off', ...options.env },
    });
    this.process.stderr?.on('data', (d: Buffer) => (this.stderr += d.toString()));
    this.connection = createMessageConnection(
      new RecordingReader(this.process.stdout!, this.wire),
      new RecordingWriter(this.process.stdin!, this.wire),
    );
    this.connection.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
      this.diagnostics.set(p.uri, p);
      this.publishCount.set(p.uri, (this.publishCount.get(p.uri) ?? 0) + 1);
      this.histories.get(p.uri)?.push(p);
      this.wake();
    });
    this.connection.onNotification('window/showMessage', (p: ShowMessageParams) => {
      this.messages.push(p);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', (p: LogMessageParams) => {
      if (p.type === 1) this.errorLogs.push(p.message);
      this.logs.push(p.message);
      this.wake();
    });
    this.connection.onRequest('workspace/configuration', (p: { items: { section?: string; scopeUri?: string }[] }) => {
      this.configurationItems.push(...p.items);
      if (this.failConfiguration) throw new ResponseError(-32603, 'the editor could not read its settings');
      return p.items.map((item) => this.settingsFor(item.scopeUri));
    });
    this.connection.onRequest('client/registerCapability', (p: { registrations: Registration[] }) => {
      this.registrations.push(...p.registrations);
      this.wake();
      return null;
    });
    this.connection.onRequest('window/showMessageRequest', (p: ShowMessageParams) => {
      this.messages.push(p);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.wake();
      return null;
    });
    this.connection.onRequest('workspace/applyEdit', (p: { edit: WorkspaceEdit }) => {
      this.appliedEdits.push(p.edit);
      this.applyWorkspaceEdit(p.edit);
      return { applied: true };
    });
    this.connection.listen();
  }

  /** The settings that apply to a resource: its folder's over the workspace's. */
  private settingsFor(scopeUri: string | undefined): unknown {
    const folder =
      scopeUri === undefined ? undefined : [...this.folderSettings.keys()].find((f) => scopeUri === f || scopeUri.startsWith(`${f}/`));
    const own = folder === undefined ? undefined : this.folderSettings.get(folder);
    return own && this.settings && typeof this.settings === 'object' ? { ...this.settings, ...own } : this.settings;
  }

  private wake(): void {
    const w = this.waiters;
    this.waiters = [];
    w.forEach((f) => f());
  }

  /**
   * Resolves when `ready()` holds, re-checking on every notification; fails after a timeout, by the monotonic clock
   * (a wall clock stepped by the system must not end a wait early).
   */
  async until<T>(ready: () => T | undefined, what: string, ms = 5000): Promise<T> {
    const deadline = performance.now() + ms;
    for (;;) {
      const v = ready();
      if (v !== undefined) return v;
      if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}; server stderr:\n${this.stderr}`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 50);
      });
    }
  }

  async initialize(): Promise<Record<string, unknown>> {
    const root = this.options.rootPath ?? ROOT;
    const result = await this.connection.sendRequest<{ capabilities: Record<string, unknown> }>('initialize', {
      processId: process.pid,
      locale: this.options.locale ?? 'zh-cn',
      rootUri: `file://${root}`,
      workspaceFolders: (this.options.folders ?? [root]).map((f, i) => ({ uri: `file://${f}`, name: `ws${i}` })),
      capabilities: {
        workspace: {
          configuration: true,
          applyEdit: true,
          didChangeConfiguration: { dynamicRegistration: true },
          diagnostics: { refreshSupport: true },
          ...(this.options.watchFiles ? { didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true } } : {}),
        },
        textDocument: {
          synchronization: { dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true },
          ...(this.options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
          completion: { completionItem: { snippetSupport: false } },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    });
    await this.connection.sendNotification('initialized', {});
    return result.capabilities;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    this.docs.set(uri, TextDocument.create(uri, 'markdown', version, text));
    this.diagnostics.delete(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  /** Sends an incremental change and applies it locally. */
  async change(uri: string, edits: TextEdit[]): Promise<void> {
    const doc = this.docs.get(uri)!;
    const version = doc.version + 1;
    const next = TextDocument.create(uri, 'markdown', version, TextDocument.applyEdits(doc, edits));
    this.docs.set(uri, next);
    // LSP applies content changes one after another: send them last-first so ranges stay valid
    const sorted = [...edits].sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: sorted.map((e) => ({ range: e.range, text: e.newText })),
    });
  }

  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
      const doc = this.docs.get(uri);
      if (doc) this.docs.set(uri, TextDocument.create(uri, 'markdown', doc.version, TextDocument.applyEdits(doc, edits)));
    }
  }

  text(uri: string): string {
    return this.docs.get(uri)!.getText();
  }

  /** The published diagnostics of the document's current version. */
  async diagnosticsOf(uri: string): Promise<Diagnostic[]> {
    const version = this.docs.get(uri)?.version;
    const p = await this.until(() => {
      const d = this.diagnostics.get(uri);
      return d && (d.version === undefined || d.version === version) ? d : undefined;
    }, `diagnostics of ${uri} v${version}`);
    return p.diagnostics;
  }

  /** Waits for published diagnostics of the current version that satisfy `ok` (settings apply asynchronously). */
  async diagnosticsWhere(uri: string, ok: (d: Diagnostic[]) => boolean, what: string): Promise<Diagnostic[]> {
    const version = this.docs.get(uri)?.version;
    const p = await this.until(() => {
      const d = this.diagnostics.get(uri);
      return d && (d.version === undefined || d.version === version) && ok(d.diagnostics) ? d : undefined;
    }, what);
    return p.diagnostics;
  }

  /** The last publishDiagnostics for `uri`, whatever its version (undefined if none arrived). */
  published(uri: string): PublishDiagnosticsParams | undefined {
    return this.diagnostics.get(uri);
  }

  /** From now on keeps every publishDiagnostics for `uri`, in order of arrival, in the returned array. */
  trackHistory(uri: string): PublishDiagnosticsParams[] {
    const h: PublishDiagnosticsParams[] = [];
    this.histories.set(uri, h);
    return h;
  }

  /** Forgets what was published for `uri`, so the next wait sees only newer notifications. */
  forgetDiagnostics(uri: string): void {
    this.diagnostics.delete(uri);
  }

  /** Whether the server process is still running. */
  alive(): boolean {
    return this.process.exitCode === null && this.process.signalCode === null;
  }

  async request<T>(method: string, params: unknown): Promise<T> {
    return this.connection.sendRequest<T>(method, params);
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // already gone
    }
    this.connection.dispose();
    this.process.kill();
  }
}
