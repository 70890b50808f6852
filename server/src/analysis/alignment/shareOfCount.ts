// "a rise of 80,375, or 6.7%", "80,375 persons (+6.7%)": a percentage told right after an exact count,
// as that count's share, says which quantity it is by the count.
import type { Figure } from '../types';

/** Between a count and its share: ", or", " or", " (", " (+" (the sign is the share's own). */
function joinedAsShare(between: string): boolean {
  if (between.length > 8) return false;
  const t = between.trim();
  return t === ', or' || t === ',or' || t === 'or' || t === '(' || t === '(+' || t === '(-' || t === '(−';
}

/**
 * The exact count (of three digits or more) a percentage is told as the share of, right before it in
 * its sentence, or null. Two shares told with the same count are one quantity however they are
 * worded: the draft's "80,375 people, or 8.8 per cent" is the sources' "80,375, or 6.7%".
 */
export function countOfShare(plain: string, figures: readonly Figure[], index: number): number | null {
  const f = figures[index];
  const g = index > 0 ? figures[index - 1] : undefined;
  if (f.unit !== 'percent' || f.range || !g || g.sentence !== f.sentence || g.unit !== 'count' || g.range || g.qualifier !== 'exact' || g.value < 100) return null;
  return g.span.end <= f.span.start && joinedAsShare(plain.slice(g.span.end, f.span.start)) ? g.value : null;
}
