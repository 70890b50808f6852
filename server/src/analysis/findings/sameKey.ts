// Whether a claim of the article being checked has the same key (findings/incremental.ts,
// KeyWriter) as a claim of the article's previous check, found without writing either key. While an
// editor types, nearly every claim stands where it stood (moved by the keystroke at most), and
// writing its key again — about 1,000 code units a claim, 120,000 a keystroke in a 2,000-word
// draft, hashed and compared unit by unit — was most of the check. Here the two claims are walked
// side by side as the writer would walk them; strings the analysis shares between keystrokes
// compare by identity, and the article's text over the key's stretch is compared outside the
// stretch the edit changed.
//
// The answer may only err one way: `true` only when the writer would write exactly the same units
// for both, `false` whenever in doubt (the caller then writes the key as before). So every rule of
// KeyWriter is mirrored here; change one and the other must change with it
// (test/unit/incremental/sameKey.test.ts writes both keys and compares).
import type { ArticleClaims, FigureRef, TimeRef } from '../alignment/corpus';
import { articleReads } from './figures';
import { WordSet } from '../alignment/wordSet';
import type { ArticleAnalysis, Span } from '../types';
import { TextChange } from '../text/change';
import { creditStretch } from './credit';
import { sameFellows } from './fellows';
import { interviewMark } from '../alignment/statements';

export type ClaimRef = ArticleClaims['figures'][number] | ArticleClaims['times'][number] | ArticleClaims['quotes'][number] | ArticleClaims['statements'][number];
/** A claim of the quotes check. */
export type QuoteClaim = ArticleClaims['quotes'][number];

/** Fields the key leaves out: the claim's article and its index in the article's list (two compares, not a Set look-up: asked for every field walked). */
export function skipped(field: string): boolean {
  return field === 'article' || field === 'index';
}

/** Where a claim sits: results are remembered relative to it. */
export function offsetOf(ref: ClaimRef): number {
  if ('figure' in ref) return ref.figure.span.start;
  if ('time' in ref) return ref.time.span.start;
  if ('venue' in ref) return ref.span.start;
  return ref.quote.span.start;
}

export function sentenceOf(ref: ClaimRef): number | undefined {
  if ('figure' in ref) return ref.figure.sentence;
  if ('time' in ref) return ref.time.sentence;
  if ('venue' in ref) return ref.quote?.quote.sentence;
  return ref.quote.sentence;
}

export interface Base {
  offset: number;
  sentence: number;
  paragraph: number;
}

/** The place a claim's key is written relative to. */
export function baseOf(article: ArticleAnalysis, ref: ClaimRef): Base {
  return placed({ offset: 0, sentence: 0, paragraph: 0 }, article, ref);
}

/** baseOf written into `out` (SameKey's own, reused: no object per claim compared). */
function placed(out: Base, article: ArticleAnalysis, ref: ClaimRef): Base {
  const sentence = sentenceOf(ref);
  out.offset = offsetOf(ref);
  out.sentence = sentence ?? 0;
  out.paragraph = (sentence === undefined ? undefined : article.text.sentences[sentence]?.paragraph) ?? 0;
  return out;
}

/** The article before and now, with how their texts differ. */
export interface Edit {
  now: ArticleAnalysis;
  before: ArticleAnalysis;
  original: TextChange;
  plain: TextChange;
}

export function editOf(now: ArticleAnalysis, before: ArticleAnalysis): Edit {
  return { now, before, original: new TextChange(now.text.original, before.text.original), plain: new TextChange(now.text.plain, before.text.plain) };
}

/** Compares claims of an article now with claims of the same article before an edit. */
export class SameKey {
  /**
   * Field names of the records being compared, as a stack (no array per record): names[0, top).
   * The array never shrinks: cutting its length made V8 trim the store and grow it again per record.
   */
  private readonly names: string[] = [];
  private top = 0;
  private readonly extent: Span = { start: 0, end: 0 };
  /**
   * Figures compared already, by the figure now: with which figure before, the answer, and the
   * stretch the comparison widened the extent to. A figure is compared relative to itself, both as
   * a claim and inside the times of its sentence (KeyWriter.nested), so its answer holds for every
   * place it appears in; without this, each time claim walked its sentence's figures again.
   */
  private readonly figures = new Map<ClaimRef, { other: ClaimRef; same: boolean; start: number; end: number }>();
  /** Figures answered from an earlier comparison (for tests). */
  reused = 0;
  /**
   * Bases of the claims being compared, two per level (the claims, then each nested figure's own),
   * reused from claim to claim: a comparison keeps none of them once it returns.
   */
  private readonly bases: Base[] = [];
  private depth = 0;

  /** The two bases of the next level down, written for `a` (now) and `b` (before); call done() after. */
  private basesFor(a: ClaimRef, b: ClaimRef): number {
    const at = this.depth;
    this.depth += 2;
    while (this.bases.length < this.depth) this.bases.push({ offset: 0, sentence: 0, paragraph: 0 });
    placed(this.bases[at], this.edit.now, a);
    placed(this.bases[at + 1], this.edit.before, b);
    return at;
  }

