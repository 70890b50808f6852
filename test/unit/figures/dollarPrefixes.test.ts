// Dollars of other nations written with letters glued before the sign: "N$" the Namibian dollar, "J$"
// the Jamaican, "TT$" Trinidad and Tobago's, "EC$" the East Caribbean, "FJ$" Fiji's; and "Namibian
// dollars" written out. None of them is a US dollar, so a sum told in one of them and its US-dollar
// conversion beside it are two currencies, and the written-out sum is money, not a count of dollars.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: '001_wire.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: dollars of other nations', () => {
  it('reads the letters glued before the dollar sign', () => {
    assert.deepEqual(money('Taxi drivers in Oshakati will pay a levy of N$350 a month.'), [['N$350', 'NAD', 350]]);
    assert.deepEqual(money('A bus fare in Kingston rose to J$220 on Monday.'), [['J$220', 'JMD', 220]]);
    assert.deepEqual(money('The ferry ticket now costs TT$75 each way.'), [['TT$75', 'TTD', 75]]);
    assert.deepEqual(money('Growers in Grenada were offered EC$4.1 million in aid.'), [['EC$4.1 million', 'XCD', 4.1e6]]);
    assert.deepEqual(money('The resort levy brings in FJ$12 million a year.'), [['FJ$12 million', 'FJD', 12e6]]);
  });

  it('reads "Namibian dollars" written out as money, and keeps "US$" a US dollar', () => {
    assert.deepEqual(money('Each trader must pay two thousand Namibian dollars for a licence.'), [['two thousand Namibian dollars', 'NAD', 2000]]);
    assert.deepEqual(money('The levy is N$350, or about US$20.'), [['N$350', 'NAD', 350], ['about US$20', 'USD', 20]]);
  });
});
