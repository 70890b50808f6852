// What a claim is about: the content words of its sentence, weighted so that words every article
// uses ("outage", the company's name) count for less than the words that tell claims apart.
import type { ArticleAnalysis, Span } from '../types';
import { contentTokens, contentWords } from './words';

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

  /** Weighted share of the smaller set that the other also has: 0 … 1. */
  overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
    if (a.size === 0 || b.size === 0) return 0;
    let shared = 0;
    let wa = 0;
    let wb = 0;
    for (const w of a) { const x = this.weight(w); wa += x * x; if (b.has(w)) shared += x * x; }
    for (const w of b) { const x = this.weight(w); wb += x * x; }
    const least = Math.min(wa, wb);
    return least > 0 ? shared / least : 0;
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

/** Content words within the clause around a claim this many words either side. */
const NEAR_WORDS = 6;

/**
 * Content words near a claim: up to NEAR_WORDS on each side within its sentence, not crossing
 * another claim's words. A long sentence about many things says little about one figure in it.
 */
export function nearContext(article: ArticleAnalysis, sentence: number, claim: Span, others: readonly Span[] = []): Set<string> {
  const s = article.text.sentences[sentence];
  if (!s) return new Set();
  const plain = article.text.plain;
  const clause = clauseAround(plain, s.span, claim);
  const before = contentTokens(plain, clause.start, Math.max(clause.start, claim.start));
  const after = contentTokens(plain, Math.min(clause.end, claim.end), clause.end);
  const blocked = (t: { start: number }) => others.some((o) => o !== claim && t.start >= o.start && t.start < o.end);
  const out = new Set<string>();
  let n = 0;
  for (let i = before.length - 1; i >= 0 && n < NEAR_WORDS; i--) { if (blocked(before[i])) break; out.add(before[i].word); n++; }
  n = 0;
  for (let i = 0; i < after.length && n < NEAR_WORDS; i++) { if (blocked(after[i])) break; out.add(after[i].word); n++; }
  return out;
}

const CLAUSE_BREAK = /;|, (?:while|whereas|but|although|though)\b|[—–] /g;

/** The clause of a sentence that holds the claim: split at ";", ", while", ", but", dashes. */
export function clauseAround(plain: string, sentence: Span, claim: Span): Span {
  let start = sentence.start;
  let end = sentence.end;
  const body = plain.slice(sentence.start, sentence.end);
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
    const at = sentence.start + m.index;
    if (at + m[0].length <= claim.start) start = at + m[0].length;
    else if (at >= claim.end) { end = at; break; }
  }
  return { start, end };
}
