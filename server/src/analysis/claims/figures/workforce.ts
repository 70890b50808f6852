// A company's workforce: "employs about 14,200 people", "employed 3,100 workers", "12,400 staff",
// "14,200 colleagues". Firms write it in whatever word they like for their people; the verb (or a
// word only staff are called) says which count it is, so all of them count employees.
import type { FigureToken } from './tokens';

/** The verb of a workforce, right before the number (or its qualifier: "employs about"). */
const EMPLOY = new Set(['employ', 'employs', 'employed', 'employing']);
/** Nouns for the people a firm employs, once the verb says they are its staff. */
const PEOPLE = new Set(['person', 'people', 'worker', 'associate', 'member', 'personnel', 'staff', 'employee', 'colleague', 'staffer']);
/** Nouns that name a workforce in any sentence. */
export const WORKFORCE_NOUNS: ReadonlySet<string> = new Set(['staff', 'employee', 'colleague', 'staffer', 'personnel']);

/** What a count of people counts: 'employee' after "employs" (before any qualifier), else `counted`. */
export function workforceCounted(tokens: FigureToken[], lead: number, counted: string | null): string | null {
  if (!counted || !PEOPLE.has(counted)) return counted;
  return EMPLOY.has(tokens[lead - 1]?.lower ?? '') ? 'employee' : counted;
}
