// A price or spec list in plain text: a line of capitals that are only units and currency codes
// ("64GB: $499 / GBP 459 / EUR 529") is a line of figures, not a headline in capitals; and units
// written onto the number ("4,410mAh", "48MP") are measures.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { isClutter } from '../../../server/src/analysis/sentences/headings';

const figures = (text: string) => analyzeArticle({ path: '001_release.txt', text }).figures.map((f) => [f.text, f.unit, f.value]);

describe('figures: price lists and attached units', () => {
  it('reads every price of a list line in capitals codes', () => {
    const text = 'The tablet comes in two sizes.\n\n- 64GB: $499 / GBP 459 / EUR 529\n- 128GB: $579 / GBP 539 / EUR 619\n';
    assert.deepEqual(figures(text).filter(([, unit]) => unit === 'money'), [
      ['$499', 'money', 499], ['GBP 459', 'money', 459], ['EUR 529', 'money', 529],
      ['$579', 'money', 579], ['GBP 539', 'money', 539], ['EUR 619', 'money', 619],
    ]);
  });

  it('a line of more digits than capitals is not clutter; a headline in capitals still is', () => {
    assert.equal(isClutter('- 64GB: $499 / GBP 459 / EUR 529'), false);
    assert.equal(isClutter('STORM KILLS 12 IN COASTAL TOWNS'), true);
    assert.equal(isClutter('PRICE SIGNAL'), true);
  });

  it('reads milliamp-hours and megapixels written onto the number', () => {
    const found = figures('The handset packs a 4,410mAh battery and a 48MP camera.');
    assert.deepEqual(found, [['4,410mAh', 'count', 4410], ['48MP', 'count', 48]]);
  });

  it('a spaced "MP" is not a unit', () => {
    const found = analyzeArticle({ path: '001_wire.txt', text: 'The party now has 41 MP seats after the vote.' }).figures;
    assert.ok(found.every((f) => f.counted !== 'mp'));
  });
});
