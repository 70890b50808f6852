// "Organisers put the number of marchers who reached the square at about 9,000": an estimate told of
// "the number of" what it counts, the count after "at", counts marchers. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string, number: string) =>
  analyzeArticle({ path: '001_wire.txt', text }).figures.find((f) => f.text.includes(number))?.counted ?? null;

describe('figures: "put the number of X at N"', () => {
  it('reads what an estimate of "the number of" counts', () => {
    assert.equal(counted('Organisers put the number of marchers who reached the square at about 9,000.', '9,000'), 'marcher');
    assert.equal(counted('Police estimated the total number of fans inside the ground at 31,500.', '31,500'), 'fan');
  });

  it('reads nothing across a sentence, or without an estimating verb', () => {
    assert.equal(counted('The number of marchers grew. By noon it stood at about 9,000.', '9,000'), null);
    assert.equal(counted('A pamphlet on the number of marchers sold at about 9,000.', '9,000'), null);
  });
});
