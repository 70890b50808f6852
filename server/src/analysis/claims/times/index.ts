// Times and dates stage: clock times ("10:30 a.m. ET") and calendar dates ("Mar. 10, 2025",
// "Monday", "last August") with their zone, UTC minute, resolved date and qualifier.
//
// Hand-written on flat regexes rather than chrono-node: we need exact spans, "Eastern" and zone
// carry, dateline-anchored weekdays, and precision on traps ("Sunday Times", "may", "Trump 2.0").
//
// Ranges: "from 10 a.m. to 2 p.m." / "between 9 and 11 a.m." give two claims, the first 'past'
// and the second 'until'; a first end written without a.m./p.m. or zone borrows them from the second.
//
// Zones: a time takes the zone written on it, else one written later in its sentence, else the last
// one stated before it. When the whole article states one zone family only (a live blog that
// writes "ET" once, late), that zone also covers the times before it. GMT/UTC given for reference
// ("(0030 GMT)") is never lent to other times: wire copy states local times beside it.
import type { ArticleText, CalendarDate, Qualifier, TimeClaim } from '../../types';
import { addDays, dayNumber, isFull, isValidDate, weekdayOf } from './calendar';
import type { FullDate } from './calendar';
import type { DatelineLine } from './dateline';
import { datelineLines, findDateline } from './dateline';
import { separatorsOnly } from '../../text/separators';
import { isStoryDay, namesOtherThing, possessiveDay, Quotations, reportedBetween, toldAhead, toldBefore } from './daysource';
import { leadBefore } from './qualifiers';
import type { DayPart } from './dayparts';
import { withDayPart } from './dayparts';
import { Passage } from './passage';
import { resolveDate } from './resolve';
import type { Mention } from './scan';
import { entryStamp, hasTwentyFourHourStamp, opensDatedEntry } from './scan';
import { articleMentions } from './select';
import type { Zone } from './zones';
import { genericZone, offsetZone, zoneFor, zoneOffset } from './zones';
import { CuedPattern } from '../../text/cuedPattern';
import type { ZonedCell } from './tableZones';
import { zonedTableCells } from './tableZones';
import { datesDownColumns, withCellTimes } from './cellTimes';
import { mapped } from '../../mapped';
import { retractedFrom } from './retracted';
import { isSpaceUnit } from '../../text/codes';

export { findDateline };

interface Placed {
  m: Mention;
  sentence: number;
  paragraph: number;
  date: CalendarDate;
  weekday?: number;
  qualifier: Qualifier;
  start: number;
  /** Written after "from"/"between": may open a range. */
  open: boolean;
  /** "today" in an article without a dateline: no claim, but it still says which day it is. */
  silent?: boolean;
  /** A live blog's day line ("Saturday 6 March"): the day of the entries under it. */
  dayLine?: boolean;
  /** A live blog's entry stamp ("14:25" on a line of its own). */
  stamp?: boolean;
  /** A clock time that is the whole first sentence of its paragraph ("**9:58 p.m.**" over an entry): a new entry opens. */
  opensEntry?: boolean;
  /** The day of a stamp's entry, where a newest-first blog has gone back past midnight. */
  entryDate?: CalendarDate;
  /** A live blog's entry stamp opening its entry's line before a dash ("**18:25** — Councillor …"). */
  inlineStamp?: boolean;
  /**
   * A live blog's stamp opening its entry's paragraph, the entry going on after a dash or an emoji on
   * its line ("**11:35** 🚗 The minister has arrived."): the entry is dated as a stamp's is.
   */
  entryOpening?: boolean;
}

