// Currency codes in capitals before or after a number are money ("CZK 240 million", "5,000 CHF");
// the same letters in lower case are words ("try 5 times").
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: '001_wire.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: currency codes', () => {
  it('reads a code before the number as that currency', () => {
    assert.deepEqual(money('The fund was worth NOK 1.2 billion last year.'), [['NOK 1.2 billion', 'KR', 1.2e9]]);
    assert.deepEqual(money('Thieves took jewels insured for CZK 74 million from the castle.'), [['CZK 74 million', 'CZK', 74e6]]);
  });

  it('reads a code after the number as that currency', () => {
    assert.deepEqual(money('The fine was set at 5,000 CHF by the cantonal court.'), [['5,000 CHF', 'CHF', 5000]]);
  });

  it('leaves the same letters in lower case alone', () => {
    assert.deepEqual(money('Volunteers had to try 5 times before the boat started.'), []);
  });
});
