// A live blog's entry "### 5:10 p.m. — Vote passes" whose body tells "the motion passed at 5:10 p.m.":
// the body's time is the moment, the stamp only when the entry was posted. Held against a draft's
// conversion that puts the moment an hour earlier, the body's time is the one read, not the stamp
// (which allows anything told before it). Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

describe('time findings: an entry\'s own time over its stamp at the same minute', () => {
  it('holds a draft\'s wrong conversion against the time told in the entry\'s body', () => {
    const files = {
      '001_blog.md': '# Harbour board live (all times EST)\n\nTuesday 9 March 2027\n\n### 5:10 p.m. — Board adjourns\nThe chair adjourned the harbour board at 5:10 p.m. after a four-hour sitting.\n\n### 1:10 p.m. — Under way\nThe harbour board is in session.',
      'draft.md': 'The harbour board met on Tuesday 9 March 2027. The chair adjourned the harbour board at 5:10 p.m. EST (21:10 GMT) after a four-hour sitting.',
    };
    assert.deepEqual(findingsIn(files, 'draft.md', 'time-conflict').map((f) => f.text), ['21:10 GMT']);
  });
});
