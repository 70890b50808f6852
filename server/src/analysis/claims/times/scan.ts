// Finds clock times and dates in plain text with flat, bounded regexes (no nested quantifiers),
// then applies the traps that make a capitalised word a date or not ("Sunday Times", "may",
// "Trump 2.0", "the March on Washington"). Resolution against the dateline happens in resolve.ts.
import type { CalendarDate } from '../../types';
import { isValidDate, monthNumber, weekdayNumber } from './calendar';
import type { Zone } from './zones';
import { zoneFor } from './zones';
import { zoneOfNamedPlace } from './places';
import { atSentenceStart, boundaryBefore, isCapitalised, nextWord, prevWord, startsLower } from './words';
import { dayPartNear, withDayPart } from './dayparts';
import { namesService } from './services';
import { scanSpokenClocks, spokenNumber } from './spoken';
import { spokenYearAfter } from './spokenYear';
import { CuedPattern, CueList } from '../../text/cuedPattern';
import { TEN_ORDINAL_VALUES, UNIT_ORDINAL_VALUES } from '../figures/numbers';
import { isAsciiLetter } from '../../text/codes';

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
  /**
   * A ten or eleven o'clock entry stamp ("**10:00** — …"), which a 12-hour blog may write for the
   * evening: kept only where the article's stamps show the 24-hour clock (index.ts; a paragraph read
   * alone cannot tell).
   */
  hourOfEitherClock?: boolean;
  /** "10 a.m. local time": explicit, but no known offset. */
  localTime?: boolean;
  /** The local clock is a named place's the engine does not know ("Marlow time"). */
  namedClock?: boolean;
  /**
   * GMT/UTC given for reference ("8:30 p.m. local time (0030 GMT)", wire-style "2047 GMT"): the
   * article's other times are local, so this zone is never lent to them.
   */
  conversion?: boolean;
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

