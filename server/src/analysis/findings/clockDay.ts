// A draft's weekday told alone ("erupted early on Wednesday") against the weekday a source writes
// beside a clock time of the same event ("began erupting at 04:52 local time on Tuesday"). A weekday
// beside a clock time is that clock's day (weekdays.ts leaves it to the clock times), and one moment
// has two weekdays on two clocks; but no clock is more than MAX_SHIFT hours from another that
// newsrooms write in, so 04:52 on Tuesday is never a Wednesday anywhere, and 15:45 CEST on Tuesday is
// Tuesday on every clock when the draft tells its day with the same clock ("presented on Wednesday
// … at 15:45 CEST").
import type { TimeClaim } from '../types';
import type { TimeRef } from '../alignment/corpus';
import { dayNumber, isFull } from '../claims/times/calendar';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';
import { countsOfOneThing, lasting, MANY_SHARED, MANY_SHARED_WORDS, MIN_SHARED, participleDay, relativeDay, SAME_EVENT_WORDS, sameCounts, stateBefore, twoWeekdays } from './weekdays';

/** Hours one clock is read ahead of or behind another, at most, in what a newsroom writes. */
const MAX_SHIFT = 14;
const DAY_MINUTES = 24 * 60;
/** A plan told before its clock time ("will be presented … at 15:45 CEST on Tuesday"): literal alternatives, linear-time. */
const PLAN = /\b(?:will|would|shall|due|scheduled|expected|planned|set to|to be)\b/i;

/** The weekday written right beside a source's clock time ("04:52 local time on Tuesday", "Tuesday at 9am"), or null. */
function writtenWeekday(s: TimeRef): TimeClaim | null {
  const times = s.article.times;
  const plain = s.article.text.plain;
  const next = times[s.index + 1];
  if (next && next.granularity === 'date' && next.weekday !== undefined && next.sentence === s.time.sentence &&
    /^[\s,]*(?:on\s+)?$/i.test(plain.slice(s.time.span.end, next.span.start))) return next;
  const prev = times[s.index - 1];
  if (prev && prev.granularity === 'date' && prev.weekday !== undefined && prev.sentence === s.time.sentence &&
    /^[\s,]*(?:at\s+)?$/i.test(plain.slice(prev.span.end, s.time.span.start))) return prev;
  return null;
}

/**
 * A plan is held only on its own day: a press release "will be presented at 15:45 CEST on Tuesday 2
 * September", dated 2 September, tells the day firmly; a plan for a later day may move.
 */
function firmDay(s: TimeRef, day: TimeClaim): boolean {
  const { plain, sentences } = s.article.text;
  const sentence = sentences[s.time.sentence];
  if (!sentence || !PLAN.test(plain.slice(sentence.span.start, s.time.span.start))) return true;
  const d = s.article.dateline;
  return !!d && isFull(d) && isFull(day.date) && dayNumber(d) === dayNumber(day.date);
}

/** The draft's own sentence tells a clock time on the source's clock: its weekday is that clock's day. */
function sameClock(t: TimeRef, s: TimeRef): boolean {
  return !!s.time.zone && t.article.times.some((x) => x.granularity === 'clock' && x.sentence === t.time.sentence && x.zone === s.time.zone);
}

/** Whether the draft's weekday can be the source's clock day read on another clock. */
function anotherClock(t: TimeRef, draftDay: number, s: TimeRef, sourceDay: number): boolean {
  const minutes = s.time.localMinutes;
  if (minutes === undefined) return true;
  if (sameClock(t, s)) return false;
  const ahead = (draftDay - sourceDay + 7) % 7;
  if (ahead === 1) return minutes >= DAY_MINUTES - MAX_SHIFT * 60;
  if (ahead === 6) return minutes < MAX_SHIFT * 60;
  return false;
}

/** A draft's weekday held to the sources' weekdays written beside clock times of the same event. */
export function checkClockDay(check: Check, t: TimeRef): boolean {
  const draftDay = t.time.weekday;
  if (!check.isDraft || draftDay === undefined || lasting(t) || stateBefore(t) || twoWeekdays(t) || relativeDay(t) || participleDay(t)) return false;
  const v = check.corpus.vocabulary;
  const conflicts: { clock: TimeRef; day: TimeClaim }[] = [];
  for (const times of check.corpus.weekdayCandidates(t, check.article.path)) {
    let conflict: { clock: TimeRef; day: TimeClaim } | null = null;
    for (const s of times) {
      if (s.time.granularity !== 'clock' || s.stamp) continue;
      const day = writtenWeekday(s);
      if (!day || day.weekday === undefined) continue;
      const shared = v.shared(t.near, s.near).count;
      const sim = shared < MIN_SHARED ? 0 : v.similarity(t.near, s.near);
      // One action on one thing told beside both ("returned its verdicts on Thursday" / "returned its
      // verdicts at 2.47pm on Friday", alignment/events.ts) is one event however few words they share.
      const event = t.events.some((e) => s.events.includes(e));
      if (!(event || sim >= SAME_EVENT_WORDS || (shared >= MANY_SHARED && sim >= MANY_SHARED_WORDS))) continue;
      // A state told right before the clock ("remained shut until 06:00 GMT on Wednesday"); the rest of a
      // source's sentence may tell what led up to it ("… after 1,400 earthquakes since the weekend").
      if (stateBefore(s) || twoWeekdays(s) || relativeDay(s) || !firmDay(s, day)) continue;
      // A source on the draft's day settles it.
      if (day.weekday === draftDay) return false;
      if (countsOfOneThing(t, s) && !(sameCounts(t, s) && sameCounts(s, t))) continue;
      if (anotherClock(t, draftDay, s, day.weekday)) continue;
      conflict ??= { clock: s, day };
    }
    if (conflict) conflicts.push(conflict);
  }
  if (conflicts.length === 0) return false;
  // The sources so read must agree among themselves on the day.
  if (conflicts.some((c) => c.day.weekday !== conflicts[0].day.weekday)) return false;
  const ev = conflicts.map(({ clock, day }) => evidence(clock.article, { start: Math.min(clock.time.span.start, day.span.start), end: Math.max(clock.time.span.end, day.span.end) }));
  check.add('time-conflict', 'warning', t.time.span, `weekday conflicts with ${against(ev)}`, ev);
  return true;
}
