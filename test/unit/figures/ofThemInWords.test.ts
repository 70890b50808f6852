// "The shelter housed four hundred and six evacuees, ninety-one of them at the annexe": a number in words
// set off by a comma with "of them" and a place after it is a part of the count before it, and counts
// what that count counted. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a part in words after a comma, "of them"', () => {
  it('reads "ninety-one of them" as a part of the evacuees', () => {
    assert.deepEqual(read('Last night the shelter housed four hundred and six evacuees, ninety-one of them at the annexe.'),
      [['four hundred and six evacuees', 'evacuee'], ['ninety-one', 'evacuee']]);
  });

  it('reads a part in a named place the same way', () => {
    assert.deepEqual(read('Rangers counted two hundred and forty walkers, thirty-five of them in Glenridding.'),
      [['two hundred and forty walkers', 'walker'], ['thirty-five', 'walker']]);
  });

  it('leaves a part in a condition or of another kind alone', () => {
    assert.deepEqual(read('Rangers counted two hundred and forty walkers, thirty-five of them in a bad way.'),
      [['two hundred and forty walkers', 'walker']]);
    assert.deepEqual(read('Rangers counted two hundred and forty walkers, thirty-five of them Dutch students.'),
      [['two hundred and forty walkers', 'walker']]);
  });

  it('leaves a number word after a comma alone without "of them", or larger than the count before', () => {
    assert.deepEqual(read('Last night the shelter housed four hundred and six evacuees, ninety-one at the annexe.'),
      [['four hundred and six evacuees', 'evacuee']]);
    assert.deepEqual(read('Last night the shelter housed forty evacuees, ninety-one of them at the annexe.'),
      [['forty evacuees', 'evacuee']]);
  });
});
