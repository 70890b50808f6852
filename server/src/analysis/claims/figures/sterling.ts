// British money told in words and pence: "1.01 billion pounds", "35 million pounds", "412 pence",
// "412p", "6.5p a share". Pence are a measure of their own, as cents are (412p and £4.12 are never
// held against each other); pounds are GBP only where they cannot be a weight.
import type { FigureToken } from './tokens';
import type { UnitRead } from './units';

/** Scales before "pounds" that make it money: "35 million pounds" (a weight is told in "pounds of"). */
const MONEY_SCALES = new Set(['thousand', 'million', 'billion', 'trillion', 'bn', 'm', 'mn', 'mln']);
/** "1080p", "720p": video resolutions, not pence. */
const RESOLUTIONS = new Set(['240', '360', '480', '576', '720', '1080', '1440', '2160', '4320']);

/**
 * The sterling unit at token k, right after the number that ends before token j (k is j, or j + 1
 * past a hyphen), or null.
 */
export function sterlingAt(tokens: FigureToken[], j: number, k: number): UnitRead | null {
  const u = tokens[k];
  if (!u || u.kind !== 'word') return null;
  if (u.lower === 'pence') return { unit: 'money', measure: 'pence', counted: null, next: k + 1 };
  // "412p", "6.5p": the letter attached to a numeral.
  if (u.lower === 'p' && k === j && !u.spaced && tokens[j - 1]?.kind === 'number' && !RESOLUTIONS.has(tokens[j - 1].text)) {
    return { unit: 'money', measure: 'pence', counted: null, next: k + 1 };
  }
  if ((u.lower === 'pounds' || u.lower === 'pound') && k === j && u.spaced && MONEY_SCALES.has(tokens[j - 1]?.lower ?? '') && tokens[k + 1]?.lower !== 'of') {
    return { unit: 'money', measure: 'GBP', counted: null, next: k + 1 };
  }
  return null;
}
