// A malformed message header over stdio (`Content-Length: abc`, a line without a colon, a header
// that never ends) used to leave the server alive but deaf: vscode-jsonrpc reported it and read on out
// of step, losing every later message. Now the server says why on stderr and exits non-zero, so the
// client restarts it. Both places are covered: the first message (read by the entry point itself,
// early-initialize.ts) and any later one (after the LSP library took over).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.js';

const SERVER = join(ROOT, 'bin', 'jixiao-language-server.cjs');

const frame = (m: object): string => {
  const body = JSON.stringify(m);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};
const INITIALIZE = frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } });
const INITIALIZED = frame({ jsonrpc: '2.0', method: 'initialized', params: {} });

/**
 * Sends `input` and keeps stdin open (an editor does not close it): the server must end by itself.
 * Resolves with its exit code and stderr, or null when it is still running after `ms`.
 */
function feed(input: string, ms = 8000): Promise<{ code: number | null; stderr: string } | null> {
  const proc = spawn(process.execPath, [SERVER, '--stdio'], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, JIXIAO_CACHE_DIR: 'off' },
  });
  let stderr = '';
  proc.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  proc.stdout.resume();
  proc.stdin.write(input);
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      proc.kill();
      resolve(null);
    }, ms);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

const CASES: [what: string, input: string, reason: RegExp][] = [
  ['Content-Length: abc as the first message', 'Content-Length: abc\r\n\r\n{}', /Content-Length must be a number of bytes, not "abc"/],
  ['Content-Length: abc after initialize', `${INITIALIZE}${INITIALIZED}Content-Length: abc\r\n\r\n{}`, /not "abc"/],
  [
    'Content-Length: 12abc after initialize (the library reads 12)',
    `${INITIALIZE}Content-Length: 12abc\r\n\r\n{"jsonrpc":"2.0"}`,
    /not "12abc"/,
  ],
  ['a negative length', `${INITIALIZE}Content-Length: -5\r\n\r\n{}`, /not "-5"/],
  ['no Content-Length at all', `${INITIALIZE}Content-Type: application/vscode-jsonrpc\r\n\r\n{}`, /no Content-Length field/],
  ['a header line without a colon', `${INITIALIZE}Content-Length 2\r\n\r\n{}`, /a header line without "name: value"/],
  [
    'a header that never ends (bare \\n line ends)',
    `${INITIALIZE}Content-Length: 2\n\n{}${'x'.repeat(5000)}`,
    /a header longer than 4096 bytes/,
  ],
  ['a body that is not JSON, after initialize', `${INITIALIZE}Content-Length: 3\r\n\r\nabc`, /Malformed message from the client/],
];

for (const [what, input, reason] of CASES) {
  test(`stdio, ${what}: the reason on stderr, and exit code 1`, async () => {
    const result = await feed(input);
    assert.ok(result, 'the server is still running 8 s later: alive but deaf');
    assert.equal(result.code, 1);
    assert.match(result.stderr, /收到的消息格式有误/);
    assert.match(result.stderr, reason);
    assert.ok(result.stderr.length < 1000, `a short message, not a stack trace: ${result.stderr}`);
  });
}

test('stdio: header-like text inside a body is not mistaken for bad framing', async () => {
  const tricky = frame({ jsonrpc: '2.0', method: 'x/unknown', params: { text: 'Content-Length: abc\r\n\r\n' } });
  const result = await feed(`${INITIALIZE}${tricky}${INITIALIZED}`, 2000);
  assert.equal(result, null, `the server ended: ${result?.stderr}`);
});
