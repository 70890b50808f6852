// Calendar arithmetic on plain year/month/day numbers (proleptic Gregorian, UTC-based, no zones).
import type { CalendarDate } from '../../types';
import { wordTable } from '../../wordTable';

export interface FullDate {
  year: number;
  month: number;
  day: number;
}

const MONTH_INDEX: Record<string, number> = wordTable({
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8,
  september: 9, october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
});

const WEEKDAY_INDEX: Record<string, number> = wordTable({
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
  sun: 0, mon: 1, tue: 2, tues: 2, wed: 3, thu: 4, thur: 4, thurs: 4, fri: 5, sat: 6,
});

/** "March", "Mar", "SEPT" → 1–12; undefined for anything else. */
export function monthNumber(word: string): number | undefined {
  return MONTH_INDEX[word.toLowerCase()];
}

/** "Monday", "Tue" → 0 (Sunday) … 6; undefined for anything else. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_INDEX[word.toLowerCase()];
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  // Whole years of four digits and more and whole months (every date the scan reads): counted, not a
  // Date made per call (asked for every date and day number a text holds). Date.UTC reads a year
  // under 100 as 19xx, and takes any month: those and anything else still go through it.
  if (Number.isInteger(year) && year >= 100 && year <= 200000 && Number.isInteger(month) && month >= 1 && month <= 12) {
    if (month !== 2) return MONTH_DAYS[month - 1];
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  }
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01. */
export function dayNumber(d: FullDate): number {
  return Math.floor(Date.UTC(d.year, d.month - 1, d.day) / 86400000);
}

export function fromDayNumber(n: number): FullDate {
  const t = new Date(n * 86400000);
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

export function addDays(d: FullDate, days: number): FullDate {
  return fromDayNumber(dayNumber(d) + days);
}

export function weekdayOf(d: FullDate): number {
  return (dayNumber(d) + 4) % 7; // 1970-01-01 was a Thursday
}

export function isFull(d: CalendarDate | null | undefined): d is FullDate {
  return !!d && d.year !== undefined && d.month !== undefined && d.day !== undefined;
}

/** The most recent `weekday` on or before `ref` (strictly before when `strict`). */
export function weekdayOnOrBefore(ref: FullDate, weekday: number, strict: boolean): FullDate {
  let back = (weekdayOf(ref) - weekday + 7) % 7;
  if (strict && back === 0) back = 7;
  return addDays(ref, -back);
}

/** The first `weekday` strictly after `ref`. */
export function weekdayAfter(ref: FullDate, weekday: number): FullDate {
  let ahead = (weekday - weekdayOf(ref) + 7) % 7;
  if (ahead === 0) ahead = 7;
  return addDays(ref, ahead);
}
