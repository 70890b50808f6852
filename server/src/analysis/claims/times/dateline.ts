// The article's own date: front matter, a "Date:/Published:/Updated" line, a wire dateline
// ("WASHINGTON, March 10 (Reuters) -"), or the first full date in the first few lines. An AP
// dateline ("WASHINGTON (AP) —") names a place, not a date. A wire dateline gives no year: the year
// of a full date written close to it elsewhere in the article is taken, when there is one.
import type { ArticleText, CalendarDate, Span } from '../../types';
import { dayNumber, isFull, isValidDate, monthNumber } from './calendar';
import { scanMentions } from './scan';
import { articleMentions, selectMentions } from './select';

/** Every letter (made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands). */
const LETTERS = /\p{L}/gu;

const TOP_LINES = 5;
/** Wire datelines open the story, which may sit below a headline, standfirst and byline. */
const WIRE_LINES = 8;
/** "Issued: Monday, 2nd March 2026, 11:40pm (WAT)": a press release's date line, under its letterhead and "PRESS RELEASE" lines. */
const ISSUED = /^[\s*_]{0,4}issued(?:[ \t]+on)?[ \t]*:[ \t]*/i;
/** A full date this close to a yearless dateline (either side) lends it its year. */
const YEAR_DAYS = 14;
/** How far back a date's line start is looked for. */
const CLUTTER_REACH = 400;
const MAX_LINE = 2000;
const FRONT_MATTER_KEYS = ['date', 'published', 'pubdate', 'published_at', 'publishdate', 'updated', 'lastmod'];
const LABEL = /^[\s#>*_]{0,8}(?:date[d]?|published(?:\s+on)?|first\s+published|posted(?:\s+on)?|updated|last\s+updated|last\s+modified)\b[\s:\-–—]{0,4}/i;
const CLUTTER = /^[ \t]{0,8}(?:ALSO READ|READ MORE|READ|RELATED|WATCH|LISTEN|SEE ALSO)[ \t]{0,3}[:|]/i;
const SLASHED = /(?<!\d)(\d{1,2})\/(\d{1,2})\/((?:19|20)\d\d)(?!\d)/;
/** "Updated: 15.09.2027, 18:42 CEST": day, month and year with dots, as European sites write them. */
const DOTTED = /(?<![\d.])(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)/;
/**
 * "Vilnius, 04.03.2027": a press release's place-and-date line, the date dotted day first, and nothing
 * else on the line (a place of a few words before a comma, or none).
 */
const PLACE_DOTTED = /^[ \t*_>]{0,4}(?:\p{Lu}[\p{L}.'’\- ]{0,40},[ \t]{1,3})?(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)[ \t*_]{0,4}$/u;
/** "Valley Now live desk | Last updated 11:48 p.m.": a label after a separator, late in a top line. */
const INLINE_LABEL = /[|•·][ \t]{0,3}(?:last[ \t]+)?(?:updated|published|posted)\b/i;
const INLINE_LINE_MAX = 100;
/**
 * "Courier live coverage. All times CDT. Updated Wednesday, May 20, 2026.": a label opening a later
 * sentence of a top line, capitalised, with a date right after it (datelineLines reads that date).
 */
const LATER_LABEL_REACH = 30;
const SENTENCE_END = /[.!?][ \t]/;
const SENTENCE_LABEL = /[.!?][ \t]{1,3}(?:Last[ \t]+updated|Updated|Published|Posted)\b[ \t:\-–—]{0,4}/;
/** Digits that may be a year (19xx, 18xx, 20xx): in every date findDateIn can return. */
const YEAR_DIGITS = /(?:1[89]|20)\d\d/;

// "ALLENTOWN, Pa., June 8 (Wirepost) -", "WASHINGTON, March 10 (Reuters) -", "LEEDS, 14 Oct (PressLine) –":
// a place in capitals, up to two more place words, the date, an optional outlet, then a dash. Two
// places joined by a slash ("LONDON/PARIS, May 3 (Reuters) -") are one dateline.
const SP = '[ \\u00a0]';
/** A weekday written before a wire dateline's date: "OSLO, Tuesday May 13 (Nordic Press) -", "LIMA, Fri, 4 July -". */
const WEEKDAY = `(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\\.?,?${SP}{1,2}`;
const WIRE = new RegExp(
  `^[ \\t*_>]{0,4}\\p{Lu}[\\p{Lu}.'’\\-/ ]{1,40}(?:,${SP}{1,2}\\p{Lu}[\\p{L}.'’\\- ]{0,30}){0,2},${SP}{1,2}` +
  `(?:(\\p{L}{3,9})\\.?${SP}{1,2}(\\d{1,2})|(\\d{1,2})${SP}{1,2}(\\p{L}{3,9})\\.?)(?:,?${SP}{1,2}((?:19|20)\\d\\d))?` +
  `${SP}{1,2}(?:\\([^()\\n]{1,40}\\)${SP}{0,2})?[-–—]`, 'u');

/** WIRE with a weekday before the date (storyDateline). */
const WEEKDAY_WIRE = new RegExp(
  `^[ \\t*_>]{0,4}\\p{Lu}[\\p{Lu}.'’\\-/ ]{1,40}(?:,${SP}{1,2}\\p{Lu}[\\p{L}.'’\\- ]{0,30}){0,2},${SP}{1,2}${WEEKDAY}` +
  `(?:(\\p{L}{3,9})\\.?${SP}{1,2}(\\d{1,2})|(\\d{1,2})${SP}{1,2}(\\p{L}{3,9})\\.?)(?:,?${SP}{1,2}((?:19|20)\\d\\d))?` +
  `${SP}{1,2}(?:\\([^()\\n]{1,40}\\)${SP}{0,2})?[-–—]`, 'u');

/**
 * The day an article was written, for telling stories apart (alignment/story.ts): its dateline, or a
 * wire dateline that names the weekday ("REYKJAVIK, Tuesday May 13 (Nordic Press) -"). The second is
 * not the article's dateline: a dateline without a year would put the article's clock times on a day
 * of no year, which then meets no other source's full date (aska-eruption loses two conflicts).
 */
export function storyDateline(text: ArticleText, dateline: CalendarDate | null): CalendarDate | null {
  if (dateline) return dateline;
  try {
    for (const line of topLines(text.plain)) {
      if (line.clutter) continue;
      const m = WEEKDAY_WIRE.exec(line.line);
      if (!m) continue;
      const month = monthNumber(m[1] ?? m[4]);
      const day = Number(m[2] ?? m[3]);
      const year = m[5] === undefined ? undefined : Number(m[5]);
      if (month === undefined || !isValidDate(year ?? 2000, month, day)) return null;
      return year === undefined ? withYearFromArticle({ month, day }, text) : { year, month, day };
    }
    return null;
  } catch {
    return null;
  }
}

// "New Delhi, May 14 (PTI) The government …", "Solapur/Mumbai, 14 May (IANS) …": Indian wires put the
// agency in capitals in brackets after a place in title case, and no dash: the bracket ends the dateline.
const BRACKETED_WIRE = new RegExp(
  `^[ \\t*_>]{0,4}\\p{Lu}[\\p{L}.'’\\-/ ]{1,40},${SP}{1,2}` +
  `(?:(\\p{L}{3,9})\\.?${SP}{1,2}(\\d{1,2})|(\\d{1,2})${SP}{1,2}(\\p{L}{3,9})\\.?)(?:,?${SP}{1,2}((?:19|20)\\d\\d))?` +
  `${SP}{1,2}\\(\\p{Lu}[\\p{Lu}\\p{N}&]{1,9}\\)(?:${SP}{0,2}[-–—:])?(?=${SP}{1,2}\\p{Lu})`, 'u');

export function findDateline(text: ArticleText): CalendarDate | null {
  try {
    for (const key of FRONT_MATTER_KEYS) {
      const value = text.frontMatter?.[key];
      if (value) {
        const d = dateIn(value.slice(0, MAX_LINE), true);
        if (d) return d;
      }
    }
    let wire: CalendarDate | null = null;
    let seen = 0;
    const lines = topLines(text.plain);
    for (const line of lines) {
      seen++;
      if (line.clutter) continue;
      if (!wire) {
        const w = line.wire()?.date;
        if (w) wire = { ...w };
      }
      if (seen > WIRE_LINES) continue;
      if (seen > TOP_LINES) {
        const issued = issuedDate(line.line);
        if (issued && !wire) return { ...issued.found.date };
        continue;
      }
      // Copies: the lines' readings are kept for datelineLines, the dateline goes to the caller.
      if (line.label()) {
        const d = line.labelledDate()?.date;
        if (d) return { ...d };
      }
    }
    if (wire) return wire.year === undefined ? withYearFromArticle(wire, text) : wire;
    // The first full date of a top line, asked for only now: a labelled date or a wire dateline comes first.
    for (let k = 0; k < lines.length && k < TOP_LINES; k++) {
      if (lines[k].clutter) continue;
      const found = lines[k].lineDate();
      const d = found?.date;
      if (d && d.day !== undefined && d.year !== undefined && !planned(lines[k].line, found.start) && !pastRecordDate(lines[k].line, found.start)) return { ...d };
    }
    return null;
  } catch {
    return null;
  }
}

/**
 * "Issued: Monday, 2nd March 2026, 11:40pm (WAT)": a press release's labelled date line, read below the
 * top lines too (under a letterhead, "PRESS RELEASE" and "FOR IMMEDIATE RELEASE"), up to WIRE_LINES.
 * The date found and where it ends in the line.
 */
function issuedDate(line: string): { found: FoundDate; end: number } | null {
  const issued = ISSUED.exec(line);
  const found = issued ? findDateIn(line.slice(issued[0].length), true) : null;
  return issued && found && found.date.day !== undefined ? { found, end: issued[0].length + found.end } : null;
}

/** A deadline's word right before a date: "by 30 June 2026", "until 31 March". */
const BOUND_BEFORE = /\b(?:by|until|till|before)\s+(?:the\s+)?$/i;
/** The future told in a sentence: "will close", "shall", "is to". */
const FUTURE = /\b(?:will|shall|won't|is\s+to|are\s+to)\b/i;
/** Characters read back from a date for its sentence's start. */
const PLAN_REACH = 300;

/**
 * "The closure will come in stages … when the plant shuts on 31 March 2028": a date in a sentence
 * told in the future, or a deadline ("by 30 June 2026"), is a plan's date, not the day the article
 * was written. `at`: where the date starts in `line`.
 */
function planned(line: string, at: number): boolean {
  const from = Math.max(0, at - PLAN_REACH);
  const before = line.slice(from, at);
  let start = 0;
  for (let i = before.length - 1; i > 0; i--) {
    if ((before[i - 1] === '.' || before[i - 1] === '!' || before[i - 1] === '?') && before[i] === ' ') { start = i; break; }
  }
  const sentence = before.slice(start);
  return BOUND_BEFORE.test(sentence) || FUTURE.test(sentence);
}

/** The date of a wire dateline opening `line`, and where the dateline ends. */
function wireDate(line: string): { date: CalendarDate; end: number } | null {
  const m = WIRE.exec(line) ?? BRACKETED_WIRE.exec(line);
  if (!m) return null;
  const month = monthNumber(m[1] ?? m[4]);
  const day = Number(m[2] ?? m[3]);
  const year = m[5] === undefined ? undefined : Number(m[5]);
  if (month === undefined || !isValidDate(year ?? 2000, month, day)) return null;
  return { date: year === undefined ? { month, day } : { year, month, day }, end: m[0].length };
}

/**
 * `dateline` (month and day) with the year of the full dates written within two weeks of it, when
 * they all agree: "June 8 (Wirepost)" and "a hearing on June 12, 2026" make 2026-06-08. News leaves
 * the year out of this year's dates, so a written year is often history: a date further away
 * ("installed on June 1, 1974"), one older than another year in the article, or one told as an
 * anniversary ("30 years after the May 2, 1995 bombing") says nothing about this year.
 */
function withYearFromArticle(dateline: CalendarDate, text: ArticleText): CalendarDate {
  const { month, day } = dateline;
  if (month === undefined || day === undefined) return dateline;
  const { plain } = text;
  const mentions = articleMentions(text).filter((m) => m.granularity === 'date');
  let latest = -Infinity;
  for (const m of mentions) if (m.date?.year !== undefined) latest = Math.max(latest, m.date.year);
  let year: number | undefined;
  for (const m of mentions) {
    const d = m.date;
    if (!isFull(d) || d.year !== latest || isClutterAt(plain, m.start)) continue;
    if (ANNIVERSARY.test(plain.slice(Math.max(0, m.start - 80), Math.min(plain.length, m.end + 80)))) continue;
    if (pastRecordDate(plain, m.start)) continue;
    const near = [d.year - 1, d.year, d.year + 1].filter((y) =>
      isValidDate(y, month, day) && Math.abs(dayNumber({ year: y, month, day }) - dayNumber(d)) <= YEAR_DAYS);
    if (near.length !== 1) continue;
    if (year !== undefined && year !== near[0]) return dateline; // two stories, two years: no guess
    year = near[0];
  }
  return year === undefined ? dateline : { year, month, day };
}

/**
 * "The previous record, 158.1 mm, was set on Sept. 7, 2023.", "The old mark had stood since 7 September
 * 2023.": a date in a sentence that tells of a record beaten or held before is when that record was
 * set, history, not the day the article was written nor its year. Read back in the date's sentence, a
 * bounded way: an earlier record ("previous", "old", "former", "earlier", "prior" before "record" or
 * "mark"), or a record that "stood" or "was set" before the date.
 */
function pastRecordDate(text: string, at: number): boolean {
  const from = Math.max(0, at - RECORD_REACH);
  let start = from;
  for (let i = at - 1; i > from; i--) {
    const c = text[i];
    if (c === '\n' || ((text[i - 1] === '.' || text[i - 1] === '!' || text[i - 1] === '?') && c === ' ' && !ABBREVIATION_END.test(text.slice(Math.max(from, i - 6), i)))) { start = i; break; }
  }
  const before = text.slice(start, at);
  return EARLIER_RECORD.test(before) || (RECORD_WORD.test(before) && RECORD_SET_BEFORE.test(before));
}
/** Characters read back from a date for the sentence that tells it. */
const RECORD_REACH = 240;
/** "Sept." or "a.m." before a space is no sentence's end. */
const ABBREVIATION_END = /(?:\b[A-Z][a-z]{1,4}|\b[a-z]\.[a-z])\.$/;
/** A record of before: "the previous record", "the old hourly record", "the former national mark". */
const EARLIER_RECORD = /\b(?:previous|old|former|earlier|prior)\s+(?:[\p{L}-]+\s+){0,2}(?:record|mark)\b/iu;
const RECORD_WORD = /\brecord\b/i;
/** Right before the date: the record set or standing since then ("was set on", "had stood since", "set in"). */
const RECORD_SET_BEFORE = /\b(?:set|stood|standing|established)\s+(?:on|in|since)\s+(?:the\s+)?$/i;

const ANNIVERSARY = /anniversar|years?\s(?:ago|after|since|earlier|before)|decades?\s(?:ago|after|since)|on this day/i;

/** True when `at` sits in a teaser line ("READ: … (January 9, 2025)"); looks back a bounded way. */
function isClutterAt(plain: string, at: number): boolean {
  const from = Math.max(0, at - CLUTTER_REACH);
  const nl = Math.max(plain.lastIndexOf('\n', at), plain.lastIndexOf('\r', at));
  if (nl < from && from > 0) return false; // a line this long is no teaser
  const start = nl + 1;
  return CLUTTER.test(plain.slice(start, Math.min(plain.length, start + 40)));
}

/** The next line break at or after `at` (\n, or a lone \r as old Mac files have), or the end. */
export function lineBreak(plain: string, at: number): number {
  // One pass up to the break: two indexOf searches read to the end of a text without \r every time.
  for (let i = Math.max(0, at); i < plain.length; i++) {
    const c = plain.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return plain.length;
}

/**
 * One of the first non-blank lines (cut to MAX_LINE characters), with what findDateline and
 * datelineLines both ask of it, each worked out once: the two read the same lines of an article,
 * one after the other.
 */
class TopLine {
  readonly clutter: boolean;
  private wireDate?: { date: CalendarDate; end: number } | null;
  private labelMatch?: RegExpExecArray | null;
  private labelled?: FoundDate | null;
  private unlabelled?: FoundDate | null;

  constructor(readonly span: Span, readonly line: string) {
    this.clutter = CLUTTER.test(line);
  }

  /** The wire dateline opening the line, if any. */
  wire(): { date: CalendarDate; end: number } | null {
    if (this.wireDate === undefined) this.wireDate = wireDate(this.line);
    return this.wireDate;
  }

  /** "Published:", "Updated", "date": the label opening the line, if any. */
  label(): RegExpExecArray | null {
    if (this.labelMatch === undefined) this.labelMatch = LABEL.exec(this.line);
    return this.labelMatch;
  }

  /** The date after the label (read as a labelled line reads); the line must have a label. */
  labelledDate(): FoundDate | null {
    if (this.labelled === undefined) this.labelled = findDateIn(this.line.slice(this.label()?.[0].length ?? 0), true);
    return this.labelled;
  }

  /** The first full date of the whole line, or the dotted date of a line that is only a place and a date. */
  lineDate(): FoundDate | null {
    if (this.unlabelled === undefined) this.unlabelled = findDateIn(this.line, false) ?? placeDottedDate(this.line);
    return this.unlabelled;
  }
}

/** The first WIRE_LINES non-blank lines of the text read last (both readers stop there). */
let lastPlain: string | null = null;
let lastTop: TopLine[] = [];

function topLines(plain: string): TopLine[] {
  if (plain === lastPlain) return lastTop;
  const out: TopLine[] = [];
  for (let at = 0; at < plain.length && out.length < WIRE_LINES;) {
    const end = lineBreak(plain, at);
    const cut = Math.min(end, at + MAX_LINE);
    if (hasNonSpace(plain, at, cut)) out.push(new TopLine({ start: at, end }, plain.slice(at, cut)));
    at = end + 1;
  }
  lastPlain = plain;
  lastTop = out;
  return out;
}

const SPACE = /\s/;

/** /\S/ over plain[from, to), without the copy. */
function hasNonSpace(plain: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = plain.charCodeAt(i);
    if (c < 0x80 ? c !== 32 && (c < 9 || c > 13) : !SPACE.test(plain[i])) return true;
  }
  return false;
}

/** A line giving the article's own date; `stamp`: labelled ("Published", "Updated") or a wire dateline, the publisher's clock. */
export interface DatelineLine extends Span {
  stamp: boolean;
}

/**
 * Labelled dates at the top ("Published: …", "date 2025-03-11", "| Last updated 11:48 p.m.") and wire
 * datelines ("LEEDS, 14 Oct (PressLine) –"): the article's own date, never a claim.
 */
export function datelineLines(plain: string): DatelineLine[] {
  const out: DatelineLine[] = [];
  let seen = 0;
  let wire = false;
  for (const top of topLines(plain)) {
    const { span, line } = top;
    seen++;
    const w = wire || top.clutter ? null : top.wire();
    if (w) {
      wire = true; // the story goes on after the dash
      out.push({ start: span.start, end: span.start + w.end, stamp: true });
      continue;
    }
    if (seen > TOP_LINES) {
      const issued = wire ? null : issuedDate(line);
      if (issued) out.push({ start: span.start, end: span.start + issued.end, stamp: true });
      continue;
    }
    const inline = line.length <= INLINE_LINE_MAX ? INLINE_LABEL.exec(line) : null;
    if (inline) {
      out.push({ start: span.start + inline.index, end: span.end, stamp: true });
      continue;
    }
    const label = top.label();
    const later = label || line.length > INLINE_LINE_MAX ? null : SENTENCE_LABEL.exec(line);
    if (later) {
      // Only the label and its date: the line's first sentences are the outlet's, not the story's.
      const from = later.index + 1;
      const rest = line.slice(later.index + later[0].length);
      const found = findDateIn(rest, true);
      // The date right after it ("Updated Wednesday, May 20", "Updated 3:45 p.m., May 20"), not one a sentence on.
      if (found && found.start <= LATER_LABEL_REACH && !SENTENCE_END.test(rest.slice(0, found.start))) {
        out.push({ start: span.start + from, end: span.start + later.index + later[0].length + found.end, stamp: true });
        continue;
      }
    }
    if (!label) {
      // A line that is nothing but a date ("June 3, 2025", "Tue March 11, 2025 10:02 a.m.") is a byline date.
      const found = line.length <= 80 ? top.lineDate() : null;
      const rest = found ? line.slice(0, found.start) + line.slice(found.end) : '';
      if (found && (rest.match(LETTERS)?.length ?? 0) <= 8) out.push({ ...span, stamp: false });
      continue;
    }
    const found = top.labelledDate();
    // Only the label and its date: the story may go on in the same line.
    if (found) out.push({ start: span.start, end: span.start + label[0].length + found.end, stamp: true });
  }
  return out;
}

/** "Vilnius, 04.03.2027" as a whole line: the dotted date, day first. */
function placeDottedDate(line: string): FoundDate | null {
  const m = PLACE_DOTTED.exec(line);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidDate(year, month, day)) return null;
  const start = m[0].lastIndexOf(m[1] + '.' + m[2] + '.');
  return { date: { year, month, day }, start, end: start + m[1].length + m[2].length + m[3].length + 2 };
}

/** The first written date in `s` with a year; a labelled line also takes "03/11/2025" and "March 2025". */
function dateIn(s: string, labelled: boolean): CalendarDate | null {
  return findDateIn(s, labelled)?.date ?? null;
}

interface FoundDate {
  date: CalendarDate;
  start: number;
  end: number;
}

function findDateIn(s: string, labelled: boolean): FoundDate | null {
  // Every date found here has a year, and every year is read from digits like these (scan.ts's YEAR,
  // its ISO dates, SLASHED, DOTTED): a line without them, most of a story's opening lines, is not scanned.
  if (!YEAR_DIGITS.test(s)) return null;
  const mentions = selectMentions(s.length, scanMentions(s), s);
  for (const m of mentions) {
    if (m.granularity !== 'date' || m.relative !== undefined && m.relative !== 'weekday') continue;
    const d = m.date;
    if (!d || d.year === undefined || d.month === undefined) continue;
    if (d.day !== undefined || labelled) return { date: { ...d }, start: m.start, end: m.end };
  }
  if (labelled) {
    const sl = SLASHED.exec(s);
    if (sl) {
      const a = Number(sl[1]);
      const b = Number(sl[2]);
      const year = Number(sl[3]);
      // US order unless the first number cannot be a month.
      const [month, day] = a > 12 ? [b, a] : [a, b];
      if (isValidDate(year, month, day)) return { date: { year, month, day }, start: sl.index, end: sl.index + sl[0].length };
    }
    const dot = DOTTED.exec(s);
    if (dot) {
      const [day, month, year] = [Number(dot[1]), Number(dot[2]), Number(dot[3])];
      if (isValidDate(year, month, day)) return { date: { year, month, day }, start: dot.index, end: dot.index + dot[0].length };
    }
  }
  return null;
}
