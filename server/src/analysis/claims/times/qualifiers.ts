// The words in front of a time that bound it: "around 10 a.m." (about), "past 1:30 p.m." (past),
// "until 2 p.m." (until), "by 6:38 p.m." (about), "late 2025" (vague). The qualifier's words join the claim's span.
import type { Qualifier } from '../../types';
import { wordTable } from '../../wordTable';
import { isAsciiLetter } from '../../text/codes';

const LOOKBACK = 40;

/** Exported for tests (mayLead must never rule out a match of it). */
export const BEFORE = /(?:^|[^\p{L}])(shortly after|shortly before|just after|just before|just past|soon after|no later than|later than|at around|at about|at approximately|at roughly|until around|until about|until roughly|by around|by about|after around|since around|around|about|approximately|approx\.|roughly|circa|nearly|almost|past|after|since|until|till|before|by|early|late|mid-|mid|from|between)[ \u00a0]{0,3}$/iu;

const MEANING: Record<string, Qualifier> = wordTable({
  'shortly after': 'about', 'shortly before': 'about', 'just after': 'about', 'just before': 'about',
  'just past': 'about', 'soon after': 'about', 'at around': 'about', 'at about': 'about',
  'at approximately': 'about', 'at roughly': 'about', around: 'about', about: 'about',
  approximately: 'about', 'approx.': 'about', roughly: 'about', circa: 'about',
  nearly: 'nearly', almost: 'nearly',
  past: 'past', after: 'past', since: 'past', 'later than': 'past', 'after around': 'past', 'since around': 'past',
  until: 'until', till: 'until', before: 'until', by: 'until', 'no later than': 'until',
  'until around': 'until', 'until about': 'until', 'until roughly': 'until', 'by around': 'about', 'by about': 'about',
  early: 'vague', late: 'vague', 'mid-': 'vague', mid: 'vague',
});

export interface Lead {
  qualifier: Qualifier;
  /** Where the claim's span starts once the qualifier's words are included. */
  start: number;
  /** "from"/"between": the first end of a range. */
  rangeOpen: boolean;
}

/**
 * The last word of every qualifier BEFORE reads (lower case). The words are ASCII and none ends in
 * a letter that another letter folds to under /iu (ſ is s, K is k), so an ASCII word outside this
 * set cannot end a match.
 */
const LAST_WORDS = new Set(['after', 'before', 'past', 'around', 'about', 'approximately', 'roughly', 'circa', 'nearly',
  'almost', 'since', 'until', 'till', 'by', 'early', 'late', 'mid', 'from', 'between', 'than']);

const isQualifierSpace = (c: number) => c === 32 || c === 0xa0;

/**
 * False when no qualifier can end plain[from, start): BEFORE's match ends with a qualifier and at
 * most three spaces, so the ASCII word before the spaces must be a qualifier's last word. Only a
 * word of ASCII letters with no other letter before it is ruled out; anything else is left to BEFORE.
 */
export function mayLead(plain: string, from: number, start: number): boolean {
  let e = start;
  while (e > from && isQualifierSpace(plain.charCodeAt(e - 1))) e--;
  if (start - e > 3) return false; // BEFORE's [ \u00a0]{0,3}$: no qualifier ends in a space
  let b = e;
  while (b > from) {
    const c = plain.charCodeAt(b - 1);
    if (isAsciiLetter(c)) b--;
    else if (c >= 0x80) return true; // a letter past ASCII, or a mark: BEFORE decides
    else break;
  }
  if (b === e) return e > from; // "approx." and "mid-" end in a mark; an empty stretch holds nothing
  return LAST_WORDS.has(plain.slice(b, e).toLowerCase());
}

/**
 * "since the 8 a.m. opening", "until the 10 p.m. curfew": a bound of a stretch, then "the", before a
 * clock time that names an event by the noun after it. The bound is the event's time's, as in "since 8
 * a.m.". Only the words that open or close a stretch: not "about the 9 a.m. meeting" (a topic), "by the
 * 5 p.m. deadline" (the deadline's own words tell it), nor "after the 6.30pm reading" or "before the
 * noon briefing", which order two events ("made the call after the 6.30pm reading") more often than
 * they bound a stretch.
 */
