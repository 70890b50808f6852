// "four point two billion New Zealand dollars", "650 million Hong Kong dollars": a place of two words
// before "dollars" names the dollar, as "NZ$" and "HK$" do, so a radio transcript's sum in words is held
// to a wire's "NZ$4.2 billion" as money of that currency, never a bare count of dollars. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: '001_radio.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: dollars named by a place of two words', () => {
  it('reads "New Zealand dollars" and "Hong Kong dollars" as those currencies', () => {
    assert.deepEqual(money('The council\'s estimate is four point two billion New Zealand dollars.'), [['four point two billion New Zealand dollars', 'NZD', 4.2e9]]);
    assert.deepEqual(money('The port spent 650 million Hong Kong dollars on the new berth.'), [['650 million Hong Kong dollars', 'HKD', 6.5e8]]);
  });

  it('leaves a place before other words alone', () => {
    assert.deepEqual(money('Some 650 Hong Kong residents signed the letter.'), []);
  });
});
