// The other claims of a claim's sentence ("sentence fellows") as the checks read them. A figure's
// check reads the figures beside it in its sentence (the count it is taken from, the value a change
// started from, a rare count told beside it: figures.ts), and a time's check the times of its
// sentence (a nearer moment told in the same words, a conversion in brackets, the day written beside
// it: times.ts, clockDay.ts, overnight.ts). Their words are in the sentence's text, which the
// incremental check's key holds, but not all that is read into them: a bare count takes the thing
// the sentence before counted, a clock time without a.m./p.m. the half of the day of its paragraph's
// last time, a time its zone from the passage. An edit in another sentence can change them while the
// claim's own key stays the same; so the fellows are written into the key (findings/incremental.ts,
// KeyWriter) and compared with it (sameKey.ts), offsets relative to the claim.
import type { Figure, TimeClaim } from '../types';
import type { FigureRef, TimeRef } from '../alignment/corpus';
import { claimMemo } from '../alignment/claimMemo';

/**
 * The other figures of a figure's sentence, or the other times of a time's sentence, as a string
 * ('' when it has none). Written once per claim and kept on it (claimMemo.ts): the incremental check
 * asks for a claim's fellows when it compares the claim with the one before an edit (sameKey.ts) and
 * again when it writes the claim's key; the claim before was asked at the check before. Claims are
 * built afresh for every check and never change after, so an identity stays right for its claim.
 */
export function sentenceFellows(ref: FigureRef | TimeRef): string {
  const memo = claimMemo(ref);
  let out = memo.fellows;
  if (out === undefined) memo.fellows = out = 'figure' in ref ? figureFellows(ref) : timeFellows(ref);
  return out;
}

/**
 * Whether `a` and `b` (a claim now and one of the check before, both figures or both times) have
 * the same fellows, i.e. `sentenceFellows(a) === sentenceFellows(b)`, without writing either string
 * when it can: the fellows are compared side by side as fellowText would write them. While an editor
 * types, nearly every claim's fellows are the same; writing them for every claim of every keystroke
 * (a JSON string per fellow) was about 5 % of the keystroke's allocations. When unsure (a value
 * JSON writes some other way than plain data), the strings are written and compared as before.
 */
export function sameFellows(a: FigureRef | TimeRef, b: FigureRef | TimeRef): boolean {
  const fa = 'figure' in a;
  if (fa !== 'figure' in b) return sentenceFellows(a) === sentenceFellows(b);
  const la: readonly (Figure | TimeClaim)[] = fa ? (a as FigureRef).article.figures : (a as TimeRef).article.times;
  const lb: readonly (Figure | TimeClaim)[] = fa ? (b as FigureRef).article.figures : (b as TimeRef).article.times;
  const oa: Figure | TimeClaim = fa ? (a as FigureRef).figure : (a as TimeRef).time;
  const ob: Figure | TimeClaim = fa ? (b as FigureRef).figure : (b as TimeRef).time;
  const atA = placeIn(la, oa, a.index);
  const atB = placeIn(lb, ob, b.index);
  if (atA >= 0 && atB >= 0) {
    const sa = oa.sentence;
    const sb = ob.sentence;
    let fromA = atA;
    while (fromA > 0 && la[fromA - 1].sentence === sa) fromA--;
    let toA = atA + 1;
    while (toA < la.length && la[toA].sentence === sa) toA++;
    let fromB = atB;
    while (fromB > 0 && lb[fromB - 1].sentence === sb) fromB--;
    let toB = atB + 1;
    while (toB < lb.length && lb[toB].sentence === sb) toB++;
    // The same count of fellows, each before or after its claim alike: compared one by one.
    if (toA - fromA === toB - fromB && atA - fromA === atB - fromB) {
      if (toA - fromA === 1) return true; // both alone: '' and ''
      const startA = oa.span.start;
      const startB = ob.span.start;
      let sure = true;
      for (let k = 0; k < toA - fromA && sure; k++) {
        if (fromA + k === atA) continue;
        sure = sameJson(la[fromA + k], lb[fromB + k], '', startA, startB);
      }
      if (sure) return true;
    }
  }
  return sentenceFellows(a) === sentenceFellows(b);
}

/** `own`'s place in `list` (fellowsIn's search), -1 when the list does not hold it. */
function placeIn<T>(list: readonly T[], own: T, index: number): number {
  return list[index] === own ? index : list.indexOf(own);
}

