// "a fine of N$5,000 … Because the Namibian dollar is pegged to the rand, that is R5,000": a sum
// restated in a currency pegged at par to the one just told carries the same number, and is the
// writer's arithmetic on that sum, not a claim of its own. Held through the sum it restates, never
// against another sum the sources restate the same way ("the fine equals R1,500" of another fine).
import type { FigureRef } from '../alignment/corpus';

/** Between a sum and its restatement at par: a bracket, a slash, "or", "that is", "equals", "pegged". */
const RESTATING = /\b(?:or|that is|which is|equals?|equal to|equivalent|pegged|at par)\b|[(/]/i;
/** The most text read between the two sums (about two sentences). */
const RESTATING_REACH = 240;

/**
 * Whether the sum is the sum right before it (in its own sentence or the one before) told again at
 * the same number in another currency, with words of restating between: a peg at par.
 */
export function restatedAtPar(f: FigureRef): boolean {
  const figure = f.figure;
  if (figure.unit !== 'money' || figure.range || f.inQuote || !figure.measure) return false;
  const figures = f.article.figures;
  for (let k = f.index - 1; k >= 0; k--) {
    const h = figures[k];
    if (h.sentence < figure.sentence - 1 || figure.span.start - h.span.end > RESTATING_REACH) return false;
    if (h.unit !== 'money' || !h.measure || h.measure === figure.measure || h.range) continue;
    if (Math.abs(h.value - figure.value) > 1e-9 * Math.max(1, Math.abs(figure.value))) continue;
    return RESTATING.test(f.article.text.plain.slice(h.span.end, figure.span.start));
  }
  return false;
}
