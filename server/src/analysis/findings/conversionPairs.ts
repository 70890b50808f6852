// A clock time and its own conversion in brackets that do not agree: "The march set off at 11am BST
// (12:00 GMT)" (11am BST is 10:00 GMT). Elsewhere the engine reads a bracketed conversion as the
// same moment as the time before it, right or wrong; here, where both clocks are known, a pair that
// does not convert is two readings, and the one the sources do not tell is held against them.
import type { ArticleAnalysis, ClaimComparison, Evidence, TimeClaim } from '../types';
import type { TimeRef } from '../alignment/corpus';
import { converts } from '../alignment/corpus';
import { aroundTheClock, sameCalendarDay } from '../alignment/figures';
import { zoneFor } from '../claims/times/zones';
import type { Check } from './check';
import { evidence } from './check';
import { against, clockText } from './messages';

/**
 * A clock's offset east of UTC in minutes; or a clock whose offset the sources' own pairs must
 * establish: LOCAL, the story's own ("local time", or no zone written), or a place's ("place:Brennholt").
 */
const LOCAL = 'local';
const PLACE = 'place:';
type Clock = number | string;

/** Right after a time, the place whose clock it is on: " in Brennholt)", " in New York," (one or two capitalised words). */
const PLACE_AFTER = /^[ \t]+in[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)[ \t]*[),;]/u;
/** A place named in a time's own words, "16:30 in Paris" (as PLACE_AFTER reads it after a time). */
const PLACE_IN = /[ \t]in[ \t]+(?:the[ \t]+)?(\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)?)$/u;
/** A zone label that is a place's clock: "Paris time". */
const PLACE_CLOCK_LABEL = /^(\p{Lu}[\p{L}]*(?: \p{Lu}[\p{L}]*)?) time$/u;
/** A time told on a place's clock by name, at its end: "05:00 Ankara time", "9 a.m. Lagos time". */
const NAMED_CLOCK = /[ \t](\p{Lu}\p{L}*(?:[ \t]\p{Lu}\p{L}*)?)[ \t]time$/u;
/** Characters after a time read for PLACE_AFTER. */
const PLACE_REACH = 48;

/**
 * The clock a half of a pair is told on: a zone written beside it with one fixed offset ("BST",
 * "GMT", "CEST"; not "ET" nor "Central European Time", whose offset depends on the season), a place
 * named right after it ("14:42 in Brennholt"), or the story's local clock ("local time", or no zone
 * at all), or a country's clock named ("Kenya time"). Null for any other (a zone carried from elsewhere).
 */
function clockOf(plain: string, t: TimeClaim): Clock | null {
  if (t.granularity !== 'clock' || t.localMinutes === undefined) return null;
  // "05:00 Ankara time (02:00 GMT)": a clock named by its place is that place's, whose offset the sources' pairs give.
  if (t.clockNamed) {
    const named = NAMED_CLOCK.exec(t.text);
    return named ? PLACE + named[1] : null;
  }
  if (!t.zoneExplicit) {
    const place = PLACE_AFTER.exec(plain.slice(t.span.end, t.span.end + PLACE_REACH));
    if (place) return PLACE + place[1].replace(/[ \t]+/g, ' ');
  }
  if (t.zone === null || t.zone === 'local time') return LOCAL;
  const fixed = zoneFor(t.zone)?.fixed;
  // "all times IST (GMT+5:30)" over a draft: the clock the article declares for its zone-less times is
  // its own, as a zone written beside the time is; any other zone carried from elsewhere is a guess.
  if (!t.zoneExplicit) return t.zoneOfStory && fixed !== undefined ? fixed : null;
  if (fixed !== undefined) return fixed;
  // "(16:30 in Paris)": a place whose clock follows the seasons, its offset then the one the sources'
  // own pairs give it ("21:00 GMT (22:00 in Paris)").
  const named = PLACE_IN.exec(t.text);
  if (named) return PLACE + named[1].replace(/[ \t]+/g, ' ');
  // A table column headed "Paris time": that place's clock.
  const column = PLACE_CLOCK_LABEL.exec(t.zone);
  if (column) return PLACE + column[1];
  // "midday New York time", "9 a.m. ET" on a day whose season the date tells: that day's offset.
  return t.utcMinutes !== undefined ? aroundTheClock(t.localMinutes - t.utcMinutes) : null;
}

/** The clock time before times[i] that it converts in brackets (a weekday may stand between), or null. */
function convertedBefore(plain: string, times: readonly TimeClaim[], i: number): TimeClaim | null {
  const a = times[i - 1]?.granularity === 'date' ? times[i - 2] : times[i - 1];
  return a !== undefined && converts(plain, a, times[i]) ? a : null;
}

/** Steps back along a chain of conversions ("11:00 GMT (noon in London, 1 p.m. in Paris)") for a written clock. */
const CHAIN_REACH = 3;

