// "38 Harwick Lifeboat Station volunteers": a name of several capitalised words between a number and
// the plural it counts is one modifier, so the count is of volunteers, as "34 HLS volunteers" is.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a count with a name before its noun', () => {
  it('counts the plural after a name of several words', () => {
    assert.deepEqual(counted('Overnight, 38 Harwick Lifeboat Station volunteers searched the bay.'), [['38 Harwick Lifeboat Station volunteers', 'volunteer']]);
    assert.deepEqual(counted('The firm said 120 Tallis Bay Freight Company drivers would strike.'), [['120 Tallis Bay Freight Company drivers', 'driver']]);
  });

  it('keeps the short reach for lower-case words', () => {
    // Five lower-case words before a plural are more than the noun phrase of a count.
    assert.deepEqual(counted('The yard kept 38 old red brick railway sheds open.').map(([, c]) => c), [null]);
  });
});
