// Whose share a percentage is: "Foreign investors accounted for roughly 18 per cent of bids" tells
// the foreign investors' share of the bids, and "about 60% of all bids came in for the 15-year bond"
// the bond's. A share of one base is held against another share of it (figures.ts, baseConflict) only
// where the source's sentence names the holder the draft names; another holder's share is another fact.
import type { FigureRef } from '../alignment/corpus';
import { contentWords } from '../alignment/words';

/** Characters read back from the percentage for its holder and verb. */
const REACH = 80;
/**
 * "<one to three words> accounted for / made up / represented (roughly) N%": the holder is the subject
 * of a verb of a share right before the number (an optional qualifier between). Read on a short
 * stretch anchored at its end.
 */
const HOLDER_BEFORE = /([A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z][A-Za-z'’-]*){0,2})[ \t]+(?:accounted[ \t]+for|accounts?[ \t]+for|made[ \t]+up|makes?[ \t]+up|represented|represents?)[ \t]+(?:(?:roughly|about|around|nearly|almost|some|just|over|under|more[ \t]+than|less[ \t]+than)[ \t]+)?$/;

/** The content words of the holder the figure's sentence names before it, or null when it names none. */
export function shareHolder(f: FigureRef): string[] | null {
  const text = f.article.text;
  const sentence = text.sentences[f.figure.sentence];
  const from = Math.max(sentence ? sentence.span.start : 0, f.figure.span.start - REACH);
  // The figure's span holds its qualifier ("roughly 18 per cent"): the verb stands right before it.
  const m = HOLDER_BEFORE.exec(text.plain.slice(from, f.figure.span.start));
  if (!m) return null;
  const words = contentWords(m[1]);
  return words.length > 0 ? words : null;
}

/** Whether f names a holder of its share that g's sentence does not name at all. */
export function otherHolder(f: FigureRef, g: FigureRef): boolean {
  const holder = shareHolder(f);
  if (!holder) return false;
  const sentence = g.article.text.sentences[g.figure.sentence];
  if (!sentence) return false;
  const there = new Set(contentWords(g.article.text.plain, sentence.span.start, sentence.span.end));
  return !holder.some((w) => there.has(w));
}
