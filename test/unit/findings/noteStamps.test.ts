// A live blog's correction or update note stamped in brackets ("**Correction (16:40):** An earlier
// : the time is when the note was posted, not when what it
// retells happened, so it bounds that event from above as an entry's stamp does.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = [
  '# LIVE: Warehouse fire in Dunholt', '', '*Dunholt Gazette live desk · Tuesday 3 March 2026 · all times GMT*', '',
  '**Correction (16:40):** An earlier entry said the fire broke out at Block B. It was Block A.', '',
  '**15:05** 🚒 Six fire engines are now at the scene on Quay Road.', '',
  '**14:20** 🔥 Smoke is pouring from a warehouse on Quay Road.',
].join('\n');

const wire = [
  'Fire guts Dunholt warehouse', '',
  'DUNHOLT, England, March 3 (Coastline News) - The fire broke out at about 2:10 p.m. local time (1410 GMT) at Block A on the east side of the site, as workers loaded lorries.',
].join('\n');

describe('live blogs: a note stamped in brackets', () => {
  it('does not hold the note\'s stamp against the time of the event it retells', () => {
    const files = { '001_blog.md': blog, '000_wire.txt': wire };
    assert.deepEqual(findingsIn(files, '000_wire.txt', 'time-conflict').map((f) => f.text), []);
    assert.deepEqual(findingsIn(files, '001_blog.md', 'time-conflict').map((f) => f.text), []);
  });

  it('still bounds the event from above: a source telling it after the note was posted disagrees', () => {
    const late = wire.replace('at about 2:10 p.m. local time (1410 GMT)', 'at about 5:20 p.m. local time (1720 GMT)');
    const update = blog.replace('**Correction (16:40):** An earlier entry said the fire broke out at Block B. It was Block A.',
      '**Update (16:40):** The fire broke out at Block A, on the east side of the site.');
    const found = findingsIn({ '001_blog.md': update, '000_wire.txt': late }, '000_wire.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
