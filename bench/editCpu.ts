// `npx tsx bench/editCpu.ts [--sources=1000] [--pairs=5] [--edits=200] [--pause=MS] [--logs] LAUNCHER_A [LAUNCHER_B]`:
// each keystroke's main-thread CPU in the real server over stdio (the bench's 200 edits, started
// from the persisted index), read from /proc/PID/task/PID/schedstat (nanoseconds, unlike the 10 ms
// ticks of /proc/…/stat), so the tail can be compared between builds on a loaded machine. An edit's
// CPU runs from the last edit's diagnostics to its own: work the server does after publishing
// (debounced writes, outline) lands in the next edit, as the next edit waits for it. Builds are
// frozen copies (bench/lsp.ts freezeServer of each checkout's bin/ and dist/), each with its own
// storage written by a first start that types the same edits (as `npm run bench` does); then the
// starts from the index alternate A, B, A, B… `--out=FILE` writes every run's per-edit figures.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyKeystroke, buildDraft, loadSamples, typingEdits, Varier, writeArchive } from './corpus';
import { BenchServer, positionAt, uriOf } from './lsp';
import { quantile } from './stats';
import { SERVER_NODE_ARGS } from '../server/src/helperThreads';

const argv = process.argv.slice(2);
const flags = Object.fromEntries(argv.filter((a) => a.startsWith('--')).map((a) => { const s = a.slice(2); const i = s.indexOf('='); return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 1)]; }));
const checkouts = argv.filter((a) => !a.startsWith('--')).map((a) => path.resolve(a));
const SOURCES = Number(flags.sources ?? 1000);
const PAIRS = Number(flags.pairs ?? 5);
const EDITS = Number(flags.edits ?? 200);
const OUT = flags.out as string | undefined;
/** --pause=MS: the editor rests this long after the first diagnostics before typing (edit 0 then no longer waits for the restore). */
const PAUSE = Number(flags.pause ?? 0);
/** --logs: print the server's log lines after each run. */
const LOGS = 'logs' in flags;
/** --cpu-prof=DIR: the starts from the index run under node --cpu-prof (edit boundaries in --out, monotonic µs). */
const CPU_PROF = flags['cpu-prof'] as string | undefined;
/** --args-N=A,B: Node flags added for the Nth build (0-based; the same checkout may be given twice to compare flags). */
const EXTRA_ARGS = (b: number): string[] => String(flags[`args-${b}`] ?? '').split(',').filter(Boolean);
/** --gc-log=DIR: every collector pause of each server to DIR/gc-PID.jsonl (bench/gcLog.cjs), counted per run and put in its edit. */
const GC_LOG = flags['gc-log'] as string | undefined;
/** --alloc-log=DIR: what each server allocates while typed in, to DIR/alloc-PID.heapprofile (bench/allocLog.cjs). */
const ALLOC_LOG = flags['alloc-log'] as string | undefined;
if (checkouts.length === 0) checkouts.push(path.resolve(__dirname, '..'));

function mainRunMs(pid: number): number {
  const f = fs.readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ');
  return Number(f[0]) / 1e6;
}

function freeze(checkout: string, dir: string): string {
  fs.mkdirSync(path.join(dir, 'bin'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'dist'), { recursive: true });
  for (const f of ['server.js', 'server.js.map']) {
    const from = path.join(checkout, 'dist', f);
    if (fs.existsSync(from)) fs.copyFileSync(from, path.join(dir, 'dist', f));
  }
  const launcher = path.join(dir, 'bin', 'source-review-ls');
  fs.copyFileSync(path.join(checkout, 'bin', 'source-review-ls'), launcher);
  return launcher;
}

interface Run { build: number; cpu: number[]; wall: number[]; marks: number[]; gc: GcPause[]; rssMb?: number }

interface GcPause { at: number; ms: number; kind: string }

