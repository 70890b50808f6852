// `npx tsx bench/passCpu.ts [--sources=1000] [--passes=3] [--runs=5] [--node=FLAGS]`: how much of a cold
// ingestion pass is the engine warming up. Each run is a fresh process running the engine bundled as dist/ is
// (bench/bundled.ts) over the bench's first N sources (bench/corpus.ts tempArchive): every source
// analysed, then all set into a new corpus, as the in-process ingestion bench does (bench/engine.ts),
// `passes` times over. Per pass it reads the wall time, the main thread's CPU (/proc, as bench/stats.ts)
// and the whole process's CPU: the first pass is cold (V8 interprets, profiles and optimises as it goes;
// the optimising compiler and part of the collector run on other threads, so the process's CPU less the
// main thread's is mostly compiling), the later ones run compiled code. Prints each run and the median
// of each pass. `--node=FLAGS`: V8 flags for the runs (space-separated), e.g. to move the optimising
// compiler onto the main thread (`--no-concurrent-recompilation`) and so see its share.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle, Corpus } from '../server/src/analysis/index';
import { bundled } from './bundled';
import { tempArchive } from './corpus';
import { mainThreadCpuMs, median } from './stats';

interface PassCpu { wallMs: number; mainCpuMs: number; processCpuMs: number }

function run(dir: string, count: number, passes: number): void {
  const files = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort().slice(0, count).map((n) => path.join(dir, n));
  const texts = files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
  const out: PassCpu[] = [];
  for (let p = 0; p < passes; p++) {
    const main0 = mainThreadCpuMs();
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const analyses = texts.map((t) => analyzeArticle(t));
    const corpus = new Corpus();
    for (const a of analyses) corpus.set(a);
    const cpu = process.cpuUsage(cpu0);
    out.push({ wallMs: Math.round(performance.now() - t0), mainCpuMs: mainThreadCpuMs() - main0, processCpuMs: Math.round((cpu.user + cpu.system) / 1000) });
    if (corpus.size !== count) throw new Error(`corpus holds ${corpus.size} sources, not ${count}`);
  }
  console.log(JSON.stringify(out));
}

function main(): void {
  const argv = process.argv.slice(2);
  if (argv[0] === 'run') { run(argv[1], Number(argv[2]), Number(argv[3])); return; }
  const args = Object.fromEntries(argv.map((a) => { const i = a.indexOf('='); return i < 0 ? [a.replace(/^--/, ''), ''] : [a.slice(0, i).replace(/^--/, ''), a.slice(i + 1)]; }));
  const sources = Number(args.sources ?? 1000);
  const passes = Number(args.passes ?? 3);
  const runs = Number(args.runs ?? 5);
  const flags = (args.node ?? '').split(' ').filter((f) => f !== '');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-pass-cpu-'));
  fs.mkdirSync(path.join(tmp, 'dist'));
  const bundle = bundled(__filename, path.join(tmp, 'dist'));
  const dir = tempArchive('source-review-instructions', sources);
  const all: PassCpu[][] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const load = os.loadavg()[0].toFixed(1);
      const res = spawnSync(process.execPath, [...flags, bundle, 'run', dir, String(sources), String(passes)], { encoding: 'utf8' });
      if (res.status !== 0) throw new Error(`the pass failed:\n${res.stderr}`);
      const passesCpu = JSON.parse(res.stdout.trim().split('\n').pop() ?? '[]') as PassCpu[];
      all.push(passesCpu);
      console.log(`run ${r + 1} (load ${load}): ${passesCpu.map((p, i) => `pass ${i + 1} wall ${p.wallMs} ms, main ${p.mainCpuMs} ms, process ${p.processCpuMs} ms`).join('; ')}`);
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  for (let p = 0; p < passes; p++) {
    const of = (k: keyof PassCpu) => median(all.map((x) => x[p][k]));
    console.log(`pass ${p + 1}, median of ${runs}: wall ${of('wallMs')} ms, main thread ${of('mainCpuMs')} ms, process ${of('processCpuMs')} ms (${sources} sources)`);
  }
}

main();
