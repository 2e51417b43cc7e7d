// `initialize` answered before the LSP library is loaded. Loading vscode-languageserver (its protocol
// tables, and Node's net, child_process and crypto it requires) takes about 50 ms, and its answer is
// known without it (capabilities.ts). So the entry point reads the first message itself, answers it
// if it is `initialize`, and keeps every byte or message it read; once the library listens, `replay`
// hands them to it in order. The library then handles `initialize` as usual (it keeps the client's
// capabilities and process id), and its own answer, a second one to the same request, is dropped
// (`answered`, see server.ts). Another message first is simply replayed unanswered, and the library
// answers as it always would. Over stdio every byte, before and after the replay, also passes the
// framing check (framing.ts): a malformed header ends the server, which the client then restarts.
import type { InitializeParams, InitializeResult } from 'vscode-languageserver-protocol';
import { contentLength, exitMalformed, framingChecker, MAX_HEADER } from './framing.js';

export interface EarlyStart {
  transport: 'stdio' | 'node-ipc';
  /** The id of the `initialize` request already answered, if it was. */
  answered: number | string | undefined;
  /** Gives what was read to the library, which must be listening by now. */
  replay(): void;
}

type Answer = (params: InitializeParams) => InitializeResult;

interface Request {
  id?: number | string | null;
  method?: string;
  params?: unknown;
}

const response = (id: number | string, result: InitializeResult): object => ({ jsonrpc: '2.0', id, result });

/** The answer, or undefined when the message is not an `initialize` request or answering fails. */
function answerIf(message: Request | undefined, answer: Answer): { id: number | string; result: InitializeResult } | undefined {
  if (message?.method !== 'initialize' || (typeof message.id !== 'number' && typeof message.id !== 'string')) return undefined;
  try {
    return { id: message.id, result: answer(message.params as InitializeParams) };
  } catch {
    return undefined;
  }
}

/**
 * The body of the first message in `buffer`: a string once it is complete, null when it will never be
 * one we can read (a malformed header: the framing check has ended the server by then), undefined
 * while more bytes are needed.
 */
export function firstBody(buffer: Buffer): string | null | undefined {
  const end = buffer.indexOf('\r\n\r\n');
  if (end < 0) return buffer.length > MAX_HEADER ? null : undefined;
  const length = contentLength(buffer.subarray(0, end).toString('latin1'));
  if (typeof length === 'string') return null;
  const start = end + 4;
  return buffer.length < start + length ? undefined : buffer.subarray(start, start + length).toString('utf8');
}

function parse(body: string): Request | undefined {
  try {
    const m = JSON.parse(body) as unknown;
    return m && typeof m === 'object' ? m : undefined;
  } catch {
    return undefined;
  }
}

// Both transports record everything that arrives until `replay`: after the first message, the next
// may be emitted before the library listens (IPC messages come one per process.nextTick, ahead of the
// promise that starts the library).

function overStdio(answer: Answer): Promise<EarlyStart> {
  const input = process.stdin;
  const checkFraming = framingChecker(exitMalformed);
  const seen: (Buffer | null)[] = []; // null: the input ended
  let buffer: Buffer | undefined = Buffer.alloc(0); // undefined once the first message is handled
  let recording = true; // until the replay; the framing check goes on for good
  let replaying = false; // the replayed chunks pass this listener again: checked once already
  return new Promise((resolve) => {
    const finish = (answered: number | string | undefined): void => {
      buffer = undefined;
      resolve({
        transport: 'stdio',
        answered,
        replay: () => {
          input.off('end', onEnd);
          recording = false;
          replaying = true;
          for (const chunk of seen) {
            if (chunk) input.emit('data', chunk);
            else input.emit('end');
          }
          replaying = false;
        },
      });
    };
    const onData = (chunk: Buffer): void => {
      if (replaying) return;
      checkFraming(chunk);
      if (!recording) return;
      seen.push(chunk);
      if (!buffer) return;
      buffer = buffer.length === 0 ? chunk : Buffer.concat([buffer, chunk]);
      const body = firstBody(buffer);
      if (body === undefined) return;
      const answered = answerIf(body === null ? undefined : parse(body), answer);
      if (answered) {
        const json = JSON.stringify(response(answered.id, answered.result));
        process.stdout.write(`Content-Length: ${Buffer.byteLength(json)}\r\n\r\n${json}`);
      }
      finish(answered?.id);
    };
    const onEnd = (): void => {
      seen.push(null);
      if (buffer) finish(undefined);
    };
    input.on('data', onData).on('end', onEnd);
  });
}

function overIpc(answer: Answer): Promise<EarlyStart> {
  const seen: unknown[] = [];
  return new Promise((resolve) => {
    const onMessage = (message: unknown): void => {
      seen.push(message);
      if (seen.length > 1) return;
      const answered = answerIf(message && typeof message === 'object' ? message : undefined, answer);
      if (answered) process.send?.(response(answered.id, answered.result));
      resolve({
        transport: 'node-ipc',
        answered: answered?.id,
        replay: () => {
          process.off('message', onMessage);
          for (const m of seen) process.emit('message', m, undefined);
        },
      });
    };
    process.on('message', onMessage);
  });
}

export function answerInitializeEarly(transport: 'stdio' | 'node-ipc', answer: Answer): Promise<EarlyStart> {
  return transport === 'stdio' ? overStdio(answer) : overIpc(answer);
}
