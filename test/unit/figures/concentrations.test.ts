// "4.6 ng/mL", "4.6ng/mL", "4.6 nanograms per millilitre": a mass per volume is one kind of quantity,
// compared in nanograms per millilitre, so "4.6 micrograms per millilitre" where the sources say
// nanograms is the unit misreported (a thousand times off). Also: "the 31-year-old's appeal" is an age.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const figures = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.counted]);

describe('figures: concentrations, and an age with a possessive', () => {
  it('reads a mass per volume in symbols or words', () => {
    assert.deepEqual(figures('The sample held 4.6ng/mL of the drug.'), [['4.6ng/mL', 4.6, 'ng/ml']]);
    assert.deepEqual(figures('The limit is 10 ng/mL.'), [['10 ng/mL', 10, 'ng/ml']]);
    assert.deepEqual(figures('Lead stood at 12 micrograms per litre.'), [['12 micrograms per litre', 12, 'µg/l']]);
  });

  it('flags micrograms told where the sources say nanograms', () => {
    const files = {
      '000_wire.txt': 'OSLO, June 2 (Wirepost) - The urine sample of cyclist Lars Berg contained clenbuterol at an estimated 4.6 nanograms per millilitre, the agency said.',
      '001_paper.md': 'Berg\'s urine sample showed clenbuterol at an estimated 4.6 ng/mL, the anti-doping agency said.',
      'draft_berg.md': 'The urine sample of cyclist Lars Berg contained clenbuterol at an estimated 4.6 micrograms per millilitre, the agency said.',
    };
    assert.equal(findingsIn(files, 'draft_berg.md', 'figure-conflict').length, 1);
    assert.deepEqual(findingsIn(files, '001_paper.md', 'figure-conflict'), []);
  });

  it('reads "the 31-year-old\'s" as an age', () => {
    assert.deepEqual(figures('The panel rejected the 31-year-old\'s appeal.'), [['31-year-old\'s', 31, 'year-old']]);
  });
});
