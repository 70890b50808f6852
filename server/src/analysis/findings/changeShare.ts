// "Rail ridership was up 18 per cent on a normal Monday" / "the day's passengers were roughly a third of
// usual traffic": a percentage told as a change (up, down, rose, a rise of) and one told as a share of a
// whole ("a third of usual traffic", "40% of the fleet") are two quantities, never one told wrongly,
// however alike the rest of their sentences (findings/figures.ts; only disagreeing is skipped).
import type { FigureRef } from '../alignment/corpus';

/** Characters read back from a percentage, within its sentence, for the change word before it. */
const BEFORE_REACH = 32;
/** Characters read after it for a change noun or comparative ("18% higher", "an 18 per cent rise"). */
const AFTER_REACH = 24;

/**
 * A change's word right before the figure, a "by" and one qualifier word at most between: "up 18 per
 * cent", "fell by about 12%", "rose nearly 5%". Literal alternatives, one optional word each: linear.
 */
const CHANGE_BEFORE = /\b(?:up|down|rose|risen|rises|rising|fell|fallen|falls|falling|increased|decreased|jumped|climbed|dropped|grew|grown|declined|surged|slumped|plunged|slipped|dipped|gained|lost)[ \t]+(?:by[ \t]+)?(?:[a-z]+[ \t]+)?$/i;
/** A change's word right after it: "18% higher", "22% below the average", "an 18 per cent rise", "a 12% drop in". */
const CHANGE_AFTER = /^[ \t]*(?:higher|lower|more|less|below|above|under|over|up|down|rise|increase|jump|drop|fall|decline|gain|growth|cut)\b/i;

/** Whether a percentage is told as a change rather than as a level or a share. */
export function toldAsChange(r: FigureRef): boolean {
  if (r.figure.unit !== 'percent') return false;
  const sentence = r.article.text.sentences[r.figure.sentence];
  const plain = r.article.text.plain;
  const from = Math.max(sentence ? sentence.span.start : 0, r.figure.span.start - BEFORE_REACH);
  const to = Math.min(sentence ? sentence.span.end : plain.length, r.figure.span.end + AFTER_REACH);
  return CHANGE_BEFORE.test(plain.slice(from, r.figure.span.start)) || CHANGE_AFTER.test(plain.slice(r.figure.span.end, to));
}

/** A change against a share of a named whole ("up 18 per cent" / "a third of usual traffic"): two quantities. */
export function changeAgainstShare(f: FigureRef, g: FigureRef): boolean {
  if (f.figure.unit !== 'percent' || g.figure.unit !== 'percent') return false;
  const share = (r: FigureRef) => !!r.figure.of && !toldAsChange(r);
  return (toldAsChange(f) && share(g)) || (toldAsChange(g) && share(f));
}
