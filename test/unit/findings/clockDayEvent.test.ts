// A draft's weekday told alone and a source's weekday beside a clock time are one event when one
// action on one thing is told beside both ("read out the verdict on Monday" / "announced the verdict
// at 3:18pm on Tuesday", alignment/events.ts), though their clauses share too few words to say so.
// Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const release = 'Judge Tomas Bell announced the verdict at 3:18pm on Tuesday in the Harwick Crown Court, ending a fourteen-week trial.';

describe('time findings: a weekday linked to a source\'s clock day by one event', () => {
  it('flags the draft\'s other weekday', () => {
    const files = { '001_release.txt': release, 'draft_bell.md': 'The foreman read out the verdict on Monday afternoon, at 3.18pm.' };
    const found = findingsIn(files, 'draft_bell.md', 'time-conflict');
    assert.equal(found.length, 1, JSON.stringify(found));
    assert.equal(files['draft_bell.md'].slice(found[0].span.start, found[0].span.end), 'Monday');
  });

  it('leaves the same weekday, and another thing done on another day, alone', () => {
    assert.deepEqual(findingsIn({ '001_release.txt': release, 'draft_bell.md': 'The foreman read out the verdict on Tuesday afternoon, at 3.18pm.' }, 'draft_bell.md', 'time-conflict'), []);
    assert.deepEqual(findingsIn({ '001_release.txt': release, 'draft_bell.md': 'The foreman read out the sentence on Monday afternoon.' }, 'draft_bell.md', 'time-conflict'), []);
  });
});
