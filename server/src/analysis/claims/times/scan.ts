// Finds clock times and dates in plain text with flat, bounded regexes (no nested quantifiers),
// then applies the traps that make a capitalised word a date or not ("Sunday Times", "may",
// "Trump 2.0", "the March on Washington"). Resolution against the dateline happens in resolve.ts.
import type { CalendarDate } from '../../types';
import { isValidDate, monthNumber, weekdayNumber } from './calendar';
import type { Zone } from './zones';
import { zoneFor } from './zones';
import { atSentenceStart, isCapitalised, nextWord, prevWord } from './words';

export type Relative =
  | 'weekday' // "Monday": on or before the dateline
  | 'weekday-last' // "last Monday": strictly before
  | 'weekday-next' // "next Monday": strictly after
  | 'month-last' | 'month-this' | 'month-next' | 'month' // "last August", "in August"
  | 'day' // "yesterday" (offset in days)
  | 'year'; // "last year" (offset in years)

export interface Mention {
  start: number;
  end: number;
  granularity: 'clock' | 'date';
  /** Higher wins when two mentions overlap. */
  priority: number;
  // clock
  localMinutes?: number;
  /** Hour written without a.m./p.m. or minutes ("from 9 to 11 a.m."): waits for its range end. */
  bareHour?: boolean;
  hasMeridiem?: boolean;
  zone?: Zone;
  /** "10 a.m. local time": explicit, but no known offset. */
  localTime?: boolean;
  // date
  date?: CalendarDate;
  weekday?: number;
  /** Abbreviated weekday ("Tue"): only kept in front of a full date. */
  weekdayAbbrev?: boolean;
  relative?: Relative;
  offset?: number;
}

const FULL_MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const ABBR_MONTHS = 'Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const MONTH = `${FULL_MONTHS}|${ABBR_MONTHS}|${FULL_MONTHS.toUpperCase()}|${ABBR_MONTHS.toUpperCase()}`;
const FULL_MONTH = `${FULL_MONTHS}|${FULL_MONTHS.toUpperCase()}`;
const FULL_MONTH_SET = new Set(FULL_MONTHS.toLowerCase().split('|'));
const WEEKDAYS = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const WEEKDAY_ABBR = 'Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun';
const NB = '(?<![\\p{L}\\p{N}])';
const NA = '(?![\\p{L}\\p{N}])';
const SP = '[ \\u00a0]';
const YEAR = '((?:1[89]|20)\\d\\d)';
const DAY_END = `(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[,.:]\\p{N}|%)`;

const RE = {
  // "March 10", "Mar. 10, 2025", "MARCH 11, 2025"
  monthDay: new RegExp(`${NB}(${MONTH})(\\.?)${SP}{1,2}(\\d{1,2})${DAY_END}(?:,?${SP}{1,2}${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}))?`, 'gu'),
  // "10 March 2025", "10th of March"
  dayMonth: new RegExp(`(?<![\\p{L}\\p{N}.,:$£€/])(\\d{1,2})(?:st|nd|rd|th)?${SP}{1,2}(?:of${SP}{1,2})?(${MONTH})(\\.?)${NA}(?:,?${SP}{1,2}${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}))?`, 'gu'),
  // "March 2023", "Sept. 2024"
  monthYear: new RegExp(`${NB}(${MONTH})(\\.?),?${SP}{1,2}${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}|%)`, 'gu'),
  // "last August", "in March", "mid-March"
  prefixedMonth: new RegExp(`${NB}(in|In|last|Last|this|This|next|Next|since|Since|until|Until|early|Early|late|Late|mid-|Mid-|mid|Mid|during|During|through|Through|by|By|before|Before|after|After)(${SP}{0,2})(${FULL_MONTH})${NA}`, 'gu'),
  // "in 2023", "late 2025", "mid-2024"
  prefixedYear: new RegExp(`${NB}(in|In|since|Since|until|Until|during|During|early|Early|late|Late|mid-|Mid-|mid|Mid|before|Before|after|After|through|Through|throughout|Throughout)(${SP}{0,2})${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}|[-–/]\\p{N}|%)`, 'gu'),
  iso: /(?<![\p{L}\p{N}\-/.])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\p{N}\-]|\.\p{N})/gu,
  weekday: new RegExp(`${NB}(${WEEKDAYS}|${WEEKDAYS.toUpperCase()}|${WEEKDAY_ABBR})(\\.?)${NA}`, 'gu'),
  relative: new RegExp(`${NB}(yesterday|Yesterday|today|Today|tonight|Tonight|tomorrow|Tomorrow|(?:this|This)${SP}(?:morning|afternoon|evening)|(?:last|Last)${SP}(?:night|evening)|(?:last|Last|this|This|next|Next)${SP}year)${NA}`, 'gu'),
  clock: /(?<![\p{L}\p{N}.,:$£€/])(\d{1,2})(?:([:.])(\d{2}))?(?!\p{N})(?:[ \u00a0]?([aApP])(\.?)[ \u00a0]?[mM](?![\p{L}\p{N}])(\.?))?/gu,
  military: /(?<![\p{L}\p{N}.,:$])([01]\d|2[0-3])([0-5]\d)[ \u00a0]?(GMT|UTC)(?![\p{L}\p{N}])/gu,
  noon: /(?<![\p{L}\p{N}])(?:(12)[ \u00a0])?(noon|Noon|midday|Midday|midnight|Midnight)(?![\p{L}\p{N}])/gu,
  zone: /[ \u00a0]{1,2}(?:(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT)|((?:Eastern|Central|Mountain|Pacific)(?:[ \u00a0](?:European[ \u00a0])?(?:(?:Standard|Daylight|Summer)[ \u00a0])?Time)?|Greenwich[ \u00a0]Mean[ \u00a0]Time|British[ \u00a0]Summer[ \u00a0]Time|(?:UK|London|British|Paris|Brussels|Berlin|Moscow|Tokyo)[ \u00a0]time)|(local[ \u00a0]time))(?![\p{L}\p{N}]|[+\-−]\p{N})/uy,
};

