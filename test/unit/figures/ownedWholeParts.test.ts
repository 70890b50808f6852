// "12 of the country's 18 districts", "two of its five reactors", "four of Kenya’s 47 counties": a
// possessive before the whole still makes the part a count of the whole's thing; and "We had 320
// goats in May. Now we have about one hundred and ten.": a number in words that a verb of having
// holds, right after a count that one holds, counts that count's thing.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const read = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.counted]);

describe('figures: a part of an owned whole, and a count a verb of having holds', () => {
  it('reads the part of a whole with its owner between "of" and the whole', () => {
    assert.deepEqual(read('The agency lists 12 of the country\'s 18 districts as in drought.'), [['12', 12, 'district'], ['18 districts', 18, 'district']]);
    assert.deepEqual(read('Four of Kenya’s 47 counties reported cases.'), [['Four', 4, 'county'], ['47 counties', 47, 'county']]);
    assert.deepEqual(read('Engineers shut 3 of its 7 turbines.'), [['3', 3, 'turbine'], ['7 turbines', 7, 'turbine']]);
  });

  it('holds a draft\'s part of an owned whole against the sources\' part', () => {
    const files = {
      '000_wire.txt': 'The agency lists 12 of the country\'s 18 districts as in severe drought, it said on Monday.',
      'draft_drought.md': 'The agency lists 15 of the country\'s 18 districts as in severe drought, it said on Monday.',
    };
    assert.equal(findingsIn(files, 'draft_drought.md', 'figure-conflict').length, 1);
  });

  it('reads a verb of having in capitals too (its letters are looked for before the tokens are made)', () => {
    assert.deepEqual(read('We HAD four hundred sheep in the autumn. Now we have about ninety.'), [['four hundred sheep', 400, 'sheep'], ['about ninety', 90, 'sheep']]);
  });

  it('reads a number in words held by "have" after a count held by "had"', () => {
    assert.deepEqual(read('We had four hundred sheep in the autumn. Now we have about ninety.'), [['four hundred sheep', 400, 'sheep'], ['about ninety', 90, 'sheep']]);
    assert.deepEqual(read('He owned sixty cows last year. Today he has fewer than twenty, he said.'), [['sixty cows', 60, 'cow'], ['fewer than twenty', 20, 'cow']]);
  });

  it('leaves a number in words alone without the verb of having on both sides, or before more words', () => {
    assert.deepEqual(read('We had four hundred sheep in the autumn. Now about ninety are left.'), [['four hundred sheep', 400, 'sheep']]);
    assert.deepEqual(read('Four hundred sheep died in the autumn. Now we have about ninety.'), [['Four hundred sheep', 400, 'sheep']]);
    assert.deepEqual(read('We had four hundred sheep in the autumn. Now we have two dogs to help.'), [['four hundred sheep', 400, 'sheep'], ['two dogs', 2, 'dog']]);
  });

  it('supports a draft\'s count with the words of a transcript', () => {
    const files = {
      '003_radio.txt': 'RADIO NORTH - "FARM HOUR"\n\nHOST (Jan Berg): Welcome, Ola Dahl.\n\nOLA DAHL: We had four hundred sheep in the autumn. Now we have about ninety. The snow took the rest.\n\nJAN BERG: Thank you.',
      'draft_farm.md': 'Ola Dahl, a farmer who had 400 sheep in the autumn and now has about 90, said the snow took the rest.',
    };
    assert.deepEqual(findingsIn(files, 'draft_farm.md', 'unsourced-claim').map((f) => f.message), []);
  });
});
