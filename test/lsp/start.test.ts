// The server's start: over stdio and Node IPC the entry point answers `initialize` before the LSP
// library is loaded, then hands everything it read to the library. Asserted at the wire: one answer
// per request, the same answer as the library's own (over a socket, where the library does it all),
// nothing lost or reordered when messages arrive together or a byte at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Socket } from 'node:net';
import { join } from 'node:path';
import { ROOT, readExample } from '../helpers.js';

const SERVER = join(ROOT, 'bin', 'jixiao-language-server.cjs');
const REPORT = readExample('2019-湛江市科技局-整体绩效自评报告.md');
const URI = 'file:///reports/2019.md';

type Json = Record<string, unknown>;

const INITIALIZE = {
  jsonrpc: '2.0',
  id: 1,
  method: 'initialize',
  params: { processId: null, rootUri: null, capabilities: { workspace: { configuration: false } } },
};
const INITIALIZED = { jsonrpc: '2.0', method: 'initialized', params: {} };
const DID_OPEN = {
  jsonrpc: '2.0',
  method: 'textDocument/didOpen',
  params: { textDocument: { uri: URI, languageId: 'markdown', version: 1, text: REPORT } },
};
const SHUTDOWN = { jsonrpc: '2.0', id: 2, method: 'shutdown', params: null };

const frame = (m: object): Buffer => {
  const body = Buffer.from(JSON.stringify(m), 'utf8');
  return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
};

/** Reads Content-Length framed messages from a byte stream. */
function framedReader(stream: NodeJS.ReadableStream, onMessage: (m: Json) => void): void {
  let buffer = Buffer.alloc(0);
  stream.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const end = buffer.indexOf('\r\n\r\n');
      if (end < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, end).toString('ascii'))?.[1]);
      if (buffer.length < end + 4 + length) return;
      onMessage(JSON.parse(buffer.subarray(end + 4, end + 4 + length).toString('utf8')) as Json);
      buffer = buffer.subarray(end + 4 + length);
    }
  });
}

/** Everything a server sent, and a way to wait for a message. */
class Wire {
  readonly received: Json[] = [];
  private waiters: (() => void)[] = [];

  push(m: Json): void {
    this.received.push(m);
    for (const w of this.waiters.splice(0)) w();
  }

  async until(what: string, pick: (m: Json) => boolean, ms = 15000): Promise<Json> {
    const deadline = Date.now() + ms;
    for (;;) {
      const found = this.received.find(pick);
      if (found) return found;
      if (Date.now() > deadline) {
        const names = this.received.map((m) => (typeof m.method === 'string' ? m.method : `response ${JSON.stringify(m.id)}`));
        throw new Error(`no ${what} within ${ms} ms; received: ${names.join(', ')}`);
      }
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  answersTo(id: number): Json[] {
    return this.received.filter((m) => m.id === id && !('method' in m));
  }
}

const isDiagnosticsOf = (m: Json): boolean => m.method === 'textDocument/publishDiagnostics' && (m.params as { uri: string }).uri === URI;

function overStdio(): { proc: ChildProcess; wire: Wire } {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, JIXIAO_CACHE_DIR: 'off' },
  });
  const wire = new Wire();
  framedReader(proc.stdout, (m) => wire.push(m));
  return { proc, wire };
}

const exited = (proc: ChildProcess): Promise<number | null> =>
  new Promise((resolve) => (proc.exitCode !== null ? resolve(proc.exitCode) : proc.on('exit', (code) => resolve(code))));

async function stop(proc: ChildProcess): Promise<void> {
  if (proc.exitCode === null) proc.kill();
  await exited(proc);
}

test('stdio: initialize, initialized and didOpen in one write: one answer, then the diagnostics', async () => {
  const { proc, wire } = overStdio();
  try {
    proc.stdin!.write(Buffer.concat([frame(INITIALIZE), frame(INITIALIZED), frame(DID_OPEN)]));
    const diagnostics = await wire.until('diagnostics of the opened report', isDiagnosticsOf);
    assert.ok((diagnostics.params as { diagnostics: unknown[] }).diagnostics.length > 0, 'the 2019 report has findings');
    assert.equal(wire.answersTo(1).length, 1, 'initialize is answered once');
    const result = wire.answersTo(1)[0]?.result as { capabilities: Json; serverInfo: Json };
    assert.equal(result.serverInfo.name, 'jixiao-language-server');
    assert.equal(result.capabilities.textDocumentSync, 2);
  } finally {
    await stop(proc);
  }
});

