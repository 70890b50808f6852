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

/** A rise's word right before a percentage ("up 0.3%", "rose by about 2%"), a "by" and one qualifier word at most between. */
const RISE_BEFORE = /\b(?:up|rose|risen|rises|rising|increased|jumped|climbed|grew|grown|surged|gained)[ \t]+(?:by[ \t]+)?(?:[a-z]+[ \t]+)?$/i;
/** A fall's word right before it ("down 0.4%", "fell nearly 2%"). */
const FALL_BEFORE = /\b(?:down|fell|fallen|falls|falling|decreased|dropped|declined|slumped|plunged|slipped|dipped|lost)[ \t]+(?:by[ \t]+)?(?:[a-z]+[ \t]+)?$/i;
/** A rise's word right after it ("0.6% higher", "0.3% above Monday's close"). */
const RISE_AFTER = /^[ \t]*(?:higher|above|up)\b/i;
/** A fall's word right after it ("0.4% lower", "0.4% below Monday's close"). */
const FALL_AFTER = /^[ \t]*(?:lower|below|down)\b/i;

/**
 * Which way a percentage told as a change went, by the word right beside it: 1 a rise ("up 0.3%",
 * "0.6% higher"), -1 a fall ("down 0.4%", "0.4% below"), null when neither or both are told.
 */
export function changeWay(r: FigureRef): number | null {
  if (r.figure.unit !== 'percent') return null;
  const sentence = r.article.text.sentences[r.figure.sentence];
  const plain = r.article.text.plain;
  const before = plain.slice(Math.max(sentence ? sentence.span.start : 0, r.figure.span.start - BEFORE_REACH), r.figure.span.start);
  const after = plain.slice(r.figure.span.end, Math.min(sentence ? sentence.span.end : plain.length, r.figure.span.end + AFTER_REACH));
  const up = RISE_BEFORE.test(before) || RISE_AFTER.test(after);
  const down = FALL_BEFORE.test(before) || FALL_AFTER.test(after);
  return up === down ? null : up ? 1 : -1;
}

/**
 * "up 0.30% on Monday's close" / "down 0.40% on Monday's close": a rise and a fall measured from one
 * base are two moves of the market (at two moments), never one told wrongly, however alike the rest
 * of their sentences (only disagreeing is skipped).
 */
export function oppositeChanges(f: FigureRef, g: FigureRef): boolean {
  const a = changeWay(f);
  return a !== null && changeWay(g) === -a;
}
