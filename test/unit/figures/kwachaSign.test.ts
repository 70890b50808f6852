// "K48.6 million", "K250,000": the kwacha's sign glued to an amount with a scale or grouped digits is
// money, read as the rand's "R2.5 million" is; "K2" or "a K9 unit" stay names. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const money = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);

describe('figures: the kwacha sign', () => {
  it('reads an amount with a scale or grouped digits', () => {
    assert.deepEqual(money('The bridge will cost K31.4 million, and the council has paid K250,000 so far.'),
      [['K31.4 million', 'ZMW', 31400000], ['K250,000', 'ZMW', 250000]]);
  });

  it('leaves names with a K alone', () => {
    assert.deepEqual(money('Climbers on K2 used a K9 unit at base camp.'), []);
  });

  it('holds a draft\'s conversion at the wrong scale against the source\'s', () => {
    const files = {
      '000_release.txt': 'The donor is giving US$420,000 (about K11.3 million) towards the new ward, the ministry said.',
      'draft_ward.md': 'The donor is giving US$420,000 (about K1.13 million) towards the new ward.',
    };
    assert.equal(findingsIn(files, 'draft_ward.md', 'figure-conflict').length, 1);
  });
});
