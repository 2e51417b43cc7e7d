// The connection over the transport the entry point chose (main.ts), after it has answered
// `initialize` itself over stdio or Node IPC (early-initialize.ts).
import { format } from 'node:util';
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  Message,
  StreamMessageReader,
  StreamMessageWriter,
  type Connection,
  type MessageWriter,
} from 'vscode-languageserver/node';
import type { EarlyStart } from './early-initialize.js';
import { exitMalformed } from './framing.js';

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
 * and the server ends with its input. A message the reader cannot read (a body that is not JSON; the
 * headers are checked before, framing.ts) is lost, and the client would wait for its answer for ever:
 * the server exits instead, and the client restarts it.
 */
export function connect(early: EarlyStart | undefined): Connection {
  if (!early) return createConnection(); // --socket, --pipe: the library reads the command line
  if (early.transport === 'node-ipc')
    return createConnection(new IPCMessageReader(process), withoutSecondAnswer(new IPCMessageWriter(process), early.answered));
  const reader = new StreamMessageReader(process.stdin);
  reader.onError((e) => exitMalformed(e.message));
  const connection = createConnection(reader, withoutSecondAnswer(new StreamMessageWriter(process.stdout), early.answered));
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
