// "By noon, 312 booked flights and 1,400 hotel rooms had been cancelled": "and" and a second count
// after the first count's noun, then the clause's verb, make a list of counts, so the -ed word before
// the first noun describes it (the count has a class and is compared). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: a count listed with another before the verb', () => {
  it('reads the noun after an -ed word where "and" and a second count come before the verb', () => {
    assert.deepEqual(counted('By noon, 312 booked flights and 1,400 hotel rooms had been cancelled.'),
      [['312 booked flights', 'flight'], ['1,400 hotel rooms', 'room']]);
    assert.deepEqual(counted('By noon, 312 booked flights and more than 1,400 hotel rooms were cancelled.'),
      [['312 booked flights', 'flight'], ['more than 1,400 hotel rooms', 'room']]);
  });

  it('leaves an -ed verb and its object alone where no verb follows the list', () => {
    assert.deepEqual(counted('Of those, 12 received doses and 40 refused them.').map(([t]) => t), ['12', '40']);
    assert.deepEqual(counted('Of those, 12 received doses and 40 refused them.')[0], ['12', null]);
  });
});
