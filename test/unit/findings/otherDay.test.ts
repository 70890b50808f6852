// A draft's figure told with a wrong day ("$23.00 on 11 May" for the sources' "$23.00 on 10 May"):
// the same number in like words still supports it, so it is not held against another figure of the
// sources' sentence; the day is the date check's to flag.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const files = {
  '001_notice.txt': 'Halberd Inc.\n14 May 2029\n\nThe offer is a premium to the undisturbed closing price of $23.00 per Halberd share on 10 May 2029.',
  '002_blog.txt': 'Markets Live | Monday 14 May 2029\nAll times ET.\n\n09:15\nThe offer of $26.00 is 13% above the undisturbed $23.00 close of 10 May.',
};

describe('figure findings: a draft\'s figure told with a wrong day', () => {
  it('is supported by the same number in like words, and its day conflicts', () => {
    const draft = { ...files, 'draft_halberd.md': 'The offer is a premium to the undisturbed closing price of $23.00 on 11 May.' };
    assert.deepEqual(findingsIn(draft, 'draft_halberd.md', 'figure-conflict'), []);
    assert.equal(findingsIn(draft, 'draft_halberd.md', 'time-conflict').length, 1);
  });

  it('another number on that wrong day still conflicts', () => {
    const draft = { ...files, 'draft_halberd.md': 'The offer is a premium to the undisturbed closing price of $21.00 on 11 May.' };
    assert.equal(findingsIn(draft, 'draft_halberd.md', 'figure-conflict').length, 1);
  });
});