  constructor(private readonly edit: Edit) {}

  /**
   * Whether the key of `a` (a claim of `edit.now`, of check `kind`) is the key `b` (a claim of
   * `edit.before`) had. False when unsure.
   */
  claim(kind: string, a: ClaimRef, b: ClaimRef): boolean {
    const now = this.edit.now.text;
    const before = this.edit.before.text;
    const ia = sentenceOf(a);
    const ib = sentenceOf(b);
    const sa = ia === undefined ? undefined : now.sentences[ia];
    const sb = ib === undefined ? undefined : before.sentences[ib];
    if ((sa === undefined) !== (sb === undefined)) return false;
    this.depth = 0;
    const at = this.basesFor(a, b);
    const baseA = this.bases[at];
    const baseB = this.bases[at + 1];
    const extent = this.extent;
    extent.start = extent.end = baseA.offset;
    // A figure claim is written relative to itself, as a figure nested in another claim is.
    const figure = kind === 'figures' && 'cls' in a && 'cls' in b;
    if (!(figure ? this.figure(a, b, baseA, baseB) : this.value(a, b, baseA, baseB))) return false;
    const speech = kind === 'quotes' || kind === 'statements';
    if (sa && sb && !speech) {
      if (sa.span.start - baseA.offset !== sb.span.start - baseB.offset || sa.span.end - baseA.offset !== sb.span.end - baseB.offset) return false;
      widen(extent, sa.span.start, sa.span.end);
    }
    if (kind === 'quotes' && sa && sb && ia !== undefined && ib !== undefined) {
      const pa = creditStretch(now, ia, (a as QuoteClaim).quote.span);
      const pb = creditStretch(before, ib, (b as QuoteClaim).quote.span);
      if ((pa === undefined) !== (pb === undefined)) return false;
      if (pa && pb) {
        const fromA = pa.previous?.start ?? pa.paragraph.start;
        const fromB = pb.previous?.start ?? pb.paragraph.start;
        if (pa.paragraph.start - baseA.offset !== pb.paragraph.start - baseB.offset) return false;
        if (fromA - baseA.offset !== fromB - baseB.offset || pa.end - baseA.offset !== pb.end - baseB.offset) return false;
        widen(extent, fromA, baseA.offset);
        widen(extent, baseA.offset, pa.end);
      }
    }
    // The stretch of text the key numbers (the same stretch, relative, on both sides by now).
    const shift = baseA.offset - baseB.offset;
    if (!this.edit.original.same(extent.start, extent.end, shift) || !this.edit.plain.same(extent.start, extent.end, shift)) return false;
    if (speech && !this.samePeople(shift)) return false;
    // KeyWriter writes what the statement check reads of the article's top (its own outlet).
    if (kind === 'statements' && 'venue' in a && 'venue' in b && interviewMark(a) !== interviewMark(b)) return false;
    // KeyWriter writes what the figure check reads of the article beyond the claim (figures.ts, articleReads).
    if (figure && articleReads(a as FigureRef) !== articleReads(b as FigureRef)) return false;
    // KeyWriter writes the other claims of a figure's or time's sentence (fellows.ts).
    if (figure && !sameFellows(a as FigureRef, b as FigureRef)) return false;
    if (kind === 'times' && 'time' in a && 'time' in b && !sameFellows(a as TimeRef, b as TimeRef)) return false;
    return true;
  }

  /** The article's people, with their mentions inside the stretch (KeyWriter writes them for speech). */
  private samePeople(shift: number): boolean {
    const pa = this.edit.now.people;
    const pb = this.edit.before.people;
    if (pa.length !== pb.length) return false;
    const { start, end } = this.extent;
    const startB = start - shift;
    const endB = end - shift;
    for (let i = 0; i < pa.length; i++) {
      const x = pa[i];
      const y = pb[i];
      if (x.key !== y.key || x.name !== y.name) return false;
      if (x.roles.length !== y.roles.length || x.roles.some((r, n) => r !== y.roles[n])) return false;
      // The mentions each side writes, in order, relative to the claim.
      let j = 0;
      let k = 0;
      for (;;) {
        while (j < x.mentions.length && !(x.mentions[j].end > start && x.mentions[j].start < end)) j++;
        while (k < y.mentions.length && !(y.mentions[k].end > startB && y.mentions[k].start < endB)) k++;
        const moreA = j < x.mentions.length;
        if (moreA !== k < y.mentions.length) return false;
        if (!moreA) break;
        if (x.mentions[j].start - shift !== y.mentions[k].start || x.mentions[j].end - shift !== y.mentions[k].end) return false;
        j++;
        k++;
      }
    }
    return true;
  }

