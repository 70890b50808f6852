// The server's first start with the ingestion pool: sources that must be analysed (not in the
// persisted index) go to worker threads, and the live review takes them in as they come back, in the
// order of the review set, so the corpus and every finding are the same as on the single-thread
// path. The live review itself is unchanged: it is brought up to date with ever longer prefixes of
// the inputs, and its analyser (PrefetchedAnalyzer) hands over what a worker made instead of
// analysing the article again.
import { analyzeArticle } from '../analysis/index';
import type { ArticleAnalysis } from '../analysis/types';
import type { ArticleAnalyzer } from '../indexStore';
import type { ArticleInput, UpdateResult } from '../review';
import { mergeUpdate, updateInSlices } from '../slicedUpdate';
import { analyseInWorkers, type PoolOptions } from './pool';
import type { PreparedSource } from './protocol';

interface Waiting {
  text: string;
  role: ArticleInput['role'];
  source: PreparedSource;
}

/**
 * An analyser that first looks for an analysis a worker made of the same path, text and role (a
 * file from disk, not a document being edited); anything else goes to the inner analyser.
 */
export class PrefetchedAnalyzer implements ArticleAnalyzer<ArticleInput, [boolean]> {
  private readonly waiting = new Map<string, Waiting>();
  /** Analyses handed over (made ahead, by a worker or while waiting for one). */
  readonly counts = { handedOver: 0 };

  constructor(private readonly inner: ArticleAnalyzer<ArticleInput, [boolean]>) {}

  /** A worker's result for `input`, used by the next analyze of the same path, text and role. */
  offer(input: ArticleInput, source: PreparedSource): void {
    this.waiting.set(input.path, { text: input.text, role: input.role, source });
  }

  /** Drops offers not taken (the run ended). */
  dropOffers(): void {
    this.waiting.clear();
  }

  analyze(input: ArticleInput, editing: boolean): ArticleAnalysis {
    const offered = this.waiting.get(input.path);
    if (offered) {
      this.waiting.delete(input.path);
      if (!editing && input.version === null && offered.text === input.text && offered.role === input.role) {
        const { analysis } = offered.source;
        // One copy of the text: the review set's, not the one that came back from the worker.
        if (analysis.text.original === input.text) {
          if (analysis.text.plain === analysis.text.original) analysis.text.plain = input.text;
          analysis.text.original = input.text;
        }
        this.counts.handedOver++;
        return analysis;
      }
    }
    return this.inner.analyze(input, editing);
  }

  within<T>(path: string, fn: () => T): T {
    return this.inner.within ? this.inner.within(path, fn) : fn();
  }

  forget(path: string): void {
    this.waiting.delete(path);
    this.inner.forget(path);
  }

  clear(): void {
    this.waiting.clear();
    this.inner.clear();
  }
}

type StagedJob = { path: string; text: string; role?: ArticleInput['role'] };

/** What the staged update needs of the live review (review.ts's LiveReview). */
export interface Updatable {
  update(inputs: readonly ArticleInput[]): UpdateResult;
}

export interface StagedOptions {
  analyzer: PrefetchedAnalyzer;
  /** Whether `input` should go to a worker (a file from disk not in the persisted index, say). */
  wanted: (input: ArticleInput) => boolean;
  /** Fewer wanted inputs than this: no workers, one update (in slices with `between`) (default 50). */
  minSources?: number;
  /** Inputs taken in per update, between which worker messages are handled (default 64). */
  step?: number;
  pool?: PoolOptions<StagedJob>;
  /** Whether this thread also analyses (from the end of the queue) while it waits (default true). */
  shareAnalysis?: boolean;
  log?: (message: string) => void;
  /** When given, the update lets the thread go now and then and runs this each time (slicedUpdate.ts). */
  between?: () => void | Promise<void>;
}


/**
 * Brings `live` up to date with `inputs` as live.update(inputs) would, with the wanted inputs
 * analysed in worker threads. Falls back to the main thread for anything a worker did not do.
 */
export async function stagedUpdate(live: Updatable, inputs: readonly ArticleInput[], options: StagedOptions): Promise<UpdateResult & { pooled: number; here: number }> {
  const t0 = performance.now();
  const minimum = options.minSources ?? 50;
  // Too few articles in all: not worth asking which need analysing (a stat each, on a start).
  const plain = async () => ({ ...(options.between ? await updateInSlices(live, inputs, options.between) : live.update(inputs)), pooled: 0, here: 0 });
  if (inputs.length < minimum) return plain();
  const places: number[] = [];
  for (let i = 0; i < inputs.length; i++) if (options.wanted(inputs[i])) places.push(i);
  if (places.length < minimum) return plain();
  const step = Math.max(1, options.step ?? 64);
  const result: UpdateResult = { analysed: [], added: [], removed: [], corpusChanged: false, speakersChanged: false, ms: 0 };
  const analyzer = options.analyzer;
  /** Analysed by a worker, and on this thread while waiting for one. */
  let pooled = 0;
  let here = 0;
  const jobs: StagedJob[] = places.map((i) => ({ path: inputs[i].path, text: inputs[i].text, ...(inputs[i].role ? { role: inputs[i].role } : {}) }));
  /** Inputs before this place are ready (their worker answered, or they need none). */
  let ready = 0;
  let applied = 0;
  try {
    // The first start has nothing remembered per path: analyzeArticle is what the analyser would do.
    const analyseHere = options.shareAnalysis === false ? undefined : (job: (typeof jobs)[number]): PreparedSource => ({ analysis: analyzeArticle(job) });
    for await (const run of analyseInWorkers(jobs, { log: options.log, ...(analyseHere ? { analyseHere } : {}), ...options.pool })) {
      for (const r of run) {
        const input = inputs[places[r.index]];
        if (r.source) {
          analyzer.offer(input, r.source);
          if (r.here) here++; else pooled++;
        }
        else if (!r.stopped) options.log?.(`could not analyse ${input.path} in a worker (${r.error ?? 'no answer'}); analysing it on the main thread`);
        ready = r.index + 1 < places.length ? places[r.index + 1] : inputs.length;
      }
      while (applied < ready) {
        const upTo = Math.min(ready, applied + step);
        mergeUpdate(result, live.update(inputs.slice(0, upTo)));
        applied = upTo;
        // Let the workers' answers land and their queues be refilled.
        await new Promise((resolve) => setImmediate(resolve));
        await options.between?.();
      }
    }
  } catch (err) {
    options.log?.(`ingestion workers failed (${err instanceof Error ? err.message : String(err)}); analysing the remaining sources on the main thread`);
  } finally {
    analyzer.dropOffers();
  }
  // The whole set (also what is left if the workers stopped early): analysed here as usual.
  mergeUpdate(result, live.update(inputs));
  result.ms = performance.now() - t0;
  return { ...result, pooled, here };
}
