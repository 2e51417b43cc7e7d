// Loaded into the language server by test/lsp/no-network.test.ts: any attempt to open a network
// connection or resolve a host name is written to stderr (and refused).
'use strict';
const net = require('node:net');
const dns = require('node:dns');
const report = (what) => {
  process.stderr.write(`NETWORK-ATTEMPT ${what}\n`);
  throw new Error(`network access refused in test: ${what}`);
};
const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function (...args) {
  // the stdio pipes are sockets too, but never connect(): anything that does is network
  const target = typeof args[0] === 'object' && args[0] !== null ? (args[0].path ?? `${args[0].host}:${args[0].port}`) : String(args[0]);
  report(`connect ${target}`);
  return connect.apply(this, args);
};
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6']) dns[name] = () => report(`dns.${name}`);
for (const mod of ['node:http', 'node:https']) {
  const m = require(mod);
  m.request = () => report(`${mod}.request`);
  m.get = () => report(`${mod}.get`);
}