async function typeRun(launcher: string, ws: string, storage: string, draftPath: string, draftText: string, edits: ReturnType<typeof typingEdits>, prof?: string, extra: string[] = []): Promise<{ cpu: number[]; wall: number[]; marks: number[]; gc: GcPause[]; rssMb?: number }> {
  const profArgs = prof ? ['--cpu-prof', `--cpu-prof-dir=${prof}`, '--cpu-prof-interval=200'] : [];
  const gcArgs = GC_LOG ? ['--require', path.resolve(__dirname, 'gcLog.cjs')] : [];
  if (ALLOC_LOG) { fs.mkdirSync(ALLOC_LOG, { recursive: true }); process.env.SOURCE_REVIEW_ALLOC_LOG = path.resolve(ALLOC_LOG); gcArgs.push('--require', path.resolve(__dirname, 'allocLog.cjs')); }
  if (GC_LOG) { fs.mkdirSync(GC_LOG, { recursive: true }); process.env.SOURCE_REVIEW_GC_LOG = path.resolve(GC_LOG); }
  const server = new BenchServer({ nodeArgs: [...SERVER_NODE_ARGS, ...extra, ...gcArgs, ...profArgs], settings: { debounceMs: 0 }, launcher });
  const uri = uriOf(draftPath);
  try {
    await server.initialize(ws, storage);
    await server.open(uri, draftText, 1);
    await server.diagnosticsFor(uri, 1, 150_000);
    if (PAUSE > 0) await new Promise((resolve) => setTimeout(resolve, PAUSE));
    if (ALLOC_LOG) { process.kill(server.pid, 'SIGUSR2'); await new Promise((resolve) => setTimeout(resolve, 50)); }
    let text = draftText;
    const cpu: number[] = [];
    const wall: number[] = [];
    const now = () => Number(process.hrtime.bigint() / 1000n);
    const marks: number[] = [now()];
    let before = mainRunMs(server.pid);
    for (let i = 0; i < edits.length; i++) {
      const k = edits[i];
      const range = { start: positionAt(text, k.offset), end: positionAt(text, k.offset + k.deleteCount) };
      text = applyKeystroke(text, k);
      const t = performance.now();
      const published = server.diagnosticsFor(uri, i + 2, 150_000);
      await server.change(uri, i + 2, range, k.insert);
      await published;
      wall.push(performance.now() - t);
      marks.push(now());
      const after = mainRunMs(server.pid);
      cpu.push(after - before);
      before = after;
    }
    if (LOGS) for (const l of server.logs) process.stderr.write(`${l}\n`);
    const mem = server.memory();
    if (mem) process.stderr.write(`peak RSS ${Math.round(mem.peakMb)} MB\n`);
    let gc: GcPause[] = [];
    if (GC_LOG) {
      await new Promise((resolve) => setTimeout(resolve, 300)); // the observer's entries arrive on a later turn
      const file = path.join(GC_LOG, `gc-${server.pid}.jsonl`);
      if (fs.existsSync(file)) gc = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as GcPause);
    }
    return { cpu, wall, marks, gc, ...(mem ? { rssMb: mem.peakMb } : {}) };
  } finally {
    await server.stop();
  }
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const med = (xs: number[]) => quantile(xs, 0.5);

