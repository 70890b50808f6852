// People, quotes and the corpus's statements read a sentence's tokens one after another; they are
// remembered for the text read last only (people/tokens.ts, textTokens), so that they die young. The
// remembered tokens must be exactly what tokenising the span gives: checked on every sentence of the
// gold sets and on random spans of random texts, asked in an order that mixes texts, texts of one
// length with different letters, and spans with one start and different ends. Asking again for the
// same span of the same text must hand out the same array (else nothing is spared), and only the
// last text's are kept.
import { strict as assert } from 'node:assert';
import { prepareText } from '../../../server/src/analysis/text';
import { sentenceTokensOf, textTokens, tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { corpora } from '../incremental/corpora';
import { seeded, singleLineSoup } from '../robustness/arbitraries';

describe('people tokens remembered for the text read last', () => {
  it('every sentence of the gold sets gets the tokens tokenising it gives, the same array when asked again', () => {
    let sentences = 0;
    for (const set of corpora()) {
      const texts = set.files.map((f) => prepareText(f.text, f.path));
      for (let a = 0; a < texts.length; a++) {
        const { plain, sentences: list } = texts[a];
        const first = list.map((s, i) => sentenceTokensOf(plain, s, i));
        list.forEach((s, i) => {
          assert.deepStrictEqual(first[i], tokenize(plain, s.span.start, s.span.end), `${set.files[a].path} sentence ${i}`);
          assert.equal(sentenceTokensOf(plain, s, i), first[i], 'asked again: the remembered array');
          sentences++;
        });
        // Another text read in between: the first is tokenised afresh, and still the same.
        const other = texts[(a + 1) % texts.length];
        if (other.plain !== plain && other.sentences.length > 0) {
          sentenceTokensOf(other.plain, other.sentences[0], 0);
          const s = list[0];
          if (s) {
            const again = sentenceTokensOf(plain, s, 0);
            assert.notEqual(again, first[0], 'only the last text is remembered');
            assert.deepStrictEqual(again, first[0]);
          }
        }
      }
    }
    assert.ok(sentences > 1000, `only ${sentences} sentences`);
  });

  it('texts of one length with other letters, and spans with one start and other ends, are not mixed up', () => {
    const a = 'Mr. Smith told the BBC on Monday that 40 people were hurt.';
    const b = 'Dr. Jones said on Sky News’ Tuesday show: four were hurt!!';
    assert.equal(a.length, b.length);
    for (const [start, end] of [[0, a.length], [0, 9], [0, a.length], [4, 20], [4, 30], [0, 9]]) {
      assert.deepStrictEqual(textTokens(a, start, end), tokenize(a, start, end), `a ${start}-${end}`);
      assert.deepStrictEqual(textTokens(b, start, end), tokenize(b, start, end), `b ${start}-${end}`);
    }
    // The same letters in another string object: equal text, equal tokens.
    const copy = (' ' + a).slice(1);
    assert.deepStrictEqual(textTokens(copy, 0, a.length), tokenize(a, 0, a.length));
  });

  it('random spans of random texts, asked in a random order, give what tokenising them gives', () => {
    const random = seeded(6);
    const texts = [0, 1, 2].map((k) => singleLineSoup(400 + 200 * k, 10 + k));
    for (let n = 0; n < 4000; n++) {
      const text = texts[Math.floor(random() * texts.length)];
      const start = Math.floor(random() * text.length);
      // A few starts only, so that one start is asked with several ends.
      const from = start - (start % 50);
      const end = Math.min(text.length, from + 1 + Math.floor(random() * 120));
      assert.deepStrictEqual(textTokens(text, from, end), tokenize(text, from, end), `${from}-${end}`);
    }
  });
});
