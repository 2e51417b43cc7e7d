// The framing of JSON-RPC over stdio, checked as the bytes arrive. vscode-jsonrpc reports a malformed
// header (`Content-Length: abc`, a line without a colon) as an error and reads on out of step with the
// stream: every later message is lost, and the server lives on, deaf. So the server checks every
// header itself, strictly (digits only, a header of at most MAX_HEADER bytes), skipping the bodies, and
// on the first bad one says why on stderr and exits: the editor's client restarts it with a clean
// stream (VS Code's does; see client/src/extension.ts).
import { writeSync } from 'node:fs';

/** A header longer than this is not one a client sends. */
export const MAX_HEADER = 4096;

const END = '\r\n\r\n';
const clip = (s: string): string => JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s);

/** The Content-Length of a header block (without its blank line), or why the block is malformed. */
export function contentLength(header: string): number | string {
  let length: number | string = 'no Content-Length field';
  for (const field of header.split('\r\n')) {
    const colon = field.indexOf(':');
    if (colon <= 0) return `a header line without "name: value": ${clip(field)}`;
    if (field.slice(0, colon).trim().toLowerCase() !== 'content-length') continue;
    const value = field.slice(colon + 1).trim();
    length = /^\d{1,9}$/.test(value) ? Number(value) : `Content-Length must be a number of bytes, not ${clip(value)}`;
  }
  return length;
}

/**
 * Follows the stream's framing chunk by chunk: headers are read byte by byte (they are short), bodies
 * skipped by count. Calls `malformed` once, with the reason, at the first header that is not right.
 */
export function framingChecker(malformed: (reason: string) => void): (chunk: Uint8Array) => void {
  let header = '';
  let body = 0; // bytes of the current body still to come
  let failed = false;
  return (chunk) => {
    for (let i = 0; i < chunk.length && !failed;) {
      if (body > 0) {
        const n = Math.min(body, chunk.length - i);
        body -= n;
        i += n;
        continue;
      }
      header += String.fromCharCode(chunk[i++] as number);
      if (header.endsWith(END)) {
        const length = contentLength(header.slice(0, -END.length));
        header = '';
        if (typeof length === 'number') body = length;
        else {
          failed = true;
          malformed(length);
        }
      } else if (header.length > MAX_HEADER) {
        failed = true;
        malformed(`a header longer than ${MAX_HEADER} bytes (no blank line ends it)`);
      }
    }
  };
}

/**
 * Says why on stderr (the protocol itself is what broke) and exits, so the client starts a new server.
 * Written synchronously: process.stderr on a pipe is asynchronous on some systems, and exit would cut it.
 */
export function exitMalformed(reason: string): never {
  writeSync(
    2,
    `jixiao-language-server: 收到的消息格式有误（${reason}），服务器退出，由编辑器重新启动。\nMalformed message from the client (${reason}); the server exits ` +
      `so that the editor restarts it.\n`,
  );
  process.exit(1);
}
