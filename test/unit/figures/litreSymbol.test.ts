// "180 L" is 180 litres by the unit's symbol: a bare count would take the unit of the count before it
// ("200 kg (440 lb), or 180 L" read 180 as pounds). Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';

const counted = (text: string) => analyzeArticle({ path: '001_wire.txt', text }).figures.map((f) => [f.value, f.counted]);

describe('figures: litres by their symbol', () => {
  it('reads "180 L" as litres, not as the unit of the figure before', () => {
    assert.deepEqual(counted('Each drum holds 200 kg (440 lb), or 180 L of oil.'), [[200, 'kg'], [440, 'lb'], [180, 'litre']]);
  });

  it('reads a qualified amount in litres the same', () => {
    assert.deepEqual(counted('The tanker lost about 5,400 L of diesel.'), [[5400, 'litre']]);
  });
});
