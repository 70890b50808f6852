// Child process of the persisted-index projection, bundled with esbuild like the server: starts
// cold, ingests the sources (from scratch, from scratch while writing the index, or from the index),
// checks the draft against them, and prints its timings as JSON. Time is counted from process start.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus } from '../server/src/analysis/index';
import { IndexStore } from '../server/src/indexStore';

/**
 * scratch: read + analyse every source; write: the same, saving each to the index; index: read each
 * source, take its analysis from the index when its hash matches (what PersistedAnalyzer does);
 * index-lazy: stat only, take the analysis from the index when size and mtime match (no read).
 */
interface Job { dir: string; namesFile: string; draftPath: string; indexRoot: string; mode: 'scratch' | 'write' | 'index' | 'index-lazy' }

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]) as Job;
  const loadedMs = performance.now();
  const names = JSON.parse(fs.readFileSync(job.namesFile, 'utf8')) as string[];
  fs.readdirSync(job.dir); // the scan a server does
  const store = job.mode === 'scratch' ? undefined : new IndexStore(job.indexRoot, { engine: 'bench' });
  const corpus = new Corpus();
  let ingestMs = 0; // stat + read + analyse or load
  let corpusMs = 0; // Corpus.set
  for (const name of names) {
    const t0 = performance.now();
    const file = path.join(job.dir, name);
    const st = fs.statSync(file);
    const stamp = { size: st.size, mtimeMs: st.mtimeMs };
    let text = job.mode === 'index-lazy' ? undefined : fs.readFileSync(file, 'utf8');
    let analysis = job.mode === 'index' || job.mode === 'index-lazy' ? store!.load(file, stamp, text) : undefined;
    if (!analysis) {
      text ??= fs.readFileSync(file, 'utf8');
      analysis = analyzeArticle({ path: file, text });
      store?.save(file, stamp, text, analysis);
    }
    const t1 = performance.now();
    corpus.set(analysis);
    ingestMs += t1 - t0;
    corpusMs += performance.now() - t1;
  }
  const sourcesMs = performance.now();
  const draft = analyzeArticle({ path: job.draftPath, text: fs.readFileSync(job.draftPath, 'utf8') });
  const review = checkArticle(corpus, draft);
  const doneMs = performance.now();
  await store?.flush();
  process.stdout.write(JSON.stringify({
    loadMs: loadedMs, sourcesMs: sourcesMs - loadedMs, ingestMs, corpusMs, draftMs: doneMs - sourcesMs, totalMs: doneMs, flushedMs: performance.now(),
    findings: review.findings.length, hits: store?.stats.hits ?? 0, misses: store?.stats.misses ?? 0,
    peakRssMb: Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024,
  }));
}

main().catch((err) => { console.error(err); process.exit(1); });
