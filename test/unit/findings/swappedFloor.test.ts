// "more than 3,200 aftershocks" in a draft for the sources' "more than 2,300": two floors overlap, so
// both could be true, but two digits swapped in the thousands are one figure misreported.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_wire.txt': 'PALU, Oct 2 (Islandwire) - More than 2,300 aftershocks have shaken the region since the quake on Friday, the geophysics agency said.',
  '002_paper.md': '# Aftershocks go on\n\nThe agency has counted more than 2,300 aftershocks since Friday, most too weak to feel.',
  'draft_palu.md': '# Aftershocks go on\n\nMore than 3,200 aftershocks have shaken the region since the quake on Friday.',
};

describe('figures: two digits swapped in a floor in the thousands', () => {
  it('is a conflict with the sources, not a figure no source supports', () => {
    assert.deepEqual(findingsIn(files, 'draft_palu.md', 'figure-conflict').map((f) => f.text), ['More than 3,200 aftershocks']);
    assert.deepEqual(findingsIn(files, 'draft_palu.md', 'unsourced-claim'), []);
  });
});
