// A draft's night told by its weekday ("in the early hours of Thursday", "late on Tuesday") against
// a source that tells the same event "overnight" in a report of a known day ("fire tore through
// three floors … overnight, the fire service said on Wednesday", or under a dateline): overnight in
// a report of Wednesday is the night into Wednesday, so the event fell late on Tuesday or early on
// Wednesday, and a draft's Thursday (or any day but those two) is another day.
import type { ArticleAnalysis, Span, TimeClaim } from '../types';
import type { TimeRef } from '../alignment/corpus';
import { claimContext } from '../alignment/context';
import { isFull, weekdayOf } from '../claims/times/calendar';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';
import { lasting, LASTING, MANY_SHARED_WORDS, MIN_SHARED, relativeDay, saidOn, SAME_EVENT_WORDS, stateBefore, twoWeekdays } from './weekdays';

/** Words of the whole sentence shared, and likeness, for the same event told overnight. */
const OVERNIGHT_SHARED = 6;
const OVERNIGHT_WORDS = 0.3;
/** A night told before the weekday: "in the early hours of", "early on", "late on", "before dawn on", "overnight on". */
const NIGHT_BEFORE = /(?:\b(?:early|small|wee)\s+hours\s+of|\b(?:early|late|overnight)\s+on|\bbefore\s+dawn\s+on)\s+$/i;
/** …or after it: "on Tuesday night". */
const NIGHT_AFTER = /^\s+night\b/i;
/** Characters read either side of the weekday for its night. */
const NIGHT_REACH = 30;
/** Characters either side of "overnight" read for a state that lasts ("remained in hospital overnight"), or a stay. */
const STATE_REACH = 60;
const KEPT = /\b(?:kept|spent|held|stay|stays|stayed)\b/i;

/**
 * The draft's weekday names a night or its small hours, in its own sentence: the words of the
 * sentence before ("… late on" closing a paragraph) are no part of it, and the incremental check
 * keeps a time's result while only its own sentence stays the same.
 */
function toldAsNight(t: TimeRef): boolean {
  const { plain, sentences } = t.article.text;
  const s = sentences[t.time.sentence];
  if (!s) return false;
  return NIGHT_BEFORE.test(plain.slice(Math.max(s.span.start, t.time.span.start - NIGHT_REACH), t.time.span.start)) ||
    NIGHT_AFTER.test(plain.slice(t.time.span.end, Math.min(s.span.end, t.time.span.end + NIGHT_REACH)));
}

/** Where "overnight" stands as a word in `plain` within [from, to). */
function overnights(plain: string, from: number, to: number): number[] {
  const out: number[] = [];
  const lower = plain.slice(from, to).toLowerCase();
  for (let i = lower.indexOf('overnight'); i >= 0; i = lower.indexOf('overnight', i + 1)) {
    const before = i > 0 ? lower[i - 1] : ' ';
    const after = lower[i + 9] ?? ' ';
    if (/[a-z-]/.test(before) || /[a-z-]/.test(after)) continue;
    out.push(from + i);
  }
  return out;
}

/** The weekday told right after a speech verb in the sentence ("the fire service said on Wednesday"). */
function spokenWeekday(article: ArticleAnalysis, sentence: number): TimeClaim | null {
  const plain = article.text.plain;
  for (const x of article.times) {
    if (x.sentence !== sentence || x.granularity !== 'date' || x.weekday === undefined || x.qualifier !== 'exact') continue;
    if (saidOn(plain, x.span.start)) return x;
  }
  return null;
}

/** A weekday other than the spoken one in the sentence: the night may be told of that day. */
function otherWeekday(article: ArticleAnalysis, sentence: number, spoken: TimeClaim | null): boolean {
  return article.times.some((x) => x.sentence === sentence && x.weekday !== undefined && x !== spoken);
}

interface Night {
  article: ArticleAnalysis;
  /** The day the night ended on (0 = Sunday). */
  day: number;
  span: Span;
}

/** A draft's night told by its weekday, held to the sources' "overnight" in reports of a known day. */
export function checkOvernight(check: Check, t: TimeRef): boolean {
  const draftDay = t.time.weekday;
  if (!check.isDraft || draftDay === undefined || !toldAsNight(t) || lasting(t) || stateBefore(t) || twoWeekdays(t) || relativeDay(t)) return false;
  const v = check.corpus.vocabulary;
  // A source that tells the same event on the draft's day in like words settles it.
  for (const times of check.corpus.weekdayCandidates(t, check.article.path)) {
    for (const s of times) {
      if (s.time.weekday !== draftDay) continue;
      const shared = v.shared(t.near, s.near).count;
      if (shared >= MIN_SHARED && v.similarity(t.near, s.near) >= SAME_EVENT_WORDS) return false;
      if (v.shared(t.context, s.context).count >= OVERNIGHT_SHARED && v.similarity(t.context, s.context) >= MANY_SHARED_WORDS) return false;
    }
  }
  const nights: Night[] = [];
  for (const c of check.corpus.sourcesWithWord('overnight', check.article.path)) {
    const a = c.article;
    const { plain, sentences } = a.text;
    let found: Night | null = null;
    for (let i = 0; i < sentences.length && !found; i++) {
      const s = sentences[i];
      for (const at of overnights(plain, s.span.start, s.span.end)) {
        const word = { start: at, end: at + 'overnight'.length };
        const around = plain.slice(Math.max(s.span.start, at - STATE_REACH), Math.min(s.span.end, word.end + STATE_REACH));
        if (LASTING.test(around) || KEPT.test(around)) continue;
        const spoken = spokenWeekday(a, i);
        if (otherWeekday(a, i, spoken)) continue;
        const day = spoken?.weekday ?? (isFull(a.dateline) ? weekdayOf(a.dateline) : undefined);
        if (day === undefined) continue;
        const context = claimContext(a, i, word);
        if (v.shared(t.context, context).count < OVERNIGHT_SHARED || v.similarity(t.context, context) < OVERNIGHT_WORDS) continue;
        const end = spoken && spoken.span.start > word.end ? spoken.span.end : word.end;
        found = { article: a, day, span: { start: word.start, end } };
        break;
      }
    }
    if (found) nights.push(found);
  }
  if (nights.length === 0 || nights.some((n) => n.day !== nights[0].day)) return false;
  // Overnight in a report of Wednesday: late on Tuesday or early on Wednesday.
  const ended = nights[0].day;
  if (draftDay === ended || draftDay === (ended + 6) % 7) return false;
  const ev = nights.map((n) => evidence(n.article, n.span));
  check.add('time-conflict', 'warning', t.time.span, `weekday conflicts with ${against(ev)}`, ev);
  return true;
}
