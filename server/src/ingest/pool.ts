// A small pool of worker threads that analyse sources while the main thread indexes the ones already done. Results come back in the order of the jobs, so the
// corpus meets the sources in the same order as on the single-thread path and every finding is the
// same. Nothing here is required for correctness: a job a worker could not do comes back as
// undefined, and when a worker fails (cannot start, crashes, exits) the pool logs one line and hands
// back undefined for every job not yet answered, so the caller analyses those itself.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as nodePath from 'node:path';
import { Worker } from 'node:worker_threads';
import type { IngestJob, JobsMessage, PreparedSource, ResultsMessage, TextOmitted } from './protocol';
import { WORKER_MARK } from './worker';
import { releaseNewSpace } from '../newSpace';
import { relaxHeapGrowth, restoreHeapGrowth } from '../heapSettings';

export type { IngestJob, PreparedSource } from './protocol';


/** How to start a worker: a bundle whose entry serves jobs when isIngestWorker() (see worker.ts). */
export interface WorkerEntry {
  file: string;
}

export interface PoolOptions<J extends IngestJob = IngestJob> {
  /** Threads to start (default: defaultWorkerCount()). */
  workers?: number;
  /** What each worker runs (default: defaultWorkerEntry()). */
  entry?: WorkerEntry;
  /** Jobs per message (default 8): fewer messages, but a longer wait for the first result. */
  chunk?: number;
  /** Chunks each worker holds at once (default 4), so it never waits for the main thread. */
  depth?: number;
  log?: (message: string) => void;
  /**
   * Analyses a job on this thread. When given, this thread takes jobs from the end of the queue
   * whenever it would otherwise wait for the next result, so it shares the analysis with the
   * workers instead of idling (with two cores: one worker, and this thread between its indexing).
   */
  analyseHere?: (job: J) => PreparedSource;
}

/** One answer, in job order: the prepared source, or undefined when the caller must analyse it. */
export interface PooledResult<J extends IngestJob = IngestJob> {
  index: number;
  job: J;
  source: PreparedSource | undefined;
  /** Why the worker could not do it (a file it could not read or analyse, a worker that failed). */
  error?: string;
  /** The pool stopped before this job was done (the reason was logged once). */
  stopped?: boolean;
  /** Analysed on this thread (analyseHere) while it waited, not by a worker. */
  here?: boolean;
}

/**
 * The bundle this code runs in, started again as a worker (dist/server.js and dist/cli.js both turn
 * into a worker when started with WORKER_MARK), so a worker is always the same build and runs
 * nothing else. Undefined when not running from a bundle (the TypeScript sources: tests and the
 * bench pass a bundle themselves); the pool then reports that it cannot start.
 */
export function defaultWorkerEntry(): WorkerEntry | undefined {
  return __filename.endsWith('.js') && nodePath.basename(__filename) !== 'pool.js' && fs.existsSync(__filename) ? { file: __filename } : undefined;
}

