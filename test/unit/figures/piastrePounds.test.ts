// Egyptian pounds told as bare "pounds": an article that counts piastres (a hundredth of the Egyptian
// pound) or names EGP tells its "billion pounds" in that currency, not sterling, and "one pound and
// forty piastres" is one sum.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

function money(text: string): Array<[string, string | undefined, number]> {
  return analyzeArticle({ path: 'x.txt', text }).figures.filter((f) => f.unit === 'money').map((f) => [f.text, f.measure, f.value]);
}

describe('figures: pounds beside piastres', () => {
  it('reads bare pounds as Egyptian pounds where the article counts piastres', () => {
    assert.deepEqual(money('A metro ticket goes from 80 piastres to 95 piastres. The line cost about four billion pounds to build.'),
      [['about four billion pounds', 'EGP', 4e9]]);
  });

  it('reads the piastres said after a whole number of pounds as part of the sum', () => {
    assert.deepEqual(money('The fare rises by 15 piastres. It costs the operator about two pounds and sixty piastres a ride, and 3.1 billion pounds a year.'),
      [['about two pounds and sixty piastres', 'EGP', 2.6], ['3.1 billion pounds', 'EGP', 3.1e9]]);
  });

  it('keeps sterling where the article writes sterling, or counts no piastres', () => {
    assert.deepEqual(money('The museum costs £40m. Tickets rise by 50 pence, and the roof will cost 12 million pounds.'),
      [['£40m', 'GBP', 40e6], ['50 pence', 'pence', 50], ['12 million pounds', 'GBP', 12e6]]);
    assert.deepEqual(money('The roof will cost 12 million pounds, the trust said.'), [['12 million pounds', 'GBP', 12e6]]);
  });

  it('holds a transcript\'s bare pounds to another source\'s EGP sum', () => {
    const wire = 'CAIRO, May 4 (Delta Wire) - The metro ticket rises to 95 piastres. The authority says the line cost EGP 4.2 billion to build.';
    const radio = 'HOST: What did it cost?\nAMAL NOUR: The ticket is now ninety-five piastres. The line cost four point eight billion pounds to build.';
    const found = findingsIn({ '000_wire.txt': wire, '001_radio.txt': radio }, '001_radio.txt', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'four point eight billion pounds');
  });
});
