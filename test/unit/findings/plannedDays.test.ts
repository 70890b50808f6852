// A day told by its weekday for one action on one thing ("the ferry will resume on Friday") is held
// to the weekday a source gives the same action in like words ("resuming Thursday"), though an
// undated draft's weekday is no date. When something was said ("said on Monday") is no such action.
import { strict as assert } from 'node:assert';
import { findingsIn } from './review';

const blog = 'Island Echo | LIVE\n\n10.15am\nThe Kelda Sound ferry stays in port today, resuming Thursday once the swell drops, the operator says.';
const paper = 'Published 4 June 2029\n\nThe operator expects the Kelda Sound ferry to resume on Thursday after divers check the hull.';

const dayConflicts = (draft: string) =>
  findingsIn({ '001_blog.txt': blog, '002_paper.md': paper, 'draft.md': draft }, 'draft.md', 'time-conflict').map((f) => [f.text, ...f.against.map((e) => e.label)]);

describe('time findings: a weekday told with its action', () => {
  it('the same action on another weekday disagrees, in an undated draft', () => {
    assert.deepEqual(dayConflicts('The Kelda Sound ferry will stay in port on Wednesday and resume on Friday, the operator said.'), [['Friday', '001', '002']]);
  });

  it('the same weekday agrees, and another action on another weekday is not compared', () => {
    assert.deepEqual(dayConflicts('The Kelda Sound ferry will stay in port on Wednesday and resume on Thursday, the operator said.'), []);
  });

  it('when something was said is not the day of the action', () => {
    assert.deepEqual(dayConflicts('The operator said on Friday that the Kelda Sound ferry stays in port today.'), []);
  });
});
