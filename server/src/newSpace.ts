// Holds V8's new space (where objects are made, collected by scavenges) at 16 MB. By default it
// grows to 32 MB (two 16 MB semi-spaces) while the sources are taken in, and stays there: 16 MB of
// resident memory. On a first start at 1,000 sources the 16 MB space takes ~20 MB off the peak RSS
// and costs no measurable CPU per keystroke (bench/phases.ts: twice the scavenges, each half the
// size); reading the sources back from the index, one series measured ~8% more CPU, so main.ts
// holds it only while sources are analysed afresh. The cap itself (--max-semi-space-size) is read only when the
// heap is made, before this code runs; the growth factor is read at each growth, so once the space
// has reached 16 MB it is set to 1 and the space stops growing, until ingestion workers start (pool.ts releases it).
import * as v8 from 'node:v8';

/** New space (both semi-spaces) at which growth stops. */
export const NEW_SPACE_LIMIT = 16 * 1024 * 1024;

let held = false;

/**
 * Stops the new space's growth once it has reached NEW_SPACE_LIMIT. Cheap (about 2 µs until then,
 * nothing after): called for every source analysed, since the space grows only after a scavenge
 * and a step from 16 to 32 MB takes 16 MB of survivors after the last one.
 */
export function holdNewSpace(): void {
  if (held) return;
  const space = v8.getHeapSpaceStatistics().find((s) => s.space_name === 'new_space');
  if (!space || space.space_size < NEW_SPACE_LIMIT) return;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  held = true;
}

/**
 * Lets the new space grow again (V8's default factor, 2): ingestion workers are about to start,
 * and their isolates would otherwise keep the new space they start with, however much they keep.
 */
export function releaseNewSpace(): void {
  if (!held) return;
  v8.setFlagsFromString('--semi-space-growth-factor=2');
  held = false;
}
