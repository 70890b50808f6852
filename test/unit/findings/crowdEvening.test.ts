// A crowd told on "Friday evening" in one report and "Friday night" in another is one crowd: the two
// name the same hours. Words are compared without their accents ("Praça" / "Praca"), as outlets
// differ in keeping them.
import { strict as assert } from 'node:assert';
import { contentWords } from '../../../server/src/analysis/alignment/words';
import { findingsIn } from './review';

describe('figures: one crowd on an evening told as a night, in words with or without accents', () => {
  it('compares words without their accents', () => {
    assert.deepEqual(contentWords('the Praça do Comércio'), contentWords('the Praca do Comercio'));
  });

  it('holds a count told of the night against the same count told of the evening', () => {
    const files = {
      '001_wire.txt': 'About 600 residents marched past the town hall on Friday evening, carrying candles.',
      'draft_march.md': 'Some 1,500 residents marched past the town hall on Friday night.',
    };
    assert.equal(findingsIn(files, 'draft_march.md', 'figure-conflict').length, 1);
  });

  it('holds a count against one told in the same words with accents the draft leaves out', () => {
    const files = {
      '001_wire.txt': 'About 600 residents gathered in the Praça do Comércio on Friday evening, chanting.',
      'draft_march.md': 'Some 1,500 residents protested in the Praca do Comercio on Friday evening.',
    };
    assert.equal(findingsIn(files, 'draft_march.md', 'figure-conflict').length, 1);
  });

  it('still keeps counts at dawn and in the evening apart', () => {
    const files = {
      '001_wire.txt': 'About 600 residents marched past the town hall on Friday evening, carrying candles.',
      'draft_march.md': 'Some 1,500 residents marched past the town hall at dawn on Friday.',
    };
    assert.deepEqual(findingsIn(files, 'draft_march.md', 'figure-conflict'), []);
  });
});
