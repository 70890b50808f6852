// "4,830 trout", "12,600 farmed cod": fish and game whose plural is their singular are counted things
// (so a figure has a class and is compared), also after "farmed" or "wild"; a draft that swaps two
// neighbouring digits of such a count is held to the sources' count, not called unsourced.
import { strict as assert } from 'node:assert';
import { analyzeArticle } from '../../../server/src/analysis';
import { findingsIn } from '../findings/review';

const counted = (text: string) => analyzeArticle({ path: 'x.txt', text }).figures.map((f) => [f.text, f.counted]);

describe('figures: plurals that are their singular', () => {
  it('counts trout, cod and moose, also farmed or wild ones', () => {
    assert.deepEqual(counted('The hatchery released 4,830 trout.'), [['4,830 trout', 'trout']]);
    assert.deepEqual(counted('The hatchery lost 12,600 farmed cod.'), [['12,600 farmed cod', 'cod']]);
    assert.deepEqual(counted('Hunters may take 310 wild moose.'), [['310 wild moose', 'moose']]);
  });

  it('holds a draft\'s count with swapped digits to the sources\' count', () => {
    const files = {
      '001_wire.txt': 'HALIFAX, March 3 (Wirepost) - A hatchery said on Tuesday that 12,630 farmed cod died when its pumps failed.',
      '002_paper.txt': 'Published March 3, 2027\n\nThe Bayfield hatchery said 12,630 cod died after the pumps stopped overnight.',
      'draft_cod.md': 'The Bayfield hatchery said on Tuesday that 12,360 cod had died after its pumps failed.',
    };
    const conflicts = findingsIn(files, 'draft_cod.md', 'figure-conflict');
    assert.equal(conflicts.length, 1, JSON.stringify(conflicts));
    assert.equal(conflicts[0].text, '12,360 cod');
    assert.deepEqual(findingsIn(files, 'draft_cod.md', 'unsourced-claim'), []);
  });
});
