// "The bar weighs 250 grams (about 8.8 pounds)" in a draft, where a source tells "250 grams, or about 8.8
// ounces": the draft's conversion does not convert its measure, and the source's sentence converts that
// very measure to the draft's number in another unit. The unit is wrong, not the number.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'LYON, March 2 (Alpine Wire) - The chocolate bar shrinks to 250 grams, or about 8.8 ounces, from next month.';
const release = 'The new bar weighs 250 grams. For reference, 250 grams is approximately 8.8 ounces.';

describe('findings: a conversion in brackets with the wrong unit', () => {
  it('holds the draft\'s conversion against the sources that convert the measure to that number', () => {
    const files = { '000_wire.txt': wire, '001_release.txt': release, 'draft_bar.md': 'The bar now weighs 250 grams (about 8.8 pounds), the maker said.' };
    const found = findingsIn(files, 'draft_bar.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, 'about 8.8 pounds');
    assert.deepEqual(found[0].against.map((e) => e.path).sort(), ['000_wire.txt', '001_release.txt']);
  });

  it('leaves a right conversion alone, and a number no source gives the measure', () => {
    const right = { '000_wire.txt': wire, '001_release.txt': release, 'draft_bar.md': 'The bar now weighs 250 grams (about 8.8 ounces), the maker said.' };
    assert.deepEqual(findingsIn(right, 'draft_bar.md', 'figure-conflict').filter((x) => x.text.includes('8.8')), []);
    const other = { '000_wire.txt': 'The old bar weighed 300 grams. The new one is 8.8 ounces lighter in the box.', 'draft_bar.md': 'The bar now weighs 250 grams (about 8.8 pounds), the maker said.' };
    assert.deepEqual(findingsIn(other, 'draft_bar.md', 'figure-conflict').filter((x) => x.text.includes('8.8')), []);
  });
});
