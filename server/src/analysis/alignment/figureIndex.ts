// The sources' figures indexed by class and magnitude, so that checking a figure meets only the
// figures of its class that can bear on it instead of every figure of the class in the archive.
//
// A figure of the same class matters to a checked figure only when their numbers are within some
// ratio of each other (the same moment, or a conflict), or when their intervals can both be true
// (support: findings/figures.ts, compatible). Most figures are "narrow": a positive interval that
// holds the stated number and spans at most a factor of two ("nearly 40,000", "about 12", "27").
// Those are kept sorted by the low end of their interval, and a look-up takes the run of them that
// can meet either condition. The others ("more than 20,000", "up to 16 weeks", zero, negative) are
// few and always handed out. The caller still applies its own tests to every candidate; the index
// only leaves out figures that cannot pass them.
import type { ArticleClaims, FigureProbe, FigureRef, Lookup } from './corpus';
import { figureRange } from './figures';

/** A narrow figure's interval spans at most this factor (high / low). */
const NARROW = 2;
/** Rounding slack for the bounds below (far above floating-point error, far below any real gap). */
const SLACK = 1e-6;

interface Entry {
  ref: FigureRef;
  /** The source's place in the corpus and the figure's in its article: the order candidates come in. */
  seq: number;
  low: number;
}

interface ClassFigures {
  /** Narrow figures sorted by the low end of their interval (rebuilt lazily after changes). */
  narrow: Entry[];
  /** Every other figure, in no particular order. */
  wide: Entry[];
  sorted: boolean;
}

function isNarrow(ref: FigureRef): { low: number } | null {
  const r = figureRange(ref.figure);
  if (!(r.low > 0) || !Number.isFinite(r.high) || r.high > NARROW * r.low) return null;
  if (!(r.value >= r.low && r.value <= r.high)) return null;
  return { low: r.low };
}

/** A source with more figures of one class than this keeps them apart (see FigureIndex). */
const BIG = 64;

export class FigureIndex {
  /** Figures of every source but the big ones, by class. */
  private readonly byClass = new Map<string, ClassFigures>();
  /**
   * Sources with many figures of a class (a table, a data dump) keep those apart, by class: a look-up
   * that leaves out such a source's own figures then skips them whole, so checking it stays linear.
   */
  private readonly big = new Map<string, Map<string, ClassFigures>>();
  /** Per source: its order in the corpus, and its classes (for removal). */
  private readonly articles = new Map<string, { seq: number; classes: readonly string[] }>();
  private next = 0;

  /** `lookups` is told the class and bounds of every look-up (see Corpus's Lookup). */
  constructor(private readonly lookups?: (lookup: Lookup) => void) {}

  /** Each figure indexed: its class, its source's path, and the low end of its interval (null: wide). */
  eachFigure(fn: (cls: string, path: string, low: number | null) => void): void {
    const each = (cls: string, c: ClassFigures) => {
      for (const e of c.narrow) fn(cls, e.ref.article.path, e.low);
      for (const e of c.wide) fn(cls, e.ref.article.path, null);
    };
    for (const [cls, c] of this.byClass) each(cls, c);
    for (const [cls, own] of this.big) for (const c of own.values()) each(cls, c);
  }

  add(claims: ArticleClaims): void {
    const path = claims.article.path;
    this.remove(path);
    const seq = this.next++;
    const byClass = new Map<string, FigureRef[]>();
    for (const ref of claims.figures) {
      if (!ref.cls) continue;
      const list = byClass.get(ref.cls);
      if (list) list.push(ref); else byClass.set(ref.cls, [ref]);
    }
    // A list, not a Set: kept for every source for the corpus's life, and only walked (on removal).
    this.articles.set(path, { seq, classes: [...byClass.keys()] });
    for (const [cls, refs] of byClass) {
      let c: ClassFigures | undefined;
      if (refs.length > BIG) {
        let own = this.big.get(cls);
        if (!own) this.big.set(cls, own = new Map());
        own.set(path, c = { narrow: [], wide: [], sorted: true });
      } else {
        c = this.byClass.get(cls);
        if (!c) this.byClass.set(cls, c = { narrow: [], wide: [], sorted: true });
      }
      for (const ref of refs) {
        // Order: the source's sequence first, the figure's index within it second.
        const entry: Entry = { ref, seq: seq * 1e6 + ref.index, low: 0 };
        const narrow = isNarrow(ref);
        if (narrow) {
          entry.low = narrow.low;
          c.narrow.push(entry);
          c.sorted = false;
        } else c.wide.push(entry);
      }
    }
  }

