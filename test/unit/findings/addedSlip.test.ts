// "an extra 3.6 million euros a year" where the sources tell "an increase of about 2.6 million euros":
// two sums each told as an addition, one written digit apart, are one difference misreported, though
// only the draft tells it per year. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = (draft: string): Record<string, string> => ({
  '000_wire.txt': 'GRAZ, April 8 (Alpine Wire) - The city expects its parking charges to raise 9.8 million euros a year from 2027. That is well above the 7.2 million euros collected in 2025, an increase of about 2.6 million euros.',
  '001_release.txt': 'Annual revenue from parking charges is estimated at 9.8 million euros, an increase of approximately 2.6 million euros over revenue of 7.2 million euros in 2025.',
  'draft.md': draft,
});

describe('findings: an addition told per year and one told of no stretch', () => {
  it('holds an addition one digit off against the sources\' addition', () => {
    const found = findingsIn(files('# Parking charges\n\nThe city expects the charges to raise 9.8 million euros a year, compared with 7.2 million euros in 2025, an extra 3.6 million euros a year.'), 'draft.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '3.6 million euros');
  });

  it('leaves the right addition alone', () => {
    const draft = '# Parking charges\n\nThe city expects the charges to raise 9.8 million euros a year, compared with 7.2 million euros in 2025, an extra 2.6 million euros a year.';
    assert.deepEqual(findingsIn(files(draft), 'draft.md', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files(draft), 'draft.md', 'unsourced-claim'), []);
  });
});
