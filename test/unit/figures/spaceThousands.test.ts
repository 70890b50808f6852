// French and international style write thousands with one space ("2 300 km", "650 000 FCFA"): the
// number is the whole run, not its last group. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const values = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => f.value);

describe('figures: thousands grouped with a space', () => {
  it('reads "2 300 km" as 2,300 and "650 000" as 650,000', () => {
    assert.deepEqual(values('The convoy covered about 2 300 km in four days.'), [2300, 4]);
    assert.deepEqual(values('Each trader paid 650 000 CFA francs for the licence.'), [650000]);
  });

  it('reads a no-break space and a run of groups the same way', () => {
    assert.deepEqual(values('The budget is 1\u00a0250\u00a0000 euros this year.'), [1250000]);
  });

  it('keeps a year, a table gap and a four-digit first group apart', () => {
    assert.deepEqual(values('In 2019 300 homes were flooded.').includes(2019300), false);
    assert.deepEqual(values('Rooms  12   400 beds were free.').includes(12400), false);
  });
});
