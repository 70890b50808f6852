// The people stage asks for a sentence's name runs in each of its three passes; for an article read
// once (a source) they are remembered for the text read last only (people/names.ts, findRuns), by
// the sentence's token array, instead of in a WeakMap by every token array ever read (its entries
// cost every collection of the young generation). While an article is edited (local.ts remembering),
// they stay in the WeakMap, so an unchanged sentence's runs carry over to the next analysis. Either
// way the remembered runs must be exactly those worked out afresh (a token array read for the first
// time), on every sentence of the gold sets, asked in an order that mixes texts; asking again within
// one text must hand out the same array; another text must not get them, unless editing.
import { strict as assert } from 'node:assert';
import { prepareText } from '../../../server/src/analysis/text';
import { findRuns } from '../../../server/src/analysis/claims/people/names';
import { LocalMemo, withMemo } from '../../../server/src/analysis/local';
import { tokenize } from '../../../server/src/analysis/claims/people/tokens';
import { corpora } from '../incremental/corpora';

describe('people name runs remembered for the text read last', () => {
  function check(editing: boolean): void {
    let sentences = 0;
    let withRuns = 0;
    for (const set of corpora()) {
      const texts = set.files.map((f) => prepareText(f.text, f.path));
      for (let a = 0; a < texts.length; a++) {
        const { plain, sentences: list } = texts[a];
        const tokens = list.map((s) => tokenize(plain, s.span.start, s.span.end));
        const first = tokens.map((t) => findRuns(plain, t));
        tokens.forEach((t, i) => {
          // A copy of the tokens is an array never seen: its runs are worked out afresh.
          assert.deepStrictEqual(findRuns(plain, [...t]), first[i], `${set.files[a].path} sentence ${i}`);
          assert.equal(findRuns(plain, t), first[i], 'asked again: the remembered array');
          sentences++;
          if (first[i].length > 0) withRuns++;
        });
        // Another text read in between: the first text's runs are worked out again, and are the same.
        const other = texts[(a + 1) % texts.length];
        if (other.plain !== plain && other.sentences.length > 0 && tokens.length > 0) {
          const s = other.sentences[0].span;
          findRuns(other.plain, tokenize(other.plain, s.start, s.end));
          const again = findRuns(plain, tokens[0]);
          if (editing) assert.equal(again, first[0], 'while editing: kept by the token array');
          else assert.notEqual(again, first[0], 'only the last text is remembered');
          assert.deepStrictEqual(again, first[0]);
        }
      }
    }
    assert.ok(sentences > 1000 && withRuns > 300, `${sentences} sentences, ${withRuns} with runs`);
  }

  it('are the runs worked out afresh on every sentence of the gold sets, the same array when asked again', () => check(false));

  it('are kept by token array while an article is edited, and are the same', () => withMemo(new LocalMemo(), () => check(true)));
});
