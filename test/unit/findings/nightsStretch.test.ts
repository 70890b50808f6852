// "a curfew from 10 p.m. to 5 a.m. … for the next four nights": nights counted are a stretch of time,
// as days are, not a count read at the curfew's clock times; a draft's other number of nights in like
// words is held to it whatever day each article puts the clock times on. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'HALBERTON COUNTY SHERIFF\n\nThursday, March 12, 2026, 16:00 CDT\n\n- 64 residents stayed at the shelter on Wednesday night.\n- A curfew from 22:00 to 05:00 is in effect in the flooded area for the next four nights.\n- Roads south of the river stay closed.';

describe('figures: nights counted are a stretch of time', () => {
  it('holds a draft\'s number of nights to the source\'s, though their clock times are put on other days', () => {
    const files = {
      '001_release.txt': release,
      'draft_flood.md': 'Flood curfew\n\n*Draft for web — March 12, 2026*\n\nThe sheriff spoke on Thursday. A curfew from 10 p.m. to 5 a.m. will apply in the flooded area for the next six nights.',
    };
    const found = findingsIn(files, 'draft_flood.md', 'figure-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_flood.md'].slice(found[0].span.start, found[0].span.end), 'six nights');
  });

  it('leaves the same number of nights alone', () => {
    const files = {
      '001_release.txt': release,
      'draft_flood.md': 'Flood curfew\n\n*Draft for web — March 12, 2026*\n\nThe sheriff spoke on Thursday. A curfew from 10 p.m. to 5 a.m. will apply in the flooded area for the next four nights.',
    };
    assert.deepEqual(findingsIn(files, 'draft_flood.md', 'figure-conflict'), []);
  });
});
