// "about 3,120 metres" for a source's "about 3,210 metres (10,530 feet)": two neighbouring digits
// swapped are one figure misreported, though the rounding "about" allows would let both be true; and
// the source's conversion in feet, the writer's arithmetic, lends the draft no support of its own.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'CHAMONIX, Feb 3 (Wirepost) - The two climbers were stranded at about 3,210 metres (10,530 feet) on the north ridge of the Aiguille Rousse, rescuers said.',
  '002_paper.md': '# Climbers rescued\n\nThe two climbers were stranded at about 3,210m on the north ridge of the Aiguille Rousse overnight.',
  'draft_climbers.md': '# Climbers rescued\n\nThe two climbers were stranded at about 3,120 metres on the north ridge of the Aiguille Rousse, rescuers said.',
};

describe('figures: digits swapped in rounded figures', () => {
  it('flags a draft\'s rounded figure whose digits are a source\'s swapped', () => {
    const found = findingsIn(files, 'draft_climbers.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.match(found[0].text, /3,120/);
  });

  it('leaves the sources, which agree, alone', () => {
    assert.deepEqual(findingsIn(files, '001_wire.txt', 'figure-conflict'), []);
    assert.deepEqual(findingsIn(files, '002_paper.md', 'figure-conflict'), []);
  });
});
