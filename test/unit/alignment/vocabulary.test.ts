// The vocabulary counts each word once per sentence. Short sentences find their repeated words by
// search instead of a Set: the counts (seen through the weights) must be those of counting every
// sentence with a Set, on the gold sets and on random sentences short and long, in and out.
import { strict as assert } from 'node:assert';
import { Vocabulary } from '../../../server/src/analysis/alignment/context';
import { contentWords } from '../../../server/src/analysis/alignment/words';
import { analyzeArticle, type ArticleAnalysis } from '../../../server/src/analysis/index';
import { corpora } from '../incremental/corpora';
import { joinedPieces, seeded } from '../robustness/arbitraries';
import { forgetSentenceWords, sentenceContentWords, sentenceWordsStats, unremembered } from '../../../server/src/analysis/alignment/sentenceWords';

/** Sentence frequencies counted plainly: one Set of each sentence's content words. */
function reference(articles: readonly ArticleAnalysis[]): { sentences: number; df: Map<string, number> } {
  const df = new Map<string, number>();
  let sentences = 0;
  for (const a of articles) {
    for (const s of a.text.sentences) {
      sentences++;
      for (const w of new Set(contentWords(a.text.plain, s.span.start, s.span.end))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  return { sentences, df };
}

function assertCounts(v: Vocabulary, articles: readonly ArticleAnalysis[]): void {
  const { sentences, df } = reference(articles);
  for (const [w, n] of df) assert.equal(v.weight(w), Math.log((sentences + 2) / (n + 0.5)), w);
  assert.equal(v.weight('(never a word)'), Math.log((sentences + 2) / 0.5));
}

const WORDS = ['harbour', 'crews', 'power', 'fell', 'the', 'storm', 'Storm', 'county', 'outage', 'lines', '12', 'rose', 'dock'];

function randomArticle(r: () => number, k: number): ArticleAnalysis {
  const sentences: string[] = [];
  for (let s = 0; s < 1 + Math.floor(r() * 6); s++) {
    // Some sentences far longer than the search's limit, all with repeats.
    const n = r() < 0.3 ? 40 + Math.floor(r() * 80) : 1 + Math.floor(r() * 30);
    sentences.push(Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]).join(' ') + '.');
  }
  return analyzeArticle({ path: `/x/${k}.txt`, text: sentences.join(' ') });
}

describe('alignment: the vocabulary', () => {
  it('counts each word once per sentence, as a Set per sentence does, on the gold sets', () => {
    for (const set of corpora()) {
      const articles = set.files.map((f) => analyzeArticle(f));
      const v = new Vocabulary();
      for (const a of articles) v.count(a, 1);
      assertCounts(v, articles);
    }
  });

  it('counts short and long random sentences in and out as a Set per sentence does', () => {
    const r = seeded(5);
    for (let round = 0; round < 30; round++) {
      const articles = Array.from({ length: 6 }, (_, k) => randomArticle(r, k));
      const v = new Vocabulary();
      for (const a of articles) v.count(a, 1);
      assertCounts(v, articles);
      v.count(articles[2], -1);
      assertCounts(v, articles.filter((_, k) => k !== 2));
    }
  });

  it('exports its counts in the order a Map counted with a Set per sentence holds them, with sources coming and going', () => {
    // The stored statistics (CorpusStats) list the words in this order: a word whose count falls to
    // 0 leaves, and comes back last.
    const r = seeded(17);
    for (let round = 0; round < 20; round++) {
      // Each with words of its own too, whose counts fall to 0 when it goes.
      const articles = Array.from({ length: 8 }, (_, k) => {
        const own = randomArticle(r, k);
        return analyzeArticle({ path: own.path, text: `${own.text.original} Harbour${'ab'[k % 2]}${'xyzw'[k % 4]}crane wharf${k}man rose.` });
      });
      const v = new Vocabulary();
      const df = new Map<string, number>();
      let sentences = 0;
      const plainCount = (a: ArticleAnalysis, sign: 1 | -1) => {
        for (const s of a.text.sentences) {
          sentences += sign;
          for (const w of new Set(contentWords(a.text.plain, s.span.start, s.span.end))) {
            const n = (df.get(w) ?? 0) + sign;
            if (n <= 0) df.delete(w); else df.set(w, n);
          }
        }
      };
      const steps: [number, 1 | -1][] = [];
      for (let k = 0; k < articles.length; k++) steps.push([k, 1]);
      for (let k = 0; k < 6; k++) { const i = Math.floor(r() * articles.length); steps.push([i, -1], [i, 1]); }
      for (const [i, sign] of steps) {
        v.count(articles[i], sign);
        plainCount(articles[i], sign);
        assert.deepStrictEqual(v.exportCounts(), { sentences, words: [...df.keys()], counts: [...df.values()] });
      }
      // Read back from the stored counts, it weighs every word the same.
      const stored = v.exportCounts();
      const back = Vocabulary.fromCounts(stored.sentences, stored.words, stored.counts);
      for (const w of [...df.keys(), '(never a word)']) assert.equal(back.weight(w), v.weight(w), w);
    }
  });
});

describe('alignment: the vocabulary of sources added for the first time', () => {
  // Under unremembered (a source added for the first time), a sentence no one read yet is scanned
  // for its words in place, not tokenised and forgotten: the counts must be those counted plainly.
  function countPlainly(articles: readonly ArticleAnalysis[], steps: readonly [number, 1 | -1][]): ReturnType<Vocabulary['exportCounts']> {
    const df = new Map<string, number>();
    let sentences = 0;
    for (const [i, sign] of steps) {
      for (const s of articles[i].text.sentences) {
        sentences += sign;
        for (const w of new Set(contentWords(articles[i].text.plain, s.span.start, s.span.end))) {
          const n = (df.get(w) ?? 0) + sign;
          if (n <= 0) df.delete(w); else df.set(w, n);
        }
      }
    }
    return { sentences, words: [...df.keys()], counts: [...df.values()] };
  }

  function agree(articles: readonly ArticleAnalysis[], r: () => number): void {
    forgetSentenceWords();
    const steps: [number, 1 | -1][] = articles.map((_, k) => [k, 1]);
    for (let k = 0; k < 4; k++) { const i = Math.floor(r() * articles.length); steps.push([i, -1], [i, 1]); }
    const v = new Vocabulary();
    let scanned = 0;
    for (const [i, sign] of steps) {
      const a = articles[i];
      unremembered(() => {
        // Some sentences read already (as a claim's context reads them): those are found, not scanned.
        const read = a.text.sentences.filter(() => r() < 0.3);
        for (const s of read) sentenceContentWords(a.text.plain, s.span);
        const before = sentenceWordsStats.tokenised;
        v.count(a, sign);
        scanned += a.text.sentences.length - read.length;
        assert.equal(sentenceWordsStats.tokenised, before, 'a sentence was tokenised to be counted');
      });
    }
    assert.deepStrictEqual(v.exportCounts(), countPlainly(articles, steps));
    assert.ok(scanned > 0);
  }

  it('counts as a Set per sentence does, on the gold sets', () => {
    const r = seeded(23);
    for (const set of corpora()) agree(set.files.map((f) => analyzeArticle(f)), r);
  });

  it('counts as a Set per sentence does, on random sentences with insertions and joined words', () => {
    const r = seeded(29);
    const pieces = [...WORDS, '[Harbour]', '[the', 'crews]', "o'neil", 'cyber-attack', 'Café', 'İstanbul', 'rose-fell', 'dock’s'];
    for (let round = 0; round < 20; round++) {
      const articles = Array.from({ length: 5 }, (_, k) => analyzeArticle({
        path: `/y/${k}.txt`,
        text: Array.from({ length: 1 + Math.floor(r() * 5) }, () => joinedPieces(r, pieces, [' ', ', ', ' - ', '-'], 1 + Math.floor(r() * 30)) + '.').join(' '),
      }));
      agree(articles, r);
    }
  });
});
