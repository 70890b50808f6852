// Where a change went, told right before where it started ("fell to 4.1% in October, down from 4.7%
// in September"), and the month a figure is told of right after it ("4.7% in September"). Two
// sources' starting values of changes that went to the same value, each told of the same month, are
// one quantity (findings/figures.ts): "down from 7.4% in September" against "from 4.7% in September".
import type { Figure, TimeClaim } from '../types';

/** Most characters between where a change went and where it started. */
const END_REACH = 48;
/**
 * Between the end and the start: "from", "in October, down from", "on the month, up from" (at most
 * three words, then an optional comma and direction word). Matched on the words with spaces made
 * single (markup blanked to spaces leaves runs of them); bounded repeats over short input: linear.
 */
const TO_FROM = /^(?: [A-Za-z-]{1,20}){0,3},? (?:(?:up|down|rising|falling|easing|slowing) )?from $/;

/** The value of the figure right before figures[index] that its change went to, or null. */
export function changeEndBefore(plain: string, figures: readonly Figure[], index: number): number | null {
  const f = figures[index];
  const end = figures[index - 1];
  if (!f || !end || end.sentence !== f.sentence || end.unit !== f.unit || end.qualifier !== 'exact' || end.range) return null;
  if (f.span.start - end.span.end > END_REACH) return null;
  const between = ' ' + plain.slice(end.span.end, f.span.start).trim().replace(/\s+/g, ' ') + ' ';
  return TO_FROM.test(between.replace(/ ,/g, ',')) ? end.value : null;
}

/** Month names and their short forms, as a story writes a month it tells a figure of. */
const MONTH_WORD = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/i;
/** Between a figure and the month it is told of: "in", "for". */
const IN_MONTH = /^\s*(?:in|for)\s+$/i;
/** Most characters between the figure and "in <month>". */
const MONTH_REACH = 8;

/** The month (no day, no weekday) a figure is told of right after it: "4.7% in September", or null. */
export function monthToldAfter(plain: string, f: Figure, t: TimeClaim | null): TimeClaim | null {
  if (!t || t.granularity !== 'date' || t.sentence !== f.sentence || t.date.month === undefined || t.date.day !== undefined || t.weekday !== undefined) return null;
  if (t.span.start < f.span.end || t.span.start - f.span.end > MONTH_REACH || !MONTH_WORD.test(t.text)) return null;
  return IN_MONTH.test(plain.slice(f.span.end, t.span.start)) ? t : null;
}

/** A starting value's month and where its change went. */
export interface MonthStart {
  /** The value the change went to. */
  to: number;
  month: number;
  year?: number;
}

/** "to 4.1% in October, down from 4.7% in September", read on the 4.7%: where it went and its month, or null. */
export function monthStart(plain: string, figures: readonly Figure[], index: number, anchor: TimeClaim | null): MonthStart | null {
  const f = figures[index];
  const month = f ? monthToldAfter(plain, f, anchor) : null;
  if (!month || month.date.month === undefined) return null;
  const to = changeEndBefore(plain, figures, index);
  if (to === null) return null;
  return month.date.year === undefined ? { to, month: month.date.month } : { to, month: month.date.month, year: month.date.year };
}