async function main(): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-editcpu-'));
  const { sources: samples, draft } = loadSamples();
  const varier = new Varier([...samples, draft].map((s) => s.text));
  const d = buildDraft(2000, draft, samples, varier);
  const ws = path.join(tmp, 'ws');
  writeArchive(ws, SOURCES, samples, varier);
  const draftPath = path.join(ws, d.name);
  fs.writeFileSync(draftPath, d.text);
  const edits = typingEdits(d.text, EDITS);
  const launchers = checkouts.map((c, i) => freeze(c, path.join(tmp, `build-${i}`)));
  const storages = checkouts.map((_, i) => path.join(tmp, `storage-${i}`));
  for (let b = 0; b < launchers.length; b++) await typeRun(launchers[b], ws, storages[b], draftPath, d.text, edits, undefined, EXTRA_ARGS(b)); // first start: writes the index
  const runs: Run[] = [];
  for (let p = 0; p < PAIRS; p++) {
    for (let b = 0; b < launchers.length; b++) {
      const order = p % 2 === 0 ? b : launchers.length - 1 - b; // A B, B A, …
      const r = await typeRun(launchers[order], ws, storages[order], draftPath, d.text, edits, CPU_PROF && path.join(CPU_PROF, `${p}-${order}`), EXTRA_ARGS(order));
      runs.push({ build: order, ...r });
      if (GC_LOG) {
        // The typing's pauses, and the edits they fell in (edit i runs from marks[i] to marks[i + 1]).
        const typing = r.gc.filter((g) => g.at >= r.marks[0] && g.at < r.marks[r.marks.length - 1]);
        const hit = new Set<number>();
        for (const g of typing) for (let i = 0; i + 1 < r.marks.length; i++) if (g.at >= r.marks[i] && g.at < r.marks[i + 1]) hit.add(i);
        const kinds = [...new Set(typing.map((g) => g.kind))].map((k) => { const ms = typing.filter((g) => g.kind === k).map((g) => g.ms); return `${k} ${ms.length} (${Math.round(ms.reduce((a, c) => a + c, 0))} ms, p50 ${r2(med(ms))})`; });
        const inHit = [...hit].filter((i) => i > 0).map((i) => r.cpu[i]);
        const notHit = r.cpu.map((c, i) => [c, i] as const).filter(([, i]) => i > 0 && !hit.has(i)).map(([c]) => c);
        const wHit = [...hit].filter((i) => i > 0).map((i) => r.wall[i]);
        const wNot = r.wall.map((c, i) => [c, i] as const).filter(([, i]) => i > 0 && !hit.has(i)).map(([c]) => c);
        console.log(`  gc while typing: ${kinds.join(', ') || 'none'}; edits with a pause ${hit.size}: cpu p50 ${r2(med(inHit))} wall p50 ${r2(med(wHit))}; without: cpu p50 ${r2(med(notHit))} p95 ${r2(quantile(notHit, 0.95))} wall p50 ${r2(med(wNot))} p95 ${r2(quantile(wNot, 0.95))}; peak RSS ${r.rssMb ? Math.round(r.rssMb) : '?'} MB`);
      }
      // Edit 0 waits for the restore: left out of the CPU figures (the wall ones keep it, as the bench does).
      const cpu = r.cpu.slice(1);
      console.log(`pair ${p + 1} ${checkouts[order]}: ${PAUSE > 0 ? `edit 0 ${r2(r.cpu[0])} edits 1-3 ${r.cpu.slice(1, 4).map(r2).join(' ')} | ` : ''}cpu p50 ${r2(med(cpu))} p90 ${r2(quantile(cpu, 0.9))} p95 ${r2(quantile(cpu, 0.95))} sum ${Math.round(cpu.reduce((a, c) => a + c, 0))} ms | wall p50 ${r2(med(r.wall))} p95 ${r2(quantile(r.wall, 0.95))} | load ${os.loadavg()[0].toFixed(2)}`);
    }
  }
  for (let b = 0; b < launchers.length; b++) {
    const mine = runs.filter((r) => r.build === b);
    const f = (g: (r: Run) => number) => r2(med(mine.map(g)));
    console.log(`${checkouts[b]} (medians of ${mine.length} runs): cpu p50 ${f((r) => med(r.cpu.slice(1)))} p90 ${f((r) => quantile(r.cpu.slice(1), 0.9))} p95 ${f((r) => quantile(r.cpu.slice(1), 0.95))} sum ${f((r) => r.cpu.slice(1).reduce((a, c) => a + c, 0))} | wall p50 ${f((r) => med(r.wall))} p95 ${f((r) => quantile(r.wall, 0.95))}`);
    // Which edits are slow: per edit, the median over runs of its CPU.
    const perEdit = edits.map((_, i) => med(mine.map((r) => r.cpu[i])));
    const slow = perEdit.map((c, i) => [c, i] as const).sort((a, c) => c[0] - a[0]).slice(0, 15);
    console.log('  slowest edits by median CPU: ' + slow.map(([c, i]) => `#${i}(${JSON.stringify(edits[i].insert || '⌫')}@${edits[i].offset}) ${r2(c)}`).join(', '));
  }
  if (OUT) fs.writeFileSync(OUT, JSON.stringify({ checkouts, edits, runs }));
  fs.rmSync(tmp, { recursive: true, force: true });
}

main().catch((err) => { console.error(err); process.exitCode = 1; });