// prefixedMonth, prefixedYear, relative, noon and oclock are matched with their leading
// `(?<![\p{L}\p{N}])` checked apart (`afterBoundary`): V8 evaluates a leading lookbehind at every
// position of the text, which made these five scans 4 to 10 times slower than the rest.
const RE = {
  // "March 10", "Mar. 10, 2025", "MARCH 11, 2025"
  monthDay: new RegExp(`${NB}(${MONTH})(\\.?)${SP}{1,2}(\\d{1,2})${DAY_END}(?:,?${SP}{1,2}${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}))?`, 'gu'),
  // "10 March 2025", "10th of March"
  dayMonth: new RegExp(`(?<![\\p{L}\\p{N}.,:$£€/])(\\d{1,2})(?:st|nd|rd|th)?${SP}{1,2}(?:of${SP}{1,2})?(${MONTH})(\\.?)${NA}(?:,?${SP}{1,2}${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}))?`, 'gu'),
  // "March 2023", "Sept. 2024"
  monthYear: new RegExp(`${NB}(${MONTH})(\\.?),?${SP}{1,2}${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}|%)`, 'gu'),
  // "last August", "in March", "mid-March"
  prefixedMonth: new RegExp(`(in|In|last|Last|this|This|next|Next|since|Since|until|Until|early|Early|late|Late|mid-|Mid-|mid|Mid|during|During|through|Through|by|By|before|Before|after|After)(${SP}{0,2})(${FULL_MONTH})${NA}`, 'gu'),
  // "in 2023", "late 2025", "mid-2024"
  prefixedYear: new RegExp(`(in|In|since|Since|until|Until|during|During|early|Early|late|Late|mid-|Mid-|mid|Mid|before|Before|after|After|through|Through|throughout|Throughout)(${SP}{0,2})${YEAR}(?![\\p{L}\\p{N}]|[,.]\\p{N}|[-–/]\\p{N}|%)`, 'gu'),
  iso: /(?<![\p{L}\p{N}\-/.])((?:19|20)\d\d)-(\d\d)-(\d\d)(?![\p{N}\-]|\.\p{N})/gu,
  weekday: new RegExp(`${NB}(${WEEKDAYS}|${WEEKDAYS.toUpperCase()}|${WEEKDAY_ABBR})(\\.?)${NA}`, 'gu'),
  relative: new RegExp(`(yesterday|Yesterday|today|Today|tonight|Tonight|tomorrow|Tomorrow|(?:this|This)${SP}(?:morning|afternoon|evening)|(?:last|Last)${SP}(?:night|evening)|(?:last|Last|this|This|next|Next)${SP}year)${NA}`, 'gu'),
  clock: /(?<![\p{L}\p{N}.,:$£€/])(\d{1,2})(?:([:.])(\d{2}))?(?!\p{N})(?:[ \u00a0]?([aApP])(\.?)[ \u00a0]?[mM](?![\p{L}\p{N}])(\.?))?/gu,
  military: /(?<![\p{L}\p{N}.,:$])([01]\d|2[0-3])([0-5]\d)[ \u00a0]?(GMT|UTC)(?![\p{L}\p{N}])/gu,
  // "at 1517 hrs", "between 1200 hrs and 1800 hrs", "at 1400 hours": the 24-hour clock as Indian,
  // military and police copy write it (the word after the digits says it is a time, not a count).
  hours: /(?<![\p{L}\p{N}.,:$£€₹])([01]\d|2[0-3])([0-5]\d)[ \u00a0]?(hrs|Hrs|HRS|hours|Hours|HOURS)(?![\p{L}\p{N}])/gu,
  // "0440H", "1700H": the 24-hour clock with a capital H glued on, as Philippine disaster bulletins
  // and military signals write it (the letter says it is a time, not a count or a year).
  hSuffix: /(?<![\p{L}\p{N}.,:$£€₹])([01]\d|2[0-3])([0-5]\d)H(?![\p{L}\p{N}])/gu,
  // "at 0430 local time (0230 GMT)": four digits of the 24-hour clock with "local time" after them (the words say it is a time).
  localDigits: /(?<![\p{L}\p{N}.,:$£€₹])([01]\d|2[0-3])([0-5]\d)(?=[ \u00a0]local[ \u00a0]time(?![\p{L}\p{N}-]))/gu,
  noon: /(?:(12)[ \u00a0])?(noon|Noon|midday|Midday|midnight|Midnight)(?![\p{L}\p{N}])/gu,
  // "six o'clock this morning" (a day-part beside it says a.m. or p.m.), "at three o'clock"
  oclock: /(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)[ \u00a0]o['’]clock(?![\p{L}\p{N}])/giu,
  // "Eastern time", "Central European time": newsrooms write the word time in lower case as often as not.
  // A country's fixed clock by its name ("Nepal Time", "India Standard Time", "East Africa Time", "Peru Time"), before
  // the US zones: "Central African Time" is not US Central followed by words. Up to four blanks before
  // the zone: bold closed after the time ("**2:40 a.m.** Peru Time") is blanked to two spaces.
  zone: /[ \u00a0]{1,4}(?:(ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC|BST|CET|CEST|EET|EEST|MSK|JST|KST|HKT|SGT|AEST|AEDT|IST|PKT|NPT|WIB|WITA|WIT|PHT|AWST|ACST|ACDT|NZST|NZDT|SAST|EAT|WAT|CAT|HST|AKST|AKDT|BRT|ART|CLST|CLT|COT|PET|NST|NDT)|((?:Nepal|India|Indian|Pakistan|Bangladesh|Sri[ \u00a0]Lanka|Japan|Korea|Singapore|Philippine|Newfoundland|Peru|Peruvian|Colombia|Colombian|(?:East|West|Central|South)[ \u00a0]African?)(?:[ \u00a0](?:Standard|standard))?[ \u00a0][Tt]ime|(?:Alaska|Hawaii)(?:[ \u00a0](?:Standard|Daylight|standard|daylight))?[ \u00a0][Tt]ime|(?:US[ \u00a0])?(?:Eastern|Central|Mountain|Pacific)(?:[ \u00a0](?:European[ \u00a0])?(?:(?:Standard|Daylight|Summer|standard|daylight|summer)[ \u00a0])?[Tt]ime)?|Greenwich[ \u00a0]Mean[ \u00a0][Tt]ime|British[ \u00a0]Summer[ \u00a0][Tt]ime|(?:UK|London|British|Paris|Brussels|Berlin|Moscow|Tokyo)[ \u00a0]time)|(local[ \u00a0]time))(?![\p{L}\p{N}]|[+\-−]\p{N})/uy,
};

/**
 * Text with a match of RE.oclock has a match of this (a piece every match holds, read with the
 * same flags), and most articles have none: the full scan, whose pattern opens with a choice of
 * words tried at every position, is then skipped.
 */
const CUE = {
  oclock: /[ \u00a0]o['’]clock/iu,
};

const digitAt = (text: string, at: number) => { const c = text.charCodeAt(at); return c >= 48 && c <= 57; };
const asciiLetterAt = (text: string, at: number) => isAsciiLetter(text.charCodeAt(at));

/**
 * Scans tried only near their cue (CuedPattern). prefixedMonth and prefixedYear: every match holds
 * a month's name or a year within its prefix ("throughout", 10 letters) and two spaces of its start.
 * The dates by month ("March 10", "10 March", "March 2023"), the weekdays and noon share one search
 * for their names (WORD_CUES): "10th of March" holds its month 10 code units after its start, "12
 * noon" its word 3.
 */
const PREFIX_LEAD = 12;
const MONTH_CUE = new RegExp(`(?:${MONTH})`);
const WEEKDAY_CUE = new RegExp(`(?:${WEEKDAYS}|${WEEKDAYS.toUpperCase()}|${WEEKDAY_ABBR})`);
const NOON_CUE = /noon|Noon|midday|Midday|midnight|Midnight/;
const CUED = {
  monthDay: new CuedPattern(RE.monthDay, MONTH_CUE, 0),
  dayMonth: new CuedPattern(RE.dayMonth, MONTH_CUE, 10, digitAt),
  monthYear: new CuedPattern(RE.monthYear, MONTH_CUE, 0),
  prefixedMonth: new CuedPattern(RE.prefixedMonth, new RegExp(`(?:${FULL_MONTH})${NA}`, 'u'), PREFIX_LEAD, asciiLetterAt),
  prefixedYear: new CuedPattern(RE.prefixedYear, new RegExp(`(?:1[89]|20)\\d\\d(?![\\p{L}\\p{N}]|[,.]\\p{N}|[-–/]\\p{N}|%)`, 'u'), PREFIX_LEAD),
  weekday: new CuedPattern(RE.weekday, WEEKDAY_CUE, 0),
  noon: new CuedPattern(RE.noon, NOON_CUE, 3, (text, at) => '1nNmM'.includes(text[at] ?? '-')),
};
/** Every month's and weekday's name and noon word: the cue of every scan above but prefixedYear. */
const WORD_CUES = new CueList(new RegExp(`${MONTH_CUE.source}|${WEEKDAY_CUE.source}|${NOON_CUE.source}`));

/**
 * The scans tried only near their cue, for tests: they must find exactly what the full pattern
 * finds, searching their own cue and (`places`) reading the places of WORD_CUES.
 */
const wordCuePlaces = (text: string): readonly number[] => WORD_CUES.places(text);
export const CUED_PATTERNS: readonly { name: string; pattern: CuedPattern; places?: (text: string) => readonly number[] }[] = [
  { name: 'month day', pattern: CUED.monthDay, places: wordCuePlaces },
  { name: 'day month', pattern: CUED.dayMonth, places: wordCuePlaces },
  { name: 'month year', pattern: CUED.monthYear, places: wordCuePlaces },
  { name: 'prefixed month', pattern: CUED.prefixedMonth, places: wordCuePlaces },
  { name: 'prefixed year', pattern: CUED.prefixedYear },
  { name: 'weekday', pattern: CUED.weekday, places: wordCuePlaces },
  { name: 'noon', pattern: CUED.noon, places: wordCuePlaces },
];

/** The scans with a cue checked first, for tests: a text without the cue must have no match. */
export const CUED_SCANS: readonly { name: string; full: RegExp; cue: RegExp }[] = [
  { name: "o'clock", full: RE.oclock, cue: CUE.oclock },
];

/**
 * A live blog's entry stamp in 24-hour style ("02:20" on a line of its own, the entry below, or
 * opening the entry's line: "**06:05** Still 4,300 homes without power"): nothing before it on the
 * line can make it a score or a count. Looks only at the line's own blanks. Only an hour written
 * with its leading zero is sure to be 24-hour: a 12-hour blog's "4:20" is the afternoon.
 */
function opensLine(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i < 0 || text[i] === '\n' || text[i] === '\r';
}

/** Marks a plain-text list sets before its items ("- 08:47 Two inmates climb …"). */
const BULLET_MARKS = new Set(['-', '*', '•', '–']);

/**
 * A timeline's entry: a time opening its line (opensLine), after a bullet mark alone ("- 08:47 Two
 * inmates climb …"), or after a weekday alone ("Tue 08:47", a table's row once its bars are blanked).
 * Nothing but the mark or the day before it on the line can make it a score or a count.
 */
function opensEntry(text: string, start: number): boolean {
  if (opensLine(text, start)) return true;
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (BULLET_MARKS.has(text[i]) && i + 1 < start) return opensLine(text, i);
  const prev = prevWord(text, start);
  return prev !== null && weekdayNumber(prev.word) !== undefined && opensLine(text, prev.start);
}

/**
 * A live blog's entry stamp opening its line with the entry after a dash ("**12:04** – The first
 * helicopter has landed"): a clock time, when it cannot be a 12-hour blog's afternoon (the noon
 * hour, or a leading zero). Read from its line alone: a paragraph is scanned as the whole text is.
 */
export function entryStamp(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i >= 0 && text[i] !== '\n' && text[i] !== '\r') return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  if ((text[j] === '–' || text[j] === '—' || text[j] === '-' || text[j] === '|') && text[j + 1] === ' ') return true;
  // "**12:15** 🏥 The minister has left": a live blog's emoji after the stamp marks the entry as a dash does.
  const c = text.codePointAt(j);
  if (c === undefined || !PICTOGRAPH.test(String.fromCodePoint(c))) return false;
  let k = j + (c > 0xffff ? 2 : 1);
  if (text.charCodeAt(k) === 0xfe0f) k++;
  return text[k] === ' ';
}
/** An emoji's character (a pictograph). Made once: the bundler rebuilds a `\p{…}` literal where it stands. */
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;

/**
 * An entry stamp only the 24-hour clock writes, opening its line with a dash (or a blog's emoji) after it: a
 * leading zero ("08:30 — ") or an hour from 13 to 23 ("17:40 — ", "14:20 📊 "). Markup is blank in the text scanned. Linear.
 */
const TWENTY_FOUR_HOUR_STAMP = /(?:^|[\n\r])[ \t]*(?:0\d|1[3-9]|2[0-3]):[0-5]\d[ \t]*(?:[–—|-]|\p{Extended_Pictographic}\uFE0F?) /u;

/** A timeline's item opening on a time only the 24-hour clock writes: "- 07:30 Board meets", "• 14:05 Trains halted". */
const TWENTY_FOUR_HOUR_ITEM = /(?:^|[\n\r])[ \t]*[-*•–][ \t]+(?:0\d|1[3-9]|2[0-3]):[0-5]\d[ \t]/;

/** Whether the text has an entry stamp (or a timeline's item) written on the 24-hour clock (TWENTY_FOUR_HOUR_STAMP, TWENTY_FOUR_HOUR_ITEM). */
export function hasTwentyFourHourStamp(text: string): boolean {
  return TWENTY_FOUR_HOUR_STAMP.test(text) || TWENTY_FOUR_HOUR_ITEM.test(text);
}

/**
 * "- 11:00 Press conference at the town hall": a time opening a bulleted item. On the 24-hour clock the
 * morning, on a 12-hour list's maybe the evening: read where the article's other items or stamps show
 * the 24-hour clock ("- 07:30 …"; hourOfEitherClock), as a blog's "10:00 —" stamp is.
 */
function opensBulletItem(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return i >= 0 && i + 1 < start && BULLET_MARKS.has(text[i]) && opensLine(text, i);
}

/**
 * A line's opening date before its entry's time: "Tuesday 24 November, " / "- 24 Nov, " / "Nov. 24, 2026, ",
 * the weekday also cut short as timelines and blogs' stamps write it ("Mon 19 Oct, ", "Tue 18 Feb, ").
 */
const DATED_ENTRY = new RegExp(`^[ \\t]*(?:[-*•–][ \\t]+)?(?:(?:[A-Z][a-z]{2,5}day|Mon|Tues?|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\\.?,?[ \\t]+)?(?:\\d{1,2}[ \\t]+(?:${FULL_MONTHS}|${ABBR_MONTHS})\\.?|(?:${FULL_MONTHS}|${ABBR_MONTHS})\\.?[ \\t]+\\d{1,2})(?:,?[ \\t]+\\d{4})?[ \\t]*,[ \\t]*$`);
/** Characters of a line read before a timeline's time for its date. */
const DATED_ENTRY_REACH = 48;

/**
 * A timeline's entry told in the 24-hour dot style: a two-digit hour ("05.40", "14.00") opening its
 * line, alone or after a bullet mark or a date ("- Tuesday 24 November, 05.40: Staff find …", "- 07.15:
 * The company notifies …"), with a colon or a dash before the entry. A decimal never opens a line so.
 */
function timelineStamp(text: string, start: number, end: number, hourText: string): boolean {
  if (hourText.length !== 2) return false;
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  const mark = text[j];
  if (!((mark === ':' && j === end) || mark === '–' || mark === '—' || (mark === '-' && j > end)) || text[j + 1] !== ' ') return false;
  return opensEntry(text, start) || opensDatedEntry(text, start);
}

/**
 * A blog's stamp line with its day ("Tue 18 Feb, 08:00" alone on its line, the entry below): the
 * date opens the line and nothing follows the time. A timeline's item that goes on after the time
 * ("- Mon 19 Oct, 04:50: bear found …") is not read so: its count may be another party's.
 */
function datedStampLine(text: string, start: number, end: number): boolean {
  let j = end;
  while (j < text.length && (text[j] === ' ' || text[j] === '\t')) j++;
  return (j === text.length || text[j] === '\n' || text[j] === '\r') && opensDatedEntry(text, start);
}

/**
 * Whether the line before `start` is only a date opening a timeline's entry or a blog's stamp, with a
 * comma before the time ("- Mon 19 Oct, 04:50: …", "Tue 18 Feb, 08:00" on a line of its own): a time
 * after a written day can be no score or count. Reads at most DATED_ENTRY_REACH characters back.
 */
export function opensDatedEntry(text: string, start: number): boolean {
  let i = start;
  while (i > 0 && start - i < DATED_ENTRY_REACH && text[i - 1] !== '\n' && text[i - 1] !== '\r') i--;
  if (i > 0 && text[i - 1] !== '\n' && text[i - 1] !== '\r') return false;
  return DATED_ENTRY.test(text.slice(i, start));
}

/** Words after which a bare time "9:30" (no a.m./p.m., no zone) is read as a clock time. */
const CLOCK_CUES = new Set(['at', 'around', 'about', 'by', 'until', 'till', 'since', 'after', 'before', 'from',
  'to', 'and', 'approximately', 'roughly', 'past', 'of', 'shortly', 'nearly', 'almost']);

/** Words after which a dot time ("at 7.42") may be a clock time; "to", "and", "of" count numbers too often. */
const DOT_CUES = new Set(['at', 'around', 'about', 'approximately', 'roughly', 'by', 'until', 'till', 'before', 'after',
  'since', 'past']);

/** Words before the cue that make the dot number a figure: "rose by 2.15", "stood at 4.35". */
const FIGURE_VERBS = new Set(['rose', 'rise', 'rises', 'rising', 'risen', 'fell', 'fall', 'falls', 'falling', 'fallen',
  'increased', 'increase', 'increases', 'decreased', 'decrease', 'grew', 'grow', 'grown', 'growing', 'cut', 'cuts',
  'raised', 'raise', 'lowered', 'lower', 'higher', 'dropped', 'drop', 'climbed', 'climb', 'jumped', 'jump', 'slipped',
  'gained', 'gain', 'lost', 'reduced', 'boosted', 'edged', 'slid', 'declined', 'soared', 'plunged', 'tumbled',
  'advanced', 'added', 'shed', 'up', 'down', 'stood', 'stands', 'standing', 'peaked', 'hovered', 'hovering', 'averaged',
  'averaging', 'pegged', 'capped', 'fixed', 'priced', 'valued', 'trading', 'traded', 'settled', 'worth', 'measured',
  'measuring', 'weighed', 'weighing', 'totalled', 'totaled', 'estimated', 'rated', 'scored', 'odds', 'beaten', 'won',
  'led', 'trailed', 'margin']);

/** Words after a dot number that make it a measure: "7.42 per cent", "2.15 million", "3.25 points". */
const UNIT_WORDS = new Set(['per', 'percent', 'pc', 'pence', 'p', 'points', 'point', 'pts', 'million', 'billion',
  'trillion', 'bn', 'm', 'k', 'cents', 'cent', 'dollars', 'euros', 'pounds', 'yen', 'metres', 'meters', 'km', 'miles',
  'mph', 'kph', 'kg', 'tonnes', 'tons', 'times', 'x', 'seconds', 'secs', 'minutes', 'mins', 'hours', 'hrs', 'goals',
  'runs', 'overs', 'degrees', 'inches', 'feet', 'ft', 'litres', 'liters', 'mm', 'cm', 'percentage', 'grams', 'g',
  'acres', 'hectares', 'square', 'cubic', 'years', 'yards', 'metre', 'meter', 'mile', 'seats', 'votes']);

/** Money, markets and measures earlier in the clause: a dot number there is a figure ("the pound closed at 1.25"). */
const FIGURE_CONTEXT = /(?:^|[^\p{L}])(?:shares?|stocks?|index|indices|FTSE|Dow|Nasdaq|pound|sterling|dollars?|euros?|yen|currency|currencies|prices?|priced|rates?|yields?|inflation|GDP|growth|forecasts?|points?|odds|ratio|scored?|version|per cent|percent|valued|traded|trading|crude|barrels?|bonds?|gilts?|average|tonnes|miles|metres|kilometres|seconds|minutes|hours)(?![\p{L}])|[£$€%]/iu;

/** "at 3.45 a share", "7.20 per hour": a price or rate. */
const PER_UNIT = /^[ \u00a0]{1,2}(?:a|an|per|each)[ \u00a0]{1,2}(?:share|barrel|hour|litre|liter|gallon|pound|kilo|kilogram|ounce|tonne|ton|head|night|week|month|year|day|unit|mile|kilometre)(?![\p{L}])/u;

/** The link between the two ends of a dot-time range: "9.30 to 11.15", "7.42 and 7.51". */
const RANGE_GAP = /^[ \u00a0]{0,2}(?:and|to|until|till|or|-|–|—)[ \u00a0]{0,2}$/;
/** A range opened by "from"/"between" whose far end is also a clock time. */
const RANGE_AHEAD = /^[ \u00a0]{0,2}(?:and|to|until|till|-|–|—)[ \u00a0]{0,2}(?:[01]?\d|2[0-3])[.:][0-5]\d(?!\p{N})/u;

/** Words that make "5 am" a time even before a lower-case word ("at 5 am today"). */
const STRONG_CUES = new Set(['at', 'around', 'about', 'by', 'until', 'till', 'since', 'after', 'before', 'from',
  'approximately', 'roughly', 'past']);

/** Function words that may sit before a weekday or month at a sentence start ("On Monday"). */
const CAPITAL_PREFIXES = new Set(['On', 'At', 'By', 'Since', 'Until', 'Till', 'Before', 'After', 'Last', 'This', 'Next',
  'Late', 'Early', 'From', 'Through', 'And', 'Or', 'Between', 'As', 'Then', 'Overnight', 'Starting', 'Beginning',
  'Until', 'But', 'So', 'Also', 'Earlier', 'Later']);
/** Lower-case words that make the following weekday a day, whatever follows it. */
const WEEKDAY_PREFIXES = new Set(['on', 'since', 'by', 'until', 'till', 'before', 'after', 'last', 'next', 'this',
  'late', 'early', 'from', 'through', 'overnight', 'between', 'and', 'or', 'to', 'said', 'says', 'announced']);
/** Parts of the day that make "the Thursday" before them a day ("the Thursday morning rush hour"), not a name. */
const DAY_PART_AFTER = new Set(['morning', 'afternoon', 'evening', 'night']);
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

/**
 * The first match of the global `re` in `text`; `re.exec(text)` then gives the next ones, as
 * `matchAll` would (no pattern here matches the empty string), without the copy of the pattern
 * that `matchAll` makes on every call.
 */
function first(re: RegExp, text: string): RegExpExecArray | null {
  re.lastIndex = 0;
  return re.exec(text);
}

/**
 * Every match of `${NB}` + `re` (global) in `text`, exactly as `matchAll` would give them: a match
 * that fails the lookbehind is dropped and the search resumes one position later.
 */
function afterBoundary(re: RegExp | CuedPattern, text: string, cues?: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  if (re instanceof CuedPattern) {
    // The same steps, the search resuming where the global pattern's lastIndex would.
    let from = 0;
    for (let m = re.exec(text, from, cues); m; m = re.exec(text, from, cues)) {
      if (boundaryBefore(text, m.index)) {
        out.push(m);
        from = m[0] === '' ? m.index + 1 : m.index + m[0].length;
      } else from = m.index + 1;
    }
    return out;
  }
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (boundaryBefore(text, m.index)) {
      out.push(m);
      if (m[0] === '') re.lastIndex = m.index + 1;
    } else re.lastIndex = m.index + 1;
  }
  return out;
}

