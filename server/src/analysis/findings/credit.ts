// The stretch of a draft's text that says who a quotation's "he"/"she" surely is (quotes.ts,
// surelyCredited): its paragraph and the paragraph before (a paragraph that opens with "he"/"she"
// goes on with the person the previous one named last), up to a few words past the quotation
// ("“…,” she said."). The incremental check (incremental.ts, KeyWriter; sameKey.ts) keys a
// quotation on this stretch, so an edit there — a paragraph moved in between — checks it again.
import type { ArticleAnalysis, Span } from '../types';

/** How far past a quotation's close "she said" / "he added" is looked for. */
export const PRONOUN_AFTER_QUOTE = 16;
/** How far into a paragraph its opening "He"/"She" is looked for. */
export const PRONOUN_OPENING = 8;

/** Paragraphs at most that a run of "he"/"she" paragraphs is followed back over to the one naming the person. */
export const CREDIT_CHAIN = 2;
/** A paragraph that goes on with the person named before it: it opens with "he"/"she" or with a quotation. */
const GOES_ON = /^\s*(?:(?:he|she)\b|["\u201c\u2018])/i;

/**
 * The paragraphs surelyCredited reads for a quotation in sentence `sentence`: its own, the one before,
 * and where it stops reading. "Ruth Hale said …" ¶ "“…,” she said." ¶ "She added that “…”": where the
 * paragraph before itself goes on with the person named before it, `previous` reaches back to that
 * paragraph too (CREDIT_CHAIN at most).
 */
export function creditStretch(text: ArticleAnalysis['text'], sentence: number, quote: Span): { index: number; paragraph: Span; previous: Span | undefined; end: number } | undefined {
  const index = text.sentences[sentence]?.paragraph ?? -1;
  const paragraph = text.paragraphs[index];
  if (!paragraph) return undefined;
  let previous = text.paragraphs[index - 1];
  for (let k = index - 1, n = 0; previous && n < CREDIT_CHAIN && k > 0; k--, n++) {
    const p = text.paragraphs[k];
    if (!GOES_ON.test(text.plain.slice(p.start, Math.min(p.end, p.start + PRONOUN_OPENING)))) break;
    previous = { start: text.paragraphs[k - 1].start, end: previous.end };
  }
  return { index, paragraph, previous, end: Math.max(quote.end, Math.min(paragraph.end, Math.max(quote.end + PRONOUN_AFTER_QUOTE, paragraph.start + PRONOUN_OPENING))) };
}
