// Clock-time ranges ("from 7am to 7pm", "between 9 and 11 a.m.", "from 14:00 until 16:30"). The
// times stage reads a range as two claims, the first 'past' and the second 'until' (claims/times),
// and those qualifiers let any two ranges agree: "past 7am" holds at 8am. A range is a stretch with a
// start and a length, though, and two tellings of one stretch of the same length ("12-hour stoppages
// from 7am to 7pm" / "… from 8am to 8pm") that start an hour apart disagree. The range's start
// carries the length (TimeRef.range); times are indexed by it (timeIndex.ts, "r:<length>") and held
// to each other there (findings/times.ts).
import type { TimeClaim } from '../types';

/** Characters at most between a range's two ends (as the times stage joins them). */
const GAP = 24;
/** What joins the two ends: "to", "until", "till", "through", "and" (after "between"), a dash. */
const LINK = /^[ \u00a0]{0,2}(?:to|and|until|till|through|-|–|—)[ \u00a0]{1,2}(?:(?:about|around|roughly|approximately)[ \u00a0]{1,2})?$|^[ \u00a0]{0,2}[-–—][ \u00a0]{0,2}$/i;

/**
 * The length in minutes of the range `times[index]` opens, or null when it opens none: a clock time
 * read as a range's start ('past') followed in its sentence, across a link word, by the range's end
 * ('until'), both on the wall clock.
 */
export function rangeLength(plain: string, times: readonly TimeClaim[], index: number): number | null {
  const a = times[index];
  const b = times[index + 1];
  if (!a || !b || a.granularity !== 'clock' || b.granularity !== 'clock' || a.qualifier !== 'past' || b.qualifier !== 'until') return null;
  if (a.sentence !== b.sentence || a.localMinutes === undefined || b.localMinutes === undefined) return null;
  const gap = plain.slice(a.span.end, b.span.start);
  // The end's span may begin at its own word ("until 7pm"): the link is then inside it.
  if (gap.length > GAP || !(LINK.test(gap) || (/^[ \u00a0]{1,2}$/.test(gap) && /^(?:until|till|to)\b/i.test(b.text)))) return null;
  const length = (((b.localMinutes - a.localMinutes) % 1440) + 1440) % 1440;
  return length === 0 ? null : length;
}