const BOUND_THE = /(?:^|[^\p{L}])(since|until|till)[ \u00a0]{1,3}the[ \u00a0]{1,3}$/iu;
/** The event's noun right after the time: a lower-case word ("opening", "closure", "curfew"). */
const NOUN_AFTER = /^[ \u00a0]{1,2}([a-z][a-z-]{2,})(?![\p{L}])/u;
/** Lower-case words after a time that are no event's noun. */
const NOT_NOUNS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'on', 'in', 'at', 'of', 'for', 'the', 'local', 'time', 'today',
  'tomorrow', 'yesterday', 'tonight', 'this', 'that', 'last', 'next', 'when', 'with', 'was', 'were', 'had', 'has', 'is', 'are']);

/** "since the 8 a.m. opening": the bound and where its words start, or null (BOUND_THE). */
function boundBeforeThe(plain: string, from: number, start: number, end: number): Lead | null {
  const m = BOUND_THE.exec(plain.slice(from, start));
  if (!m) return null;
  const noun = NOUN_AFTER.exec(plain.slice(end, end + 24));
  if (!noun || NOT_NOUNS.has(noun[1])) return null;
  const q = MEANING[m[1].toLowerCase()];
  return q ? { qualifier: q, start: from + m.index + m[0].indexOf(m[1]), rangeOpen: false } : null;
}

/** The qualifier written just before `start` (not looking before `floor`); `end`, where the time ends, for a bound over "the" (boundBeforeThe). */
export function leadBefore(plain: string, start: number, floor: number, granularity: 'clock' | 'date', end?: number): Lead {
  const from = Math.max(floor, start - LOOKBACK);
  if (granularity === 'clock' && end !== undefined) {
    const bound = boundBeforeThe(plain, from, start, end);
    if (bound) return bound;
  }
  if (!mayLead(plain, from, start)) return { qualifier: 'exact', start, rangeOpen: false };
  const m = BEFORE.exec(plain.slice(from, start));
  if (!m) return { qualifier: 'exact', start, rangeOpen: false };
  const words = m[1].toLowerCase();
  if (words === 'from' || words === 'between') return { qualifier: 'exact', start, rangeOpen: true };
  let q = MEANING[words] ?? 'exact';
  // "about Monday's outage" talks about a day; it does not round it.
  if (granularity === 'date' && (words === 'about' || q === 'nearly')) return { qualifier: 'exact', start, rangeOpen: false };
  if (granularity === 'clock' && q === 'vague') q = 'about'; // "late 10 a.m." is not news English; be safe
  // "under control by 6:38 p.m.", "By 9 a.m. the count had doubled": news gives the time it was so,
  // about then, not a deadline that any earlier time would meet. "by June 2026" stays a deadline.
  if (granularity === 'clock' && words === 'by') q = 'about';
  const wordStart = from + m.index + m[0].indexOf(m[1]);
  // "did not finish until 11:34 p.m.", "was not declared until 4am": what did not happen before the
  // time happened at it, a point, not a bound.
  if (granularity === 'clock' && (words === 'until' || words === 'till') && negatedBefore(plain, Math.max(floor, wordStart - NEGATION_REACH), wordStart)) q = 'exact';
  const skipAt = words.startsWith('at ') ? 3 : 0; // "at around 10": the claim is "around 10"
  return { qualifier: q, start: wordStart + skipAt, rangeOpen: false };
}

/** Characters looked back from "until" for the negation that makes its time a point. */
const NEGATION_REACH = 32;
/** "not", "never" or "-n't" as a word ("didn't", "wasn't"). */
const NEGATION = /(?:^|[^\p{L}])(?:not|never)(?![\p{L}])|n['’]t(?![\p{L}])/iu;

/** Whether a negation stands in plain[from, to), in the same sentence as `to` (no stop between). */
function negatedBefore(plain: string, from: number, to: number): boolean {
  let start = from;
  for (let i = to - 1; i >= from; i--) {
    const c = plain.charCodeAt(i);
    if (c === 46 || c === 59 || c === 33 || c === 63 || c === 10) { start = i + 1; break; } // . ; ! ? newline
  }
  return start < to && NEGATION.test(plain.slice(start, to));
}
