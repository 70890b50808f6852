// A place's population: "a town of about 14,200 people", "a city of 2.1 million residents", "home to
// 8,000 people", "population 61,800 residents". It is what the place is, not a count of people something
// happened to at a moment: never a snapshot beside "6,400 customers lost power on Tuesday".
import type { FigureToken } from './tokens';

/** Places whose size is told as "a <place> of N people". */
const PLACES = new Set(['town', 'city', 'village', 'hamlet', 'county', 'borough', 'district', 'suburb', 'island', 'country',
  'nation', 'province', 'region', 'municipality', 'parish', 'township', 'state', 'community', 'metropolis', 'conurbation']);
/** Describing words at most between the article and the place ("a small market town of"). */
const PLACE_WORDS = 2;
/** Nouns for the people who live in a place, once the words before say they do. */
const PEOPLE = new Set(['person', 'people', 'resident', 'inhabitant', 'soul', 'citizen']);
/** What a place's population counts. */
export const INHABITANT = 'inhabitant';

/**
 * What a count of people counts: INHABITANT after "a town of", "home to" or "population (of)" (before
 * any qualifier: "a town of about"), else `counted`. `lead` is the first token of the figure's words.
 */
export function populationCounted(tokens: FigureToken[], lead: number, counted: string | null): string | null {
  if (!counted || !PEOPLE.has(counted)) return counted;
  const before = tokens[lead - 1]?.lower;
  const twoBefore = tokens[lead - 2]?.lower ?? '';
  if (before === 'population' || (before === 'of' && twoBefore === 'population')) return INHABITANT;
  if (before === 'to' && twoBefore === 'home') return INHABITANT;
  if (before === 'of' && PLACES.has(twoBefore)) return INHABITANT;
  return counted;
}

/** Whether `counted` names the people who live in a place ("people", "residents"). */
export function isResidentNoun(counted: string): boolean {
  return PEOPLE.has(counted);
}

/**
 * "a market town of about 61,000 people", "the city of 2.3 million": a place with an article before it
 * and "of" right before the number (at `first`, its qualifier included), told with or without a noun.
 */
export function isPopulationBefore(tokens: FigureToken[], first: number): boolean {
  if (tokens[first - 1]?.lower !== 'of' || !PLACES.has(tokens[first - 2]?.lower ?? '')) return false;
  for (let k = first - 3; k >= Math.max(0, first - 3 - PLACE_WORDS); k--) {
    const t = tokens[k];
    if (t.kind !== 'word') return false;
    if (t.lower === 'a' || t.lower === 'an' || t.lower === 'the') return true;
  }
  return false;
}