/** Words after which a bare time "9:30" (no a.m./p.m., no zone) is read as a clock time. */
const CLOCK_CUES = new Set(['at', 'around', 'about', 'by', 'until', 'till', 'since', 'after', 'before', 'from',
  'to', 'and', 'approximately', 'roughly', 'past', 'of', 'shortly', 'nearly', 'almost']);

/** Words that make "5 am" a time even before a lower-case word ("at 5 am today"). */
const STRONG_CUES = new Set(['at', 'around', 'about', 'by', 'until', 'till', 'since', 'after', 'before', 'from',
  'approximately', 'roughly', 'past']);

/** Function words that may sit before a weekday or month at a sentence start ("On Monday"). */
const CAPITAL_PREFIXES = new Set(['On', 'By', 'Since', 'Until', 'Till', 'Before', 'After', 'Last', 'This', 'Next',
  'Late', 'Early', 'From', 'Through', 'And', 'Or', 'Between', 'As', 'Then', 'Overnight', 'Starting', 'Beginning',
  'Until', 'But', 'So', 'Also', 'Earlier', 'Later']);
/** Lower-case words that make the following weekday a day, whatever follows it. */
const WEEKDAY_PREFIXES = new Set(['on', 'since', 'by', 'until', 'till', 'before', 'after', 'last', 'next', 'this',
  'late', 'early', 'from', 'through', 'overnight', 'between', 'and', 'or', 'to', 'said', 'says', 'announced']);
/** Outlets named after a day ("The Mail on Sunday", "Independent on Sunday"). */
const ON_DAY_OUTLETS = new Set(['Mail', 'Independent', 'Observer']);
/** Words that may follow "in 2023" without making 2023 a count ("in 2000 homes"). */
const AFTER_YEAR = new Set(['and', 'or', 'the', 'a', 'an', 'when', 'after', 'before', 'as', 'to', 'with', 'but', 'that',
  'which', 'while', 'in', 'on', 'at', 'for', 'from', 'compared', 'alone', 'amid', 'until', 'during', 'because', 'he',
  'she', 'it', 'they', 'we', 'i', 'his', 'her', 'its', 'their', 'was', 'were', 'is', 'had', 'has', 'have', 'did',
  'saw', 'shows', 'showed', 'versus', 'vs', 'than', 'following']);

const clamp = (n: number) => Math.max(0, n);

/** A date without undefined keys, so it compares and prints cleanly. */
function dateOf(year: number | undefined, month: number, day: number): CalendarDate {
  return year === undefined ? { month, day } : { year, month, day };
}

/** Abbreviations ("Mar", "Jan") are names too often to stand before a year without a period. */
function monthOk(monthWord: string, dot: string): boolean {
  return dot !== '' || monthWord.length > 4 || /^(May|MAY|June|JUNE|July|JULY)$/.test(monthWord);
}

/** All clock times and dates in `text` (not yet resolved, not yet filtered by overlap). */
export function scanMentions(text: string): Mention[] {
  const out: Mention[] = [];
  scanDates(text, out);
  scanWeekdays(text, out);
  scanRelative(text, out);
  scanClocks(text, out);
  return out;
}

