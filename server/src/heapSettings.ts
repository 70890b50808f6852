// V8's heap settings for the language server, in one place so that the bench's first-start pass
// (bench/ingestPool.ts) runs under the same ones as the server.
//
// Serving: the heap is mostly the corpus, which lives as long as the server; each keystroke leaves a
// little garbage behind. V8 lets the heap grow to about twice its live size before collecting it
// whole; 20% keeps the server's memory near what it really holds (one full collection every few
// dozen keystrokes, done mostly off the main thread).
//
// Taking sources in with the ingestion workers (a first start of 3,000 sources or more on two
// cores): the heap then grows by what it holds, the whole corpus, and 20% steps mean a full
// collection every fifth of the live heap, each marking all of it. At 10,000 sources that made the
// pooled pass ~30% slower (docs/PERFORMANCE.md, fourteenth round), so V8's own growth applies while
// workers run, and 20% again once they are done.
import * as v8 from 'node:v8';

/** Old-generation growth while serving, in percent (V8's default, 0, lets V8 choose the factor). */
export const SERVING_HEAP_GROWTH = 20;

type SetFlags = (flags: string) => void;

let setFlags: SetFlags = (flags) => v8.setFlagsFromString(flags);
let serving = false;
/** Pools under way that asked for V8's own growth. */
let relaxed = 0;

/** Sets the server's heap flags (main.ts, at load; the bench's first-start pass likewise). */
export function applyServerHeapSettings(): void {
  setFlags(`--heap-growing-percent=${SERVING_HEAP_GROWTH}`);
  // A keystroke's analysis and check live until the next keystroke, so when a scavenge comes they
  // are mostly alive; V8 then learns to allocate them straight into the old generation
  // ("pretenuring"), where they die and fill the heap: a full collection every ~50 keystrokes with
  // pauses of 10 to 90 ms, and more memory. Without it they die young (bench/phases.ts at 1,000
  // sources: no full collection in 200 keystrokes instead of four, collector time 250 → 110 ms,
  // RSS 208 → 185 MB).
  setFlags('--no-allocation-site-pretenuring');
  serving = true;
}

/** Ingestion workers start: V8's own heap growth until they are done (nothing unless serving). */
export function relaxHeapGrowth(): void {
  if (!serving) return;
  if (relaxed++ === 0) setFlags('--heap-growing-percent=0');
}

/** Ingestion workers are done: the serving growth again once no pool runs. */
export function restoreHeapGrowth(): void {
  if (!serving || relaxed === 0) return;
  if (--relaxed === 0) setFlags(`--heap-growing-percent=${SERVING_HEAP_GROWTH}`);
}

/** For tests: where the flags go, and back to the state of a fresh process. */
export function resetHeapSettingsForTest(sink?: SetFlags): void {
  setFlags = sink ?? ((flags) => v8.setFlagsFromString(flags));
  serving = false;
  relaxed = 0;
}
