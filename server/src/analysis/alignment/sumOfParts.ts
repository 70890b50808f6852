// A figure told as the sum of several things: "the two mills together employ 3,450 people", "a
// combined 3,450 workers", "3,450 people between them". One of the parts told on its own ("the
// Kestrel mill employs about 2,300") is smaller than the sum, and another quantity, however alike the
// words ("employ … people"); never one figure misreported.
import type { ArticleText, Figure } from '../types';

/** Words that say the figure adds several things up. */
const SUM_WORDS = new Set(['together', 'combined', 'jointly']);
/** Words read before the figure, and after it, within its clause. */
const BEFORE_WORDS = 6;
const AFTER_WORDS = 4;
/** Characters read each side (enough for the words above). */
const REACH = 80;
/** One word, or a clause mark that ends the reading. */
const TOKEN = /[\p{L}]+(?:['’-][\p{L}]+)*|[;:!?()]/gu;
const CLAUSE_END = /^[;:!?()]$/;

function wordsOf(text: string): string[] {
  const out: string[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) out.push(m[0].toLowerCase());
  return out;
}

/** Whether the words right around the figure, in its clause, tell it as a sum of several things. */
export function toldAsSum(text: ArticleText, f: Figure): boolean {
  const sentence = text.sentences[f.sentence];
  if (!sentence) return false;
  const before = wordsOf(text.plain.slice(Math.max(sentence.span.start, f.span.start - REACH), f.span.start));
  for (let k = before.length - 1, n = 0; k >= 0 && n < BEFORE_WORDS; k--, n++) {
    const w = before[k];
    if (CLAUSE_END.test(w)) break;
    if (SUM_WORDS.has(w)) return true;
  }
  const after = wordsOf(text.plain.slice(f.span.end, Math.min(sentence.span.end, f.span.end + REACH)));
  for (let k = 0; k < after.length && k < AFTER_WORDS; k++) {
    const w = after[k];
    if (CLAUSE_END.test(w)) break;
    if (SUM_WORDS.has(w) || (w === 'between' && after[k + 1] === 'them')) return true;
  }
  return false;
}

/**
 * One figure told as a sum and the other, smaller, not: a part and the whole it is in, two
 * quantities. (Two sums, or a sum no larger than the other figure, are still held to each other.)
 */
export function partOfSum(a: ArticleText, f: Figure, b: ArticleText, g: Figure): boolean {
  const x = toldAsSum(a, f);
  if (x === toldAsSum(b, g)) return false;
  const [sum, part] = x ? [f, g] : [g, f];
  return sum.interval.low > part.interval.high;
}
