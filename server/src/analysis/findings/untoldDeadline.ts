// "Schools will stay closed until 26 January": a draft's deadline written as a day of a month
// ("until", "by") that no source dates anything to is a claim no source makes. A day the sources
// tell in any words (a date claim of that month and day) may be this one; a weekday alone, or a day
// inside a quotation (the speaker's), is left alone. Sources are met only through the corpus's
// indexes (a day's key, a word), as every check's look-ups are (alignment/partialCorpus.ts).
import type { TimeRef } from '../alignment/corpus';
import type { Check } from './check';
import { someSourceWrites } from './years';

/** Whether r sits inside a report's quotation (not a transcript's turn, which is the record). */
function quoted(r: TimeRef): boolean {
  const { start, end } = r.time.span;
  return r.article.quotes.some((q) => !q.transcript && q.pieces.some((p) => p.start <= start && end <= p.end));
}

/** Reports a draft's "until <day> <month>" that no source dates anything to; whether it did. */
export function checkUntoldDeadline(check: Check, t: TimeRef): boolean {
  const { month, day } = t.time.date;
  if (!check.isDraft || t.time.granularity !== 'date' || t.time.qualifier !== 'until' || month === undefined || day === undefined || quoted(t)) return false;
  // Looked up by the day (the time index's keys), so a check against part of the corpus meets the same sources.
  for (const times of check.corpus.dateCandidates(t, 0, check.article.path)) {
    for (const s of times) if (s.time.date.month === month && s.time.date.day === day) return false;
  }
  check.add('unsourced-claim', 'info', t.time.span, `no source gives this day: “${t.time.text}”`, []);
  return true;
}

/** Before a month: the plan's verb in the future ("would follow in", "will reopen in", "is due in"). */
const FUTURE_BEFORE = /\b(?:will|would|shall|(?:is|are)\s+(?:due|set|expected|scheduled|to))\b[^.;:!?]{0,40}\bin\s+$/i;
/** A month's name as written (made once: the bundler rebuilds a \\p{…} literal at every call). */
const MONTH_WORD = /^\p{Lu}\p{Ll}+$/u;
/** Characters read before a month for FUTURE_BEFORE. */
const FUTURE_REACH = 60;

/**
 * "said a second round would follow in March": a draft's plan dated to a month alone, whose name no
 * source writes, is a claim no source makes. Returns whether it reported one.
 */
export function checkUntoldMonth(check: Check, t: TimeRef): boolean {
  const { month, day, year } = t.time.date;
  if (!check.isDraft || t.time.granularity !== 'date' || month === undefined || day !== undefined || year !== undefined || quoted(t)) return false;
  const { plain } = t.article.text;
  const word = plain.slice(t.time.span.start, t.time.span.end).trim();
  // The word index keeps words of four letters or more: "May" is not looked up, and left alone.
  if (word.length < 4 || !MONTH_WORD.test(word) || !FUTURE_BEFORE.test(plain.slice(Math.max(0, t.time.span.start - FUTURE_REACH), t.time.span.start))) return false;
  // A source that writes the month's name anywhere may tell this plan (looked up by the word index).
  if (someSourceWrites(check, word.toLowerCase())) return false;
  check.add('unsourced-claim', 'info', t.time.span, `no source gives this month: “${t.time.text}”`, []);
  return true;
}

/** Before a weekday: the plan's verb in the future, then "next" or "on" ("is due to speak again next Tuesday"). */
const FUTURE_WEEKDAY_BEFORE = /\b(?:will|shall|(?:is|are)\s+(?:due|set|expected|scheduled|to))\b[^.;:!?]{0,50}\b(?:next|on)\s+$/i;
/** A weekday's name, as a time claim's words end on it ("next Tuesday"). */
const WEEKDAY_WORD = /\b((?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;

/**
 * "the mayor is due to address the council again next Tuesday": a draft's plan dated to a weekday ahead,
 * whose day no source dates anything to and whose weekday's name no source writes, is a claim no
 * source makes. Returns whether it reported one.
 */
export function checkUntoldWeekday(check: Check, t: TimeRef): boolean {
  const { month, day } = t.time.date;
  if (!check.isDraft || t.time.granularity !== 'date' || t.time.qualifier !== 'exact' || t.time.weekday === undefined || quoted(t)) return false;
  const { plain } = t.article.text;
  const name = WEEKDAY_WORD.exec(t.time.text);
  if (!name) return false;
  const before = plain.slice(Math.max(0, t.time.span.start - FUTURE_REACH), t.time.span.start) + t.time.text.slice(0, name.index);
  if (!FUTURE_WEEKDAY_BEFORE.test(before)) return false;
  if (someSourceWrites(check, name[1].toLowerCase())) return false;
  // A draft with a date of its own puts the weekday on a day, which a source may write out instead.
  if (month !== undefined && day !== undefined) for (const times of check.corpus.dateCandidates(t, 0, check.article.path)) {
    for (const s of times) if (s.time.date.month === month && s.time.date.day === day) return false;
  }
  check.add('unsourced-claim', 'info', t.time.span, `no source gives this day: “${t.time.text}”`, []);
  return true;
}
