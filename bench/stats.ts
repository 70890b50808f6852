// Order statistics for latency samples, and the CPU-time reading the in-process benches share.
import * as fs from 'node:fs';

/** The q-quantile (0..1) by nearest rank, as latency tables usually report it. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const median = (s: readonly number[]) => quantile(s, 0.5);
export const p95 = (s: readonly number[]) => quantile(s, 0.95);
export const max = (s: readonly number[]) => (s.length === 0 ? NaN : Math.max(...s));

export interface Summary { n: number; median: number; p95: number; max: number }

export function summarise(s: readonly number[]): Summary {
  return { n: s.length, median: round(median(s)), p95: round(p95(s)), max: round(max(s)) };
}

export function round(x: number, digits = 2): number {
  if (!Number.isFinite(x)) return x;
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** Slope of log(y) against log(x): 1 = linear, < 1 sublinear, > 1 superlinear. */
export function growthExponent(points: readonly { x: number; y: number }[]): number {
  const ok = points.filter((p) => p.x > 0 && p.y > 0 && Number.isFinite(p.y));
  if (ok.length < 2) return NaN;
  const xs = ok.map((p) => Math.log(p.x));
  const ys = ok.map((p) => Math.log(p.y));
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length;
  const my = ys.reduce((a, b) => a + b, 0) / ys.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < xs.length; i++) { num += (xs[i] - mx) * (ys[i] - my); den += (xs[i] - mx) ** 2; }
  return round(num / den, 2);
}

/**
 * CPU time (user + system) of a process's main thread so far, in ms (Linux /proc, 10 ms ticks; it
 * barely moves with other processes' load, unlike wall time); NaN where it cannot be read.
 */
export function mainThreadCpuMs(pid = process.pid): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/task/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

export interface ThreadTimes {
  /** The main thread's time on a CPU, and waiting for one (run queue), in ms. */
  mainRunMs: number;
  mainWaitMs: number;
  /** The same summed over the process's other threads (V8's helpers, libuv's pool, workers). */
  helpersRunMs: number;
  helpersWaitMs: number;
}

/**
 * A process's threads' time on a CPU and waiting for one so far (Linux /proc/<pid>/task/<tid>/schedstat,
 * in nanoseconds); null where it cannot be read. The wait says whether a slow keystroke computed or
 * queued behind other threads for the machine's cores.
 */
export function threadTimes(pid: number): ThreadTimes | null {
  try {
    const t: ThreadTimes = { mainRunMs: 0, mainWaitMs: 0, helpersRunMs: 0, helpersWaitMs: 0 };
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      let fields: number[];
      try {
        fields = fs.readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').trim().split(' ').map(Number);
      } catch {
        continue; // the thread ended meanwhile
      }
      const [run, wait] = [fields[0] / 1e6, fields[1] / 1e6];
      if (tid === String(pid)) { t.mainRunMs += run; t.mainWaitMs += wait; } else { t.helpersRunMs += run; t.helpersWaitMs += wait; }
    }
    return t;
  } catch {
    return null;
  }
}

/** b − a, field by field, rounded to 0.1 ms; null when either is missing. */
export function threadTimesSpent(a: ThreadTimes | null | undefined, b: ThreadTimes | null | undefined): ThreadTimes | null {
  if (!a || !b) return null;
  const d = (x: number, y: number) => Math.round((y - x) * 10) / 10;
  return { mainRunMs: d(a.mainRunMs, b.mainRunMs), mainWaitMs: d(a.mainWaitMs, b.mainWaitMs), helpersRunMs: d(a.helpersRunMs, b.helpersRunMs), helpersWaitMs: d(a.helpersWaitMs, b.helpersWaitMs) };
}
