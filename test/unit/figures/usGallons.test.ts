// "about 52,000 US gallons": the nation before the gallon is no stop to the unit. Read as a bare
// count, the figure took the unit of the count before it (the litres it converts) and was set
// against another conversion's gallons as litres. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.value, f.counted]);

describe('figures: US gallons', () => {
  it('reads "US gallons" and "U.S. gallons" as gallons', () => {
    assert.deepEqual(counted('The depot held about 200,000 litres (about 52,800 US gallons) of diesel.'), [[200000, 'litre'], [52800, 'US gallon']]);
    assert.deepEqual(counted('Each barge carries 9,000 U.S. gallons of water.'), [[9000, 'US gallon']]);
  });

  it('keeps a bare "gallons" apart from US gallons (a British writer means imperial ones)', () => {
    assert.deepEqual(counted('The tank holds 10,000 litres (about 2,200 gallons).'), [[10000, 'litre'], [2200, 'gallon']]);
  });

  it('leaves "US" before other words as it was', () => {
    assert.deepEqual(counted('The fund paid 40 US firms last year.'), [[40, null]]);
  });
});
