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
const ROOT = path.resolve(__dirname, '..');

function archive(count: number): string {
  return tempArchive('source-review-instructions', count);
}

/** Instructions of one cold pass of `count` sources by the pass bundled in `bundle`. */
function count(bundle: string, dir: string, sources: number): number {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', '--predictable', bundle, dir, String(sources), 'single', '0'], { encoding: 'utf8' });
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
  const dir = archive(SOURCES);
  const counts: number[][] = trees.map(() => []);
  for (let run = 0; run < RUNS; run++) {
    trees.forEach((t, i) => {
      const n = count(bundles[i], dir, SOURCES);
      counts[i].push(n);
      console.log(`run ${run + 1}, ${t.name}: ${giga(n)} instructions`);
    });
  }
  trees.forEach((t, i) => console.log(`${t.name}: median ${giga(median(counts[i]))} (${counts[i].map(giga).join(', ')})`));
  if (AGAINST) console.log(`this tree / ${AGAINST}: ${(median(counts[0]) / median(counts[1])).toFixed(3)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
