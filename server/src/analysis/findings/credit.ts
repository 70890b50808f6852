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

/** The paragraphs surelyCredited reads for a quotation in sentence `sentence`: its own, the one before, and where it stops reading. */
export function creditStretch(text: ArticleAnalysis['text'], sentence: number, quote: Span): { index: number; paragraph: Span; previous: Span | undefined; end: number } | undefined {
  const index = text.sentences[sentence]?.paragraph ?? -1;
  const paragraph = text.paragraphs[index];
  if (!paragraph) return undefined;
  const previous = text.paragraphs[index - 1];
  return { index, paragraph, previous, end: Math.max(quote.end, Math.min(paragraph.end, Math.max(quote.end + PRONOUN_AFTER_QUOTE, paragraph.start + PRONOUN_OPENING))) };
}
