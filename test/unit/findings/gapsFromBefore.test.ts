// "five minutes later" is the gap from the event before, not how long one thing lasted: "the alarm
// sounded at 14:02 and the doors closed three minutes later" (alarm → doors) and "the alarm sounded
// six minutes later, and the doors were shut at 14:05" (first call → alarm) are two gaps. Held as one
// duration, the draft's three minutes was flagged against the source's six. Invented text.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'DARROW, Oct 2 (Citywire) - A fire broke out in the Darrow library at 1:56 p.m. on Tuesday, the fire service said. Its smoke alarm sounded six minutes later, and the doors were shut at 2:05 p.m.';
const files = { '001_wire.txt': wire };

describe('findings: a stretch of time counted from the event before', () => {
  it('holds the gap after another event against no other gap', () => {
    const draft = '# Library fire\n\nA fire broke out in the Darrow library at 13:56 on Tuesday. Its smoke alarm sounded at 14:02 and the doors were shut three minutes later.\n';
    assert.deepEqual(findingsIn({ ...files, 'draft_fire.md': draft }, 'draft_fire.md', 'figure-conflict'), []);
  });

  it('still holds the same gap told otherwise', () => {
    const draft = '# Library fire\n\nA fire broke out in the Darrow library at 13:56 on Tuesday. Its smoke alarm sounded nine minutes later, and the doors were shut at 14:05.\n';
    assert.equal(findingsIn({ ...files, 'draft_fire.md': draft }, 'draft_fire.md', 'figure-conflict').length, 1);
  });
});
