// "Six of them were taken to hospital", "six were taken to hospital", "Six went to hospital", "**6** of
// them were taken to Carrow General": only people are taken to hospital, so a bare count told going
// there counts people, whatever the sentence before it counted (a wire's one-sentence paragraphs, a
// list's bullet, a release's "21 were treated on site and released, and six were taken to hospital").
import type { FigureToken } from './tokens';

/** Verbs of being taken somewhere, after "were"/"was". */
const TAKEN_VERBS: ReadonlySet<string> = new Set(['taken', 'rushed', 'brought', 'flown', 'admitted', 'airlifted', 'transferred']);
/** What "of" may stand before to make the count a part of the group told before. */
const OF_GROUP: ReadonlySet<string> = new Set(['them', 'those', 'these']);
/** Words that end a hospital's name or name one ("hospital", "Infirmary", "Carrow General"). */
const HOSPITAL_WORDS: ReadonlySet<string> = new Set(['hospital', 'hospitals', 'infirmary', 'general']);
/** Capitalised words of a hospital's name before its last word ("St Mary's", "Santa Maria"). */
const NAME_WORDS = 4;

/**
 * Whether the tokens from `k` (right after a count) tell those counted being taken to hospital:
 * "(of them) were taken to (the) hospital", "went to St Mary's Hospital", "were rushed to Carrow
 * General". A hospital's own name ("Hospital de Santa Maria") opens with the word itself.
 */
export function takenToHospitalAt(tokens: readonly FigureToken[], k: number): boolean {
  if (tokens[k]?.lower === 'of' && OF_GROUP.has(tokens[k + 1]?.lower ?? '')) k += 2;
  const verb = tokens[k]?.lower;
  if (verb === 'were' || verb === 'was') {
    if (!TAKEN_VERBS.has(tokens[k + 1]?.lower ?? '')) return false;
    k += 2;
  } else if (verb === 'went') k += 1;
  else return false;
  if (tokens[k]?.lower !== 'to') return false;
  k++;
  if (tokens[k]?.lower === 'the' || tokens[k]?.lower === 'a') k++;
  for (let n = 0; n <= NAME_WORDS; n++) {
    const t = tokens[k + n];
    if (!t || t.kind !== 'word') return false;
    const lower = t.lower;
    // "hospital" in lower case ends the phrase; "Hospital", "Infirmary", "General" may end a name.
    if (HOSPITAL_WORDS.has(lower) && (lower === 'hospital' || lower === 'hospitals' || t.text[0] !== lower[0])) return true;
    // A name's words are capitalised ("St", "Mary's"); anything else ends the look.
    if (t.text[0] === lower[0]) return false;
  }
  return false;
}
