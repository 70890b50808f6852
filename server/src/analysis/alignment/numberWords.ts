// Numbers in quoted words: one reporter writes what a speaker said as "thirty minutes", another as
// "30 minutes" (house styles, transcripts spell numbers out). For comparing quotations both are one
// word: a number is compared as its value ("fourteen and a half per cent" and "14.5%" → "14.5%",
// "48,917" → "48917"), an ordinal word as its numeral ("ninety-fourth" → "94th").
import type { Span } from '../types';
import { figureTokens } from '../claims/figures/tokens';
import { readNumber, TEN_ORDINAL_VALUES, TENS, UNIT_ORDINAL_VALUES, UNITS } from '../claims/figures/numbers';
import { mayHaveFigure } from '../claims/figures/index';
import { isCurrencyWord } from '../claims/figures/units';

const UNIT_ORDINALS = UNIT_ORDINAL_VALUES;
const TEN_ORDINALS = TEN_ORDINAL_VALUES;
/** Every tens word is five to seven letters long: a compound's tens part is one of these lengths. */
const TEN_LENGTHS = [5, 6, 7];

function suffix(n: number): string {
  const last2 = n % 100;
  if (last2 >= 11 && last2 <= 13) return 'th';
  return n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
}

/** A cardinal or ordinal number word's value, tens and unit joined ("twentyfive", as tokenize joins hyphens). */
function valueOf(word: string): { value: number; ordinal: boolean } | null {
  const unit = UNITS[word] ?? TENS[word];
  if (unit !== undefined) return { value: unit, ordinal: false };
  const ord = UNIT_ORDINALS[word] ?? TEN_ORDINALS[word];
  if (ord !== undefined) return { value: ord, ordinal: true };
  for (const n of TEN_LENGTHS) {
    if (word.length <= n) break;
    const ten = TENS[word.slice(0, n)];
    if (ten === undefined) continue;
    const rest = word.slice(n);
    const u = UNITS[rest];
    if (u !== undefined && u >= 1 && u <= 9) return { value: ten + u, ordinal: false };
    const o = UNIT_ORDINALS[rest];
    if (o !== undefined && o >= 1 && o <= 9) return { value: ten + o, ordinal: true };
  }
  return null;
}

/**
 * Every number word asNumeral changes, to its numeral ("thirty" → "30", "twentyfive" → "25",
 * "fourth" → "4th"): made once from valueOf, so a quoted word costs one look-up, not a few table
 * reads and slices (every word of every quotation is read at ingestion).
 */
const NUMERALS: ReadonlyMap<string, string> = (() => {
  const words = [...Object.keys(UNITS), ...Object.keys(TENS), ...Object.keys(UNIT_ORDINALS), ...Object.keys(TEN_ORDINALS)];
  for (const ten of Object.keys(TENS)) {
    if (!TEN_LENGTHS.includes(ten.length)) continue;
    for (const rest of [...Object.keys(UNITS), ...Object.keys(UNIT_ORDINALS)]) words.push(ten + rest);
  }
  const out = new Map<string, string>();
  for (const w of words) {
    const v = w.length >= 3 ? valueOf(w) : null;
    if (v && !out.has(w)) out.set(w, v.ordinal ? `${v.value}${suffix(v.value)}` : String(v.value));
  }
  return out;
})();

/**
 * The numeral a quoted word is compared as: "thirty" → "30", "twentyfive" → "25", "fourth" →
 * "4th"; any other word as it is. `word` is a lower-case token norm.
 */
export function asNumeral(word: string): string {
  return NUMERALS.get(word) ?? word;
}

/** A word of a quotation as the comparison reads it (alignment/quotes.ts QuoteWord). */
interface Word { norm: string; start: number; end: number; wildBefore: boolean }

/** Words after a number that make it a percentage: "14 per cent", "14 percent", "14 pct". */
function percentAfter(tokens: ReturnType<typeof figureTokens>, k: number): number {
  const t = tokens[k];
  if (!t) return 0;
  if (t.text === '%' && !t.spaced) return 1;
  if (t.lower === 'percent' || t.lower === 'pct') return 1;
  return t.lower === 'per' && tokens[k + 1]?.lower === 'cent' ? 2 : 0;
}

/**
 * The words of one piece of a quotation (`words`, in order, all inside `piece`) with each number
 * told in them made one word spelled as its value: the words a number covers, from the first
 * word's start to the last one's end, become one. Words a number only partly covers ("2-1", read
 * as one word, or "3pm") are left as they are.
 */
export function numbersAsValues<W extends Word>(src: string, piece: Span, words: W[]): W[] {
  if (words.length === 0 || !mayHaveFigure(src, piece.start, piece.end)) return words;
  const tokens = figureTokens(src, piece.start, piece.end);
  const spans: Array<{ start: number; end: number; norm: string }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'symbol') continue;
    const r = readNumber(tokens, i);
    // Vague counts ("thousands of") and "a couple of" are no value; "a hundred" is one.
    if (!r || r.range || (r.article && r.value < 100)) continue;
    let next = r.next;
    const pct = percentAfter(tokens, next);
    next += pct;
    // The currency named after the number is the sign before it said in words: "fifty-two million
    // dollars" quotes "$52 million" (a transcript spells out what a paper writes with "$"), so it
    // is part of the number's one word, as "$" (no word) is.
    const cur = tokens[next];
    if (!pct && cur && cur.kind === 'word' && cur.spaced && isCurrencyWord(cur.lower)) next++;
    spans.push({ start: t.start, end: tokens[next - 1].end, norm: String(r.value) + (pct ? '%' : '') });
    i = next - 1;
  }
  if (spans.length === 0) return words;
  const out: W[] = [];
  let k = 0;
  for (let w = 0; w < words.length; w++) {
    const word = words[w];
    while (k < spans.length && spans[k].end <= word.start) k++;
    const span = spans[k];
    if (!span || span.start !== word.start) { out.push(word); continue; }
    // The run of words the number covers; it must end where a word ends.
    let last = w;
    while (last + 1 < words.length && words[last + 1].end <= span.end && !words[last + 1].wildBefore) last++;
    const gap = span.end - words[last].end; // 1 for a "%" after the last digit
    if (gap < 0 || (gap > 0 && src.slice(words[last].end, span.end) !== '%') || (last + 1 < words.length && words[last + 1].start < span.end)) { out.push(word); continue; }
    out.push({ ...word, norm: span.norm, end: words[last].end });
    w = last;
  }
  return out;
}
