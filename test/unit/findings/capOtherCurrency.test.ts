// "could spend up to 185 million euros" where the sources tell "up to 185,000,000 forints"
// in another currency: a cap told in the currency the sources convert it into is the currency
// misread, though the converted sums under it fit the cap (findings/figures.ts otherCurrency, for a
// cap, in decide). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'BUDAPEST, June 3 (Duna Wire) - Each party in the Szeged city election may spend up to 185,000,000 forints (about 480,000 euros) on its campaign, the election office said.\n\n' +
  'The Civic List reported spending 120 million forints.';
const notice = 'SZEGED ELECTION OFFICE\n\nUnder the election law, each party may spend up to 185,000,000 forints on its campaign. At the central bank\'s rate this is about €480,000.';

describe('findings: a cap told in another currency', () => {
  it('holds a cap in euros against the sources\' cap in forints', () => {
    const files = {
      '001_wire.txt': wire,
      '002_notice.txt': notice,
      'draft.md': 'Each party could spend up to 185 million euros on its campaign, the election office said.',
    };
    assert.equal(findingsIn(files, 'draft.md', 'figure-conflict').length, 1);
  });

  it('does not hold the cap told in the sources\' own currency', () => {
    const files = {
      '001_wire.txt': wire,
      '002_notice.txt': notice,
      'draft.md': 'Each party could spend up to 185 million forints on its campaign, the election office said.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'figure-conflict').map((f) => f.message), []);
  });
});
