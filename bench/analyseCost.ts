// `npx tsx bench/analyseCost.ts [--sources=300] [--against=DIR]`: the analysis's instructions per
// source (text → sentences → claims), counted by valgrind: bench/analyseLoop.ts, bundled as dist/ is,
// run under `--single-threaded --predictable` once analysing the bench's first N sources
// (bench/corpus.ts tempArchive) and once only reading them; the difference divided by N, the
// optimising compiler and the collector included. `--against=DIR`: another checkout's analysis too
// (this analyseLoop.ts copied into its bench/ for the bundle), and the ratio.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bundled } from './bundled';
import { tempArchive } from './corpus';

function count(bundle: string, dir: string, sources: number, flags: string[]): number {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', '--predictable', bundle, dir, String(sources), ...flags], { encoding: 'utf8' });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !refs) throw new Error(`the counted loop failed (status ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  return Number(refs[1].replace(/,/g, ''));
}

function main(): void {
  const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
  const sources = Number(args.sources ?? 300);
  const root = path.resolve(__dirname, '..');
  const trees = [root, ...(args.against ? [path.resolve(String(args.against))] : [])];
  const dir = tempArchive('source-review-instructions', sources);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-analyse-'));
  const perSource: number[] = [];
  for (const [i, tree] of trees.entries()) {
    fs.mkdirSync(path.join(tmp, String(i)));
    // Another checkout may not have this file: a copy of it is bundled inside that checkout's bench/.
    let entry = path.join(tree, 'bench', 'analyseLoop.ts');
    if (tree !== root) { entry = path.join(tree, 'bench', `analyseLoop-${process.pid}.ts`); fs.copyFileSync(path.join(__dirname, 'analyseLoop.ts'), entry); }
    try {
      const bundle = bundled(entry, path.join(tmp, String(i)));
      const whole = count(bundle, dir, sources, []);
      const read = count(bundle, dir, sources, ['read']);
      perSource.push((whole - read) / sources);
      console.log(`${tree}: loop ${(whole / 1e9).toFixed(3)} G, reading only ${(read / 1e9).toFixed(3)} G, analysis ${((whole - read) / 1e6 / sources).toFixed(3)} M instructions per source (${sources} sources)`);
    } finally {
      if (tree !== root) fs.rmSync(entry, { force: true });
    }
  }
  if (perSource.length === 2) console.log(`analysis per source, this tree / ${trees[1]}: ${(perSource[0] / perSource[1]).toFixed(3)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
}

main();
