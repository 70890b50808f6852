#!/usr/bin/env node
// Soak test (issue 7): a scripted editing session against a large workspace, through the real
// language server over stdio. It is not part of `npm test`; run it with `npm run soak` (or
// `node scripts/soak.mjs --edits 2000 --sources 100` for a quick look).
//
// What it does:
//  1. writes a workspace of --sources generated source articles (our own made-up stories: figures,
//     clock times, quotations with speakers and roles) plus one draft, in a temp folder;
//  2. freezes the current server build (copies dist/server.js), spawns it with `--stdio`, and
//     initializes it on that folder with the default settings (200 ms quiet time);
//  3. opens the draft and edits it --edits times like an editor does: typing sentences character by
//     character, backspacing, retyping figures, pasting and deleting paragraphs (the draft's size stays
//     bounded, so memory growth means a leak, not a bigger document), in bursts; after each burst it
//     waits for the diagnostics of the burst's last version and records the latency; every so often
//     it hovers, asks for the claims and report, and changes a source on disk (file event);
//  4. samples the server's resident memory (VmRSS) every second, and at the end checks that the
//     final diagnostics equal those of a fresh server given the final text.
// Results: a summary on stdout and JSON in --out (default soak-results.json in the temp folder).
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';

const rpc = createRequire(import.meta.url)('vscode-jsonrpc/node');

const ROOT = path.resolve(import.meta.dirname, '..');

// ------------------------------------------------------------------ options

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return fallback;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
};
const EDITS = Number(opt('edits', 100_000));
const SOURCES = Number(opt('sources', 1000));
const SEED = Number(opt('seed', 7));
const KEEP = args.includes('--keep');
/** --heap: the server also logs its live heap after a full GC every 2 s (scripts/soak-heap.cjs). */
const HEAP = args.includes('--heap');
const WORK = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-soak-'));
const OUT = path.resolve(opt('out', path.join(WORK, 'soak-results.json')));
/** Progress lines while running. */
const REPORT_EVERY = Math.max(1000, Math.round(EDITS / 50));

// ------------------------------------------------------------------ a deterministic random source

