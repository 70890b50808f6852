// "the sixty-third minute", "the twenty-first century": a tens word hyphened to an ordinal is an
// ordinal, not a count of sixty minutes or twenty centuries.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const figures = (text: string) => analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => f.text);

describe('figures: ordinals in words', () => {
  it('reads no figure from a tens word hyphened to an ordinal', () => {
    assert.deepEqual(figures('Kovacs levelled in the sixty-third minute.'), []);
    assert.deepEqual(figures('The mill dates from the twenty-first year of the old king.'), []);
  });

  it('still reads counts in words', () => {
    assert.deepEqual(figures('Kovacs levelled after sixty-three minutes of pressure.'), ['sixty-three minutes']);
    assert.deepEqual(figures('Some thirty people waited outside.'), ['Some thirty people']);
  });
});
