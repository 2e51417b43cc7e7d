// The framing check of the stdio stream (framing.ts): every header read strictly, every body skipped
// by its byte count, however the bytes are split into chunks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentLength, framingChecker } from '../../server/src/lsp/framing.js';

const frame = (body: string): Buffer =>
  Buffer.concat([Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n`), Buffer.from(body)]);

/** Feeds `bytes` in chunks of `size`; returns the reasons reported. */
function check(bytes: Buffer, size: number): string[] {
  const reasons: string[] = [];
  const feed = framingChecker((r) => reasons.push(r));
  for (let i = 0; i < bytes.length; i += size) feed(bytes.subarray(i, i + size));
  return reasons;
}

test('contentLength: digits only, the last field wins, names in any case, other fields allowed', () => {
  assert.equal(contentLength('Content-Length: 42'), 42);
  assert.equal(contentLength('content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:7'), 7);
  assert.equal(contentLength('Content-Length: abc'), 'Content-Length must be a number of bytes, not "abc"');
  assert.match(String(contentLength('Content-Length: 1e3')), /not "1e3"/);
  assert.match(String(contentLength('Content-Length: 1234567890')), /not "1234567890"/, 'more than 9 digits: no client sends a gigabyte');
  assert.equal(contentLength('Content-Type: x'), 'no Content-Length field');
  assert.match(String(contentLength('Content-Length 2')), /without "name: value"/);
});

test('well-framed messages pass whatever the chunking, bodies with header-like text and multi-byte characters included', () => {
  const bytes = Buffer.concat([frame('{"a":"绩效"}'), frame('{"text":"Content-Length: abc\\r\\n\\r\\n"}'), frame('')]);
  for (const size of [1, 2, 3, 7, 64, bytes.length]) assert.deepEqual(check(bytes, size), [], `chunks of ${size}`);
});

test('the first bad header is reported once, whatever the chunking, and nothing after it', () => {
  const bytes = Buffer.concat([frame('{}'), Buffer.from('Content-Length: abc\r\n\r\n{}'), Buffer.from('Content-Length: x\r\n\r\n')]);
  for (const size of [1, 5, bytes.length])
    assert.deepEqual(check(bytes, size), ['Content-Length must be a number of bytes, not "abc"'], `chunks of ${size}`);
});

test('a header without its blank line is given up after 4,096 bytes, not buffered for ever', () => {
  assert.deepEqual(check(Buffer.from(`Content-Length: 2\n\n{}${'x'.repeat(4100)}`), 1000), [
    'a header longer than 4096 bytes (no blank line ends it)',
  ]);
  assert.deepEqual(check(Buffer.from('Content-Length: 2\r\n'.repeat(200)), 100), [], 'long but under the limit: still a header');
});