  /** KeyWriter.write for two values at once; widens the extent with `a`'s offsets. */
  private value(a: unknown, b: unknown, baseA: Base, baseB: Base): boolean {
    if (a === null || b === null) return a === b;
    const type = typeof a;
    if (type !== typeof b) return false;
    if (type === 'number') return Object.is(a, b);
    if (type !== 'object') return a === b;
    const isArray = Array.isArray(a);
    if (isArray !== Array.isArray(b)) return false;
    if (isArray) {
      const x = a as unknown[];
      const y = b as unknown[];
      if (x.length !== y.length) return false;
      for (let i = 0; i < x.length; i++) if (!this.value(x[i], y[i], baseA, baseB)) return false;
      return true;
    }
    const wordsA = a instanceof WordSet;
    const wordsB = b instanceof WordSet;
    const setA = wordsA || a instanceof Set;
    if (setA !== (wordsB || b instanceof Set)) return false;
    if (setA) {
      // Words only, no offsets: one set (taken over by an unchanged claim, alignment/claimReuse.ts) is written alike on both sides.
      if (a === b && wordsA) return true;
      if (wordsA && wordsB) return this.value((a as WordSet).list, (b as WordSet).list, baseA, baseB);
      // In iteration order, as the writer writes them.
      const x = a as Iterable<unknown>;
      const y = b as Iterable<unknown>;
      if ((x as ReadonlySet<unknown>).size !== (y as ReadonlySet<unknown>).size) return false;
      const ib = y[Symbol.iterator]();
      for (const v of x) {
        const w = ib.next();
        if (w.done || !this.value(v, w.value, baseA, baseB)) return false;
      }
      return ib.next().done === true;
    }
    const x = a as Record<string, unknown>;
    const y = b as Record<string, unknown>;
    const refA = 'figure' in x && 'cls' in x;
    const refB = 'figure' in y && 'cls' in y;
    const nestedA = refA && offsetOf(x as unknown as ClaimRef) !== baseA.offset;
    const nestedB = refB && offsetOf(y as unknown as ClaimRef) !== baseB.offset;
    if (nestedA !== nestedB) return false;
    if (nestedA) return this.nested(x as unknown as ClaimRef, y as unknown as ClaimRef, baseA, baseB);
    return this.record(x, y, baseA, baseB);
  }

  private record(x: Record<string, unknown>, y: Record<string, unknown>, baseA: Base, baseB: Base): boolean {
    // The same fields in the same order (the writer writes them in for-in order).
    const names = this.names;
    const mark = this.top;
    let top = mark;
    for (const k in x) if (!skipped(k)) names[top++] = k;
    let i = mark;
    let same = true;
    for (const k in y) {
      if (skipped(k)) continue;
      if (i >= top || names[i] !== k) { same = false; break; }
      i++;
    }
    if (!same || i !== top) return false;
    // Nested records push above this one's names.
    this.top = top;
    const extent = this.extent;
    for (i = mark; i < top; i++) {
      const k = names[i];
      const v = x[k];
      const w = y[k];
      if (typeof v === 'number' && (k === 'start' || k === 'end' || k === 'after')) {
        if (typeof w !== 'number' || v - baseA.offset !== w - baseB.offset) { same = false; break; }
        if (v < extent.start) extent.start = v;
        if (v > extent.end) extent.end = v;
      } else if (typeof v === 'number' && k === 'sentence') {
        if (typeof w !== 'number' || v - baseA.sentence !== w - baseB.sentence) { same = false; break; }
      } else if (typeof v === 'number' && k === 'paragraph') {
        if (typeof w !== 'number' || v - baseA.paragraph !== w - baseB.paragraph) { same = false; break; }
      } else if (typeof w === 'number' && (k === 'start' || k === 'end' || k === 'after' || k === 'sentence' || k === 'paragraph')) {
        same = false; // a number on one side only: written differently
        break;
      } else if (!this.value(v, w, baseA, baseB)) { same = false; break; }
    }
    this.top = mark;
    return same;
  }

  /** KeyWriter.nested: a figure inside another claim, written relative to itself, placed relative to the claim. */
  private nested(a: ClaimRef, b: ClaimRef, baseA: Base, baseB: Base): boolean {
    const at = this.basesFor(a, b);
    const ownA = this.bases[at];
    const ownB = this.bases[at + 1];
    const same = ownA.offset - baseA.offset === ownB.offset - baseB.offset && ownA.sentence - baseA.sentence === ownB.sentence - baseB.sentence &&
      ownA.paragraph - baseA.paragraph === ownB.paragraph - baseB.paragraph && this.figure(a, b, ownA, ownB);
    this.depth = at;
    return same;
  }

  /** A figure compared relative to itself (`own*`, its own base), once per pair; widens the extent as the walk would. */
  private figure(a: ClaimRef, b: ClaimRef, ownA: Base, ownB: Base): boolean {
    const extent = this.extent;
    let known = this.figures.get(a);
    if (known?.other !== b) {
      const start = extent.start;
      const end = extent.end;
      extent.start = extent.end = ownA.offset;
      const same = this.record(a as unknown as Record<string, unknown>, b as unknown as Record<string, unknown>, ownA, ownB);
      known = { other: b, same, start: extent.start, end: extent.end };
      this.figures.set(a, known);
      extent.start = start;
      extent.end = end;
    } else this.reused++;
    if (known.same) widen(extent, known.start, known.end);
    return known.same;
  }
}

function widen(extent: Span, start: number, end: number): void {
  if (start < extent.start) extent.start = start;
  if (end > extent.end) extent.end = end;
}
