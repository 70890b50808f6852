// "The harbour closed at 8:15 a.m. after an orange storm surge alert was issued for the coast": the
// words after "after" tell an earlier event (the alert), not what happened at 8:15. A timeline that
// gives the alert its own row at 6:40 is no other telling of the closure, and was flagged as one.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const timeline = [
  'Thursday 3 June 2027',
  '',
  '## Timeline',
  '',
  '- 06:40: Orange storm surge alert issued for the coast',
  '- 08:15: Harbour closed to shipping',
  '',
].join('\n');

describe('time findings: an earlier event told after "after"', () => {
  it('does not hold the time to the earlier event\'s time in another article', () => {
    const files = {
      '001_wire.txt': 'Thursday 3 June 2027\n\nThe Kellmouth harbour closed at 8:15 a.m. after an orange storm surge alert was issued for the coast.',
      '002_timeline.md': timeline,
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 0);
    assert.equal(findingsIn(files, '002_timeline.md', 'time-conflict').length, 0);
  });

  it('still holds the time when its own clause tells the other event', () => {
    const files = {
      '001_wire.txt': 'Thursday 3 June 2027\n\nAn orange storm surge alert was issued for the coast at 7:25 a.m., the Kellmouth harbour said.',
      '002_timeline.md': timeline,
    };
    assert.equal(findingsIn(files, '001_wire.txt', 'time-conflict').length, 1);
  });
});
