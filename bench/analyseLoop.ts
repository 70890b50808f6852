// The analysis alone (text → sentences → claims), for counting its instructions under valgrind:
//   `npx tsx bench/analyseLoop.ts [--sources=300] [--against=DIR]` bundles this file (as dist/ is
//   bundled), reads the bench's first N sources (bench/corpus.ts tempArchive) and counts, under
//   `--single-threaded --predictable`, one process that reads and analyses every source against one
//   that only reads them; the difference divided by N is the analysis's instructions per source
//   (the optimising compiler and the collector included). `--against=DIR`: another checkout's
//   analysis too (its own server/src is bundled through a copy of this file), and the ratio.
//   Run by node, the bundle is the loop itself: `node analyseLoop.js DIR COUNT [read]`.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/index';
import { applyServerHeapSettings } from '../server/src/heapSettings';

function loop(dir: string, count: number, analyse: boolean): void {
  applyServerHeapSettings();
  const files = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort().slice(0, count).map((n) => path.join(dir, n));
  let claims = 0;
  for (const file of files) {
    const text = fs.readFileSync(file, 'utf8');
    if (analyse) { const a = analyzeArticle({ path: file, text }); claims += a.figures.length + a.times.length + a.quotes.length + a.people.length; }
    else claims += text.length & 1;
  }
  console.log(JSON.stringify({ sources: files.length, claims }));
}

function count(bundle: string, dir: string, sources: number, flags: string[]): number {
  const r = spawnSync('valgrind', ['--tool=cachegrind', '--cache-sim=no', '--cachegrind-out-file=/dev/null',
    process.execPath, '--single-threaded', '--predictable', bundle, dir, String(sources), ...flags], { encoding: 'utf8' });
  const refs = /I\s+refs:\s+([\d,]+)/.exec(r.stderr ?? '');
  if (r.status !== 0 || !refs) throw new Error(`the counted loop failed (status ${r.status}):\n${(r.stderr ?? '').slice(-2000)}`);
  return Number(refs[1].replace(/,/g, ''));
}

async function counted(): Promise<void> {
  const { bundled } = await import('./bundled');
  const { tempArchive } = await import('./corpus');
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
    if (tree !== root) { entry = path.join(tree, 'bench', `analyseLoop-${process.pid}.ts`); fs.copyFileSync(__filename, entry); }
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

const argv = process.argv.slice(2);
if (argv.length >= 2 && !argv[0].startsWith('--')) loop(argv[0], Number(argv[1]), !argv.includes('read'));
else void counted();
