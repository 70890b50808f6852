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

/**
 * Fellows' identities by claim, each written once: the incremental check asks for a claim's fellows
 * when it compares the claim with the one before an edit (sameKey.ts) and again when it writes the
 * claim's key; the claim before was asked at the check before. Claims are built afresh for every
 * check and never change after, so an identity stays right for its claim.
 */
const identities = new WeakMap<object, string>();

/** The other figures of a figure's sentence, or the other times of a time's sentence, as a string ('' when it has none). */
export function sentenceFellows(ref: FigureRef | TimeRef): string {
  let out = identities.get(ref);
  if (out === undefined) {
    out = 'figure' in ref ? figureFellows(ref) : timeFellows(ref);
    identities.set(ref, out);
  }
  return out;
}

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
