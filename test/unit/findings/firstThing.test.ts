// "the first emergency call was logged at 04:13" / "its first 999 call came in at 4.34am": the first of
// a thing happens once, so two times told of "the first <thing>" are one moment whatever verbs the
// reporters chose, and readings to a minute nobody rounds to disagree minutes apart.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const labels = (fs: { against: { label: string }[] }[]) => fs.flatMap((f) => f.against.map((a) => a.label)).sort();
const conflicts = (files: Record<string, string>, path: string) => labels(findingsIn(files, path, 'time-conflict'));

describe('time findings: the first of a thing', () => {
  const sources = {
    '001_wire.txt': 'Published May 4, 2027\n\nThe first emergency call was logged at 04:13, the ambulance trust said.',
    '002_paper.txt': 'Published May 4, 2027\n\nThe first 999 call was received at 04:13 and paramedics were at the quarry by 04:29.',
    '003_blog.md': 'Published May 4, 2027\n\nThe trust says its first 999 call came in at 4.34am, and crews went straight out.',
  };

  it('links the first call told in other verbs, and holds readings 21 minutes apart to each other', () => {
    assert.deepEqual(conflicts(sources, '003_blog.md'), ['001', '002']);
    assert.deepEqual(conflicts(sources, '001_wire.txt'), ['003']);
  });

  it('reads the head of the phrase past a count and an aside set off by commas', () => {
    const files = {
      '001_wire.txt': 'Published May 4, 2027\n\nThe first two ambulances, from Harford station, turned up at 04:21.',
      '002_blog.md': 'Published May 4, 2027\n\nNeighbours said the first ambulances turned up at 4.27am.',
    };
    assert.deepEqual(conflicts(files, '002_blog.md'), ['001']);
  });

  it('keeps no first thing an article tells at two moments, nor a title, nor "for the first time"', () => {
    const twice = {
      '001_wire.txt': 'Published May 4, 2027\n\nThe first patients arrived at 9.12am. By the evening the first patients had gone home, at 3.47pm.',
      '002_blog.md': 'Published May 4, 2027\n\nThe first patients were admitted at 9.33am, staff said.',
    };
    assert.deepEqual(conflicts(twice, '002_blog.md'), []);
    const title = {
      '001_wire.txt': 'Published May 4, 2027\n\nThe First Minister arrived in Harford at 10.12am.',
      '002_blog.md': 'Published May 4, 2027\n\nThe First Minister spoke to reporters at 10.47am.',
    };
    assert.deepEqual(conflicts(title, '002_blog.md'), []);
    const time = {
      '001_wire.txt': 'Published May 4, 2027\n\nFor the first time the pumps ran dry, at 11.07am.',
      '002_blog.md': 'Published May 4, 2027\n\nFor the first time residents queued for water, at 11.44am.',
    };
    assert.deepEqual(conflicts(time, '002_blog.md'), []);
  });

  it('does not hold a draft on the side of two sources to the third by a first thing alone', () => {
    const files = { ...sources, 'draft_quarry.md': 'The first 999 call was logged at 04:13, the trust said.' };
    assert.deepEqual(conflicts(files, 'draft_quarry.md'), []);
  });
});
