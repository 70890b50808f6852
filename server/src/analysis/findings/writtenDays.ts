// Days written out in an article ("March 17", "17 Oct.", "2026-10-14"), not worked out from "Monday"
// or "tonight": what date checks compare, and what an article tells of other days (findings/times.ts).
import type { ArticleAnalysis, CalendarDate, TimeClaim } from '../types';

const WRITTEN_DAY = /\d/;
const MONTH_NAME = /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?![a-z])/i;

/** "twenty-fourth of April" (claims/times/scan.ts reads the ordinal word): a day written out in words. */
const ORDINAL_WORD_DAY = /^(?:(?:twenty|thirty)[- \u00a0])?[a-z]+(?:st|nd|rd|th)[ \u00a0]of[ \u00a0]/i;

/** "March 17", "17 Oct.", "2026-10-14": a day written out, not worked out from "Monday" or "tonight". */
export function writtenDay(t: TimeClaim): boolean {
  return (WRITTEN_DAY.test(t.text) || ORDINAL_WORD_DAY.test(t.text)) && (MONTH_NAME.test(t.text) || /\d{4}-\d\d-\d\d/.test(t.text));
}

/** A date's month and day as one number (month × 100 + day), or null. */
export function monthDay(date: CalendarDate): number | null {
  return date.month === undefined || date.day === undefined ? null : date.month * 100 + date.day;
}

/** The class under which Check.read records whether an article writes a day out (findings/figures.ts stillStates). */
export const DAY_READ = 'day-written';

/** Whether the article writes out the day `md` (monthDay) as a date of its own, or as its own date (a dateline, "Issued: …"). */
export function writesDay(article: ArticleAnalysis, md: number): boolean {
  if (article.dateline && monthDay(article.dateline) === md) return true;
  return article.times.some((x) => x.granularity === 'date' && monthDay(x.date) === md && writtenDay(x));
}
