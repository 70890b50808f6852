// Preloaded into the language server by the security test (NODE_OPTIONS=--require …/guard.cjs): records
// every network connection, DNS lookup, child process, module load and file system read or write the
// server makes, as JSON lines in $SR_GUARD_LOG. It changes nothing else: every call goes through.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');

const LOG = process.env.SR_GUARD_LOG;
// One descriptor opened before anything is wrapped; writeSync on it goes through no wrapper.
const fd = LOG ? fs.openSync(LOG, 'a') : -1;
const writeSync = fs.writeSync.bind(fs);
let recording = false;
function record(kind, what) {
  if (fd < 0 || recording) return;
  recording = true;
  try {
    writeSync(fd, `${JSON.stringify({ kind, what: typeof what === 'string' ? what : safe(what) })}\n`);
  } catch {
    // the log must never break the server
  } finally {
    recording = false;
  }
}
function safe(v) {
  try {
    return JSON.stringify(v, (_k, x) => (typeof x === 'function' ? '[function]' : x))?.slice(0, 300) ?? String(v);
  } catch {
    return String(v);
  }
}
const pathOf = (p) => (typeof p === 'string' ? p : Buffer.isBuffer(p) ? p.toString() : p instanceof URL ? p.pathname : typeof p === 'number' ? `fd:${p}` : String(p));

function wrap(obj, name, kind, describe) {
  const original = obj && obj[name];
  if (typeof original !== 'function') return;
  obj[name] = function guarded(...args) {
    record(kind, describe ? describe(args) : `${name}`);
    return original.apply(this, args);
  };
}

// Network and name lookups.
const net = require('node:net');
wrap(net.Socket.prototype, 'connect', 'net', (a) => `socket.connect ${safe(a[0])}`);
for (const f of ['connect', 'createConnection', 'createServer']) wrap(net, f, 'net', (a) => `net.${f} ${safe(a[0])}`);
for (const m of ['http', 'https', 'http2', 'tls', 'dgram']) {
  const mod = require(`node:${m}`);
  for (const f of ['request', 'get', 'connect', 'createSocket', 'createServer']) wrap(mod, f, 'net', (a) => `${m}.${f} ${safe(a[0])}`);
}
const dns = require('node:dns');
for (const f of Object.keys(dns)) if (/^(lookup|resolve)/.test(f)) wrap(dns, f, 'dns', (a) => `dns.${f} ${safe(a[0])}`);
for (const f of Object.keys(dns.promises)) if (/^(lookup|resolve)/.test(f)) wrap(dns.promises, f, 'dns', (a) => `dns.promises.${f} ${safe(a[0])}`);
if (typeof globalThis.fetch === 'function') wrap(globalThis, 'fetch', 'net', (a) => `fetch ${safe(a[0])}`);
if (typeof globalThis.WebSocket === 'function') wrap(globalThis, 'WebSocket', 'net', (a) => `WebSocket ${safe(a[0])}`);

// Processes.
const cp = require('node:child_process');
for (const f of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) wrap(cp, f, 'process', (a) => `${f} ${safe(a[0])}`);
for (const f of ['Worker']) {
  const wt = require('node:worker_threads');
  const Original = wt[f];
  if (typeof Original === 'function') wt[f] = new Proxy(Original, { construct(t, a, n) { record('process', `new Worker ${safe(a[0])}`); return Reflect.construct(t, a, n); } });
}
const vm = require('node:vm');
for (const f of ['runInNewContext', 'runInThisContext', 'runInContext', 'compileFunction']) wrap(vm, f, 'eval', () => `vm.${f}`);

// Code loaded after start-up (the bundle itself is already being loaded when this runs).
const load = Module._load;
Module._load = function guardedLoad(request, parent, isMain) {
  let resolved = request;
  try {
    resolved = Module._resolveFilename(request, parent, isMain);
  } catch {
    // let the real load report it
  }
  record('load', String(resolved));
  return load.apply(this, [request, parent, isMain]);
};

// The file system: writes and reads, with their paths.
const WRITES = ['writeFile', 'appendFile', 'mkdir', 'rename', 'rm', 'rmdir', 'unlink', 'copyFile', 'cp', 'symlink', 'link', 'truncate', 'createWriteStream', 'chmod', 'chown', 'utimes', 'mkdtemp'];
const READS = ['readFile', 'readdir', 'stat', 'lstat', 'open', 'opendir', 'createReadStream', 'realpath', 'access', 'exists', 'readlink'];
for (const base of WRITES) {
  for (const f of [base, `${base}Sync`]) wrap(fs, f, 'write', (a) => `${f} ${pathOf(a[0])}${f.startsWith('rename') || f.startsWith('copyFile') || f.startsWith('symlink') ? ` -> ${pathOf(a[1])}` : ''}`);
  wrap(fs.promises, base, 'write', (a) => `promises.${base} ${pathOf(a[0])}${base === 'rename' || base === 'copyFile' || base === 'symlink' ? ` -> ${pathOf(a[1])}` : ''}`);
}
for (const base of READS) {
  for (const f of [base, `${base}Sync`]) {
    const isOpen = base === 'open';
    wrap(fs, f, 'read', (a) => `${f} ${pathOf(a[0])}${isOpen && a[1] && !/^r$|^rs?\+?$/.test(String(a[1])) && a[1] !== 0 ? ` flags:${a[1]}` : ''}`);
  }
  wrap(fs.promises, base, 'read', (a) => `promises.${base} ${pathOf(a[0])}${base === 'open' && a[1] ? ` flags:${a[1]}` : ''}`);
}
record('ready', process.pid);