/** A pair of one source: each half with its clock. */
interface Pair { article: ArticleAnalysis; a: TimeClaim; b: TimeClaim; ca: Clock; cb: Clock }

/** An article's pairs of a time and its conversion in brackets, both clocks read (none for a draft). */
function articlePairs(article: ArticleAnalysis): readonly Pair[] {
  const known = pairsOf.get(article);
  if (known) return known;
  const out: Pair[] = [];
  const plain = article.text.plain;
  const times = article.times;
  for (let i = 1; article.role === 'source' && i < times.length; i++) {
    if (times[i].granularity !== 'clock') continue;
    let a = convertedBefore(plain, times, i);
    const cb = clockOf(plain, times[i]);
    // "11:00 GMT (noon in London, 1 p.m. in Paris)": each clock of a chain converts its first; a half on
    // a place's clock is paired back along the chain with the first clock whose offset is written.
    for (let step = 0; a && step < CHAIN_REACH; step++) {
      const ca = clockOf(plain, a);
      if (ca !== null && cb !== null && (typeof ca === 'number' || typeof cb === 'number')) { out.push({ article, a, b: times[i], ca, cb }); break; }
      if (typeof ca !== 'string' || typeof cb !== 'string') break;
      const at = times.indexOf(a);
      a = at > 0 ? convertedBefore(plain, times, at) : null;
    }
  }
  pairsOf.set(article, out);
  return out;
}
/** Read once per analysis (an edited article is a new analysis): a source is read by every check that needs the pairs. */
const pairsOf = new WeakMap<ArticleAnalysis, readonly Pair[]>();

/** The sources' pairs (not the checked article's) and the offsets they establish, read once per check. */
function sourceClocks(check: Check): { pairs: readonly Pair[]; offsets: ReadonlyMap<string, number | null> } {
  let known = clocksOf.get(check);
  if (!known) {
    const pairs: Pair[] = [];
    for (const o of check.others()) pairs.push(...articlePairs(o.article));
    known = { pairs, offsets: establishedOffsets(pairs) };
    clocksOf.set(check, known);
  }
  return known;
}
const clocksOf = new WeakMap<Check, { pairs: readonly Pair[]; offsets: ReadonlyMap<string, number | null> }>();

/**
 * The clocks the sources' own pairs give one offset: the story's local clock ("0430 local time (0230
 * GMT)": two hours ahead of UTC), a place's ("16:30 GMT (17:30 in Brennholt)"). A clock is given an
 * offset only when every pair of it and a fixed clock tells the same one (not a story on two local
 * clocks); null for a clock two pairs disagree on.
 */
function establishedOffsets(pairs: readonly Pair[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const p of pairs) {
    let key: string;
    let o: number;
    if (typeof p.ca === 'string' && typeof p.cb === 'number') { key = p.ca; o = aroundTheClock((p.a.localMinutes as number) - (p.b.localMinutes as number) + p.cb); }
    else if (typeof p.cb === 'string' && typeof p.ca === 'number') { key = p.cb; o = aroundTheClock((p.b.localMinutes as number) - (p.a.localMinutes as number) + p.ca); }
    else continue;
    const known = out.get(key);
    out.set(key, known === undefined || known === o ? o : null);
  }
  return out;
}

/** A clock's offset: fixed, or as the sources establish it; null when unknown. */
function offsetOf(c: Clock, offsets: ReadonlyMap<string, number | null>): number | null {
  return typeof c === 'number' ? c : offsets.get(c) ?? null;
}

/**
 * "(noon in Paris)", "midday New York time (17:00 GMT)": a clock that follows the seasons, on a day whose
 * season the date tells (1 October is summer time in Paris in any year), that no source pair gives an
 * offset: the zone's offset that day, as the time's own reading on UTC gives it. Null for the story's
 * unwritten clock, and for a clock the sources' pairs disagree on.
 */
function ownOffset(c: Clock, t: TimeClaim, offsets: ReadonlyMap<string, number | null>): number | null {
  if (typeof c !== 'string' || c === LOCAL || offsets.has(c) || !t.zoneExplicit || t.utcMinutes === undefined || t.localMinutes === undefined) return null;
  return aroundTheClock(t.localMinutes - t.utcMinutes);
}

/** Whether two days are both written out in full and differ: told of another day, another event. */
function otherDay(x: TimeClaim, y: TimeClaim): boolean {
  return x.date.year !== undefined && y.date.year !== undefined && sameCalendarDay(x.date, y.date) === false;
}

/**
 * "The march set off at 11am BST (12:00 GMT)", where a source writes "began at 11am local time (1000
 * GMT)": t is one half of a time and its conversion in brackets on two known clocks (a "local time"
 * only where the sources' own pairs give the local clock one offset) that do not convert. A source
 * pair on the same two clocks that tells one half's reading to the minute (and converts right) shows
 * the other half is wrong; when t is that half, it is flagged against those sources, quoting their
 * reading on t's clock. Never when sources back both halves (two moments, not one told wrong).
 * Returns whether t was flagged (its check is then done).
 */