function scanDates(text: string, out: Mention[]): void {
  for (const m of text.matchAll(RE.monthDay)) {
    const month = monthNumber(m[1]);
    const day = Number(m[3]);
    const year = m[4] ? Number(m[4]) : undefined;
    if (month === undefined || !isValidDate(year ?? 2000, month, day)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, granularity: 'date', priority: 4, date: dateOf(year, month, day) });
  }
  for (const m of text.matchAll(RE.dayMonth)) {
    const month = monthNumber(m[2]);
    const day = Number(m[1]);
    const year = m[4] ? Number(m[4]) : undefined;
    const start = m.index ?? 0;
    // "on 5th May." — the period ends the sentence; only an abbreviation keeps its dot.
    const end = start + m[0].length - (m[3] === '.' && !year && FULL_MONTH_SET.has(m[2].toLowerCase()) ? 1 : 0);
    if (month === undefined || !isValidDate(year ?? 2000, month, day)) continue;
    // "5 May be" — the modal verb; and "10 March against…" is rarer than "10 March".
    if (year === undefined && /^(May|March)$/.test(m[2])) {
      const next = nextWord(text, end);
      if (next && !isCapitalised(next.word) && !AFTER_YEAR.has(next.word)) continue;
    }
    out.push({ start, end, granularity: 'date', priority: 4, date: dateOf(year, month, day) });
  }
  for (const m of text.matchAll(RE.monthYear)) {
    const month = monthNumber(m[1]);
    if (month === undefined || !monthOk(m[1], m[2])) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, granularity: 'date', priority: 3, date: { year: Number(m[3]), month } });
  }
  for (const m of text.matchAll(RE.prefixedMonth)) {
    const prefix = m[1].toLowerCase();
    if (m[2] === '' && prefix !== 'mid-') continue;
    if (m[2] !== '' && prefix === 'mid-') continue;
    const monthAt = (m.index ?? 0) + m[1].length + m[2].length;
    const end = monthAt + m[3].length;
    // "in May's government", "since March Madness": a name, not the month.
    if (/^['’]s/.test(text.slice(end, end + 2))) continue;
    const next = nextWord(text, end);
    if (next && isCapitalised(next.word) && weekdayNumber(next.word) === undefined) continue;
    const month = monthNumber(m[3]);
    if (month === undefined) continue;
    const relative: Relative = prefix === 'last' ? 'month-last' : prefix === 'this' ? 'month-this' : prefix === 'next' ? 'month-next' : 'month';
    const start = relative === 'month' ? monthAt : m.index ?? 0;
    out.push({ start, end, granularity: 'date', priority: 2, date: { month }, relative });
  }
  for (const m of text.matchAll(RE.prefixedYear)) {
    const prefix = m[1].toLowerCase();
    if (m[2] === '' && prefix !== 'mid-') continue;
    if (m[2] !== '' && prefix === 'mid-') continue;
    const yearAt = (m.index ?? 0) + m[1].length + m[2].length;
    const end = yearAt + 4;
    const next = nextWord(text, end);
    if (next && !isCapitalised(next.word) && !AFTER_YEAR.has(next.word.toLowerCase())) continue;
    out.push({ start: yearAt, end, granularity: 'date', priority: 2, date: { year: Number(m[3]) } });
  }
  for (const m of text.matchAll(RE.iso)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isValidDate(year, month, day)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + 10, granularity: 'date', priority: 4, date: dateOf(year, month, day) });
  }
}

function scanWeekdays(text: string, out: Mention[]): void {
  for (const m of text.matchAll(RE.weekday)) {
    const weekday = weekdayNumber(m[1]);
    if (weekday === undefined) continue;
    const start = m.index ?? 0;
    const abbrev = m[1].length <= 5 && !/day$/i.test(m[1]);
    const end = start + m[1].length + (abbrev ? m[2].length : 0);
    const prev = prevWord(text, start);
    let relative: Relative = 'weekday';
    let from = start;
    if (!abbrev) {
      if (prev) {
        const p = prev.word;
        const lower = p.toLowerCase();
        if (lower === 'the' || lower === 'a' || lower === 'an') continue; // "the Sunday Times"
        if (lower === 'on' && ON_DAY_OUTLETS.has(prevWord(text, prev.start)?.word ?? '')) continue;
        if (isCapitalised(p) && !CAPITAL_PREFIXES.has(p)) continue; // "Super Tuesday", "Good Friday"
        if (lower === 'last') relative = 'weekday-last';
        if (lower === 'next') relative = 'weekday-next';
        if (lower === 'last' || lower === 'next' || lower === 'this') from = prev.start;
        if (!WEEKDAY_PREFIXES.has(lower)) {
          const next = nextWord(text, end);
          if (next && isCapitalised(next.word) && monthNumber(next.word) === undefined) continue;
        }
      } else {
        const next = nextWord(text, end);
        if (next && isCapitalised(next.word) && monthNumber(next.word) === undefined) continue; // "Sunday Times"
      }
    }
    out.push({ start: from, end, granularity: 'date', priority: 2, weekday, relative, weekdayAbbrev: abbrev, date: {} });
  }
}

