// `npm run bench [-- flags]`: generates corpora from samples/ in a temp folder and measures the
// engine, source ingestion, the language server over stdio (cold start, keystroke → diagnostics,
// peak RSS), the persisted source index, and harper.js on the same draft. Prints a table and writes
// bench/results.json. See docs/PERFORMANCE.md for the method and `--help` for the flags.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyKeystroke, buildDraft, loadSamples, typingEdits, Varier, writeArchive } from './corpus';
import type { AnalysisResult, IngestResult } from './engine';
import { bundled } from './bundled';
import type { PassResult } from './ingestPool';
import { timeHarper, type HarperResult } from './harper';
import { coldStartProjection, type ProjectionResult } from './projection';
import { freezeServer } from './lsp';
import { serverRun, type ServerRunResult } from './server';
import { growthExponent, round } from './stats';
import { SERVER_NODE_ARGS } from '../server/src/helperThreads';

const ROOT = path.resolve(__dirname, '..');
const PARTS = ['engine', 'ingest', 'server', 'index', 'harper'] as const;
type Part = (typeof PARTS)[number];

const HELP = `usage: npm run bench -- [flags]
  --quick              small sizes (about 2 minutes): words 500,2000; ingest 100,1000; server 10,100 with 50 edits
  --only=a,b           parts to run: ${PARTS.join(', ')} (default: all)
  --words=500,2000     engine: article lengths
  --ingest=100,1000    ingestion: archive sizes
  --sources=10,100     server: sources in the workspace
  --cold=1000,10000    persisted-index projection: archive sizes
  --edits=N            server: one-character edits per size (default 200)
  --budget=S           server: stop typing after S seconds per size (default 60; at least --min-edits)
  --min-edits=N        server: edits measured whatever the budget (default 5; 2 at 1,000+ sources)
  --cold-cap=S         server: give up a size whose first diagnostics take longer (default 150)
  --review-all=N       ingestion: also time reviewArticles over all articles up to N sources (default 100)
  --ingest-runs=N      ingestion, single thread vs pool: fresh-process passes of each (interleaved; median; default 1)
  --ingest-workers=1,2 ingestion: worker counts of the pool (default 1,2)
  --harper-runs=N      harper.js timed runs after warm-up (default 10)
  --latencies=FILE     server: append each typed run's latencies (ms, in typing order) to FILE as a JSON line, with its timeline (edits sent, server log lines, ms from spawn)
                       (with the main thread's and the other threads' CPU and run-queue wait over edits 1 to 40 and after)
  --cpu-prof[=DIR]     run the server with node --cpu-prof (profiles in DIR, default $TMPDIR/source-review-profiles)
  --keep               keep the generated corpora (printed path)
  --no-build           use dist/ as it is (default: npm run build first)
  --server-node-args=A,B
                       Node flags for the server and the fresh-process ingestion passes (default: the
                       server's own, server/src/helperThreads.ts; empty: Node's defaults)`;

interface Options {
  parts: Set<Part>;
  words: number[];
  ingest: number[];
  sources: number[];
  cold: number[];
  edits: number;
  budgetS: number;
  minEdits: number | null;
  coldCapS: number;
  reviewAllUpTo: number;
  ingestRuns: number;
  ingestWorkers: number[];
  harperRuns: number;
  cpuProf: string | null;
  /** Node flags the server is started with (as the VS Code client and bin/source-review-ls start it). */
  serverNodeArgs: string[];
  latencies: string | null;
  keep: boolean;
  build: boolean;
  quick: boolean;
}

