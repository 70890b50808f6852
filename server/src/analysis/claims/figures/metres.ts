// "2,650m", "300m wide", "300m (1,000ft)": an "m" glued to a numeral is metres, not millions, where
// no sum is told and the words around say length. "£4m", "4m shares" and "4m" alone stay millions.
import type { FigureToken } from './tokens';

/** Words of size or height right after a length ("300m wide", "a 40m-high wall", "2,000m above"). */
const DIMENSIONS = new Set(['wide', 'long', 'deep', 'high', 'tall', 'thick', 'across', 'above', 'below']);
/** Lengths another unit converts a metre figure to in brackets: "300m (nearly 1,000ft)". */
const LENGTHS = new Set(['ft', 'feet', 'foot', 'yards', 'yard', 'yd', 'miles', 'mile', 'mi', 'inches', 'inch']);
/** Letters of a currency's code before a sum: "CHF 600m", "NZ$4m" (the "$" is a symbol of its own). */
const CODE = /^[A-Z]{2,3}$/;

/** Whether the "m" at token m, glued to the numeral before it, is metres. */
export function metresAt(tokens: readonly FigureToken[], m: number): boolean {
  const t = tokens[m];
  const numeral = tokens[m - 1];
  if (!t || t.lower !== 'm' || t.spaced || !numeral || numeral.kind !== 'number') return false;
  // Money: a currency symbol glued on ("£2,650m") or a code before ("CHF 650m").
  const before = tokens[m - 2];
  if (before && ((before.kind === 'symbol' && !numeral.spaced && before.text !== '(') || (before.kind === 'word' && CODE.test(before.text)))) return false;
  // "2,650m": nobody writes 2.65 billion with a grouped numeral and an "m".
  if (numeral.text.includes(',')) return true;
  let k = m + 1;
  // "a 40m-high wall": the size hyphenated on.
  if (tokens[k]?.text === '-' && !tokens[k].spaced) k++;
  const next = tokens[k];
  if (next?.kind === 'word' && DIMENSIONS.has(next.lower)) return true;
  // "300m (nearly 1,000ft)": a length in brackets right after.
  if (tokens[m + 1]?.text !== '(') return false;
  for (let j = m + 2; j < m + 6 && j < tokens.length && tokens[j].text !== ')'; j++) {
    if (tokens[j].kind === 'word' && LENGTHS.has(tokens[j].lower) && tokens[j - 1]?.kind === 'number') return true;
  }
  return false;
}
