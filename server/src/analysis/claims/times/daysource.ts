// Which earlier date a clock time written without one may take as its day. News tells a story in
// order: "…at 4:47 p.m. EDT on June 8. [new paragraph] Firefighters had it under control by 5:38 p.m."
// puts 5:38 on June 8. But not every date written earlier is the story's day: a date inside a
// quotation, one used as an adjective ("in a March 17 filing", "the June 3 meeting"), a document's
// date ("a filing dated Mar. 17"), a bound ("until Friday", "since March 2") or a date far from the
// dateline is about another time.
import type { ArticleText, CalendarDate, Qualifier } from '../../types';
import { dayNumber, isFull } from './calendar';
import { nextWord, prevWord, startsLower } from './words';
import { firstAtOrAfter, withinSpans } from '../../text/cuedPattern';
import { quotationMarks } from '../../text/quotationMarks';

/** A date further than this from the dateline is background, not the story's day. */
const STORY_DAYS = 7;

/** Words after which a date names another document or meeting ("a March 17 filing"). */
const ATTRIBUTIVE_BEFORE = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'whose']);

/** Words that may follow a date used as a plain adverbial ("on the 17th of March, when…"). */
const AFTER_ADVERBIAL = new Set(['and', 'or', 'but', 'when', 'after', 'before', 'at', 'in', 'on', 'to', 'as', 'while',
  'with', 'by', 'from', 'for', 'until', 'since', 'that', 'which', 'the', 'a', 'an', 'he', 'she', 'it', 'they', 'we',
  'i', 'was', 'were', 'is', 'are', 'had', 'has', 'have', 'will', 'would', 'could', 'said', 'says', 'police', 'officials',
  'morning', 'afternoon', 'evening', 'night', 'last', 'this', 'next', 'of', 'than', 'amid', 'during', 'through']);

/** Spans of direct quotation, paragraph by paragraph (an unclosed quote ends with its paragraph). */
export class Quotations {
  private readonly spans: Array<[number, number]> = [];

  private read = false;

  /** The spans are found when first asked for: most articles' clock times never need them. */
  constructor(private readonly text: ArticleText) {}

  private readSpans(): void {
    this.read = true;
    const plain = this.text.plain;
    // Only the quotation marks matter: their places are read paragraph by paragraph.
    const marks = quotationMarks(plain);
    for (const p of this.text.paragraphs) {
      let open = -1;
      for (let k = firstAtOrAfter(marks, p.start); k < marks.length && marks[k] < p.end; k++) {
        const i = marks[k];
        const c = plain.charCodeAt(i);
        if (c === 0x201c || (c === 34 && open < 0)) {
          if (open < 0) open = i;
        } else if ((c === 0x201d || c === 34) && open >= 0) {
          this.spans.push([open, i + 1]);
          open = -1;
        }
      }
      if (open >= 0) this.spans.push([open, p.end]);
    }
  }

  has(at: number): boolean {
    if (!this.read) this.readSpans();
    return withinSpans(this.spans, at);
  }
}

/** Whether the date at `start` ends a reporting period: "in the 13 weeks to 27 September". */
export function endsPeriod(plain: string, start: number): boolean {
  return PERIOD_END.test(plain.slice(Math.max(0, start - 30), start));
}

/** "in the 13 weeks to 27 September", "the year ended March 31": the end of a reporting period. */
const PERIOD_END = /\b(?:weeks?|months?|years?|quarters?|days?|period|half)\s+(?:to|through|ended|ending|ended on|ending on)\s+$/i;

/** Words before a date on which something takes effect: "will rise … from Monday 1 March", "starting June 3". */
const PERIOD_START = new Set(['from', 'starting', 'effective', 'beginning']);

/** "fares will rise by 3.9% from Monday 1 March": the start of a period, not the day the story tells. */
function opensPeriod(plain: string, start: number): boolean {
  const prev = prevWord(plain, start);
  return prev !== null && PERIOD_START.has(prev.word.toLowerCase());
}

/**
 * "cars registered in Norway in February, the federation says in figures released at 10:00 CET": a
 * reporting clause after a comma ("…, the agency said", "…, according to") parts what was reported
 * from when it was reported. A month told before it is the reported figures' period, not the day of a
 * clock time told after it. Bounded slice and bounded gap: linear.
 */
const REPORTED_BETWEEN = /,[ \t\u00a0][^,.;!?]{0,48}\b(?:says|said|say|reports|reported|announces|announced|shows|showed|according)\b/i;
/** Most characters between a month and a clock time read for REPORTED_BETWEEN. */
const REPORTED_REACH = 120;

/** Whether a reporting clause stands between a date ending at `from` and a clock time starting at `to`. */
export function reportedBetween(plain: string, from: number, to: number): boolean {
  return to - from <= REPORTED_REACH && REPORTED_BETWEEN.test(plain.slice(from, to));
}

