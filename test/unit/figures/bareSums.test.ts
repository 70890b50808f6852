// "The old record was four point three million dollars, and the club's own best was five point one
// million": a writer names the currency once for the sentence, and the bare sum beside it is money in
// that currency (said in words it was no figure at all; in numerals, a count of nothing).
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function figures(text: string): string[] {
  return analyzeArticle({ path: '001_x.txt', text }).figures.map((f) => `${f.text}=${f.value} ${f.unit}${f.measure ? ':' + f.measure : ''}`);
}

describe('figures: a bare sum beside money', () => {
  it('reads a sum said in words as money in the sentence\'s currency', () => {
    assert.ok(figures('The old record was four point three million dollars, in twenty eighteen, and the club\'s own best was five point one million, in twenty twenty.')
      .includes('five point one million=5100000 money:USD'));
  });

  it('reads a bare numeral with a scale as money in the currency told after it', () => {
    assert.ok(figures('The transfer fee in euros was about 42.5 million, and the full package about 51 million euros.')
      .includes('about 42.5 million=42500000 money:EUR'));
  });

  it('reads a range said in words with its scale once', () => {
    assert.ok(figures('Costs are now put at four hundred and ten to four hundred and thirty million pounds, up from three hundred to three hundred and twenty million.')
      .includes('three hundred to three hundred and twenty million=300000000 money:GBP'));
  });

  it('leaves a bare number alone without money, with two currencies, or of a place\'s people', () => {
    assert.ok(!figures('The club\'s own best was five point one million.').some((f) => f.startsWith('five point one')));
    assert.ok(figures('The fee was $20 million, or about €18 million, and the bonus 2.5 million.').includes('2.5 million=2500000 count'));
    assert.ok(!figures('The port, a city of 2.4 million, spent $3 million on the quay.').some((f) => f.includes('money') && f.startsWith('2.4')));
    // Of another size: no sum of the sentence's money.
    assert.ok(figures('The charity raised £40,000 from 1.2 million viewers and 3.5 million.').every((f) => !f.startsWith('3.5 million=3500000 money')));
  });
});
