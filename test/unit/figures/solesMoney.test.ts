// "2.5 million soles" is Peru's money, as "180 million crowns" is Scandinavia's: after a scale word or
// the nation. "The shoes' soles" and a count of fish stay what they were. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const read = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.value, f.unit, f.measure ?? f.counted]);

describe('figures: soles as money', () => {
  it('reads "4.8 million soles" and "90,000 Peruvian soles" as sums', () => {
    assert.deepEqual(read('The council set aside 4.8 million soles for repairs.'), [[4800000, 'money', 'PEN']]);
    assert.deepEqual(read('Each family received 90,000 Peruvian soles.'), [[90000, 'money', 'PEN']]);
  });
  it('leaves a bare count of soles alone', () => {
    assert.notDeepEqual(read('The cobbler replaced 40 soles last week.')[0]?.[1], 'money');
  });
});
