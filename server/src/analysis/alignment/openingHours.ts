// Hours a service keeps ("open 8 a.m. to 8 p.m. ET, Monday through Friday", "(Mon–Sat, 8am–6pm)",
// "on Saturdays from 8am to 4pm", "from 8 a.m. to 6 p.m. daily"): a timetable that repeats, not a
// moment of the story. Stories give several in like words (one country's helpline and another's), so
// a draft's hours that a source tells too are not held against another service's (findings/times.ts).
// A range of two clock times with a span of weekdays, a plural weekday or "daily" in its sentence;
// the days name the timetable ("mon-sat", "daily"), and two timetables on other days are two services.
import type { Span } from '../types';

const WEEKDAY = '(?:mon|tue|tues|wed|wednes|thu|thur|thurs|fri|sat|satur|sun)(?:day)?\\.?';
/** "Monday through Friday", "Mon–Sat", "Monday to Saturday". */
const WEEKDAY_SPAN = new RegExp(`(?<![\\p{L}])(${WEEKDAY})[ \\u00a0]{0,2}(?:to|through|thru|until|till|-|–|—)[ \\u00a0]{0,2}(${WEEKDAY})(?![\\p{L}])`, 'iu');
/** "on Saturdays", "weekdays", "daily", "seven days a week". */
const EVERY = /(?<![\p{L}])(?:(mon|tues|wednes|thurs|fri|satur|sun)days|(weekdays)|(weekends)|daily|every day|seven days a week)(?![\p{L}])/iu;
const DAY_KEYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
/** "Monday" → "mon", "Thurs." → "thu". */
const dayKey = (word: string) => DAY_KEYS.find((k) => word.toLowerCase().startsWith(k)) ?? word.toLowerCase();
/** A clock time's far end after it: "8am–6pm", "8 a.m. to 8 p.m.". */
const RANGE_AFTER = /^[ \u00a0]{0,2}(?:to|until|till|-|–|—)[ \u00a0]{0,2}\d/;
/** A clock time's near end before it: "8am–", "8 a.m. to ", "08:00 until ". */
const RANGE_BEFORE = /\d(?:[ \u00a0]?[ap]\.?m\.?)?[ \u00a0]{0,2}(?:to|until|till|-|–|—)[ \u00a0]{0,2}$/i;

/** How far either side of the time, within its sentence, the weekdays may stand ("open 8 a.m. to 8 p.m. ET, Monday through Friday"). */
const REACH = 60;

/**
 * The days of the timetable when the clock time at `time` is one end of a service's repeating hours,
 * told in the sentence at `sentence` ("mon-fri", "sat", "daily"); null when it is not.
 */
export function openingHoursDays(plain: string, sentence: Span, time: Span): string | null {
  const inRange = RANGE_AFTER.test(plain.slice(time.end, time.end + 8)) ||
    RANGE_BEFORE.test(plain.slice(Math.max(sentence.start, time.start - 16), time.start));
  if (!inRange) return null;
  const near = plain.slice(Math.max(sentence.start, time.start - REACH), Math.min(sentence.end, time.end + REACH));
  const span = WEEKDAY_SPAN.exec(near);
  if (span) return `${dayKey(span[1])}-${dayKey(span[2])}`;
  const every = EVERY.exec(near);
  if (!every) return null;
  if (every[1]) return dayKey(every[1]);
  return every[2] ? 'mon-fri' : every[3] ? 'sat-sun' : 'daily';
}
