// The ingestion pool against the single-thread path, on generated sources written to disk: the same
// analyses, the same findings; a bad file or a failing worker falls
// back to the main thread with a log line and the same results. Workers run a bundle built here from
// the CLI's entry, as dist/cli.js starts itself again as a worker.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildSync } from 'esbuild';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis/index';
import type { ArticleAnalysis } from '../../../server/src/analysis/types';
import { analyseInWorkers, poolsRunning, type PooledResult, type WorkerEntry } from '../../../server/src/ingest/pool';
import { PrefetchedAnalyzer, stagedUpdate } from '../../../server/src/ingest/staged';
import { IncrementalAnalyzer } from '../../../server/src/analysis/incremental';
import { LiveReview, type ArticleInput } from '../../../server/src/review';
import { runCli, runCliAsync, type CliIO } from '../../../server/src/cli/run';
import { writeStories } from './stories';

const ROOT = path.resolve(__dirname, '..', '..', '..');
let tmp: string;
let bundle: WorkerEntry;
let dir: string;
let files: string[];

async function collect(gen: AsyncGenerator<PooledResult[]>): Promise<PooledResult[]> {
  const out: PooledResult[] = [];
  for await (const run of gen) out.push(...run);
  return out;
}

function inputsOf(paths: readonly string[]): ArticleInput[] {
  return paths.map((p) => ({ path: p, uri: `file://${p}`, text: fs.readFileSync(p, 'utf8'), version: null }));
}

