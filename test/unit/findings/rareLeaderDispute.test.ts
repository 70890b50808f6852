// "1,284 cases and 37 deaths" / "1,284 cases and 39 deaths": the same count seldom told by chance right
// before says both sources tell one tally, so each side of the dispute is held to the other, though a
// third source agrees with one side in other words. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('findings: two tallies led by the same rare count', () => {
  const files = {
    '000_release.txt': 'HEALTH BULLETIN\n\nThe county has recorded 1,284 cumulative cases and 37 deaths since the outbreak began, the health board said on Tuesday.',
    '001_wire.txt': 'HARBOURTON, March 3 (Coastwire) - The health board\'s noon update on Tuesday put the total at 1,284 cases and 39 deaths.',
    '002_blog.md': '# LIVE: Harbourton measles\n\nThe health board confirmed on Tuesday that 37 deaths have now been recorded in the county since the outbreak began.',
  };

  it('holds the release\'s 37 deaths against the wire\'s 39', () => {
    const found = findingsIn(files, '000_release.txt', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /39 deaths/);
  });

  it('does not hold the release to a wire that tells no leading count', () => {
    const other = { ...files, '001_wire.txt': files['001_wire.txt'].replace('1,284 cases and 39 deaths', 'two more deaths, 39 in all') };
    assert.deepEqual(findingsIn(other, '000_release.txt', 'figure-conflict').map((f) => f.message), []);
  });
});
