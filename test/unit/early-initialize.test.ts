// The entry point reads the first message's framing itself (early-initialize.ts): what it can read it
// answers, what it cannot it leaves to the LSP library or the framing check, and it never mistakes a partial message for a
// whole one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstBody } from '../../server/src/lsp/early-initialize.js';

const b = (s: string): Buffer => Buffer.from(s, 'utf8');

test('a complete first message: its body, whatever the header order and case', () => {
  assert.equal(firstBody(b('Content-Length: 2\r\n\r\n{}')), '{}');
  assert.equal(
    firstBody(b('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length:2\r\n\r\n{}Content-Length: 5')),
    '{}',
  );
});

test('the length counts bytes, not characters', () => {
  const body = '{"a":"绩效"}';
  assert.equal(firstBody(b(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`)), body);
  assert.equal(firstBody(b(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body.slice(0, -2)}`)), undefined);
});

test('more bytes needed: a header or body cut short', () => {
  assert.equal(firstBody(b('Content-Len')), undefined);
  assert.equal(firstBody(b('Content-Length: 10\r\n\r\n{}')), undefined);
});

test('never readable: a malformed header (the framing check ends the server, framing.ts)', () => {
  assert.equal(firstBody(b('Content-Type: x\r\n\r\n{}')), null, 'no length');
  assert.equal(firstBody(b('Content-Length: -3\r\n\r\n{}')), null);
  assert.equal(firstBody(b('Content-Length: 1e3\r\n\r\n{}')), null, 'digits only');
  assert.equal(firstBody(b('x'.repeat(5000))), null, 'no header end in 5,000 bytes');
});