export function checkConversionPair(check: Check, t: TimeRef): boolean {
  const times = t.article.times;
  const i = t.index;
  if (times[i] !== t.time || t.time.granularity !== 'clock') return false;
  const plain = t.article.text.plain;
  // t in brackets after the time it converts, or t the time its bracket converts.
  let a = convertedBefore(plain, times, i);
  let b: TimeClaim | null = t.time;
  if (!a) {
    const next = times[i + 1]?.granularity === 'date' ? i + 2 : i + 1;
    if (next >= times.length || times[next].granularity !== 'clock' || convertedBefore(plain, times, next) !== t.time) return false;
    a = t.time;
    b = times[next];
  }
  const ca = clockOf(plain, a);
  const cb = clockOf(plain, b);
  if (ca === null || cb === null || (typeof ca === 'string' && typeof cb === 'string')) return false;
  // Two written clocks that convert need no source (and most pairs are right: no source is looked at).
  if (typeof ca === 'number' && typeof cb === 'number' && aroundTheClock((a.localMinutes as number) - ca) === aroundTheClock((b.localMinutes as number) - cb)) return false;
  // The unwritten clocks' offsets, as the sources' pairs give them: a half on a clock they do not give is not read.
  const { pairs, offsets } = sourceClocks(check);
  const offA = offsetOf(ca, offsets) ?? ownOffset(ca, a, offsets);
  const offB = offsetOf(cb, offsets) ?? ownOffset(cb, b, offsets);
  if (offA === null || offB === null) return false;
  const utcA = aroundTheClock((a.localMinutes as number) - offA);
  const utcB = aroundTheClock((b.localMinutes as number) - offB);
  // It converts: one moment, as the rest of the engine reads it.
  if (utcA === utcB) return false;
  // Source pairs that tell one half's reading on its clock: the other half of theirs is the right one.
  const aWrong: TimeClaim[] = [];
  const bWrong: TimeClaim[] = [];
  const aWrongIn: Pair[] = [];
  const bWrongIn: Pair[] = [];
  for (const p of pairs) {
    const offX = offsetOf(p.ca, offsets);
    const offY = offsetOf(p.cb, offsets);
    if (offX === null || offY === null) continue;
    // A source's own pair that does not convert proves nothing.
    if (aroundTheClock((p.a.localMinutes as number) - offX) !== aroundTheClock((p.b.localMinutes as number) - offY)) continue;
    for (const [x, offOfX, y, offOfY] of [[p.a, offX, p.b, offY], [p.b, offY, p.a, offX]] as const) {
      if (offOfX === offA && offOfY === offB && x.localMinutes === a.localMinutes && !otherDay(x, a)) { bWrong.push(y); bWrongIn.push(p); }
      if (offOfX === offB && offOfY === offA && x.localMinutes === b.localMinutes && !otherDay(x, b)) { aWrong.push(y); aWrongIn.push(p); }
    }
  }
  if ((aWrong.length > 0) === (bWrong.length > 0)) return false;
  const wrongIsB = bWrong.length > 0;
  const wrong = wrongIsB ? b : a;
  if (wrong !== t.time) return false;
  const right = wrongIsB ? a : b;
  const told = wrongIsB ? bWrong : aWrong;
  const from = wrongIsB ? bWrongIn : aWrongIn;
  const ev: Evidence[] = [];
  const comparisons: ClaimComparison[] = [];
  const seen = new Set<string>();
  for (let k = 0; k < told.length; k++) {
    const article = from[k].article;
    if (seen.has(article.path)) continue;
    seen.add(article.path);
    ev.push(evidence(article, told[k].span));
    comparisons.push({ label: article.label, path: article.path, relation: 'conflicts', span: told[k].span, text: told[k].text, value: told[k].text });
  }
  const onClock = (wrongIsB ? offB : offA);
  const wrongClock = wrongIsB ? cb : ca;
  const clock = wrongClock === LOCAL ? 'local time' : typeof wrongClock === 'string' ? 'in ' + wrongClock.slice(PLACE.length) : (wrong.zone ?? '');
  const rightUtc = wrongIsB ? utcA : utcB;
  const converted = `${clockText(rightUtc + onClock)} ${clock}`.trim();
  check.view('time', t.time.span, t.time.text, comparisons);
  // "0430hrs (0330 GMT)": a half told on no clock is named as the local time it is read as.
  const rightClock = wrongIsB ? ca : cb;
  const rightText = rightClock === LOCAL && right.zone === null ? `${right.text} local time` : right.text;
  check.add('time-conflict', 'warning', t.time.span, `time conflicts with ${against(ev)} (${rightText} is ${converted})`, ev);
  return true;
}
