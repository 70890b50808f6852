// A vote's tally: "carried by 34 votes to 25", "voted 12 to 3", "26 for, 33 against", "defeated by
// nine votes to seven". Both sides count votes, though only one of them is written with the word
// (and a side said in words, "to twenty-five", counts votes too), so neither takes the counted
// thing of a figure told earlier ("all 17 libraries … 26 for") and neither is a count of nothing.
import type { Figure, Span } from '../../types';
import type { FigureToken } from './tokens';

/** The counted thing of a side of a tally. */
export const VOTE = 'vote';

/** Verbs that give the result of a vote right before its tally ("carried 45 to 14", "defeated by 26 …"). */
const VOTE_VERBS = new Set(['voted', 'vote', 'carried', 'passed', 'defeated', 'approved', 'rejected', 'adopted', 'backed',
  'lost', 'won', 'endorsed', 'upheld', 'overturned', 'ratified', 'approves', 'backs', 'rejects', 'passes']);
/** Words after a number that make it a side: "26 for, 33 against". */
const SIDES = new Set(['for', 'against']);
/** What may follow a side's word: a comma, a bracket, the end, or the next part of the tally. */
const AFTER_SIDE = new Set([',', ';', '(', ')', '.', 'and', 'with', '–', '-']);
/** The links between the two sides: "34 to 25", "34–25". */
const LINKS = new Set(['to', '–', '-']);

/**
 * Whether the number whose tokens run [first, next) is a side of a vote's tally. `next` is the
 * token after the number (and after "votes", when the number is the first side: then it is "to").
 */
export function isTallySide(tokens: FigureToken[], first: number, next: number): boolean {
  if (inSetScores(tokens, first)) return false;
  // "26 for, 33 against", "14 against": the side named after the number.
  const after = tokens[next];
  if (after && SIDES.has(after.lower)) {
    const tail = tokens[next + 1];
    if (!tail || AFTER_SIDE.has(tail.lower)) return true;
  }
  if (after?.lower === 'in' && /^favou?r$/.test(tokens[next + 1]?.lower ?? '')) return true;
  // "by 26 votes to 33", "voted 34 to 25": the first side, after the result's verb.
  if (after && LINKS.has(after.lower) && tokens[next + 1]?.kind === 'number' || after?.lower === 'to' && tokens[next + 1]?.kind === 'word') {
    if (votedBefore(tokens, first)) return true;
  }
  // "… 26 votes to 33", "… 34 to 25": the second side, after a first one.
  return isTallySecond(tokens, first);
}

/**
 * "won 6-4, 3-6, 7-5": a match told set by set, two or more pairs "N-N" joined by commas, is a
 * score, not a vote's tally (a vote has one tally). Whether the number at `first` is in such a run.
 */
function inSetScores(tokens: FigureToken[], first: number): boolean {
  // The pair the number is in: [first, first + 2] or [first - 2, first].
  for (const start of [first, first - 2]) {
    if (!isPairAt(tokens, start)) continue;
    if ((tokens[start + 3]?.text === ',' && isPairAt(tokens, start + 4)) || (tokens[start - 1]?.text === ',' && isPairAt(tokens, start - 4))) return true;
  }
  return false;
}

/** Tokens k, k + 1, k + 2 are "N", "-" (or "–"), "N". */
function isPairAt(tokens: FigureToken[], k: number): boolean {
  if (k < 0) return false;
  const link = tokens[k + 1]?.lower;
  return tokens[k]?.kind === 'number' && (link === '-' || link === '–') && tokens[k + 2]?.kind === 'number';
}

/** The number at `first` opens a tally ("voted 12 to 30"), which is not a range: the result's verb before it. */
export function opensTally(tokens: FigureToken[], first: number, next: number): boolean {
  const link = tokens[next];
  return !!link && LINKS.has(link.lower) && votedBefore(tokens, first);
}

/** The result's verb right before the number at `first`, or before "by" there ("was defeated by 26"). */
function votedBefore(tokens: FigureToken[], first: number): boolean {
  let k = first - 1;
  if (tokens[k]?.lower === 'by') k--;
  return VOTE_VERBS.has(tokens[k]?.lower ?? '');
}

/** The number at `first` follows "to" (or a dash) after a first side: "votes to 33", "voted 34 to 25", "carried 45–14". */
export function isTallySecond(tokens: FigureToken[], first: number): boolean {
  const link = tokens[first - 1];
  if (!link || !LINKS.has(link.lower)) return false;
  const before = tokens[first - 2];
  if (!before) return false;
  if (before.lower === 'votes' || before.lower === 'vote') return tokens[first - 3]?.kind === 'number' || isNumberWordBefore(tokens, first - 3);
  return before.kind === 'number' && votedBefore(tokens, first - 2);
}

/** A number in words ending at token k ("nine votes to seven"): a lower-case word, checked loosely. */
function isNumberWordBefore(tokens: FigureToken[], k: number): boolean {
  const t = tokens[k];
  return !!t && t.kind === 'word' && /^(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|\w+ty(?:-\w+)?)$/.test(t.lower);
}

