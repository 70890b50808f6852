// A weekday told alone ("Sunday's final", "on Sunday") against the weekday the sources give the same
// event in the same words ("Saturday's final", "the final on Saturday"). Weekdays need no dateline to
// compare: a draft without one still names the day, and a source dated the day after still calls
// the final "Saturday's".
import type { TimeRef } from '../alignment/corpus';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';
import { changesOverTime } from '../alignment/figures';

/** Words around both weekdays (weighted) that make them one event: as for dates in like words. */
const SAME_EVENT_WORDS = 0.5;
const MIN_SHARED = 3;
/** …or four words of the clause in common at a lower likeness, as three do for clock times (findings/times.ts). */
const MANY_SHARED = 4;
const MANY_SHARED_WORDS = 0.3;

/** "Sunday", "on Sunday", "Sunday's": a weekday with no day of the month or clock time written beside it. */
export function weekdayAlone(t: TimeRef): boolean {
  return t.time.granularity === 'date' && t.time.weekday !== undefined && t.time.qualifier === 'exact' && !/\d/.test(t.time.text) && !besideClock(t);
}

/**
 * "at 8am on Wednesday, which was 2300 GMT on Tuesday": a weekday beside a clock time is that time's
 * day on that time's clock, and one moment has two weekdays on two clocks (the clock times compare).
 */
function besideClock(r: TimeRef): boolean {
  const times = r.article.times;
  const plain = r.article.text.plain;
  const prev = times[r.index - 1];
  if (prev && prev.granularity === 'clock' && prev.sentence === r.time.sentence && /^[\s,]*(?:on\s+)?$/i.test(plain.slice(prev.span.end, r.time.span.start))) return true;
  const next = times[r.index + 1];
  return !!next && next.granularity === 'clock' && next.sentence === r.time.sentence && /^[\s,]*(?:at\s+)?$/i.test(plain.slice(r.time.span.end, next.span.start));
}

/** Words of a state that lasts over days ("remained in hospital on Sunday", "still closed on Monday"). */
const LASTING = /\b(?:remain|remained|remains|remaining|still|stay|stayed|stays|continued|continues|continuing|until|since)\b/i;
/** Characters either side of the weekday read for them. */
const LASTING_REACH = 60;

/** The weekday is told of a state that lasts, true on other days too: not one event's day. */
function lasting(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return false;
  return LASTING.test(plain.slice(Math.max(s.span.start, r.time.span.start - LASTING_REACH), Math.min(s.span.end, r.time.span.end + LASTING_REACH)));
}

/**
 * "stay shut on Tuesday and reopen on Thursday": a sentence that tells two weekdays says two events,
 * and its words cannot tell which weekday another article's like sentence is held to.
 */
function twoWeekdays(r: TimeRef): boolean {
  const times = r.article.times;
  for (let i = 0; i < times.length; i++) {
    const x = times[i];
    if (i !== r.index && x.sentence === r.time.sentence && x.granularity === 'date' && x.weekday !== undefined && x.weekday !== r.time.weekday) return true;
  }
  return false;
}

/** Characters before a weekday read for a lasting state told with it ("will stay shut on Tuesday"). */
const STATE_REACH = 25;

/** The weekday's own clause tells a state that lasts, in the words right before it (plannedDays.ts). */
export function stateBefore(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return false;
  return LASTING.test(plain.slice(Math.max(s.span.start, r.time.span.start - STATE_REACH), r.time.span.start));
}

/**
 * Both sentences count the same kind of thing. Only figures that change over time are snapshots: a
 * duration or a measure told on both sides ("a hold at T-minus seven minutes") says one event.
 */
