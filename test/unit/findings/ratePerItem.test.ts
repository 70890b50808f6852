// "€12 for every kilogram" for a sum the sources give as "€12 per crate" is the unit misreported: a
// sum per one counted thing ("per crate", "for each ticket", "a head") has a rate of its own, and the
// same number per an amount of a good conflicts with it; a conversion in brackets after the sum is
// passed over. The same rate told in other words agrees.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { rateOf } from '../../../server/src/analysis/alignment/rate';
import { findingsIn } from './review';

const rate = (text: string) => {
  const a = analyzeArticle({ path: 'x.txt', text });
  return a.figures.filter((f) => f.unit === 'money').map((f) => rateOf(a.text, f));
};

describe('figures: a sum per counted thing', () => {
  it('reads per-item rates and amounts after a bracketed conversion', () => {
    assert.deepEqual(rate('Growers get €12 per crate of apples.'), ['item']);
    assert.deepEqual(rate('Growers get €12 for each crate they deliver.'), ['item']);
    assert.deepEqual(rate('Growers get SEK 140 (about €12) for every kilogram they deliver.'), ['kg', null]);
    assert.deepEqual(rate('Prices rose 5 per cent to €12 per cent of the list.'), [null]);
    // A sum per thing per stretch is told per the stretch: "$900 a year" agrees with it.
    assert.deepEqual(rate('The drug will cost $900 per patient per year.'), ['year']);
  });

  it('holds the same sum per kilogram against per crate', () => {
    const source = { '001_wire.txt': 'Published May 3, 2027\n\nThe cooperative pays growers €12 for each crate of apples delivered to its depot at Lanby.' };
    const draft = (d: string) => ({ ...source, 'draft_apples.md': d });
    assert.equal(findingsIn(draft('The cooperative is paying growers €12 (about £10) for every kilogram of apples delivered to its depot at Lanby.'), 'draft_apples.md', 'figure-conflict').length, 1);
    assert.deepEqual(findingsIn(draft('The cooperative is paying growers €12 per crate of apples delivered to its depot at Lanby.'), 'draft_apples.md', 'figure-conflict'), []);
  });
});