/** The winning side of a tally ("34" of "34 votes to 25", "33" of "26 for, 33 against"): the larger number. */
export const WINNING_VOTES = 'winning vote';
/** The losing side of a tally: the smaller number. */
export const LOSING_VOTES = 'losing vote';
/** What lies between the two sides of one tally: " to ", "–", " votes to ", " for, ", " in favour, ". */
const BETWEEN_SIDES = /^\s*(?:votes?\s+)?(?:to|[–-]|for\s*[,;]?|in\s+favou?r\s*[,;]?)\s*$/i;
/** Longer than this, the text between two vote counts is no tally's link. */
const MAX_BETWEEN = 20;

/**
 * Each pair of vote counts told as one tally takes its side: the winning (larger) and the losing
 * (smaller) number. Writers put either side first ("defeated by 26 votes to 33", "defeated 33-26"),
 * so the sides are told apart by size, not by order; two tallies of one vote then compare side by side.
 */
export function tallySides(plain: string, figures: Figure[]): void {
  for (let k = 0; k + 1 < figures.length; k++) {
    const a = figures[k];
    const b = figures[k + 1];
    if (a.counted !== VOTE || b.counted !== VOTE || a.sentence !== b.sentence || a.value === b.value) continue;
    if (!joinedAsSides(plain, a, b)) continue;
    a.counted = a.value > b.value ? WINNING_VOTES : LOSING_VOTES;
    b.counted = a.value > b.value ? LOSING_VOTES : WINNING_VOTES;
    k++;
  }
}

/** Only a tally's link between a and b (a before b): " votes to ", "–", " for, ". */
function joinedAsSides(plain: string, a: Figure, b: Figure): boolean {
  return b.span.start - a.span.end <= MAX_BETWEEN && BETWEEN_SIDES.test(plain.slice(a.span.end, b.span.start));
}

/**
 * Whether a figure is one side of a tally told whole ("34 votes to 25"). A tally names its vote by
 * its two numbers better than a clock does: a council takes several votes minutes apart, so the
 * tally is tied to no clock time (the time of the vote is checked as a time) and is held to other
 * tallies told in like words.
 */
export function isTallied(f: Figure): boolean {
  return f.counted === WINNING_VOTES || f.counted === LOSING_VOTES;
}

/**
 * The other side of the tally the figure at `index` is a side of ("25" for the "34" of "34 votes to
 * 25"), or null.
 */
export function otherSide(plain: string, figures: readonly Figure[], index: number): Figure | null {
  const f = figures[index];
  if (!isTallied(f)) return null;
  const other = f.counted === WINNING_VOTES ? LOSING_VOTES : WINNING_VOTES;
  // tallySides pairs neighbours only: the other side is the figure just before or just after.
  for (const k of [index - 1, index + 1]) {
    const g = figures[k];
    if (g && g.sentence === f.sentence && g.counted === other && (k < index ? joinedAsSides(plain, g, f) : joinedAsSides(plain, f, g))) return g;
  }
  return null;
}

/** What counts abstentions ("with 3 abstentions", "and one abstention"). */
const ABSTENTION = 'abstention';
/** Between a tally's last side and its abstentions: ", with ", " and ", " (". */
const BEFORE_ABSTENTIONS = /^[,;(]?\s*(?:[,;(]\s*)?(?:(?:with|and|plus)\s*)?$/i;
/** Longer than this, the text between a tally and a count of abstentions joins no one tally. */
const MAX_BEFORE_ABSTENTIONS = 12;

/**
 * The abstentions told with the tally the figure at `index` is a side of ("4" of "27 votes to 19, with
 * 4 abstentions"), or null: an exact count of abstentions right after the tally's later side.
 */
export function abstentionsOf(plain: string, figures: readonly Figure[], index: number): number | null {
  const f = figures[index];
  if (!isTallied(f)) return null;
  let last = index;
  const next = figures[index + 1];
  if (next && next.sentence === f.sentence && isTallied(next) && next.counted !== f.counted && joinedAsSides(plain, f, next)) last = index + 1;
  else if (!otherSide(plain, figures, index)) return null;
  const a = figures[last + 1];
  if (!a || a.sentence !== f.sentence || a.counted !== ABSTENTION || a.qualifier !== 'exact' || a.range) return null;
  const between = a.span.start - figures[last].span.end;
  if (between < 0 || between > MAX_BEFORE_ABSTENTIONS) return null;
  return BEFORE_ABSTENTIONS.test(plain.slice(figures[last].span.end, a.span.start)) ? a.value : null;
}

/** What became of the motion a tally is told with. */
export type TallyOutcome = 'carried' | 'defeated';
const CARRIED = /\b(?:carried|passed|approved|approves|adopted|backed|backs|endorsed|went through|upheld|ratified)\b/i;
const DEFEATED = /\b(?:defeated|rejected|rejects|lost|voted down|thrown out|failed|fell)\b/i;

/** The outcome a sentence tells ("Library amendment DEFEATED by 27 votes to 33"), or null when it tells none or both. */
export function tallyOutcome(plain: string, sentence: Span): TallyOutcome | null {
  const words = plain.slice(sentence.start, sentence.end);
  const carried = CARRIED.test(words);
  const defeated = DEFEATED.test(words);
  return carried === defeated ? null : carried ? 'carried' : 'defeated';
}