/** Words before a weekday that put it after the article's date. */
// "until at least 06:00 GMT on Wednesday": an end point's own hour and "at least" sit between the
// word and the weekday and still put it ahead. "until", "till" and "through" take "on" only after
// such an hour: "the deal fell through on Monday" is a past event, not an end point ahead.
const FUTURE = /\b(?:will|'ll|takes? effect|come into (?:force|effect)|next|expected|expects?|hopes? to|aims? to|scheduled|set to|due|reopens?|resumes?|planned|plans?)\b|\b(?:from|starting|beginning)\s+(?:at\s+(?:least|the\s+earliest)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?)?(?:on\s+)?$|\b(?:until|till|through)\s+(?:at\s+(?:least|the\s+earliest)\s+)?(?:\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?\s*)?(?:[A-Z]{2,4}\s+)?(?:on\s+)?)?$/i;

/** Characters between a clock time and a date of the same clause when the splitter parted them. */
const CLAUSE_GAP = 40;

const RANGE_LINK = /^[ \u00a0]{0,2}(?:to|and|until|till|through|-|–|—)[ \u00a0]{0,2}$/;
/** A rounding word the range's far end may carry: "between 2.05pm and about 3.20pm", "from 9am to around noon". */
const ROUNDED_END = /[ \u00a0](?:about|around|roughly|approximately|nearly|almost)[ \u00a0]{1,2}$/i;
/** Characters at most between a range's two ends. */
const RANGE_GAP = 24;

/** Whether `gap` joins the two ends of a range, the far end rounded or not. */
function isRangeLink(gap: string): boolean {
  if (gap.length > RANGE_GAP) return false;
  if (RANGE_LINK.test(gap)) return true;
  const rounded = ROUNDED_END.exec(gap);
  return rounded !== null && RANGE_LINK.test(gap.slice(0, rounded.index + 1));
}

/** Every clock time and date in the article's body (headings and page clutter skipped). */
export function extractTimes(text: ArticleText, dateline: CalendarDate | null): TimeClaim[] {
  try {
    return extract(text, dateline);
  } catch {
    return []; // an extractor must never take the review down
  }
}

/** Right before a clock time: "not", "not at" (", not twenty-five past one"; "not at 3 p.m. but at 4"). */
const DENIED_BEFORE = /(?:^|[^\p{L}'’])not[ \u00a0]{1,2}(?:at[ \u00a0]{1,2})?$/iu;
const DENIED_REACH = 10;

function extract(text: ArticleText, dateline: CalendarDate | null): TimeClaim[] {
  const plain = text.plain;
  if (!plain || text.sentences.length === 0) return [];
  const passage = new Passage(text);
  const placed: Placed[] = [];
  // "Date: 2025-03-11" is when the article was written, not a claim about the story.
  const ownDate = datelineLines(plain);
  // A timeline table's columns headed by a zone: their cells' zone, and their bare times ("| 02:10 |").
  const cells = zonedTableCells(text.original);
  const mentions = bracketedWeekdays(plain, withCellTimes(plain, articleMentions(text), cells));
  const weekday = datelineWeekday(mentions, dateline);
  const writtenOut = weekdaysWrittenOut(mentions, dateline);
  // Zones written in headings ("Settle – Wednesday 14 October 2026, 13:00 BST") say which zone the article keeps.
  const headingZones: Zone[] = [];
  // Under a live blog's day line, "tonight" and "Monday" are told from that day, not the dateline's.
  let today = dateline;
  // Sentence → where a correction's retelling of the earlier version starts (-1: none), read once per sentence.
  const retracted = new Map<number, number>();
  const newestFirst = newestFirstBlog(text, passage, mentions);
  // Days a newest-first blog has gone back from `today` (its top entries' day) past midnight.
  let back = 0;
  let lastStamp = -1;
  /** Whether the article's entry stamps show the 24-hour clock (asked once, for a ten or eleven o'clock stamp). */
  let twentyFour: boolean | undefined;
  for (const m of mentions) {
    // "**10:00** — …" is read where the article's other stamps are on the 24-hour clock ("08:30 —", "17:40 —").
    if (m.hourOfEitherClock && !(twentyFour ??= hasTwentyFourHourStamp(plain))) continue;
    const sentence = passage.sentenceAt(m.start);
    if (sentence < 0 || passage.isClutter(m.start)) continue;
    let from = retracted.get(sentence);
    if (from === undefined) retracted.set(sentence, from = retractedFrom(plain, text.sentences[sentence].span.start, text.sentences[sentence].span.end));
    if (from >= 0 && m.start >= from) continue;
    // "one hour, 25 minutes and 20 seconds of running, not twenty-five past one in the afternoon": a
    // clock time the writer denies is no claim.
    if (m.granularity === 'clock' && DENIED_BEFORE.test(plain.slice(Math.max(text.sentences[sentence].span.start, m.start - DENIED_REACH), m.start))) continue;
    const ownLine = ownDate.find((l) => m.start < l.end && m.end > l.start);
    const own = ownLine !== undefined;
    const heading = text.sentences[sentence].isHeading;
    const dayLine = !own && heading && isDayLine(text, sentence, m);
    const stamp = heading && isEntryStamp(text, sentence, m);
    const inlineStamp = !stamp && isInlineStamp(text, sentence, m);
    if ((heading && !stamp && !dayLine) || own) {
      // A date line heading the story ("Tuesday, 24 August 2027, 18:00 EEST" over a briefing) keeps its
      // zone as a heading does; a "Published"/"Updated" stamp is on the publisher's clock.
      if ((!own || (heading && !ownLine.stamp)) && m.zone && !m.conversion && !onStampLine(plain, ownDate, m.start)) headingZones.push(m.zone);
      continue;
    }
    let entryDate: CalendarDate | undefined;
    if (dayLine) { back = 0; lastStamp = -1; }
    if (stamp && newestFirst && m.localMinutes !== undefined) {
      // "7.05 am … 6.10 am … 11.40 pm": going down a newest-first blog, a later hour is the day before.
      if (lastStamp >= 0 && m.localMinutes > lastStamp) back++;
      lastStamp = m.localMinutes;
      if (back > 0 && isFull(today)) entryDate = addDays(today, -back);
    }
    let date: CalendarDate | null = {};
    // A live blog's day line ("Saturday 6 March") makes no claim but dates the entries under it.
    let silent = dayLine;
    if (m.granularity === 'date') {
      // "takes effect at 12:01 a.m. Thursday", "will reopen on Monday": a weekday ahead of the dateline.
      const ahead = m.relative === 'weekday' && FUTURE.test(plain.slice(Math.max(text.sentences[sentence].span.start, m.start - 60), m.start));
      // "Yesterday's maximum" in an entry a day back is told from the entry's day.
      const from = back > 0 && isFull(today) && m.relative === 'day' ? addDays(today, -back) : today;
      date = resolveDate(ahead ? { ...m, relative: 'weekday-next' } : m, from, weekday);
      // "stay home on Wednesday" in an article that writes "Wednesday, 9 July" too: the weekday is that day.
      if (m.relative === 'weekday' && m.weekday !== undefined) date = writtenOut.get(m.weekday) ?? date;
      // "June 30 of next year": the year said right after a yearless day, counted from the dateline's.
      if (date && m.date?.year === undefined && date.year !== undefined && date.day !== undefined && today?.year !== undefined) {
        const said = YEAR_AFTER.exec(plain.slice(m.end, m.end + 24));
        if (said) date = { ...date, year: today.year + YEAR_OFFSET[said[1].toLowerCase()] };
      }
      if (dayLine && date && isFull(date)) today = date;
      if (date === null) {
        if (m.relative !== 'day') continue;
        date = {};
        silent = true;
      }
    }
    const lead = leadBefore(plain, m.start, passage.paragraphStart(sentence), m.granularity, m.end);
    placed.push({
      m, sentence, paragraph: text.sentences[sentence].paragraph, date, weekday: m.weekday,
      qualifier: lead.qualifier, start: lead.start, open: lead.rangeOpen, silent, dayLine, stamp, entryDate,
      ...(inlineStamp ? { inlineStamp } : {}),
      ...(!stamp && opensEntryAlone(text, sentence, m) ? { opensEntry: true } : {}),
      entryOpening: !stamp && m.granularity === 'clock' && entryStamp(plain, m.start, m.end),
    });
  }
  linkRanges(plain, placed);
  markBracketConversions(plain, placed);
  halfOfDayFromSentence(plain, text, placed);
  halfOfDayFromBefore(plain, placed);
  const kept = placed.filter((p) => !p.m.bareHour);
  datesForClocks(text, kept, dateline);
  datesDownColumns(kept, cells);
  const told = kept.filter((p) => !p.silent);
  return toClaims(plain, told, articleZone(kept, headingZones, declaredZones(plain)), zoneLabels(text, mentions), cells, sharedAbbreviations(plain, told), dateline);
}

/** Between a date and its weekday in brackets after it: "1 December 2026 (Tuesday)". */
const OPENS_WEEKDAY_BRACKET = /^[ \t]*\([ \t]*$/;
const CLOSES_WEEKDAY_BRACKET = /^[ \t]*\)/;

/**
 * "15 December 2026 (Tuesday): November final figures to be compiled": a timeline's weekday in brackets
 * right after a date written out is that date's weekday, not a day of its own (a bare "Tuesday" is
 * counted back from the dateline, to another day). The date takes the weekday; the weekday is no mention.
 */
function bracketedWeekdays(plain: string, mentions: readonly Mention[]): readonly Mention[] {
  let out: Mention[] | null = null;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const d = mentions[i];
    const w = mentions[i + 1];
    if (d.granularity !== 'date' || d.weekday !== undefined || d.relative !== undefined || d.date?.day === undefined || d.date.month === undefined) continue;
    if (w.granularity !== 'date' || w.relative !== 'weekday' || w.weekday === undefined || w.date?.day !== undefined) continue;
    if (!OPENS_WEEKDAY_BRACKET.test(plain.slice(d.end, w.start)) || !CLOSES_WEEKDAY_BRACKET.test(plain.slice(w.end, w.end + 4))) continue;
    out ??= mentions.slice();
    out[i] = { ...d, weekday: w.weekday };
    out[i + 1] = { ...w, granularity: 'date', priority: -1 };
  }
  return out ? out.filter((m) => m.priority !== -1) : mentions;
}

/** A year told right after a day without one: "June 30 of next year", "March 3 last year". */
const YEAR_AFTER = /^(?:,[ \u00a0]*|[ \u00a0]+of[ \u00a0]+|[ \u00a0]+)(next|last|this)[ \u00a0]+year\b/i;
const YEAR_OFFSET: Record<string, number> = { next: 1, last: -1, this: 0 };

/** Entry stamps a blog needs, and stamps earlier than the one above them it must have, to be read as newest first. */
const NEWEST_FIRST_STAMPS = 4;

/**
 * A live blog with its newest entry first: of its entry stamps in order, most are earlier on the
 * clock than the stamp above them (at most one later: the night it went back past midnight).
 */
function newestFirstBlog(text: ArticleText, passage: Passage, mentions: readonly Mention[]): boolean {
  let earlier = 0;
  let later = 0;
  let last = -1;
  for (const m of mentions) {
    if (m.granularity !== 'clock' || m.localMinutes === undefined) continue;
    const sentence = passage.sentenceAt(m.start);
    if (sentence < 0 || !text.sentences[sentence].isHeading || !isEntryStamp(text, sentence, m)) continue;
    if (last >= 0) { if (m.localMinutes < last) earlier++; else if (m.localMinutes > last) later++; }
    last = m.localMinutes;
  }
  return earlier + 1 >= NEWEST_FIRST_STAMPS && later <= 1;
}

/** "Updated 14 June 2030, 17:30 BST": a time on the line of a publishing stamp, after its date. */
function onStampLine(plain: string, ownDate: readonly DatelineLine[], at: number): boolean {
  return ownDate.some((l) => l.stamp && l.start <= at && at - l.start <= 200 && !/[\r\n]/.test(plain.slice(l.start, at)));
}

/**
 * A live blog's entry time: a clock time alone on the first line of a paragraph that goes on
 * ("10.02am⏎Nine people are now confirmed dead…"). It dates the entry, so it is a claim.
 */
function isEntryStamp(text: ArticleText, sentence: number, m: Mention): boolean {
  const s = text.sentences[sentence];
  const next = text.sentences[sentence + 1];
  // The entry goes on in the same paragraph, or the stamp is a line of its own before it.
  if (m.granularity !== 'clock' || !next || next.isHeading || next.paragraph > s.paragraph + 1) return false;
  const p = text.paragraphs[s.paragraph];
  if (!p || s.span.start !== p.start && text.plain.slice(p.start, s.span.start).trim() !== '') return false;
  // "Tue 18 Feb, 08:00" over the entry: a blog's stamp with the day it was posted (the day is a day line, isDayLine).
  if (!separatorsOnly(text.plain, s.span.start, m.start) && !opensDatedEntry(text.plain, m.start)) return false;
  // "### 10:25 p.m. — Public comment closes": the stamp heads its entry with a title after a dash.
  return separatorsOnly(text.plain, m.end, s.span.end) || TITLED_STAMP.test(text.plain.slice(m.end, Math.min(s.span.end, m.end + TITLE_MARK_REACH)));
}

/**
 * "**9:58 p.m.**⏎Warning issued …": a clock time that is the whole first sentence of its paragraph (its
 * "p.m." ends the sentence, so it reads as no heading) opens a blog's entry as a stamp does.
 */
function opensEntryAlone(text: ArticleText, sentence: number, m: Mention): boolean {
  if (m.granularity !== 'clock') return false;
  const s = text.sentences[sentence];
  const p = text.paragraphs[s.paragraph];
  if (!p || (sentence > 0 && text.sentences[sentence - 1].paragraph === s.paragraph)) return false;
  return separatorsOnly(text.plain, p.start, m.start) && /^[\s.*_]*$/.test(text.plain.slice(m.end, Math.min(s.span.end, m.end + 8))) && s.span.end - m.end <= 8;
}

/**
 * "**18:25** — Councillor Ruiz has been speaking …": a clock time opening its paragraph, with a dash or
 * bar and the entry's words after it on its line, is a live blog's entry stamp, though its sentence
 * goes on (isEntryStamp reads a stamp on a line of its own). Not a listed timeline's item after its
 * bullet ("- 14:45: police …"), nor a range ("10:00 - 12:00").
 */
function isInlineStamp(text: ArticleText, sentence: number, m: Mention): boolean {
  if (m.granularity !== 'clock') return false;
  const p = text.paragraphs[text.sentences[sentence].paragraph];
  if (!p || text.plain.slice(p.start, m.start).trim() !== '') return false;
  return INLINE_DASH.test(text.plain.slice(m.end, Math.min(p.end, m.end + TITLE_MARK_REACH)));
}

/** The dash or bar after an entry's stamp on its line, and the entry's first word (not a number). */
const INLINE_DASH = /^[ \t]*[–—|-][ \t]+[^\s\d]/;

/**
 * A dash or bar after an entry's stamp, and the entry's title after it on the stamp's line; the
 * entry's weekday in brackets may stand between ("8:15am (Fri) — Toll rises").
 */
const TITLED_STAMP = /^[ \t]*(?:\((?:mon|tues?|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?\)[ \t]*)?[–—|][ \t]+\S/i;
/** Characters after a stamp within which the dash before its title stands. */
const TITLE_MARK_REACH = 24;

/** A line that is only a date with its day ("Saturday 6 March", "Tuesday, Oct. 27"): a live blog's day header. */
function isDayLine(text: ArticleText, sentence: number, m: Mention): boolean {
  if (m.granularity !== 'date' || !m.date || m.date.day === undefined || m.date.month === undefined) return false;
  const s = text.sentences[sentence];
  const rest = text.plain.slice(s.span.start, m.start) + text.plain.slice(m.end, s.span.end);
  if (/^[\s,:|–—-]*$/.test(rest) || (rest.length <= DAY_LINE_WEEKDAY_REACH && DAY_LINE_WEEKDAY.test(rest))) return true;
  // "Tue 18 Feb, 08:00" heading an entry: the day with the entry's stamp after it (isEntryStamp reads the stamp).
  const after = text.plain.slice(m.end, Math.min(s.span.end, m.end + DAY_LINE_STAMP_REACH));
  return /^[\s|–—-]*$/.test(text.plain.slice(s.span.start, m.start)) && s.span.end - m.end <= DAY_LINE_STAMP_REACH && DAY_LINE_STAMP.test(after);
}

/** The entry's stamp after a blog's day on its line: ", 08:00", ", 20:10 PET". */
const DAY_LINE_STAMP = /^,[ \t]*\d{1,2}[:.]\d\d(?:[ \t]+[A-Z]{2,5})?[ \t]*$/;
const DAY_LINE_STAMP_REACH = 16;

/** "20 October (Tuesday)", as a bulletin's timeline heads each day: the weekday in brackets after the date. */
const DAY_LINE_WEEKDAY = /^[ \t]*\([ \t]*(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \t]*\)[ \t]*$/i;
const DAY_LINE_WEEKDAY_REACH = 16;

/**
 * The day of the week of a dateline without a year, when the article writes that day with its
 * weekday ("LEEDS, 14 Oct (PressLine) – … on Wednesday, 14 Oct"); undefined otherwise.
 */
function datelineWeekday(mentions: readonly Mention[], dateline: CalendarDate | null): number | undefined {
  if (!dateline || isFull(dateline) || dateline.month === undefined || dateline.day === undefined) return undefined;
  let found: number | undefined;
  for (const m of mentions) {
    const d = m.date;
    if (m.weekday === undefined || !d || d.month !== dateline.month || d.day !== dateline.day || d.year !== undefined) continue;
    if (found !== undefined && found !== m.weekday) return undefined; // the article contradicts itself
    found = m.weekday;
  }
  return found;
}

/** A day-part word that says the half of the day for the times after it in its sentence. */
const SENTENCE_DAY_PART = /(?<![\p{L}\p{N}])(afternoon|evening|night|tonight)(?![\p{L}\p{N}])/gu;
/** "Good evening" greets; "for the night" is how long, not when. */
const NOT_WHEN_BEFORE = /(?:good|for[ \u00a0]{1,2}the)[ \u00a0]{1,2}$/i;
/** The word after a day-part: a lower-case word outside these makes it a noun's ("the night house", "evening rounds"). */
const DAY_PART_FOLLOWERS = new Set([
  'and', 'but', 'when', 'as', 'after', 'before', 'at', 'by', 'until', 'around', 'about', 'shortly', 'just', 'then', 'so',
  'while', 'the', 'a', 'an', 'we', 'he', 'she', 'they', 'it', 'i', 'you', 'there', 'was', 'were', 'had', 'with', 'on', 'in', 'into',
]);
/** The lower-case word right after a day-part (made once: the bundler rebuilds a \\p{…} literal at every call). */
const LOWER_WORD_AFTER = /^[ \u00a0]{1,2}(\p{Ll}+)/u;
/** How far back in its sentence a day-part word may reach. */
const SENTENCE_DAY_PART_REACH = 200;

/**
 * "By mid-afternoon they were in a whiteout, and the leader made the call at eighteen minutes to four",
 * "on his rounds last night and saw water at about twenty to ten": a time written without a.m./p.m.
 * (nor a zone, nor a 24-hour leading zero) takes the half of the day that a day-part word said
 * earlier in its own sentence gives it, when it is the sentence's first clock time (a later one is
 * read from the one before it). A day-part right beside the time is read where the time is scanned.
 */
function halfOfDayFromSentence(plain: string, text: ArticleText, placed: Placed[]): void {
  let prevSentence = -1;
  for (const p of placed) {
    if (p.m.granularity !== 'clock') continue;
    const first = prevSentence !== p.sentence;
    prevSentence = p.sentence;
    const local = p.m.localMinutes;
    if (!first || local === undefined || p.m.hasMeridiem || p.m.bareHour || p.m.zone || p.m.localTime || plain[p.m.start] === '0' || local < 60 || local >= 720) continue;
    const from = Math.max(text.sentences[p.sentence].span.start, p.m.start - SENTENCE_DAY_PART_REACH);
    const before = plain.slice(from, p.m.start);
    if (!holdsDayPartWord(before)) continue;
    let part: DayPart | null = null;
    SENTENCE_DAY_PART.lastIndex = 0;
    for (let w = SENTENCE_DAY_PART.exec(before); w; w = SENTENCE_DAY_PART.exec(before)) {
      if (NOT_WHEN_BEFORE.test(before.slice(Math.max(0, w.index - 12), w.index))) continue;
      const next = LOWER_WORD_AFTER.exec(before.slice(w.index + w[0].length, w.index + w[0].length + 24));
      if (next && !DAY_PART_FOLLOWERS.has(next[1])) continue;
      part = w[1] === 'tonight' ? 'night' : (w[1] as DayPart);
    }
    if (!part) continue;
    const v = withDayPart(Math.floor(local / 60), local % 60, part);
    if (v !== null && v !== local) p.m = { ...p.m, localMinutes: v, hasMeridiem: true };
  }
}

function holdsDayPartWord(s: string): boolean {
  return s.includes('night') || s.includes('afternoon') || s.includes('evening');
}

/**
 * "At 4.52 this afternoon the ferry struck … a mayday at 4.55": a time written without a.m./p.m.
 * (nor a zone, nor a 24-hour leading zero) is in the half of the day that puts it nearest the last
 * time of its paragraph whose half is known.
 */
function halfOfDayFromBefore(plain: string, placed: Placed[]): void {
  let known: Placed | null = null;
  for (const p of placed) {
    if (p.m.granularity !== 'clock' || p.m.localMinutes === undefined) continue;
    if (known && known.paragraph !== p.paragraph) known = null;
    if (p.m.hasMeridiem) { known = p; continue; }
    const local = p.m.localMinutes;
    if (!known || known.m.localMinutes === undefined || p.m.bareHour || p.m.zone || p.m.localTime || plain[p.m.start] === '0' || local < 60 || local >= 720) continue;
    const ref = known.m.localMinutes;
    // Round the clock: "at 11.50pm … by 1.15" is just after midnight.
    const apart = (x: number) => Math.min(Math.abs(x - ref), 1440 - Math.abs(x - ref));
    if (apart(local + 720) < apart(local)) p.m = { ...p.m, localMinutes: local + 720 };
  }
}

/**
 * Between a clock time and the bracket that converts it: the bracket, or a weekday first ("8pm AEST on
 * Sunday (1000 UTC)"), and the words a conversion may open with ("(that's 8 a.m. in Toronto)", "(or 14:00 GMT)").
 */
const OPENS_CONVERSION = /^[ \u00a0]{0,2}(?:(?:on[ \u00a0]+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day[ \u00a0]{0,2})?\([ \u00a0]{0,2}(?:(?:that['’]s|that[ \u00a0]is|or|i\.e\.,?)[ \u00a0]{1,2})?$/i;
/** Between two conversions in one bracket ("(1447 GMT, 3:47 p.m. in Spain)", "(0252 GMT, or 10:52 p.m. in New York)"). */
const NEXT_CONVERSION = /^[ \u00a0]{0,2}[,;/]?[ \u00a0]{0,2}(?:or[ \u00a0]{1,2})?$/i;

/**
 * "2:47 p.m. (1447 GMT, 3:47 p.m. in Spain)", "at 10am (11am in Spain)": a clock time in brackets
 * opened right after another clock time gives that moment on another clock for readers elsewhere.
 * Like a wire's GMT, its zone is not the story's: it is not lent to the time before it, carried to
 * later times, nor taken for the article's own zone.
 */
function markBracketConversions(plain: string, placed: Placed[]): void {
  let prev: Placed | null = null;
  let inBracket = false;
  for (const p of placed) {
    if (p.m.granularity !== 'clock') continue;
    const gap = prev && prev.sentence === p.sentence ? plain.slice(prev.m.end, p.m.start) : null;
    inBracket = gap !== null && (OPENS_CONVERSION.test(gap) || (inBracket && NEXT_CONVERSION.test(gap)));
    if (inBracket && p.m.zone && !p.m.conversion) p.m = { ...p.m, conversion: true };
    prev = p;
  }
}

/** "from 9:30 to 11 a.m. ET": past/until, and the first end borrows a.m./p.m. and zone. */
function linkRanges(plain: string, placed: Placed[]): void {
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i];
    const b = placed[i + 1];
    if (!a.open || a.m.granularity !== b.m.granularity || a.paragraph !== b.paragraph) continue;
    if (!isRangeLink(plain.slice(a.m.end, b.m.start))) continue;
    a.qualifier = 'past';
    b.qualifier = 'until';
    if (a.m.granularity !== 'clock') continue;
    if (!a.m.hasMeridiem && b.m.hasMeridiem && a.m.localMinutes !== undefined && b.m.localMinutes !== undefined) {
      let local = a.m.localMinutes;
      if (local < 720 && b.m.localMinutes >= 720 && local + 720 <= b.m.localMinutes) local += 720;
      a.m = { ...a.m, localMinutes: local, hasMeridiem: true, bareHour: false };
    }
    if (!a.m.zone && !a.m.localTime && (b.m.zone || b.m.localTime)) a.m = { ...a.m, zone: b.m.zone, localTime: b.m.localTime };
  }
}

/** Days either side of the dateline within which a weekday written with its date is the article's only such weekday. */
const WRITTEN_WEEK = 6;

/**
 * Weekdays the article writes with their day of the month near its dateline ("a red alert for
 * Wednesday, 9 July"), by weekday: within a story told a week either side of its day, a bare
 * "Wednesday" is that Wednesday, not the one before the dateline a weekday alone is counted back to.
 * A weekday written with two different dates names no one day and is left out.
 */
function weekdaysWrittenOut(mentions: readonly Mention[], dateline: CalendarDate | null): Map<number, FullDate> {
  const out = new Map<number, FullDate>();
  if (!isFull(dateline)) return out;
  const twice = new Set<number>();
  const from = dayNumber(dateline);
  for (const m of mentions) {
    if (m.granularity !== 'date' || m.relative !== undefined || m.weekday === undefined || m.date?.month === undefined || m.date.day === undefined) continue;
    const date = { year: m.date.year ?? dateline.year, month: m.date.month, day: m.date.day };
    if (!isValidDate(date.year, date.month, date.day) || weekdayOf(date) !== m.weekday || Math.abs(dayNumber(date) - from) > WRITTEN_WEEK) continue;
    const seen = out.get(m.weekday);
    if (seen && dayNumber(seen) !== dayNumber(date)) twice.add(m.weekday);
    else out.set(m.weekday, date);
  }
  for (const w of twice) out.delete(w);
  return out;
}

const hasDay = (p: Placed) => p.silent || (p.date.month !== undefined && p.date.day !== undefined) || p.weekday !== undefined;

/**
 * A clock time's date: a date in its sentence; else the last day the article told of before it,
 * in any paragraph (skipping quoted dates and dates of other things, see daysource.ts); else the
 * dateline. A day ahead of the dateline ("tomorrow", "next Friday") holds only in its paragraph:
 * the story goes back to its own day after a look ahead.
 */
function datesForClocks(text: ArticleText, placed: Placed[], dateline: CalendarDate | null): void {
  const plain = text.plain;
  const quoted = new Quotations(text);
  // Nearest date of the same sentence on each side (a day beats a bare month), in two linear passes;
  // "at 11 a.m. … in a Jan. 28 report" is not on Jan. 28.
  const usable = mapped(placed, (p) => p.m.granularity !== 'date' || !namesOtherThing(plain, p.m.start, p.m.end));
  const before = nearestDates(placed, usable, 1);
  const after = nearestDates(placed, usable, -1);
  let storyDay: Placed | null = null;
  let ahead: Placed | null = null;
  // A live blog's entry is dated by its day line (or the dateline), not by a day another entry told
  // ("landed his catch on Monday" in the 12:40 entry does not put the 11:35 entry on Monday).
  let entryDay: Placed | null = null;
  const clockParagraphs = new Set<number>();
  for (const p of placed) if (p.m.granularity === 'clock') clockParagraphs.add(p.paragraph);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (p.m.granularity === 'date') {
      if (p.dayLine) entryDay = p;
      if (!hasDay(p) || !(p.silent || isStoryDay(plain, p.m.start, p.m.end, p.date, p.qualifier, dateline, quoted))) continue;
      // "Monday's 18:00 figures": the day dates the time it owns (the same sentence's nearest day), not the story's later times.
      if (!p.silent && possessiveDay(plain, p.m.end)) continue;
      // "06:25 - Amber signal issued (22:25 UTC, 7 September)": the day in a conversion's brackets is the
      // converted time's own, not the day of the times told after it.
      if (!p.silent && inConversionBrackets(plain, placed, i)) continue;
      // A day told in the past perfect is background before the story, and holds in its paragraph as a day ahead does.
      // So does a day before the story's own, once the story has told its own day (the dateline's), in a
      // paragraph that tells no clock time: "marched on Wednesday … [para] The council voted on Monday,
      // April 13, to raise the fare … [para] Marchers set off at 10 a.m." puts 10 a.m. on the Wednesday.
      // A count read on a day before the dateline ("the average wait was 19.5 hours on Monday") is a
      // figure of that day told as background, and holds in its paragraph too.
      // A day line ("Saturday 17 January" heading a timeline's lines) is never background: it dates the
      // lines under it, though as a heading it is a paragraph with no clock time of its own.
      if (!p.dayLine && (isAhead(p, dateline) || toldAhead(plain, p.m.start) || toldBefore(plain, p.m.start) || backgroundDay(p, storyDay, dateline, clockParagraphs) || figureOfEarlierDay(plain, p, dateline))) ahead = p;
      else { storyDay = p; ahead = null; }
      continue;
    }
    // "**13:00** … 284 attendances yesterday." then "**12:15** 🏥 The minister has left.": a new entry
    // is on its own day (its day line's, or the dateline's), not on a day the entry above told.
    if (p.stamp || p.entryOpening) { storyDay = p.entryDate ? { ...p, date: p.entryDate, silent: true } : entryDay; ahead = null; }
    // "**18:25** — Councillor Ruiz, who voted against the plan on Monday, …": a stamp on its entry's
    // line is the entry's day too, not the day a sentence told before it, nor one its entry tells after it.
    if (p.inlineStamp) { storyDay = entryDay; ahead = null; }
    if (ahead && ahead.paragraph !== p.paragraph) ahead = null;
    const [bd, bm] = before[i];
    const [ad0, am] = after[i];
    const ad = ad0 && (p.inlineStamp || laterClockBetween(plain, placed, i, ad0) || bracketOpensBetween(plain, p.m.end, ad0.m.start) || !datesBefore(plain, p, ad0, storyDay ?? null, dateline, quoted)) ? null : ad0;
    const gap = (d: Placed) => (d.m.end <= p.m.start ? p.m.start - d.m.end : d.m.start - p.m.end);
    // Same sentence, or so close with no full stop between that a splitter slip cannot part them.
    const near = (d: Placed | null): Placed | null => {
      if (!d || d.sentence === p.sentence) return d;
      const [from, to] = d.m.end <= p.m.start ? [d.m.end, p.m.start] : [p.m.end, d.m.start];
      return to - from <= CLAUSE_GAP && !/[.!?;]/.test(plain.slice(from, to)) ? d : null;
    };
    const closer = (x0: Placed | null, y0: Placed | null) => {
      const x = near(x0);
      const y = near(y0);
      return !x ? y : !y ? x : gap(y) < gap(x) ? y : x;
    };
    // A month with no day dates a clock time only when it comes first ("in March 2019, at 3 a.m."):
    // one after it is of another thing ("peaked at 0330 GMT, above the record set in August 2002").
    // Nor one parted from it by a reporting clause ("registered in February, the agency says in figures
    // released at 10:00"): that month is the figures' period (reportedBetween).
    const monthBefore = bm && !reportedBetween(plain, bm.m.end, p.m.start) ? near(bm) : null;
    const clause = closer(bd, ad) ?? monthBefore ?? (ahead || storyDay || dateline ? null : near(am));
    const source = clause ?? ahead ?? storyDay;
    if (source) {
      p.date = { ...source.date };
      if (clause) p.weekday = clause.weekday;
    } else {
      p.date = dateline ? { ...dateline } : {};
    }
  }
}

/**
 * A day before the dateline's, told after the story has told the dateline's own day (in another
 * paragraph), in a paragraph with no clock time: background to the story (the vote before the march),
 * not the day of its later times.
 */
function backgroundDay(p: Placed, storyDay: Placed | null, dateline: CalendarDate | null, clockParagraphs: ReadonlySet<number>): boolean {
  if (!storyDay || storyDay.silent || storyDay.paragraph === p.paragraph || clockParagraphs.has(p.paragraph)) return false;
  // A wire's dateline may have no year ("QUITO, April 15"): days are then read in one year.
  const year = dateline?.year ?? BACKGROUND_YEAR;
  const at = (d: CalendarDate | null): number | null => (d?.month === undefined || d.day === undefined ? null : dayNumber({ year: d.year ?? year, month: d.month, day: d.day }));
  const today = at(dateline);
  const told = at(p.date);
  if (today === null || told === null || told >= today) return false;
  // "QUITO, April 15 … marched on Wednesday": a weekday a dateline without a year cannot place is
  // taken as the story's day (the lead's), in the dateline's month.
  const unplaced = storyDay.weekday !== undefined && storyDay.date.day === undefined && storyDay.date.month === dateline?.month && dateline?.year === undefined;
  return unplaced || at(storyDay.date) === today;
}

/** The year days are read in where neither they nor the dateline give one. */
const BACKGROUND_YEAR = 2001;

/**
 * "3:52 a.m. local time (02:52 GMT, or 10:52 p.m. on Tuesday in New York)": a date inside brackets
 * opened after a clock time is the day of the times in them (a conversion may fall on another day),
 * not the first time's. A hand scan: an opening bracket not closed before `to`.
 */
function bracketOpensBetween(plain: string, from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k < to; k++) {
    const c = plain.charCodeAt(k);
    if (c === 40) open++;
    else if (c === 41 && open > 0) open--;
  }
  return open > 0;
}

/** Characters back from a date within which the opening bracket of a conversion is looked for. */
const CONVERSION_REACH = 40;
/** Characters from the converted clock time to the bracket ("07:10 - Black signal issued (…)"). */
const CLOCK_TO_BRACKET = 80;

/**
 * Whether the date at `placed[i]` sits inside brackets opened right after a clock time and holding a
 * clock time of their own before it ("07:10 (23:10 UTC, 7 September)"): the day of the conversion.
 * A hand scan back from the date to the unclosed opening bracket, no further than CONVERSION_REACH.
 */
function inConversionBrackets(plain: string, placed: readonly Placed[], i: number): boolean {
  const date = placed[i];
  let open = -1;
  for (let k = date.m.start - 1; k >= 0 && k >= date.m.start - CONVERSION_REACH; k--) {
    const c = plain.charCodeAt(k);
    if (c === 41 || c === 10) return false;
    if (c === 40) { open = k; break; }
  }
  if (open < 0) return false;
  const inside = i > 0 && placed[i - 1].m.granularity === 'clock' && placed[i - 1].m.start > open;
  if (!inside) return false;
  for (let j = i - 1; j >= 0; j--) {
    const q = placed[j];
    if (q.m.end > open) continue;
    return q.m.granularity === 'clock' && q.paragraph === date.paragraph && open - q.m.end <= CLOCK_TO_BRACKET && !/[.!?\n]/.test(plain.slice(q.m.end, open));
  }
  return false;
}

/** Characters between a clock time and a date after it within which the date is the time's own ("at 2pm on Friday"). */
const BESIDE_GAP = 5;

/**
 * Whether a date later in a clock time's sentence may be its day. One written right beside it is
 * ("at 2pm on Friday"); one further on is not when it is no story day (a bound, "with best-before
 * dates from Nov. 20"; a period's end, "in the quarter ended Sept. 30"; a date far from the dateline,
 * "set at Hallervik on Aug. 10, 2019"), nor when it lies more than a week from the day the story
 * told before it ("announced on Wednesday 13 November … went online at 20:30 GMT and covers batches
 * with best-before dates until 18 December"), as a month after the time is not (see datesForClocks).
 */
function datesBefore(plain: string, p: Placed, d: Placed, story: Placed | null, dateline: CalendarDate | null, quoted: Quotations): boolean {
  if (d.silent || d.m.start - p.m.end <= BESIDE_GAP) return true;
  if (!isStoryDay(plain, d.m.start, d.m.end, d.date, d.qualifier, dateline, quoted)) return false;
  const day = story?.date ?? dateline;
  if (!day || day.month === undefined || day.day === undefined || d.date.month === undefined || d.date.day === undefined) return true;
  const at = (month: number, dayOfMonth: number) => dayNumber({ year: 2001, month, day: dayOfMonth });
  const apart = Math.abs(at(d.date.month, d.date.day) - at(day.month, day.day));
  return Math.min(apart, 365 - apart) <= STORY_AFTER_DAYS;
}

/** Days from the story's day beyond which a date after a clock time is another time's (as daysource.ts's STORY_DAYS). */
const STORY_AFTER_DAYS = 7;

/** Times between a clock time and a date after it beyond which the date is not the first time's. */
const LIST_TIMES = 8;

/** Words that join clock times of one list or range ("9 a.m. and 3 p.m.", "19:00 BST (18:00 GMT)"). */
const CLOCK_LINK_WORDS: ReadonlySet<string> = new Set(['', 'and', 'or', 'to', 'until', 'till', 'through', '-', '–', '—']);
/** White space, commas and brackets around a link word. */
const LINK_PADDING = /[\s,()]/;

/** Whether `gap` is a link word with only padding around it: trimmed by hand, as a pattern with padding on both sides backtracks over a long run of it. */
function isClockLink(gap: string): boolean {
  let from = 0;
  let to = gap.length;
  while (from < to && LINK_PADDING.test(gap[from])) from++;
  while (to > from && LINK_PADDING.test(gap[to - 1])) to--;
  return CLOCK_LINK_WORDS.has(gap.slice(from, to));
}

/**
 * "the review at 19:00 BST has extended the closure until at least 06:00 GMT on Wednesday": a later
 * clock time told in words of its own stands between `placed[i]` and the date after it, and that
 * date is the later time's, not this one's.
 */
function laterClockBetween(plain: string, placed: readonly Placed[], i: number, date: Placed): boolean {
  let prev = placed[i].m;
  for (let j = i + 1; j < placed.length && placed[j] !== date; j++) {
    // A run of more times than a list holds: the date is not this one's (and the walk stays short).
    if (j - i > LIST_TIMES) return true;
    const q = placed[j].m;
    if (q.granularity !== 'clock') continue;
    if (!isClockLink(plain.slice(prev.end, q.start))) return true;
    prev = q;
  }
  return false;
}

/**
 * A number and at most two words of what it counts, then "on", right before a day: "19.5 hours on ",
 * "284 attendances on ". Not a year ("since the crisis began in late 2023 started on Thursday 12
 * November": the year is when something began, the day is the story's).
 */
const FIGURE_ON = /(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,]))\d[\d.,]*(?:[ \t]?%|[ \t]+per[ \t]+cent|(?:[ \t]+[a-z]+){1,2})[ \t]+on[ \t]+$/i;
/** Characters read before a day for FIGURE_ON. */
const FIGURE_ON_REACH = 40;

/** A day before the dateline told as the day a figure stood ("… was 19.5 hours on Monday"). */
function figureOfEarlierDay(plain: string, p: Placed, dateline: CalendarDate | null): boolean {
  if (!isFull(dateline) || !isFull(p.date) || dayNumber(p.date) >= dayNumber(dateline)) return false;
  return FIGURE_ON.test(plain.slice(Math.max(0, p.m.start - FIGURE_ON_REACH), p.m.start));
}

/** A day after the dateline: "tomorrow", "next Friday", or a written date ahead of it. */
function isAhead(p: Placed, dateline: CalendarDate | null): boolean {
  const m = p.m;
  if ((m.relative === 'day' && (m.offset ?? 0) > 0) || m.relative === 'weekday-next') return true;
  return isFull(dateline) && isFull(p.date) && dayNumber(p.date) > dayNumber(dateline);
}

/** Per mention, the nearest date of its paragraph in one direction: [with a day, with only a month]. */
function nearestDates(placed: Placed[], usable: boolean[], step: 1 | -1): Array<[Placed | null, Placed | null]> {
  const out: Array<[Placed | null, Placed | null]> = new Array(placed.length);
  let day: Placed | null = null;
  let month: Placed | null = null;
  let paragraph = -1;
  for (let k = 0; k < placed.length; k++) {
    const i = step === 1 ? k : placed.length - 1 - k;
    const p = placed[i];
    if (p.paragraph !== paragraph) { day = null; month = null; paragraph = p.paragraph; }
    out[i] = [day, month];
    if (p.m.granularity !== 'date' || !usable[i]) continue;
    if (hasDay(p)) day = p;
    else if (p.date.month !== undefined) month = p;
  }
  return out;
}

/**
 * "All times Philippine Standard Time (PST, UTC+8)": "PST" is the Philippines' clock as well as the
 * US Pacific one. An article that names Philippine time, or writes PST beside UTC+8, reads its PST
 * as UTC+8 (bounded reads: linear-time).
 */
const PHILIPPINE_TIME = /\bPhilippine[ \t]+(?:Standard[ \t]+)?Time\b|\bPST\b[^\n]{0,24}?\b(?:UTC|GMT)[ \t]?\+[ \t]?0?8\b/i;
/**
 * "All times Bangladesh Standard Time (BST, UTC+6)": newsrooms in Bangladesh write "BST" for their own
 * clock, six hours ahead of GMT all year, where British ones mean British Summer Time. An article that
 * names Bangladesh time, or writes BST beside UTC+6, reads its BST as UTC+6.
 */
const BANGLADESH_TIME = /\bBangladesh[ \t]+(?:Standard[ \t]+)?Time\b|\bBST\b[^\n]{0,40}?\b(?:UTC|GMT)[ \t]?\+[ \t]?0?6\b/;

/** Abbreviations two countries' clocks share, each with the words that say the article means the other one. */
const SHARED_ABBREVIATIONS: readonly { written: string; cue: string; named: RegExp; zone: Zone }[] = [
  { written: 'PST', cue: 'Philippine', named: PHILIPPINE_TIME, zone: { label: 'PST', fixed: 480, family: 'pht' } },
  { written: 'BST', cue: 'Bangladesh', named: BANGLADESH_TIME, zone: zoneFor('BDT') ?? { label: 'BDT', fixed: 360, family: 'bdt' } },
];

/**
 * The article's own reading of a shared abbreviation, by label ("BST" → UTC+6), where its words say so
 * or where the writer's own conversion beside it does ("9.40am BST (3.40am GMT)": six hours ahead).
 */
function sharedAbbreviations(plain: string, placed: readonly Placed[]): ReadonlyMap<string, Zone> {
  const out = new Map<string, Zone>();
  for (const a of SHARED_ABBREVIATIONS) {
    if (!plain.includes(a.cue) && !plain.includes(a.written)) continue;
    if (a.named.test(plain) || convertedAs(placed, a.written, a.zone.fixed ?? 0)) out.set(a.written, a.zone);
  }
  return out;
}

/** Some time written with the abbreviation `written` is converted right after it to GMT or UTC at `offset` minutes behind. */
function convertedAs(placed: readonly Placed[], written: string, offset: number): boolean {
  for (let i = 1; i < placed.length; i++) {
    const b = placed[i].m;
    const a = placed[i - 1].m;
    if (!b.conversion || (b.zone?.label !== 'GMT' && b.zone?.label !== 'UTC') || a.zone?.label !== written) continue;
    if (a.localMinutes === undefined || b.localMinutes === undefined || placed[i - 1].sentence !== placed[i].sentence) continue;
    if ((((a.localMinutes - b.localMinutes - offset) % 1440) + 1440) % 1440 === 0) return true;
  }
  return false;
}

/**
 * "21:10 in New York", "15:30 in Paris": a time told on another place's clock for readers there, beside
 * the story's own. Its zone is that time's alone and is not carried to the zone-less times after it.
 */
const TOLD_FOR_PLACE = /[ \u00a0]in[ \u00a0](?:the[ \u00a0])?\p{Lu}[\p{L} \u00a0.-]{0,30}$/u;

function toClaims(plain: string, placed: Placed[], wholeArticle: Zone | null, labels: readonly ZoneLabel[] = [], cells: readonly ZonedCell[] = [], shared: ReadonlyMap<string, Zone> = new Map(), dateline: CalendarDate | null = null): TimeClaim[] {
  const out: TimeClaim[] = [];
  let nextCell = 0;
  let carried: Zone | null = null;
  let carriedParagraph = -1;
  // The zone a heading or label names ("Timeline (BST, 24-hour clock)") for the times after it.
  let labelled: Zone | null = null;
  let nextLabel = 0;
  const ahead = zonesAhead(plain, placed);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    const m = p.m;
    // A label naming a zone sets the clock of what follows it: a zone carried from before it is done.
    for (; nextLabel < labels.length && labels[nextLabel].at <= p.start; nextLabel++) { labelled = labels[nextLabel].zone; carried = null; }
    // A live blog's entry stamp opens a new entry: a zone the entry above told ("noon New York time")
    // is that entry's, and the stamps under it are on the blog's own clock ("All times GMT").
    if (p.stamp || p.opensEntry) carried = null;
    while (nextCell < cells.length && cells[nextCell].end <= m.start) nextCell++;
    const span = { start: p.start, end: m.end };
    const claim: TimeClaim = {
      kind: 'time', span, text: plain.slice(span.start, span.end), granularity: m.granularity,
      zone: null, zoneExplicit: false, date: p.date, qualifier: p.qualifier, sentence: p.sentence,
    };
    if (p.weekday !== undefined) claim.weekday = p.weekday;
    if (m.granularity === 'clock' && m.localMinutes !== undefined) {
      let local = m.localMinutes;
      // "until midnight" and "by midnight" close the day; "since midnight" opens it.
      if (local === 0 && /midnight/i.test(claim.text) && (p.qualifier === 'until' || /^by\b/i.test(claim.text))) local = 1440;
      claim.localMinutes = local;
      let zone: Zone | null = null;
      if (m.localTime) {
        carried = null;
        claim.zone = 'local time';
        claim.zoneExplicit = true;
        if (m.namedClock) claim.clockNamed = true;
      } else if (m.zone) {
        zone = m.zone;
        if (!m.conversion && !TOLD_FOR_PLACE.test(claim.text)) { carried = zone; carriedParagraph = p.paragraph; }
        claim.zoneExplicit = true;
      } else if ((zone = cellZone(cells, m.start, nextCell)) !== null) {
        // A table column headed "UTC": its zone is written once, over the column; never carried on.
        claim.zoneExplicit = true;
      } else {
        // GMT written beside a time is a second clock, as a wire gives it: it does not carry past its
        // paragraph to times told on the story's own clock ("struck at 17:42 GMT" … "by 22:00").
        if (carried && (carried.label === 'GMT' || carried.label === 'UTC') && p.paragraph !== carriedParagraph) carried = null;
        // "at 6 a.m. and again at 10 a.m. Eastern": the zone written later in the sentence wins.
        zone = ahead[i] ?? carried ?? labelled ?? wholeArticle;
        if (zone && !ahead[i] && !carried) claim.zoneOfStory = true;
      }
      if (zone) {
        // The article's own clock for a shared abbreviation: Bangladesh's "BST" is stored as BDT, so a
        // time read later on that label (a zone-less time on the story's clock) keeps UTC+6.
        zone = shared.get(zone.label) ?? zone;
        claim.zone = zone.label;
        const offset = zoneOffset(zone, offsetDate(p.date), Math.min(local, 1439)) ?? weekOfDateline(zone, p.date, dateline, local);
        if (offset !== null) claim.utcMinutes = local - offset;
      }
    }
    out.push(claim);
  }
  sameReadingInBracket(plain, placed, out);
  return out;
}

/** Before a time told on a place's clock: "in London it is", "In New York, it was", "in Paris it's". */
const IN_PLACE_IT_IS = /\bin[ \t]+\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?[ \t]*,?[ \t]+(?:it[ \t]+(?:is|was)|it['’]s)[ \t]+$/u;
/** Characters read before a time for IN_PLACE_IT_IS. */
const IN_PLACE_REACH = 48;

/**
 * "For readers in London it is midnight (00:00 GMT)": a time told as the hour at a named place, with no
 * zone written beside it, whose bracket right after gives the very same reading of the clock with a
 * zone written out, is on that clock; the bracket only names it. It is not converted from the story's
 * clock (where midnight would be another moment), and takes the bracket's zone. A time of the story's
 * own ("announced at 11am (1100 GMT)") keeps the story's clock: its bracket is the writer's conversion.
 */
function sameReadingInBracket(plain: string, placed: readonly Placed[], out: TimeClaim[]): void {
  for (let i = 1; i < out.length; i++) {
    const first = out[i - 1];
    const bracket = out[i];
    if (!placed[i].m.conversion || !bracket.zoneExplicit || bracket.zone === null || bracket.utcMinutes === undefined) continue;
    if (first.granularity !== 'clock' || first.zoneExplicit || first.localMinutes === undefined || bracket.localMinutes === undefined) continue;
    if (placed[i - 1].sentence !== placed[i].sentence || first.localMinutes % 1440 !== bracket.localMinutes % 1440 || first.zone === bracket.zone) continue;
    if (!IN_PLACE_IT_IS.test(plain.slice(Math.max(0, first.span.start - IN_PLACE_REACH), first.span.start))) continue;
    first.zone = bracket.zone;
    first.zoneExplicit = true;
    first.utcMinutes = bracket.utcMinutes + (first.localMinutes - bracket.localMinutes);
    delete first.zoneOfStory;
  }
}

/**
 * The zone of every zone-less time when the article states one zone family only ("ET" and "EDT"
 * are one family): that zone if always written the same, else the family's daylight-saving zone.
 * Null when two families or "local time" appear, or when only GMT/UTC is written (wire copy
 * gives GMT beside local times it leaves zone-less) and the article does not declare it ("All times GMT").
 */
/**
 * "All times AEDT", "Times are ET", "(all times local, GMT+11)": the zone an article says it keeps; also
 * in words ("All times East Africa Time (EAT, UTC+3)", "Times in this transcript are Eastern time").
 */
const DECLARED_ZONE = /\b(?:all )?times (?:in this (?:transcript|article|story|report|blog|file|page) )?(?:are |in |shown in |given in )?(?:([a-z]+(?: [a-z]+){1,3}? time)\b|([A-Z]{2,5})\b)/gi;
/** Tried only just before "times " (at most "all " before it), not at every position; exported for its test. */
export const CUED_DECLARED_ZONE = new CuedPattern(DECLARED_ZONE, /times /i, 4);

function declaredZones(plain: string): Zone[] {
  const out: Zone[] = [];
  for (let m = CUED_DECLARED_ZONE.exec(plain, 0); m; m = CUED_DECLARED_ZONE.exec(plain, m.index + m[0].length)) {
    const z = m[1] !== undefined ? zoneFor(m[1]) : zoneFor(m[2].toUpperCase() === m[2] ? m[2] : '');
    if (z) out.push(z);
  }
  return out;
}

function articleZone(placed: Placed[], headingZones: Zone[], declared: Zone[]): Zone | null {
  // "All times BST": what the article says it keeps wins over a time it tells in another place's
  // "local time" (a congress abroad), which is that time's own zone.
  if (declared.length > 0 && declared.every((z) => z.family === declared[0].family)) {
    return declared.every((z) => z.label === declared[0].label) ? declared[0] : genericZone(declared[0].family) ?? declared[0];
  }
  const stated: Zone[] = [...headingZones, ...declared];
  for (const p of placed) {
    if (p.m.localTime) return null;
    if (p.m.zone && !p.m.conversion) stated.push(p.m.zone);
  }
  if (stated.length === 0) return null;
  const family = stated[0].family;
  if (stated.some((z) => z.family !== family)) return null;
  const label = stated[0].label;
  const zone = stated.every((z) => z.label === label) ? stated[0] : genericZone(family) ?? null;
  // GMT or UTC written beside times is a wire's second clock; "All times GMT" says it is the story's.
  return zone && (zone.label !== 'GMT' && zone.label !== 'UTC' || declared.length > 0) ? zone : null;
}

/** A zone a heading or label names, and where: the times after it are on that clock. */
interface ZoneLabel {
  at: number;
  zone: Zone;
}

/** The offset written after UTC or GMT, as offsetZone reads it (bounded). */
const OFFSET_WRITTEN = /^ ?[+\u2212\u2013-] ?\d{1,2}(?::?\d\d)?/;

/** A zone abbreviation as a whole word ("BST", "CEST"). */
const ZONE_WORD = /(?<![\p{L}\p{N}])[A-Z]{2,4}(?![\p{L}\p{N}])/gu;
/** Words at most in a label line ("Timeline (BST, 24-hour clock)", "Key times, CET"). */
const LABEL_WORDS = 8;

/** A lower-case letter: a label in capitals names no zone. Made once (the bundler rebuilds a \p literal as a RegExp per call). */
const LOWER_CASE = /\p{Ll}/u;

/**
 * Headings and short label lines that name a zone and tell no clock time of their own ("Timeline
 * (BST, 24-hour clock)", "## Key moments – all times CEST"), in text order. The zone word must stand
 * as a label does: in brackets or a list, after "times"/"in", or at the line's end; a heading in
 * capitals only ("FERRY HITS ROCKS AT CARROW") names none.
 */
function zoneLabels(text: ArticleText, mentions: readonly Mention[]): ZoneLabel[] {
  const out: ZoneLabel[] = [];
  const plain = text.plain;
  let k = 0;
  for (const s of text.sentences) {
    const { start, end } = s.span;
    while (k < mentions.length && mentions[k].end <= start) k++;
    let clock = false;
    for (let j = k; j < mentions.length && mentions[j].start < end; j++) if (mentions[j].granularity === 'clock') { clock = true; break; }
    if (clock) continue;
    const line = plain.slice(start, end);
    // The word count first: it reads a few words of the line, where the label's pattern is tried at
    // every position of it (most sentences are longer than a label, and are passed over at once).
    if (moreWordsThan(line, LABEL_WORDS)) continue;
    if (!s.isHeading && !/^(?:all\s+)?times\b|\btimes\s+(?:are\s+|in\s+|shown\s+in\s+|given\s+in\s+)?[A-Z]{2,4}\b/i.test(line)) continue;
    if (!LOWER_CASE.test(line)) continue;
    ZONE_WORD.lastIndex = 0;
    for (let m = ZONE_WORD.exec(line); m; m = ZONE_WORD.exec(line)) {
      let zone = zoneFor(m[0]);
      if (!zone) continue;
      const before = line.slice(0, m.index);
      let after = line.slice(m.index + m[0].length);
      // "All times are Oslo time (UTC+1)": the offset after UTC or GMT is the clock, not UTC itself.
      if (zone.label === 'UTC' || zone.label === 'GMT') {
        const offset = offsetZone(after);
        if (offset) {
          zone = offset;
          after = after.replace(OFFSET_WRITTEN, '');
        }
      }
      if (/(?:[(,\u2013\u2014-]|\btimes(?:\s+(?:are|in))?|\bin)\s*$/i.test(before) || /^\s*(?:[),;:]|$)/.test(after)) {
        out.push({ at: start, zone });
        break;
      }
    }
  }
  return out;
}

/**
 * (line.match(/\S+/g)?.length ?? 0) > most, counted in place: the match made a string of every word
 * of every heading (a headline, a byline, a dateline) to count them.
 */
function moreWordsThan(line: string, most: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const space = isSpaceUnit(line.charCodeAt(i));
    if (!space && !inWord && ++words > most) return true;
    inWord = !space;
  }
  return false;
}

/** The zone of the table column `at` lies in, if its header names one (cells in text order). */
function cellZone(cells: readonly ZonedCell[], at: number, from: number): Zone | null {
  for (let i = from; i < cells.length && cells[i].start <= at; i++) if (at < cells[i].end) return cells[i].zone;
  return null;
}

/** For each clock time, the zone written on a later clock time of the same sentence, if any. */
function zonesAhead(plain: string, placed: Placed[]): Array<Zone | null> {
  const out: Array<Zone | null> = new Array(placed.length).fill(null);
  let next: Zone | null = null;
  let nextAt = -1;
  let sentence = -1;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i];
    if (p.sentence !== sentence) { next = null; sentence = p.sentence; }
    if (p.m.granularity !== 'clock') continue;
    // "at 20:00 hours on Friday (23:00 GMT; 18:00 US Eastern Time)": a zone inside brackets opened
    // after this time is a conversion's, for readers elsewhere, not this time's.
    out[i] = next && !bracketOpensBetween(plain, p.m.end, nextAt) ? next : null;
    if (p.m.localTime) next = null;
    // "at 10 a.m. (1400 GMT)": 10 a.m. is not GMT; nor is "23:10 … (21:10 in New York)" New York's.
    else if (p.m.zone && !p.m.conversion && !TOLD_FOR_PLACE.test(plain.slice(p.start, p.m.end))) { next = p.m.zone; nextAt = p.start; }
  }
  return out;
}

