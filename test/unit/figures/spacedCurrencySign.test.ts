// "$ 50.000", "€ 1.250": a currency sign set one space before its amount, as Latin American and
// continental papers print it, is money; in that style points group thousands ("$ 50.000" is fifty
// thousand). A sign on another line or in another table cell is not its number's.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const money = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.value, f.unit]);

describe('figures: a currency sign one space before its amount', () => {
  it('reads the amount as money, points grouping thousands', () => {
    assert.deepEqual(money('Fines of $ 20.000 will apply from July.'), [['$ 20.000', 20000, 'money']]);
    assert.deepEqual(money('Entry costs € 15 for adults.'), [['€ 15', 15, 'money']]);
    assert.deepEqual(money('A coffee costs $ 2.50 there.'), [['$ 2.50', 2.5, 'money']]);
  });

  it('leaves a sign in another cell or on another line alone', () => {
    assert.deepEqual(money('Prices in $\n40 homes were sold.').map((f) => f[2]), ['count']);
    assert.deepEqual(money('Prices in $    40 homes were sold.').map((f) => f[2]), ['count']);
  });

  it('flags a fine no source gives', () => {
    const files = {
      '000_wire.txt': 'SALTO, June 3 (Sur) - The city will cut water pressure at night from Friday, the utility said.',
      'draft_water.md': 'The city will cut water pressure at night from Friday. Households that water gardens face fines of up to $ 20.000, the utility said.',
    };
    assert.equal(findingsIn(files, 'draft_water.md', 'unsourced-claim').length, 1);
  });
});