function countsOfOneThing(a: TimeRef, b: TimeRef): boolean {
  const ca = clauseOf(a);
  const cb = clauseOf(b);
  const inA = a.sentenceFigures.filter((f) => f.figure.span.start >= ca.start && f.figure.span.end <= ca.end);
  const inB = b.sentenceFigures.filter((g) => g.figure.span.start >= cb.start && g.figure.span.end <= cb.end);
  return inA.some((f) => f.cls !== null && changesOverTime(f.figure) && inB.some((g) => g.cls === f.cls));
}

/** "fell on Wednesday, a day after the carrier said …": a day told from the weekday is a second event's. */
const OTHER_DAY = /\b(?:a|one|two|three|the)\s+days?\s+(?:after|before|earlier|later)\b|\bthe\s+(?:previous|next|following)\s+day\b/i;

/** The weekday's sentence tells another day counted from it: two events, and its words are both's. */
function otherDayTold(r: TimeRef): boolean {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  return !!s && OTHER_DAY.test(plain.slice(s.span.start, s.span.end));
}

/** Where a clause breaks: a comma, a dash, a colon or semicolon, or a word that opens a clause of its own. */
const CLAUSE_BREAK = /[,;:–—]|\b(?:after|before|when|while|because)\b/gi;

/**
 * The weekday's own clause: "Six people died after the span fell on Wednesday, sending 14 cars into
 * the water" tells the fall on Wednesday; the toll and the cars are told of no weekday.
 */
function clauseOf(r: TimeRef): { start: number; end: number } {
  const { plain, sentences } = r.article.text;
  const s = sentences[r.time.sentence];
  if (!s) return r.time.span;
  let start = s.span.start;
  for (const m of plain.slice(s.span.start, r.time.span.start).matchAll(CLAUSE_BREAK)) start = s.span.start + m.index + m[0].length;
  CLAUSE_BREAK.lastIndex = 0;
  const after = plain.slice(r.time.span.end, s.span.end);
  const m = CLAUSE_BREAK.exec(after);
  CLAUSE_BREAK.lastIndex = 0;
  return { start, end: m ? r.time.span.end + m.index : s.span.end };
}

/** Whether it reported a conflict (else the action told with the weekday may: plannedDays.ts). */
export function checkWeekday(check: Check, t: TimeRef): boolean {
  // A lasting state, or a sentence of two weekdays, is no one event's day (read once, not per candidate).
  if (lasting(t) || twoWeekdays(t) || otherDayTold(t)) return false;
  const v = check.corpus.vocabulary;
  let agreed = false;
  const conflicts: TimeRef[] = [];
  // Through the index of weekdays by their clause's words: like words are needed anyway.
  for (const times of check.corpus.weekdayCandidates(t, check.article.path)) {
    let conflict: TimeRef | null = null;
    for (const s of times) {
      // Any date told with its weekday ("Saturday 22 May" too), but not a clock time's day.
      if (s.time.granularity !== 'date' || s.time.weekday === undefined || s.time.qualifier !== 'exact' || besideClock(s)) continue;
      const shared = v.shared(t.near, s.near).count;
      const sim = shared < MIN_SHARED ? 0 : v.similarity(t.near, s.near);
      if (!(sim >= SAME_EVENT_WORDS || (shared >= MANY_SHARED && sim >= MANY_SHARED_WORDS))) continue;
      // "Five remained in hospital on Saturday" / "two … on Sunday": counts of one thing told on both
      // sides are snapshots on their own days, not one event on two.
      if (countsOfOneThing(t, s) || lasting(s) || twoWeekdays(s) || otherDayTold(s)) continue;
      if (s.time.weekday === t.time.weekday) agreed = true;
      else conflict ??= s;
    }
    if (conflict) conflicts.push(conflict);
  }
  // A source that tells the same event on the same weekday settles it for a draft; sources are held to each other.
  if (conflicts.length === 0 || (check.isDraft && agreed)) return false;
  const ev = conflicts.map((s) => evidence(s.article, s.time.span));
  check.add('time-conflict', 'warning', t.time.span, `weekday conflicts with ${against(ev)}`, ev);
  return true;
}
