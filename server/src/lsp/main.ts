// Entry point of `jixiao-language-server` (--stdio, --node-ipc or --socket=<port>).
import { startServer } from './server.js';

process.on('uncaughtException', (e) => {
  // keep serving: a bug in one request must not take the editor's checks down
  process.stderr.write(`jixiao-language-server: uncaught: ${e.stack ?? String(e)}\n`);
});

startServer();
