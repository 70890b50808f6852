// Robust growth measurements: time a function at size n and at size k·n, interleaved, several times,
// and compare medians. A linear function grows about k times; a quadratic one about k² times. The
// base size doubles until one run takes long enough to measure (so timer and GC noise on tiny
// inputs never decide the result), and interleaving means a busy machine slows both sides alike.

export interface Growth {
  /** Base size actually used (after doubling up to `minMs`). */
  n: number;
  factor: number;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs. */
  ratio: number;
}

// The process's CPU time (user + system, in ms), not the wall clock: on a loaded machine another
// process's work would otherwise land in whichever run it interrupts and decide the ratio.
const now = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };

function timeOnce(fn: () => void): number {
  const t0 = now();
  fn();
  return now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export interface GrowthOptions {
  /** Starting size. */
  n: number;
  /** Large size = factor × base size (default 8). */
  factor?: number;
  /** The base size doubles until one run takes at least this long (default 15 ms). */
  minMs?: number;
  /** Largest base size tried (default 1,000,000 / factor). */
  maxN?: number;
  /** Interleaved repetitions; the medians are compared (default 5). */
  reps?: number;
  /** Stop after one large run when it is this many times the small one (clearly super-linear). */
  giveUpRatio?: number;
}

/** How `run` (given input of size n made by `make`) grows from n to factor·n. */
export function measureGrowth<T>(make: (n: number) => T, run: (input: T) => void, options: GrowthOptions): Growth {
  const factor = options.factor ?? 8;
  const minMs = options.minMs ?? 15;
  const maxN = options.maxN ?? Math.floor(1_000_000 / factor);
  const reps = options.reps ?? 5;
  let n = options.n;
  let small = make(n);
  run(small); // warm up (JIT) before anything is measured
  // The base size is settled on a median of three runs, so one slow (or fast) run cannot pick it.
  while (n * 2 <= maxN && median([0, 1, 2].map(() => timeOnce(() => run(small)))) < minMs) {
    n *= 2;
    small = make(n);
  }
  const large = make(n * factor);
  // One large run first: far beyond any bound (×`giveUpRatio`), it is measured well enough, and a
  // failing suite does not spend minutes confirming it.
  const first = timeOnce(() => run(large));
  const smallNow = median([0, 1, 2].map(() => timeOnce(() => run(small))));
  if (options.giveUpRatio !== undefined && first / Math.max(smallNow, 1e-3) > options.giveUpRatio) {
    return { n, factor, smallMs: smallNow, largeMs: first, ratio: first / Math.max(smallNow, 1e-3) };
  }
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < reps; i++) {
    smallTimes.push(timeOnce(() => run(small)));
    largeTimes.push(timeOnce(() => run(large)));
  }
  const smallMs = median(smallTimes);
  const largeMs = median(largeTimes);
  return { n, factor, smallMs, largeMs, ratio: largeMs / Math.max(smallMs, 1e-3) };
}

export const describeGrowth = (g: Growth) =>
  `${g.n} → ${g.n * g.factor} units: ${g.smallMs.toFixed(1)} ms → ${g.largeMs.toFixed(1)} ms (×${g.ratio.toFixed(1)} for ×${g.factor} input)`;

/**
 * Growth measured up to `attempts` times, stopping at the first within `bound`: a JIT tier-up or a
 * full collection landing in one measurement can inflate a linear ratio, but a super-linear
 * function exceeds the bound every time. Returns the lowest ratio seen.
 */
export function bestGrowth<T>(make: (n: number) => T, run: (input: T) => void, options: GrowthOptions, bound: number, attempts = 3): Growth {
  let best = measureGrowth(make, run, options);
  for (let i = 1; i < attempts && best.ratio > bound; i++) {
    const g = measureGrowth(make, run, options);
    if (g.ratio < best.ratio) best = g;
  }
  return best;
}
