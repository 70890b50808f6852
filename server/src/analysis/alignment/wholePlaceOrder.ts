// An evacuation order widened to a whole place, told in the words reporters vary: "he extended the order
// to the whole town", "The mayor ordered all residents to leave", "The evacuation order is extended to
// the entire town", "extended the evacuation to the whole town". A story's place is ordered out whole
// once; a clock time told in such a clause is that moment (findings/times.ts holds two of them to each
// other as one event). Told as an order: "the whole town had been evacuated by 8 p.m." is when the
// leaving was done, another moment, and keys nothing.
import type { Span } from '../types';

/** The event key of an order to leave a whole place. */
export const WHOLE_PLACE_ORDER = '~order:whole';

/** "the whole town", "the entire city". */
const WHOLE_PLACE = /\b(?:whole|entire)[ \t]+(?:town|city|village|community|island|municipality|borough)\b/i;
/** A word of the order or its widening. */
const ORDER = /\b(?:order(?:ed|s)?|extend(?:ed|s|ing)?)\b/i;
/** "ordered all residents to leave", "told all the town's residents to evacuate". */
const ALL_RESIDENTS = /\b(?:ordered|told|instructed)[ \t]+all[ \t]+(?:(?:the|of[ \t]+the)[ \t]+)?(?:[\p{L}]+['’]s[ \t]+)?residents[ \t]+to[ \t]+(?:leave|evacuate|get[ \t]+out)\b/iu;

/** Whether the clause `clause` of plain (a clock time's, not a blog's stamp: `at` is the time) tells an order to leave a whole place. */
export function ordersWholePlace(plain: string, clause: Span, at: Span): boolean {
  if (at.start === at.end) return false;
  const body = plain.slice(clause.start, clause.end);
  return (WHOLE_PLACE.test(body) && ORDER.test(body)) || ALL_RESIDENTS.test(body);
}
