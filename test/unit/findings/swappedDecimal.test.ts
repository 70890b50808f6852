// "a magnitude 5.8 quake" where sources tell "magnitude 8.5": one digit and one decimal with the two
// digits swapped around the point is the sources' number misreported, not a new fact no source supports.
// A number that is no swap of theirs stays unsourced. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';
import { swappedTwoDigits } from '../../../server/src/analysis/findings/swappedPair';

const sources = {
  '001_wire.txt': 'LIMA, March 2 (Wirepost) - A magnitude 8.5 earthquake struck beneath the Pacific off Peru late on Sunday, sending thousands to high ground.\n\nThe quake hit at 11:12 p.m. on Sunday, March 1, according to the Andean Seismic Institute in Arequipa.',
  '002_release.txt': 'ANDEAN SEISMIC INSTITUTE\n\nThe institute recorded a magnitude 8.5 earthquake at sea on the night of Sunday, 1 March 2026. The initial automatic estimate of magnitude 8.1 was revised to 8.5 at 11:40 p.m.',
  '003_blog.md': '# Live\n\n**11:50 p.m.**\nThe magnitude has been revised up to **8.5** from 8.1.',
};

describe('figures: a decimal with its two digits swapped', () => {
  it('reads 5.8 as 8.5 swapped, and leaves round or longer decimals alone', () => {
    assert.equal(swappedTwoDigits(5.8), 8.5);
    assert.equal(swappedTwoDigits(2.3), 3.2);
    assert.equal(swappedTwoDigits(7.0), null);
    assert.equal(swappedTwoDigits(4.4), null);
    assert.equal(swappedTwoDigits(5.85), null);
  });

  it('flags the draft\'s swapped magnitude as a conflict with the sources', () => {
    const files = { ...sources, 'draft_quake.md': '# Quake\n\nThe magnitude 5.8 quake struck on Sunday, according to the Andean Seismic Institute in Arequipa.' };
    const found = findingsIn(files, 'draft_quake.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /8\.5/);
    assert.deepEqual(findingsIn(files, 'draft_quake.md', 'unsourced-claim').filter((f) => /5\.8/.test(f.message)), []);
  });
});
