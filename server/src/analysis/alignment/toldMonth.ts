// The month a rate is told of. Inflation, unemployment, growth and the like are published month by
// month, and a story tells several months' readings ("July's Retail Prices Index rate of 4.8%", "rose
// by 4.1% in the 12 months to October", "4.7% in September"): two percentages told of two different
// months are two readings, not one figure misreported (findings/figures.ts), however alike their words.
import type { ArticleAnalysis, TimeClaim } from '../types';

/** The month (1–12) and, when written, the year a percentage is told of. */
export interface ToldMonth {
  month: number;
  year?: number;
}

/**
 * Between a percentage and the month right after it: "in", "for", "in the 12 months to", "in the
 * year to", "over the three months to". Bounded alternatives on a short slice: linear-time.
 */
const TO_MONTH = /^\s{0,3}(?:in|for|over)\s{1,3}(?:the\s{1,3}(?:(?:\d{1,2}|three|six|twelve)\s{1,3}months?|year)\s{1,3}(?:to|ending|ended)\s{1,3})?$/i;
/** Most characters between the percentage and that month. */
const AFTER_REACH = 32;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/**
 * A month's name in the possessive, its year between if written ("July's", "September 2025's"): the
 * reading its clause goes on to give ("July's inflation rate of 4.8%"). Capitalised (not "may's").
 */
const POSSESSIVE_MONTH = /\b(January|February|March|April|May|June|July|August|September|October|November|December)(?:\s(\d{4}))?['’]s\b/g;
/** Most characters back from the percentage to a possessive month. */
const BEFORE_REACH = 64;
/** What ends a clause between the possessive month and the percentage: the month is then another clause's. */
const CLAUSE_END = /[.;:!?]/;

/** A month told with no day or weekday (a time claim "October 2025", "September"), else null. */
function monthOnly(t: TimeClaim): ToldMonth | null {
  const d = t.date;
  if (t.granularity !== 'date' || d.month === undefined || d.day !== undefined || t.weekday !== undefined) return null;
  return d.year === undefined ? { month: d.month } : { month: d.month, year: d.year };
}

/** The month the percentage figures[index] is told of, by a month right after it or a possessive month before it in its clause; null when neither. */
export function toldMonth(article: ArticleAnalysis, index: number): ToldMonth | null {
  const f = article.figures[index];
  if (!f || f.unit !== 'percent') return null;
  const plain = article.text.plain;
  for (const t of article.times) {
    if (t.sentence !== f.sentence || t.span.start < f.span.end) continue;
    if (t.span.start - f.span.end > AFTER_REACH) continue;
    const m = monthOnly(t);
    if (m && TO_MONTH.test(plain.slice(f.span.end, t.span.start))) return m;
  }
  const sentence = article.text.sentences[f.sentence];
  if (!sentence) return null;
  // Back no further than the figure before it in the sentence: a month before that is that figure's.
  let from = Math.max(sentence.span.start, f.span.start - BEFORE_REACH);
  const before = article.figures[index - 1];
  if (before && before.sentence === f.sentence) from = Math.max(from, before.span.end);
  const slice = plain.slice(from, f.span.start);
  let found: ToldMonth | null = null;
  POSSESSIVE_MONTH.lastIndex = 0;
  for (let m = POSSESSIVE_MONTH.exec(slice); m !== null; m = POSSESSIVE_MONTH.exec(slice)) {
    if (CLAUSE_END.test(slice.slice(m.index + m[0].length))) { found = null; continue; }
    const month = MONTHS.indexOf(m[1]) + 1;
    found = m[2] === undefined ? { month } : { month, year: Number(m[2]) };
  }
  return found;
}

/** Two percentages told of two different months (or the same month of two written years). */
export function otherMonths(a: ToldMonth | undefined, b: ToldMonth | undefined): boolean {
  if (!a || !b) return false;
  if (a.month !== b.month) return true;
  return a.year !== undefined && b.year !== undefined && a.year !== b.year;
}

/**
 * "Oslo alone accounted for 2,310 of the new cars registered in February" / "In January, 8,084 new cars
 * were registered": figures tied to two different months (a month with no day, the time claim each
 * figure is anchored to) are counts of two periods, as two months' rates are (otherMonths).
 */
export function otherAnchorMonths(a: TimeClaim | null, b: TimeClaim | null): boolean {
  if (!a || !b) return false;
  return otherMonths(monthOnly(a) ?? undefined, monthOnly(b) ?? undefined);
}
