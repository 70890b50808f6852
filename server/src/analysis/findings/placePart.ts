// "Egypt's 4,600 subsidised bakeries" in a draft, where the sources tell "more than 28,000 subsidised
// bakeries, around 4,600 of them in Greater Cairo" and "28,400 nationwide, of which approximately 4,600
// in Greater Cairo": the draft gives one place's part as the whole. The sources' number is the part's,
// no support; their whole is what the draft's figure disagrees with.
import type { Figure } from '../types';
import type { FigureRef } from '../alignment/corpus';
import type { Check } from './check';
import { ratio } from '../alignment/figures';

/** Between a whole and its part: a comma, then "of which" (or nothing more: "…, around 4,600 of them in …"). */
const PART_BEFORE = /,[ \t]*(?:(?:of[ \t]+which|of[ \t]+whom|including)[ \t]*)?$/i;
/** After a part told after "of which": the place it is in, in capitals ("4,600 in Greater Cairo"). */
const IN_PLACE = /^[ \t]+(?:are[ \t]+|were[ \t]+)?in[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/u;
/** After a part told bare: "of them in Greater Cairo". */
const OF_THEM_IN = /^[ \t]+of[ \t]+(?:them|those|these)[ \t]+(?:are[ \t]+|were[ \t]+)?in[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*){0,2})/u;
/** Characters read between the whole and its part, and after the part. */
const BETWEEN_REACH = 40;
const AFTER_REACH = 60;
/** How much larger than the part a whole may be looked for. */
const WHOLE_RATIO = 50;

/** The place a count is told as the part at of the count right before it in its sentence ("Greater Cairo"), or null. */
export function placeOfPart(article: FigureRef['article'], index: number): string | null {
  const part = article.figures[index];
  const whole = index > 0 ? article.figures[index - 1] : undefined;
  if (!whole || whole.sentence !== part.sentence || whole.unit !== 'count' || part.unit !== 'count' || whole.value <= part.value) return null;
  if (part.counted !== null && part.counted !== whole.counted) return null;
  const { plain, sentences } = article.text;
  const s = sentences[part.sentence];
  if (!s || part.span.start - whole.span.end > BETWEEN_REACH) return null;
  const between = plain.slice(whole.span.end, part.span.start);
  const m = PART_BEFORE.exec(between);
  if (!m) return null;
  const after = plain.slice(part.span.end, Math.min(s.span.end, part.span.end + AFTER_REACH));
  // "…, of which 4,600 in Greater Cairo" / "…, around 4,600 of them in Greater Cairo".
  const place = (m[0].length > 1 && /[a-z]/i.test(m[0]) ? IN_PLACE : OF_THEM_IN).exec(after);
  return place ? place[1] : null;
}

function sameValue(f: Figure, g: Figure): boolean {
  if (Math.abs(f.value - g.value) <= 1e-9 * Math.max(1, Math.abs(f.value))) return true;
  return g.qualifier !== 'exact' && f.value >= g.interval.low && f.value <= g.interval.high;
}

/**
 * The source wholes a draft's count is held against when it has the number the sources tell only as a
 * part at a named place, and the draft's sentence names no such place: one whole a source; else none.
 */
export function placePartAsWhole(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.inQuote || f.figure.unit !== 'count' || f.figure.range || !f.cls) return [];
  const { plain, sentences } = f.article.text;
  const s = sentences[f.figure.sentence];
  if (!s) return [];
  const sentence = plain.slice(s.span.start, s.span.end).toLowerCase();
  // A source that tells the number not as a place's part supports the draft as it is.
  for (const h of check.corpus.figureCandidates(f, 0, 1, check.article.path)) {
    if (h.article.path !== check.article.path && h.cls === f.cls && !h.inQuote && sameValue(f.figure, h.figure) && placeOfPart(h.article, h.index) === null) return [];
  }
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const w of check.corpus.figureCandidates(f, 0, WHOLE_RATIO, check.article.path)) {
    if (w.article.path === check.article.path || seen.has(w.article.path) || w.cls !== f.cls || w.inQuote || w.figure.value <= f.figure.value || ratio(f.figure, w.figure) > WHOLE_RATIO) continue;
    const part = w.article.figures[w.index + 1];
    if (!part || !sameValue(f.figure, part)) continue;
    const place = placeOfPart(w.article, w.index + 1);
    // The draft tells the place's count as the place's ("4,600 of them in Greater Cairo"): no slip.
    if (!place || place.toLowerCase().split(/[ \t]+/).some((word) => sentence.includes(word))) continue;
    seen.add(w.article.path);
    out.push(w);
  }
  return out;
}
