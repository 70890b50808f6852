// V8 settings while a first start analyses its sources on the server's own thread (fewer than the
// pool's minimum, ingest/pool.ts: 3,000 sources on two cores). Such a pass ends before V8 has
// optimised the code it runs, on the one core it has for that (docs/PERFORMANCE.md, fourteenth
// round), so a smaller inlining budget lets TurboFan finish sooner: the cold pass costs less. Code
// compiled with the smaller budget is a little slower when warm, so V8's own budget applies again
// once the first update is over, and code compiled from then on (the keystroke's) gets it.
// The flag is read at each compilation (test/unit/server/firstStartSettings.test.ts).
import * as v8 from 'node:v8';

/** Bytecode TurboFan may inline into one function while the first start runs here. */
export const FIRST_START_INLINING_BUDGET = 300;
/** V8's own (11.3, Node 20), restored after. */
export const DEFAULT_INLINING_BUDGET = 920;

type SetFlags = (flags: string) => void;

let setFlags: SetFlags = (flags) => v8.setFlagsFromString(flags);
/** A first update is under way and no ingestion worker has started. */
let armed = false;
/** The first-start settings are in force. */
let applied = false;

/** A first update begins (main.ts): the settings apply once it analyses a source on this thread. */
export function armFirstStart(): void {
  armed = true;
}

/**
 * A source on disk was analysed afresh on this thread (main.ts's analyser, where it holds the new
 * space). Not when sources are read back from the index: a start from it runs other code.
 */
export function sourceAnalysedHere(): void {
  if (!armed || applied) return;
  setFlags(`--max-inlined-bytecode-size-cumulative=${FIRST_START_INLINING_BUDGET}`);
  applied = true;
}

/** The first update is over, or ingestion workers take the sources: V8's own settings again. */
export function endFirstStart(): void {
  armed = false;
  if (!applied) return;
  setFlags(`--max-inlined-bytecode-size-cumulative=${DEFAULT_INLINING_BUDGET}`);
  applied = false;
}

/** For tests: where the flags go, and back to the state of a fresh process. */
export function resetFirstStartForTest(sink?: SetFlags): void {
  setFlags = sink ?? ((flags) => v8.setFlagsFromString(flags));
  armed = false;
  applied = false;
}
