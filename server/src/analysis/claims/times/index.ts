// Times and dates stage: clock times ("10:30 a.m. ET") and calendar dates ("Mar. 10, 2025",
// "Monday", "last August") with their zone, UTC minute, resolved date and qualifier.
//
// Hand-written on flat regexes rather than chrono-node: we need exact spans, "Eastern" and zone
// carry, dateline-anchored weekdays, and precision on traps ("Sunday Times", "may", "Trump 2.0").
//
// Ranges: "from 10 a.m. to 2 p.m." / "between 9 and 11 a.m." give two claims, the first 'past'
// and the second 'until'; a first end written without a.m./p.m. or zone borrows them from the second.
import type { ArticleText, CalendarDate, Qualifier, TimeClaim } from '../../types';
import { isFull } from './calendar';
import { datelineLines, findDateline } from './dateline';
import { leadBefore } from './qualifiers';
import { Passage } from './passage';
import { resolveDate } from './resolve';
import type { Mention } from './scan';
import { scanMentions } from './scan';
import { selectMentions } from './select';
import type { Zone } from './zones';
import { zoneOffset } from './zones';

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
}

/** Characters between a clock time and a date of the same clause when the splitter parted them. */
const CLAUSE_GAP = 40;

const RANGE_LINK = /^[ \u00a0]{0,2}(?:to|and|until|till|through|-|–|—)[ \u00a0]{0,2}$/;

/** Every clock time and date in the article's body (headings and page clutter skipped). */
export function extractTimes(text: ArticleText, dateline: CalendarDate | null): TimeClaim[] {
  try {
    return extract(text, dateline);
  } catch {
    return []; // an extractor must never take the review down
  }
}

function extract(text: ArticleText, dateline: CalendarDate | null): TimeClaim[] {
  const plain = text.plain;
  if (!plain || text.sentences.length === 0) return [];
  const passage = new Passage(text);
  const placed: Placed[] = [];
  // "Date: 2025-03-11" is when the article was written, not a claim about the story.
  const ownDate = datelineLines(plain);
  for (const m of selectMentions(plain.length, scanMentions(plain), plain)) {
    const sentence = passage.sentenceAt(m.start);
    if (sentence < 0 || text.sentences[sentence].isHeading || passage.isClutter(m.start)) continue;
    if (ownDate.some((l) => m.start < l.end && m.end > l.start)) continue;
    let date: CalendarDate | null = {};
    if (m.granularity === 'date') {
      date = resolveDate(m, dateline);
      if (date === null) continue;
    }
    const lead = leadBefore(plain, m.start, passage.paragraphStart(sentence), m.granularity);
    placed.push({
      m, sentence, paragraph: text.sentences[sentence].paragraph, date, weekday: m.weekday,
      qualifier: lead.qualifier, start: lead.start, open: lead.rangeOpen,
    });
  }
  linkRanges(plain, placed);
  const kept = placed.filter((p) => !p.m.bareHour);
  datesForClocks(plain, kept, dateline);
  return toClaims(plain, kept);
}

