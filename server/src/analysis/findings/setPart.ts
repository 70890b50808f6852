// A time told of a part of a set counted just before it: "logged three tagged sharks during the day,
// two of them before 11 a.m.". The time bounds several things of that set, not one moment, so the
// words of the set that its clause shares with another article's time ("Third tagged shark of the
// day detected" at 2:40 pm) do not make the two times one moment.
import type { TimeRef } from '../alignment/corpus';

/** Characters read before a time, within its sentence, for PART_OF_SET. */
const PART_REACH = 40;

/**
 * "two of them before", "most of those by", "both of which at", ending right where the time starts
 * (its qualifier may be in the time's words or the one word before them). Bounded slice: linear.
 */
const PART_OF_SET = /\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|both|most|some|all|many|several|half|none|each)[ \t]+of[ \t]+(?:them|those|these|which)[ \t]*,?[ \t]*(?:[a-z]+[ \t]+)?$/i;

/** The time is told of a part of a set counted before it ("two of them before 11 a.m."). */
export function toldOfSetPart(r: TimeRef): boolean {
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return false;
  const start = r.time.span.start;
  return PART_OF_SET.test(r.article.text.plain.slice(Math.max(sentence.span.start, start - PART_REACH), start));
}
