// Child process of the persisted-index projection, bundled with esbuild like the server: starts
// cold, ingests the sources (from scratch, from scratch while writing the index, or from the index),
// checks the draft against them, and prints its timings as JSON. Time is counted from process start.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeArticle, checkArticle, Corpus } from '../server/src/analysis/index';
import { IndexStore } from '../server/src/indexStore';
import { IncrementalChecker } from '../server/src/analysis/findings/incremental';

/**
 * scratch: read + analyse every source; write: the same, saving each to the index; index: read each
 * source, take its analysis from the index when its hash matches (what PersistedAnalyzer does);
 * index-lazy: stat only, take the analysis from the index when size and mtime match (no read).
 * With `checksFile`: write also stores the draft's claim-by-claim checks there (what the server
 * keeps in check-cache-v1); index-checks is index with the draft one digit changed, checked by an
 * IncrementalChecker seeded from that file (read + parse + seed counted in the draft's time).
 */
interface Job { dir: string; namesFile: string; draftPath: string; indexRoot: string; checksFile?: string; mode: 'scratch' | 'write' | 'index' | 'index-lazy' | 'index-checks' }

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
    let analysis = job.mode === 'index' || job.mode === 'index-lazy' || job.mode === 'index-checks' ? store!.load(file, stamp, text) : undefined;
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
  let text = fs.readFileSync(job.draftPath, 'utf8');
  let review;
  let checked: ReturnType<typeof analyzeArticle> | undefined;
  if (job.mode === 'index-checks' && job.checksFile) {
    const at = text.indexOf('0', Math.floor(text.length / 2));
    text = text.slice(0, at) + '7' + text.slice(at + 1);
    const draft = analyzeArticle({ path: job.draftPath, text });
    const checker = new IncrementalChecker();
    if (!checker.seedChecks(draft, {}, 0, JSON.parse(fs.readFileSync(job.checksFile, 'utf8')))) throw new Error('the stored checks did not apply');
    review = checker.check(corpus, draft, {}, 0);
  } else {
    const draft = analyzeArticle({ path: job.draftPath, text });
    review = checkArticle(corpus, draft);
    checked = draft;
  }
  const doneMs = performance.now();
  if (job.mode === 'write' && job.checksFile && checked) {
    // After the timing: what the server stores once typing rests.
    const checker = new IncrementalChecker();
    checker.check(corpus, checked, {}, 0);
    fs.writeFileSync(job.checksFile, JSON.stringify(checker.exportChecks(checked, {}, 0)));
  }
  await store?.flush();
  process.stdout.write(JSON.stringify({
    loadMs: loadedMs, sourcesMs: sourcesMs - loadedMs, ingestMs, corpusMs, draftMs: doneMs - sourcesMs, totalMs: doneMs, flushedMs: performance.now(),
    findings: review.findings.length, hits: store?.stats.hits ?? 0, misses: store?.stats.misses ?? 0,
    peakRssMb: Number(/VmHWM:\s+(\d+)/.exec(fs.readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024,
  }));
}

main().catch((err) => { console.error(err); process.exit(1); });
