// One cold ingestion pass in a fresh process, as a server's first start does it:
// `npx tsx bench/ingestPool.ts DIR COUNT single|pool [WORKERS] [ENTRY] [noshare] [threads]` prints one JSON line.
//   single: read + analyzeArticle + Corpus.set on this thread (the path for small sets and the fallback);
//   pool:   read here (as the server's folder scan does), analyse in worker threads started from the
//           server bundle ENTRY (dist/server.js), while
//           this thread calls Corpus.set in file order,
//           and analyses sources from the end of the queue whenever it would wait (ingest/pool.ts, as
//           ingest/staged.ts drives it on a first start); `noshare`: this thread only indexes.
// `threads`: also the pass's CPU split by thread (main, the pool's workers, V8's helpers; Linux /proc).
// Times are wall clock; CPU is this process's (all threads) and the main thread's alone (from /proc).
// The process runs under the server's heap settings (server/src/heapSettings.ts), and the single path
// holds the new space as the server's first start does (server/src/newSpace.ts).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, Corpus } from '../server/src/analysis/index';
import { analyseInWorkers } from '../server/src/ingest/pool';
import { applyServerHeapSettings } from '../server/src/heapSettings';
import { holdNewSpace } from '../server/src/newSpace';
import { mainThreadCpuMs } from './stats';

export interface PassResult {
  mode: 'single' | 'pool';
  sources: number;
  workers: number;
  ms: number;
  articlesPerSecond: number;
  /** Time the main thread spent in Corpus.set. */
  indexMs: number;
  processCpuMs: number;
  mainCpuMs: number;
  /** Sources the main thread analysed while it waited for a worker (taken from the end of the queue). */
  here: number;
  /** Sources a worker could not analyse (done on the main thread afterwards). */
  fallback: number;
  /**
   * CPU during the pass (ms): `main`; `workers`, threads started during the pass (the pool's worker
   * threads); `helpers`, the process's other threads (V8's helper pool, which compiles and collects for
   * every isolate, the workers' included; libuv's).
   */
  threads?: Record<string, number>;
}

/** CPU (ms) of each of this process's threads so far, by thread id, with its name (Linux /proc). */
function threadCpu(into: Map<string, { name: string; ms: number }>): void {
  try {
    for (const tid of fs.readdirSync('/proc/self/task')) {
      const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(tid, { name: tid === String(process.pid) ? 'main' : name, ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    }
  } catch {
    // not Linux: no split by thread
  }
}

async function pass(dir: string, count: number, mode: 'single' | 'pool', workers: number, entry: string, share = true, split = false): Promise<PassResult> {
  const files = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort().slice(0, count).map((n) => path.join(dir, n));
  const before = new Map<string, { name: string; ms: number }>();
  if (split) threadCpu(before);
  // Workers end with the pass: their CPU is read every 50 ms while it runs (the last reading stands).
  // Only when asked (`threads`): the readings cost the main thread about a millisecond each.
  const seen = new Map<string, { name: string; ms: number }>();
  const sampler = split ? setInterval(() => threadCpu(seen), 50) : undefined;
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  const t0 = performance.now();
  const corpus = new Corpus();
  let indexMs = 0;
  let fallback = 0;
  let here = 0;
  if (mode === 'single') {
    // As the server's first start: its new space held at 16 MB while sources are analysed on this thread (main.ts).
    const analyses = files.map((file) => { const a = analyzeArticle({ path: file, text: fs.readFileSync(file, 'utf8') }); holdNewSpace(); return a; });
    const t = performance.now();
    for (const a of analyses) corpus.set(a);
    indexMs = performance.now() - t;
  } else {
    // As on a server's first start: this thread also analyses (from the end of the queue) while it would wait.
    const analyseHere = (job: { path: string; text: string }) => ({ analysis: analyzeArticle(job) });
    // The server reads its files on the main thread when it scans the folders, then sends the texts.
    const jobs = files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
    for await (const run of analyseInWorkers(jobs, { workers, entry: { file: entry }, log: (m) => console.error(m), ...(share ? { analyseHere } : {}) })) {
      const t = performance.now();
      for (const r of run) {
        if (r.source) {
          if (r.here) here++;
          corpus.set(r.source.analysis);
        } else {
          fallback++;
          corpus.set(analyzeArticle(r.job));
        }
      }
      indexMs += performance.now() - t;
    }
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  if (split) threadCpu(seen);
  const threads: Record<string, number> = {};
  for (const [tid, t] of seen) {
    const name = t.name === 'main' ? 'main' : before.has(tid) ? 'helpers' : 'workers';
    threads[name] = (threads[name] ?? 0) + t.ms - (before.get(tid)?.ms ?? 0);
  }
  if (corpus.size !== count) throw new Error(`corpus holds ${corpus.size} sources, not ${count}`);
  return {
    mode, sources: count, workers: mode === 'pool' ? workers : 0, ms: Math.round(ms), articlesPerSecond: Math.round(count / (ms / 1000)),
    indexMs: Math.round(indexMs), processCpuMs: Math.round((cpu.user + cpu.system) / 1000), mainCpuMs: mainThreadCpuMs() - main0, here, fallback, ...(split ? { threads } : {}),
  };
}

if (require.main === module) {
  // The server's heap flags, as main.ts sets them when it loads (the pool relaxes the growth while its workers run).
  applyServerHeapSettings();
  const [dir, count, mode, workers, entry, ...flags] = process.argv.slice(2);
  pass(dir, Number(count), mode === 'pool' ? 'pool' : 'single', Number(workers ?? 1), entry ?? path.join(__dirname, '..', 'dist', 'server.js'), !flags.includes('noshare'), flags.includes('threads'))
    .then((r) => { console.log(JSON.stringify(r)); }, (err: unknown) => { console.error(err); process.exitCode = 1; });
}
