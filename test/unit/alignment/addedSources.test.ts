// A source added to the corpus for the first time is read without remembering its sentences by their
// text (alignment/sentenceWords.ts, unremembered): no later text repeats them, and kept they only
// made work for the collector. A replaced source (an edited one) is read remembering them, for its
// next version. The corpus must come out the same either way, on every gold set; the first reading
// must leave no sentence remembered, the second must, and the switch must be set back after a throw.
import { strict as assert } from 'node:assert';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { forgetSentenceWords, sentenceContentWords, sentenceWordsStats, unremembered } from '../../../server/src/analysis/alignment/sentenceWords';
import type { ArticleAnalysis } from '../../../server/src/analysis/types';
import { corpora } from '../incremental/corpora';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

/** Tokenisations needed to read every sentence of `a` once another text was read (so only sentences remembered by their text are spared). */
function tokenisedFromCopy(a: ArticleAnalysis): number {
  sentenceContentWords('Another text.', { start: 0, end: 13 });
  const copy = (' ' + a.text.plain).slice(1);
  const before = sentenceWordsStats.tokenised;
  for (const s of a.text.sentences) sentenceContentWords(copy, s.span);
  return sentenceWordsStats.tokenised - before;
}

describe('sources added for the first time', () => {
  it('make the same corpus as sources read remembering their sentences, on every gold set', () => {
    for (const set of corpora()) {
      const analyses = set.files.map((f) => analyzeArticle(f));
      forgetSentenceWords();
      const once = new Corpus();
      for (const a of analyses) once.set(a);
      // Each source set twice: the second time it replaces itself, and its sentences are remembered.
      forgetSentenceWords();
      const twice = new Corpus();
      for (const a of analyses) { twice.set(a); twice.set(a); }
      assert.deepStrictEqual(plain(once.stats()), plain(twice.stats()), set.name);
      for (const a of analyses) assert.deepStrictEqual(plain(checkArticle(once, a)), plain(checkArticle(twice, a)), a.path);
    }
  });

  it('leave their sentences unremembered by text; a replaced source remembers them', () => {
    const set = corpora().find((c) => c.files.some((f) => /draft/.test(f.path)))!;
    const sources = set.files.map((f) => analyzeArticle(f)).filter((a) => a.role === 'source' && a.text.sentences.length >= 3);
    assert.ok(sources.length >= 2);
    forgetSentenceWords();
    const corpus = new Corpus();
    for (const a of sources) corpus.set(a);
    const a = sources[0];
    // Added once: read from another string, every sentence is tokenised again (its words were not kept).
    const distinct = new Set(a.text.sentences.map((s) => a.text.plain.slice(s.span.start, s.span.end))).size;
    assert.equal(tokenisedFromCopy(a), distinct, 'a first-time source left sentences remembered');
    // Replaced by an edited version (its first sentence changed): read remembering, the changed sentence included.
    const first = a.text.sentences[0].span;
    const edited = analyzeArticle({ path: a.path, text: a.text.plain.slice(0, first.start) + 'Edited: ' + a.text.plain.slice(first.start) });
    forgetSentenceWords();
    corpus.set(edited);
    assert.equal(tokenisedFromCopy(edited), 0, 'a replaced source did not remember its sentences');
  });

  it('remember again after a reading that threw', () => {
    const a = analyzeArticle(corpora()[0].files[0]);
    forgetSentenceWords();
    assert.throws(() => unremembered(() => { throw new Error('stop'); }));
    for (const s of a.text.sentences) sentenceContentWords(a.text.plain, s.span);
    assert.equal(tokenisedFromCopy(a), 0);
  });
});
