// "The Greens won nine seats, and the Liberals took four.": the second count leaves its noun out; the
// number in words ending its clause right after a verb counts what the count before it counted. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a count whose noun is left out after "and"', () => {
  it('reads the gapped count as the noun of the count before', () => {
    assert.deepEqual(counted('The Greens won nine seats, and the Liberal Party, led by 44-year-old Ann Roe, took four.'),
      [['nine seats', 'seat'], ['44-year-old', 'year-old'], ['four', 'seat']]);
    assert.deepEqual(counted('Police arrested 12 people and charged seven.'), [['12 people', 'person'], ['seven', 'person']]);
  });

  it('reads the coordinator in any case (the letters looked for before tokenising are matched so)', () => {
    assert.deepEqual(counted('Police arrested 12 people AND charged seven.'), [['12 people', 'person'], ['seven', 'person']]);
    assert.deepEqual(counted('Rangers caught 30 trout, WHILE the anglers kept eight.'), [['30 trout', 'trout'], ['eight', 'trout']]);
  });

  it('leaves a number word that goes on to other words alone', () => {
    assert.deepEqual(counted('The Greens won nine seats and the Liberals took four hours to concede.'), [['nine seats', 'seat'], ['four hours', 'hour']]);
    assert.deepEqual(counted('Police arrested 12 people and the mayor thanked the three.'), [['12 people', 'person']]);
  });
});
