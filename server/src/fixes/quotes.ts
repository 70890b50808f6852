// The source's wording for a misquote. The engine marks the words that differ in this article and
// quotes the other article's words around the difference (a few agreeing words either side). Those
// agreeing words anchor the other side's words against this text, so the edit replaces exactly the
// differing words and nothing else.
import type { Span } from '../analysis/types';
import type { Word } from './words';
import { flatten, wordsOf } from './words';

/** Words of context read either side of the finding in this article. */
const CONTEXT_WORDS = 12;
/** A replacement longer than this is not a word-level correction any more. */
const MAX_REPLACEMENT_WORDS = 40;

function sameWords(a: readonly Word[], b: readonly Word[]): boolean {
  return a.length === b.length && a.every((w, i) => w.norm === b[i].norm);
}

/** Longest common suffix of `a` and `b` (by normalised word). */
function commonSuffix(a: readonly Word[], b: readonly Word[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[a.length - 1 - k].norm === b[b.length - 1 - k].norm) k++;
  return k;
}

function commonPrefix(a: readonly Word[], b: readonly Word[]): number {
  let k = 0;
  while (k < a.length && k < b.length && a[k].norm === b[k].norm) k++;
  return k;
}

/** Where the other side's words sit in their quotation: at its first word, at its last word. */
export interface QuoteEdges {
  theirsStartQuote?: boolean;
  theirsEndQuote?: boolean;
}

/** A closing quotation mark right after `offset` (punctuation before it allowed). */
export function closesQuote(text: string, offset: number): boolean {
  return /^[.,!?;:…]*["”’']/.test(text.slice(offset, offset + 6));
}

/** An opening quotation mark right before `offset`. */
export function opensQuote(text: string, offset: number): boolean {
  return /["“‘'][ \t]*$/.test(text.slice(Math.max(0, offset - 4), offset));
}

export interface QuoteCorrection {
  /** What replaces this article's span (may be empty: the other side has no words there). */
  replacement: string;
  /** The span to replace: the finding's span, widened over one space when words are dropped. */
  span: Span;
}

/**
 * The other article's words for `span` of `text`, read from `theirs` (their words around the
 * difference). Undefined unless agreeing words anchor both ends, so a fix is never a guess.
 */
export function quoteCorrection(text: string, span: Span, theirs: string, edges: QuoteEdges = {}): QuoteCorrection | undefined {
  const mine = wordsOf(text.slice(span.start, span.end), span.start);
  const before = wordsOf(text.slice(Math.max(0, span.start - 400), span.start), Math.max(0, span.start - 400)).slice(-CONTEXT_WORDS);
  const after = wordsOf(text.slice(span.end, span.end + 400), span.end).slice(0, CONTEXT_WORDS);
  const e = wordsOf(theirs);
  const n = e.length;
  // A difference at a quotation's first or last word has agreeing words on one side only: the
  // other end is anchored by both quotations starting (ending) there.
  const startsBoth = edges.theirsStartQuote === true && opensQuote(text, span.start);
  const endsBoth = edges.theirsEndQuote === true && closesQuote(text, span.end);
  let best: { i: number; j: number; score: number } | undefined;
  for (let i = 0; i <= n; i++) {
    const pre = commonSuffix(e.slice(0, i), before);
    if (pre === 0 && !(i === 0 && startsBoth)) continue;
    for (let j = i; j <= n; j++) {
      const suf = commonPrefix(e.slice(j), after);
      if (suf === 0 && !(j === n && endsBoth)) continue;
      if (pre + suf === 0) continue;
      const score = pre + suf;
      // More anchoring words win; among equals, the shorter replacement.
      if (!best || score > best.score || (score === best.score && j - i < best.j - best.i)) best = { i, j, score };
    }
  }
  if (!best) return undefined;
  const middle = e.slice(best.i, best.j);
  if (middle.length > MAX_REPLACEMENT_WORDS || sameWords(middle, mine)) return undefined;
  if (middle.length === 0) {
    // Their side has no words here: drop ours, with one space.
    const s = { ...span };
    if (text[s.start - 1] === ' ') s.start--;
    else if (text[s.end] === ' ') s.end++;
    return { replacement: '', span: s };
  }
  return { replacement: flatten(theirs.slice(middle[0].start, middle[middle.length - 1].end)), span };
}
