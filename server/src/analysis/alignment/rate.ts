// A sum told per stretch of time ("185,000 pounds a week", "£9.6m a year", "$40 per hour") or per
// amount of a good ("€4.35 a kilo", "$82 a barrel", "€3.98/litre"). The same sum per another stretch
// ("£185,000 a month") is the stretch misreported; sums per other stretches or amounts are otherwise
// other quantities, never compared: a price per kilo and one per litre are two prices.
import type { ArticleText, Figure } from '../types';

export type Rate = 'hour' | 'day' | 'week' | 'month' | 'year' | 'kg' | 'litre' | 'tonne' | 'barrel' | 'gallon' | 'ounce' | 'lb' | 'kwh' | 'mwh' | 'term' | 'item' |
  `per ${number}`;

/**
 * A count told per a power of ten of something, right after it or its noun: "1,259 cases per 100,000
 * residents", "4.1 deaths for every 1,000 births". The same count per another base is the base misreported.
 */
const COUNT_BASE_AFTER = /^[ \t]*(?:[a-z]+[ \t]+)?(?:per|(?:for|in)[ \t]+every)[ \t]+(1(?:0|,0{3})*)(?!\d|,\d)/i;

/**
 * Right after the sum: "a week", "per month", "an hour", "a year", "per annum"; "a kilo", "per
 * litre", "/kg", "a barrel". Bounded slice, no nested repeats: linear-time.
 */
const RATE_AFTER = /^\s*(?:(?:a|an|per|each)\s+|for\s+(?:every|each)\s+|\/\s?)(hour|day|week|month|year|annum|kilos?|kilograms?|kg|litres?|liters?|tonnes?|tons?|barrels?|gallons?|ounces?|oz|lbs?|kwh|mwh)\b/i;
/**
 * Right after the sum, one of a counted thing: "NOK 500 per fish", "€12 for each ticket", "£40 a
 * head". Its own rate ('item'): the same sum per an amount of a good ("for every kilogram") is the
 * unit misreported. Lower-case words only ("per cent" is no thing).
 */
const ITEM_AFTER = /^\s*(?:(?:a|an|per|each)\s+|for\s+(?:every|each)\s+)(?!cent\b|annum\b|capita\b)[a-z]{3,}\b/;
/** A stretch right after a thing a sum is told per: "per patient per year". */
const STRETCH_AFTER = /^\s*(?:a|an|per|each)\s+(hour|day|week|month|year|annum)\b/i;
/** "NOK 500 (about €43) for every kilogram": the sum converted in brackets right after it is passed over. */
const CONVERTED_AFTER = /^\s*\([^()\n]{1,30}\)/;

/**
 * A whole term right after the sum: "€27m over four years", "over the next three years". The sum of
 * a term and the same sum a year are the stretch misreported ("€6.8m a year" / "€6.8m over four years").
 */
const TERM_AFTER = /^\s*over\s+(?:the\s+)?(?:(?:next|coming|following)\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:years|months)\b/i;
/** A stretch right before the sum's noun: "an annual access fee of €6.8m", "a monthly charge of £40". */
const RATE_BEFORE = /\b(annual|yearly|monthly|weekly|daily|hourly)\s+(?:[a-z-]+\s+){0,3}$/i;
const BEFORE_RATES: Record<string, Rate> = { annual: 'year', yearly: 'year', monthly: 'month', weekly: 'week', daily: 'day', hourly: 'hour' };
/** Characters read before the sum. */
const BEFORE_REACH = 40;

/** A good's amount as one word: "kilos", "kilogram" and "kg" are one rate. */
const AMOUNTS: Record<string, Rate> = {
  kilo: 'kg', kilos: 'kg', kilogram: 'kg', kilograms: 'kg', kg: 'kg', litre: 'litre', litres: 'litre', liter: 'litre', liters: 'litre',
  tonne: 'tonne', tonnes: 'tonne', ton: 'tonne', tons: 'tonne', barrel: 'barrel', barrels: 'barrel', gallon: 'gallon', gallons: 'gallon',
  ounce: 'ounce', ounces: 'ounce', oz: 'ounce', lb: 'lb', lbs: 'lb', kwh: 'kwh', mwh: 'mwh',
};
/** Characters read after the sum. */
const REACH = 16;
/** Characters of a bracketed conversion read past (CONVERTED_AFTER). */
const CONVERTED_REACH = 34;

/** The stretch a sum is told per, or null. */
export function rateOf(text: ArticleText, f: Figure): Rate | null {
  if (f.unit === 'count') {
    const base = COUNT_BASE_AFTER.exec(text.plain.slice(f.span.end, f.span.end + REACH + 24));
    return base && base[1].length >= 3 ? `per ${Number(base[1].replace(/,/g, ''))}` : null;
  }
  if (f.unit !== 'money') return null;
  let after = text.plain.slice(f.span.end, f.span.end + REACH + 16 + CONVERTED_REACH);
  const converted = CONVERTED_AFTER.exec(after);
  after = converted ? after.slice(converted[0].length) : after.slice(0, REACH + 16);
  const m = RATE_AFTER.exec(after.slice(0, REACH + 6));
  if (!m) {
    const item = ITEM_AFTER.exec(after.slice(0, REACH + 6));
    if (item) {
      // "$8,400 per patient per year": a sum per thing per stretch is told per that stretch.
      const stretch = STRETCH_AFTER.exec(after.slice(item[0].length));
      return stretch ? (stretch[1].toLowerCase() === 'annum' ? 'year' : stretch[1].toLowerCase() as Rate) : 'item';
    }
    if (TERM_AFTER.test(after)) return 'term';
    const before = RATE_BEFORE.exec(text.plain.slice(Math.max(0, f.span.start - BEFORE_REACH), f.span.start));
    return before ? BEFORE_RATES[before[1].toLowerCase()] ?? null : null;
  }
  const per = m[1].toLowerCase();
  return per === 'annum' ? 'year' : AMOUNTS[per] ?? per as Rate;
}
