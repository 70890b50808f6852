// `npx tsx bench/flagsCpu.ts [--sources=1000] [--runs=5] [--mode=single|pool] [--workers=1] [--noshare] -- 'FLAGS A' 'FLAGS B' …`:
// what Node/V8 flags do to one cold ingestion pass as a server's first start runs it (bench/ingestPool.ts,
// bundled as the bench bundles it), measured as CPU, not wall time, so that it reads on a shared machine.
// Each flag set (space-separated; '' for none) is one fresh process per run, the sets interleaved run by
// run; per set the median of the pass's wall time, the main thread's CPU and the process's CPU (all
// threads: the optimising compiler, the collector's helpers, workers), and the process's CPU split by thread
// (ingestPool.ts `threads`: main, the pool's workers, V8's helpers). The server's own flags
// (server/src/helperThreads.ts) are NOT added: give them in each set when they should count.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundled } from './bundled';
import { tempArchive } from './corpus';
import type { PassResult } from './ingestPool';
import { median } from './stats';

const ROOT = path.resolve(__dirname, '..');

const threadsOf = (pass: PassResult) => (pass.threads ? ` (${Object.entries(pass.threads).map(([n, ms]) => `${n} ${ms}`).join(', ')} ms)` : '');

function main(): void {
  const argv = process.argv.slice(2);
  const cut = argv.indexOf('--');
  const own = cut < 0 ? argv : argv.slice(0, cut);
  const opts = Object.fromEntries(own.map((a) => { const i = a.indexOf('='); return i < 0 ? [a.replace(/^--/, ''), ''] : [a.slice(0, i).replace(/^--/, ''), a.slice(i + 1)]; }));
  const sets = (cut < 0 ? [] : argv.slice(cut + 1)).map((s) => s.split(' ').filter((f) => f !== ''));
  if (sets.length === 0) sets.push([]);
  const sources = Number(opts.sources ?? 1000);
  const runs = Number(opts.runs ?? 5);
  const mode = opts.mode === 'pool' ? 'pool' : 'single';
  const workers = Number(opts.workers ?? 1);
  const noshare = 'noshare' in opts ? ['noshare'] : [];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-flags-cpu-'));
  const bundle = bundled(path.join(__dirname, 'ingestPool.ts'), tmp);
  const dir = tempArchive('source-review-instructions', sources);
  const entry = path.join(ROOT, 'dist', 'server.js');
  const all: PassResult[][] = sets.map(() => []);
  try {
    for (let r = 0; r < runs; r++) {
      sets.forEach((flags, i) => {
        const load = os.loadavg()[0].toFixed(1);
        const res = spawnSync(process.execPath, [...flags, bundle, dir, String(sources), mode, String(workers), entry, ...noshare, 'threads'], { encoding: 'utf8' });
        if (res.status !== 0) throw new Error(`the pass failed (${flags.join(' ')}):\n${res.stderr}`);
        const pass = JSON.parse(res.stdout.trim().split('\n').pop() ?? '{}') as PassResult;
        all[i].push(pass);
        console.log(`run ${r + 1} [${flags.join(' ')}] (load ${load}): wall ${pass.ms} ms, main ${pass.mainCpuMs} ms, process ${pass.processCpuMs} ms, index ${pass.indexMs} ms${threadsOf(pass)}`);
      });
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  sets.forEach((flags, i) => {
    const of = (k: 'ms' | 'mainCpuMs' | 'processCpuMs' | 'indexMs') => median(all[i].map((x) => x[k]));
    const names = [...new Set(all[i].flatMap((x) => Object.keys(x.threads ?? {})))];
    const split = names.map((n) => `${n} ${median(all[i].map((x) => x.threads?.[n] ?? 0))}`).join(', ');
    console.log(`[${flags.join(' ')}] median of ${runs}: wall ${of('ms')} ms, main thread ${of('mainCpuMs')} ms, process ${of('processCpuMs')} ms, index ${of('indexMs')} ms${split ? ` (CPU by thread: ${split} ms)` : ''} (${sources} sources, ${mode}${noshare.length ? ', this thread only indexes' : ''})`);
  });
}

main();
