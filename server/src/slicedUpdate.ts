// A start's restore of every source, in slices: the live review takes in ever longer prefixes of the
// inputs (in their order, so the corpus is the one a single update builds), and between slices the
// thread is let go, so edits that arrive meanwhile are read and can be answered (restoreEdits.ts).
import type { ArticleInput, UpdateResult } from './review';

/** What the sliced update needs of the live review (review.ts's LiveReview). */
export interface Updatable {
  update(inputs: readonly ArticleInput[]): UpdateResult;
}

/** About this long per slice: an edit waits at most this for the thread. */
const SLICE_MS = 20;

export function mergeUpdate(into: UpdateResult, r: UpdateResult): void {
  into.analysed.push(...r.analysed);
  into.added.push(...r.added);
  into.removed.push(...r.removed);
  into.corpusChanged ||= r.corpusChanged;
  into.speakersChanged ||= r.speakersChanged;
}

/**
 * Brings `live` up to date with `inputs` as live.update(inputs) does, a slice at a time; after each
 * slice, once pending I/O is read, `between` runs (its errors are its own to handle).
 */
export async function updateInSlices(live: Updatable, inputs: readonly ArticleInput[], between: () => void | Promise<void>): Promise<UpdateResult> {
  const t0 = performance.now();
  const result: UpdateResult = { analysed: [], added: [], removed: [], corpusChanged: false, speakersChanged: false, ms: 0 };
  let step = 8;
  for (let upTo = Math.min(step, inputs.length); ; upTo = Math.min(inputs.length, upTo + step)) {
    const t = performance.now();
    mergeUpdate(result, live.update(inputs.slice(0, upTo)));
    if (upTo === inputs.length) break;
    // Sources already in the index cost about the same each: size the next slice by this one.
    const perInput = (performance.now() - t) / step;
    step = Math.max(1, Math.min(1024, Math.round(SLICE_MS / Math.max(perInput, 0.001))));
    // Twice: messages read meanwhile are handled in an immediate queued after the first.
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    await between();
  }
  result.ms = performance.now() - t0;
  return result;
}