test('stdio: messages sent a byte at a time are all read, in order', async () => {
  const { proc, wire } = overStdio();
  try {
    const bytes = Buffer.concat([
      frame(INITIALIZE),
      frame(INITIALIZED),
      frame({ ...DID_OPEN, params: { textDocument: { ...DID_OPEN.params.textDocument, text: REPORT.slice(0, 400) } } }),
    ]);
    for (let i = 0; i < bytes.length; i++) {
      proc.stdin!.write(bytes.subarray(i, i + 1));
      if (i % 64 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    await wire.until('diagnostics of the opened report', isDiagnosticsOf);
    assert.equal(wire.answersTo(1).length, 1);
  } finally {
    await stop(proc);
  }
});

test('stdio: a first message other than initialize is left to the library, and nothing is answered twice', async () => {
  const { proc, wire } = overStdio();
  try {
    const cancel = { jsonrpc: '2.0', method: '$/cancelRequest', params: { id: 99 } };
    proc.stdin!.write(Buffer.concat([frame(cancel), frame(INITIALIZE), frame(SHUTDOWN)]));
    await wire.until('the answer to shutdown', (m) => m.id === 2);
    assert.equal(wire.answersTo(1).length, 1);
    assert.ok((wire.answersTo(1)[0]?.result as Json).capabilities);
  } finally {
    await stop(proc);
  }
});

test('stdio: the server ends with its input, with 0 after shutdown and 1 without', async () => {
  const clean = overStdio();
  clean.proc.stdin!.write(Buffer.concat([frame(INITIALIZE), frame(SHUTDOWN)]));
  await clean.wire.until('the answer to shutdown', (m) => m.id === 2);
  clean.proc.stdin!.end();
  assert.equal(await exited(clean.proc), 0);

  const abrupt = overStdio();
  abrupt.proc.stdin!.write(frame(INITIALIZE));
  await abrupt.wire.until('the answer to initialize', (m) => m.id === 1);
  abrupt.proc.stdin!.end();
  assert.equal(await exited(abrupt.proc), 1);
});

test('node-ipc (as VS Code starts it): one answer, then the diagnostics', async () => {
  const proc = fork(join(ROOT, 'dist', 'server.cjs'), ['--node-ipc'], {
    stdio: ['pipe', 'pipe', 'pipe', 'ipc'],
    env: { ...process.env, JIXIAO_CACHE_DIR: 'off' },
  });
  const wire = new Wire();
  proc.on('message', (m) => wire.push(m as Json));
  try {
    proc.send(INITIALIZE);
    proc.send(INITIALIZED);
    proc.send(DID_OPEN);
    await wire.until('diagnostics of the opened report', isDiagnosticsOf);
    assert.equal(wire.answersTo(1).length, 1);
  } finally {
    await stop(proc);
  }
});

test('the early answer is the one the library gives itself (over a socket, the library does it all)', async () => {
  const viaLibrary = await new Promise<Json>((resolve, reject) => {
    const server = createServer((socket: Socket) => {
      framedReader(socket, (m) => {
        if (m.id === 1) {
          resolve(m.result as Json);
          socket.destroy();
          server.close();
        }
      });
      socket.write(frame(INITIALIZE));
    });
    server.listen(0, '127.0.0.1', () => {
      const port = (server.address() as { port: number }).port;
      const proc = spawn(process.execPath, [SERVER, `--socket=${port}`], {
        stdio: 'ignore',
        env: { ...process.env, JIXIAO_CACHE_DIR: 'off' },
      });
      proc.on('error', reject);
      setTimeout(() => proc.kill(), 15000).unref();
      server.on('close', () => proc.kill());
    });
  });
  const { proc, wire } = overStdio();
  try {
    proc.stdin!.write(frame(INITIALIZE));
    const early = await wire.until('the answer to initialize', (m) => m.id === 1);
    assert.deepEqual(early.result, viaLibrary);
  } finally {
    await stop(proc);
  }
});

test('without a transport: what to pass, in Chinese and English, and exit code 2', () => {
  const proc = spawn(process.execPath, [SERVER], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return exited(proc).then((code) => {
    assert.equal(code, 2);
    assert.match(stderr, /需指定连接方式/);
    assert.match(stderr, /--stdio/);
    assert.match(stderr, /--node-ipc/);
    assert.ok(stderr.length < 2000, `a short message, not a stack trace: ${stderr.length} characters`);
  });
});
