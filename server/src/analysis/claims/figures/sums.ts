// A sum told without its currency beside money that has one: "The previous best was four point one
// million pounds, and the house's own record was six point eight million", "The hammer price in euros
// was about 13.2 million, and the total about 15.9 million euros". The writer names the currency once
// for the sentence; the bare sum is money in it, not a count of nothing (or, said in words, no figure).
import type { Figure } from '../../types';
import type { FigureToken } from './tokens';
import { SCALES } from './numbers';

/** The one currency a sentence tells money in, and the sums it tells in it. */
export interface SentenceSum {
  currency: string;
  values: number[];
}

/** A bare sum is told with a scale word of a million or more: "6.8 million", not "6,800" or "three". */
const SUM_SCALE = 1e6;
/** A bare sum of a size with the sentence's money (as inheritCounted asks of counts). */
const SUM_RATIO = 10;

/**
 * The sentence's currency when its money (pence aside) is all in one and a scale word of a million or
 * more stands outside every sum read with a currency (a bare sum may be there); else null.
 */
export function sentenceSum(found: readonly { figure: Figure }[], tokens: readonly FigureToken[]): SentenceSum | null {
  let currency: string | null = null;
  const values: number[] = [];
  for (const { figure } of found) {
    if (figure.unit !== 'money' || figure.measure === undefined || figure.measure === 'pence') continue;
    if (currency !== null && currency !== figure.measure) return null;
    currency = figure.measure;
    values.push(figure.value);
  }
  if (currency === null) return null;
  for (const t of tokens) {
    if (t.kind !== 'word' || !((SCALES[t.lower] ?? 0) >= SUM_SCALE)) continue;
    let inSum = false;
    for (const { figure } of found) {
      if (figure.unit === 'money' && figure.span.start <= t.start && t.end <= figure.span.end) { inSum = true; break; }
    }
    if (!inSum) return { currency, values };
  }
  return null;
}

/** Whether a number told with this scale and value is a bare sum in the sentence's currency. */
export function isBareSum(sum: SentenceSum, scale: number, value: number): boolean {
  if (scale < SUM_SCALE) return false;
  for (const v of sum.values) if (v > 0 && value / v <= SUM_RATIO && v / value <= SUM_RATIO) return true;
  return false;
}
