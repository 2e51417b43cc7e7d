// Entry point of `jixiao-language-server` (--stdio, --node-ipc or --socket=<port>).
import { startServer } from './server.js';

// keep serving: a bug in one request must not take the editor's checks down
process.on('uncaughtException', (e) => {
  process.stderr.write(`jixiao-language-server: uncaught: ${e.stack ?? String(e)}\n`);
});
process.on('unhandledRejection', (e) => {
  process.stderr.write(`jixiao-language-server: unhandled: ${(e as Error | undefined)?.stack ?? String(e)}\n`);
});

startServer();