/** A date good enough to look up daylight saving; weekday-only dates have none. */
/** Days either side of a wire's dateline within which a weekday its story tells lies. */
const STORY_WEEK = 7;
/** A year of 365 days, for counting days across a dateline that gives none. */
const COUNTING_YEAR = 2001;

/**
 * "VANCOUVER, Dec. 2 (PWS) - … released on Wednesday … at 8:15 a.m. Eastern time": a time dated by a
 * weekday a dateline without a year cannot place has no month to read daylight saving by, yet its day
 * lies within a week of the dateline's. The zone's offset where it is the same a week either side of
 * the dateline (in every year: no change of clocks can fall between), else null.
 */
function weekOfDateline(zone: Zone, date: CalendarDate, dateline: CalendarDate | null, local: number): number | null {
  if (date.month !== undefined || date.year !== undefined || dateline?.month === undefined || dateline.day === undefined || !isValidDate(COUNTING_YEAR, dateline.month, dateline.day)) return null;
  const day = { year: COUNTING_YEAR, month: dateline.month, day: dateline.day };
  const read = (d: FullDate) => zoneOffset(zone, { month: d.month, day: d.day }, Math.min(local, 1439));
  const before = read(addDays(day, -STORY_WEEK));
  return before !== null && before === read(addDays(day, STORY_WEEK)) ? before : null;
}

function offsetDate(d: CalendarDate): CalendarDate {
  return isFull(d) || d.month !== undefined ? d : {};
}
