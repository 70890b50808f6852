// A sum told with or without a charge on it: "€46,500 per vessel before an administration charge",
// "£48,000 including a £1,500 fee", "profit of $2.1bn before tax" / "$1.6bn after tax". A price
// before a fee and the price with the fee in it are two quantities (they differ by the fee), never
// one sum misreported, however alike the words around them ("per licence", "access fee").
import type { ArticleText, Figure } from '../types';

/** Which side of the charge a sum is told on. */
export type ChargeBasis = 'without' | 'with';

/**
 * Words that leave a charge out of the sum ("before tax", "excluding fees", "net of commission", "ex
 * VAT"), and "plus": "£29 plus VAT" is the price the tax is still to be added to.
 */
const WITHOUT = new Set(['before', 'excluding', 'excl', 'exclusive', 'ex', 'net', 'without', 'pre', 'plus']);
/** Words that put it in ("including a €1,500 charge", "inclusive of VAT", "after tax", "inc VAT"). */
const WITH = new Set(['including', 'incl', 'inc', 'inclusive', 'after']);
/** What a sum is told before or with. */
const CHARGES = new Set(['charge', 'charges', 'fee', 'fees', 'tax', 'taxes', 'vat', 'levy', 'levies', 'duty', 'duties',
  'commission', 'commissions', 'surcharge', 'surcharges', 'deduction', 'deductions']);

/** Characters read after the sum, within its sentence. */
const REACH = 80;
/** Words after the sum within which the basis word must stand ("per vessel before"). */
const BASIS_WORDS = 4;
/** Words after the basis word within which the charge must stand ("a EUR 1,500 administration charge"). */
const CHARGE_WORDS = 5;
/** One word: letters, or a sum's digits; a clause mark ends the reading. */
const TOKEN = /[\p{L}]+|[\d.,]+|[;:!?()]/gu;
const CLAUSE_END = /^[;:!?()]$/;

/** The side of a charge a sum is told on, when the words right after it say; null otherwise. */
export function chargeBasisOf(text: ArticleText, f: Figure): ChargeBasis | null {
  if (f.unit !== 'money') return null;
  const sentence = text.sentences[f.sentence];
  if (!sentence) return null;
  const after = text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + REACH));
  const words: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(after); m; m = TOKEN.exec(after)) {
    if (CLAUSE_END.test(m[0])) break;
    words.push(m[0].toLowerCase());
  }
  for (let k = 0; k < words.length && k < BASIS_WORDS; k++) {
    const w = words[k];
    const side: ChargeBasis | null = WITHOUT.has(w) ? 'without' : WITH.has(w) ? 'with' : w === 'not' && words[k + 1] === 'including' ? 'without' : null;
    if (side === null) continue;
    for (let j = k + 1; j < words.length && j <= k + CHARGE_WORDS + 1; j++) if (CHARGES.has(words[j])) return side;
    return null;
  }
  return null;
}

/** Two sums told on opposite sides of a charge: two quantities. */
export function otherChargeBasis(a: ArticleText, f: Figure, b: ArticleText, g: Figure): boolean {
  const x = chargeBasisOf(a, f);
  if (x === null) return false;
  const y = chargeBasisOf(b, g);
  return y !== null && x !== y;
}
