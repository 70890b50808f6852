// The guard on otherSumConverted (round 54): a draft's conversion is kept from another sum's
// conversion only where some source converts the draft's own sum. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a draft conversion of a sum no source converts (ownSumConverted)', () => {
  it('still holds it against the like-worded conversion of the sum the sources tell', () => {
    const files = {
      '000_wire.txt': 'TALLINN, May 4 (Baltic Wire) - The council set the new parking charges. Cars in the old town will pay a fee of 9,000 krona, or about $870, each month.',
      '001_blog.txt': 'Explainer: the old town fee is 9,000 krona (about $870) a month.',
      'draft.md': '# Parking charges rise\n\nCars in the old town will pay a fee of 9,500 krona, about $920, each month.',
    };
    const found = findingsIn(files, 'draft.md', 'figure-conflict');
    assert.ok(found.some((f) => f.text.includes('920') && /870/.test(f.message)), JSON.stringify(found));
  });
});
