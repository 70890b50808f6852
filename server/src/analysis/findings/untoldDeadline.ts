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

/**
 * Before a day, in its clause: an official declaration told as made ("the governor declared a state of
 * emergency for the county on Friday", "declared a disaster emergency"). Bounded and literal: linear.
 */
const DECLARED_BEFORE = /\bdeclared[ \t]+(?:an?[ \t]+)?(?:state[ \t]+of[ \t]+)?(?:(?:local|public|health|major|national|federal|civil|disaster)[ \t]+)?(?:emergency|disaster|calamity)\b[^.;:!?]{0,60}$/i;
/** Characters read before the day for DECLARED_BEFORE. */
const DECLARED_REACH = 120;
/** Every form a source may tell a declaration in (the word index keeps words of four letters or more). */
const DECLARATION_WORDS = ['declared', 'declares', 'declare', 'declaring', 'declaration'];

/**
 * "and the governor's office declared a disaster emergency for the county on Wednesday": a draft's
 * declaration of an emergency, dated to a day, where no source writes any form of "declare" at all, is an
 * official act no source reports: a claim of the draft's own. Returns whether it reported one.
 */
export function checkUntoldDeclaration(check: Check, t: TimeRef): boolean {
  if (!check.isDraft || t.time.granularity !== 'date' || quoted(t)) return false;
  const { plain } = t.article.text;
  const sentence = t.article.text.sentences[t.time.sentence];
  if (!sentence) return false;
  const from = Math.max(sentence.span.start, t.time.span.start - DECLARED_REACH);
  const m = DECLARED_BEFORE.exec(plain.slice(from, t.time.span.start));
  if (!m) return false;
  const start = from + m.index;
  // "declared a state of emergency in three counties on Friday": the count of places is flagged on its own (untoldAction.ts).
  if (t.article.figures.some((f) => f.span.start >= start && f.span.end <= t.time.span.start)) return false;
  if (DECLARATION_WORDS.some((w) => someSourceWrites(check, w))) return false;
  const words = /^declared[^,;]*?\b(?:emergency|disaster|calamity)\b/i.exec(m[0]);
  const end = start + (words ? words[0].length : m[0].length);
  check.add('unsourced-claim', 'info', { start, end }, `no source reports this declaration: “${plain.slice(start, end)}”`, []);
  return true;
}
