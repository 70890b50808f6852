// `npx tsx bench/analyseProfile.ts [--sources=300] [--loops=3] [--out=FILE]`: a CPU profile of the
// analysis alone (analyzeArticle on the bench's sources, in a loop after one warm-up pass), bundled as
// dist/ is, with a summary (self time by function, time under each stage; bench/profile.ts) and the
// bytes allocated per source with the top allocation sites (V8's sampling heap profiler).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { Session } from 'node:inspector';
import * as os from 'node:os';
import * as path from 'node:path';
import { analyzeArticle } from '../server/src/analysis/index';
import { bundled } from './bundled';
import { tempArchive } from './corpus';

async function run(dir: string, count: number, loops: number, out: string): Promise<void> {
  const files = fs.readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n)).sort().slice(0, count).map((n) => path.join(dir, n));
  const texts = files.map((file) => ({ path: file, text: fs.readFileSync(file, 'utf8') }));
  for (const t of texts) analyzeArticle(t);
  const session = new Session();
  session.connect();
  const post = <T>(method: string, params?: object) => new Promise<T>((resolve, reject) =>
    session.post(method, params ?? {}, (err, res) => (err ? reject(err) : resolve(res as T))));
  // Bytes allocated over the loop: V8's sampling heap profiler (one sample per 4 KB on average).
  await post('HeapProfiler.enable');
  await post('HeapProfiler.startSampling', { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true });
  await post('Profiler.setSamplingInterval', { interval: 100 });
  await post('Profiler.enable');
  await post('Profiler.start');
  const t = performance.now();
  for (let l = 0; l < loops; l++) for (const x of texts) analyzeArticle(x);
  const ms = performance.now() - t;
  const { profile } = await post<{ profile: unknown }>('Profiler.stop');
  const { profile: heap } = await post<{ profile: { head: HeapNode; samples: { size: number }[] } }>('HeapProfiler.stopSampling');
  const collected = heap.samples.reduce((s, x) => s + x.size, 0);
  fs.writeFileSync(out, JSON.stringify(profile));
  const perSource = loops * texts.length;
  console.log(`${perSource} analyses in ${ms.toFixed(0)} ms: ${(ms / perSource).toFixed(3)} ms per source; about ${(collected / perSource / 1024).toFixed(0)} KB allocated per source (sampled); profile ${out}`);
  const sites = new Map<string, number>();
  const walk = (n: HeapNode) => {
    const self = n.selfSize;
    if (self) { const k = `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url.replace(/^.*\//, '')}:${n.callFrame.lineNumber + 1}`; sites.set(k, (sites.get(k) ?? 0) + self); }
    for (const c of n.children) walk(c);
  };
  walk(heap.head);
  console.log('allocation sites (sampled bytes per source):');
  for (const [k, v] of [...sites].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${(v / perSource / 1024).toFixed(1).padStart(6)} KB  ${k}`);
}

interface HeapNode { callFrame: { functionName: string; url: string; lineNumber: number }; selfSize: number; children: HeapNode[] }

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  if (argv[0] === 'run') { await run(argv[1], Number(argv[2]), Number(argv[3]), argv[4]); return; }
  const args = Object.fromEntries(argv.map((a) => a.replace(/^--/, '').split('=')));
  const sources = Number(args.sources ?? 300);
  const loops = Number(args.loops ?? 3);
  const out = path.resolve(String(args.out ?? path.join(os.tmpdir(), 'source-review-profiles', `analyse-${sources}.cpuprofile`)));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-analyse-profile-'));
  // In a folder named dist/, so the summary counts the bundle's functions as the engine's.
  fs.mkdirSync(path.join(tmp, 'dist'));
  const bundle = bundled(__filename, path.join(tmp, 'dist'));
  const r = spawnSync(process.execPath, [bundle, 'run', tempArchive('source-review-instructions', sources), String(sources), String(loops), out], { stdio: 'inherit' });
  fs.rmSync(tmp, { recursive: true, force: true });
  if (r.status !== 0) { process.exitCode = r.status ?? 1; return; }
  spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'profile.ts'), `--summarise=${out}`], { stdio: 'inherit' });
}

void main();
