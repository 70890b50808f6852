// `npx tsx bench/instructions.ts [--sources=1000] [--runs=2] [--against=DIR]`: how many machine
// instructions one cold ingestion pass executes (bench/ingestPool.ts's single path, as a server's
// first start runs it), counted by valgrind. For comparing two builds when the machine's speed drifts:
// on the shared 2-core machine the same pass's wall time moves by 1.5x within minutes, and by more
// while other work runs, but its instruction count moves by about 1%.
//
// The pass runs under `--single-threaded --predictable`, so V8 compiles and collects on the main
// thread and the count holds all of the pass's work: the engine, the optimising compiler and the
// collector. It is a measure of work, not of time: it cannot show what runs in parallel, or what
// waits on memory. Each run takes about three minutes at 1,000 sources. `--against=DIR` counts another
// checkout's pass too (e.g. a clone of main), alternating with this one's, and prints the ratio.
// The count includes starting Node and loading the bundle (about 1.2 G instructions).
// `--pool` counts the pooled pass instead (ingestPool.ts's `pool 1`: one worker started from the tree's
// own dist/server.js, which must be built, and the main thread indexing and sharing the analysis), as a
// server's first start runs it from 3,000 sources on: the instructions of every thread, summed
// (valgrind runs one thread at a time), including the worker's own load and warm-up of the engine.
// How the sources split between the threads moves from run to run, and the count with it (about 1%).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundled } from './bundled';
import { tempArchive } from './corpus';
import { median } from './stats';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SOURCES = Number(args.sources ?? 1000);
const RUNS = Number(args.runs ?? 2);
const AGAINST = args.against ? path.resolve(args.against) : undefined;
const POOL = 'pool' in args;
const ROOT = path.resolve(__dirname, '..');

function archive(count: number): string {
  return tempArchive('source-review-instructions', count);
}

/** Instructions of one cold pass of `count` sources by the pass bundled in `bundle` (pooled: workers from `entry`). */
function count(bundle: string, dir: string, sources: number, entry?: string): number {
  const mode = entry ? ['pool', '1', entry] : ['single', '0'];
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', '--predictable', bundle, dir, String(sources), ...mode], { encoding: 'utf8' });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !refs) throw new Error(`the counted pass failed (status ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  return Number(refs[1].replace(/,/g, ''));
}

const giga = (n: number) => `${(n / 1e9).toFixed(3)} G`;

function main(): void {
  if (spawnSync('valgrind', ['--version']).error) {
    console.error('valgrind is not installed: this count needs it (Debian: apt-get install valgrind).');
    process.exitCode = 2;
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-instructions-'));
  const trees = [{ name: 'this tree', root: ROOT }, ...(AGAINST ? [{ name: AGAINST, root: AGAINST }] : [])];
  const bundles = trees.map((t, i) => {
    fs.mkdirSync(path.join(tmp, String(i)));
    return bundled(path.join(t.root, 'bench', 'ingestPool.ts'), path.join(tmp, String(i)));
  });
  // The pooled pass's workers run each tree's built server, copied so that a rebuild meanwhile does not change it.
  const entries = trees.map((t, i) => {
    if (!POOL) return undefined;
    const built = path.join(t.root, 'dist', 'server.js');
    if (!fs.existsSync(built)) throw new Error(`--pool needs ${t.root} built (npm run build): no ${built}`);
    const copy = path.join(tmp, String(i), 'server.js');
    fs.copyFileSync(built, copy);
    return copy;
  });
  const dir = archive(SOURCES);
  const counts: number[][] = trees.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    trees.forEach((t, i) => {
      const n = count(bundles[i], dir, SOURCES, entries[i]);
      counts[i].push(n);
      console.log(`run ${run + 1}, ${t.name}: ${giga(n)} instructions`);
    });
  }
  trees.forEach((t, i) => console.log(`${t.name}: median ${giga(median(counts[i]))} (${counts[i].map(giga).join(', ')})`));
  if (AGAINST) console.log(`this tree / ${AGAINST}: ${(median(counts[0]) / median(counts[1])).toFixed(3)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
