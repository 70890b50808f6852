// "38 feet (11.89 metres)": a conversion written to the hundredth is worked out, not rounded, and may be
// off by no more than the rounding of the number it converts (38 is 37.5 to 38.5 feet: 11.43 to 11.73 m)
// and its own; the 3% allowed a rounded conversion let a slipped digit through. Invented text.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { convertsCorrectly } from '../../../server/src/analysis/alignment/conversions';

const pair = (text: string) => {
  const [a, b] = analyzeArticle({ path: '001_x.txt', text }).figures;
  return convertsCorrectly(a, b);
};

describe('conversions: one written to the hundredth', () => {
  it('does not pass a worked-out conversion off by more than the roundings', () => {
    assert.equal(pair('The port lowered the draft limit to 38 feet (11.89 metres) on Monday.'), false);
  });

  it('passes a right one and a rounded one', () => {
    assert.equal(pair('The port lowered the draft limit to 38 feet (11.58 metres) on Monday.'), true);
    assert.equal(pair('The port lowered the draft limit to 38 feet (11.6 metres) on Monday.'), true);
    assert.equal(pair('The trail climbs 5 km (3 miles) from the lake.'), true);
  });
});