function scanRelative(text: string, out: Mention[]): void {
  for (const m of text.matchAll(RE.relative)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const words = m[0].toLowerCase();
    if (isCapitalised(m[0]) && !atSentenceStart(text, start)) continue; // NBC's "Today"
    if (words === 'today' && /^['’]s/.test(text.slice(end, end + 2))) continue; // "today's world"
    let relative: Relative = 'day';
    let offset = 0;
    if (words === 'yesterday' || words.startsWith('last')) offset = -1;
    if (words === 'tomorrow') offset = 1;
    if (words.endsWith('year')) {
      relative = 'year';
      offset = words.startsWith('last') ? -1 : words.startsWith('next') ? 1 : 0;
    }
    out.push({ start, end, granularity: 'date', priority: 2, relative, offset, date: {} });
  }
}

/** The zone written right after `end`, if any: [zone or 'local', end of the zone words]. */
function zoneAfter(text: string, end: number): { zone?: Zone; local?: boolean; end: number } | null {
  RE.zone.lastIndex = end;
  const z = RE.zone.exec(text);
  if (!z) return null;
  const zEnd = end + z[0].length;
  if (z[3]) return { local: true, end: zEnd };
  const written = z[1] ?? z[2];
  const zone = zoneFor(written);
  if (!zone) return null;
  if (/^(Eastern|Central|Mountain|Pacific)$/.test(written)) {
    // "10 a.m. Pacific Gas…": a region word alone is a zone only when no name follows it.
    const next = nextWord(text, zEnd);
    if (next && isCapitalised(next.word) && weekdayNumber(next.word) === undefined && monthNumber(next.word) === undefined) return null;
  }
  return { zone, end: zEnd };
}

function scanClocks(text: string, out: Mention[]): void {
  for (const m of text.matchAll(RE.clock)) {
    const start = m.index ?? 0;
    // "at 5 am." — without a dot inside, the final period ends the sentence, not the "am".
    let end = start + m[0].length - (m[6] === '.' && m[5] === '' ? 1 : 0);
    const hour = Number(m[1]);
    const sep = m[2];
    const minutes = m[3] === undefined ? 0 : Number(m[3]);
    const meridiem = m[4]?.toLowerCase();
    if (minutes > 59) continue;
    let local: number;
    if (meridiem) {
      if (hour < 1 || hour > 12) continue;
      local = (hour % 12) * 60 + minutes + (meridiem === 'p' ? 720 : 0);
    } else {
      if (sep === '.') continue; // "2.0", "10.30" without a.m./p.m. is a number
      if (hour > 23) continue;
      local = hour * 60 + minutes;
    }
    const z = zoneAfter(text, end);
    if (meridiem && !z && m[5] === '' && /[ \u00a0][aApP]/.test(m[0])) {
      // "3 am radios", "12 pm units": an undotted, spaced am/pm before a lower-case word needs a cue.
      const next = nextWord(text, end);
      const prev = prevWord(text, start);
      if (next && /^\p{Ll}/u.test(next.word) && !(prev && STRONG_CUES.has(prev.word.toLowerCase()))) continue;
    }
    if (!meridiem) {
      const prev = prevWord(text, start);
      const cue = prev !== null && CLOCK_CUES.has(prev.word.toLowerCase());
      if (sep !== ':') {
        // A bare hour counts only as the start of a range: "from 9 to 11 a.m.".
        if (!prev || !/^(from|between)$/i.test(prev.word)) continue;
        out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, bareHour: true });
        continue;
      }
      if (!z && !cue && hour < 13) {
        if (prev && /^(from|between)$/i.test(prev.word)) {
          out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, bareHour: true });
        }
        continue;
      }
      if (text[end] === ':' && /\d/.test(text[end + 1] ?? '')) continue; // "1:23:45" is a duration
    }
    if (z) end = z.end;
    out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, hasMeridiem: !!meridiem, zone: z?.zone, localTime: z?.local });
  }
  for (const m of text.matchAll(RE.military)) {
    const start = m.index ?? 0;
    const zone = zoneFor(m[3]);
    out.push({ start, end: start + m[0].length, granularity: 'clock', priority: 5, localMinutes: Number(m[1]) * 60 + Number(m[2]), hasMeridiem: true, zone });
  }
  for (const m of text.matchAll(RE.noon)) {
    const start = clamp(m.index ?? 0);
    const word = m[2];
    if (isCapitalised(word) && !atSentenceStart(text, start)) continue; // "Midnight Oil"
    let end = start + m[0].length;
    const z = zoneAfter(text, end);
    if (z) end = z.end;
    const local = /noon|midday/i.test(word) ? 720 : 0;
    out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, hasMeridiem: true, zone: z?.zone, localTime: z?.local });
  }
}
