// "Ice built up to 31 mm on the lines": "up" is the verb's ("built up", "added up"), and the
// number is the level reached, told exactly, not a ceiling ("gusts of up to 90 km/h"); "debris piled up
// to 12 feet deep", as often a ceiling of a heap's depth, stays one. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const qualifiers = (text: string) => analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => [f.value, f.qualifier]);

describe('figures: "up to" after a verb whose particle is "up"', () => {
  it('reads the level reached exactly', () => {
    assert.deepEqual(qualifiers('Ice built up to 31 mm on the lines at the airport.'), [[31, 'exact']]);
    assert.deepEqual(qualifiers('The repair bills added up to $46,000 by Friday.'), [[46000, 'exact']]);
  });

  it('keeps "up to" a ceiling elsewhere', () => {
    assert.deepEqual(qualifiers('Forecasters expect gusts of up to 90 km/h on the coast.'), [[90, 'up-to']]);
    assert.deepEqual(qualifiers('The fund will pay up to $46,000 a household.'), [[46000, 'up-to']]);
    assert.deepEqual(qualifiers('Rescuers found debris piled up to 12 feet deep.'), [[12, 'up-to']]);
  });
});