/** Cores to work with. */
export function coreCount(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

/**
 * The fewest sources worth starting workers for, when nobody said (SOURCE_REVIEW_POOL_MIN). Each
 * worker compiles the engine again (V8's optimising compiler is a third of a cold pass) and its
 * analyses are copied back, so the pool pays only once that is spread over enough sources. On the
 * 2-core machine (docs/PERFORMANCE.md, seventh round) it was slower at 100 and 1,000 sources, about
 * even at 3,000, and 30% faster at 10,000; with 4 cores or more a worker no longer competes with the
 * main thread for a core (not measured here).
 */
export function defaultPoolMinimum(): number {
  return coreCount() >= 4 ? 500 : 3000;
}

/**
 * One thread per core but one: the main thread indexes what the workers hand back meanwhile, and
 * V8's own background threads (optimising compiler, garbage collector) of every thread need CPU too.
 */
export function defaultWorkerCount(): number {
  return Math.max(1, Math.min(8, coreCount() - 1));
}

function startWorker(entry: WorkerEntry): Worker {
  return new Worker(entry.file, { workerData: WORKER_MARK });
}

/** Puts back the text a worker left out of its reply (the job's own string: one copy, not two). */
function restoreText(source: PreparedSource, job: IngestJob, omitted: TextOmitted): PreparedSource {
  if (omitted === 0 || job.text === undefined) return source;
  const text = source.analysis.text;
  text.original = job.text;
  if (omitted === 2) text.plain = job.text;
  return source;
}

interface Slot {
  worker: Worker;
  /** Chunks sent and not answered: first job index → length. */
  inFlight: Map<number, number>;
}

/** Pools under way in this process (newSpace.ts must not hold the new space of their workers' isolates). */
let running = 0;

export function poolsRunning(): number {
  return running;
}

/**
 * Analyses `jobs` in worker threads. Yields runs of consecutive results (in job order) as soon as
 * they are ready; the caller does its part (indexing) between yields while the workers go on.
 * Every job is answered exactly once. The workers are stopped when the run ends or is abandoned.
 */
export async function* analyseInWorkers<J extends IngestJob>(jobs: readonly J[], options: PoolOptions<J> = {}): AsyncGenerator<PooledResult<J>[]> {
  const log = options.log ?? (() => undefined);
  const chunk = Math.max(1, options.chunk ?? 8);
  const depth = Math.max(1, options.depth ?? 4);
  const count = Math.max(1, Math.min(options.workers ?? defaultWorkerCount(), Math.ceil(jobs.length / chunk)));
  const results: (PooledResult<J> | undefined)[] = new Array(jobs.length);
  let nextJob = 0;
  /** Jobs from here on are this thread's (taken from the end while it waited). */
  let lastJob = jobs.length;
  let nextOut = 0;
  let failed = false;
  let wake: (() => void) | undefined;
  const signal = () => { const w = wake; wake = undefined; w?.(); };
  const slots: Slot[] = [];

  const answer = (index: number, source: PreparedSource | undefined, error?: string, stopped?: boolean, here?: boolean) => {
    if (results[index]) return;
    results[index] = { index, job: jobs[index], source, ...(error !== undefined ? { error } : {}), ...(stopped ? { stopped } : {}), ...(here ? { here } : {}) };
  };

  /** A worker failed: every job not yet answered goes back to the caller, and the pool stops. */
  const fail = (why: string) => {
    if (failed) return;
    failed = true;
    let left = 0;
    for (let i = nextOut; i < jobs.length; i++) if (!results[i]) { left++; answer(i, undefined, why, true); }
    log(`ingestion workers stopped (${why}); analysing the ${left} remaining source${left === 1 ? '' : 's'} on the main thread`);
    for (const s of slots) void s.worker.terminate();
    signal();
  };

  const feed = (slot: Slot) => {
    while (!failed && slot.inFlight.size < depth && nextJob < lastJob) {
      const first = nextJob;
      const part = jobs.slice(first, Math.min(first + chunk, lastJob));
      nextJob += part.length;
      slot.inFlight.set(first, part.length);
      const message: JobsMessage = { type: 'jobs', first, jobs: part };
      slot.worker.postMessage(message);
    }
  };

  running++;
  releaseNewSpace();
  relaxHeapGrowth();
  try {
    for (let k = 0; k < count; k++) {
      let worker: Worker;
      try {
        const entry = options.entry ?? defaultWorkerEntry();
        if (!entry) throw new Error('not running from a bundle');
        worker = startWorker(entry);
      } catch (err) {
        fail(`cannot start a worker: ${err instanceof Error ? err.message : String(err)}`);
        break;
      }
      const slot: Slot = { worker, inFlight: new Map() };
      slots.push(slot);
      worker.on('message', (message: ResultsMessage) => {
        if (failed || message?.type !== 'results' || !slot.inFlight.has(message.first)) return;
        const n = slot.inFlight.get(message.first)!;
        slot.inFlight.delete(message.first);
        for (let i = 0; i < n; i++) {
          const r = message.results[i];
          if (r?.ok) answer(message.first + i, restoreText(r.source, jobs[message.first + i], r.omitted));
          else answer(message.first + i, undefined, r ? r.error : 'no answer');
        }
        feed(slot);
        signal();
      });
      worker.on('error', (err) => fail(`a worker failed: ${err instanceof Error ? err.message : String(err)}`));
      worker.on('exit', (code) => {
        if (slot.inFlight.size > 0 || nextJob < lastJob) fail(`a worker exited with code ${code}`);
      });
      feed(slot);
    }
    while (nextOut < jobs.length) {
      if (!results[nextOut]) {
        const here = options.analyseHere;
        if (here && !failed && nextJob < lastJob) {
          const i = --lastJob;
          try {
            answer(i, here(jobs[i]), undefined, false, true);
          } catch (err) {
            answer(i, undefined, err instanceof Error ? err.message : String(err), false, true);
          }
          // Let the workers' answers land before deciding again.
          await new Promise((resolve) => setImmediate(resolve));
          continue;
        }
        await new Promise<void>((resolve) => { wake = resolve; });
        continue;
      }
      const run: PooledResult<J>[] = [];
      while (nextOut < jobs.length && results[nextOut]) {
        run.push(results[nextOut]!);
        results[nextOut] = undefined; // handed over: not kept twice
        nextOut++;
      }
      yield run;
    }
  } finally {
    running--;
    restoreHeapGrowth();
    failed = true;
    await Promise.all(slots.map((s) => s.worker.terminate().catch(() => 0)));
  }
}