function parseArgs(argv: string[]): Options {
  const quick = argv.includes('--quick');
  const o: Options = {
    parts: new Set(PARTS),
    words: quick ? [500, 2000] : [500, 2000, 10000],
    ingest: quick ? [100, 1000] : [100, 1000, 10000],
    sources: quick ? [10, 100] : [10, 100, 1000, 10000],
    cold: quick ? [1000] : [1000, 10000],
    edits: quick ? 50 : 200,
    budgetS: quick ? 30 : 60,
    minEdits: null,
    coldCapS: quick ? 120 : 150,
    reviewAllUpTo: 100,
    ingestRuns: 1,
    ingestWorkers: [1, 2],
    harperRuns: quick ? 5 : 10,
    cpuProf: null,
    serverNodeArgs: [...SERVER_NODE_ARGS],
    latencies: null,
    keep: false,
    build: true,
    quick,
  };
  const list = (v: string) => v.split(',').filter(Boolean).map((x) => Number(x.replace(/_/g, '')));
  for (const a of argv) {
    // Split at the first '=' only: a value may hold one (--server-node-args=--v8-pool-size=1).
    const eq = a.indexOf('=');
    const [flag, value] = eq < 0 ? [a, ''] : [a.slice(0, eq), a.slice(eq + 1)];
    switch (flag) {
      case '--quick': break;
      case '--only': o.parts = new Set(value.split(',').filter((p): p is Part => (PARTS as readonly string[]).includes(p))); break;
      case '--words': o.words = list(value); break;
      case '--ingest': o.ingest = list(value); break;
      case '--sources': o.sources = list(value); break;
      case '--cold': o.cold = list(value); break;
      case '--edits': o.edits = Number(value); break;
      case '--budget': o.budgetS = Number(value); break;
      case '--min-edits': o.minEdits = Number(value); break;
      case '--cold-cap': o.coldCapS = Number(value); break;
      case '--review-all': o.reviewAllUpTo = Number(value); break;
      case '--ingest-runs': o.ingestRuns = Math.max(1, Number(value)); break;
      case '--ingest-workers': o.ingestWorkers = list(value); break;
      case '--harper-runs': o.harperRuns = Number(value); break;
      case '--latencies': o.latencies = path.resolve(value); break;
      case '--cpu-prof': o.cpuProf = path.resolve(value || path.join(os.tmpdir(), 'source-review-profiles')); break;
      case '--server-node-args': o.serverNodeArgs = value.split(',').filter(Boolean); break;
      case '--keep': o.keep = true; break;
      case '--no-build': o.build = false; break;
      case '--help': case '-h': console.log(HELP); process.exit(0); break;
      default: console.error(`unknown flag ${a}\n${HELP}`); process.exit(2);
    }
  }
  return o;
}

const log = (m: string) => process.stderr.write(`${m}\n`);
const SERVER_BUNDLE = path.join(ROOT, 'dist', 'server.js');

/** The server bundle measured: its hash, and when dist/server.js was built. */
function bundleStamp(file: string): { sha1: string; builtAt: string } | null {
  try {
    return { sha1: createHash('sha1').update(fs.readFileSync(file)).digest('hex').slice(0, 12), builtAt: fs.statSync(SERVER_BUNDLE).mtime.toISOString() };
  } catch {
    return null;
  }
}

