// A sum told per stretch of time: "185,000 pounds a week", "£9.6m a year", "$40 per hour". The same
// sum per another stretch ("£185,000 a month") is the stretch misreported; sums per other stretches
// are otherwise other quantities, never compared.
import type { ArticleText, Figure } from '../types';

export type Rate = 'hour' | 'day' | 'week' | 'month' | 'year';

/** Right after the sum: "a week", "per month", "an hour", "a year", "per annum". Bounded slice: linear-time. */
const RATE_AFTER = /^\s*(?:a|an|per|each)\s+(hour|day|week|month|year|annum)\b/i;
/** Characters read after the sum. */
const REACH = 16;

/** The stretch a sum is told per, or null. */
export function rateOf(text: ArticleText, f: Figure): Rate | null {
  if (f.unit !== 'money') return null;
  const m = RATE_AFTER.exec(text.plain.slice(f.span.end, f.span.end + REACH));
  if (!m) return null;
  const per = m[1].toLowerCase();
  return per === 'annum' ? 'year' : per as Rate;
}