let state = SEED >>> 0;
function rand() {
  // mulberry32
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const int = (lo, hi) => lo + Math.floor(rand() * (hi - lo + 1));

// ------------------------------------------------------------------ the workspace

const TOWNS = ['Marlow Creek', 'Eastbury', 'Port Hallam', 'Kestrel Falls', 'Dunmore', 'Ashgrove', 'Fenwick', 'Lowther',
  'Saltmarsh', 'Redwater', 'Glenbrook', 'Harwick', 'Tollan', 'Brightwell', 'Northam', 'Quarry Hill'];
const STATES = ['Ore.', 'Mont.', 'Neb.', 'Vt.', 'Ky.', 'Idaho', 'Wyo.', 'Ark.'];
const OUTLETS = ['Harbor Wire', 'Valley Ledger', 'Plains Courier', 'Tri-County Post', 'Ridge Radio', 'Metro Dispatch',
  'Coastline News', 'Summit Herald', 'River Bulletin', 'Northern Star'];
const FIRST = ['Lena', 'Marcus', 'Priya', 'Tomas', 'Aisha', 'Gareth', 'Noor', 'Elliot', 'Sofia', 'Declan', 'Maren', 'Owen'];
const LAST = ['Okafor', 'Lindqvist', 'Barros', 'Whitcombe', 'Haddad', 'Kowalczyk', 'Ferreira', 'Nakamura', 'Adeyemi', 'Calloway'];
const ROLES = ['fire chief', 'county sheriff', 'mayor', 'utility spokesperson', 'emergency manager', 'school superintendent'];
const EVENTS = [
  { what: 'a gas leak', verb: 'evacuated', counted: 'residents' },
  { what: 'a flash flood', verb: 'displaced', counted: 'people' },
  { what: 'a warehouse fire', verb: 'evacuated', counted: 'workers' },
  { what: 'an ice storm', verb: 'left without power', counted: 'customers' },
  { what: 'a chemical spill', verb: 'kept indoors', counted: 'students' },
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['March', 'April', 'May', 'June'];

/** One story per 10 sources, so each source has others telling the same story (with disagreements). */
function story(k) {
  const ev = EVENTS[k % EVENTS.length];
  return {
    town: TOWNS[k % TOWNS.length] + (k >= TOWNS.length ? ` ${Math.floor(k / TOWNS.length) + 1}` : ''),
    state: STATES[k % STATES.length], ev,
    chief: `${FIRST[k % FIRST.length]} ${LAST[(k * 7) % LAST.length]}`,
    role: ROLES[k % ROLES.length],
    count: 200 + ((k * 137) % 4800),
    hour: 5 + (k % 7),
    day: WEEKDAYS[k % WEEKDAYS.length],
    month: MONTHS[k % MONTHS.length], date: 1 + (k % 27),
    cost: 1 + (k % 9),
  };
}

function sourceText(i) {
  const s = story(Math.floor(i / 10));
  const outlet = OUTLETS[i % OUTLETS.length];
  // Most outlets agree; some report another count or time (what the review should catch).
  const count = i % 4 === 3 ? s.count + 100 * (1 + (i % 5)) : s.count;
  const hour = i % 6 === 5 ? s.hour + 1 : s.hour;
  const n = count.toLocaleString('en-US');
  const paras = [
    `${s.town.toUpperCase()}, ${s.state}, ${s.month} ${s.date} (${outlet}) - ${s.ev.what[0].toUpperCase()}${s.ev.what.slice(1)} ${s.ev.verb} ${n} ${s.ev.counted} on ${s.day}, officials said.`,
    `The alarm was raised at ${hour} a.m. local time, and crews reached the scene about 20 minutes later, ${s.role} ${s.chief} said.`,
    `“We moved quickly because the wind was pushing everything toward the river,” ${s.chief.split(' ')[1]} told reporters at a briefing on ${s.day} afternoon.`,
    `About ${int(2, 40)} homes were damaged and repairs could cost $${s.cost}.${int(1, 9)} million, according to a preliminary county estimate.`,
    `Residents were allowed back by ${int(4, 9)} p.m., though ${int(3, 30)} families stayed at the community center overnight.`,
    `“Nobody was seriously hurt, and that is what matters tonight,” said ${FIRST[(i + 3) % FIRST.length]} ${LAST[(i + 5) % LAST.length]}, a neighbour who helped with the evacuation.`,
  ];
  if (i % 3 === 0) paras.push(`The ${s.ev.counted} were told to expect updates on the county website every ${int(2, 6)} hours.`);
  return paras.join('\n\n') + '\n';
}

const DRAFT = [
  '---',
  'title: Gas leak empties Marlow Creek neighbourhood',
  '---',
  '',
  '# Gas leak empties Marlow Creek neighbourhood',
  '',
  'A gas leak evacuated 260 residents on Monday, officials said.',
  '',
  'The alarm was raised at 5 a.m. local time, fire chief Lena Okafor said.',
  '',
  '“We moved quickly because the wind was pushing everything toward the river,” Okafor said.',
  '',
].join('\n');

/** Sentences an editor types into the draft. */
const TYPED = [
  'Crews reached the scene about 20 minutes later. ',
  'About 12 homes were damaged, according to the county. ',
  'Residents were allowed back by 6 p.m. on Monday. ',
  '“Nobody was seriously hurt,” said a neighbour. ',
  'Repairs could cost $1.5 million. ',
  'The leak was reported at 5:30 a.m. ET. ',
];

// ------------------------------------------------------------------ the server

const uriOf = (f) => pathToFileURL(f).href;

function freezeServer() {
  const bundle = path.join(ROOT, 'dist', 'server.js');
  if (!fs.existsSync(bundle)) throw new Error('dist/server.js is missing: run `npm run build` first');
  const dir = path.join(WORK, 'server');
  fs.mkdirSync(dir, { recursive: true });
  fs.copyFileSync(bundle, path.join(dir, 'server.js'));
  return path.join(dir, 'server.js');
}

function startServer(serverJs, folder, heapLog) {
  const env = heapLog ? { ...process.env, NODE_OPTIONS: `--require ${path.join(ROOT, 'scripts', 'soak-heap.cjs')}`, SR_HEAP_LOG: heapLog } : process.env;
  const child = spawn(process.execPath, [serverJs, '--stdio'], { cwd: WORK, stdio: ['pipe', 'pipe', 'pipe'], env });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; if (stderr.length > 100_000) stderr = stderr.slice(-50_000); });
  const conn = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const s = {
    child, conn, published: new Map(), waiters: [], logs: [], warnings: 0, errors: 0, articles: -1, checks: [],
    get stderr() { return stderr; },
  };
  conn.onNotification('textDocument/publishDiagnostics', (p) => {
    s.published.set(p.uri, p);
    s.waiters = s.waiters.filter((w) => !(w.uri === p.uri && w.accept(p) && (w.resolve(p), true)));
  });
  conn.onNotification('window/logMessage', (p) => {
    if (p.type === 1) s.errors++;
    if (p.type === 2) s.warnings++;
    if (p.type <= 2) s.logs.push(p.message.slice(0, 500));
    if (s.logs.length > 200) s.logs.shift();
  });
  conn.onNotification('sourceReview/reviewChanged', (p) => { s.articles = p.articles; });
  conn.onNotification('sourceReview/checking', (p) => { if (!p.busy && typeof p.ms === 'number') s.checks.push(p.ms); });
  conn.onRequest('workspace/configuration', (p) => p.items.map(() => ({})));
  conn.onRequest('client/registerCapability', () => null);
  conn.onRequest('client/unregisterCapability', () => null);
  conn.onRequest('window/workDoneProgress/create', () => null);
  conn.onRequest('workspace/codeLens/refresh', () => null);
  conn.onRequest('workspace/diagnostic/refresh', () => null);
  conn.listen();
  s.waitFor = (uri, accept, timeoutMs = 120_000) => new Promise((resolve, reject) => {
    const have = s.published.get(uri);
    if (have && accept(have)) return resolve(have);
    const w = { uri, accept, resolve: (p) => { clearTimeout(timer); resolve(p); } };
    const timer = setTimeout(() => {
      s.waiters = s.waiters.filter((x) => x !== w);
      reject(new Error(`no diagnostics for ${path.basename(uri)} within ${timeoutMs} ms`));
    }, timeoutMs);
    s.waiters.push(w);
  });
  s.initialize = async () => {
    await conn.sendRequest('initialize', {
      processId: process.pid, rootUri: uriOf(folder), workspaceFolders: [{ uri: uriOf(folder), name: 'soak' }],
      capabilities: {
        workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: { synchronization: { dynamicRegistration: false }, publishDiagnostics: { relatedInformation: true, versionSupport: true } },
      },
    });
    await conn.sendNotification('initialized', {});
  };
  s.stop = async () => {
    try {
      await Promise.race([conn.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 3000))]);
      await conn.sendNotification('exit');
    } catch { /* gone */ }
    await new Promise((r) => { if (child.exitCode !== null) r(); else { child.once('exit', r); setTimeout(() => { child.kill(); r(); }, 3000); } });
    conn.dispose();
  };
  return s;
}