describe('ingestion pool (worker threads)', function () {
  this.timeout(60000);

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-pool-'));
    const file = path.join(tmp, 'cli.js');
    buildSync({ entryPoints: [path.join(ROOT, 'server/src/cli/main.ts')], bundle: true, platform: 'node', target: 'node20', format: 'cjs', outfile: file, logLevel: 'error' });
    bundle = { file };
    dir = writeStories(72);
    files = fs.readdirSync(dir).sort().map((n) => path.join(dir, n));
  });

  after(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('gives exactly the analyses of the main thread, in job order, reading the files itself', async () => {
    // While the run is under way it is counted (the server does not hold the new space then).
    assert.equal(poolsRunning(), 0);
    const counted: number[] = [];
    const results: PooledResult<{ path: string }>[] = [];
    for await (const run of analyseInWorkers(files.map((p) => ({ path: p })), { workers: 2, entry: bundle, chunk: 5 })) {
      counted.push(poolsRunning());
      results.push(...run);
    }
    assert.ok(counted.length > 0 && counted.every((n) => n === 1), `counted ${counted.join(',')}`);
    assert.equal(poolsRunning(), 0);
    assert.equal(results.length, files.length);
    results.forEach((r, i) => {
      assert.equal(r.index, i);
      assert.ok(r.source, `no analysis for ${files[i]}: ${r.error}`);
      const here = analyzeArticle({ path: files[i], text: fs.readFileSync(files[i], 'utf8') });
      assert.deepStrictEqual(r.source.analysis, here);
      assert.equal(JSON.stringify(r.source.analysis), JSON.stringify(here));
    });
    assert.ok(results.some((r) => r.source!.analysis.figures.length > 0 && r.source!.analysis.quotes.length > 0), 'the stories should hold claims');
  });

  it('a corpus built from the workers\' results checks every article exactly as one built here', async () => {
    const results = await collect(analyseInWorkers(files.map((p) => ({ path: p })), { workers: 2, entry: bundle }));
    const pooled = new Corpus();
    const pooledAnalyses: ArticleAnalysis[] = [];
    for (const r of results) { pooled.set(r.source!.analysis); pooledAnalyses.push(r.source!.analysis); }
    const single = new Corpus();
    const singleAnalyses = files.map((p) => analyzeArticle({ path: p, text: fs.readFileSync(p, 'utf8') }));
    for (const a of singleAnalyses) single.set(a);
    let findings = 0;
    singleAnalyses.forEach((a, i) => {
      const want = checkArticle(single, a);
      findings += want.findings.length;
      assert.equal(JSON.stringify(checkArticle(pooled, pooledAnalyses[i])), JSON.stringify(want));
    });
    assert.ok(findings > 0, 'the stories should disagree somewhere');
  });

  it('with the text sent, gives it back as the very string sent (not a copy)', async () => {
    const texts = files.slice(0, 12).map((p) => fs.readFileSync(p, 'utf8'));
    const results = await collect(analyseInWorkers(files.slice(0, 12).map((p, i) => ({ path: p, text: texts[i] })), { workers: 1, entry: bundle }));
    results.forEach((r, i) => {
      const here = analyzeArticle({ path: files[i], text: texts[i] });
      assert.deepStrictEqual(r.source!.analysis, here);
      assert.equal(r.source!.analysis.text.original, texts[i]);
    });
    assert.ok(results.some((r) => r.source!.analysis.text.plain !== r.source!.analysis.text.original), 'a markdown story should blank something');
  });

  it('hands back a file it cannot read as undefined (with the reason), the rest as usual', async () => {
    const jobs = [{ path: files[0] }, { path: path.join(dir, 'missing.txt') }, { path: dir }, { path: files[1] }];
    const results = await collect(analyseInWorkers(jobs, { workers: 1, entry: bundle }));
    assert.deepEqual(results.map((r) => r.source !== undefined), [true, false, false, true]);
    assert.match(results[1].error ?? '', /ENOENT/);
    assert.equal(results[1].stopped, undefined);
  });

  it('a worker that cannot start: one log line, and every job handed back for the main thread', async () => {
    const broken = path.join(tmp, 'broken.js');
    fs.writeFileSync(broken, 'throw new Error("cannot load the engine");\n');
    const logs: string[] = [];
    const results = await collect(analyseInWorkers(files.slice(0, 20).map((p) => ({ path: p })), { workers: 2, entry: { file: broken }, log: (m) => logs.push(m) }));
    assert.equal(results.length, 20);
    assert.ok(results.every((r) => r.source === undefined && r.stopped));
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0], /ingestion workers stopped .*cannot load the engine.*20 remaining sources on the main thread/);
  });

  it('the server\'s staged first update gives the same review as a plain update, with the pool and with a worker that dies midway', async () => {
    const inputs = inputsOf(files);
    const options = {};
    const plain = new LiveReview(() => options, () => undefined);
    plain.update(inputs);
    const want = JSON.stringify(plain.review());
    assert.ok(plain.review().documents.some((d) => d.findings.length > 0));

    const prefetched = new PrefetchedAnalyzer(new IncrementalAnalyzer());
    const pooled = new LiveReview(() => options, () => undefined, prefetched);
    const r = await stagedUpdate(pooled, inputs, { analyzer: prefetched, wanted: (i) => i.version === null, minSources: 10, step: 7, pool: { workers: 2, entry: bundle } });
    assert.ok(r.pooled > 0, 'the workers should have done some');
    assert.equal(r.pooled + r.here, inputs.length);
    assert.equal(prefetched.counts.handedOver, inputs.length);
    assert.equal(r.added.length, inputs.length);
    assert.deepEqual(pooled.sourceOrder(), plain.sourceOrder());
    assert.equal(JSON.stringify(pooled.review()), want);

    // Answers three chunks, then the thread exits: the rest is analysed on the main thread.
    const dying = path.join(tmp, 'dying.js');
    fs.writeFileSync(dying, `require(${JSON.stringify(bundle.file)});\nlet n = 0;\nrequire('node:worker_threads').parentPort.on('message', () => { if (++n > 3) process.exit(3); });\n`);
    const logs: string[] = [];
    const prefetched2 = new PrefetchedAnalyzer(new IncrementalAnalyzer());
    const fallback = new LiveReview(() => options, () => undefined, prefetched2);
    const r2 = await stagedUpdate(fallback, inputs, { analyzer: prefetched2, wanted: () => true, minSources: 10, shareAnalysis: false, pool: { workers: 1, entry: { file: dying }, chunk: 4, depth: 1 }, log: (m) => logs.push(m) });
    assert.equal(r2.here, 0);
    assert.ok(r2.pooled > 0 && r2.pooled < inputs.length, `pooled ${r2.pooled}`);
    assert.equal(logs.length, 1, logs.join('\n'));
    assert.match(logs[0], /exited with code 3.*remaining sources on the main thread/);
    assert.equal(JSON.stringify(fallback.review()), want);
  });

  it('below the threshold the staged update is a plain update (no workers)', async () => {
    const inputs = inputsOf(files.slice(0, 5));
    const prefetched = new PrefetchedAnalyzer(new IncrementalAnalyzer());
    const live = new LiveReview(() => ({}), () => undefined, prefetched);
    const r = await stagedUpdate(live, inputs, { analyzer: prefetched, wanted: () => true, minSources: 50, pool: { entry: { file: path.join(tmp, 'nowhere.js') } } });
    assert.equal(r.pooled + r.here, 0);
    assert.equal(r.added.length, 5);
  });

  it('the CLI prints byte for byte the same with workers as without', async () => {
    const io = (out: string[]): CliIO => ({ cwd: dir, env: {}, isTTY: false, version: '0.0.0', stdout: (t) => out.push(t), stderr: (t) => out.push(`ERR ${t}`) });
    for (const argv of [['check', '--format', 'json', '--fail-on', 'none', dir], ['report', dir], ['check', dir]]) {
      const single: string[] = [];
      const pooled: string[] = [];
      const a = runCli(argv, io(single));
      const b = await runCliAsync(argv, io(pooled), { minArticles: 10, workers: 2, entry: bundle });
      assert.equal(b, a);
      assert.equal(pooled.join(''), single.join(''));
      assert.ok(single.join('').length > 1000);
    }
  });
});