/**
 * True only when fellowText's JSON.stringify (with its replacer, under `key`) writes `x` (relative
 * to `atA`) and `y` (relative to `atB`) alike; false when they differ or when unsure. Plain objects,
 * arrays, strings, booleans, null, undefined and finite numbers only.
 */
function sameJson(x: unknown, y: unknown, key: string, atA: number, atB: number): boolean {
  if (x === null || y === null) return x === y;
  const type = typeof x;
  if (type !== typeof y) return false;
  switch (type) {
    case 'string': case 'boolean': case 'undefined': return x === y;
    case 'number': {
      const v = x as number;
      const w = y as number;
      // The replacer writes non-finite numbers and -0 apart: unsure.
      if (!Number.isFinite(v) || !Number.isFinite(w) || Object.is(v, -0) || Object.is(w, -0)) return false;
      if (key === 'start' || key === 'end') return v - atA === w - atB;
      if (key === 'sentence') return true; // written as 0
      return v === w;
    }
    case 'object': break;
    default: return false; // functions, symbols, bigints: unsure
  }
  const isArray = Array.isArray(x);
  if (isArray !== Array.isArray(y)) return false;
  if (isArray) {
    const a = x as unknown[];
    const b = y as unknown[];
    if (a.length !== b.length) return false;
    // Elements are written under their index, which is never a key the replacer moves.
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i], '', atA, atB)) return false;
    return true;
  }
  // Plain objects only (a Set, a Map or a class instance JSON writes otherwise): their own keys, in for-in order, are what JSON writes.
  if (Object.getPrototypeOf(x) !== Object.prototype || Object.getPrototypeOf(y) !== Object.prototype) return false;
  const a = x as Record<string, unknown>;
  const b = y as Record<string, unknown>;
  // The same keys in the same order, on a stack of names (no array per object; nested objects push above).
  const mark = top;
  let end = mark;
  for (const k in a) names[end++] = k;
  let i = mark;
  for (const k in b) {
    if (i >= end || names[i] !== k) return false;
    i++;
  }
  if (i !== end) return false;
  top = end;
  let same = true;
  for (i = mark; i < end && same; i++) {
    const k = names[i];
    same = sameJson(a[k], b[k], k, atA, atB);
  }
  top = mark;
  return same;
}

/** Field names of the objects being compared by sameJson, as a stack: names[0, top). Never shrunk (V8 would trim and regrow it). */
const names: string[] = [];
let top = 0;

function figureFellows(r: FigureRef): string {
  return fellowsIn(r.article.figures, r.figure, r.index);
}

function timeFellows(r: TimeRef): string {
  return fellowsIn(r.article.times, r.time, r.index);
}

/**
 * The claims of `list` (in text order) in `own`'s sentence but `own`, found beside `index` (its
 * place in the list; scanned for when the list does not hold it there), written relative to it.
 */
function fellowsIn<T extends Figure | TimeClaim>(list: readonly T[], own: T, index: number): string {
  let at = index;
  if (list[at] !== own) at = list.indexOf(own);
  if (at < 0) {
    // Not one of the article's own claims: every claim of its sentence is a fellow.
    let out = '';
    for (const x of list) if (x.sentence === own.sentence) out += fellowText(x, own);
    return out;
  }
  const sentence = own.sentence;
  let from = at;
  while (from > 0 && list[from - 1].sentence === sentence) from--;
  let to = at + 1;
  while (to < list.length && list[to].sentence === sentence) to++;
  if (to - from === 1) return '';
  let out = '';
  for (let k = from; k < to; k++) if (k !== at) out += fellowText(list[k], own);
  return out;
}

/** One fellow, every field, offsets relative to `own`'s start (its sentence is `own`'s). */
function fellowText(x: Figure | TimeClaim, own: Figure | TimeClaim): string {
  const at = own.span.start;
  return `${JSON.stringify(x, function (this: unknown, k: string, v: unknown): unknown {
    if (typeof v !== 'number') return v;
    if (!Number.isFinite(v) || Object.is(v, -0)) return { n: Object.is(v, -0) ? '-0' : String(v) };
    if (k === 'start' || k === 'end') return { at: v - at };
    if (k === 'sentence') return 0;
    return v;
  })};`;
}
