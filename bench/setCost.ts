// `npx tsx bench/setCost.ts [--sources=300] [--against=DIR] [--clone]`: Corpus.set's own instructions
// in a cold pass (bench/setPass.ts, bundled as dist/ is), counted by valgrind as the pass with the set
// loop less the pass without it (the analysis is the same code in both). Wall and CPU time of the set
// loop move by 1.5x on the shared machine; its instructions by about 1 % of the whole pass. Each count
// takes two to ten minutes at 300 sources. `--against=DIR`: another checkout's too (e.g. a copy of main with
// this file and setPass.ts copied in: its own bench/setPass.ts is bundled).
// `--clone`: each analysis is structured-cloned first, as a pool worker's result arrives.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundled } from './bundled';
import { tempArchive } from './corpus';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const SOURCES = Number(args.sources ?? 300);
const AGAINST = args.against ? path.resolve(args.against) : undefined;
const ROOT = path.resolve(__dirname, '..');
const CLONE = 'clone' in args ? ['clone'] : [];

function archive(count: number): string {
  return tempArchive('source-review-instructions', count);
}

function count(bundle: string, dir: string, flags: string[]): number {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', '--predictable', bundle, dir, String(SOURCES), ...flags], { encoding: 'utf8' });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !refs) throw new Error(`the counted pass failed (status ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  return Number(refs[1].replace(/,/g, ''));
}

const giga = (n: number) => `${(n / 1e9).toFixed(3)} G`;
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-setcost-'));
const dir = archive(SOURCES);
const sets: number[] = [];
for (const [i, root] of [ROOT, ...(AGAINST ? [AGAINST] : [])].entries()) {
  fs.mkdirSync(path.join(tmp, String(i)));
  const bundle = bundled(path.join(ROOT, 'bench', 'setPass.ts').replace(ROOT, root), path.join(tmp, String(i)));
  const whole = count(bundle, dir, CLONE);
  const without = count(bundle, dir, [...CLONE, 'noset']);
  sets.push(whole - without);
  console.log(`${root}: pass ${giga(whole)}, without Corpus.set ${giga(without)}, Corpus.set ${giga(whole - without)} (${SOURCES} sources${CLONE.length ? ', cloned' : ''})`);
}
if (sets.length === 2) console.log(`Corpus.set, this tree / ${AGAINST}: ${(sets[0] / sets[1]).toFixed(3)}`);
fs.rmSync(tmp, { recursive: true, force: true });
