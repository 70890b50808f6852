// A claim's context and near words are collected without a Set (wordSet.ts, DistinctWords): they
// must be exactly the words, in the order, a Set of the same adds holds — on every claim of every
// gold set, and for random runs of words on both sides of the point where a Set takes over.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { claimContext, ClaimSpans, nearContext } from '../../../server/src/analysis/alignment/context';
import { contentWordFor, contentWords } from '../../../server/src/analysis/alignment/words';
import { DistinctWords, WordSet } from '../../../server/src/analysis/alignment/wordSet';
import type { ArticleAnalysis, Span } from '../../../server/src/analysis/types';
import { corpora } from '../incremental/corpora';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

/** The claim's context as a Set of its sentence's words either side of it (a short sentence: its whole text). */
function contextBySet(a: ArticleAnalysis, sentence: number, claim: Span): string[] {
  const s = a.text.sentences[sentence].span;
  const out = new Set<string>();
  for (const w of contentWords(a.text.plain, s.start, Math.max(s.start, claim.start))) out.add(w);
  for (const w of contentWords(a.text.plain, Math.min(s.end, claim.end), s.end)) out.add(w);
  return [...out];
}

describe('claim contexts without a Set', () => {
  it('hold the words a Set of the same adds holds, in its order, for random runs of words', () => {
    const r = rng(7);
    const pool = Array.from({ length: 90 }, (_, i) => `w${i}`);
    let overThreshold = 0;
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(r() * 80);
      // A narrow pool makes repeats common; a wide one lets the list grow past the scan limit.
      const width = 1 + Math.floor(r() * pool.length);
      const words = Array.from({ length: len }, () => pool[Math.floor(r() * width)]);
      const d = new DistinctWords();
      for (const w of words) d.add(w);
      const got = d.toWordSet();
      const want = [...new Set(words)];
      assert.deepStrictEqual([...got.list], want, words.join(' '));
      assert.equal(got.size, want.length);
      for (const w of pool) assert.equal(got.has(w), want.includes(w));
      if (want.length > 32) overThreshold++;
    }
    assert.ok(overThreshold > 100, `${overThreshold} lists past the scan limit`);
    assert.equal(new DistinctWords().toWordSet(), WordSet.EMPTY);
  });

  it('are the words and order of a Set on every figure and time of every gold set', () => {
    let claims = 0;
    let nonEmpty = 0;
    for (const set of corpora()) {
      for (const f of set.files) {
        const a = analyzeArticle(f);
        const spans = new ClaimSpans([...a.figures.map((x) => x.span), ...a.times.map((x) => x.span)]);
        for (const c of [...a.figures, ...a.times]) {
          claims++;
          const got = claimContext(a, c.sentence, c.span);
          assert.ok(got instanceof WordSet);
          const s = a.text.sentences[c.sentence].span;
          // Sentences longer than 1,000 characters read a window around the claim (not the case in the gold sets).
          if (s.end - s.start <= 1000) assert.deepStrictEqual([...got.list], contextBySet(a, c.sentence, c.span), `${f.path} ${c.span.start}`);
          if (got.size > 0) nonEmpty++;
          const near = nearContext(a, c.sentence, c.span, spans);
          assert.ok(near instanceof WordSet);
          // The near words are context words of the claim's sentence, each once.
          assert.equal(new Set(near.list).size, near.size);
          // …but for "depth", which a length told as how far down ("32 km down") carries though unwritten (context.ts addDepth).
          for (const w of near.list) assert.ok(got.has(w) || contentWords(a.text.plain, c.span.start, c.span.end).includes(w) || w === contentWordFor('depth'), w);
        }
      }
    }
    assert.ok(claims > 500 && nonEmpty > 400, `${claims} claims, ${nonEmpty} with a context`);
  });
});
