// "said all 2,100 drivers had walked out" in a draft, where sources tell "1,730 of its 2,100 drivers
// had walked out": "all" gives the whole as the part that acted, and the whole the sources tell by
// number is no support for it; the part is what the draft disagrees with. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: a whole told as "all" of a part', () => {
  const files = {
    '001_wire.txt': 'Bus strike in Lorvik\n\nLORVIK, June 3 (Northwire) - Bus drivers walked out on Tuesday. The city operator said 1,730 of its 2,100 drivers had stopped work, and most routes did not run.',
    '002_release.txt': 'For immediate release: Tuesday 3 June 2025\n\nAccording to the company\'s records, 1,730 of our 2,100 drivers did not report for duty today.',
    'draft_buses.md': '# Bus strike\n\nThe city operator said all 2,100 drivers had stayed away on Tuesday, and most routes did not run.',
  };

  it('flags the draft against the part the sources tell', () => {
    const found = findingsIn(files, 'draft_buses.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.ok(found[0].message.includes('1,730'));
  });

  it('leaves the whole told without "all" alone', () => {
    const plain = { ...files, 'draft_buses.md': '# Bus strike\n\nThe city operator, which employs 2,100 drivers, said most routes did not run on Tuesday.' };
    assert.deepEqual(findingsIn(plain, 'draft_buses.md', 'figure-conflict'), []);
  });
});