  remove(path: string): void {
    const known = this.articles.get(path);
    if (!known) return;
    this.articles.delete(path);
    for (const cls of known.classes) {
      const own = this.big.get(cls);
      if (own?.delete(path)) {
        if (own.size === 0) this.big.delete(cls);
        continue;
      }
      const c = this.byClass.get(cls);
      if (!c) continue;
      c.narrow = c.narrow.filter((e) => e.ref.article.path !== path);
      c.wide = c.wide.filter((e) => e.ref.article.path !== path);
      if (c.narrow.length === 0 && c.wide.length === 0) this.byClass.delete(cls);
    }
  }

  /**
   * Figures of `f`'s class (other than `exceptPath`'s) that may be within `maxRatio` of it or
   * compatible with it at `tolerance`, in the corpus's order (source by source, each in its order).
   */
  candidates(f: FigureProbe, tolerance: number, maxRatio: number, exceptPath?: string): FigureRef[] {
    if (!f.cls) return [];
    const [from, to] = lowBounds(f, tolerance, maxRatio);
    this.lookups?.({ cls: f.cls, from, to });
    const found: Entry[] = [];
    const c = this.byClass.get(f.cls);
    if (c) collect(c, from, to, found);
    for (const [path, own] of this.big.get(f.cls) ?? []) if (path !== exceptPath) collect(own, from, to, found);
    found.sort((a, b) => a.seq - b.seq);
    const out: FigureRef[] = [];
    for (const e of found) if (e.ref.article.path !== exceptPath) out.push(e.ref);
    return out;
  }
}

/** The narrow figures of `c` whose low end lies in [from, to], and all its wide ones. */
function collect(c: ClassFigures, from: number, to: number, found: Entry[]): void {
  if (!c.sorted) {
    c.narrow.sort((a, b) => a.low - b.low);
    c.sorted = true;
  }
  for (let i = firstAtLeast(c.narrow, from); i < c.narrow.length && c.narrow[i].low <= to; i++) found.push(c.narrow[i]);
  for (const e of c.wide) found.push(e);
}

/**
 * The range of interval lows a narrow figure g (low ≤ value ≤ high ≤ 2·low, low > 0) must have to
 * be within `maxRatio` of f or compatible with it: the union of both conditions' ranges, widened.
 */
function lowBounds(f: FigureProbe, tolerance: number, maxRatio: number): [number, number] {
  const r = figureRange(f.figure);
  const t = tolerance;
  // compatible(f, g): g.low·(1−t) ≤ f.high·(1+t) + eps and f.low·(1−t) ≤ g.high·(1+t) + eps, where
  // eps = 1e-9·max(1, |f.value|, |g.value|) and |g.value| ≤ g.high ≤ 2·g.low.
  const e = 1e-9 * Math.max(1, Math.abs(r.value));
  const hiCompat = t < 1 - 1e-3 && Number.isFinite(r.high) ? (r.high * (1 + t) + e) / (1 - t - 2e-9) : Infinity;
  const loCompat = (r.low * (1 - t) - e) / (NARROW * (1 + t) + 2e-9);
  // ratio(f, g) ≤ maxRatio: |g.value| within [x / maxRatio, x · maxRatio], so g.low within [x / (maxRatio·2), x · maxRatio].
  const x = Math.abs(r.value);
  const loRatio = x > 0 ? x / (maxRatio * NARROW) : Infinity;
  const hiRatio = x > 0 ? x * maxRatio : -Infinity;
  const lo = Math.min(loCompat, loRatio);
  const hi = Math.max(hiCompat, hiRatio);
  return [lo > 0 ? lo * (1 - SLACK) : lo * (1 + SLACK) - SLACK, hi * (1 + SLACK) + SLACK];
}

function firstAtLeast(entries: readonly Entry[], low: number): number {
  let lo = 0;
  let hi = entries.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (entries[mid].low < low) lo = mid + 1; else hi = mid;
  }
  return lo;
}
