// "the first 999 call was logged at 05:52" / "its first 999 call came in at 6.12am", "the first fire
// engines arrived at 1.58am" / "The first two fire engines, from Eastbrook fire station, arrived at
// 01:53": the first of a thing happens once, so two times told of "the first <thing>" are one moment,
// whatever verbs the reporters chose. The thing is the head noun of the phrase after "first" (its last
// word before a verb, a preposition or a comma), keyed as an event ("~first:call"; findings/times.ts).
// corpus.ts keeps the key only where an article tells that first thing at one moment.
import type { Span } from '../types';
import { contentTokens } from './words';

/** The prefix of a first thing's event key. */
export const FIRST_KEY = '~first:';

/** Characters looked back from a time for "first <thing>". */
const FIRST_REACH = 100;
/** Words of the phrase after "first", at most, before its head must have ended. */
const PHRASE_WORDS = 3;

/** "first" as a whole word; its case is read apart (a title, "First Minister", is capitalised mid-sentence). */
const FIRST = /\bfirst\b/gi;

/** Words that end the noun phrase after "first": auxiliaries, prepositions and particles ("the first car through"), joiners, common past tenses. */
const PHRASE_END = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'will', 'would', 'could', 'can', 'did', 'do', 'does',
  'at', 'from', 'of', 'in', 'on', 'to', 'for', 'by', 'with', 'into', 'onto', 'near', 'after', 'before', 'since', 'as', 'about', 'around',
  'and', 'or', 'but', 'that', 'which', 'who', 'when', 'while', 'until',
  'through', 'over', 'out', 'off', 'up', 'down', 'across', 'along', 'past', 'inside', 'outside', 'here', 'there', 'today', 'tonight',
  'came', 'went', 'got', 'took', 'made', 'saw', 'heard', 'left', 'began', 'ran', 'rang', 'hit', 'fell', 'rose', 'broke', 'struck', 'sent', 'reached', 'arrive', 'arrives', 'arriving',
]);

/** Numbers and counting words inside the phrase ("the first two engines", "the first 999 call"): not its head. */
const COUNTING = /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozen|few|several|one)$/i;

/** Heads that tell no one thing: "for the first time", "the first half", "the First Minister", "first light". */
const NO_THING = new Set(['time', 'times', 'half', 'quarter', 'round', 'floor', 'minister', 'lady', 'class', 'aid', 'place', 'leg', 'stage',
  'phase', 'day', 'days', 'week', 'month', 'year', 'hour', 'minute', 'minutes', 'instance', 'glance', 'light', 'thing', 'things', 'person',
  'people', 'sign', 'signs', 'step', 'part', 'team', 'division', 'edition', 'quarter']);

/** Between the phrase and the time: another moment the time is measured from, or a clause of its own. */
const OTHER_MOMENT = /[;]|\b(?:after|before|since|following|when|until|while|then)\b/i;

/** A word of the phrase: letters, digits, inner hyphens and apostrophes. */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/uy;

/**
 * The "~first:<head>" key of the first thing told right before the time `at` in `clause`, or none.
 * Only the nearest "first" counts, with nothing between it and the time that tells another moment.
 */
export function firstKeys(plain: string, clause: Span, at: Span): string[] {
  const from = Math.max(clause.start, at.start - FIRST_REACH);
  if (at.start <= from) return [];
  const before = plain.slice(from, at.start);
  let last = -1;
  FIRST.lastIndex = 0;
  for (let m = FIRST.exec(before); m; m = FIRST.exec(before)) last = m.index;
  if (last < 0) return [];
  const start = from + last;
  // "the First Minister", "First Bus": capitalised after a word of the sentence is a name or a title.
  if (plain[start] === 'F' && /[\p{L}\p{N},]\s*$/u.test(plain.slice(Math.max(clause.start, start - 3), start))) return [];
  const head = headAfter(plain, start + 5, at.start);
  if (!head) return [];
  // "The first call came at 05:52, crews arrived at 06:04": a number between is another moment's.
  const between = plain.slice(head.end, at.start);
  if (OTHER_MOMENT.test(between) || /\d/.test(between)) return [];
  const words = contentTokens(plain, head.start, head.end);
  if (words.length !== 1 || NO_THING.has(plain.slice(head.start, head.end).toLowerCase())) return [];
  return [FIRST_KEY + words[0].word];
}

/** The head noun of the phrase after "first", read from `from` up to `to`: the last word before the phrase ends. */
function headAfter(plain: string, from: number, to: number): Span | null {
  let head: Span | null = null;
  let count = 0;
  let i = from;
  while (i < to) {
    const c = plain[i];
    if (c === ' ' || c === '\t') { i++; continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(plain);
    // A comma, colon or bracket ends the phrase ("The first two fire engines, from …", "First signal:").
    if (!m || m.index !== i) return head;
    const word = m[0];
    const end = i + word.length;
    const lower = word.toLowerCase();
    // "was first spotted", "first reported": "first" as an adverb before a verb tells no thing.
    if (PHRASE_END.has(lower) || (lower.length > 4 && lower.endsWith('ed'))) return head;
    // "the first truck backing up to the bays": a participle after the head tells what it did. Not the
    // phrase's first word ("the first landing craft", "the first building"), which may be its noun.
    if (head && lower.length > 5 && lower.endsWith('ing')) return head;
    if (++count > PHRASE_WORDS) return null;
    if (!COUNTING.test(word)) head = { start: i, end };
    i = end;
  }
  return head;
}
