// Pounds that are not sterling: Egypt's pound is a hundred piastres, and an Egyptian story tells its
// sums as "EGP 18.5 billion", "18.5 billion pounds" and "35 piastres" alike. Bare pounds read as
// sterling (sterling.ts) are Egyptian pounds in an article that counts piastres or names EGP, unless it
// writes sterling itself.
import type { ArticleText, Figure } from '../../types';

/** Sterling written as such: the sign, the code, the word, or pence. */
const STERLING_MARK = /£|\bGBP\b|\bsterling\b|\bpence\b/i;

/**
 * "Around eighteen and a half billion pounds" in an article that tells "twenty piastres" (or "EGP 42")
 * elsewhere: the pounds are EGP, held to the other sources' "EGP 18.5 billion", never to a sum in
 * sterling. Figures whose own words write sterling keep it, and an article that writes sterling
 * anywhere keeps its pounds as they were read.
 */
export function piastrePounds(text: ArticleText, figures: Figure[]): void {
  let egyptian = false;
  let bare = false;
  for (const f of figures) {
    if ((f.unit === 'count' && f.counted === 'piastre') || (f.unit === 'money' && f.measure === 'EGP')) egyptian = true;
    else if (f.unit === 'money' && f.measure === 'GBP') bare = true;
  }
  if (!egyptian || !bare || STERLING_MARK.test(text.plain)) return;
  for (let k = 0; k < figures.length; k++) {
    const f = figures[k];
    if (f.unit !== 'money' || f.measure !== 'GBP') continue;
    // "one pound and twenty-five piastres": the piastres said after a whole number of pounds are
    // part of the one sum (1.25), not a count of their own.
    const next = figures[k + 1];
    const cents = next && next.unit === 'count' && next.counted === 'piastre' && next.qualifier === 'exact' && !next.range &&
      Number.isInteger(f.value) && Number.isInteger(next.value) && next.value > 0 && next.value < 100 &&
      POUNDS_AND.test(text.plain.slice(f.span.end, next.span.start)) ? next : null;
    // A new object: the sentence's figures may be remembered between keystrokes (local.ts).
    if (!cents) { figures[k] = { ...f, measure: 'EGP' }; continue; }
    const value = f.value + cents.value / 100;
    const scale = f.value > 0 ? value / f.value : 1;
    figures[k] = { ...f, measure: 'EGP', value, interval: { low: f.interval.low * scale, high: f.interval.high * scale },
      span: { start: f.span.start, end: cents.span.end }, text: text.original.slice(f.span.start, cents.span.end) };
    figures.splice(k + 1, 1);
  }
}

/** Between a sum of pounds and the piastres that end it: "and", or nothing but space. */
const POUNDS_AND = /^[ \t]+(?:and[ \t]+)?$/;
