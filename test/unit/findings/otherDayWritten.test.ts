// "The flood warning issued for Tarnby on Thursday 3 April will be lifted at 18:00 today" / a timeline's
// "Thu 3 Apr, 18:00: flood warning issued for Tarnby": the first sentence writes the second time's day
// out for another event of its own (the warning's issue), so the same minute on two days is two
// moments, not one in dispute.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = (day: string) => `PRESS RELEASE\nIssued: Monday 7 April 2031\n\nThe flood warning issued for Tarnby on ${day} will be lifted at 18:00 CET today, the river authority said.`;
const timeline = 'Tarnby floods, 7 April 2031\n\nTIMELINE (all times CET)\n\n- Thu 3 Apr, 18:00: flood warning issued for Tarnby by the river authority.\n- Sat 5 Apr: river peaks.';

describe('time findings: a sentence that writes the other day out tells another event', () => {
  it('leaves the lifting alone against the issue on the day the sentence names', () => {
    assert.deepEqual(findingsIn({ '001_release.txt': release('Thursday 3 April'), '002_timeline.txt': timeline }, '001_release.txt', 'time-conflict'), []);
  });

  it('still holds the issue itself told on another day', () => {
    const issued = 'PRESS RELEASE\nIssued: Monday 7 April 2031\n\nThe flood warning for Tarnby was issued at 18:00 CET on Wednesday, the river authority said.';
    const found = findingsIn({ '001_release.txt': issued, '002_timeline.txt': timeline }, '001_release.txt', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
  });
});