/** "'s" or "’s" closing a word: a possessive. */
const POSSESSIVE_AFTER = /^['’]s\b/;
/**
 * "For comparison, Monday's 18:00 figures were …": a day in the possessive owns the thing told after
 * it (and dates a clock time right after it), not the clock times the story tells later.
 */
export function possessiveDay(plain: string, end: number): boolean {
  return POSSESSIVE_AFTER.test(plain.slice(end, end + 3));
}

/** A clock time right after a day's possessive: "'s 1:07 a.m.", "'s 9 a.m.", "'s 14:30". */
const POSSESSED_CLOCK = /^['’]s[ \t\u00a0]+\d{1,2}(?:[:.]\d{2}|[ \t\u00a0]*[ap]\.?m\b)/i;
/** A clock time in brackets right after the thing a day owns: "'s press conference (13.00 CET", "'s meeting (10 a.m.". */
const POSSESSED_BRACKET_CLOCK = /^['’]s(?:[ \t\u00a0]+[\p{L}-]+){1,3}[ \t\u00a0]*\([ \t\u00a0]*\d{1,2}(?:[:.]\d{2}|[ \t\u00a0]*[ap]\.?m\b)/iu;
/** Characters after a day read for POSSESSED_BRACKET_CLOCK. */
const POSSESSED_BRACKET_REACH = 48;

/**
 * "will be paid on 19 January", "is due on Friday", "said the plant would reopen on Monday", "the
 * ultimatum expires at midnight on Sunday": a day told in the future tense, or as a deadline.
 */
const FUTURE_BEFORE = /\b(?:will|shall|would|expires?|lapses?|runs[ \t]+out|(?:is|are)\s+(?:due|set|scheduled|expected|to))\b[^.;!?]{0,40}$/i;

/**
 * Whether the date at `start` is told as a day to come ("will be paid on 19 January"): like a day
 * ahead of the dateline, it holds only in its paragraph.
 */
export function toldAhead(plain: string, start: number): boolean {
  return FUTURE_BEFORE.test(plain.slice(Math.max(0, start - 60), start));
}

/** "had been approved by the board on Friday, 27th February": a day told in the past perfect. */
const PAST_PERFECT_BEFORE = /\bhad\b[^.;!?]{0,60}$/i;

/**
 * Whether the date at `start` is told in the past perfect ("The change had been approved on Friday,
 * 27th February"): a day before the story's own, told as background; like a day to come, it holds
 * only in its paragraph, and the story goes back to its own day after it.
 */
export function toldBefore(plain: string, start: number): boolean {
  return PAST_PERFECT_BEFORE.test(plain.slice(Math.max(0, start - 70), start));
}

/**
 * True when the date mention at [start, end) may be the day of clock times written after it
 * without a date of their own.
 */
export function isStoryDay(plain: string, start: number, end: number, date: CalendarDate, qualifier: Qualifier,
  dateline: CalendarDate | null, quoted: Quotations): boolean {
  if (qualifier === 'past' || qualifier === 'until') return false; // "until Friday", "since March 2"
  if (opensPeriod(plain, start)) return false;
  if (quoted.has(start)) return false;
  if (endsPeriod(plain, start)) return false;
  if (earlierReading(plain, start)) return false;
  if (isFull(dateline) && isFull(date) && Math.abs(dayNumber(date) - dayNumber(dateline)) > STORY_DAYS) return false;
  // A wire dateline without a year ("Oct 27"): a month and day far from it are background all the same.
  if (!isFull(dateline) && dateline?.month !== undefined && dateline.day !== undefined && date.month !== undefined && date.day !== undefined) {
    const at = (d: { month: number; day: number }) => dayNumber({ year: 2001, month: d.month, day: d.day });
    const apart = Math.abs(at({ month: date.month, day: date.day }) - at({ month: dateline.month, day: dateline.day }));
    if (Math.min(apart, 365 - apart) > STORY_DAYS) return false;
  }
  return !namesOtherThing(plain, start, end);
}

/**
 * "read 80.2 feet on Tuesday, down from 82.6 feet on March 13": the day of the reading a change is
 * measured from, told after "up from"/"down from" and its figure, is that earlier reading's, not the day
 * of the clock times the story tells after it. Bounded: linear.
 */
const EARLIER_READING = /\b(?:up|down|rising|falling|rose|fell|dropped|climbed)[ \t]+from[ \t]+(?:[^.;!?\n]|\.(?=\d)){1,40}?[ \t](?:on|in)[ \t]+$/i;
/** Characters read back from a date for EARLIER_READING. */
const EARLIER_READING_REACH = 64;

/** Whether the date at `start` is the day of the reading a change is measured from ("down from 82.6 feet on March 13"). */
export function earlierReading(plain: string, start: number): boolean {
  return EARLIER_READING.test(plain.slice(Math.max(0, start - EARLIER_READING_REACH), start));
}

/**
 * True for a date that names a document or meeting rather than when things happened: "a March 17
 * filing", "the June 3 meeting", "a report dated Mar. 17"; not "on the 17th of March, when…".
 * Such a date is not the day of a clock time even in the same sentence.
 */
export function namesOtherThing(plain: string, start: number, end: number): boolean {
  // "against Wednesday's close", "Monday's session": the day owns a thing; it is not when the
  // sentence's clock times happened.
  // "Wednesday's 1:07 a.m. vote", "Friday's 9 a.m. deadline": the thing the day owns is the clock
  // time's own moment, so the day is that time's.
  // "At Wednesday's press conference (13.00 CET, 12.00 UTC)": the time in brackets is the owned thing's.
  if (POSSESSIVE_AFTER.test(plain.slice(end, end + 3))) {
    return !POSSESSED_CLOCK.test(plain.slice(end, end + 16)) && !POSSESSED_BRACKET_CLOCK.test(plain.slice(end, end + POSSESSED_BRACKET_REACH));
  }
  const prev = prevWord(plain, start);
  if (!prev) return false;
  const word = prev.word.toLowerCase();
  if (word === 'dated') return true;
  if (!ATTRIBUTIVE_BEFORE.has(word)) return false;
  const next = nextWord(plain, end);
  return next !== null && startsLower(next.word) && !AFTER_ADVERBIAL.has(next.word.toLowerCase());
}