/** Resident memory of a process in MB (Linux /proc; `ps` elsewhere). */
function rssMb(pid) {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    if (m) return Number(m[1]) / 1024;
  } catch { /* not Linux */ }
  return NaN;
}

// ------------------------------------------------------------------ the document model

class Doc {
  constructor(text) { this.text = text; this.version = 1; }
  position(offset) {
    let line = 0;
    let last = 0;
    for (let i = this.text.indexOf('\n'); i >= 0 && i < offset; i = this.text.indexOf('\n', i + 1)) { line++; last = i + 1; }
    return { line, character: offset - last };
  }
  /** Replaces [start, end) with `insert`; returns the LSP change. */
  edit(start, end, insert) {
    const change = { range: { start: this.position(start), end: this.position(end) }, text: insert };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.version++;
    return change;
  }
}

// ------------------------------------------------------------------ statistics

const quantile = (xs, q) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return 0;
  const mx = points.reduce((a, p) => a + p[0], 0) / n;
  const my = points.reduce((a, p) => a + p[1], 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of points) { num += (x - mx) * (y - my); den += (x - mx) ** 2; }
  return den === 0 ? 0 : num / den;
}

// ------------------------------------------------------------------ the session

async function main() {
  const t0 = Date.now();
  const folder = path.join(WORK, 'workspace');
  fs.mkdirSync(folder, { recursive: true });
  for (let i = 0; i < SOURCES; i++) {
    fs.writeFileSync(path.join(folder, `${String(i + 1).padStart(4, '0')}_${OUTLETS[i % OUTLETS.length].toLowerCase().replace(/[^a-z]+/g, '_')}.txt`), sourceText(i));
  }
  const draftPath = path.join(folder, 'draft_soak.md');
  fs.writeFileSync(draftPath, DRAFT);
  const draftUri = uriOf(draftPath);
  const serverJs = freezeServer();
  console.log(`soak: ${SOURCES} sources + 1 draft in ${folder}; ${EDITS} edits; node ${process.version}; ${os.cpus().length} cores`);

  const heapLog = HEAP ? path.join(WORK, 'heap.log') : undefined;
  const server = startServer(serverJs, folder, heapLog);
  const tInit = Date.now();
  await server.initialize();
  for (let waited = 0; server.articles !== SOURCES + 1; waited += 50) {
    if (waited > 300_000) throw new Error(`the server did not read the workspace (articles: ${server.articles})`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const startupMs = Date.now() - tInit;
  const doc = new Doc(DRAFT);
  await server.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: doc.text } });
  await server.waitFor(draftUri, (p) => p.version === 1);
  console.log(`soak: workspace read and draft checked in ${startupMs} ms; RSS ${round(rssMb(server.child.pid))} MB`);

  const rss = []; // [edits done, seconds since start, MB]
  let done = 0;
  const sampler = setInterval(() => rss.push([done, (Date.now() - t0) / 1000, rssMb(server.child.pid)]), 1000);
  const latencies = []; // [edits done, ms from the burst's last edit to its diagnostics]
  const requestMs = [];
  let sourceChanges = 0;
  let timeouts = 0;
  const send = (changes) => server.conn.sendNotification('textDocument/didChange', { textDocument: { uri: draftUri, version: doc.version }, contentChanges: changes });

  /** The body starts after the title block; edits stay there. */
  const bodyStart = () => doc.text.indexOf('\n\n', doc.text.indexOf('# ')) + 2;
  const MAX_LENGTH = DRAFT.length + 1500;

  while (done < EDITS) {
    // One burst: an editor's action of a few to a few dozen keystrokes.
    const burst = Math.min(EDITS - done, int(3, 40));
    const action = rand();
    for (let k = 0; k < burst; k++) {
      let change;
      if (doc.text.length > MAX_LENGTH) {
        // Trim: delete the last paragraph typed (keeps the draft's size bounded).
        const cut = Math.max(doc.text.lastIndexOf('\n\n', doc.text.length - 2), bodyStart());
        change = doc.edit(cut, doc.text.length, '\n');
      } else if (action < 0.55) {
        // Type the next character of a sentence at the end of the draft.
        const sentence = TYPED[Math.floor(done / 97) % TYPED.length];
        const typedSoFar = done % sentence.length;
        change = doc.edit(doc.text.length, doc.text.length, sentence[typedSoFar]);
      } else if (action < 0.75) {
        // Backspace somewhere in the body.
        const at = int(bodyStart() + 1, Math.max(bodyStart() + 1, doc.text.length - 1));
        change = doc.edit(at - 1, at, '');
      } else if (action < 0.95) {
        // Retype a digit of a figure (the kind of edit that makes and clears conflicts).
        const digits = [...doc.text.matchAll(/\d/g)].map((m) => m.index).filter((i) => i >= bodyStart());
        const at = digits.length > 0 ? pick(digits) : doc.text.length;
        change = doc.edit(at, Math.min(at + 1, doc.text.length), String(int(0, 9)));
      } else {
        // Paste a paragraph from a source, or break a line.
        change = k === 0 ? doc.edit(doc.text.length, doc.text.length, `\n\n${sourceText(int(0, Math.min(SOURCES, 40) - 1)).split('\n\n')[int(0, 4)].trim()}\n`)
          : doc.edit(doc.text.length, doc.text.length, '\n');
      }
      void send([change]);
      done++;
      if (done % REPORT_EVERY === 0) {
        const recent = latencies.slice(-200).map((l) => l[1]);
        console.log(`soak: ${done}/${EDITS} edits, ${Math.round((Date.now() - t0) / 1000)} s, RSS ${round(rssMb(server.child.pid))} MB, latency p50 ${round(quantile(recent, 0.5))} ms p95 ${round(quantile(recent, 0.95))} ms`);
      }
    }
    const sentAt = performance.now();
    const version = doc.version;
    try {
      await server.waitFor(draftUri, (p) => p.version === version, 60_000);
      latencies.push([done, performance.now() - sentAt]);
    } catch {
      timeouts++;
    }
    // Now and then: requests an editor makes, and a source changed on disk.
    if (latencies.length % 25 === 0) {
      const r0 = performance.now();
      await server.conn.sendRequest('textDocument/hover', { textDocument: { uri: draftUri }, position: doc.position(Math.floor(doc.text.length / 2)) });
      await server.conn.sendRequest('sourceReview/claims', { uri: draftUri });
      requestMs.push([done, performance.now() - r0]);
    }
    if (latencies.length % 100 === 0) {
      const i = int(0, SOURCES - 1);
      const file = fs.readdirSync(folder).filter((f) => f.startsWith(String(i + 1).padStart(4, '0')))[0];
      if (file) {
        const full = path.join(folder, file);
        fs.writeFileSync(full, fs.readFileSync(full, 'utf8').replace(/(\d+) homes/, (_m, d) => `${Number(d) + 1} homes`));
        await server.conn.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(full), type: 2 }] });
        sourceChanges++;
      }
    }
  }
  clearInterval(sampler);
  rss.push([done, (Date.now() - t0) / 1000, rssMb(server.child.pid)]);
  // The draft's conflict report (the whole workspace's report is a different load: see RELIABILITY.md).
  const r0 = performance.now();
  const report = await Promise.race([
    server.conn.sendRequest('sourceReview/report', { uri: draftUri }),
    new Promise((resolve) => setTimeout(() => resolve({ timedOut: true }), 120_000)),
  ]);
  const reportMs = Math.round(performance.now() - r0);
  const finalDiagnostics = server.published.get(draftUri)?.diagnostics ?? [];
  const alive = server.child.exitCode === null;
  await server.stop();

  // The final diagnostics must be those of the final text: a fresh server, told it once, agrees.
  let freshDiagnostics = [];
  const fresh = startServer(serverJs, folder);
  try {
    await fresh.initialize();
    for (let waited = 0; fresh.articles !== SOURCES + 1 && waited < 300_000; waited += 50) await new Promise((r) => setTimeout(r, 50));
    await fresh.conn.sendNotification('textDocument/didOpen', { textDocument: { uri: draftUri, languageId: 'markdown', version: 1, text: doc.text } });
    freshDiagnostics = (await fresh.waitFor(draftUri, (p) => p.version === 1)).diagnostics;
  } catch (err) {
    console.error(`soak: the fresh server failed: ${err}`);
  } finally {
    await fresh.stop();
  }
  // Ranges, kinds and the articles named; not the order of the evidence, which follows the order in
  // which sources entered the review (a source changed on disk moves to the end).
  const strip = (ds) => JSON.stringify(ds.map((d) => ({
    range: d.range, code: d.code, message: d.message.replace(/\(also ([^)]*)\)/, (_m, list) => `(also ${list.split(', ').sort().join(', ')})`).replace(/source \d+:/, 'source …:'),
    related: (d.relatedInformation ?? []).map((r) => r.location.uri).sort(),
  })));
  const finalMatches = strip(finalDiagnostics) === strip(freshDiagnostics);

  // ---------------------------------------------------------------- summary
  const tenth = Math.max(1, Math.floor(latencies.length / 10));
  const deciles = [];
  for (let d = 0; d < 10; d++) {
    const part = latencies.slice(d * tenth, d === 9 ? latencies.length : (d + 1) * tenth).map((l) => l[1]);
    deciles.push({ p50: round(quantile(part, 0.5)), p95: round(quantile(part, 0.95)), n: part.length });
  }
  const mb = rss.map((r) => r[2]).filter(Number.isFinite);
  // Live heap after full GCs (with --heap): [seconds, MB]; its slope over the second half of the run.
  const heap = heapLog && fs.existsSync(heapLog) ? fs.readFileSync(heapLog, 'utf8').trim().split('\n').map((l) => l.split(' ').map(Number)).map(([ms, h]) => [ms / 1000, h]) : [];
  const heapTail = heap.filter((h) => h[0] >= heap.at(-1)?.[0] / 2);
  const secondHalf = rss.filter((r) => r[0] >= EDITS / 2 && Number.isFinite(r[2]));
  const result = {
    date: new Date().toISOString(),
    machine: { cores: os.cpus().length, cpu: os.cpus()[0]?.model, memoryGb: round(os.totalmem() / 2 ** 30), platform: `${os.platform()} ${os.release()}`, node: process.version },
    workload: { sources: SOURCES, edits: done, bursts: latencies.length + timeouts, sourceChangesOnDisk: sourceChanges, finalDraftChars: doc.text.length, seed: SEED },
    durationSeconds: round((Date.now() - t0) / 1000),
    startupMs,
    rssMb: {
      peak: round(Math.max(...mb)), first: round(mb[0]), atHalf: round(secondHalf[0]?.[2] ?? NaN), last: round(mb[mb.length - 1]),
      secondHalfSlopeMbPer10kEdits: round(slope(secondHalf.map((r) => [r[0], r[2]])) * 10_000, 2),
      series: rss.filter((_, i) => i % Math.max(1, Math.floor(rss.length / 60)) === 0).map((r) => [r[0], round(r[1]), round(r[2])]),
    },
    ...(heap.length > 0 ? { liveHeapMbAfterGc: {
      first: round(heap[0][1]), atHalf: round(heapTail[0]?.[1] ?? NaN), last: round(heap.at(-1)[1]), peak: round(Math.max(...heap.map((h) => h[1]))),
      secondHalfSlopeMbPerMinute: round(slope(heapTail) * 60, 3),
      series: heap.filter((_, i) => i % Math.max(1, Math.floor(heap.length / 60)) === 0).map(([t, h]) => [round(t), round(h)]),
    } } : {}),
    latencyMs: { p50: round(quantile(latencies.map((l) => l[1]), 0.5)), p95: round(quantile(latencies.map((l) => l[1]), 0.95)), max: round(Math.max(...latencies.map((l) => l[1]))), deciles },
    serverCheckMs: { p50: round(quantile(server.checks, 0.5)), p95: round(quantile(server.checks, 0.95)), firstDecileP50: round(quantile(server.checks.slice(0, Math.floor(server.checks.length / 10)), 0.5)), lastDecileP50: round(quantile(server.checks.slice(-Math.floor(server.checks.length / 10)), 0.5)), n: server.checks.length },
    requestMs: { p50: round(quantile(requestMs.map((r) => r[1]), 0.5)), p95: round(quantile(requestMs.map((r) => r[1]), 0.95)), n: requestMs.length },
    timeouts, serverAliveAtEnd: alive, serverErrors: server.errors, serverWarnings: server.warnings, lastLogs: server.logs.slice(-5),
    finalDiagnosticsMatchFreshServer: finalMatches, finalDiagnostics: finalDiagnostics.length,
    draftReport: report?.timedOut ? 'timed out after 120 s' : { chars: report?.markdown?.length ?? 0, ms: reportMs },
    ...(finalMatches ? {} : { mismatch: { session: JSON.parse(strip(finalDiagnostics)), fresh: JSON.parse(strip(freshDiagnostics)), finalText: doc.text } }),
  };
  fs.writeFileSync(OUT, JSON.stringify(result, null, 2) + '\n');
  const { series: _series, ...rssSummary } = result.rssMb;
  const { mismatch: _mismatch, liveHeapMbAfterGc, ...shown } = result;
  if (liveHeapMbAfterGc) { const { series: _s, ...h } = liveHeapMbAfterGc; shown.liveHeapMbAfterGc = h; }
  console.log(JSON.stringify({ ...shown, rssMb: rssSummary, latencyMs: { ...result.latencyMs, deciles: result.latencyMs.deciles.map((d) => `${d.p50}/${d.p95}`).join(' ') } }, null, 1));
  console.log(`soak: results in ${OUT}`);
  if (!KEEP) fs.rmSync(folder, { recursive: true, force: true });
  const ok = alive && timeouts === 0 && finalMatches;
  process.exit(ok ? 0 : 1);
}

main().catch((err) => {
  console.error(err);
  process.exit(2);
});