/** Read-only git facts, so a result can be tied to a tree. */
function gitState(): { head: string; modifiedFiles: number } | null {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  const status = spawnSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
  if (head.status !== 0 || status.status !== 0) return null;
  return { head: head.stdout.trim(), modifiedFiles: status.stdout.split('\n').filter(Boolean).length };
}
const ms = (x: number | null | undefined) => (x === null || x === undefined || !Number.isFinite(x) ? '–' : x >= 10000 ? `${(x / 1000).toFixed(1)} s` : `${round(x, x < 10 ? 2 : 1)} ms`);
const int = (x: number) => x.toLocaleString('en-US');

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = Date.now();
  if (o.build && (o.parts.has('server'))) {
    log('building dist/ ...');
    const r = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`npm run build failed (use --no-build to measure the dist/ already there):\n${r.stdout}\n${r.stderr}`);
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'source-review-bench-'));
  // Others may rebuild dist/ during a long run: the server runs from a copy of this build.
  const launcher = o.parts.has('server') ? freezeServer(path.join(tmp, 'package')) : undefined;
  const bundleAtStart = launcher ? bundleStamp(path.join(tmp, 'package', 'dist', 'server.js')) : bundleStamp(SERVER_BUNDLE);
  // The engine and ingestion figures are the shipped code's: engine.ts and ingestPool.ts run bundled
  // as dist/ is (bench/bundled.ts), not through tsx.
  const { ingest, timeAnalysis } = require(bundled(path.join(__dirname, 'engine.ts'), tmp)) as typeof import('./engine');
  const ingestPass = bundled(path.join(__dirname, 'ingestPool.ts'), tmp);
  const { sources: samples, draft: sampleDraft } = loadSamples();
  const varier = new Varier([...samples, sampleDraft].map((s) => s.text));
  const draft2000 = buildDraft(2000, sampleDraft, samples, varier);
  const results: Record<string, unknown> = {
    machine: { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? '?', memGb: Math.round(os.totalmem() / 2 ** 30), node: process.version, platform: `${os.platform()} ${os.release()}` },
    date: new Date().toISOString(),
    loadAverageAtStart: os.loadavg().map((x) => round(x, 2)),
    options: { ...o, parts: [...o.parts] },
    corpus: { samples: samples.map((s) => s.name), draft: { words: draft2000.words } },
    git: gitState(),
    serverBundle: bundleAtStart,
  };

  try {
    // Every size's archive is a prefix of the largest one, so write the largest once.
    const largest = Math.max(0, ...(o.parts.has('ingest') ? o.ingest : []), ...(o.parts.has('index') ? o.cold : []));
    const archiveDir = path.join(tmp, 'archive');
    const archive = largest > 0 ? writeArchive(archiveDir, largest, samples, varier) : { names: [], words: 0 };

    // ------------------------------------------------------------ engine: one article
    let engine: AnalysisResult[] = [];
    if (o.parts.has('engine')) {
      log('engine: analysis of one article ...');
      engine = o.words.map((w) => {
        const d = buildDraft(w, sampleDraft, samples, varier);
        const runs = o.quick ? 10 : w >= 10000 ? 15 : 30;
        return timeAnalysis(d.name, d.text, runs);
      });
      results.engine = engine;
    }

    // ------------------------------------------------------------ ingestion
    let ingestion: IngestResult[] = [];
    const pooledIngestion: PooledRow[] = [];
    if (o.parts.has('ingest')) {
      for (const n of o.ingest) {
        log(`ingestion: ${int(n)} sources ...`);
        const { analyses: _drop, ...res } = ingest(archiveDir, archive.names, n, draft2000, n <= o.reviewAllUpTo);
        ingestion.push(res);
      }
      results.ingestion = ingestion;
      // The path a server's first start takes (ingest/staged.ts): workers started from the server
      // bundle analyse while this thread indexes; against the single-thread path. Each pass is a
      // fresh process (cold, as a start is), the modes interleaved.
      for (const n of o.ingest) {
        const modes: [string, number][] = [['single', 0], ...o.ingestWorkers.map((w): [string, number] => ['pool', w])];
        const runs = new Map<string, PassResult[]>();
        for (let k = 0; k < o.ingestRuns; k++) {
          for (const [mode, w] of modes) {
            log(`ingestion, fresh process: ${int(n)} sources, ${mode === 'single' ? 'single thread' : `pool of ${w}`} (pass ${k + 1}/${o.ingestRuns}) ...`);
            const r = spawnSync(process.execPath, [...o.serverNodeArgs, ingestPass, archiveDir, String(n), mode, String(w), SERVER_BUNDLE], { cwd: ROOT, encoding: 'utf8' });
            if (r.status !== 0) throw new Error(`bench/ingestPool.ts failed:\n${r.stderr}`);
            const key = mode === 'single' ? 'single' : `pool ${w}`;
            runs.set(key, [...(runs.get(key) ?? []), JSON.parse(r.stdout.trim().split('\n').pop()!) as PassResult]);
          }
        }
        for (const [key, list] of runs) {
          const sorted = [...list].sort((a, b) => a.ms - b.ms);
          const median = sorted[Math.floor(sorted.length / 2)];
          pooledIngestion.push({ ...median, key, all: list.map((x) => x.articlesPerSecond) });
        }
      }
      results.ingestionPool = pooledIngestion;
    }

    // ------------------------------------------------------------ persisted index (projection)
    let projection: ProjectionResult[] = [];
    if (o.parts.has('index')) {
      for (const n of o.cold) {
        log(`persisted index: cold start projection with ${int(n)} sources ...`);
        projection.push(await coldStartProjection(tmp, archiveDir, archive.names.slice(0, n), draft2000));
      }
      results.indexProjection = projection;
    }

    // ------------------------------------------------------------ server over stdio
    const server: ServerRow[] = [];
    if (o.parts.has('server')) {
      const edits = typingEdits(draft2000.text, o.edits);
      for (const n of o.sources) {
        log(`server: ${int(n)} sources + a ${int(draft2000.words)}-word draft ...`);
        const ws = path.join(tmp, `ws-${n}`);
        writeArchive(ws, n, samples, varier);
        const draftPath = path.join(ws, draft2000.name);
        fs.writeFileSync(draftPath, draft2000.text);
        // Each start profiled on its own (the typing that is measured is the start from the index's).
        const profArgs = (start: string) => [...o.serverNodeArgs, ...(o.cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${o.cpuProf}`, `--cpu-prof-name=server-${n}-${start}-${Date.now()}.cpuprofile`] : [])];
        const nodeArgs = profArgs('first');
        // The first start analyses every source and writes the persisted index (as a first start
        // in VS Code does); a second start in the same storage reads the sources from it.
        const storagePath = path.join(tmp, `storage-${n}`);
        try {
          const r = await serverRun({
            workspace: ws, draftPath, draftText: draft2000.text, edits, budgetMs: o.budgetS * 1000, minEdits: o.minEdits ?? (n >= 1000 ? 2 : 5),
            coldTimeoutMs: o.coldCapS * 1000, nodeArgs, launcher, storagePath, latenciesFile: o.latencies ?? undefined, label: `${n} first start`,
          });
          let indexed: ServerRunResult | undefined;
          if (r.coldStartMs !== null) {
            // The usual start: sources from the index, then the same typing.
            indexed = await serverRun({
              workspace: ws, draftPath, draftText: draft2000.text, edits, budgetMs: o.budgetS * 1000, minEdits: o.minEdits ?? (n >= 1000 ? 2 : 5),
              coldTimeoutMs: o.coldCapS * 1000, nodeArgs: profArgs('indexed'), launcher, storagePath, latenciesFile: o.latencies ?? undefined, label: `${n} from the index`,
            });
          }
          // A third start from the index with the draft opened one keystroke changed, so nothing
          // stored for it applies: the cold start when the draft moved on since the last session.
          let changedDraft: ServerRunResult | undefined;
          if (indexed && indexed.coldStartMs !== null && edits.length > 0) {
            changedDraft = await serverRun({
              workspace: ws, draftPath, draftText: applyKeystroke(draft2000.text, edits[0]), edits: [], budgetMs: 0, minEdits: 0,
              coldTimeoutMs: o.coldCapS * 1000, nodeArgs: o.serverNodeArgs, launcher, storagePath,
            });
          }
          server.push({
            sources: n, ...r,
            ...(indexed ? { indexed: { coldStartMs: indexed.coldStartMs, peakRssMb: indexed.peakRssMb, rssAfterMb: indexed.rssAfterMb, index: indexed.index, latency: indexed.latency, serverCheckMs: indexed.serverCheckMs } } : {}),
            ...(changedDraft ? { changedDraft: { coldStartMs: changedDraft.coldStartMs, peakRssMb: changedDraft.peakRssMb, index: changedDraft.index } } : {}),
          });
          if (r.coldStartMs === null) log(`  no diagnostics within ${o.coldCapS} s (read ${r.articles ?? '?'} articles); peak RSS ${r.peakRssMb} MB`);
          else {
            log(`  first start: cold ${ms(r.coldStartMs)}, ${r.latency.n} edits: p50 ${ms(r.latency.median)} p95 ${ms(r.latency.p95)} max ${ms(r.latency.max)}, peak RSS ${r.peakRssMb} MB`);
            if (indexed) log(`  start from the index: cold ${indexed.coldStartMs === null ? '–' : ms(indexed.coldStartMs)}, ${indexed.latency.n} edits: p50 ${ms(indexed.latency.median)} p95 ${ms(indexed.latency.p95)} max ${ms(indexed.latency.max)}, peak RSS ${indexed.peakRssMb} MB`);
            if (changedDraft) {
              log(`  start from the index, draft changed: cold ${changedDraft.coldStartMs === null ? '–' : ms(changedDraft.coldStartMs)}, peak RSS ${changedDraft.peakRssMb} MB`);
              for (const l of changedDraft.startLog ?? []) log(`    server: ${l.slice(0, 240)}`);
            }
          }
        } catch (err) {
          log(`  failed: ${err instanceof Error ? err.message : String(err)}`);
          results[`serverError-${n}`] = String(err);
        }
        if (!o.keep) { fs.rmSync(ws, { recursive: true, force: true }); fs.rmSync(storagePath, { recursive: true, force: true }); }
      }
      results.server = server;
    }

    // ------------------------------------------------------------ harper.js reference
    let harper: HarperResult | undefined;
    if (o.parts.has('harper')) {
      log('harper.js: linting the same draft ...');
      harper = await timeHarper(draft2000.text, o.harperRuns);
      results.harper = harper;
    }

    results.growth = {
      engineMsVsWords: growthExponent(engine.map((e) => ({ x: e.words, y: e.ms.median }))),
      ingestMsVsSources: growthExponent(ingestion.map((i) => ({ x: i.sources, y: i.totalMs }))),
      checkDraftMsVsSources: growthExponent(ingestion.map((i) => ({ x: i.sources, y: i.checkDraftMs }))),
      // Against the sources the server really read (a folder cap may cut a size short).
      keystrokeP50VsSources: growthExponent(server.map((s) => ({ x: sourcesRead(s), y: (s.indexed?.latency ?? s.latency).median }))),
      coldStartVsSources: growthExponent(server.filter((s) => s.coldStartMs !== null).map((s) => ({ x: sourcesRead(s), y: s.coldStartMs! }))),
      indexedColdStartVsSources: growthExponent(server.filter((s) => s.indexed?.coldStartMs).map((s) => ({ x: sourcesRead(s), y: s.indexed!.coldStartMs! }))),
    };
    results.loadAverageAtEnd = os.loadavg().map((x) => round(x, 2));
    results.elapsedS = Math.round((Date.now() - started) / 1000);
    fs.writeFileSync(path.join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
    console.log(table(engine, ingestion, projection, server, harper, results.growth as Record<string, number>, draft2000.words));
    if (pooledIngestion.length) console.log(poolTable(pooledIngestion, os.loadavg()));
    console.log(`\n${results.elapsedS} s in all; results in bench/results.json${o.keep ? `; corpora kept in ${tmp}` : ''}`);
  } finally {
    if (!o.keep) fs.rmSync(tmp, { recursive: true, force: true });
  }
}

type PooledRow = PassResult & { key: string; all: number[] };

/** Single thread and the pool side by side, per size (median pass by time; every pass's articles/s after it). */
function poolTable(rows: PooledRow[], load: number[]): string {
  const out = [`\nSource ingestion as a first start does it (fresh process per pass; read + analyse + Corpus.set), load ${load.map((x) => x.toFixed(1)).join(' ')}`];
  out.push('| sources | path | wall | articles/s (median; every pass) | main thread: Corpus.set | CPU: process / main thread | analysed by the main thread meanwhile / after a worker failed |');
  out.push('| --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) {
    out.push(`| ${int(r.sources)} | ${r.key === 'single' ? 'single thread' : `pool of ${r.workers}`} | ${ms(r.ms)} | ${int(r.articlesPerSecond)} (${r.all.map(int).join(', ')}) | ${ms(r.indexMs)} | ${ms(r.processCpuMs)} / ${ms(r.mainCpuMs)} | ${r.key === 'single' ? '–' : `${int(r.here)} / ${int(r.fallback)}`} |`);
  }
  return out.join('\n');
}

/** A server size: the first start (which writes the index and is typed in), and a second start from the index. */
type ServerRow = ServerRunResult & { sources: number; indexed?: Pick<ServerRunResult, 'coldStartMs' | 'peakRssMb' | 'rssAfterMb' | 'index' | 'latency' | 'serverCheckMs'>; changedDraft?: Pick<ServerRunResult, 'coldStartMs' | 'peakRssMb' | 'index'> };

/** Sources in the server's review set (the draft left out), or the size asked for when unknown. */
const sourcesRead = (s: ServerRow) => (s.articles !== undefined ? s.articles - 1 : s.sources);

function table(engine: AnalysisResult[], ingestion: IngestResult[], projection: ProjectionResult[], server: ServerRow[], harper: HarperResult | undefined, growth: Record<string, number>, draftWords: number): string {
  const out: string[] = [];
  const row = (cells: (string | number)[]) => out.push(`| ${cells.join(' | ')} |`);
  const head = (cells: string[]) => { row(cells); row(cells.map(() => '---')); };
  const harperMs = harper?.ms.median;
  const ratio = (x: number) => (harperMs ? round(x / harperMs, 3).toString() : '–');
  if (engine.length) {
    out.push('\nEngine: analysis of one article (analyzeArticle)');
    head(['words', 'runs', 'median', 'p95', 'ms per 1,000 words']);
    for (const e of engine) row([int(e.words), e.runs, ms(e.ms.median), ms(e.ms.p95), e.msPer1000Words]);
  }
  if (ingestion.length) {
    out.push('\nSource ingestion (read + analyse + index), then one draft checked against the corpus');
    head(['sources', 'words', 'read', 'analyse', 'index', 'articles/s', 'words/s', 'check draft', 'review all (reviewArticles)']);
    for (const i of ingestion) row([int(i.sources), int(i.words), ms(i.readMs), ms(i.analyseMs), ms(i.indexMs), int(i.articlesPerSecond), int(i.wordsPerSecond), ms(i.checkDraftMs), ms(i.reviewAllMs)]);
  }
  if (projection.length) {
    out.push('\nCold start projection (fresh bundled process: scan + sources + draft checked; not through the server)');
    head(['sources', 'no index', 'no index, writing it', 'with index (read + hash)', 'with index (stat only)', 'entries used', 'index size', 'peak RSS no index / index', 'indexed: start + sources + Corpus.set + draft', 'indexed, draft changed, stored checks: total (draft)']);
    for (const p of projection) row([int(p.sources), ms(p.scratchMs), ms(p.writeMs), ms(p.indexedMs), ms(p.lazyMs), `${int(p.hits)}/${int(p.sources)}`, `${round(p.indexMb, 1)} MB`, `${p.scratchPeakRssMb} / ${p.indexedPeakRssMb} MB`,
      `${ms(p.indexedParts.startMs)} + ${ms(p.indexedParts.sourcesMs)} + ${ms(p.indexedParts.corpusMs)} + ${ms(p.indexedParts.draftMs)}`,
      `${ms(p.seededMs)} (${ms(p.seededParts.draftMs)})`]);
  }
  if (server.length) {
    out.push(`\nServer over stdio (bin/source-review-ls --stdio, debounceMs 0), ${int(draftWords)}-word draft`);
    out.push('Typing is measured on the start from the index (the usual start); the first start, which also writes the index, is typed in too.');
    head(['sources', 'files read / in review', 'cold start: first (no index) / from index', 'index hits / analysed', 'edits', 'p50', 'p95', 'max', 'server check p50', 'first start p50 / p95', 'peak RSS: first / from index', 'p50 / p95 ÷ Harper median']);
    for (const s of server) {
      const ix = s.indexed;
      const typed = ix?.latency ?? s.latency;
      row([int(s.sources), `${s.filesRead ?? '?'} / ${s.articles ?? '?'}`,
        `${s.coldStartMs === null ? `> ${ms(s.coldStartCutMs)} (cut)` : ms(s.coldStartMs)} / ${ix?.coldStartMs ? ms(ix.coldStartMs) : '–'}`,
        ix?.index ? `${int(ix.index.hits)} / ${int(ix.index.misses)}` : '–',
        `${typed.n}/${s.editsPlanned}`, ms(typed.median), ms(typed.p95), ms(typed.max), ms((ix?.serverCheckMs ?? s.serverCheckMs).median),
        `${ms(s.latency.median)} / ${ms(s.latency.p95)}`, `${s.peakRssMb ?? '?'} / ${ix?.peakRssMb ?? '–'} MB`, `${ratio(typed.median)} / ${ratio(typed.p95)}`]);
    }
  }
  if (harper) {
    out.push(`\nharper.js ${harper.version} (LocalLinter, binaryInlined) on the same ${int(draftWords)}-word draft`);
    head(['first call', 'runs', 'median', 'p95', 'lints']);
    row([ms(harper.firstCallMs), harper.runs, ms(harper.ms.median), ms(harper.ms.p95), harper.lints]);
    const e2000 = engine.find((e) => Math.abs(e.words - draftWords) < 200);
    if (e2000) out.push(`engine analysis of a ~2,000-word article / Harper median: ${ratio(e2000.ms.median)}`);
  }
  out.push(`\nGrowth exponents (log-log slope; 1 = linear): ${Object.entries(growth).map(([k, v]) => `${k} ${Number.isFinite(v) ? v : '–'}`).join(', ')}`);
  return out.join('\n');
}

main().catch((err) => {
  console.error(err instanceof Error ? err.stack ?? err.message : String(err));
  process.exitCode = 1;
});
