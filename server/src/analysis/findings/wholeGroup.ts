// "The company's fleet of 17 vessels is tied up" in a draft, where the sources tell "17 of the company's
// 42 vessels were tied up": the draft names the whole group (a fleet, a workforce, a herd) by the number
// the sources give only as a part of it. The sources' number is the part's, no support; the whole they
// tell is what the draft's figure disagrees with.
import type { Figure } from '../types';
import type { FigureRef } from '../alignment/corpus';
import { equalValues, ratio } from '../alignment/figures';
import type { Check } from './check';

/** Right before a draft's count: a noun that names a whole group, and "of" ("a fleet of 17 vessels", "its workforce of 3,400"). */
const GROUP_OF_BEFORE = /\b(?:fleet|workforce|herd|flock|crew|staff|membership|roster|garrison)[ \t]+of[ \t]+$/i;
/** Characters read before the draft's count. */
const GROUP_REACH = 24;
/** Between a part and the whole it is taken from: "of", an owner ("17 of the company's 42 vessels", "of its 42"). */
const PART_OF = /^[ \t]+of[ \t]+(?:(?:the|our|its|their|his|her|my|your)[ \t]+)?(?:[\p{L}-]+['’]s[ \t]+)?$/u;
/** Characters between a part and its whole. */
const PART_REACH = 32;
/** How much larger than the part a whole is looked for. */
const WHOLE_RATIO = 50;

/** The whole a source's count is taken from, told right after it ("17 of its 42 vessels" → 42 vessels), or null. */
function wholeAfter(article: FigureRef['article'], index: number): Figure | null {
  const part = article.figures[index];
  const whole = article.figures[index + 1];
  if (!whole || whole.sentence !== part.sentence || whole.unit !== 'count' || part.unit !== 'count' || whole.value <= part.value) return null;
  if (whole.counted === null || (part.counted !== null && part.counted !== whole.counted)) return null;
  if (whole.span.start - part.span.end > PART_REACH) return null;
  return PART_OF.test(article.text.plain.slice(part.span.end, whole.span.start)) ? whole : null;
}

/** Whether the draft tells its count as a whole group's ("a fleet of 17 vessels"). */
function toldAsGroup(f: FigureRef): boolean {
  const plain = f.article.text.plain;
  const start = f.figure.span.start;
  return GROUP_OF_BEFORE.test(plain.slice(Math.max(0, start - GROUP_REACH), start));
}

/**
 * The source wholes a draft's count told as a whole group is held against, when every source that
 * tells its number of that thing tells it as a part taken from a larger count right after it: one
 * whole a source; else none.
 */
export function partAsWholeGroup(check: Check, f: FigureRef): FigureRef[] {
  if (!check.isDraft || f.inQuote || f.figure.unit !== 'count' || f.figure.range || f.figure.qualifier !== 'exact' || !f.cls || !toldAsGroup(f)) return [];
  let parts = 0;
  // A source that tells the number not as such a part supports the draft as it is.
  for (const h of check.corpus.figureCandidates(f, 0, 1, check.article.path)) {
    if (h.article.path === check.article.path || h.cls !== f.cls || h.inQuote || !equalValues(f.figure.value, h.figure.value)) continue;
    if (wholeAfter(h.article, h.index) === null) return [];
    parts++;
  }
  if (parts === 0) return [];
  const out: FigureRef[] = [];
  const seen = new Set<string>();
  for (const w of check.corpus.figureCandidates(f, 0, WHOLE_RATIO, check.article.path)) {
    if (w.article.path === check.article.path || seen.has(w.article.path) || w.cls !== f.cls || w.inQuote || w.figure.value <= f.figure.value || w.index === 0) continue;
    // The index may hand out wholes further off than asked (the all-pairs corpus hands out every one): the reach is the rule's.
    if (ratio(f.figure, w.figure) > WHOLE_RATIO) continue;
    const part = w.article.figures[w.index - 1];
    if (!equalValues(f.figure.value, part.value) || wholeAfter(w.article, w.index - 1) !== w.figure) continue;
    seen.add(w.article.path);
    out.push(w);
  }
  return out;
}