/** "from 9:30 to 11 a.m. ET": past/until, and the first end borrows a.m./p.m. and zone. */
function linkRanges(plain: string, placed: Placed[]): void {
  for (let i = 0; i + 1 < placed.length; i++) {
    const a = placed[i];
    const b = placed[i + 1];
    if (!a.open || a.m.granularity !== b.m.granularity || a.paragraph !== b.paragraph) continue;
    if (!RANGE_LINK.test(plain.slice(a.m.end, b.m.start))) continue;
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

const hasDay = (p: Placed) => (p.date.month !== undefined && p.date.day !== undefined) || p.weekday !== undefined;

/** A clock time's date: a date in its sentence, else the last one in its paragraph, else the dateline. */
function datesForClocks(plain: string, placed: Placed[], dateline: CalendarDate | null): void {
  // Nearest date of the same sentence on each side (a day beats a bare month), in two linear passes.
  const before = nearestDates(placed, 1);
  const after = nearestDates(placed, -1);
  let lastInParagraph: Placed | null = null;
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    if (lastInParagraph && lastInParagraph.paragraph !== p.paragraph) lastInParagraph = null;
    if (p.m.granularity === 'date') {
      if (hasDay(p)) lastInParagraph = p;
      continue;
    }
    const [bd, bm] = before[i];
    const [ad, am] = after[i];
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
    const clause = closer(bd, ad) ?? closer(bm, am);
    const source = clause ?? lastInParagraph;
    if (source) {
      p.date = { ...source.date };
      if (clause) p.weekday = clause.weekday;
    } else {
      p.date = dateline ? { ...dateline } : {};
    }
  }
}

/** Per mention, the nearest date of its paragraph in one direction: [with a day, with only a month]. */
function nearestDates(placed: Placed[], step: 1 | -1): Array<[Placed | null, Placed | null]> {
  const out: Array<[Placed | null, Placed | null]> = new Array(placed.length);
  let day: Placed | null = null;
  let month: Placed | null = null;
  let paragraph = -1;
  for (let k = 0; k < placed.length; k++) {
    const i = step === 1 ? k : placed.length - 1 - k;
    const p = placed[i];
    if (p.paragraph !== paragraph) { day = null; month = null; paragraph = p.paragraph; }
    out[i] = [day, month];
    if (p.m.granularity !== 'date') continue;
    if (hasDay(p)) day = p;
    else if (p.date.month !== undefined) month = p;
  }
  return out;
}

function toClaims(plain: string, placed: Placed[]): TimeClaim[] {
  const out: TimeClaim[] = [];
  let carried: Zone | null = null;
  const ahead = zonesAhead(placed);
  for (let i = 0; i < placed.length; i++) {
    const p = placed[i];
    const m = p.m;
    const span = { start: p.start, end: m.end };
    const claim: TimeClaim = {
      kind: 'time', span, text: plain.slice(span.start, span.end), granularity: m.granularity,
      zone: null, zoneExplicit: false, date: p.date, qualifier: p.qualifier, sentence: p.sentence,
    };
    if (p.weekday !== undefined) claim.weekday = p.weekday;
    if (m.granularity === 'clock' && m.localMinutes !== undefined) {
      let local = m.localMinutes;
      // "until midnight" closes the day; "since midnight" opens it.
      if (local === 0 && p.qualifier === 'until' && /midnight/i.test(claim.text)) local = 1440;
      claim.localMinutes = local;
      let zone: Zone | null = null;
      if (m.localTime) {
        carried = null;
        claim.zone = 'local time';
        claim.zoneExplicit = true;
      } else if (m.zone) {
        zone = m.zone;
        carried = zone;
        claim.zoneExplicit = true;
      } else if (ahead[i] || carried) {
        // "at 6 a.m. and again at 10 a.m. Eastern": the zone written later in the sentence wins.
        zone = ahead[i] ?? carried;
      }
      if (zone) {
        claim.zone = zone.label;
        const offset = zoneOffset(zone, offsetDate(p.date), Math.min(local, 1439));
        if (offset !== null) claim.utcMinutes = local - offset;
      }
    }
    out.push(claim);
  }
  return out;
}

/** For each clock time, the zone written on a later clock time of the same sentence, if any. */
function zonesAhead(placed: Placed[]): Array<Zone | null> {
  const out: Array<Zone | null> = new Array(placed.length).fill(null);
  let next: Zone | null = null;
  let sentence = -1;
  for (let i = placed.length - 1; i >= 0; i--) {
    const p = placed[i];
    if (p.sentence !== sentence) { next = null; sentence = p.sentence; }
    if (p.m.granularity !== 'clock') continue;
    out[i] = next;
    if (p.m.localTime) next = null;
    else if (p.m.zone) next = p.m.zone;
  }
  return out;
}

/** A date good enough to look up daylight saving; weekday-only dates have none. */
function offsetDate(d: CalendarDate): CalendarDate {
  return isFull(d) || d.month !== undefined ? d : {};
}
