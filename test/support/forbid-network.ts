// Preloaded with `node --import` (through NODE_OPTIONS, so node child processes get it too): every way Node opens a
// socket, sends a datagram or resolves a host name is replaced by one that records the attempt on the file
// descriptor named by BC_LINT_TEST_NETWORK_LOG_FD, then throws.
import dgram from 'node:dgram';
import dns from 'node:dns';
import { writeSync } from 'node:fs';
import http from 'node:http';
import http2 from 'node:http2';
import https from 'node:https';
import { syncBuiltinESMExports } from 'node:module';
import net from 'node:net';
import tls from 'node:tls';

const logFd = Number(process.env.BC_LINT_TEST_NETWORK_LOG_FD);

function forbid(target: object, key: string, name: string): void {
  Object.defineProperty(target, key, {
    configurable: true,
    writable: true,
    value: function forbiddenNetworkAccess(): never {
      if (Number.isInteger(logFd) && logFd > 2) writeSync(logFd, `${name}\n`);
      throw new Error(`network access attempted: ${name}`);
    },
  });
}

forbid(net.Socket.prototype, 'connect', 'net.Socket#connect');
forbid(net, 'connect', 'net.connect');
forbid(net, 'createConnection', 'net.createConnection');
forbid(tls, 'connect', 'tls.connect');
forbid(dgram, 'createSocket', 'dgram.createSocket');
for (const [name, module] of [
  ['http', http],
  ['https', https],
] as const) {
  forbid(module, 'request', `${name}.request`);
  forbid(module, 'get', `${name}.get`);
}
forbid(http2, 'connect', 'http2.connect');
for (const key of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny']) {
  forbid(dns, key, `dns.${key}`);
  forbid(dns.promises, key, `dns.promises.${key}`);
}
forbid(globalThis, 'fetch', 'fetch');
// ESM named imports of builtins (import { connect } from 'node:net') read these exports, not the objects.
syncBuiltinESMExports();
