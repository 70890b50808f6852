// A day told by its weekday for one action on one thing: "schools will reopen on Thursday" against a
// source's "reopen on Wednesday" / "reopening Wednesday". A draft often has no date of its own, so its
// weekday cannot be compared as a date; the action told right before each weekday, in clauses that
// share words, says they are one event, and different weekdays within a week then disagree.
import type { TimeRef } from '../alignment/corpus';
import { stem } from '../alignment/words';
import { dayNumber, isFull } from '../claims/times/calendar';
import { SPEECH_VERBS } from '../claims/people/lexicon';
import type { Check } from './check';
import { evidence } from './check';
import { against } from './messages';
import { stateBefore } from './weekdays';

/** Words between an action and its weekday: "reopen on Thursday", "resume from Monday". */
const LINKS = new Set(['on', 'from', 'by', 'until', 'till', 'next', 'this']);
/** Words of a part of the day told before a weekday: "in the early hours of", "in the small hours of", "early on", "before dawn on". */
const PART_WORDS = new Set(['in', 'the', 'early', 'small', 'wee', 'hours', 'of', 'late', 'before', 'dawn', 'on']);
/** Words stepped over at most ("in the early hours of" and the link). */
const PART_WORDS_MAX = 6;
/** Words that tell no action of their own: "and Tuesday", "on the Wednesday", "is Thursday". */
const NOT_ACTIONS = new Set(['and', 'or', 'the', 'a', 'to', 'of', 'is', 'was', 'be', 'been', 'are', 'were', 'will', 'would',
  'day', 'late', 'early', 'last', 'since', 'before', 'after', 'until', 'till', 'on', 'from', 'by', 'next', 'this', 'that']);
/** A character of a word (made once: the bundler turns a `\p{…}` literal into a RegExp construction where it stands). */
const WORD_CHAR = /[\p{L}\p{N}'’-]/u;
/** Days within which two weekdays can be one event told twice. */
const WEEK = 7;

/** The stemmed action told right before a weekday ("reopen" for "reopening Wednesday"), or null. */
function actionOf(r: TimeRef): string | null {
  if (r.time.granularity !== 'date' || r.time.weekday === undefined || r.time.qualifier !== 'exact') return null;
  const plain = r.article.text.plain;
  const sentence = r.article.text.sentences[r.time.sentence];
  if (!sentence) return null;
  let word = wordBefore(plain, r.time.span.start, sentence.span.start);
  if (word && LINKS.has(word.text)) word = wordBefore(plain, word.start, sentence.span.start);
  // "ended in the early hours of Thursday", "erupted early on Wednesday": the part of the day told
  // before the weekday is stepped over to the action.
  const part = word;
  for (let k = 0; word && k < PART_WORDS_MAX && PART_WORDS.has(word.text); k++) word = wordBefore(plain, word.start, sentence.span.start);
  // "held at dawn on Wednesday": no action before the part of the day, which then names the event itself.
  if (word !== part && !isAction(word)) word = part;
  if (!isAction(word)) return null;
  // "broke down on Monday": the verb before the particle makes the phrase.
  const verb = PARTICLES.has(word.text) ? wordBefore(plain, word.start, sentence.span.start) : null;
  return FAILED.get(verb ? `${verb.text} ${word.text}` : word.text) ?? stem(word.text);
}

/** Particles that end a phrasal verb told before a weekday ("broke down", "fell through"). */
const PARTICLES = new Set(['down', 'through', 'apart']);
/** Talks, deals and bids that came to nothing: reporters' words for one action, in the past tense. */
const FAILED: ReadonlyMap<string, string> = new Map(['collapsed', 'broke down', 'fell through', 'fell apart', 'foundered'].map((w) => [w, '~fail']));

/** A word that can tell an action: "0315 GMT Sunday" dates a clock time, and "said on Monday" tells
 * when something was said, not the event it was about. */
function isAction(word: { text: string } | null): word is { text: string } {
  return word !== null && !NOT_ACTIONS.has(word.text) && !SPEECH_VERBS.has(word.text) && word.text.length >= 3;
}

/** The lower-case word (a–z only) ending right before `at` past blanks, within the sentence; null when none. */
function wordBefore(plain: string, at: number, from: number): { text: string; start: number } | null {
  let end = at;
  while (end > from && (plain[end - 1] === ' ' || plain[end - 1] === '\u00a0')) end--;
  if (end === at) return null;
  let start = end;
  while (start > from && end - start < 20 && plain.charCodeAt(start - 1) >= 97 && plain.charCodeAt(start - 1) <= 122) start--;
  if (start === end) return null;
  // Part of a longer word (digits, capitals, hyphens): no plain action word.
  if (start > from && WORD_CHAR.test(plain[start - 1])) return null;
  return { text: plain.slice(start, end), start };
}

/** Days from a's date to b's when both are known, else null. */
function daysApart(a: TimeRef, b: TimeRef): number | null {
  const x = a.time.date;
  const y = b.time.date;
  if (!isFull(x) || !isFull(y)) return null;
  return dayNumber(y) - dayNumber(x);
}

/** A draft's weekday held to the weekdays sources give the same action in like words. */
export function checkPlannedDay(check: Check, t: TimeRef): void {
  // "stay closed on Monday" / "… on Tuesday": a state that lasts can be true on both days.
  if (!check.isDraft || stateBefore(t)) return;
  const action = actionOf(t);
  if (!action) return;
  const v = check.corpus.vocabulary;
  const agrees: TimeRef[] = [];
  const conflicts: TimeRef[] = [];
  for (const times of check.corpus.weekdayCandidates(t, check.article.path)) {
    let agree: TimeRef | null = null;
    let conflict: TimeRef | null = null;
    for (const s of times) {
      if (actionOf(s) !== action || v.shared(t.near, s.near).count < 2 || stateBefore(s)) continue;
      const days = daysApart(t, s);
      if (days !== null && Math.abs(days) >= WEEK) continue;
      if (days !== null ? days === 0 : s.time.weekday === t.time.weekday) agree = s;
      else conflict ??= s;
    }
    if (agree) agrees.push(agree);
    else if (conflict) conflicts.push(conflict);
  }
  if (conflicts.length === 0 || agrees.length > 0) return;
  const ev = conflicts.map((s) => evidence(s.article, s.time.span));
  check.add('time-conflict', 'warning', t.time.span, `day conflicts with ${against(ev)}`, ev);
}
