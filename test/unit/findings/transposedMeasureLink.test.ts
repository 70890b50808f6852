// "The station recorded a gust of 152 km/h at 3:51 p.m." where the sources give "125 km/h … at 3:15
// p.m.": a measure with two neighbouring digits swapped is the same reading copied with a slip, so it
// still ties the draft's time to the sources' moment, and the swapped minutes are found too. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const sources = {
  '001_wire.txt': 'The strongest gust at the harbour station, 125 km/h (78 mph), came at 3:15 p.m. Tuesday, when ferries stayed in port.',
  '002_blog.md': 'The harbour station just logged a gust of 125 km/h (78 mph) at 3:15 p.m.',
};

describe('findings: a measure copied with swapped digits still links the moment', () => {
  it('holds the draft\'s time against the sources\' when its measure is a transposition', () => {
    const files = { ...sources, 'draft_gale.md': 'The harbour station recorded a gust of 152 km/h at 3:51 p.m. Tuesday.' };
    assert.equal(findingsIn(files, 'draft_gale.md', 'time-conflict').length, 1);
    assert.equal(findingsIn(files, 'draft_gale.md', 'figure-conflict').length, 1);
  });

  it('does not link a measure that is merely different', () => {
    const files = { ...sources, 'draft_gale.md': 'The harbour station recorded a gust of 98 km/h at 3:51 p.m. Tuesday.' };
    assert.deepEqual(findingsIn(files, 'draft_gale.md', 'time-conflict'), []);
  });
});
