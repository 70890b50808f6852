// "stalled at about 10:40 a.m., some 35 minutes after leaving the valley station" / a timeline's
// "10:05am | Cable car leaves the valley station" that also lists "10:40am | Cabin stops": clauses
// alike in words (the car's name, its route) at times half an hour apart, where the other article
// tells this time's very minute elsewhere, are two steps of the story, not one moment told twice.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'GARMISCH, June 9 (Alpwire) - Forty-one passengers were stuck for four hours on Tuesday when a cable car stopped in high winds.\n\n' +
  'The Bergwind cable car, bound for the Zugspitz summit, stalled at about 10:40 a.m. local time, some 35 minutes after leaving Grainau valley station.\n\n' +
  'Mountain rescue teams were called at 10:52 a.m. The operator said the car had left Grainau at 10:05 a.m. with a full cabin.';
const timeline = 'Tuesday 9 June 2026\n\nBergwind stoppage: the timeline\n\n' +
  '| Time | What happened |\n|---|---|\n' +
  '| 10:05am | Bergwind cable car leaves Grainau for Zugspitz summit |\n' +
  '| 10:40am | Cabin halts above the second pylon |\n' +
  '| 10:52am | Mountain rescue called |\n';

describe('time findings: an article that tells the minute elsewhere puts that moment there', () => {
  it('holds neither the wire\'s stall nor the timeline\'s departure against the other', () => {
    const files = { '001_wire.txt': wire, '002_timeline.md': timeline };
    for (const path of Object.keys(files)) assert.deepEqual(findingsIn(files, path, 'time-conflict').map((f) => f.text), [], path);
  });

  it('does not hold a draft\'s departure against the wire\'s stall told in like words', () => {
    const files = {
      '001_wire.txt': wire,
      'draft.md': 'The Bergwind cable car, bound for the Zugspitz summit, set off at 10:05am on Tuesday.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text), []);
  });

  it('still holds a draft\'s stall told in like words where no source tells its minute', () => {
    const files = {
      '001_wire.txt': wire,
      'draft.md': 'The Bergwind cable car, bound for the Zugspitz summit, stalled at 11:25am on Tuesday.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text), ['11:25am']);
  });
});