/** All clock times and dates in `text` (not yet resolved, not yet filtered by overlap). */
export function scanMentions(text: string): Mention[] {
  const out: Mention[] = [];
  const cues = WORD_CUES.places(text);
  scanDates(text, out, cues);
  scanWeekdays(text, out, cues);
  scanRelative(text, out);
  scanClocks(text, out, cues);
  return out;
}

/** Every match of a cued scan, as matchAll gives them (each search from the last match's end). */
function cuedMatches(p: CuedPattern, text: string, cues: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let m = p.exec(text, 0, cues); m; m = p.exec(text, m.index + m[0].length, cues)) out.push(m);
  return out;
}

/**
 * "on Oct. 6 and 7", "6 and 7 October", "March 10-12": days told as a list or span of one month. Either
 * day alone is the event's day and its other day is right too, so neither is a date claim (the
 * numbers stay out of the figures: traps.ts).
 */
const DAY_LIST_AFTER = new RegExp(`^${SP}{0,2}(?:and|or|to|&|-|–)${SP}{0,2}\\d{1,2}(?:st|nd|rd|th)?(?![\\p{L}\\p{N}]|[:.]\\p{N}|${SP}{0,2}(?:[aApP]\\.?[mM]|o['’]clock|${MONTH})(?![\\p{L}]))`, 'u');
const DAY_LIST_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.,:])(?<!(?:${MONTH})\\.?${SP}{1,2})\\d{1,2}(?:st|nd|rd|th)?${SP}{0,2}(?:and|or|to|&|-|–)${SP}{0,2}$`, 'u');
const inDayList = (text: string, start: number, end: number, after: boolean): boolean =>
  after ? DAY_LIST_AFTER.test(text.slice(end, end + 16)) : DAY_LIST_BEFORE.test(text.slice(Math.max(0, start - 24), start));

/** "of April": the month of a day told as an ordinal word before it ("the twenty-fourth of April"). */
const OF_MONTH = new RegExp(`${SP}of${SP}(${FULL_MONTHS})${NA}`, 'gu');
/** The ordinal word that ends right before "of": "the fourteenth", "the twenty-fourth", "the thirty first". */
const ORDINAL_BEFORE = /(?<![\p{L}\p{N}-])(?:(twenty|thirty|Twenty|Thirty)[- \u00a0])?([A-Za-z]+)$/u;

/**
 * "the twenty-fourth of April", "on the fourteenth of March": a day told as an ordinal word, as
 * transcripts and speeches give dates. Only before "of" and a month's full name, after "the".
 */
function scanOrdinalWordDates(text: string, out: Mention[]): void {
  if (!text.includes(' of ')) return;
  OF_MONTH.lastIndex = 0;
  for (let m = OF_MONTH.exec(text); m; m = OF_MONTH.exec(text)) {
    const at = m.index;
    const before = ORDINAL_BEFORE.exec(text.slice(Math.max(0, at - 20), at));
    if (!before) continue;
    const word = before[2].toLowerCase();
    const tens = before[1] ? (before[1].toLowerCase() === 'twenty' ? 20 : 30) : 0;
    const value = UNIT_ORDINAL_VALUES[word] ?? (tens ? undefined : TEN_ORDINAL_VALUES[word]);
    const unit = tens && value !== undefined && value > 9 ? undefined : value;
    if (unit === undefined) continue;
    const start = at - before[0].length;
    if (!/(?:^|[^\p{L}])the[ \u00a0]$/iu.test(text.slice(Math.max(0, start - 5), start))) continue;
    const month = monthNumber(m[1]);
    const day = tens + unit;
    if (month === undefined || !isValidDate(2000, month, day)) continue;
    // "the tenth of January twenty twenty-five": the year said after it.
    const said = spokenYearAfter(text, at + m[0].length);
    if (said && isValidDate(said.year, month, day)) {
      out.push({ start, end: said.end, granularity: 'date', priority: 4, date: { year: said.year, month, day } });
      continue;
    }
    out.push({ start, end: at + m[0].length, granularity: 'date', priority: 4, date: { month, day } });
  }
}

/** A month's full name as a word of its own. */
const FULL_MONTH_WORD = new RegExp(`${NB}(${FULL_MONTHS})${NA}`, 'gu');

/** "in March twenty twenty-one", "May nineteen ninety-eight": a month and its year said in words, as transcripts give them. */
function scanSpokenMonthYears(text: string, out: Mention[]): void {
  if (!/(?:nineteen|twenty|thousand)/i.test(text)) return;
  FULL_MONTH_WORD.lastIndex = 0;
  for (let m = FULL_MONTH_WORD.exec(text); m; m = FULL_MONTH_WORD.exec(text)) {
    const said = spokenYearAfter(text, m.index + m[0].length);
    const month = monthNumber(m[1]);
    if (!said || month === undefined) continue;
    out.push({ start: m.index, end: said.end, granularity: 'date', priority: 3, date: { year: said.year, month } });
  }
}

function scanDates(text: string, out: Mention[], cues: readonly number[]): void {
  scanOrdinalWordDates(text, out);
  scanSpokenMonthYears(text, out);
  for (const m of cuedMatches(CUED.monthDay, text, cues)) {
    const month = monthNumber(m[1]);
    const day = Number(m[3]);
    const year = m[4] ? Number(m[4]) : undefined;
    if (month === undefined || !isValidDate(year ?? 2000, month, day)) continue;
    const start = m.index ?? 0;
    if (year === undefined && inDayList(text, start, start + m[0].length, true)) continue;
    out.push({ start, end: start + m[0].length, granularity: 'date', priority: 4, date: dateOf(year, month, day) });
  }
  for (const m of cuedMatches(CUED.dayMonth, text, cues)) {
    const month = monthNumber(m[2]);
    const day = Number(m[1]);
    const year = m[4] ? Number(m[4]) : undefined;
    const start = m.index ?? 0;
    // "on 5th May." — the period ends the sentence; only an abbreviation keeps its dot.
    const end = start + m[0].length - (m[3] === '.' && !year && FULL_MONTH_SET.has(m[2].toLowerCase()) ? 1 : 0);
    if (month === undefined || !isValidDate(year ?? 2000, month, day)) continue;
    if (inDayList(text, start, end, false)) continue;
    // "5 May be" — the modal verb; and "10 March against…" is rarer than "10 March".
    if (year === undefined && /^(May|March)$/.test(m[2])) {
      const next = nextWord(text, end);
      if (next && !isCapitalised(next.word) && !AFTER_YEAR.has(next.word)) continue;
    }
    out.push({ start, end, granularity: 'date', priority: 4, date: dateOf(year, month, day) });
  }
  for (const m of cuedMatches(CUED.monthYear, text, cues)) {
    const month = monthNumber(m[1]);
    if (month === undefined || !monthOk(m[1], m[2])) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, granularity: 'date', priority: 3, date: { year: Number(m[3]), month } });
  }
  for (const m of afterBoundary(CUED.prefixedMonth, text, cues)) {
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
  for (const m of afterBoundary(CUED.prefixedYear, text)) {
    const prefix = m[1].toLowerCase();
    if (m[2] === '' && prefix !== 'mid-') continue;
    if (m[2] !== '' && prefix === 'mid-') continue;
    const yearAt = (m.index ?? 0) + m[1].length + m[2].length;
    const end = yearAt + 4;
    const next = nextWord(text, end);
    if (next && !isCapitalised(next.word) && !AFTER_YEAR.has(next.word.toLowerCase())) continue;
    out.push({ start: yearAt, end, granularity: 'date', priority: 2, date: { year: Number(m[3]) } });
  }
  for (let m = first(RE.iso, text); m; m = RE.iso.exec(text)) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    if (!isValidDate(year, month, day)) continue;
    const start = m.index ?? 0;
    out.push({ start, end: start + 10, granularity: 'date', priority: 4, date: dateOf(year, month, day) });
  }
}

function scanWeekdays(text: string, out: Mention[], cues: readonly number[]): void {
  for (const m of cuedMatches(CUED.weekday, text, cues)) {
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
        // "the Sunday Times"; but "during the Thursday morning rush hour" names the day by its part.
        if ((lower === 'the' || lower === 'a' || lower === 'an') && !(lower === 'the' && DAY_PART_AFTER.has(nextWord(text, end)?.word ?? ''))) continue;
        if (lower === 'on' && ON_DAY_OUTLETS.has(prevWord(text, prev.start)?.word ?? '')) continue;
        // "Super Tuesday", "Good Friday"; but "0140 GMT Thursday", "9 p.m. ET Friday": a zone after a clock time is no name.
        if (isCapitalised(p) && !CAPITAL_PREFIXES.has(p) && !(/^[A-Z]{2,5}$/.test(p) && zoneFor(p) && /(?:\d|\b[ap]\.?m\.?)\s*$/i.test(text.slice(Math.max(0, prev.start - 6), prev.start)))) continue;
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
  for (const m of afterBoundary(RE.relative, text)) {
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
function zoneAfter(text: string, end: number): { zone?: Zone; local?: boolean; named?: boolean; end: number } | null {
  RE.zone.lastIndex = end;
  const z = RE.zone.exec(text);
  if (!z) return placeAfter(text, end) ?? namedClockAfter(text, end);
  const zEnd = end + z[0].length;
  if (z[3]) return { local: true, end: zEnd };
  const written = z[1] ?? z[2];
  const zone = zoneFor(written);
  if (!zone) return null;
  if (/^(Eastern|Central|Mountain|Pacific)$/.test(written)) {
    // "10 a.m. Pacific Gas…": a region word alone is a zone only when no name follows it.
    const next = nextWord(text, zEnd);
    if (next && isCapitalised(next.word) && weekdayNumber(next.word) === undefined && monthNumber(next.word) === undefined) return null;
    // "07:15  Central line suspended", "at 9am Eastern region depots": nor when a noun follows it, in
    // lower case (a word that goes on the clause after a zone, "9am Eastern on Friday", does not).
    if (next && !isCapitalised(next.word) && !AFTER_ZONE.has(next.word.toLowerCase()) && !text.slice(zEnd, next.start).includes('\n')) return null;
  }
  return { zone, end: zEnd };
}

/** Lower-case words that may follow a US zone's region word written alone ("9am Eastern on Friday", "noon Pacific, when …"). */
const AFTER_ZONE: ReadonlySet<string> = new Set(['on', 'and', 'or', 'to', 'at', 'in', 'the', 'when', 'while', 'with', 'for', 'from', 'until', 'till',
  'before', 'after', 'as', 'but', 'by', 'this', 'that', 'which', 'today', 'tonight', 'tomorrow', 'yesterday', 'is', 'was', 'will', 'would',
  'had', 'has', 'have', 'if', 'so', 'then', 'than', 'via', 'local', 'each', 'every', 'sharp', 'onwards', 'onward', 'a', 'an']);

/** "from 6 November", "between 9 March and …": a month after the number makes it a day, not a range's bare hour. */
function beforeMonth(text: string, end: number): boolean {
  const next = nextWord(text, end);
  return next !== null && monthNumber(next.word) !== undefined;
}

/** Most words a day written between a clock time and its zone has ("on Thursday, 1 October,"). */
const DAY_WORDS = 4;
/** A part of the day told between a clock time and its zone ("06:30 this morning, Marlow time"). */
const DAY_PART_BETWEEN = /^ (?:this (?:morning|afternoon|evening)|today|tonight|tomorrow)/;

/**
 * "2.30am on Tuesday Singapore time", "12.01pm on Thursday, 1 October, Singapore time", "9 a.m. on
 * Monday ET", "06:30 this morning, Marlow time", "16:01 on Thursday 1 October (Marlow time)": the
 * zone written after the day the clock time is on is the time's zone. Only a zone named as such (an
 * abbreviation, "Eastern time", "<place> time"), not "in <place>" (where the event may be, not whose
 * clock it is). The day stays a mention of its own: only the zone is returned.
 */
function zoneAfterDay(text: string, end: number): { zone?: Zone; local?: boolean; named?: boolean } | null {
  let k = end;
  const part = DAY_PART_BETWEEN.exec(text.slice(k, k + 20));
  if (part) k += part[0].length;
  else {
    if (text.slice(k, k + 4) !== ' on ') return null;
    k += 3;
    let days = 0;
    for (let n = 0; n < DAY_WORDS; n++) {
      const j = text.charCodeAt(k) === 44 ? k + 1 : k;
      const w = nextWord(text, j);
      if (w && (weekdayNumber(w.word) !== undefined || monthNumber(w.word) !== undefined)) { k = w.end; days++; continue; }
      const d = DAY_NUMBER.exec(text.slice(j, j + 6));
      if (d) { k = j + d[0].length; days++; continue; }
      break;
    }
    if (days === 0) return null;
  }
  // ", Marlow time" or " (Marlow time)".
  const j = text.charCodeAt(k) === 44 ? k + 1 : text.slice(k, k + 2) === ' (' ? k + 1 : k;
  const from = text.charCodeAt(j) === 40 ? j + 1 : j;
  // A zone the engine knows by name ("UK time", "ET") first, as zoneAfter reads it; only then a place's clock.
  RE.zone.lastIndex = j;
  const z = RE.zone.exec(text);
  const written = z && (z[1] ?? z[2]);
  // A region word alone ("Eastern") may open a name; after a day it must say "time".
  const zone = written && !/^(Eastern|Central|Mountain|Pacific)$/.test(written) ? zoneFor(written) : undefined;
  if (zone) return { zone };
  return namedClockAfter(text, from === j ? j : from - 1, from !== j);
}

/** A day of the month after a blank: " 1", " 21st". */
const DAY_NUMBER = /^ \d{1,2}(?:st|nd|rd|th)?(?![\p{L}\p{N}])/u;

/**
 * "7am Singapore time", "noon Hong Kong time", "16:01 (Marlow time)": capitalised words and "time"
 * right after `end` (one blank; with `bracket`, one opening bracket) name the clock the time is told
 * on. A place whose clock is known gives its zone, as "7am in Singapore" does; a place the engine does
 * not know gives a local clock of its own, so no zone carried from elsewhere in the story is put on it.
 */
function namedClockAfter(text: string, end: number, bracket = false): { zone?: Zone; local?: boolean; named?: boolean; end: number } | null {
  const c = text.charCodeAt(end);
  if (bracket ? c !== 40 : c !== 32 && c !== 0xa0) return null;
  const from = end + 1;
  let k = from;
  for (let n = 0; n < PLACE_WORDS; n++) {
    if (!isCapitalLetter(text.charCodeAt(k))) return null;
    let e = k + 1;
    while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
    const word = text.slice(k, e);
    if (weekdayNumber(word) !== undefined || monthNumber(word) !== undefined || NOT_CLOCK_NAMES.has(word)) return null;
    if (text.slice(e, e + 5) === ' time' && !isLetterCode(text.charCodeAt(e + 5))) {
      const label = zoneOfNamedPlace(text.slice(from, e));
      const zone = label !== undefined ? zoneFor(label) : undefined;
      return zone ? { zone, end: e + 5 } : { local: true, named: true, end: e + 5 };
    }
    if (text.charCodeAt(e) !== 32) return null;
    k = e + 1;
  }
  return null;
}

/** Capitalised words before "time" that name no clock ("Prime time", "the Half time whistle"). */
const NOT_CLOCK_NAMES = new Set(['The', 'A', 'An', 'Prime', 'Half', 'Full', 'Extra', 'Injury', 'Game', 'Show', 'Tea', 'Question', 'Screen', 'Play', 'Part', 'Local', 'Standard', 'Daylight', 'Summer', 'Winter', 'Zulu']);

/** Most words a place's name after "in" has ("Salt Lake City"). */
const PLACE_WORDS = 3;

/**
 * "7pm in London", "2pm in the UK", "6am in California": a clock time followed by "in" and a place
 * whose clock is known is that place's wall-clock time. The place ends where a word does (scanned by
 * hand, at most PLACE_WORDS capitalised words after an optional "the").
 */
function placeAfter(text: string, end: number): { zone: Zone; end: number } | null {
  let k = end;
  if (text.charCodeAt(k) !== 32 && text.charCodeAt(k) !== 0xa0) return null;
  k++;
  if (text.slice(k, k + 3) !== 'in ') return null;
  k += 3;
  const from = k;
  if (text.slice(k, k + 4) === 'the ') k += 4;
  let found: { zone: Zone; end: number } | null = null;
  for (let n = 0; n < PLACE_WORDS; n++) {
    if (!isCapitalLetter(text.charCodeAt(k))) break;
    let e = k + 1;
    while (e < text.length && isLetterCode(text.charCodeAt(e))) e++;
    const label = zoneOfNamedPlace(text.slice(from, e));
    const zone = label !== undefined ? zoneFor(label) : undefined;
    if (zone) found = { zone, end: e };
    if (text.charCodeAt(e) !== 32) break;
    k = e + 1;
  }
  return found;
}

function isCapitalLetter(c: number): boolean {
  return c >= 65 && c <= 90;
}

function isLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function scanClocks(text: string, out: Mention[], cues: readonly number[]): void {
  // End of the last clock time kept without a.m./p.m., so the far end of "7.42 and 7.51" needs no
  // cue of its own ("10 a.m. and 2.30" does not say which half of the day 2.30 is in).
  let lastEnd = -1;
  for (let m = first(RE.clock, text); m; m = RE.clock.exec(text)) {
    /** A ten or eleven o'clock entry stamp, read only for its article to settle (Mention.hourOfEitherClock). */
    let either = false;
    const start = m.index ?? 0;
    // "at 5 am." — without a dot inside, the final period ends the sentence, not the "am".
    let end = start + m[0].length - (m[6] === '.' && m[5] === '' ? 1 : 0);
    const hour = Number(m[1]);
    const sep = m[2];
    const minutes = m[3] === undefined ? 0 : Number(m[3]);
    const meridiem = m[4]?.toLowerCase();
    if (minutes > 59) continue;
    // "10:14:58 (08:14:58 UTC)", "| 11:15:09 |": a time of day told to the second, its hour in two
    // digits (a race's time is "2:05:41"): read to its minute, its words running to the seconds.
    if (!meridiem && sep === ':' && m[1].length === 2 && SECONDS_AFTER.test(text.slice(end, end + 5))) end += 3;
    let local: number;
    let hasMeridiem = !!meridiem;
    if (meridiem) {
      if (hour < 1 || hour > 12) continue;
      local = (hour % 12) * 60 + minutes + (meridiem === 'p' ? 720 : 0);
    } else {
      if (hour > 23) continue;
      local = hour * 60 + minutes;
    }
    if (sep === undefined && !meridiem) {
      // A bare hour counts only as the start of a range: "from 9 to 11 a.m.". Most are counts
      // ("17 News", "June 8"), so they are settled before the zone and the day-part are read.
      const prev = prevWord(text, start);
      if (!prev || !/^(from|between)$/i.test(prev.word) || beforeMonth(text, end)) continue;
      out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, bareHour: true });
      continue;
    }
    const z = zoneAfter(text, end);
    if (namesService(text, start, z ? z.end : end)) continue; // "the 7:15 flight"
    if (meridiem && !z && m[5] === '' && /[ \u00a0][aApP]/.test(m[0])) {
      // "3 am radios", "12 pm units": an undotted, spaced am/pm before a lower-case word needs a cue.
      const next = nextWord(text, end);
      const prev = prevWord(text, start);
      if (next && startsLower(next.word) && !(prev && STRONG_CUES.has(prev.word.toLowerCase()))) continue;
    }
    // "about 4:35 per mile", "2:51/km", "at 2:50 pace": minutes and seconds a runner takes over a
    // stretch of road, no time of day.
    if (!meridiem && !z && PACE_AFTER.test(text.slice(end, end + PACE_REACH))) continue;
    if (!meridiem) {
      const prev = prevWord(text, start);
      const cue = prev !== null && CLOCK_CUES.has(prev.word.toLowerCase());
      const part = dayPartNear(text, start, end);
      const continues = lastEnd >= 0 && start - lastEnd <= 9 && RANGE_GAP.test(text.slice(lastEnd, start));
      if (sep === '.') {
        // "2.0", "a 7.5 per cent rise", "rose 3.25": a dot number is a time only with a cue or day-part.
        if (!dotTimeOk(text, m[1], start, end, z !== null, part !== null, continues)) continue;
      } else if (!z && !cue && !part && !continues && hour < 13 && !(sep === ':' && m[1].length === 2 && m[1][0] === '0' && (opensEntry(text, start) || datedStampLine(text, start, end))) &&
        !(sep === ':' && (hour === 12 || m[1][0] === '0') && entryStamp(text, start, end)) &&
        // "**10:00** — The briefing has started": on the 24-hour clock the morning, on a 12-hour blog's
        // maybe the evening; read, and marked for the article to settle (hourOfEitherClock).
        !(either = sep === ':' && m[1].length === 2 && (entryStamp(text, start, end) || opensBulletItem(text, start)))) {
        if (prev && /^(from|between)$/i.test(prev.word) && !beforeMonth(text, end)) {
          out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, bareHour: true });
        }
        continue;
      }
      if (text[end] === ':' && /\d/.test(text[end + 1] ?? '')) continue; // "1:23:45" is a duration
      if (part) {
        const v = withDayPart(hour, minutes, part);
        if (v !== null) { local = v; hasMeridiem = true; }
      }
    }
    if (z) end = z.end;
    const named = z ?? zoneAfterDay(text, end);
    const zone = named?.zone;
    const mention: Mention = {
      start, end, granularity: 'clock', priority: 5, localMinutes: local, hasMeridiem, zone, localTime: named?.local, namedClock: named?.named,
      conversion: zone !== undefined && isReference(zone) && convertsBefore(text, start),
    };
    if (either) mention.hourOfEitherClock = true;
    out.push(mention);
    lastEnd = hasMeridiem ? -1 : end;
  }
  for (let m = first(RE.military, text); m; m = RE.military.exec(text)) {
    const start = m.index ?? 0;
    const zone = zoneFor(m[3]);
    // Wire style: "2047 GMT" translates a local time; the story's other times are local.
    out.push({ start, end: start + m[0].length, granularity: 'clock', priority: 5, localMinutes: Number(m[1]) * 60 + Number(m[2]), hasMeridiem: true, zone, conversion: true });
  }
  for (let m = first(RE.localDigits, text); m; m = RE.localDigits.exec(text)) {
    const start = m.index ?? 0;
    const z = zoneAfter(text, start + m[0].length);
    if (!z?.local) continue;
    out.push({ start, end: z.end, granularity: 'clock', priority: 5, localMinutes: Number(m[1]) * 60 + Number(m[2]), hasMeridiem: true, localTime: true });
  }
  for (let m = first(RE.hours, text); m; m = RE.hours.exec(text)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    if (!hoursClock(text, start, end, m[3].toLowerCase() === 'hours')) continue;
    const z = zoneAfter(text, end);
    if (z) end = z.end;
    out.push({
      start, end, granularity: 'clock', priority: 5, localMinutes: Number(m[1]) * 60 + Number(m[2]), hasMeridiem: true, zone: z?.zone, localTime: z?.local,
      conversion: z?.zone !== undefined && isReference(z.zone) && convertsBefore(text, start),
    });
  }
  for (let m = first(RE.hSuffix, text); m; m = RE.hSuffix.exec(text)) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const next = nextWord(text, end);
    if (next && /^(?:of|per)$/i.test(next.word)) continue;
    const z = zoneAfter(text, end);
    if (z) end = z.end;
    out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: Number(m[1]) * 60 + Number(m[2]), hasMeridiem: true, zone: z?.zone, localTime: z?.local });
  }
  for (const m of afterBoundary(CUED.noon, text, cues)) {
    const start = clamp(m.index ?? 0);
    const word = m[2];
    if (isCapitalised(word) && !atSentenceStart(text, start)) continue; // "Midnight Oil"
    let end = start + m[0].length;
    const z = zoneAfter(text, end);
    if (z) end = z.end;
    const local = /noon|midday/i.test(word) ? 720 : 0;
    out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, hasMeridiem: true, zone: z?.zone, localTime: z?.local });
  }
  for (const m of CUE.oclock.test(text) ? afterBoundary(RE.oclock, text) : []) {
    const start = m.index ?? 0;
    let end = start + m[0].length;
    const hour = spokenNumber(m[1]) || Number(m[1]);
    if (!(hour >= 1 && hour <= 12) || PROGRAMME_AFTER.test(text.slice(end, end + 12))) continue;
    const part = dayPartNear(text, start, end);
    // "at three o'clock" alone, like "half past three": the paragraph's other times say which half.
    const local = part ? withDayPart(hour, 0, part) : hour * 60;
    if (local === null) continue;
    const z = zoneAfter(text, end);
    if (z) end = z.end;
    out.push({ start, end, granularity: 'clock', priority: 5, localMinutes: local, hasMeridiem: !!part, zone: z?.zone, localTime: z?.local });
  }
  // "two forty this morning", "ten past nine", "a quarter to eleven last night"
  for (const s of scanSpokenClocks(text)) {
    let local: number | null;
    if (s.meridiem) local = (s.hour % 12) * 60 + s.minutes + (s.meridiem === 'p' ? 720 : 0);
    else if (s.part) local = withDayPart(s.hour, s.minutes, s.part);
    else local = s.hour * 60 + s.minutes; // "half past three": the paragraph's other times say which half
    if (local === null) continue;
    let end = s.end;
    const z = zoneAfter(text, end);
    if (z) end = z.end;
    // "At half past one this afternoon, UK time, the …": the zone after the day-part names the clock,
    // as for a numeral, though the span stays the time's own words.
    const named = z ?? zoneAfterDay(text, end);
    out.push({
      start: s.start, end, granularity: 'clock', priority: 5, localMinutes: local, hasMeridiem: !!s.meridiem || !!s.part,
      zone: named?.zone, localTime: named?.local, namedClock: named?.named,
    });
  }
}


/** Words before "1400 hours" that make it a clock time rather than a count of hours ("logged 1400 hours"). */
const HOURS_CUES = new Set(['at', 'by', 'until', 'till', 'from', 'between', 'since', 'and', 'to', 'around', 'about', 'before', 'after']);

/**
 * "at 1517 hrs", "Date: 15 May 2024, 0900 hrs", "(1230 hrs)": four digits of the 24-hour clock before
 * "hrs" or "hours" are a clock time after a clock cue, a comma, a bracket or a line's start; "hrs"
 * also with a zone after it ("1440 hrs IST"). Never before "of" or "per" ("1200 hrs of flying"), and
 * "hours" only after a clock cue ("logged 1400 hours" is a count).
 */
function hoursClock(text: string, start: number, end: number, spelt: boolean): boolean {
  const next = nextWord(text, end);
  if (next && /^(?:of|per|a|each|every)$/i.test(next.word)) return false;
  const prev = prevWord(text, start);
  if (prev && HOURS_CUES.has(prev.word.toLowerCase())) return true;
  if (spelt) return false;
  let k = start;
  while (k > 0 && (text.charCodeAt(k - 1) === 32 || text.charCodeAt(k - 1) === 0xa0)) k--;
  const before = k === 0 ? '\n' : text[k - 1];
  return before === ',' || before === '(' || before === '\n' || before === '\r' || before === ':' || zoneAfter(text, end) !== null;
}

/** "the six o'clock news", "the nine o'clock watershed": a programme or a rule named by its hour. */
const PROGRAMME_AFTER = /^[ \u00a0](?:news|bulletin|programme|show|watershed)\b/i;

/**
 * What stands before a GMT/UTC time that gives the time before it on the reference clock: "(" as
 * in "11 a.m. (0900 GMT)", or a dash or comma and "that's"/"that is"/"which is" ("At 2.17am – that's
 * 01:17 GMT – the team …"). A short slice, so the pattern reads a few characters whatever the text.
 */
const CONVERSION_BEFORE = /(?:\([ \u00a0]{0,2}|[-–—,][ \u00a0]{1,2}(?:that[’']s|that is|which is|i\.e\.,?|(?:which )?would be)[ \u00a0])$/i;

function convertsBefore(text: string, start: number): boolean {
  return CONVERSION_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

const isReference = (zone: Zone) => zone.label === 'GMT' || zone.label === 'UTC';

/**
 * A pace or a lap time after "m:ss": "per kilometre", "per mile", "/km", "min/mile", "per 100m",
 * "pace" ("2:50 pace", "4:35-mile pace", "a 2:55 per km pace"). A tenth of a second may stand
 * between ("2:50.5 per kilometre"). Literal alternatives, bounded: linear.
 */
const PACE_AFTER = /^(?:\.\d{1,2})?(?:[ \u00a0]{0,2}(?:min|mins|minutes))?[ \u00a0]{0,2}(?:(?:(?:per|each)[ \u00a0]{1,2}|\/[ \u00a0]?)(?:km|kilomet(?:re|er)|mi|mile|lap|k|(?:100|200|400|500)[ \u00a0]?(?:m|metres|meters))(?![\p{L}])|[-\u00a0 ]?(?:(?:mile|km|kilomet(?:re|er)|k|minute)[- \u00a0])?pace(?![\p{L}]))/iu;
const PACE_REACH = 32;
/** The seconds of a time told to the second, right after its minutes: ":58" (not ":58:10", ":58.5"). */
const SECONDS_AFTER = /^:[0-5]\d(?![\p{N}]|[:.,]\p{N})/u;

/**
 * A dot time without a.m./p.m. ("At 7.42 this morning", "the first call at 7.51.") against the
 * decimals it looks like ("a 7.5 per cent rise", "rose by 2.15", "the pound stood at 1.25").
 */
function dotTimeOk(text: string, hourText: string, start: number, end: number, zoned: boolean, dayPart: boolean, continues: boolean): boolean {
  if (hourText === '0') return false; // "0.25" is a fraction
  if (/[\p{L}%]/u.test(text[end] ?? '')) return false; // "7.50p", "2.15bn", "3.25%"
  if (text[end] === '.' && /\d/.test(text[end + 1] ?? '')) return false; // "1.25.3" is a version
  const next = nextWord(text, end);
  if (next && UNIT_WORDS.has(next.word.toLowerCase())) return false;
  if (zoned || timelineStamp(text, start, end, hourText)) return true;
  if (PER_UNIT.test(text.slice(end, end + 24)) || FIGURE_CONTEXT.test(clauseBefore(text, start))) return false;
  if (dayPart || continues) return true;
  const prev = prevWord(text, start);
  if (!prev) return false;
  const cue = prev.word.toLowerCase();
  if (cue === 'from' || cue === 'between') return RANGE_AHEAD.test(text.slice(end, end + 24));
  if (!DOT_CUES.has(cue)) return false;
  const before = prevWord(text, prev.start);
  return !(before && FIGURE_VERBS.has(before.word.toLowerCase()));
}

/** Up to 60 characters before `at`, cut at the start of its sentence or line. */
function clauseBefore(text: string, at: number): string {
  const s = text.slice(Math.max(0, at - 60), at);
  let cut = -1;
  for (let i = s.length - 1; i >= 0; i--) {
    const c = s[i];
    if (c === '\n' || c === '!' || c === '?' || c === ';' || (c === '.' && /\s/.test(s[i + 1] ?? ''))) { cut = i; break; }
  }
  return s.slice(cut + 1);
}
