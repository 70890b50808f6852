// A media release and a broadcast are two occasions. A release ("MEDIA STATEMENT", "For immediate
// release") gives an official's words as written for it; a transcript turn is what the same person
// said on air, later or earlier, in words of the moment: "The best protection is still to swim …
// and to check …" in the statement, "… still swimming … and checking …" in the radio interview. Each
// is the record of its own occasion, so their different wording is no misquote of either. A quotation
// a presenter or reporter reads out inside a turn ("she told us, “…”") is a telling of someone else's
// words and is still held to the release.
import type { ArticleAnalysis } from '../types';
import type { QuoteRef } from '../alignment/corpus';

/** Heading lines at the top of an article read for the marks of a release. */
const RELEASE_HEADINGS = 8;
/** A heading that names the document a release: "MEDIA STATEMENT", "Press release", "For immediate release". */
const RELEASE_LINE = /^[^\p{L}]{0,4}(?:(?:media|press|news)[ \t]+(?:release|statement)|for[ \t]+immediate[ \t]+release)\b/iu;

const RELEASES = new WeakMap<ArticleAnalysis, boolean>();

/** The article presents itself as a media release in a heading of its own among its first lines. */
export function isRelease(article: ArticleAnalysis): boolean {
  let known = RELEASES.get(article);
  if (known !== undefined) return known;
  known = false;
  const { sentences, plain } = article.text;
  for (let i = 0; i < sentences.length && i < RELEASE_HEADINGS; i++) {
    const s = sentences[i];
    if (s.isHeading && RELEASE_LINE.test(plain.slice(s.span.start, s.span.end))) { known = true; break; }
  }
  RELEASES.set(article, known);
  return known;
}

/** One side is a speaker's own transcript turn and the other a quotation in a media release: two occasions. */
export function releaseAndAir(a: QuoteRef, b: QuoteRef): boolean {
  return (a.quote.transcript === true && b.quote.transcript !== true && isRelease(b.article)) ||
    (b.quote.transcript === true && a.quote.transcript !== true && isRelease(a.article));
}
