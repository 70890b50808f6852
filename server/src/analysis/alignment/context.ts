// What a claim is about: the content words of its sentence, weighted so that words every article
// uses ("outage", the company's name) count for less than the words that tell claims apart.
import type { ArticleAnalysis, Span } from '../types';
import { contentWords } from './words';

/** Sentence frequencies of words across the sources; kept current as sources come and go. */
export class Vocabulary {
  private readonly documentFrequency = new Map<string, number>();
  private sentences = 0;

  /** Counts an article's sentences in (`sign` 1) or out (`sign` -1). */
  count(article: ArticleAnalysis, sign: 1 | -1): void {
    for (const s of article.text.sentences) {
      this.sentences += sign;
      for (const w of new Set(contentWords(article.text.plain, s.span.start, s.span.end))) {
        const n = (this.documentFrequency.get(w) ?? 0) + sign;
        if (n <= 0) this.documentFrequency.delete(w);
        else this.documentFrequency.set(w, n);
      }
    }
  }

  weight(word: string): number {
    const df = this.documentFrequency.get(word) ?? 0;
    return Math.log((this.sentences + 2) / (df + 0.5));
  }

  /** Weighted cosine of two word sets: 0 (nothing shared) … 1 (the same words). */
  similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    let shared = 0;
    let wa = 0;
    let wb = 0;
    for (const w of a) { const x = this.weight(w); wa += x * x; if (b.has(w)) shared += x * x; }
    for (const w of b) { const x = this.weight(w); wb += x * x; }
    return wa > 0 && wb > 0 ? shared / Math.sqrt(wa * wb) : 0;
  }

  /** How many words two sets share, and their summed weight. */
  shared(a: ReadonlySet<string>, b: ReadonlySet<string>): { count: number; weight: number } {
    let count = 0;
    let weight = 0;
    for (const w of a) if (b.has(w)) { count++; weight += this.weight(w); }
    return { count, weight };
  }
}

/** Content words of the sentence around a claim, leaving out the claim's own words. */
export function claimContext(article: ArticleAnalysis, sentence: number, claim: Span): Set<string> {
  const s = article.text.sentences[sentence];
  if (!s) return new Set();
  const plain = article.text.plain;
  return new Set([
    ...contentWords(plain, s.span.start, Math.max(s.span.start, claim.start)),
    ...contentWords(plain, Math.min(s.span.end, claim.end), s.span.end),
  ]);
}
