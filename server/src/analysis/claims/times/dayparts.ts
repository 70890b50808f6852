import { wordTable } from '../../wordTable';
// Part of the day written right beside a clock time ("7.42 this morning", "at 9:15 tonight",
// "Last night, at 11.30"): it makes a dot time a time and sets a.m./p.m. for a bare one.
// Only words touching the time count: "at 7.42, hours before the evening rush" is not an evening.

export type DayPart = 'morning' | 'afternoon' | 'evening' | 'night' | 'overnight';

/** How far either side of the time the day-part words may reach. */
const REACH = 48;

const WEEKDAY = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const SP = '[ \\u00a0]';

// ", this morning", " on Wednesday evening", " in the afternoon", " last night", " tonight", " that same afternoon"
export const AFTER = new RegExp(
  `^,?${SP}{1,2}(?:(?:(?:(?:this|that)${SP}{1,2}same|this|that|last|yesterday|tomorrow|(?:on${SP}{1,2})?${WEEKDAY}|in${SP}{1,2}the|at)${SP}{1,2})?` +
  `(morning|afternoon|evening|night)|(tonight|overnight))(?![\\p{L}\\p{N}])`, 'u');

// "This morning at 7.42", "Last night, shortly after 11.30", "this morning at about 7.42"
export const BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(morning|afternoon|evening|night|tonight|overnight),?${SP}{1,2}` +
  `(?:(?:at|around|about|by|until|till|from|since|before|after|shortly|just|approximately|roughly)${SP}{1,2}){0,2}$`, 'iu');

/**
 * Whether `s` holds a day-part word (as AFTER spells them; every word the two patterns take ends
 * with one). Both patterns need one, so most times skip them: compiling them costs 1 to 10 ms (BEFORE's
 * case-insensitive Unicode alternatives most), paid by the first keystroke that types a bare clock time.
 */
function holdsDayPart(s: string): boolean {
  return s.includes('night') || s.includes('morning') || s.includes('afternoon') || s.includes('evening');
}

/** The day-part written beside the time at [start, end), or null. */
export function dayPartNear(text: string, start: number, end: number): DayPart | null {
  const ahead = text.slice(end, end + REACH);
  const after = holdsDayPart(ahead) ? AFTER.exec(ahead) : null;
  const behind = after ? '' : text.slice(Math.max(0, start - REACH), start);
  // BEFORE ignores case, but its words are ASCII letters whose only case-insensitive matches are
  // ASCII: lower-casing cannot hide one.
  const before = after || !holdsDayPart(behind.toLowerCase()) ? null : BEFORE.exec(behind);
  const word = (after ? after[1] ?? after[2] : before?.[1])?.toLowerCase();
  return word === undefined ? null : PARTS[word] ?? null;
}

const PARTS: Record<string, DayPart> = wordTable({
  morning: 'morning', afternoon: 'afternoon', evening: 'evening', night: 'night', tonight: 'night', overnight: 'overnight',
});

/**
 * Minutes after midnight for `hour`:`minutes` written without a.m./p.m. in `part` of the day, or
 * null when the day-part does not settle it (a 24-hour "14.30", "12 this evening").
 */
export function withDayPart(hour: number, minutes: number, part: DayPart): number | null {
  if (hour > 12 || hour < 0) return null;
  switch (part) {
    case 'morning':
      return (hour % 12) * 60 + minutes; // "12.30 this morning" is half past midnight
    case 'afternoon':
      return (hour === 12 ? 12 : hour + 12) * 60 + minutes;
    case 'evening':
      return hour === 12 ? null : (hour + 12) * 60 + minutes;
    case 'night':
      // "at 9.15 tonight" is 21:15, "12.05 last night" just after midnight, "2.30 last night" 02:30.
      if (hour >= 6 && hour <= 11) return (hour + 12) * 60 + minutes;
      return (hour % 12) * 60 + minutes;
    case 'overnight':
      return hour <= 5 ? hour * 60 + minutes : null;
  }
}
