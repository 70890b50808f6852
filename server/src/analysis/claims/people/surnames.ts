// A Spanish name carries two surnames, the father's then the mother's ("Inmaculada Cortés Peñalver"),
// and news calls the person by the first alone ("Cortés said"): the word before the last of a name of
// three words or more names the person too, unless it is a particle ("de", "van") or a common given
// name ("Mary Ann Smith"). The last word keeps priority where another person's surname is that word.
import { FIRST_NAMES } from './lexicon';

/** Words inside names that name no one alone: "Rebelo de Sousa", "Jan van der Berg". */
const PARTICLES = new Set(['de', 'del', 'della', 'di', 'da', 'das', 'do', 'dos', 'du', 'la', 'le', 'los', 'las', 'van', 'von', 'der', 'den', 'ter', 'ten', 'bin', 'ibn', 'al', 'el', 'y', 'e', 'i', 'st', 'st.', 'mac']);

/** Letters only (made once: a literal inside the function is a new RegExp per call once bundled). */
const LETTERS_ONLY = /^\p{L}+$/u;

/** The first of two surnames in a name's lower-case words, or null. */
export function firstSurname(words: readonly string[]): string | null {
  if (words.length < 3) return null;
  const w = words[words.length - 2];
  if (w.length < 3 || PARTICLES.has(w) || FIRST_NAMES.has(w) || !LETTERS_ONLY.test(w)) return null;
  return w;
}
