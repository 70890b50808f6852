// A sum told per stretch of time ("185,000 pounds a week", "£9.6m a year", "$40 per hour") or per
// amount of a good ("€4.35 a kilo", "$82 a barrel", "€3.98/litre"). The same sum per another stretch
// ("£185,000 a month") is the stretch misreported; sums per other stretches or amounts are otherwise
// other quantities, never compared: a price per kilo and one per litre are two prices.
import type { ArticleText, Figure } from '../types';

export type Rate = 'hour' | 'day' | 'week' | 'month' | 'year' | 'kg' | 'litre' | 'tonne' | 'barrel' | 'gallon' | 'ounce' | 'lb' | 'kwh' | 'mwh';

/**
 * Right after the sum: "a week", "per month", "an hour", "a year", "per annum"; "a kilo", "per
 * litre", "/kg", "a barrel". Bounded slice, no nested repeats: linear-time.
 */
const RATE_AFTER = /^\s*(?:(?:a|an|per|each)\s+|\/\s?)(hour|day|week|month|year|annum|kilos?|kilograms?|kg|litres?|liters?|tonnes?|tons?|barrels?|gallons?|ounces?|oz|lbs?|kwh|mwh)\b/i;

/** A good's amount as one word: "kilos", "kilogram" and "kg" are one rate. */
const AMOUNTS: Record<string, Rate> = {
  kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kg: 'kg', litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre',
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', barrel: 'barrel', barrels: 'barrel', gallon: 'gallon', gallons: 'gallon',
  ounce: 'ounce', ounces: 'ounce', oz: 'ounce', lb: 'lb', lbs: 'lb', kwh: 'kwh', mwh: 'mwh',
};
/** Characters read after the sum. */
const REACH = 16;

/** The stretch a sum is told per, or null. */
export function rateOf(text: ArticleText, f: Figure): Rate | null {
  if (f.unit !== 'money') return null;
  const m = RATE_AFTER.exec(text.plain.slice(f.span.end, f.span.end + REACH));
  if (!m) return null;
  const per = m[1].toLowerCase();
  return per === 'annum' ? 'year' : AMOUNTS[per] ?? per as Rate;
}
