// "Kenya's 1,250 licensed pharmacies" in a draft, where the sources tell "more than 9,000 licensed
// pharmacies, about 1,250 of them in Nairobi" and "9,310 nationwide, of which approximately 1,250 in
// Nairobi": one place's part given as the whole, held against the whole.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '000_wire.txt': 'NAIROBI, June 3 (Rift Wire) - Kenya has more than 9,000 licensed pharmacies, about 1,250 of them in Nairobi, the regulator said.',
  '001_release.txt': 'KEY FIGURES\n\n- Licensed pharmacies: 9,310 nationwide, of which approximately 1,250 in Nairobi',
};

describe('findings: a place\'s part given as the whole', () => {
  it('holds the draft\'s count against the sources\' whole', () => {
    const found = findingsIn({ ...sources, 'draft_pharmacies.md': 'Kenya\'s 1,250 licensed pharmacies must register the new drug by July.' }, 'draft_pharmacies.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(found[0].text, '1,250 licensed pharmacies');
    assert.deepEqual(found[0].against.map((e) => e.path).sort(), ['000_wire.txt', '001_release.txt']);
  });

  it('leaves the part told as the place\'s alone', () => {
    const found = findingsIn({ ...sources, 'draft_pharmacies.md': 'Nairobi\'s 1,250 licensed pharmacies must register the new drug by July.' }, 'draft_pharmacies.md', 'figure-conflict');
    assert.deepEqual(found, []);
  });

  it('leaves a number a source tells as a whole of its own alone', () => {
    const files = { ...sources, '002_paper.txt': 'The county counts 1,250 licensed pharmacies in all.',
      'draft_pharmacies.md': 'Kenya\'s 1,250 licensed pharmacies must register the new drug by July.' };
    assert.deepEqual(findingsIn(files, 'draft_pharmacies.md', 'figure-conflict').filter((x) => x.against.some((e) => e.path !== '002_paper.txt')), []);
  });
});
