// Entry point of `jixiao-language-server` (--stdio, --node-ipc, --socket=<port> or --pipe=<name>). Over
// stdio and Node IPC it answers `initialize` before loading the LSP library (early-initialize.ts); the
// library and the server's wiring are dist/connection.cjs, and the engine dist/session.cjs, loaded
// once the first check needs it (server.ts).
import { join } from 'node:path';
import { initializeResult } from './capabilities.js';
import { answerInitializeEarly, type EarlyStart } from './early-initialize.js';
import { tuneHeap } from './tune-heap.js';
import { transportOf, USAGE } from './transport.js';

// keep serving: a bug in one request must not take the editor's checks down
process.on('uncaughtException', (e) => {
  process.stderr.write(`jixiao-language-server: uncaught: ${e.stack ?? String(e)}\n`);
});
process.on('unhandledRejection', (e) => {
  process.stderr.write(`jixiao-language-server: unhandled: ${(e as Error | undefined)?.stack ?? String(e)}\n`);
});

const transport = transportOf(process.argv.slice(2));
if (!transport) {
  process.stderr.write(USAGE);
  process.exit(2);
}

async function start(): Promise<void> {
  let early: EarlyStart | undefined;
  if (transport === 'stdio' || transport === 'node-ipc') early = await answerInitializeEarly(transport, initializeResult);
  // a path the bundler leaves alone: the library stays out of this file
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS bundle, by a path esbuild leaves alone
  const { startServer } = require(join(__dirname, 'connection.cjs')) as typeof import('./server.js');
  startServer(early);
  tuneHeap();
}

void start();
