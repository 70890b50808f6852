// A draft's weekday told as a night ("late on Thursday") is held to a source's "overnight"
// (findings/overnight.ts). The incremental check keeps a time's result while its own sentence and
// claim stay the same, so what makes the weekday a night must be read in that sentence: a paragraph
// before that ends "… late on" is another sentence, and an edit there must not change the answer of
// a fresh check while the keystroke's check keeps the old one.
import * as assert from 'node:assert/strict';
import { analyzeArticle, checkArticle, Corpus } from '../../../server/src/analysis';
import { IncrementalChecker } from '../../../server/src/analysis/findings/incremental';

const plain = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;

describe('incremental check: a night told beside a weekday', () => {
  const source = 'TARNBY, June 4 (Lakewire) - Two men were rescued and a boathouse was destroyed after fire spread along the timber jetty of the Tarnby sailing club overnight, the lake police said on Friday.';
  const night = 'Two men were rescued after fire spread along the timber jetty of the Tarnby sailing club in the small hours of Sunday.';
  const jetty = 'Sunday brought fire along the timber jetty of the Tarnby sailing club, and two men were rescued from a boathouse.';

  function kindsWhileEditing(texts: string[]): string[][] {
    const corpus = new Corpus();
    corpus.set(analyzeArticle({ path: '/desk/001_lakewire.txt', text: source }));
    const checker = new IncrementalChecker();
    return texts.map((text) => {
      const a = analyzeArticle({ path: '/desk/draft_jetty.md', text });
      const review = checker.check(corpus, a, {}, 0);
      assert.deepStrictEqual(plain(review), plain(checkArticle(corpus, a)), text);
      return review.findings.map((f) => f.kind);
    });
  }

  it('reads the night in the weekday\'s own sentence', () => {
    // The rule still holds a night told in the sentence to the source's Friday.
    assert.deepEqual(kindsWhileEditing([night]), [['time-conflict']]);
  });

  it('gives a fresh check\'s answer when the paragraph before is edited to end "late on"', () => {
    const kinds = kindsWhileEditing([`Crews were called out late.\n\n${jetty}`, `Crews were called out late.\n\n${jetty}`, `Crews were called out late on\n\n${jetty}`]);
    assert.deepEqual(kinds, [[], [], []]);
  });
});
