// Turns scanned mentions into calendar dates: relative words ("yesterday", "Monday", "last August")
// are anchored to the article's dateline; a date without a year borrows the dateline's year.
//
// A wire dateline may give a month and day but no year ("LEEDS, 14 Oct (PressLine) –"). Then
// "yesterday" and "today" still have a month and day, but "on Monday" has none: which day of the
// week 14 October is depends on the year. Only when the article ties the dateline's day to a weekday
// ("Wednesday, 14 Oct") can weekdays be counted back from it.
import type { CalendarDate } from '../../types';
import { addDays, dayNumber, isFull, isValidDate, weekdayAfter, weekdayOf, weekdayOnOrBefore } from './calendar';
import type { FullDate } from './calendar';
import type { Mention } from './scan';

/** A weekday lies at most this many days either side of the day it is counted from. */
const WEEK = 7;
/** Days after the dateline a yearless date may lie before it is read as last year's. */
const FUTURE_DAYS = 60;

/**
 * The date a date mention stands for, or null when it means nothing without a dateline.
 * `datelineWeekday` is the day of the week of a dateline without a year, when the article says it.
 */
export function resolveDate(m: Mention, dateline: CalendarDate | null, datelineWeekday?: number): CalendarDate | null {
  const dl = dateline ?? {};
  const written = m.date ?? {};
  switch (m.relative) {
    case 'weekday':
    case 'weekday-last':
    case 'weekday-next': {
      if (written.month !== undefined) return withYear(written, dl);
      if (m.weekday === undefined) return {};
      if (isFull(dl)) {
        if (m.relative === 'weekday-next') return weekdayAfter(dl, m.weekday);
        return weekdayOnOrBefore(dl, m.weekday, m.relative === 'weekday-last');
      }
      // No weekday to count from: a week either side of a day mid-month is still that month, which
      // is enough to tell daylight saving ("LISBON, Aug 14 - … on Thursday, shortly after 0630 GMT").
      if (datelineWeekday === undefined) return dl.month !== undefined && dl.day !== undefined && dl.day > WEEK && dl.day + WEEK <= 28 ? { month: dl.month } : {};
      // Count the days on a calendar where the dateline falls on the weekday the article gives it.
      const stand = standIn(dl, datelineWeekday);
      if (!stand) return {};
      const d = m.relative === 'weekday-next' ? weekdayAfter(stand, m.weekday) : weekdayOnOrBefore(stand, m.weekday, m.relative === 'weekday-last');
      return shiftWithoutYear(dl, dayNumber(d) - dayNumber(stand));
    }
    case 'day':
      if (isFull(dl)) return addDays(dl, m.offset ?? 0);
      return dl.month !== undefined && dl.day !== undefined ? shiftWithoutYear(dl, m.offset ?? 0) : null;
    case 'year':
      return dl.year !== undefined ? { year: dl.year + (m.offset ?? 0) } : null;
    case 'month-last':
    case 'month-this':
    case 'month-next': {
      const month = written.month;
      if (month === undefined) return {};
      if (dl.year === undefined || dl.month === undefined) return { month };
      if (m.relative === 'month-this') return { year: dl.year, month };
      if (m.relative === 'month-last') return { year: month < dl.month ? dl.year : dl.year - 1, month };
      return { year: month > dl.month ? dl.year : dl.year + 1, month };
    }
    default:
      return withYear(written, dl);
  }
}

/** "March 10" in an article dated 2025-03-11 is 2025-03-10; "December 20" then is 2024-12-20. */
function withYear(d: CalendarDate, dl: CalendarDate): CalendarDate {
  if (d.year !== undefined || d.month === undefined || d.day === undefined || dl.year === undefined) return { ...d };
  let year = dl.year;
  if (isFull(dl) && dayNumber({ year, month: d.month, day: d.day }) > dayNumber(dl) + FUTURE_DAYS) year--;
  else if (!isFull(dl) && dl.month !== undefined && d.month - dl.month > 2) year--;
  return { year, month: d.month, day: d.day };
}

/** `d` moved by `days`, as a month and day, when leap years do not change the answer; else unknown. */
function shiftWithoutYear(d: CalendarDate, days: number): CalendarDate {
  const { month, day } = d;
  if (month === undefined || day === undefined) return {};
  let found: CalendarDate | null = null;
  for (const year of [2023, 2024]) { // one common year, one leap year
    if (!isValidDate(year, month, day)) continue;
    const r = addDays({ year, month, day }, days);
    if (found && (found.month !== r.month || found.day !== r.day)) return {};
    found = { month: r.month, day: r.day };
  }
  return found ?? {};
}

/** A year-full stand-in for a yearless `d` on which it falls on `weekday` (only days are counted on it). */
function standIn(d: CalendarDate, weekday: number): FullDate | null {
  const { month, day } = d;
  if (month === undefined || day === undefined) return null;
  for (let year = 2020; year < 2034; year++) {
    if (isValidDate(year, month, day) && weekdayOf({ year, month, day }) === weekday) return { year, month, day };
  }
  return null;
}
