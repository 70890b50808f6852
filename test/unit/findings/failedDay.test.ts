// "talks over a rescue collapsed on Friday" against "the rescue broke down on Thursday" / "a deal
// fell through on Thursday": reporters' words for a deal that came to nothing are one action, so the
// weekdays told with them, in clauses that share words, are one event's day.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const wire = 'LISBON, May 9 (Wirepost) - The ferry line\'s lenders walked away and the rescue broke down on Thursday afternoon, a union official said.';
const paper = 'Published 9 May 2031\n\nA deal with investor Norvik Capital fell through on Thursday, the ferry line confirmed.';

const dayConflicts = (draft: string) =>
  findingsIn({ '001_wire.txt': wire, '002_paper.md': paper, 'draft.md': draft }, 'draft.md', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: a deal that came to nothing, on its weekday', () => {
  it('"collapsed on Friday" disagrees with "broke down on Thursday" and "fell through on Thursday"', () => {
    assert.deepEqual(dayConflicts('Talks with Norvik Capital over a rescue collapsed on Friday afternoon.'), [['Friday', '001', '002']]);
  });

  it('the same weekday agrees, and another action is not held to them', () => {
    assert.deepEqual(dayConflicts('Talks with Norvik Capital over a rescue collapsed on Thursday afternoon.'), []);
    assert.deepEqual(dayConflicts('Talks with Norvik Capital over a rescue resumed on Friday afternoon.'), []);
  });
});
