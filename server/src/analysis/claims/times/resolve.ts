// Turns scanned mentions into calendar dates: relative words ("yesterday", "Monday", "last August")
// are anchored to the article's dateline; a date without a year borrows the dateline's year.
import type { CalendarDate } from '../../types';
import { addDays, dayNumber, isFull, weekdayAfter, weekdayOnOrBefore } from './calendar';
import type { Mention } from './scan';

/** Days after the dateline a yearless date may lie before it is read as last year's. */
const FUTURE_DAYS = 60;

/** The date a date mention stands for, or null when it means nothing without a dateline. */
export function resolveDate(m: Mention, dateline: CalendarDate | null): CalendarDate | null {
  const dl = dateline ?? {};
  const written = m.date ?? {};
  switch (m.relative) {
    case 'weekday':
    case 'weekday-last':
    case 'weekday-next': {
      if (written.month !== undefined) return withYear(written, dl);
      if (!isFull(dl) || m.weekday === undefined) return {};
      if (m.relative === 'weekday-next') return weekdayAfter(dl, m.weekday);
      return weekdayOnOrBefore(dl, m.weekday, m.relative === 'weekday-last');
    }
    case 'day':
      return isFull(dl) ? addDays(dl, m.offset ?? 0) : null;
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
