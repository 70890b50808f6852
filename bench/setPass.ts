// One cold pass that times Corpus.set alone, as the first start's single path runs it (the server's heap
// settings; the new space held while analysing): `node setPass.js DIR COUNT [noset] [clone] [prof=FILE]`
// prints one JSON line. Every source is analysed first, then set into a new corpus; the set loop's
// main-thread CPU is read from /proc/self/task/PID/schedstat (ns), per hundred sources too.
//   noset: analyse only (counted under valgrind, the pass without it gives Corpus.set's instructions);
//   clone: each analysis goes through a structured clone first, as a worker's result arrives (ingest/pool.ts);
//   prof=FILE: a CPU profile of the set loop alone (summarise with `npx tsx bench/profile.ts --summarise=FILE`);
//   under node --expose-gc, the heap kept once the corpus is built is printed too (heapMB);
//   loops=N: the set loop run N times, each into a new corpus (under valgrind, loops=6 less loops=1 is
//   five warm set loops: the code is compiled by then, as in a server that has run a while).
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { Session } from 'node:inspector';
import { analyzeArticle, Corpus, type ArticleAnalysis } from '../server/src/analysis/index';
import { applyServerHeapSettings } from '../server/src/heapSettings';
import { holdNewSpace } from '../server/src/newSpace';

function mainRunNs(): number {
  try {
    return Number(fs.readFileSync(`/proc/${process.pid}/task/${process.pid}/schedstat`, 'utf8').split(' ')[0]);
  } catch {
    return NaN;
  }
}

/** A worker's result as the main thread gets it: the text left out and put back (worker.ts, staged.ts). */
function cloned(a: ArticleAnalysis): ArticleAnalysis {
  const { original, plain } = a.text;
  a.text.original = '';
  if (plain === original) a.text.plain = '';
  const c = v8.deserialize(v8.serialize(a)) as ArticleAnalysis;
  a.text.original = original;
  a.text.plain = plain;
  c.text.original = original;
  if (plain === original) c.text.plain = original;
  return c;
}

async function main(): Promise<void> {
  applyServerHeapSettings();
  const [dir, count, ...flags] = process.argv.slice(2);
  const profile = flags.find((f) => f.startsWith('prof='))?.slice(5);
  const files = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort().slice(0, Number(count)).map((n) => path.join(dir, n));
  const a0 = mainRunNs();
  let analyses = files.map((file) => { const a = analyzeArticle({ path: file, text: fs.readFileSync(file, 'utf8') }); holdNewSpace(); return a; });
  const analyseMs = (mainRunNs() - a0) / 1e6;
  if (flags.includes('clone')) analyses = analyses.map(cloned);
  const session = new Session();
  const post = (method: string, params?: object) => new Promise<unknown>((resolve, reject) => session.post(method, params ?? {}, (e, r) => (e ? reject(e) : resolve(r))));
  if (profile) { session.connect(); await post('Profiler.setSamplingInterval', { interval: 100 }); await post('Profiler.enable'); await post('Profiler.start'); }
  const loops = Number(flags.find((f) => f.startsWith('loops='))?.slice(6) ?? 1);
  for (let l = 1; l < loops; l++) { const warm = new Corpus(); for (const a of analyses) warm.set(a); }
  const corpus = new Corpus();
  const set = !flags.includes('noset');
  const perHundred: number[] = [];
  const t0 = mainRunNs();
  let t = t0;
  analyses.forEach((a, i) => {
    if (set) corpus.set(a);
    if (i % 100 === 99) { const now = mainRunNs(); perHundred.push(Math.round((now - t) / 1e6)); t = now; }
  });
  const setMs = (mainRunNs() - t0) / 1e6;
  if (profile) fs.writeFileSync(profile, JSON.stringify(((await post('Profiler.stop')) as { profile: unknown }).profile));
  // Under --expose-gc: the heap kept once the corpus is built (the analyses and the corpus), in MB.
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) gc();
  const heapMB = gc ? Math.round(process.memoryUsage().heapUsed / 1e5) / 10 : undefined;
  console.log(JSON.stringify({ sources: files.length, analyseCpuMs: Math.round(analyseMs), setCpuMs: Math.round(setMs), perHundred, size: corpus.size, heapMB }));
}

void main();
