// "about 57,200 visitors" where sources tell "about 52,700 visitors" in like words: the draft's figure
// is theirs with two digits swapped; a round "nearly sixty thousand" elsewhere, which allows both, is no
// support for it. Invented text only.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'ORMSBY, Aug. 9 (Wirepost) - The flower show drew about 52,700 visitors over its three days, organisers said on Sunday.',
  '002_release.txt': 'ORMSBY, Aug. 9 - Organisers said about 52,700 visitors came to the flower show across three days.',
  '003_blog.md': '# Show diary\n\nThe flower show drew nearly sixty thousand visitors to town, the mayor said.',
};

describe('figures: digits swapped beside a round figure that allows both', () => {
  it('flags the draft\'s swapped figure though a round one elsewhere allows it', () => {
    const files = { ...sources, 'draft_show.md': '# Flower show\n\nThe flower show drew about 57,200 visitors over its three days, organisers said.' };
    const found = findingsIn(files, 'draft_show.md', 'figure-conflict');
    assert.equal(found.length, 1);
    assert.match(found[0].message, /52,700/);
  });

  it('leaves a draft that tells the sources\' own figure alone', () => {
    const files = { ...sources, 'draft_show.md': '# Flower show\n\nThe flower show drew about 52,700 visitors over its three days, organisers said.' };
    assert.deepEqual(findingsIn(files, 'draft_show.md', 'figure-conflict'), []);
  });
});
